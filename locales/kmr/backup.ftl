# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: "säkerhetskopia" = "kopiya ewlehiyê" (as in kmr/cover.ftl settings-backup), "återställa" = "vegerandin", "dekryptera" = "şîfreyê vekirin", "uppgift" (record) = "agahî", "behållna" = "mayî", "lägga in" (bring in) = "danîn", "format" = "format".
# It has NOT been approved by a reviewer; the Swedish text (locales/sv/backup.ftl) is authoritative.
# PÊŞNÛSA NENIRXANDÎ: wergera kurmancî ya çavkaniya swêdî (locales/sv/backup.ftl).
# Ji aliyê kontrolkerekî ve NEHATIYE PEJIRANDIN; nivîsa swêdî derbasdar e.
# Terms as in kmr/cases.ftl, kmr/cover.ftl and kmr/ui.ftl: "ärende" = "dosya",
# "krisplan" = "plana krîzê", "kontaktöverenskommelse" = "lihevkirina
# têkiliyê", "situationsbedömning" = "nirxandina rewşê", "möte" = "hevdîtin",
# "kod" = "kod", "lösenfras" = "hevoka şîfreyê", "enhet" = "amûr", "app" =
# "sepan", "version" = "guherto", "kryptera" = "şîfrekirin", "tecken" =
# "karakter", "siffra" = "reqem". Buttons use the short imperative, sentences
# and field labels the polite plural ("hûn").

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.
## Calm and factual: a reminder is not a warning.

backup-title = Kopiya ewlehiyê
backup-intro = Kopiya ewlehiyê pelekî şîfrekirî ye ku hemû dosya tê de ne. Bi wê hûn dikarin dosyayan veguhêzin amûreke nû, an jî heke amûr xera bibe an were guhertin, wan dîsa bi dest bixin.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = Kopiya ewlehiyê ya dawîn: { DATETIME($date, dateStyle: "medium") }
backup-last-never = Hîn tu kopiya ewlehiyê nehatiye çêkirin.
backup-reminder = Dema çêkirina kopiyeke ewlehiyê hatiye, da ku heke tiştek bi amûrê were, dosya winda nebin.

## The reminder in the case list
backup-reminder-cases = Dema çêkirina kopiyeke ewlehiyê hatiye.
backup-reminder-cases-open = Here kopiya ewlehiyê

## Kinds of record (plural)
backup-kind-case = Dosya
backup-kind-crisis_plan = Planên krîzê
backup-kind-contact_agreement = Lihevkirinên têkiliyê
backup-kind-situation_review = Nirxandinên rewşê
backup-kind-meeting = Hevdîtin

## One record of a kind
backup-record-case = Dosya
backup-record-crisis_plan = Plana krîzê
backup-record-contact_agreement = Lihevkirina têkiliyê
backup-record-situation_review = Nirxandina rewşê
backup-record-meeting = Hevdîtin
backup-record-unknown = Cureyekî agahiyê yê nenas

## Making a backup
backup-export-title = Çêkirina kopiya ewlehiyê
backup-export-explain = Ji bo kopiya ewlehiyê hevokeke şîfreyê hilbijêrin. Ew ji koda ku hûn sepanê pê vedikin cuda ye. Divê hevoka şîfreyê herî kêm ji 12 karakteran pêk were û ne tenê ji reqeman be. Çend peyvên ku bi hev ve ne girêdayî ne hêsan tên bîrê û zehmet tên texmînkirin.
backup-export-no-recovery = Ji bo vegerandina kopiya ewlehiyê hevoka şîfreyê pêwîst e. Heke ji bîr bibe, tu kes nikare wê dîsa bibîne.
backup-export-keep-safe = Pelê li cihekî ewle hilînin. Hemû plan bi awayekî şîfrekirî tê de ne.
backup-export-pass = Ji bo kopiya ewlehiyê hevokeke şîfreyê hilbijêrin
backup-export-repeat = Hevoka şîfreyê dîsa binivîsin
backup-export-button = Hilbijêre ku pel li ku were tomarkirin
backup-export-working = Tê şîfrekirin … ev çend çirkeyan dikişîne.
backup-export-done = Kopiya ewlehiyê di pelê { $file } de hate tomarkirin.
backup-export-contents = Naverok
backup-export-damaged = Agahiyên ku li ser vê amûrê nehatin xwendin û ji ber vê yekê ne di kopiya ewlehiyê de ne: { $n }

## Restoring a backup
backup-import-title = Vegerandin ji kopiyeke ewlehiyê
backup-import-explain = Pelekî kopiya ewlehiyê hilbijêrin û hevoka şîfreyê ya ku pê hatiye tomarkirin binivîsin. Berî ku li ser vê amûrê tiştek were guhertin, hemû pel tê kontrolkirin.
backup-import-mode = Kopiya ewlehiyê bi çi awayî were danîn?
backup-import-merge = Lê zêde bike û nû bike
backup-import-merge-help = Her tiştê li ser vê amûrê dimîne. Heke agahiyek li her du cihan hebe, ya ku herî dawî hatiye guhertin derbasdar e.
backup-import-replace = Her tiştî biguherîne
backup-import-replace-help = Hemû dosyayên li ser vê amûrê tên jêbirin, û li şûna wan dosyayên kopiya ewlehiyê tên danîn.
backup-import-replace-warning = Hemû dosyayên ku niha li ser vê amûrê ne tên jêbirin, yên ku ne di kopiya ewlehiyê de ne jî. Ev nayê paşvekirin.
backup-import-confirm = Ez fêm dikim ku hemû dosyayên li ser vê amûrê bi yên kopiya ewlehiyê tên guhertin.
backup-import-pass = Hevoka şîfreyê ya ku kopiya ewlehiyê pê hatiye tomarkirin
backup-import-button = Pelê hilbijêre û vegerîne
backup-import-working = Tê kontrolkirin û şîfre tê vekirin … ev çend çirkeyan dikişîne.
backup-import-done = Kopiya ewlehiyê hate danîn.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = Kopiya ewlehiyê di { DATETIME($date, dateStyle: "medium") } de hatiye çêkirin.
backup-import-changes = Çi hate guhertin
backup-import-col-kind = Cure
backup-import-col-added = Lê zêdekirî
backup-import-col-updated = Nûkirî
backup-import-col-kept = Mayî
backup-import-col-removed = Jêbirî
backup-import-kept-help = Mayî: heman guherto an guhertoyeke nûtir jixwe li ser vê amûrê hebû.
backup-import-nothing = Ne hewce bû ku tiştek were guhertin.
backup-import-skipped = Agahiyên ku nehatin danîn: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] Dosya
        [crisis_plan] Planên krîzê
        [contact_agreement] Lihevkirinên têkiliyê
        [situation_review] Nirxandinên rewşê
        [meeting] Hevdîtin
       *[unknown] Cureyekî agahiyê yê nenas
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] Dosyaya { $case }
        [crisis_plan] Plana krîzê ya dosyaya { $case }
        [contact_agreement] Lihevkirina têkiliyê ya dosyaya { $case }
        [situation_review] Nirxandina rewşê ya dosyaya { $case }
        [meeting] Hevdîtinên dosyaya { $case }
       *[unknown] Cureyekî agahiyê yê nenas di dosyaya { $case } de
    }: { $n }
backup-skip-unknown_kind = Cureyekî agahiyê ku ev guhertoya sepanê nas nake. Ji bo ku ew jî bên danîn, sepanê nû bikin û dîsa vegerînin.
backup-skip-record_version = Bi formateke nûtir hatine tomarkirin ji ya ku ev guhertoya sepanê dikare bixwîne. Ji bo ku ew jî bên danîn, sepanê nû bikin û dîsa vegerînin.
backup-skip-invalid = Agahî ji kontrolên sepanê derbas nabin, wek mînak ji ber ku nivîsek pir dirêj e, û ji ber vê yekê nehatin danîn.
backup-skip-no_case = Dosyaya ku ev agahî girêdayî wê ne, ne di kopiya ewlehiyê de ye û ne jî li ser vê amûrê ye.

## Problems found before anything is sent
backup-problem-mismatch = Hevokên şîfreyê ne wek hev in. Heman hevoka şîfreyê du caran binivîsin.
backup-problem-weak = Hevoka şîfreyê pir kurt e an tenê ji reqeman pêk tê. Divê herî kêm ji 12 karakteran pêk were û ne tenê ji reqeman be.
backup-problem-empty = Hevoka şîfreyê ya ku kopiya ewlehiyê pê hatiye tomarkirin binivîsin.

## Errors
error-weak_backup_passphrase = Hevoka şîfreyê ya kopiya ewlehiyê pir qels e. Divê herî kêm ji 12 karakteran pêk were û ne tenê ji reqeman be. Tu kopiya ewlehiyê nehate tomarkirin.
error-wrong_backup_passphrase = Hevoka şîfreyê li vê kopiya ewlehiyê nayê. Hevoka şîfreyê kontrol bikin û dîsa biceribînin. Li ser vê amûrê tiştek nehatiye guhertin.
error-session_changed = Dema ku karê kopiya ewlehiyê didomiya, sepan hate qufilkirin. Di sepanê de tiştek nehat guhertin. Qufilê vekin û dîsa biceribînin.
error-not_a_backup = Ev pel ne kopiyeke ewlehiyê ya vê sepanê ye. Pelekî din hilbijêrin. Li ser vê amûrê tiştek nehatiye guhertin.
error-backup_newer_version = Kopiya ewlehiyê bi guhertoyeke nûtir a sepanê hatiye çêkirin. Sepanê nû bikin û dîsa biceribînin. Li ser vê amûrê tiştek nehatiye guhertin.
error-backup_damaged = Kopiya ewlehiyê xera bûye an ne temam e û nayê bikaranîn. Kopiyeke din a pelê biceribînin. Li ser vê amûrê tiştek nehatiye guhertin.
error-backup_too_large = Pel ji bo kopiyeke ewlehiyê pir mezin e. Pelekî din hilbijêrin. Li ser vê amûrê tiştek nehatiye guhertin.
error-backup_io = Pel nehate xwendin an tomarkirin. Cihekî din an pelekî din hilbijêrin û dîsa biceribînin. Li ser vê amûrê tiştek nehatiye guhertin.
error-cancelled = Hate betalkirin. Tiştek nehatiye guhertin.

## Hevoka şîfreyê ya qels: çima
error-weak_backup_passphrase-repeat = Texmînkirina hevoka şîfreyê ya kopiya ewlehiyê pir hêsan e: heman tîp an peyvan dubare dike. Çend peyvên ku bi hev re têkildar nînin hilbijêre. Tu kopiya ewlehiyê nehate tomarkirin.
error-weak_backup_passphrase-sequence = Texmînkirina hevoka şîfreyê ya kopiya ewlehiyê pir hêsan e: li pey rêzekê diçe, wek abcdef an 123456. Çend peyvên ku bi hev re têkildar nînin hilbijêre. Tu kopiya ewlehiyê nehate tomarkirin.
error-weak_backup_passphrase-keyboard = Texmînkirina hevoka şîfreyê ya kopiya ewlehiyê pir hêsan e: li pey bişkokên ku li kêleka hev in diçe. Çend peyvên ku bi hev re têkildar nînin hilbijêre. Tu kopiya ewlehiyê nehate tomarkirin.
error-weak_backup_passphrase-common = Texmînkirina hevoka şîfreyê ya kopiya ewlehiyê pir hêsan e: ji şîfre an peyvên berbelav pêk tê. Çend peyvên ku bi hev re têkildar nînin hilbijêre. Tu kopiya ewlehiyê nehate tomarkirin.
error-weak_backup_passphrase-date = Texmînkirina hevoka şîfreyê ya kopiya ewlehiyê pir hêsan e: li ser dîrokekê an salekê hatiye avakirin. Çend peyvên ku bi hev re têkildar nînin hilbijêre. Tu kopiya ewlehiyê nehate tomarkirin.
error-weak_backup_passphrase-guessable = Texmînkirina hevoka şîfreyê ya kopiya ewlehiyê pir hêsan e. Peyvên din ên ku bi hev re têkildar nînin lê zêde bike. Tu kopiya ewlehiyê nehate tomarkirin.
