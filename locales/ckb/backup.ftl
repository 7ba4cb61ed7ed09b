# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: uppgift (record) = "بابەت" (as in ckb/ui.ftl errors); dekryptera = "کردنەوەی شفرە"; Behållna (column) = "وەک خۆی ماوە"; läggas in = "بگەڕێندرێتەوە"; Avbrutet = "هەڵوەشێندرایەوە"; format = "فۆرمات".
# Machine-assisted Central Kurdish / Sorani (ckb, Arabic script) draft of locales/sv/backup.ftl;
# NOT approved by a reviewer. The Swedish text is authoritative.
# ڕەشنووسی پێداچوونەوە بۆ نەکراو: وەرگێڕانی کوردیی ناوەندی (سۆرانی) بە یارمەتیی ئامێر لە دەقی سەرچاوەی سویدی (locales/sv/backup.ftl). دەقی سویدی دەقی باوەڕپێکراوە.
# Terms follow ckb/cases.ftl, ckb/cover.ftl and ckb/ui.ftl: säkerhetskopia = "کۆپیی یەدەگ";
# lösenfras = "دەستەواژەی نهێنی"; kod = "کۆد"; ärende = "دۆسیە"; krisplan = "پلانی قەیران";
# kontaktöverenskommelse = "ڕێککەوتنی پەیوەندیکردن"; situationsbedömning = "هەڵسەنگاندنی دۆخ";
# möte = "چاوپێکەوتن"; enhet = "ئامێر"; app = "ئەپ"; version = "وەشان"; tecken = "پیت".

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.

backup-title = کۆپیی یەدەگ
backup-intro = کۆپیی یەدەگ فایلێکی شفرەکراوە کە هەموو دۆسیەکانی تێدایە. بەهۆیەوە دەتوانیت دۆسیەکان بگوازیتەوە بۆ ئامێرێکی نوێ، یان ئەگەر ئامێرەکە تێکچوو یان گۆڕدرا، بیانگەڕێنیتەوە.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = دوایین کۆپیی یەدەگ: { DATETIME($date, dateStyle: "medium") }
backup-last-never = هێشتا هیچ کۆپییەکی یەدەگ دروست نەکراوە.
backup-reminder = کاتی ئەوە هاتووە کۆپییەکی یەدەگ دروست بکەیت، بۆ ئەوەی ئەگەر شتێک بەسەر ئامێرەکەدا هات، دۆسیەکان بمێننەوە.

## The reminder in the case list
backup-reminder-cases = کاتی ئەوە هاتووە کۆپییەکی یەدەگ دروست بکەیت.
backup-reminder-cases-open = چوون بۆ کۆپیی یەدەگ

## Kinds of record (plural)
backup-kind-case = دۆسیەکان
backup-kind-crisis_plan = پلانەکانی قەیران
backup-kind-contact_agreement = ڕێککەوتنەکانی پەیوەندیکردن
backup-kind-situation_review = هەڵسەنگاندنەکانی دۆخ
backup-kind-meeting = چاوپێکەوتنەکان

## One record of a kind
backup-record-case = دۆسیە
backup-record-crisis_plan = پلانی قەیران
backup-record-contact_agreement = ڕێککەوتنی پەیوەندیکردن
backup-record-situation_review = هەڵسەنگاندنی دۆخ
backup-record-meeting = چاوپێکەوتن
backup-record-unknown = بابەتێک لە جۆرێکی نەناسراو

## Making a backup
backup-export-title = دروستکردنی کۆپیی یەدەگ
backup-export-explain = دەستەواژەیەکی نهێنی بۆ کۆپیی یەدەگەکە هەڵبژێرە. ئەمە جیاوازە لەو کۆدەی ئەپەکەی پێ دەکەیتەوە. دەستەواژە نهێنییەکە دەبێت لانیکەم 12 پیت بێت و نابێت تەنها لە ژمارە پێک بێت. چەند وشەیەک کە پەیوەندییان بە یەکەوە نییە بە ئاسانی لەبیر دەمێنن و بە قورسی مەزەندە دەکرێن.
backup-export-no-recovery = بۆ گەڕاندنەوەی کۆپیی یەدەگەکە دەستەواژە نهێنییەکە پێویستە. ئەگەر لەبیر بچێت، هیچ کەسێک ناتوانێت بیگەڕێنێتەوە.
backup-export-keep-safe = فایلەکە لە شوێنێکی سەلامەت هەڵبگرە. هەموو پلانەکانی تێدایە، بە شفرەکراوی.
backup-export-pass = دەستەواژەیەکی نهێنی بۆ کۆپیی یەدەگەکە هەڵبژێرە
backup-export-repeat = دەستەواژە نهێنییەکە دووبارە بنووسە
backup-export-button = هەڵبژاردنی شوێنی پاشەکەوتکردنی فایلەکە
backup-export-working = شفرە دەکرێت … چەند چرکەیەک دەخایەنێت.
backup-export-done = کۆپیی یەدەگەکە لە فایلی { $file } پاشەکەوت کرا.
backup-export-contents = ناوەڕۆک
backup-export-damaged = ئەو بابەتانەی لەسەر ئەم ئامێرە نەخوێندرانەوە و بۆیە لە کۆپیی یەدەگەکەدا نین: { $n }

## Restoring a backup
backup-import-title = گەڕاندنەوە لە کۆپیی یەدەگ
backup-import-explain = فایلێکی کۆپیی یەدەگ هەڵبژێرە و ئەو دەستەواژە نهێنییە بنووسە کە پێی پاشەکەوت کراوە. پێش ئەوەی هیچ شتێک لەسەر ئەم ئامێرە بگۆڕدرێت، هەموو فایلەکە دەپشکنرێت.
backup-import-mode = کۆپیی یەدەگەکە چۆن بگەڕێندرێتەوە؟
backup-import-merge = زیادکردن و نوێکردنەوە
backup-import-merge-help = هەموو شتێک لەسەر ئەم ئامێرە دەمێنێتەوە. ئەگەر بابەتێک لە هەردوو شوێن هەبێت، ئەوەیان وەردەگیرێت کە دوایین جار گۆڕدراوە.
backup-import-replace = گۆڕینەوەی هەموو شتێک
backup-import-replace-help = هەموو دۆسیەکانی ئەم ئامێرە دەسڕدرێنەوە، و دۆسیەکانی کۆپیی یەدەگەکە لە جێیان دادەنرێن.
backup-import-replace-warning = هەموو ئەو دۆسیانەی ئێستا لەسەر ئەم ئامێرەن دەسڕدرێنەوە، تەنانەت ئەوانەش کە لە کۆپیی یەدەگەکەدا نین. ئەمە ناگەڕێندرێتەوە.
backup-import-confirm = تێدەگەم کە هەموو دۆسیەکانی ئەم ئامێرە بە دۆسیەکانی کۆپیی یەدەگەکە دەگۆڕدرێنەوە.
backup-import-pass = ئەو دەستەواژە نهێنییەی کۆپیی یەدەگەکەی پێ پاشەکەوت کراوە
backup-import-button = هەڵبژاردنی فایل و گەڕاندنەوە
backup-import-working = دەپشکنرێت و شفرەکەی دەکرێتەوە … چەند چرکەیەک دەخایەنێت.
backup-import-done = کۆپیی یەدەگەکە گەڕێندرایەوە.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = کۆپیی یەدەگەکە لە { DATETIME($date, dateStyle: "medium") } دروست کراوە.
backup-import-changes = چی گۆڕا
backup-import-col-kind = جۆر
backup-import-col-added = زیادکراو
backup-import-col-updated = نوێکراوە
backup-import-col-kept = وەک خۆی ماوە
backup-import-col-removed = سڕاوە
backup-import-kept-help = وەک خۆی ماوە: هەمان وەشان یان وەشانێکی نوێتر پێشتر لەسەر ئەم ئامێرە هەبوو.
backup-import-nothing = پێویست نەبوو هیچ شتێک بگۆڕدرێت.
backup-import-skipped = ئەو بابەتانەی نەگەڕێندرانەوە: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] دۆسیەکان
        [crisis_plan] پلانەکانی قەیران
        [contact_agreement] ڕێککەوتنەکانی پەیوەندیکردن
        [situation_review] هەڵسەنگاندنەکانی دۆخ
        [meeting] چاوپێکەوتنەکان
       *[unknown] بابەت لە جۆرێکی نەناسراو
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] دۆسیەی { $case }
        [crisis_plan] پلانی قەیران لە دۆسیەی { $case }
        [contact_agreement] ڕێککەوتنی پەیوەندیکردن لە دۆسیەی { $case }
        [situation_review] هەڵسەنگاندنی دۆخ لە دۆسیەی { $case }
        [meeting] چاوپێکەوتنەکان لە دۆسیەی { $case }
       *[unknown] بابەت لە جۆرێکی نەناسراو لە دۆسیەی { $case }
    }: { $n }
backup-skip-unknown_kind = جۆرێکی بابەت کە ئەم وەشانەی ئەپەکە نایناسێت. ئەپەکە نوێ بکەرەوە و دووبارە گەڕاندنەوەکە بکە بۆ ئەوەی ئەو بابەتانەش بگرێتەوە.
backup-skip-record_version = بە فۆرماتێکی نوێتر پاشەکەوت کراون لەوەی ئەم وەشانەی ئەپەکە بتوانێت بیخوێنێتەوە. ئەپەکە نوێ بکەرەوە و دووبارە گەڕاندنەوەکە بکە بۆ ئەوەی ئەو بابەتانەش بگرێتەوە.
backup-skip-invalid = ئەم بابەتانە لە پشکنینەکانی ئەپەکەدا دەرنەچوون، بۆ نموونە چونکە دەقێک زۆر درێژە، بۆیە نەگەڕێندرانەوە.
backup-skip-no_case = ئەو دۆسیەیەی ئەم بابەتانە پەیوەندییان پێیەوە هەیە نە لە کۆپیی یەدەگەکەدا هەیە و نە لەسەر ئەم ئامێرە.

## Problems found before anything is sent
backup-problem-mismatch = دەستەواژە نهێنییەکان وەک یەک نین. هەمان دەستەواژەی نهێنی دوو جار بنووسە.
backup-problem-weak = دەستەواژە نهێنییەکە زۆر کورتە یان تەنها لە ژمارە پێک دێت. دەبێت لانیکەم 12 پیت بێت و نابێت تەنها لە ژمارە پێک بێت.
backup-problem-empty = ئەو دەستەواژە نهێنییە بنووسە کە کۆپیی یەدەگەکەی پێ پاشەکەوت کراوە.

## Errors
error-weak_backup_passphrase = دەستەواژەی نهێنیی کۆپیی یەدەگەکە زۆر لاوازە. دەبێت لانیکەم 12 پیت بێت و نابێت تەنها لە ژمارە پێک بێت. هیچ کۆپییەکی یەدەگ پاشەکەوت نەکرا.
error-wrong_backup_passphrase = دەستەواژە نهێنییەکە لەگەڵ ئەم کۆپیی یەدەگەدا ناگونجێت. دەستەواژە نهێنییەکە بپشکنە و دووبارە هەوڵ بدەرەوە. هیچ شتێک لەسەر ئەم ئامێرە نەگۆڕاوە.
error-session_changed = ئەپەکە قوفڵ بوو لە کاتێکدا کاری کۆپیی یەدەگەکە بەردەوام بوو. هیچ شتێک لە ئەپەکەدا نەگۆڕا. قوفڵەکەی بکەرەوە و دووبارە هەوڵ بدەرەوە.
error-not_a_backup = ئەم فایلە کۆپیی یەدەگی ئەم ئەپە نییە. فایلێکی تر هەڵبژێرە. هیچ شتێک لەسەر ئەم ئامێرە نەگۆڕاوە.
error-backup_newer_version = کۆپیی یەدەگەکە بە وەشانێکی نوێتری ئەپەکە دروست کراوە. ئەپەکە نوێ بکەرەوە و دووبارە هەوڵ بدەرەوە. هیچ شتێک لەسەر ئەم ئامێرە نەگۆڕاوە.
error-backup_damaged = کۆپیی یەدەگەکە تێکچووە یان ناتەواوە و ناتوانرێت بەکاربهێنرێت. کۆپییەکی تری فایلەکە تاقی بکەرەوە. هیچ شتێک لەسەر ئەم ئامێرە نەگۆڕاوە.
error-backup_too_large = فایلەکە گەورەترە لەوەی کۆپیی یەدەگ بێت. فایلێکی تر هەڵبژێرە. هیچ شتێک لەسەر ئەم ئامێرە نەگۆڕاوە.
error-backup_io = فایلەکە نەخوێندرایەوە یان پاشەکەوت نەکرا. شوێنێکی تر یان فایلێکی تر هەڵبژێرە و دووبارە هەوڵ بدەرەوە. هیچ شتێک لەسەر ئەم ئامێرە نەگۆڕاوە.
error-cancelled = هەڵوەشێندرایەوە. هیچ شتێک نەگۆڕاوە.

## دەستەواژەی نهێنیی لاواز: بۆچی
error-weak_backup_passphrase-repeat = دەستەواژەی نهێنیی کۆپیی یەدەگەکە زۆر ئاسان مەزەندە دەکرێت: هەمان پیت یان وشە دووبارە دەکاتەوە. چەند وشەیەک هەڵبژێرە کە پەیوەندییان بە یەکەوە نییە. هیچ کۆپییەکی یەدەگ پاشەکەوت نەکرا.
error-weak_backup_passphrase-sequence = دەستەواژەی نهێنیی کۆپیی یەدەگەکە زۆر ئاسان مەزەندە دەکرێت: ڕیزبەندییەک دەگرێتەبەر، وەک { "abcdef" } یان 123456. چەند وشەیەک هەڵبژێرە کە پەیوەندییان بە یەکەوە نییە. هیچ کۆپییەکی یەدەگ پاشەکەوت نەکرا.
error-weak_backup_passphrase-keyboard = دەستەواژەی نهێنیی کۆپیی یەدەگەکە زۆر ئاسان مەزەندە دەکرێت: ئەو دوگمانە دەگرێتەبەر کە لە تەنیشت یەکترن. چەند وشەیەک هەڵبژێرە کە پەیوەندییان بە یەکەوە نییە. هیچ کۆپییەکی یەدەگ پاشەکەوت نەکرا.
error-weak_backup_passphrase-common = دەستەواژەی نهێنیی کۆپیی یەدەگەکە زۆر ئاسان مەزەندە دەکرێت: لە وشە نهێنی یان وشە باوەکان پێکهاتووە. چەند وشەیەک هەڵبژێرە کە پەیوەندییان بە یەکەوە نییە. هیچ کۆپییەکی یەدەگ پاشەکەوت نەکرا.
error-weak_backup_passphrase-date = دەستەواژەی نهێنیی کۆپیی یەدەگەکە زۆر ئاسان مەزەندە دەکرێت: لەسەر بەروارێک یان ساڵێک بنیات نراوە. چەند وشەیەک هەڵبژێرە کە پەیوەندییان بە یەکەوە نییە. هیچ کۆپییەکی یەدەگ پاشەکەوت نەکرا.
error-weak_backup_passphrase-guessable = دەستەواژەی نهێنیی کۆپیی یەدەگەکە زۆر ئاسان مەزەندە دەکرێت. وشەی زیاتر زیاد بکە کە پەیوەندییان بە یەکەوە نییە. هیچ کۆپییەکی یەدەگ پاشەکەوت نەکرا.
