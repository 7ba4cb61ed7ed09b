# UNREVIEWED DRAFT: machine-assisted Central Kurdish / Sorani (ckb, Arabic script)
# translation of the Swedish source locales/sv/cases.ftl. It has NOT been approved by a
# reviewer. The Swedish text is authoritative.
# ڕەشنووسی پێداچوونەوە بۆ نەکراو: وەرگێڕانی کوردیی ناوەندی (سۆرانی) بە یارمەتیی ئامێر لە دەقی سەرچاوەی سویدی (locales/sv/cases.ftl). هیچ پێداچوونەوەکارێک پەسەندی نەکردووە. دەقی سویدی دەقی باوەڕپێکراوە.
# For reviewers: the UI formats numbers for the locale. A Sorani noun stays singular
# after a numeral, so counts need no plural select; only where a verb agrees with a
# count (one / more) is there a [one]/[other] select.
# Terms follow ckb/guidance.ftl and ckb/ui.ftl: ärende = "دۆسیە";
# krisplan = "پلانی قەیران"; kontaktöverenskommelse = "ڕێککەوتنی پەیوەندیکردن";
# situationsbedömning = "هەڵسەنگاندنی دۆخ"; möte = "چاوپێکەوتن"; kodord = "وشەی
# ڕەمزی"; stödperson = "کەسی پشتیوان"; tolk = "وەرگێڕ"; telefontolk = "وەرگێڕی
# تەلەفۆنی"; platstolk = "وەرگێڕی ئامادە لە شوێن"; den utsatta = "کەسی لە مەترسیدا";
# yrkesverksam = "کارمەندی پسپۆڕ"; verksamheten = "دامەزراوەکە"; alias = "ناوی
# خوازراو"; sms = "نامەی کورت (SMS)". Ratings: Förekommer = "هەیە"; Delvis =
# "تا ڕادەیەک"; Förekommer inte = "نییە"; Vet inte = "نازانم".

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = دۆسیەکان
cases-list-heading = دۆسیەکان
cases-new = دۆسیەی نوێ
cases-pick = دۆسیەیەک لە لیستەکە هەڵبژێرە یان دۆسیەیەکی نوێ دروست بکە.
cases-show-archived = پیشاندانی دۆسیە ئەرشیفکراوەکان
cases-archived-tag = ئەرشیفکراو
cases-empty = هێشتا هیچ دۆسیەیەک نییە. یەکێک بە ناوێکی خوازراو دروست بکە.
cases-empty-filtered = هیچ دۆسیەیەکی چالاک نییە. بۆ بینینی دۆسیە ئەرشیفکراوەکان، نیشانە لە «پیشاندانی دۆسیە ئەرشیفکراوەکان» بدە.
cases-search-label = گەڕان لە دۆسیەکاندا
cases-search-none = هیچ دۆسیەیەک ناوێکی خوازراوی نییە کە لەگەڵ گەڕانەکە بگونجێت.
cases-shown-of = پیشاندانی { $shown } لە { $total }
cases-show-more = پیشاندانی زیاتر ({ $count }ی تر)
cases-damaged = هەندێک دۆسیە نەکرانەوە ({ $count }). لەوانەیە فایلەکان تێکچووبن. دۆسیەکانی تر وەک ئاسایی پیشان دەدرێن.
cases-loading-list = دۆسیەکان بار دەکرێن …
cases-loading = دۆسیەکە دەکرێتەوە …
cases-back = گەڕانەوە بۆ لیستی دۆسیەکان
cases-open = کردنەوە
cases-cancel = پاشگەزبوونەوە
cases-remove = لابردن
cases-remove-n = لابردنی هەنگاوی { $n }
cases-move-up-n = بردنە سەرەوەی هەنگاوی { $n }
cases-move-down-n = بردنە خوارەوەی هەنگاوی { $n }

## Colour tags
cases-colour-label = نیشانەی ڕەنگ
cases-colour-help = ڕەنگەکە دۆسیەکان لە یەکتر جیا دەکاتەوە بێ ئەوەی کەس پێویستی بە خوێندنەوەی ناوە خوازراوەکە بێت.
cases-colour-none = بێ ڕەنگ
cases-colour-red = سوور
cases-colour-orange = پرتەقاڵی
cases-colour-yellow = زەرد
cases-colour-green = سەوز
cases-colour-blue = شین
cases-colour-purple = مۆر

## New case and alias
cases-new-heading = دۆسیەی نوێ
cases-alias-label = ناوی خوازراو
cases-alias-nudge-title = ناوێکی خوازراو بەکاربهێنە.
cases-alias-nudge = هەرگیز ناو، ژمارەی کەسی، ناونیشان یان ژمارەی تەلەفۆنی کەسەکە مەنووسە. ئەگەر کەسێکی تر شاشەکە ببینێت، نابێت ناوە خوازراوەکە ئاشکرای بکات کە دۆسیەکە دەربارەی کێیە.
cases-alias-placeholder = بۆ نموونە کلاینتی { "A" } یان گوڵەباخ
cases-alias-warnings-heading = ناوە خوازراوەکە بپشکنە
cases-alias-warnings-note = ئاگادارکردنەوەکە ڕێگریت لێ ناکات لە پاشەکەوتکردن. بڕیار بە دەست خۆتە.
alias-warning-personal-identity-number = وا دیارە ناوە خوازراوەکە ژمارەی کەسی ({ "personnummer" }) یان ژمارەی هەماهەنگی ({ "samordningsnummer" }) تێدایە.
alias-warning-street-address = وا دیارە ناوە خوازراوەکە ناونیشانی شەقام یان کۆدی پۆستەی تێدایە.
alias-warning-phone-number = وا دیارە ناوە خوازراوەکە ژمارەی تەلەفۆنی تێدایە.
alias-warning-full-name = ناوە خوازراوەکە وەک ناوی یەکەم و ناوی بنەماڵە دەردەکەوێت.
cases-create = دروستکردنی دۆسیەکە

## The case
cases-tabs-label = بەشەکانی دۆسیەکە
cases-tab-plan = پلانی قەیران
cases-tab-contact = پەیوەندی
cases-tab-review = هەڵسەنگاندن
cases-tab-meetings = چاوپێکەوتنەکان
cases-damaged-parts = بەشێک لە دۆسیەکە نەکرایەوە و بە بەتاڵی پیشان دەدرێت. لەوانەیە فایلەکە تێکچووبێت. پێش ئەوەی ئەو بەشە دووبارە پڕ بکەیتەوە، لەگەڵ کۆپییەکی یەدەگدا بەراوردی بکە.
cases-settings = زانیارییەکانی دۆسیەکە
cases-archived-label = ئەرشیفکراو
cases-archived-help = دۆسیە ئەرشیفکراوەکان لە لیستەکەدا دەشاردرێنەوە، بەڵام دەمێننەوە تا ئەو کاتەی دەیانسڕیتەوە.
cases-delete = سڕینەوەی دۆسیەکە
cases-delete-title = دۆسیەکە بسڕدرێتەوە؟
cases-delete-confirm = دۆسیەی { $alias } یەکسەر دەسڕدرێتەوە، لەگەڵ پلانی قەیران، ڕێککەوتنی پەیوەندیکردن، هەڵسەنگاندنی دۆخ و هەموو چاوپێکەوتنەکان. ئەمە ناگەڕێندرێتەوە.
cases-delete-confirm-yes = سڕینەوەی { $alias }
cases-delete-failed = دۆسیەکە نەسڕایەوە.

## Autosave
cases-save-saving = پاشەکەوت دەکرێت …
cases-save-saved = پاشەکەوت کرا
cases-save-error = پاشەکەوتکردن سەرکەوتوو نەبوو. ئەوەی نووسیوتە هێشتا لەسەر شاشەکەیە.
cases-save-retry = دووبارە هەوڵ بدەرەوە

## Crisis plan
cases-plan-heading = پلانی قەیران
cases-plan-intro = پلانی قەیران لە دۆخی ئێستای کەسی لە مەترسیدا سەرچاوە دەگرێت و ئەو ڕێوشوێنانە لەخۆ دەگرێت کە دەکرێت بگیرێنەبەر ئەگەر شتێک ڕوویدا و کەسی لە مەترسیدا پێویستی بە یارمەتی یان پاراستن بوو.
cases-plan-situation = دۆخی ئێستا
    .help = دۆخی ئێستای کەسەکە باس بکە: چی ڕوویداوە، کەسەکە لە چی دەترسێت و چی دەیپارێزێت.
cases-plan-warnings = نیشانەکانی ئاگادارکردنەوە و ڕووداوە هەڵگیرسێنەرەکان
    .help = بۆ نموونە گەشتێکی پلاندانراو بۆ دەرەوەی وڵات، دەستگیرانی، پشوو و بۆنەکان، یان زیادبوونی فشاری خێزان.
cases-plan-warning-kind = جۆر
cases-plan-warning-note = تێبینی
cases-warning-kind-travel-abroad = گەشت بۆ دەرەوەی وڵات
cases-warning-kind-engagement = دەستگیرانی یان هاوسەرگیری
cases-warning-kind-holidays = پشوو و بۆنەکان
cases-warning-kind-family-pressure = فشاری خێزان
cases-warning-kind-other = هی تر
cases-plan-add-warning = زیادکردنی نیشانەی ئاگادارکردنەوە
cases-plan-steps = هەنگاوەکان ئەگەر شتێک ڕوویدا
    .help = ئەوەی کەسەکە بە ڕیز دەیکات ئەگەر شتێک ڕوویدا و پێویستی بە یارمەتی یان پاراستن بوو.
cases-plan-step = هەنگاوی { $n }
cases-plan-empty-step = (هەنگاوی بەتاڵ)
cases-plan-add-step = زیادکردنی هەنگاو
cases-plan-safe-places = شوێنە سەلامەتەکان
    .help = ئەو شوێنانەی کەسەکە دەتوانێت خۆی پێیان بگەیەنێت ئەگەر شتێک ڕوویدا.
cases-plan-safe-place = شوێنی سەلامەت
cases-plan-add-safe-place = زیادکردنی شوێن
cases-plan-contacts = پەیوەندییەکان
    .help = ئەو ژمارانەی کەسەکە دەتوانێت پەیوەندییان پێوە بکات. لە مەترسیی بەپەلەدا: 112.
cases-contact-role = کێ
cases-contact-label = ناولێنان
cases-contact-number = ژمارە
cases-role-emergency112 = 112 – ژمارەی فریاکەوتن
cases-role-police = پۆلیس
cases-role-social-services-on-call = نۆبەتداری خزمەتگوزاریی کۆمەڵایەتی ({ "Socialjouren" })
cases-role-shelter = شوێنی حەوانەوەی پارێزراو
cases-role-trusted-person = کەسی جێی متمانە
cases-role-other = پەیوەندیی تر
cases-plan-add-contact = زیادکردنی پەیوەندی
cases-plan-keep-ready = ئەوەی دەبێت ئامادە بێت
    .help = ئەوەی کەسەکە دەبێت لەبەردەستی بێت ئەگەر ناچار بوو بە خێرایی بڕوات. نیشانە لەوە بدە کە ڕێکخراوە.
cases-thing-id = بەڵگەنامەکانی ناسنامە (کارتی ناسنامە، پاسپۆرت)
cases-thing-phone = تەلەفۆن و شاحین
cases-thing-money = پارە و کارتی بانک
cases-thing-medicine = دەرمانەکان
cases-thing-other = هی تر
cases-keep-ready-note = تێبینی
cases-plan-add-keep-ready = زیادکردن
cases-plan-code-word = نیشانەی فریاکەوتن: وشەیەک یان ئاماژەیەک کە واتای ئەوەیە کەسەکە هەر ئێستا پێویستی بە یارمەتییە
    .help = نیشانەی فریاکەوتن بەشێکە لە پلانی قەیران. ئەمە وشەی ڕەمزیی ڕێککەوتنی پەیوەندیکردن نییە، کە تەنها بۆ تەلەفۆنکردنە کاتێک کەسەکە ناتوانێت قسە بکات، و ئەو ئاماژەیەش نییە کە بۆ کۆتاییهێنان بە گفتوگۆی لە ڕێگەی وەرگێڕەوە لەسەری ڕێککەوتوون. هەرگیز لە نامەی کورت ({ "SMS" }) یان ئیمەیڵدا مەینووسە.
cases-plan-next-review = پێداچوونەوەی داهاتووی پلانەکە
cases-plan-routine = بە کەسەکە ڕاگەیەنراوە کە پلانی قەیران ڕێکارێکە لە هەموو دۆسیەکاندا
    .help = پێویستە بە کەسی لە مەترسیدا ڕابگەیەنرێت کە ئەمە ڕێکارێکە کە دامەزراوەکە لە هەموو دۆسیەکاندا پەیڕەوی دەکات، تەنانەت ئەگەر لەوانەیە هەرگیز پێویست نەکات پلانی قەیرانەکە بەکاربهێنرێت.

## Contact agreement
cases-contact-heading = ڕێککەوتنی پەیوەندیکردن
cases-contact-intro = لەگەڵ کەسەکە ڕێک بکەون کە پەیوەندی چۆن دەکرێت ئەگەر پێویستتان بوو پەیوەندیی پێوە بکەن.
cases-contact-phone-heading = تەلەفۆن
cases-contact-safe-to-call = ئایا تەلەفۆنکردن سەلامەتە؟
cases-safe-to-call-yes = بەڵێ
cases-safe-to-call-no = نەخێر
cases-safe-to-call-only-at-times = تەنها لە هەندێک کاتدا
cases-safe-to-call-unknown = هێشتا ڕوون نییە
cases-contact-call-when = کەی تەلەفۆنکردن سەلامەتە؟
cases-contact-code-word = وشەیەکی ڕەمزی لە تەلەفۆندا بە واتای «ناتوانم قسە بکەم»
    .help = ئایا دەتوانن لەسەر وشەیەکی ڕەمزی ڕێک بکەون بۆ ئەو کاتەی کەسەکە ناتوانێت قسە بکات؟ وشەی ڕەمزی تەنها بۆ تەلەفۆنکردنە. ئەمە نیشانەی فریاکەوتنی پلانی قەیران نییە، و ئەو ئاماژەیەش نییە کە بۆ کۆتاییهێنان بە گفتوگۆی لە ڕێگەی وەرگێڕەوە لەسەری ڕێککەوتوون.
cases-contact-someone-else = ئەگەر کەسێکی تر وەڵامی دایەوە
    .help = ئەوەی دەیڵێیت و دەیکەیت ئەگەر کەسێک جگە لە خودی کەسەکە وەڵامی دایەوە.
cases-contact-sms-heading = نامەی کورت ({ "SMS" })
cases-contact-sms-warning = وریای ئەوە بە کە چی لە نامەی کورتدا دەنووسرێت. کێ لەوانەیە ئەمە بخوێنێتەوە؟ هەروەها لەبیرت بێت کە تەنانەت ژمارە مۆبایلە پارێزراوەکانیش (نهێنییەکان) لە نامەی کورتدا دەردەکەون.
cases-contact-sms-allowed = ئایا دەکرێت نامەی کورت بەکاربهێنرێت؟
cases-sms-allowed-yes = بەڵێ
cases-sms-allowed-no = نەخێر
cases-sms-allowed-only-neutral = تەنها بە ناوەڕۆکی بێلایەن
cases-sms-allowed-unknown = هێشتا ڕوون نییە
cases-contact-sms-content = نامەی کورت دەتوانێت چی تێدا بێت؟
cases-contact-channel = کەسەکە پێی باشترە چۆن پەیوەندیی پێوە بکرێت
cases-channel-phone = تەلەفۆن
cases-channel-sms = نامەی کورت
cases-channel-in-person = لە چاوپێکەوتندا
cases-channel-via-contact-person = لە ڕێگەی کەسی پەیوەندییەوە
cases-channel-other = بە شێوەیەکی تر
cases-contact-interpreter = وەرگێڕ
cases-interpreter-mode = وەرگێڕی تەلەفۆنی یان وەرگێڕی ئامادە لە شوێن
    .help = لە پلەی یەکەمدا دەبێت وەرگێڕی تەلەفۆنی بەکاربهێنرێت، ئەمە چاوپێکەوتنەکە زیاتر بێناو (ئەنۆنیم) دەکات. گوێ لەوە بگرە کە کەسەکە زیاتر بە چی ئاسوودەیە، بەڵام ئەوە تۆیت وەک کارمەندی پسپۆڕ کە لە ڕووی ئاسایشەوە هەڵدەسەنگێنیت وەرگێڕانەکە چۆن ئەنجام بدرێت.
cases-interpreter-mode-phone = وەرگێڕی تەلەفۆنی
cases-interpreter-mode-on-site = وەرگێڕی ئامادە لە شوێن
cases-interpreter-mode-no-preference = هیچ ویستێکی تایبەت نییە
cases-interpreter-gender = ڕەگەزی وەرگێڕەکە
cases-interpreter-gender-female = ئافرەت
cases-interpreter-gender-male = پیاو
cases-interpreter-gender-no-preference = هیچ ویستێکی تایبەت نییە
cases-interpreter-avoid = ئەو وەرگێڕانەی نابێت بەکاربهێنرێن
    .help = بۆ نموونە ئەو وەرگێڕانەی خێزان، خزم یان کەسانی تری ناوچەکەی کەسەکە دەناسن. وەرگێڕەکە دەبێت بێلایەن بێت و نابێت لە ڕێگەی بڵاوکردنەوەی دەنگۆ یان پەیوەندی لەگەڵ خێزان، خزم یان ناسیاوانی کەسەکەدا ببێتە هەڕەشە.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = ئەو وەرگێڕانەی نابێت بەکاربهێنرێن: { $names }
cases-interpreter-name-announced = ناوی وەرگێڕەکە پێشوەختە ڕادەگەیەنرێت
    .help = ئەگەر بکرێت، ناوی وەرگێڕەکە پێشوەختە ڕابگەیەنە بۆ ئەوەی کەسەکە بتوانێت بڵێت ئەگەر ئەو وەرگێڕە ناکرێت بەکاربهێنرێت، بۆ نموونە لەبەر ئەوەی وەرگێڕەکە تۆڕی کۆمەڵایەتیی کەسەکە دەناسێت (خێزان، خزم یان کەسانی تر لە ناوچەکەدا).
cases-interpreter-stop-sign = ئاماژە بۆ کۆتاییهێنان بە گفتوگۆی لە ڕێگەی وەرگێڕەوە
    .help = لەگەڵ کەسەکە لەسەر ئاماژەیەک ڕێک بکەوە، بۆ نموونە دانانی دەست لەسەر مێزەکە، کە واتای ئەوەیە وەرگێڕەکە شتێکی نەگونجاو دەپرسێت و دەبێت گفتوگۆکە کۆتایی پێ بهێنرێت. ئاماژەکە لە «پیشاندان بۆ کەسەکە» بۆ کەسەکە پیشان دەدرێت. ئەمە وشەی ڕەمزیی ڕێککەوتنی پەیوەندیکردن نییە، و نیشانەی فریاکەوتنی پلانی قەیرانیش نییە.
cases-contact-support-person = کەسی پشتیوان
cases-support-who = کێ (ڕۆڵ یان ناوی خوازراو، نەک ناو)
cases-support-confirmed = ئەو بەروارەی پشتڕاست کرایەوە کە کەسی پشتیوان ویستی خودی کەسەکەیە
    .help = دڵنیا ببەرەوە کە ئەمە ویستی خودی کەسەکەیە و شتێک نییە بەسەریدا سەپێنرابێت. لە { "JO 2010/11 s. 328" } (ئۆمبودزمانی پەرلەمان) دەردەکەوێت کە خزمەتگوزاریی کۆمەڵایەتی دەتوانێت زیاتر لە ئامادەبوونی کەسی پشتیوان بکۆڵێتەوە ئەگەر هۆکار هەبێت بۆ گومانکردن لە مەبەستەکەی؛ کەسێک کە وەک پشتیوان ڕەفتار ناکات دەکرێت ڕێگەی پێنەدرێت بێتە ناو چاوپێکەوتنەکە.
cases-support-confirm-today = ئەمڕۆ پشتڕاست کرایەوە
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = ویستی خودی کەسەکە لە { DATETIME($date, dateStyle: "medium") } پشتڕاست کرایەوە
cases-support-not-confirmed = ویستی خودی کەسەکە پشتڕاست نەکراوەتەوە

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = هەڵسەنگاندنی دۆخ
cases-review-intro = هەڵسەنگاندنێکی پیشەیی ڕێکخراو، بوار بە بوار، ئێستا و پێشتر. هیچ خاڵ و هیچ کۆیەک نادات: هەڵسەنگاندنەکە هی خۆتە، و بۆچوونی خودی کەسەکە لە تەنیشتیەوە دادەنرێت.
cases-review-official = هەڵسەنگاندنی فەرمیی مەترسی لە سیستەمی ئاسایی دامەزراوەکەدا ئەنجام دەدرێت. ئەم لاپەڕەیە جێگەی ئەو ناگرێتەوە. پۆلیس خۆی لە چوارچێوەی چالاکییەکانی بۆ قوربانیانی تاوان و ئاسایشی کەسی ({ "BOPS" }) هەڵسەنگاندنی مەترسی ئەنجام دەدات. خزمەتگوزاریی کۆمەڵایەتی و پۆلیس هەڵسەنگاندنەکانی مەترسی لەگەڵ یەکتردا ئاڵوگۆڕ دەکەن، بەپێی ئامۆژگارییە گشتییەکانی سەر بە { "4 kap. 1 §" } (بەشی 4، ماددەی 1) لە ڕێساکانی { "Socialstyrelsen" } دەربارەی توندوتیژی لە پەیوەندییە نزیکەکاندا ({ "HSLF-FS 2022:39" }).
cases-review-now = ئێستا
cases-review-before = پێشتر
cases-rating-present = هەیە
cases-rating-partly = تا ڕادەیەک
cases-rating-absent = نییە
cases-rating-unknown = نازانم
cases-review-note = تێبینی
cases-review-children-routine = لیژنەی کاروباری کۆمەڵایەتی ({ "socialnämnden" }) دەبێت ڕێکار دابنێت بۆ ئەوەی ئەو زانیارییەی کە منداڵێک لەوانەیە توندوتیژیی لێ بکرێت یان لەوانەیە شایەتی توندوتیژی بووبێت، چۆن بگوازرێتەوە بۆ ئەو بەشەی دامەزراوەکە کە بەرپرسە لە لێکۆڵینەوە لە پێداویستییەکانی منداڵەکە ({ "2 kap. 5 §" }، واتە بەشی 2، ماددەی 5، لە ڕێساکانی { "Socialstyrelsen" } دەربارەی توندوتیژی لە پەیوەندییە نزیکەکاندا، { "HSLF-FS 2022:39" }).
cases-review-children-passed-on = زانیارییەکان دەربارەی منداڵان بەپێی ڕێکارەکە گوازراونەتەوە
cases-review-judgement = هەڵسەنگاندن
cases-review-own-view = بۆچوونی خودی کەسەکە دەربارەی مەترسییەکە
    .help = گوێ لە کەسەکە بگرە و باوەڕ بە ئەزموونەکەی بکە.
cases-review-summary = هەڵسەنگاندنی گشتی
cases-review-linked = ڕێوشوێنەکانی پلانی قەیران کە وەڵامی ئەم هەڵسەنگاندنە دەدەنەوە
cases-review-no-steps = پلانی قەیران هێشتا هیچ هەنگاوێکی نییە. لە بەشی پلانی قەیراندا هەنگاو زیاد بکە.
review-domain-control-and-violence = کۆنتڕۆڵ و توندوتیژی
review-domain-collective = کۆنتڕۆڵی بە کۆمەڵ
review-domain-vulnerability = ئاسیبپەزیری
review-domain-triggers = ڕووداوە هەڵگیرسێنەرەکان
review-domain-children-at-risk = منداڵان
review-item-control-restrictions = سنووردارکردنی ئازادیی هاتوچۆ، تێکەڵاوی، جلوبەرگ، تەلەفۆن، قوتابخانە، کار یان پارە
review-item-control-monitoring = تەلەفۆنەکە دەپشکنرێت؛ خزمان شوێنی کەسەکە هەڵدەگرن، بەدوایدا دەڕۆن یان چاودێری دەکەن
review-item-control-threats = هەڕەشەی توندوتیژی، کوشتن، ناردن بۆ دەرەوەی وڵات یان دوورخستنەوە
review-item-control-violence = توندوتیژیی جەستەیی، سێکسی یان دەروونی
review-item-collective-multiple-perpetrators = زیاتر لە کەسێک کۆنتڕۆڵەکە یان توندوتیژییەکە ئەنجام دەدەن
review-item-collective-family-mandate = خێزان یان خزمان لە پشت کۆنتڕۆڵەکەوەن یان داوای دەکەن
review-item-collective-reputation = پەنا بۆ ناوبانگی خێزان لە ناو دەوروبەردا دەبرێت
review-item-collective-network-abroad = خزم یان تۆڕێک لە دەرەوەی وڵات تێوەگلاون یان دەتوانن دەستیان بە کەسەکە بگات
review-item-vulnerability-intellectual-disability = کەمئەندامیی هزری (گرووپێکی زۆر ئاسیبپەزیر کە دۆزینەوەی قورسە؛ ئامرازی پەیوەندیکردنی { "Våga förstå!" } دەتوانێت یارمەتیدەر بێت)
review-item-vulnerability-dependence = پشتبەستن بەو کەسانەی توندوتیژییەکە ئەنجام دەدەن (پارە، نیشتەجێبوون، چاودێری، مۆڵەتی نیشتەجێبوون)
review-item-vulnerability-isolation = هیچ تۆڕێکی کۆمەڵایەتیی خۆی نییە، دابڕاوە
review-item-vulnerability-ill-health = هەست بە باشی نەکردن کە کار لە توانای گێڕانەوە بە شێوەیەکی پێکەوەبەستراو دەکات
review-item-trigger-travel-abroad = گەشتی پلاندانراو یان ئەگەری گەشت بۆ دەرەوەی وڵات
review-item-trigger-engagement-marriage = دەستگیرانی یان هاوسەرگیری پلانی بۆ دادەنرێت یان فشاری بۆ دەکرێت
review-item-trigger-holidays = پشوو و بۆنەکان، کاتێک گەشت و کۆبوونەوە دەکرێن
review-item-trigger-relationship-disclosed = پەیوەندییەک، ئاراستەی سێکسی یان شێوازی ژیان ئاشکرا بووە یان لەوانەیە ئاشکرا ببێت
review-item-trigger-contact-with-authorities = خێزان دەزانێت یان لەوانەیە بزانێت کە پەیوەندی لەگەڵ دامەزراوە حکومییەکان هەیە
review-item-children-in-household = منداڵ لە ماڵەکەدا دەژین یان بە بەردەوامی سەردانی دەکەن
review-item-children-exposed = منداڵان خۆیان توندوتیژی یان کۆنتڕۆڵیان بەرامبەر دەکرێت
review-item-children-witnessed = منداڵان شایەتی توندوتیژی بوون
review-item-children-risk-abroad-or-marriage = منداڵان لە مەترسیی ئەوەدان ببرێنە دەرەوەی وڵات یان بدرێن بە شوو یان ژنیان بۆ بهێنرێت

## Meetings and meeting mode
cases-meetings-heading = چاوپێکەوتنەکان
cases-meetings-empty = هێشتا هیچ چاوپێکەوتنێک نییە.
cases-meeting-new = چاوپێکەوتنی نوێ
cases-meeting-date = بەروار
cases-meeting-create = دەستپێکردنی چاوپێکەوتن
cases-meeting-open = دۆخی چاوپێکەوتن
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = چاوپێکەوتنی { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = سڕینەوەی چاوپێکەوتنەکە
cases-meeting-delete-title = چاوپێکەوتنەکە بسڕدرێتەوە؟
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = چاوپێکەوتنی { DATETIME($date, dateStyle: "medium") } یەکسەر دەسڕدرێتەوە، لەگەڵ لیستی پشکنین و تێبینییەکان. ئەمە ناگەڕێندرێتەوە.
cases-meeting-delete-failed = چاوپێکەوتنەکە نەسڕایەوە.
cases-meeting-back = گەڕانەوە بۆ لیستی چاوپێکەوتنەکان
cases-meeting-checklist = لیستی پشکنین
cases-meeting-phases-label = قۆناغی چاوپێکەوتن
# Variables:
#   $done (Number) - items done
#   $total (Number) - items in all
cases-meeting-progress =
    { $done ->
        [one] { $done } لە { $total } تەواو بوو
       *[other] { $done } لە { $total } تەواو بوون
    }
cases-meeting-check-note = تێبینی
cases-meeting-show-advice = ڕاسپاردەکە پیشان بدە
cases-meeting-facts = دەربارەی چاوپێکەوتنەکە
cases-meeting-place = جۆری شوێن
    .help = تەنها جۆری شوێن بنووسە، هەرگیز ناونیشان مەنووسە.
cases-place-office = نووسینگە
cases-place-school = قوتابخانە
cases-place-home = ماڵەوە
cases-place-phone = تەلەفۆن
cases-place-video = ڤیدیۆ
cases-place-other = شوێنی تر
cases-meeting-interpreter = وەرگێڕ لە چاوپێکەوتنەکەدا
cases-interpreter-used-none = بێ وەرگێڕ
cases-interpreter-used-phone = وەرگێڕی تەلەفۆنی
cases-interpreter-used-on-site = وەرگێڕی ئامادە لە شوێن
cases-meeting-attendees = بەشداربووان (ڕۆڵ، نەک ناو)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = هەرگیز هیچ ناو یان شوێنێک مەهێنە.
cases-meeting-attendee-role = ڕۆڵ بۆ زیادکردن
cases-meeting-add-attendee = زیادکردنی بەشداربوو
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] لابردنی کارمەندی پسپۆڕ
        [interpreter] لابردنی وەرگێڕ
        [support-person] لابردنی کەسی پشتیوان
        [colleague] لابردنی هاوکار
        [police] لابردنی پۆلیس
       *[other] لابردنی بەشداربووی تر
    }
cases-attendee-practitioner = کارمەندی پسپۆڕ
cases-attendee-interpreter = وەرگێڕ
cases-attendee-support-person = کەسی پشتیوان
cases-attendee-colleague = هاوکار
cases-attendee-police = پۆلیس
cases-attendee-other = هی تر
cases-meeting-closing = چاوپێکەوتنەکە بە زانیاریی ڕوون کۆتایی پێ بهێنە
    .help = بە کەسەکە بڵێ کێ ئاگاداری زانیارییەکان دەبێت و ئاگاداری چی، کاتی چاوپێکەوتنی داهاتوو، و چۆن دەکرێت پەیوەندی بە شێوەیەکی سەلامەت بکرێت.
cases-meeting-closing-who = کێ ئاگاداری زانیارییەکان دەبێت، و ئاگاداری چی
cases-meeting-closing-next = کاتی چاوپێکەوتنی داهاتوو
cases-meeting-closing-safe-contact = چۆن دەکرێت پەیوەندی بە شێوەیەکی سەلامەت بکرێت
cases-meeting-closing-given = زانیارییەکان بە کەسەکە دراون
cases-quick-open = پلانی قەیران و ڕێککەوتن
cases-quick-heading = لەبەردەست لە کاتی چاوپێکەوتندا
cases-quick-show = پیشاندان
cases-quick-hide = شاردنەوە
cases-quick-empty = پڕ نەکراوەتەوە
cases-quick-ready = ڕێکخراوە:
cases-quick-not-ready = ڕێک نەخراوە:

## Retention: cases not changed for a long time
cases-retention-open = دۆسیە بۆ پێداچوونەوە: { $count }
cases-retention-heading = دۆسیە بۆ پێداچوونەوە
cases-retention-intro = ئەم دۆسیانە زیاتر لە { $days } ڕۆژە نەگۆڕاون. ئەوەی چیتر پێویست نییە بیسڕەوە. هیچ شتێک بەبێ پشتڕاستکردنەوەی تۆ ناسڕدرێتەوە.
cases-retention-none = هیچ دۆسیەیەک پێویستی بە پێداچوونەوە نییە.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = دوایین گۆڕانکاری: { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## For reviewers: "journal" (the record social services or health care keep)
## = "تۆمار", since "دۆسیە" here already means ärende (ckb/guidance.ftl used
## "دۆسیە" for journalhantering). Telefonkortet = "کارتی تەلەفۆن";
## avslutningskortet = "کارتی کۆتایی"; platstjänster = "خزمەتگوزارییەکانی شوێن".

cases-meeting-for-person = پیشاندان بۆ کەسەکە
cases-meeting-show-phone-trail = کارتی تەلەفۆن
cases-meeting-show-closing = کارتی کۆتایی
cases-meeting-show-journal = تێبینی بۆ تۆمارەکە
cases-meeting-phone-trail-done = کارتی تەلەفۆن لەگەڵ کەسەکە تاوتوێ کراوە
    .help = دۆخی فڕۆکە، وای‌فای و خزمەتگوزارییەکانی شوێن کوژاوە بن لە پێش گەشتەکەوە تا کەسەکە دەگەڕێتەوە، و ڕوونکردنەوەیەک ئەگەر کەسێک پرسیاری کرد.
cases-meeting-interpreter-gender = ڕەگەزی وەرگێڕەکە
cases-interpreter-gender-used-not-asked = داوا نەکراوە
cases-interpreter-gender-used-female = ئافرەت
cases-interpreter-gender-used-male = پیاو
cases-meeting-interpreter-named = ئەو بەروارەی ناوی وەرگێڕەکە پێشوەختە بە کەسەکە درا
    .help = بۆ ئەوەی کەسەکە بتوانێت بە وەرگێڕێک کە خێزانەکە دەناسێت بڵێت نا. ئەگەر ناوەکە نەدرا، بە بەتاڵی جێی بهێڵە.
cases-meeting-interpreter-named-today = ناوەکە ئەمڕۆ درا
cases-person-card-back = گەڕانەوە بۆ چاوپێکەوتنەکە
cases-plan-gap-explanation = ڕوونکردنەوە ئەگەر تەلەفۆنەکە کوژاوە بوو
    .help = ئەوەی کەسەکە دەیڵێت ئەگەر کەسێک پرسی بۆچی تەلەفۆنەکە کوژاوە بوو یان پیشانی نەدا لە کوێ بوو. لەگەڵ کەسەکەدا بڕیاری لەسەر دەدرێت و لە کارتی تەلەفۆندا بۆ کەسەکە پیشان دەدرێت.

## The support person's own will: the question the person answers alone.

cases-support-check = بە تەنها لە کەسەکە بپرسە
    .help = پرسیارێکی بێلایەن بە زمانی کەسەکە پیشان دەدات: ئایا دەیەوێت کەسی پشتیوان ئامادە بێت؟ وەڵامەکە و بەرواری ئەمڕۆ لێرە پاشەکەوت دەکرێن. پرسیارەکە کاتێک پیشان بدە کە بە تەنها پێکەوەن.
cases-support-check-done = تەواو
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] لە { DATETIME($date, dateStyle: "medium") } وەڵامی بەڵێی دایەوە
        [no] لە { DATETIME($date, dateStyle: "medium") } وەڵامی نەخێری دایەوە
       *[alone] لە { DATETIME($date, dateStyle: "medium") } ویستی بە تەنها قسە بکات
    }
cases-support-not-asked = هێشتا بە تەنها لێی نەپرسراوە

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = تێبینی بۆ تۆمارەکە
journal-intro = کاتێک تۆمارەکە دەنووسیت، لێرەوە بیخوێنەرەوە. هیچ شتێک لێرەوە کۆپی یان پاشەکەوت ناکرێت.
journal-left-out = وشە ڕەمزییەکان، ژمارە تەلەفۆنەکان و شوێنە سەلامەتەکان لێرەدا دانەنراون.
journal-include-sensitive = پیشاندانی وشە ڕەمزییەکان، ژمارە تەلەفۆنەکان و شوێنە سەلامەتەکانیش
journal-sensitive-shown = وشە ڕەمزییەکان، ژمارە تەلەفۆنەکان و شوێنە سەلامەتەکان پیشان دەدرێن. شوێنیان لە تۆمارێکدا نییە کە کەسانی تر دەتوانن بیخوێننەوە.
journal-omitted = [دانەنراوە]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    چاوپێکەوتن لە { DATETIME($date, dateStyle: "long") }، { $place ->
        [office] لە نووسینگەدا.
        [school] لە قوتابخانەدا.
        [home] لە ماڵەوە.
        [phone] بە تەلەفۆن.
        [video] بە ڤیدیۆ.
       *[other] لە شوێنێکی تردا.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = بەشداربووان: { $roles }.
journal-role-practitioner = کارمەندی پسپۆڕ
journal-role-interpreter = وەرگێڕ
journal-role-support-person = کەسی پشتیوان
journal-role-colleague = هاوکار
journal-role-police = پۆلیس
journal-role-other = هی تر
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] وەرگێڕی تەلەفۆنی بەکارهێنرا.
        [on-site] وەرگێڕی ئامادە لە شوێن بەکارهێنرا.
       *[none] هیچ وەرگێڕێک بەکارنەهێنرا.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] وەرگێڕەکە ئافرەت بوو، وەک کەسەکە ویستبووی.
       *[male] وەرگێڕەکە پیاو بوو، وەک کەسەکە ویستبووی.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = ناوی وەرگێڕەکە پێشوەختە بە کەسەکە درا، لە { DATETIME($date, dateStyle: "long") }.
journal-interpreter-not-named = ناوی وەرگێڕەکە پێشوەختە بە کەسەکە نەدرا.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] کەسەکە لە { DATETIME($date, dateStyle: "long") } بە تەنها وەڵامی دایەوە کە دەیەوێت کەسی پشتیوان ئامادە بێت.
        [no] کەسەکە لە { DATETIME($date, dateStyle: "long") } بە تەنها وەڵامی دایەوە کە نایەوێت کەسی پشتیوان ئامادە بێت.
       *[alone] کەسەکە لە { DATETIME($date, dateStyle: "long") } بە تەنها وەڵامی دایەوە کە دەیەوێت بە تەنها قسە بکات.
    }
journal-done = تاوتوێ کرا
journal-not-done = تاوتوێ نەکرا
journal-phone-trail = کارتی تەلەفۆن لەگەڵ کەسەکە تاوتوێ کرا: دۆخی فڕۆکە، وای‌فای و خزمەتگوزارییەکانی شوێن کوژاوە بن لە پێش گەشتەکەوە تا کەسەکە دەگەڕێتەوە، و ڕوونکردنەوەیەک ئەگەر کەسێک پرسیاری کرد.
journal-closing = زانیاری لە کۆتایی چاوپێکەوتنەکەدا
journal-closing-given = زانیارییەکان بە کەسەکە دران.
journal-closing-not-given = زانیارییەکان وەک دراو بە کەسەکە نیشانە نەکراون.
journal-who-sees = کێ ئاگاداری زانیارییەکان دەبێت، و ئاگاداری چی:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = چاوپێکەوتنی داهاتوو: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = هیچ کاتێک بۆ چاوپێکەوتنی داهاتوو دیاری نەکراوە.
journal-safe-contact = چۆن دەکرێت پەیوەندی بە شێوەیەکی سەلامەت بکرێت:
journal-nothing = هیچ تێبینییەک نەنووسراوە.
