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
