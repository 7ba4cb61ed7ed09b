# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: uppgift (record) = "مورد" (as in fa/ui.ftl errors); alla planer = "همهٔ برنامه‌های بحران" (plain "برنامه‌ها" would read as "apps"); läggas in = "وارد شود"; Behållna (column) = "حفظ‌شده"; återställa = "بازگرداندن".
# Machine-assisted Persian/Farsi (fa) draft of locales/sv/backup.ftl; NOT approved by a reviewer. The Swedish text is authoritative.
# پیش‌نویس بازبینی‌نشده: ترجمهٔ فارسی با کمک ماشین از متن مبدأ سوئدی (locales/sv/backup.ftl). متن سوئدی معتبر است.
# Terms follow fa/cases.ftl, fa/cover.ftl and fa/ui.ftl: säkerhetskopia = "نسخهٔ پشتیبان";
# lösenfras = "عبارت عبور"; kod = "رمز"; ärende = "پرونده"; krisplan = "برنامهٔ بحران";
# kontaktöverenskommelse = "توافق‌نامهٔ تماس"; situationsbedömning = "ارزیابی وضعیت";
# möte = "ملاقات"; enhet = "دستگاه"; app = "برنامه"; tecken = "نویسه".

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.

backup-title = نسخهٔ پشتیبان
backup-intro = نسخهٔ پشتیبان فایلی رمزگذاری‌شده است که همهٔ پرونده‌ها را در بر دارد. با آن می‌توانید پرونده‌ها را به دستگاه جدیدی منتقل کنید، یا اگر دستگاه خراب یا عوض شد، آن‌ها را برگردانید.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = آخرین نسخهٔ پشتیبان: { DATETIME($date, dateStyle: "medium") }
backup-last-never = هنوز هیچ نسخهٔ پشتیبانی تهیه نشده است.
backup-reminder = وقت آن است که یک نسخهٔ پشتیبان تهیه کنید تا اگر برای دستگاه اتفاقی افتاد، پرونده‌ها از دست نروند.

## The reminder in the case list
backup-reminder-cases = وقت آن است که یک نسخهٔ پشتیبان تهیه کنید.
backup-reminder-cases-open = رفتن به نسخهٔ پشتیبان

## Kinds of record (plural)
backup-kind-case = پرونده‌ها
backup-kind-crisis_plan = برنامه‌های بحران
backup-kind-contact_agreement = توافق‌نامه‌های تماس
backup-kind-situation_review = ارزیابی‌های وضعیت
backup-kind-meeting = ملاقات‌ها

## One record of a kind
backup-record-case = پرونده
backup-record-crisis_plan = برنامهٔ بحران
backup-record-contact_agreement = توافق‌نامهٔ تماس
backup-record-situation_review = ارزیابی وضعیت
backup-record-meeting = ملاقات
backup-record-unknown = مورد از نوع ناشناخته

## Making a backup
backup-export-title = تهیهٔ نسخهٔ پشتیبان
backup-export-explain = برای نسخهٔ پشتیبان یک عبارت عبور انتخاب کنید. این عبارت با رمزی که برنامه را با آن باز می‌کنید فرق دارد. عبارت عبور باید دست‌کم 12 نویسه داشته باشد و نباید فقط از رقم تشکیل شده باشد. چند واژه که به هم ربطی ندارند آسان به خاطر سپرده می‌شوند و دشوار حدس زده می‌شوند.
backup-export-no-recovery = برای بازگرداندن نسخهٔ پشتیبان به عبارت عبور نیاز است. اگر فراموش شود، هیچ‌کس نمی‌تواند آن را بازیابی کند.
backup-export-keep-safe = فایل را در جای امنی نگه دارید. این فایل همهٔ برنامه‌های بحران را، به‌صورت رمزگذاری‌شده، در بر دارد.
backup-export-pass = یک عبارت عبور برای نسخهٔ پشتیبان انتخاب کنید
backup-export-repeat = عبارت عبور را دوباره بنویسید
backup-export-button = انتخاب محل ذخیرهٔ فایل
backup-export-working = در حال رمزگذاری … چند ثانیه طول می‌کشد.
backup-export-done = نسخهٔ پشتیبان در فایل { $file } ذخیره شد.
backup-export-contents = محتوا
backup-export-damaged = مواردی که روی این دستگاه خوانده نشدند و به همین دلیل در نسخهٔ پشتیبان نیستند: { $n }

## Restoring a backup
backup-import-title = بازگرداندن از نسخهٔ پشتیبان
backup-import-explain = فایل نسخهٔ پشتیبان را انتخاب کنید و عبارت عبوری را که با آن ذخیره شده است بنویسید. پیش از آنکه چیزی روی این دستگاه تغییر کند، کل فایل بررسی می‌شود.
backup-import-mode = نسخهٔ پشتیبان چگونه وارد شود؟
backup-import-merge = افزودن و به‌روزرسانی
backup-import-merge-help = همه‌چیز روی این دستگاه باقی می‌ماند. اگر موردی در هر دو جا باشد، آنکه آخر از همه تغییر کرده است معتبر است.
backup-import-replace = جایگزینی همه‌چیز
backup-import-replace-help = همهٔ پرونده‌های این دستگاه حذف می‌شوند و پرونده‌های نسخهٔ پشتیبان به‌جای آن‌ها وارد می‌شوند.
backup-import-replace-warning = همهٔ پرونده‌هایی که اکنون روی این دستگاه هستند حذف می‌شوند، حتی آن‌هایی که در نسخهٔ پشتیبان نیستند. این کار برگشت‌پذیر نیست.
backup-import-confirm = می‌دانم که همهٔ پرونده‌های این دستگاه با پرونده‌های نسخهٔ پشتیبان جایگزین می‌شوند.
backup-import-pass = عبارت عبوری که نسخهٔ پشتیبان با آن ذخیره شده است
backup-import-button = انتخاب فایل و بازگرداندن
backup-import-working = در حال بررسی و رمزگشایی … چند ثانیه طول می‌کشد.
backup-import-done = نسخهٔ پشتیبان وارد شد.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = نسخهٔ پشتیبان در { DATETIME($date, dateStyle: "medium") } تهیه شده است.
backup-import-changes = چه چیزهایی تغییر کرد
backup-import-col-kind = نوع
backup-import-col-added = افزوده‌شده
backup-import-col-updated = به‌روزشده
backup-import-col-kept = حفظ‌شده
backup-import-col-removed = حذف‌شده
backup-import-kept-help = حفظ‌شده: همان نسخه یا نسخه‌ای جدیدتر از قبل روی این دستگاه بود.
backup-import-nothing = هیچ چیز نیازی به تغییر نداشت.
backup-import-skipped = مواردی که وارد نشدند: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] پرونده‌ها
        [crisis_plan] برنامه‌های بحران
        [contact_agreement] توافق‌نامه‌های تماس
        [situation_review] ارزیابی‌های وضعیت
        [meeting] ملاقات‌ها
       *[unknown] موارد از نوع ناشناخته
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] پرونده
        [crisis_plan] برنامهٔ بحران
        [contact_agreement] توافق‌نامهٔ تماس
        [situation_review] ارزیابی وضعیت
        [meeting] ملاقات‌ها
       *[unknown] موارد از نوع ناشناخته
    } در پروندهٔ { $case }: { $n }
backup-skip-unknown_kind = نوعی از موارد که این نسخه از برنامه آن را نمی‌شناسد. برنامه را به‌روز کنید و دوباره بازگردانی کنید تا این موارد هم وارد شوند.
backup-skip-record_version = با قالبی جدیدتر از آنچه این نسخه از برنامه می‌تواند بخواند ذخیره شده‌اند. برنامه را به‌روز کنید و دوباره بازگردانی کنید تا این موارد هم وارد شوند.
backup-skip-invalid = این موارد از بررسی‌های برنامه رد شدند، برای نمونه چون یک متن بیش از حد طولانی است، و به همین دلیل وارد نشدند.
backup-skip-no_case = پرونده‌ای که این موارد به آن تعلق دارند نه در نسخهٔ پشتیبان هست و نه روی این دستگاه.

## Problems found before anything is sent
backup-problem-mismatch = دو عبارت عبور یکسان نیستند. همان عبارت عبور را دو بار بنویسید.
backup-problem-weak = عبارت عبور خیلی کوتاه است یا فقط از رقم تشکیل شده است. باید دست‌کم 12 نویسه داشته باشد و نباید فقط از رقم تشکیل شده باشد.
backup-problem-empty = عبارت عبوری را که نسخهٔ پشتیبان با آن ذخیره شده است بنویسید.

## Errors
error-weak_backup_passphrase = عبارت عبور نسخهٔ پشتیبان بیش از حد ضعیف است. باید دست‌کم 12 نویسه داشته باشد و نباید فقط از رقم تشکیل شده باشد. هیچ نسخهٔ پشتیبانی ذخیره نشد.
error-wrong_backup_passphrase = عبارت عبور با این نسخهٔ پشتیبان مطابقت ندارد. عبارت عبور را بررسی کنید و دوباره امتحان کنید. هیچ چیز روی این دستگاه تغییر نکرده است.
error-session_changed = برنامه در حین کار نسخهٔ پشتیبان قفل شد. هیچ چیز در برنامه تغییر نکرد. قفل را باز کنید و دوباره امتحان کنید.
error-not_a_backup = این فایل نسخهٔ پشتیبانی از این برنامه نیست. فایل دیگری انتخاب کنید. هیچ چیز روی این دستگاه تغییر نکرده است.
error-backup_newer_version = نسخهٔ پشتیبان با نسخهٔ جدیدتری از برنامه تهیه شده است. برنامه را به‌روز کنید و دوباره امتحان کنید. هیچ چیز روی این دستگاه تغییر نکرده است.
error-backup_damaged = نسخهٔ پشتیبان آسیب دیده یا ناقص است و قابل استفاده نیست. کپی دیگری از فایل را امتحان کنید. هیچ چیز روی این دستگاه تغییر نکرده است.
error-backup_too_large = این فایل بزرگ‌تر از آن است که نسخهٔ پشتیبان باشد. فایل دیگری انتخاب کنید. هیچ چیز روی این دستگاه تغییر نکرده است.
error-backup_io = فایل خوانده یا ذخیره نشد. جای دیگر یا فایل دیگری انتخاب کنید و دوباره امتحان کنید. هیچ چیز روی این دستگاه تغییر نکرده است.
error-cancelled = لغو شد. هیچ چیز تغییر نکرد.

## عبارت عبور ضعیف: چرا
error-weak_backup_passphrase-repeat = حدس زدن عبارت عبور نسخهٔ پشتیبان خیلی آسان است: همان نویسه‌ها یا واژه‌ها را تکرار می‌کند. چند واژه انتخاب کنید که به هم ربطی ندارند. هیچ نسخهٔ پشتیبانی ذخیره نشد.
error-weak_backup_passphrase-sequence = حدس زدن عبارت عبور نسخهٔ پشتیبان خیلی آسان است: از یک ترتیب پیروی می‌کند، مثل { "abcdef" } یا 123456. چند واژه انتخاب کنید که به هم ربطی ندارند. هیچ نسخهٔ پشتیبانی ذخیره نشد.
error-weak_backup_passphrase-keyboard = حدس زدن عبارت عبور نسخهٔ پشتیبان خیلی آسان است: از کلیدهایی پیروی می‌کند که کنار هم قرار دارند. چند واژه انتخاب کنید که به هم ربطی ندارند. هیچ نسخهٔ پشتیبانی ذخیره نشد.
error-weak_backup_passphrase-common = حدس زدن عبارت عبور نسخهٔ پشتیبان خیلی آسان است: از گذرواژه‌ها یا واژه‌های رایج ساخته شده است. چند واژه انتخاب کنید که به هم ربطی ندارند. هیچ نسخهٔ پشتیبانی ذخیره نشد.
error-weak_backup_passphrase-date = حدس زدن عبارت عبور نسخهٔ پشتیبان خیلی آسان است: بر پایهٔ یک تاریخ یا یک سال است. چند واژه انتخاب کنید که به هم ربطی ندارند. هیچ نسخهٔ پشتیبانی ذخیره نشد.
error-weak_backup_passphrase-guessable = حدس زدن عبارت عبور نسخهٔ پشتیبان خیلی آسان است. واژه‌های بیشتری اضافه کنید که به هم ربطی ندارند. هیچ نسخهٔ پشتیبانی ذخیره نشد.
