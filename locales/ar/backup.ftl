# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: uppgift (record) = "عنصر" (as in ar/ui.ftl errors); läggas in = "تُستعاد"/"تُدرَج"; Behållna (column) = "محتفَظ بها"; lösenfras = "عبارة المرور" (as in ar/cover.ftl); Avbrutet = "أُلغيت العملية".
# Machine-assisted Arabic (ar) draft of locales/sv/backup.ftl; NOT approved by a reviewer. The Swedish text is authoritative.
# مسودة غير مراجعة: ترجمة عربية أُعدّت بمساعدة الآلة عن النص السويدي المصدر (locales/sv/backup.ftl). النص السويدي هو المرجع المعتمد.
# Terms follow ar/cases.ftl, ar/cover.ftl and ar/ui.ftl: säkerhetskopia = "نسخة احتياطية";
# ärende = "حالة"; krisplan = "خطة الأزمة"; kontaktöverenskommelse = "اتفاق التواصل";
# situationsbedömning = "تقييم الوضع"; möte = "لقاء"; kod = "الرمز"; enhet = "الجهاز";
# version = "إصدار"; tecken = "حرف". The UI formats numbers for the locale; a count
# that agrees with a noun has a plural select with all six Arabic categories, while
# list lines keep the "label: number" form (e.g. "عناصر لم تُدرَج: 3").

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.

backup-title = النسخة الاحتياطية
backup-intro = النسخة الاحتياطية ملف مشفّر يضم جميع الحالات. بواسطته يمكنك نقل الحالات إلى جهاز جديد، أو استعادتها إذا تعطّل الجهاز أو استُبدل.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = آخر نسخة احتياطية: { DATETIME($date, dateStyle: "medium") }
backup-last-never = لم تُنشأ أي نسخة احتياطية بعد.
backup-reminder = حان وقت إنشاء نسخة احتياطية، كي تبقى الحالات محفوظة إذا حدث أي شيء للجهاز.

## The reminder in the case list
backup-reminder-cases = حان وقت إنشاء نسخة احتياطية.
backup-reminder-cases-open = الانتقال إلى النسخة الاحتياطية

## Kinds of record (plural)
backup-kind-case = الحالات
backup-kind-crisis_plan = خطط الأزمة
backup-kind-contact_agreement = اتفاقات التواصل
backup-kind-situation_review = تقييمات الوضع
backup-kind-meeting = اللقاءات

## One record of a kind
backup-record-case = حالة
backup-record-crisis_plan = خطة الأزمة
backup-record-contact_agreement = اتفاق التواصل
backup-record-situation_review = تقييم الوضع
backup-record-meeting = لقاء
backup-record-unknown = عنصر من نوع غير معروف

## Making a backup
backup-export-title = إنشاء نسخة احتياطية
backup-export-explain = اختر عبارة مرور للنسخة الاحتياطية. وهي منفصلة عن الرمز الذي تفتح به التطبيق. يجب أن تتكون عبارة المرور من 12 حرفًا على الأقل، وألا تقتصر على الأرقام. عدة كلمات لا علاقة بينها يسهل تذكرها ويصعب تخمينها.
backup-export-no-recovery = عبارة المرور ضرورية لاستعادة النسخة الاحتياطية. لا يستطيع أحد استرجاعها إذا نُسيت.
backup-export-keep-safe = احفظ الملف في مكان آمن. فهو يحتوي على جميع الخطط، مشفّرةً.
backup-export-pass = اختر عبارة مرور للنسخة الاحتياطية
backup-export-repeat = اكتب عبارة المرور مرة أخرى
backup-export-button = اختيار مكان حفظ الملف
backup-export-working = جارٍ التشفير … يستغرق ذلك بضع ثوانٍ.
backup-export-done = حُفظت النسخة الاحتياطية في الملف { $file }.
backup-export-contents = المحتوى
# Variables:
#   $n (Number) - how many records
backup-export-damaged =
    { $n ->
        [zero] لا توجد عناصر تعذّرت قراءتها على هذا الجهاز.
        [one] تعذّرت قراءة عنصر واحد على هذا الجهاز، ولذلك لم يُضمَّن في النسخة الاحتياطية.
        [two] تعذّرت قراءة عنصرين على هذا الجهاز، ولذلك لم يُضمَّنا في النسخة الاحتياطية.
        [few] تعذّرت قراءة { $n } عناصر على هذا الجهاز، ولذلك لم تُضمَّن في النسخة الاحتياطية.
        [many] تعذّرت قراءة { $n } عنصرًا على هذا الجهاز، ولذلك لم تُضمَّن في النسخة الاحتياطية.
       *[other] تعذّرت قراءة { $n } عنصر على هذا الجهاز، ولذلك لم تُضمَّن في النسخة الاحتياطية.
    }

## Restoring a backup
backup-import-title = الاستعادة من نسخة احتياطية
backup-import-explain = اختر ملفًا يحتوي على نسخة احتياطية، واكتب عبارة المرور التي حُفظت بها. يُفحص الملف كاملًا قبل أن يتغير أي شيء على هذا الجهاز.
backup-import-mode = كيف تُستعاد النسخة الاحتياطية؟
backup-import-merge = الإضافة والتحديث
backup-import-merge-help = يبقى كل ما على هذا الجهاز. إذا وُجد عنصر في المكانين، يُعتمد العنصر الذي عُدّل في وقت أحدث.
backup-import-replace = استبدال كل شيء
backup-import-replace-help = تُحذف جميع الحالات على هذا الجهاز، وتُدرَج حالات النسخة الاحتياطية مكانها.
backup-import-replace-warning = تُحذف جميع الحالات الموجودة الآن على هذا الجهاز، حتى تلك غير الموجودة في النسخة الاحتياطية. لا يمكن التراجع عن ذلك.
backup-import-confirm = أفهم أن جميع الحالات على هذا الجهاز ستُستبدل بحالات النسخة الاحتياطية.
backup-import-pass = عبارة المرور التي حُفظت بها النسخة الاحتياطية
backup-import-button = اختيار الملف والاستعادة
backup-import-working = جارٍ الفحص وفك التشفير … يستغرق ذلك بضع ثوانٍ.
backup-import-done = تمت استعادة النسخة الاحتياطية.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = أُنشئت النسخة الاحتياطية في { DATETIME($date, dateStyle: "medium") }.
backup-import-changes = ما الذي تغيّر
backup-import-col-kind = النوع
backup-import-col-added = مضافة
backup-import-col-updated = محدَّثة
backup-import-col-kept = محتفَظ بها
backup-import-col-removed = محذوفة
backup-import-kept-help = محتفَظ بها: كان الإصدار نفسه أو إصدار أحدث موجودًا بالفعل على هذا الجهاز.
backup-import-nothing = لم يلزم تغيير أي شيء.
backup-import-skipped = عناصر لم تُدرَج: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] الحالات
        [crisis_plan] خطط الأزمة
        [contact_agreement] اتفاقات التواصل
        [situation_review] تقييمات الوضع
        [meeting] اللقاءات
       *[unknown] عناصر من نوع غير معروف
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] الحالة { $case }
        [crisis_plan] خطة الأزمة في الحالة { $case }
        [contact_agreement] اتفاق التواصل في الحالة { $case }
        [situation_review] تقييم الوضع في الحالة { $case }
        [meeting] اللقاءات في الحالة { $case }
       *[unknown] عناصر من نوع غير معروف في الحالة { $case }
    }: { $n }
backup-skip-unknown_kind = نوع من العناصر لا يعرفه هذا الإصدار من التطبيق. حدّث التطبيق واستعد النسخة الاحتياطية مرة أخرى لتضمين هذه العناصر.
backup-skip-record_version = محفوظة بتنسيق أحدث مما يستطيع هذا الإصدار من التطبيق قراءته. حدّث التطبيق واستعد النسخة الاحتياطية مرة أخرى لتضمين هذه العناصر.
backup-skip-invalid = لا تجتاز هذه العناصر فحوص التطبيق، مثلًا لأن أحد النصوص طويل جدًا، ولذلك لم تُدرَج.
backup-skip-no_case = الحالة التي تنتمي إليها هذه العناصر غير موجودة في النسخة الاحتياطية ولا على هذا الجهاز.

## Problems found before anything is sent
backup-problem-mismatch = عبارتا المرور غير متطابقتين. اكتب عبارة المرور نفسها مرتين.
backup-problem-weak = عبارة المرور قصيرة جدًا أو تتكون من أرقام فقط. يجب أن تتكون من 12 حرفًا على الأقل، وألا تقتصر على الأرقام.
backup-problem-empty = اكتب عبارة المرور التي حُفظت بها النسخة الاحتياطية.

## Errors
error-weak_backup_passphrase = عبارة مرور النسخة الاحتياطية ضعيفة جدًا. يجب أن تتكون من 12 حرفًا على الأقل، وألا تقتصر على الأرقام. لم تُحفظ أي نسخة احتياطية.
error-wrong_backup_passphrase = عبارة المرور لا تطابق هذه النسخة الاحتياطية. تحقق من عبارة المرور وحاول مرة أخرى. لم يتغير شيء على هذا الجهاز.
error-session_changed = قُفل التطبيق أثناء عملية النسخ الاحتياطي. لم يتغير شيء في التطبيق. افتح القفل وحاول مرة أخرى.
error-not_a_backup = هذا الملف ليس نسخة احتياطية من هذا التطبيق. اختر ملفًا آخر. لم يتغير شيء على هذا الجهاز.
error-backup_newer_version = أُنشئت النسخة الاحتياطية بإصدار أحدث من التطبيق. حدّث التطبيق وحاول مرة أخرى. لم يتغير شيء على هذا الجهاز.
error-backup_damaged = النسخة الاحتياطية تالفة أو ناقصة ولا يمكن استخدامها. جرّب نسخة أخرى من الملف. لم يتغير شيء على هذا الجهاز.
error-backup_too_large = الملف أكبر من أن يكون نسخة احتياطية. اختر ملفًا آخر. لم يتغير شيء على هذا الجهاز.
error-backup_io = تعذّرت قراءة الملف أو حفظه. اختر مكانًا أو ملفًا آخر وحاول مرة أخرى. لم يتغير شيء على هذا الجهاز.
error-cancelled = أُلغيت العملية. لم يتغير شيء.

## عبارة مرور ضعيفة: السبب
error-weak_backup_passphrase-repeat = من السهل جدًا تخمين عبارة مرور النسخة الاحتياطية: فهي تكرر الأحرف أو الكلمات نفسها. اختر عدة كلمات لا رابط بينها. لم تُحفظ أي نسخة احتياطية.
error-weak_backup_passphrase-sequence = من السهل جدًا تخمين عبارة مرور النسخة الاحتياطية: فهي تتبع ترتيبًا، مثل { "abcdef" } أو 123456. اختر عدة كلمات لا رابط بينها. لم تُحفظ أي نسخة احتياطية.
error-weak_backup_passphrase-keyboard = من السهل جدًا تخمين عبارة مرور النسخة الاحتياطية: فهي تتبع مفاتيح متجاورة. اختر عدة كلمات لا رابط بينها. لم تُحفظ أي نسخة احتياطية.
error-weak_backup_passphrase-common = من السهل جدًا تخمين عبارة مرور النسخة الاحتياطية: فهي مكوّنة من كلمات مرور أو كلمات شائعة. اختر عدة كلمات لا رابط بينها. لم تُحفظ أي نسخة احتياطية.
error-weak_backup_passphrase-date = من السهل جدًا تخمين عبارة مرور النسخة الاحتياطية: فهي مبنية على تاريخ أو سنة. اختر عدة كلمات لا رابط بينها. لم تُحفظ أي نسخة احتياطية.
error-weak_backup_passphrase-guessable = من السهل جدًا تخمين عبارة مرور النسخة الاحتياطية. أضف مزيدًا من الكلمات التي لا رابط بينها. لم تُحفظ أي نسخة احتياطية.
