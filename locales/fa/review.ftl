# UNREVIEWED DRAFT: machine-assisted Persian/Farsi (fa) translation of the Swedish source
# locales/sv/review.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# پیش‌نویس بازبینی‌نشده: ترجمهٔ فارسی با کمک ماشین از متن مبدأ سوئدی (locales/sv/review.ftl). هیچ بازبینی آن را تأیید نکرده است. متن سوئدی معتبر است.
# For reviewers: person-contact-* are labels shown to the person next to the
# values of cases.ftl (e.g. "بله"). Terms follow fa/ui.ftl and fa/cases.ftl.

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = بازبینی ترجمه
translation-intro = هر متن را با متن مبدأ مقایسه کنید. آن را تأییدشده یا نیازمند تغییر علامت بزنید و در صورت تمایل توضیحی بنویسید. زبان مبدأ سوئدی است و در صورت تردید، متن سوئدی معتبر است.
translation-progress-heading = وضعیت بازبینی به تفکیک زبان
translation-progress-label = { $name }: { $approved } از { $total } متن تأیید شده است
translation-progress-missing = { $count } متن موجود نیست و به یک زبان جایگزین نمایش داده می‌شود.
translation-choose = انتخاب زبان
translation-source = زبان مبدأ
translation-target = زبانی که بازبینی می‌شود
translation-filter = نمایش
translation-filter-all = همهٔ متن‌ها
translation-filter-unreviewed = فقط بازبینی‌نشده‌ها
translation-filter-needs-change = فقط متن‌هایی که نیاز به تغییر دارند
translation-count = نمایش { $shown } از { $total } متن.
translation-none = با این انتخاب متنی برای نمایش وجود ندارد.
translation-pages = صفحه‌ها
translation-page-previous = صفحهٔ قبلی
translation-page-next = صفحهٔ بعدی
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = صفحهٔ { $page } از { $pages }
translation-key = شناسه ({ "ID" })
translation-state-label = بازبینی
translation-state-unreviewed = بازبینی‌نشده
translation-state-approved = تأییدشده
translation-state-needs-change = نیاز به تغییر دارد
translation-comment = توضیح
translation-saving = در حال ذخیره …
translation-saved = ذخیره شد
translation-missing = به این زبان موجود نیست. خواننده متن را به یک زبان جایگزین می‌بیند.
translation-imported = متن واردشده
translation-source-changed = متن مبدأ از آخرین بازبینی تا کنون تغییر کرده است.
translation-variables = باید در ترجمه باقی بماند: { $vars }
translation-group-guidance = راهنما: متن‌های دیگر
translation-group-ui = متن‌های عمومی برنامه
translation-group-file = متن‌های برنامه: { $file }
translation-damaged = بازبینی ذخیره‌شده آسیب دیده بود و کنار گذاشته شد. بازبینی از نسخه‌ای که همراه برنامه ارائه شده است ادامه می‌یابد.

## Export and import
translation-export-heading = خروجی گرفتن برای مترجمان
translation-export-help = این فایل هر متن را همراه با وضعیت بازبینی، متن مبدأ سوئدی و توضیح در بر دارد.
translation-export = خروجی گرفتن فایل
translation-exported = فایل { $file } در پوشهٔ { "exports" } درون پوشهٔ داده‌های برنامه ذخیره شد ({ $bytes } بایت).
translation-import-heading = وارد کردن ترجمهٔ به‌روزشده
translation-import-help = محتوای یک فایل { ".ftl" } را اینجا بچسبانید یا فایلی انتخاب کنید. متن‌هایی که تغییر کرده‌اند دوباره بازبینی‌نشده می‌شوند.
translation-import-text = متنی که وارد می‌شود
translation-import-file = انتخاب یک فایل { ".ftl" }
translation-import = وارد کردن
translation-report-heading = نتیجهٔ وارد کردن
translation-report-errors = خطاهای فایل: { $count }
translation-report-error-line = سطر { $line }: { $message }
translation-report-added = متن‌های جدید: { $count }
translation-report-changed = متن‌های تغییریافته: { $count }
translation-report-unchanged = متن‌های بدون تغییر: { $count }
translation-report-missing = در فایل موجود نیست: { $count }
translation-report-unknown = شناسه‌های ناشناخته ({ "ID" })، نادیده گرفته شدند: { $count }
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
translation-report-reset = بازگشت به بازبینی‌نشده: { $count }

## Show to the person
person-title = نمایش برای فرد
person-intro = تبلت را به فرد بدهید یا صفحه را نشان دهید، مستقیم یا از طریق مترجم. توصیه‌ها به زبان فرد نمایش داده می‌شوند.
person-language = زبان فرد
person-show-mine = به زبان من هم نمایش داده شود
person-exit = پایان نمایش
person-advice-heading = توصیه‌ها
person-contact-show = نمایش توافق‌نامهٔ تماس
person-contact-hide = پنهان کردن توافق‌نامهٔ تماس
person-contact-heading = این چیزی است که بر سر آن توافق کرده‌ایم
person-contact-safe-note = فقط چیزهایی نمایش داده می‌شود که نشان دادنشان روی صفحه امن است: هیچ واژهٔ رمز، هیچ یادداشتی دربارهٔ خانواده و هیچ اطلاعاتی دربارهٔ مترجمان.
person-contact-call = تماس تلفنی امن است
person-contact-when = چه زمانی تماس گرفتن مناسب است
person-contact-sms = پیامک ({ "SMS" })
person-contact-channel = روش ترجیحی تماس
