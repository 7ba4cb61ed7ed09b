# UNREVIEWED DRAFT: machine-assisted Central Kurdish / Sorani (ckb, Arabic script)
# translation of the Swedish source locales/sv/review.ftl. It has NOT been approved by a
# reviewer. The Swedish text is authoritative.
# ڕەشنووسی پێداچوونەوە بۆ نەکراو: وەرگێڕانی کوردیی ناوەندی (سۆرانی) بە یارمەتیی ئامێر لە دەقی سەرچاوەی سویدی (locales/sv/review.ftl). هیچ پێداچوونەوەکارێک پەسەندی نەکردووە. دەقی سویدی دەقی باوەڕپێکراوە.
# For reviewers: person-contact-* are labels shown to the person next to the
# values of cases.ftl (e.g. "بەڵێ"). Terms follow ckb/ui.ftl and ckb/cases.ftl.

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = پێداچوونەوەی وەرگێڕان
translation-intro = هەر دەقێک لەگەڵ دەقی سەرچاوەدا بەراورد بکە. وەک پەسەندکراو یان پێویستی بە گۆڕانکاری نیشانەی بکە، و ئەگەر ویستت لێدوانێک بنووسە. سویدی زمانی سەرچاوەیە و لە کاتی گوماندا دەقی سویدی باوەڕپێکراوە.
translation-progress-heading = پێداچوونەوە بەپێی زمان
# Variables:
#   $name (String) - the language's name
#   $approved (Number) - texts approved
#   $total (Number) - texts in all
translation-progress-label =
    { $approved ->
        [one] { $name }: { $approved } لە { $total } دەق پەسەند کراوە
       *[other] { $name }: { $approved } لە { $total } دەق پەسەند کراون
    }
# Variables:
#   $count (Number) - texts missing
translation-progress-missing =
    { $count ->
        [one] { $count } دەق بوونی نییە و بە زمانێکی جێگرەوە پیشان دەدرێت.
       *[other] { $count } دەق بوونیان نییە و بە زمانێکی جێگرەوە پیشان دەدرێن.
    }
translation-choose = زمان هەڵبژێرە
translation-source = زمانی سەرچاوە
translation-target = ئەو زمانەی پێداچوونەوەی بۆ دەکرێت
translation-filter = پیشاندان
translation-filter-all = هەموو دەقەکان
translation-filter-unreviewed = تەنها ئەوانەی پێداچوونەوەیان بۆ نەکراوە
translation-filter-needs-change = تەنها ئەوانەی پێویستیان بە گۆڕانکارییە
# Variables:
#   $shown (Number) - texts shown
#   $total (Number) - texts in all
translation-count = پیشاندانی { $shown } لە { $total } دەق.
translation-none = بەم هەڵبژاردنە هیچ دەقێک نییە بۆ پیشاندان.
translation-pages = پەڕەکان
translation-page-previous = پەڕەی پێشوو
translation-page-next = پەڕەی دواتر
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = پەڕەی { $page } لە { $pages }
translation-key = ناسنامە ({ "ID" })
translation-state-label = پێداچوونەوە
translation-state-unreviewed = پێداچوونەوەی بۆ نەکراوە
translation-state-approved = پەسەندکراو
translation-state-needs-change = پێویستی بە گۆڕانکارییە
translation-comment = لێدوان
translation-saving = پاشەکەوت دەکرێت …
translation-saved = پاشەکەوت کرا
translation-missing = بەم زمانە بوونی نییە. خوێنەر دەقەکە بە زمانێکی جێگرەوە دەبینێت.
translation-imported = دەقی هاوردەکراو
translation-source-changed = دەقی سەرچاوە لە دوایین پێداچوونەوەوە گۆڕاوە.
translation-variables = دەبێت لە وەرگێڕانەکەدا بمێنێتەوە: { $vars }
translation-group-guidance = ڕێنمایی: دەقەکانی تر
translation-group-ui = دەقە گشتییەکانی ئەپەکە
translation-group-file = دەقەکانی ئەپەکە: { $file }
translation-damaged = پێداچوونەوە پاشەکەوتکراوەکە تێکچووبوو و لاوە نرا. پێداچوونەوەکە لەو وەشانەوە بەردەوام دەبێت کە لەگەڵ ئەپەکەدا هاتووە.

## Export and import
translation-export-heading = هەناردەکردن بۆ وەرگێڕەکان
translation-export-help = فایلەکە هەموو دەقێک لەگەڵ دۆخی پێداچوونەوە، دەقی سەرچاوەی سویدی و لێدوانەکەی لەخۆ دەگرێت.
translation-export = هەناردەکردنی فایل
translation-exported = فایلی { $file } لە فۆڵدەری { "exports" } لەناو فۆڵدەری داتای ئەپەکە پاشەکەوت کرا ({ $bytes } بایت).
translation-import-heading = هاوردەکردنی وەرگێڕانێکی نوێکراوە
translation-import-help = ناوەڕۆکی فایلێکی { ".ftl" } لێرە دابنێ ({ "paste" }) یان فایلێک هەڵبژێرە. ئەو دەقانەی گۆڕاون دووبارە دەبنەوە بە پێداچوونەوە بۆ نەکراو.
translation-import-text = دەق بۆ هاوردەکردن
translation-import-file = فایلێکی { ".ftl" } هەڵبژێرە
translation-import = هاوردەکردن
translation-report-heading = ئەنجامی هاوردەکردن
translation-report-errors = هەڵەکانی ناو فایلەکە: { $count }
translation-report-error-line = دێڕی { $line }: { $message }
translation-report-added = دەقی نوێ: { $count }
translation-report-changed = دەقی گۆڕاو: { $count }
translation-report-unchanged = دەقی نەگۆڕاو: { $count }
translation-report-missing = لە فایلەکەدا نییە: { $count }
translation-report-unknown = ناسنامەی ({ "ID" }) نەناسراو، پشتگوێ خران: { $count }
translation-report-variables = گۆڕاوی هەڵە، هاوردە نەکران: { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }: پێویستە: { $nexpected ->
        [0] هیچ
       *[other] { $expected }
    }، هەیە: { $nfound ->
        [0] هیچ
       *[other] { $found }
    }
translation-report-reset = گەڕایەوە بۆ پێداچوونەوە بۆ نەکراو: { $count }

## Show to the person
person-title = پیشاندان بۆ کەسەکە
person-intro = تابلێتەکە بدە بە کەسەکە یان شاشەکە پیشان بدە، ڕاستەوخۆ یان لە ڕێگەی وەرگێڕەوە. ئامۆژگارییەکان بە زمانی کەسەکە پیشان دەدرێن.
person-language = زمانی کەسەکە
person-show-mine = بە زمانی منیش پیشان بدرێت
person-exit = کۆتاییهێنان بە پیشاندان
person-advice-heading = ئامۆژگاری
person-contact-show = پیشاندانی ڕێککەوتنی پەیوەندیکردن
person-contact-hide = شاردنەوەی ڕێککەوتنی پەیوەندیکردن
person-contact-heading = ئەمە ئەوەیە کە لەسەری ڕێککەوتووین
person-contact-safe-note = تەنها ئەوە پیشان دەدرێت کە پیشاندانی لەسەر شاشە سەلامەتە: هیچ وشەیەکی ڕەمزی، هیچ تێبینییەک دەربارەی خێزان و هیچ زانیارییەک دەربارەی وەرگێڕەکان.
person-contact-call = تەلەفۆنکردن سەلامەتە
person-contact-when = کەی تەلەفۆنکردن گونجاوە
person-contact-sms = نامەی کورت ({ "SMS" })
person-contact-channel = شێوازی دڵخوازی پەیوەندیکردن
