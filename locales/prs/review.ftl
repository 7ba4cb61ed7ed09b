# UNREVIEWED DRAFT: machine-assisted Dari (prs) translation of the Swedish source
# locales/sv/review.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# Written with Afghan Dari vocabulary (e.g. معلومات، کوشش، سویدنی، اپلیکیشن، تبلیت، کاپی), not copied from fa.
# مسودهٔ بازبینی‌ناشده: ترجمهٔ دری با کمک ماشین از متن اصلی سویدنی (locales/sv/review.ftl). این ترجمه هنوز توسط هیچ بازبین تأیید نشده است. متن سویدنی معتبر است.
# For reviewers: person-contact-* are labels shown to the person next to the
# values of cases.ftl (e.g. "بلی"). Terms follow prs/ui.ftl and prs/cases.ftl.

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = بازبینی ترجمه
translation-intro = هر متن را با متن اصلی مقایسه کنید. آن را به‌حیث تأییدشده یا ضرورت به تغییر نشانی کنید، و اگر خواستید یک نظر بنویسید. زبان اصلی سویدنی است و در صورت شک، متن سویدنی معتبر است.
translation-progress-heading = بازبینی به تفکیک زبان
translation-progress-label = { $name }: { $approved } از { $total } متن تأیید شده است
translation-progress-missing = { $count } متن موجود نیست و به یک زبان دیگر نشان داده می‌شود.
translation-choose = انتخاب زبان
translation-source = زبان اصلی
translation-target = زبانی که بازبینی می‌شود
translation-filter = نشان دادن
translation-filter-all = تمام متن‌ها
translation-filter-unreviewed = تنها بازبینی‌ناشده‌ها
translation-filter-needs-change = تنها متن‌هایی که ضرورت به تغییر دارند
translation-count = { $shown } از { $total } متن نشان داده می‌شود.
translation-none = با این انتخاب هیچ متنی برای نشان دادن نیست.
translation-pages = صفحه‌ها
translation-page-previous = صفحهٔ قبلی
translation-page-next = صفحهٔ بعدی
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = صفحهٔ { $page } از { $pages }
translation-key = شناسه ({ "ID" })
translation-state-label = بازبینی
translation-state-unreviewed = بازبینی‌ناشده
translation-state-approved = تأییدشده
translation-state-needs-change = ضرورت به تغییر دارد
translation-comment = نظر
translation-saving = در حال ذخیره …
translation-saved = ذخیره شد
translation-missing = به این زبان موجود نیست. خواننده متن را به یک زبان دیگر می‌بیند.
translation-imported = متن واردشده
translation-source-changed = متن اصلی از آخرین بازبینی به این طرف تغییر کرده است.
translation-variables = باید در ترجمه باقی بماند: { $vars }
translation-group-guidance = رهنمایی: متن‌های دیگر
translation-group-ui = متن‌های عمومی اپلیکیشن
translation-group-file = متن‌های اپلیکیشن: { $file }
translation-damaged = بازبینی ذخیره‌شده خراب بود و کنار گذاشته شد. بازبینی از نسخه‌ای که همراه اپلیکیشن آمده است، ادامه پیدا می‌کند.

## Export and import
translation-export-heading = صادر کردن برای ترجمان‌ها
translation-export-help = این فایل هر متن را همراه با حالت بازبینی، متن اصلی سویدنی و نظر در بر دارد.
translation-export = صادر کردن فایل
translation-exported = فایل { $file } در فولدر { "exports" } داخل فولدر دیتای اپلیکیشن ذخیره شد ({ $bytes } بایت).
translation-import-heading = وارد کردن یک ترجمهٔ تازه‌شده
translation-import-help = محتوای یک فایل { ".ftl" } را اینجا پیست کنید یا یک فایل انتخاب کنید. متن‌هایی که تغییر کرده‌اند دوباره بازبینی‌ناشده می‌شوند.
translation-import-text = متنی که وارد می‌شود
translation-import-file = انتخاب یک فایل { ".ftl" }
translation-import = وارد کردن
translation-report-heading = نتیجهٔ وارد کردن
translation-report-errors = خطاها در فایل: { $count }
translation-report-error-line = سطر { $line }: { $message }
translation-report-added = متن‌های جدید: { $count }
translation-report-changed = متن‌های تغییرکرده: { $count }
translation-report-unchanged = متن‌های بدون تغییر: { $count }
translation-report-missing = در فایل موجود نیست: { $count }
translation-report-unknown = شناسه‌های ({ "ID" }) ناشناخته، در نظر گرفته نشدند: { $count }
translation-report-variables = متغیرهای نادرست، وارد نشدند: { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }: { $nexpected ->
        [0] نباید هیچ متغیری داشته باشد
       *[other] باید { $expected } داشته باشد
    }، { $nfound ->
        [0] هیچ متغیری ندارد
       *[other] { $found } دارد
    }
translation-report-reset = برگشت به بازبینی‌ناشده: { $count }

## Show to the person
person-title = نمایش برای شخص
person-intro = تبلیت را به شخص بدهید یا صفحه را نشان بدهید، مستقیم یا از طریق ترجمان. مشوره‌ها به زبان شخص نشان داده می‌شوند.
person-language = زبان شخص
person-show-mine = به زبان من هم نشان داده شود
person-exit = ختم نمایش
person-advice-heading = مشوره‌ها
person-contact-show = نشان دادن توافق تماس
person-contact-hide = پنهان کردن توافق تماس
person-contact-heading = این چیزی است که بر سر آن توافق کرده‌ایم
person-contact-safe-note = تنها چیزهایی نشان داده می‌شود که نشان دادن آن‌ها روی صفحه مصون است: هیچ کلمهٔ رمز، هیچ یادداشت در مورد خانواده و هیچ معلومات در مورد ترجمان‌ها.
person-contact-call = تیلفون کردن مصون است
person-contact-when = چه وقت تیلفون کردن مناسب است
person-contact-sms = پیام کوتاه ({ "SMS" })
person-contact-channel = طریقهٔ ترجیحی تماس
