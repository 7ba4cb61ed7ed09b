# UNREVIEWED DRAFT: machine-assisted Central Kurdish / Sorani (ckb) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# ڕەشنووسی پێداچوونەوە بۆ نەکراو: وەرگێڕانی کوردیی ناوەندی (سۆرانی) بە یارمەتیی ئامێر لە دەقی سەرچاوەی سویدی locales/sv/person.ftl. هیچ پێداچوونەوەکارێک پەسەندی نەکردووە. دەقی سویدی دەقی باوەڕپێکراوە.

## What the person reads in "Show to the person": the advice written to the
## person, in easy Sorani. These are the app's own words, built on the sheet;
## the sheet's own text stays in the guidance, for the practitioner.
##
## To translators and reviewers: the text speaks to the reader as "you"
## (singular "تۆ", as ckb/ui.ftl does). Short sentences, everyday words, one
## idea per sentence. Never call the reader "at risk" or "exposed". Each .body
## has one sentence per line; the app shows each line on its own. Terms follow
## ckb/guidance.ftl and ckb/cases.ftl ("دۆخی فڕۆکە", "وای‌فای",
## "خزمەتگوزارییەکانی شوێن", "نامەی کورت", "وشەیەکی ڕەمزی", "چاوپێکەوتن").

person-item-airplane-mode = مۆبایلەکەت بخەرە سەر دۆخی فڕۆکە
    .body =
        پێش ئەوەی لە ماڵ بچیتە دەرەوە، مۆبایلەکەت بخەرە سەر دۆخی فڕۆکە.
        با مۆبایلەکەت لە هەموو ماوەی چاوپێکەوتنەکەدا لەسەر دۆخی فڕۆکە بمێنێتەوە.
        با هەر وا بمێنێتەوە تا دەگەڕێیتەوە ئەو شوێنەی کە خەڵکی تر چاوەڕوانن لێی بیت.
        خزمەتگوزارییەکانی شوێنیش بکوژێنەرەوە.

person-item-wifi-off = وای‌فایش ({ "Wi-Fi" }) بکوژێنەرەوە
    .body =
        دۆخی فڕۆکە هەمیشە بەس نییە.
        مۆبایلەکەت دەتوانێت بە وای‌فای پیشان بدات کە لە کوێیت.
        ئاگات لێ بێت کە وای‌فای هەموو کات کوژاوە بێت.

person-item-gps-gap-explanation = ڕوونکردنەوەیەک ئامادە بکە
    .body =
        کەسێک دەتوانێت لە کۆمپیوتەرێکدا ببینێت مۆبایلەکەت لە کوێ بووە.
        ئەوکات دەردەکەوێت کە مۆبایلەکە ماوەیەک ون بووە.
        پێشتر بڕیار بدە چی دەڵێیت ئەگەر کەسێک پرسیاری کرد.
        بۆ نموونە: «پاتریی مۆبایلەکەم تەواو بوو.»

person-item-agree-contact = چۆن پەیوەندی بە یەکترەوە دەکەین
    .body =
        پێکەوە بڕیار دەدەین چۆن دەتوانین پەیوەندیت پێوە بکەین.
        ئایا سەلامەتە کە تەلەفۆنت بۆ بکەین؟
        دەتوانین وشەیەکی ڕەمزیمان هەبێت.
        وشە ڕەمزییەکە مانای ئەوەیە کە ئێستا ناتوانیت قسە بکەیت.

person-item-sms-care = لە نامەی کورتدا وریا بە
    .body =
        بیر لەوە بکەرەوە کێ دەتوانێت نامە کورتەکانت بخوێنێتەوە.
        هیچ شتێک لە نامەی کورتدا مەنووسە کە نابێت خەڵکی تر بیبینن.
        ژمارە مۆبایلێکی نهێنیش لە نامەی کورتدا دەردەکەوێت.

person-item-closing-who-sees-what = کێ ئاگادار دەبێت چیت وتووە
    .body =
        پێش ئەوەی تەواو بکەین، پێت دەڵێم کێ ئاگاداری ئەوە دەبێت کە وتووتە.
        هەروەها پێت دەڵێم ئەوان ئاگاداری چی دەبن.

person-item-closing-next-meeting-contact = کەی یەکتر دەبینینەوە
    .body =
        پێش ئەوەی تەواو بکەین، بڕیار دەدەین کەی جاری داهاتوو یەکتر دەبینینەوە.
        هەروەها بڕیار دەدەین چۆن بە شێوەیەکی سەلامەت پەیوەندی بە یەکترەوە بکەین.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = ئەگەر وەرگێڕەکە شتێک بپرسێت کە هەست دەکەیت هەڵەیە
    .body =
        ئەم ئاماژەیە بکە.
        ئەوکات گفتوگۆکە لەگەڵ وەرگێڕەکە کۆتایی پێ دەهێنین.

## The pictures beside the advice. Screen readers read this text aloud instead
## of the picture.

pictogram-phone-away = مۆبایلێکی لانراو، لە دەرەوەی ژوورەکە
pictogram-airplane-mode = مۆبایلەکە لەسەر دۆخی فڕۆکە
pictogram-wifi-off = وای‌فای کوژاوە
pictogram-location-off = خزمەتگوزارییەکانی شوێن کوژاوەن
pictogram-before-after = لە پێش ئەوەی لە ماڵ بچیتە دەرەوە تا دەگەڕێیتەوە
pictogram-code-word = وشەیەکی ڕەمزی
pictogram-interpreter = وەرگێڕێک
pictogram-stop = ڕاوەستە
pictogram-who-sees = کێ زانیارییەکان دەبینێت
pictogram-next-meeting = چاوپێکەوتنی داهاتوو
pictogram-safe-contact = پەیوەندیی سەلامەت

## Text size in the view for the person.

person-text-size = قەبارەی دەق
person-text-smaller = دەقی بچووکتر
person-text-larger = دەقی گەورەتر
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = نووسین و وێنەکێشان
pad-title = نووسین و وێنەکێشان
pad-intro = ئەوەی ناتەوێت بە دەنگی بەرز بیڵێیت، بینووسە یان بیکێشە. هیچ شتێک پاشەکەوت ناکرێت. کاتێک ئەم پەڕەیە دادەخەیت، هەموو شتێک نامێنێت.
pad-tools = ئامرازەکان
pad-pen = قەڵەم
pad-eraser = سڕەر
pad-clear = پاککردنەوەی هەموو
pad-close = داخستن
pad-canvas = ڕووبەرێک بۆ نووسین و وێنەکێشان

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots
## (the buttons look different on different phones).
##
## To reviewers: "تۆ" as above; same words ("مۆبایل", "دۆخی فڕۆکە",
## "وای‌فای", "خزمەتگوزارییەکانی شوێن"). Phones have no Sorani interface, so
## the settings are described in these everyday words, not quoted as exact
## labels; only { "Wi-Fi" } is kept as the iPhone shows it.

phone-trail-title = بەم شێوەیە مۆبایلەکەت پیشان نادات لە کوێ بوویت
phone-trail-intro =
    مۆبایلەکەت دەتوانێت پیشان بدات لە کوێیت.
    کەسێکی تر دەتوانێت ئەمە ببینێت، بۆ نموونە لە ئەپێکدا یان لە کۆمپیوتەرێکدا.
    هەر جارێک کە دێیت بۆ ئێرە، ئەمە بکە.
phone-trail-before = پێش ئەوەی لە ماڵ بچیتە دەرەوە
    .body =
        مۆبایلەکەت بخەرە سەر دۆخی فڕۆکە.
        وای‌فای بکوژێنەرەوە.
        خزمەتگوزارییەکانی شوێن بکوژێنەرەوە.
phone-trail-during = لە کاتی چاوپێکەوتنەکەدا
    .body =
        با هەموو شتێک کوژاوە بمێنێتەوە.
        مۆبایلەکەت لە دەرەوەی ژوورەکە دەمێنێتەوە.
phone-trail-until-back = تا دەگەڕێیتەوە
    .body =
        با هەموو شتێک لە هەموو ڕێگاکەدا کوژاوە بمێنێتەوە.
        تەنها کاتێک دووبارە هەڵیان بکەرەوە کە لەو شوێنە بیت کە خەڵکی تر چاوەڕوانن لێی بیت.
phone-trail-if-asked = ئەگەر کەسێک پرسیاری کرد
    .body =
        لەوانەیە کەسێک ببینێت کە مۆبایلەکەت ماوەیەک کوژاوە بووە.
        پێشتر بڕیار بدە ئەوکات چی دەڵێیت.
        هەموو جارێک هەمان شت بڵێ.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = بڕیارمان داوە کە تۆ ئەمە بڵێیت:
phone-trail-how = چۆن ئەمە لە مۆبایلەکەتدا بکەیت
phone-trail-android = { "Android" }
    .body =
        پەنجەت لە سەرەوەی شاشەکەوە بەرەو خوارەوە ڕابکێشە.
        پەنجە لە وێنەی فڕۆکەکە بدە. ئێستا دۆخی فڕۆکە هەڵکراوە.
        پەنجە لە وای‌فای بدە بۆ ئەوەی بکوژێتەوە.
        پەنجە لە وێنەی شوێن بدە بۆ ئەوەی بکوژێتەوە.
phone-trail-iphone = { "iPhone" }
    .body =
        ڕێکخستنەکان بکەرەوە.
        دۆخی فڕۆکە هەڵبکە.
        پەنجە لە { "Wi-Fi" } بدە و بیکوژێنەرەوە.
        پەنجە لە بەشی نهێنیپارێزی و ئاسایش بدە، پاشان لە خزمەتگوزارییەکانی شوێن، و بیانکوژێنەرەوە.
phone-trail-buttons-differ = دوگمەکان لەوانەیە لە مۆبایلە جیاوازەکاندا کەمێک جیاواز بن. ئەگەر نەتدۆزینەوە، پرسیار بکە.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = پرسیارێک بۆ تۆ
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = دەتەوێت کاتێک قسە دەکەین { $who } لێرە بێت؟
# When no support person is given.
own-will-question-anyone = دەتەوێت کاتێک قسە دەکەین کەسێکی تر لێرە بێت؟
own-will-body =
    خۆت بڕیار دەدەیت.
    ئاساییە ئەگەر بڵێیت نا.
own-will-yes = بەڵێ
own-will-no = نەخێر
own-will-alone = دەمەوێت بە تەنها قسە بکەم
own-will-thanks =
    سوپاس بۆ وەڵامەکەت.
    ئێستا تابلێتەکە بدەرەوە.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = پێش ئەوەی تەواو بکەین
closing-who-sees = کێ ئاگادار دەبێت چیت وتووە
closing-next = جاری داهاتوو کە یەکتر دەبینینەوە
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = دواتر لەسەر کاتێک ڕێک دەکەوین.
closing-contact = چۆن پەیوەندی بە یەکترەوە دەکەین
closing-call-when = کەی دەکرێت تەلەفۆنت بۆ بکەین
closing-code-word = وشە ڕەمزییەکەمان
closing-code-word-means = ئەگەر وشە ڕەمزییەکە بڵێیت، تێدەگەم کە ئێستا ناتوانیت قسە بکەیت.
closing-code-word-show = پیشاندانی وشە ڕەمزییەکە
closing-code-word-hide = شاردنەوەی وشە ڕەمزییەکە
closing-empty = هێشتا ئەمەمان نەنووسیوە.
