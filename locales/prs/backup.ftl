# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: uppgift (record) = "مورد" (as in prs/ui.ftl errors); återställa = "بازگرداندن"; läggas in = "داخل شود"; Behållna (column) = "نگه‌داشته‌شده"; format = "فارمت"; ofullständig = "ناتکمیل".
# Machine-assisted Dari (prs) draft of locales/sv/backup.ftl; NOT approved by a reviewer. The Swedish text is authoritative.
# Written with Afghan Dari vocabulary (e.g. کاپی، اپلیکیشن، قضیه، پلان، کوشش، داخل کردن، مصون، کنترول، فارمت), not copied from fa.
# مسودهٔ بازبینی‌ناشده: ترجمهٔ دری با کمک ماشین از متن اصلی سویدنی (locales/sv/backup.ftl). متن سویدنی معتبر است.
# Terms follow prs/cases.ftl, prs/cover.ftl and prs/ui.ftl: säkerhetskopia = "کاپی احتیاطی";
# lösenfras = "عبارت رمز"; kod = "رمز"; ärende = "قضیه"; krisplan = "پلان بحران";
# kontaktöverenskommelse = "توافق تماس"; situationsbedömning = "ارزیابی وضعیت";
# möte = "ملاقات"; enhet = "دستگاه"; app = "اپلیکیشن"; tecken = "حرف".

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.

backup-title = کاپی احتیاطی
backup-intro = کاپی احتیاطی یک فایل رمزگذاری‌شده است که تمام قضایا در آن است. با آن می‌توانید قضایا را به یک دستگاه جدید انتقال دهید، یا اگر دستگاه خراب شود یا عوض شود، آن‌ها را دوباره به دست آورید.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = آخرین کاپی احتیاطی: { DATETIME($date, dateStyle: "medium") }
backup-last-never = تا حال هیچ کاپی احتیاطی گرفته نشده است.
backup-reminder = وقت آن رسیده که یک کاپی احتیاطی بگیرید، تا اگر به دستگاه کدام اتفاقی بیفتد، قضایا باقی بمانند.

## The reminder in the case list
backup-reminder-cases = وقت آن رسیده که یک کاپی احتیاطی بگیرید.
backup-reminder-cases-open = رفتن به کاپی احتیاطی

## Kinds of record (plural)
backup-kind-case = قضایا
backup-kind-crisis_plan = پلان‌های بحران
backup-kind-contact_agreement = توافق‌های تماس
backup-kind-situation_review = ارزیابی‌های وضعیت
backup-kind-meeting = ملاقات‌ها

## One record of a kind
backup-record-case = قضیه
backup-record-crisis_plan = پلان بحران
backup-record-contact_agreement = توافق تماس
backup-record-situation_review = ارزیابی وضعیت
backup-record-meeting = ملاقات
backup-record-unknown = مورد از نوع نامعلوم

## Making a backup
backup-export-title = گرفتن کاپی احتیاطی
backup-export-explain = برای کاپی احتیاطی یک عبارت رمز انتخاب کنید. این عبارت از رمزی که با آن اپلیکیشن را باز می‌کنید جدا است. عبارت رمز باید حداقل 12 حرف داشته باشد و نباید تنها از رقم‌ها ساخته شده باشد. چند کلمه که با هم ربطی ندارند، آسان به یاد می‌مانند و مشکل حدس زده می‌شوند.
backup-export-no-recovery = برای بازگرداندن کاپی احتیاطی، عبارت رمز ضرورت است. اگر فراموش شود، هیچ کس آن را دوباره به دست آورده نمی‌تواند.
backup-export-keep-safe = فایل را در یک جای مصون نگه دارید. تمام پلان‌ها، به شکل رمزگذاری‌شده، در آن است.
backup-export-pass = یک عبارت رمز برای کاپی احتیاطی انتخاب کنید
backup-export-repeat = عبارت رمز را دوباره بنویسید
backup-export-button = انتخاب جای ذخیرهٔ فایل
backup-export-working = در حال رمزگذاری … چند ثانیه وقت می‌گیرد.
backup-export-done = کاپی احتیاطی در فایل { $file } ذخیره شد.
backup-export-contents = محتوا
backup-export-damaged = مواردی که در این دستگاه خوانده شده نتوانستند و به همین دلیل در کاپی احتیاطی شامل نیستند: { $n }

## Restoring a backup
backup-import-title = بازگرداندن از کاپی احتیاطی
backup-import-explain = یک فایل کاپی احتیاطی را انتخاب کنید و عبارت رمزی را که با آن ذخیره شده است بنویسید. پیش از اینکه در این دستگاه چیزی تغییر کند، تمام فایل بررسی می‌شود.
backup-import-mode = کاپی احتیاطی چطور داخل شود؟
backup-import-merge = اضافه کردن و تازه کردن
backup-import-merge-help = هر چیزی که در این دستگاه است باقی می‌ماند. اگر یک مورد در هر دو جا باشد، آنکه آخرتر تغییر داده شده است، اعتبار دارد.
backup-import-replace = عوض کردن همه چیز
backup-import-replace-help = تمام قضایای این دستگاه پاک می‌شوند و قضایای کاپی احتیاطی به جای آن‌ها داخل می‌شوند.
backup-import-replace-warning = تمام قضایایی که حالا در این دستگاه است پاک می‌شوند، حتی آنهایی که در کاپی احتیاطی نیستند. این کار قابل برگشت نیست.
backup-import-confirm = می‌فهمم که تمام قضایای این دستگاه با قضایای کاپی احتیاطی عوض می‌شوند.
backup-import-pass = عبارت رمزی که کاپی احتیاطی با آن ذخیره شده است
backup-import-button = انتخاب فایل و بازگرداندن
backup-import-working = در حال بررسی و رمزگشایی … چند ثانیه وقت می‌گیرد.
backup-import-done = کاپی احتیاطی داخل شد.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = کاپی احتیاطی به تاریخ { DATETIME($date, dateStyle: "medium") } گرفته شده است.
backup-import-changes = چه چیزهایی تغییر کرد
backup-import-col-kind = نوع
backup-import-col-added = اضافه‌شده
backup-import-col-updated = تازه‌شده
backup-import-col-kept = نگه‌داشته‌شده
backup-import-col-removed = پاک‌شده
backup-import-kept-help = نگه‌داشته‌شده: همین نسخه یا یک نسخهٔ جدیدتر از قبل در این دستگاه موجود بود.
backup-import-nothing = هیچ چیز به تغییر ضرورت نداشت.
backup-import-skipped = مواردی که داخل نشدند: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] قضایا
        [crisis_plan] پلان‌های بحران
        [contact_agreement] توافق‌های تماس
        [situation_review] ارزیابی‌های وضعیت
        [meeting] ملاقات‌ها
       *[unknown] موارد از نوع نامعلوم
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] قضیه
        [crisis_plan] پلان بحران
        [contact_agreement] توافق تماس
        [situation_review] ارزیابی وضعیت
        [meeting] ملاقات‌ها
       *[unknown] موارد از نوع نامعلوم
    } در قضیهٔ { $case }: { $n }
backup-skip-unknown_kind = یک نوع مورد که این نسخهٔ اپلیکیشن آن را نمی‌شناسد. اپلیکیشن را تازه (آپدیت) کنید و دوباره بازگردانی کنید تا این موارد هم شامل شوند.
backup-skip-record_version = در یک فارمت جدیدتر از آنچه این نسخهٔ اپلیکیشن خوانده می‌تواند ذخیره شده‌اند. اپلیکیشن را تازه (آپدیت) کنید و دوباره بازگردانی کنید تا این موارد هم شامل شوند.
backup-skip-invalid = این موارد از کنترول‌های اپلیکیشن نمی‌گذرند، مثلاً به خاطری که یک متن بسیار طولانی است، و به همین دلیل داخل نشدند.
backup-skip-no_case = قضیه‌ای که این موارد به آن مربوط است، نه در کاپی احتیاطی است و نه در این دستگاه.

## Problems found before anything is sent
backup-problem-mismatch = عبارت‌های رمز یکسان نیستند. عین عبارت رمز را دو بار بنویسید.
backup-problem-weak = عبارت رمز بسیار کوتاه است یا تنها از رقم‌ها ساخته شده است. باید حداقل 12 حرف داشته باشد و نباید تنها از رقم‌ها ساخته شده باشد.
backup-problem-empty = عبارت رمزی را که کاپی احتیاطی با آن ذخیره شده است بنویسید.

## Errors
error-weak_backup_passphrase = عبارت رمز کاپی احتیاطی بسیار ضعیف است. باید حداقل 12 حرف داشته باشد و نباید تنها از رقم‌ها ساخته شده باشد. هیچ کاپی احتیاطی ذخیره نشد.
error-wrong_backup_passphrase = عبارت رمز با این کاپی احتیاطی مطابقت ندارد. عبارت رمز را بررسی کنید و دوباره کوشش کنید. در این دستگاه هیچ چیز تغییر نکرده است.
error-session_changed = اپلیکیشن در جریان کار کاپی احتیاطی قفل شد. در اپلیکیشن هیچ چیز تغییر نکرد. قفل را باز کنید و دوباره کوشش کنید.
error-not_a_backup = این فایل کاپی احتیاطیِ این اپلیکیشن نیست. یک فایل دیگر انتخاب کنید. در این دستگاه هیچ چیز تغییر نکرده است.
error-backup_newer_version = کاپی احتیاطی با یک نسخهٔ جدیدتر اپلیکیشن گرفته شده است. اپلیکیشن را تازه (آپدیت) کنید و دوباره کوشش کنید. در این دستگاه هیچ چیز تغییر نکرده است.
error-backup_damaged = کاپی احتیاطی خراب یا ناتکمیل است و استفاده شده نمی‌تواند. یک کاپی دیگر این فایل را امتحان کنید. در این دستگاه هیچ چیز تغییر نکرده است.
error-backup_too_large = این فایل برای اینکه کاپی احتیاطی باشد بسیار بزرگ است. یک فایل دیگر انتخاب کنید. در این دستگاه هیچ چیز تغییر نکرده است.
error-backup_io = فایل خوانده یا ذخیره شده نتوانست. یک جای دیگر یا یک فایل دیگر انتخاب کنید و دوباره کوشش کنید. در این دستگاه هیچ چیز تغییر نکرده است.
error-cancelled = لغو شد. هیچ چیز تغییر نکرد.

## عبارت رمز ضعیف: چرا
error-weak_backup_passphrase-repeat = حدس زدن عبارت رمز کاپی احتیاطی بسیار آسان است: همان حرف‌ها یا کلمه‌ها را تکرار می‌کند. چند کلمه انتخاب کنید که با هم ربط ندارند. هیچ کاپی احتیاطی ذخیره نشد.
error-weak_backup_passphrase-sequence = حدس زدن عبارت رمز کاپی احتیاطی بسیار آسان است: یک ترتیب را دنبال می‌کند، مانند { "abcdef" } یا 123456. چند کلمه انتخاب کنید که با هم ربط ندارند. هیچ کاپی احتیاطی ذخیره نشد.
error-weak_backup_passphrase-keyboard = حدس زدن عبارت رمز کاپی احتیاطی بسیار آسان است: کلیدهایی را دنبال می‌کند که پهلوی هم قرار دارند. چند کلمه انتخاب کنید که با هم ربط ندارند. هیچ کاپی احتیاطی ذخیره نشد.
error-weak_backup_passphrase-common = حدس زدن عبارت رمز کاپی احتیاطی بسیار آسان است: از رمزها یا کلمه‌های معمول ساخته شده است. چند کلمه انتخاب کنید که با هم ربط ندارند. هیچ کاپی احتیاطی ذخیره نشد.
error-weak_backup_passphrase-date = حدس زدن عبارت رمز کاپی احتیاطی بسیار آسان است: بر اساس یک تاریخ یا یک سال است. چند کلمه انتخاب کنید که با هم ربط ندارند. هیچ کاپی احتیاطی ذخیره نشد.
error-weak_backup_passphrase-guessable = حدس زدن عبارت رمز کاپی احتیاطی بسیار آسان است. کلمه‌های بیشتری اضافه کنید که با هم ربط ندارند. هیچ کاپی احتیاطی ذخیره نشد.
