# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: "säkerhetskopia" = "ቅዳሕ ድሕነት" (as in ti/cover.ftl settings-backup), "återställa" = "ምምላስ", "dekryptera" = "ምስጠራ ምፍታሕ", "uppgift" (record) = "ሓበሬታ" (plural "ሓበሬታታት"), "behållna" = "ዝጸንሑ", "lägga in" (bring in) = "ምእታው", "format" = "ቅርጺ", plurals "ስምምዓት ምርኻብ" and "ገምጋማት ኩነታት".
# It has NOT been approved by a reviewer; the Swedish text (locales/sv/backup.ftl) is authoritative.
# ዘይተገምገመ ንድፊ፦ ካብቲ ናይ ሽወደን ምንጪ (locales/sv/backup.ftl) ዝተዳለወ ትርጉም
# ትግርኛ። ብገምጋሚ ኣይጸደቐን፤ እቲ ናይ ሽወደን ጽሑፍ እዩ ወሳኒ።
# Terms as in ti/cases.ftl, ti/cover.ftl and ti/ui.ftl: "ärende" = "ጉዳይ",
# "krisplan" = "ናይ ቅልውላው መደብ", "kontaktöverenskommelse" = "ስምምዕ ምርኻብ",
# "situationsbedömning" = "ገምጋም ኩነታት", "möte" = "ርክብ", "kod" = "ኮድ",
# "lösenfras" = "ምስጢራዊ ሓረግ", "enhet" = "መሳርሒ", "app" = "ኣፕ", "version" =
# "ስሪት", "kryptera" = "ምምስጣር", "tecken" = "ምልክት", "siffra" = "ኣሃዝ".
# Imperatives are plural (polite).

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.
## Calm and factual: a reminder is not a warning.

backup-title = ቅዳሕ ድሕነት
backup-intro = ቅዳሕ ድሕነት ኩሎም ጉዳያት ዝሓዘ ዝተመስጠረ ፋይል እዩ። ብእኡ ነቶም ጉዳያት ናብ ሓድሽ መሳርሒ ከተሰጋግርዎም፣ ወይ እቲ መሳርሒ እንተ ተበላሽዩ ወይ እንተ ተቐይሩ መሊስኩም ክትረኽብዎም ትኽእሉ።
# Variables:
#   $date (Date) - when the last backup was made
backup-last = ናይ መወዳእታ ቅዳሕ ድሕነት፦ { DATETIME($date, dateStyle: "medium") }
backup-last-never = ክሳብ ሕጂ ቅዳሕ ድሕነት ኣይተገብረን።
backup-reminder = ኣብቲ መሳርሒ ገለ ነገር እንተ ኣጋጢሙ እቶም ጉዳያት ምእንቲ ክጸንሑ፣ ቅዳሕ ድሕነት ትገብሩሉ ግዜ በጺሑ ኣሎ።

## The reminder in the case list
backup-reminder-cases = ቅዳሕ ድሕነት ትገብሩሉ ግዜ በጺሑ ኣሎ።
backup-reminder-cases-open = ናብ ቅዳሕ ድሕነት ኪዱ

## Kinds of record (plural)
backup-kind-case = ጉዳያት
backup-kind-crisis_plan = ናይ ቅልውላው መደባት
backup-kind-contact_agreement = ስምምዓት ምርኻብ
backup-kind-situation_review = ገምጋማት ኩነታት
backup-kind-meeting = ርክባት

## One record of a kind
backup-record-case = ጉዳይ
backup-record-crisis_plan = ናይ ቅልውላው መደብ
backup-record-contact_agreement = ስምምዕ ምርኻብ
backup-record-situation_review = ገምጋም ኩነታት
backup-record-meeting = ርክብ
backup-record-unknown = ዘይተፈልጠ ዓይነት ሓበሬታ

## Making a backup
backup-export-title = ቅዳሕ ድሕነት ግበሩ
backup-export-explain = ንቅዳሕ ድሕነት ዝኸውን ምስጢራዊ ሓረግ ምረጹ። እዚ ካብቲ ነቲ ኣፕ እትኸፍትሉ ኮድ ዝተፈልየ እዩ። እቲ ምስጢራዊ ሓረግ እንተ ወሓደ 12 ምልክታት ክህልዎ ኣለዎ፣ ካብ ኣሃዛት ጥራይ ክቖውም ድማ የብሉን። ብዙሓት ዘይተተሓሓዙ ቃላት ንምዝካር ቀለልቲ፣ ንምግማት ድማ ከበድቲ እዮም።
backup-export-no-recovery = ነቲ ቅዳሕ ድሕነት ንምምላስ እቲ ምስጢራዊ ሓረግ የድሊ። እንተ ተረሲዑ ዝኾነ ሰብ ክመልሶ ኣይክእልን።
backup-export-keep-safe = ነቲ ፋይል ኣብ ውሑስ ቦታ ኣቐምጥዎ። ኩሎም መደባት ብዝተመስጠረ መልክዕ ሒዙ ኣሎ።
backup-export-pass = ንቅዳሕ ድሕነት ዝኸውን ምስጢራዊ ሓረግ ምረጹ
backup-export-repeat = ነቲ ምስጢራዊ ሓረግ እንደገና ጽሓፉ
backup-export-button = እቲ ፋይል ኣበይ ከም ዝዕቀብ ምረጹ
backup-export-working = ይምስጠር ኣሎ … ቁሩብ ካልኢታት ይወስድ።
# Variables:
#   $file (String) - the file's name
backup-export-done = እቲ ቅዳሕ ድሕነት ኣብ ፋይል { $file } ተዓቂቡ።
backup-export-contents = ትሕዝቶ
# Variables:
#   $n (Number) - how many records
backup-export-damaged = ኣብዚ መሳርሒ ክንበቡ ዘይከኣሉ፣ ስለዚ ድማ ኣብቲ ቅዳሕ ድሕነት ዘየለዉ ሓበሬታታት፦ { $n }

## Restoring a backup
backup-import-title = ካብ ቅዳሕ ድሕነት መልሱ
backup-import-explain = ቅዳሕ ድሕነት ዝሓዘ ፋይል ምረጹ፣ እቲ ዝተዓቀበሉ ምስጢራዊ ሓረግ ድማ ጽሓፉ። ኣብዚ መሳርሒ ዝኾነ ነገር ቅድሚ ምቕያሩ፣ እቲ ፋይል ብምሉኡ ይፍተሽ።
backup-import-mode = እቲ ቅዳሕ ድሕነት ብኸመይ ይእቶ?
backup-import-merge = ወስኹን ኣሐድሱን
backup-import-merge-help = ኣብዚ መሳርሒ ዘሎ ኩሉ ይጸንሕ። ሓደ ሓበሬታ ኣብ ክልቲኡ ቦታ እንተ ሃልዩ፣ እቲ ብመወዳእታ ዝተቐየረ ይውሰድ።
backup-import-replace = ኩሉ ተክኡ
backup-import-replace-help = ኣብዚ መሳርሒ ዘለዉ ኩሎም ጉዳያት ይድምሰሱ፣ ኣብ ክንድኦም ድማ ጉዳያት እቲ ቅዳሕ ድሕነት ይኣትዉ።
backup-import-replace-warning = ሕጂ ኣብዚ መሳርሒ ዘለዉ ኩሎም ጉዳያት ይድምሰሱ፣ እቶም ኣብቲ ቅዳሕ ድሕነት ዘየለዉ እውን። ክምለስ ኣይከኣልን።
backup-import-confirm = ኣብዚ መሳርሒ ዘለዉ ኩሎም ጉዳያት ብጉዳያት እቲ ቅዳሕ ድሕነት ከም ዝትክኡ ተረዲኡኒ ኣሎ።
backup-import-pass = እቲ ቅዳሕ ድሕነት ዝተዓቀበሉ ምስጢራዊ ሓረግ
backup-import-button = ፋይል ምረጹን መልሱን
backup-import-working = ይፍተሽን ምስጠራ ይፍታሕን ኣሎ … ቁሩብ ካልኢታት ይወስድ።
backup-import-done = እቲ ቅዳሕ ድሕነት ኣትዩ ኣሎ።
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = እቲ ቅዳሕ ድሕነት ዝተገብረሉ ዕለት፦ { DATETIME($date, dateStyle: "medium") }።
backup-import-changes = እንታይ ከም ዝተቐየረ
backup-import-col-kind = ዓይነት
backup-import-col-added = ዝተወሰኹ
backup-import-col-updated = ዝተሓደሱ
backup-import-col-kept = ዝጸንሑ
backup-import-col-removed = ዝተደምሰሱ
backup-import-kept-help = ዝጸንሑ፦ ተመሳሳሊ ወይ ዝሓደሰ ስሪት ድሮ ኣብዚ መሳርሒ ነይሩ።
backup-import-nothing = ክቕየር ዘድሊ ነገር ኣይነበረን።
# Variables:
#   $n (Number) - how many records
backup-import-skipped = ዘይኣተዉ ሓበሬታታት፦ { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] ጉዳያት
        [crisis_plan] ናይ ቅልውላው መደባት
        [contact_agreement] ስምምዓት ምርኻብ
        [situation_review] ገምጋማት ኩነታት
        [meeting] ርክባት
       *[unknown] ዘይተፈልጠ ዓይነት ሓበሬታ
    }፦ { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case = ኣብ ጉዳይ { $case } { $kind ->
        [case] ዘሎ ጉዳይ
        [crisis_plan] ዘሎ ናይ ቅልውላው መደብ
        [contact_agreement] ዘሎ ስምምዕ ምርኻብ
        [situation_review] ዘሎ ገምጋም ኩነታት
        [meeting] ዘለዉ ርክባት
       *[unknown] ዘሎ ዘይተፈልጠ ዓይነት ሓበሬታ
    }፦ { $n }
backup-skip-unknown_kind = እዚ ስሪት እዚ ናይቲ ኣፕ ዘይፈልጦ ዓይነት ሓበሬታ። ምእንቲ ክኣትዉ፣ ነቲ ኣፕ ኣሐድስዎ እሞ እንደገና መልሱ።
backup-skip-record_version = እዚ ስሪት እዚ ናይቲ ኣፕ ክንብቦ ካብ ዝኽእል ብዝሓደሰ ቅርጺ እዮም ተዓቂቦም። ምእንቲ ክኣትዉ፣ ነቲ ኣፕ ኣሐድስዎ እሞ እንደገና መልሱ።
backup-skip-invalid = እቶም ሓበሬታታት ንመርመራታት እቲ ኣፕ ኣይሓለፉን፣ ንኣብነት ሓደ ጽሑፍ ኣዝዩ ነዊሕ ስለ ዝኾነ፣ ስለዚ ድማ ኣይኣተዉን።
backup-skip-no_case = እቲ እዞም ሓበሬታታት ዝምልከትዎ ጉዳይ ኣብቲ ቅዳሕ ድሕነት ይኹን ኣብዚ መሳርሒ የለን።

## Problems found before anything is sent
backup-problem-mismatch = እቶም ምስጢራዊ ሓረጋት ሓደ ዓይነት ኣይኮኑን። ሓደ ዓይነት ምስጢራዊ ሓረግ ክልተ ግዜ ጽሓፉ።
backup-problem-weak = እቲ ምስጢራዊ ሓረግ ኣዝዩ ሓጺር እዩ ወይ ካብ ኣሃዛት ጥራይ እዩ ዝቖውም። እንተ ወሓደ 12 ምልክታት ክህልዎ ኣለዎ፣ ካብ ኣሃዛት ጥራይ ክቖውም ድማ የብሉን።
backup-problem-empty = እቲ ቅዳሕ ድሕነት ዝተዓቀበሉ ምስጢራዊ ሓረግ ጽሓፉ።

## Errors
error-weak_backup_passphrase = ናይቲ ቅዳሕ ድሕነት ምስጢራዊ ሓረግ ኣዝዩ ድኹም እዩ። እንተ ወሓደ 12 ምልክታት ክህልዎ ኣለዎ፣ ካብ ኣሃዛት ጥራይ ክቖውም ድማ የብሉን። ዋላ ሓደ ቅዳሕ ድሕነት ኣይተዓቀበን።
error-wrong_backup_passphrase = እቲ ምስጢራዊ ሓረግ ምስዚ ቅዳሕ ድሕነት እዚ ኣይሰማማዕን። ነቲ ምስጢራዊ ሓረግ ኣረጋግጹ እሞ እንደገና ፈትኑ። ኣብዚ መሳርሒ ዋላ ሓንቲ ኣይተቐየረን።
error-session_changed = እቲ ቅዳሕ ድሕነት ኣብ ዝካየደሉ ዝነበረ እዋን እቲ ኣፕ ተዓጽዩ። ኣብቲ ኣፕ ዋላ ሓንቲ ኣይተቐየረን። ክፈትዎ እሞ እንደገና ፈትኑ።
error-not_a_backup = እቲ ፋይል ካብዚ ኣፕ ዝመጸ ቅዳሕ ድሕነት ኣይኮነን። ካልእ ፋይል ምረጹ። ኣብዚ መሳርሒ ዋላ ሓንቲ ኣይተቐየረን።
error-backup_newer_version = እቲ ቅዳሕ ድሕነት ብዝሓደሰ ስሪት ናይቲ ኣፕ እዩ ተገይሩ። ነቲ ኣፕ ኣሐድስዎ እሞ እንደገና ፈትኑ። ኣብዚ መሳርሒ ዋላ ሓንቲ ኣይተቐየረን።
error-backup_damaged = እቲ ቅዳሕ ድሕነት ተበላሽዩ ወይ ዘይተማልአ እዩ፣ ስለዚ ኣብ ጥቕሚ ክውዕል ኣይክእልን። ካልእ ቅዳሕ ናይቲ ፋይል ፈትኑ። ኣብዚ መሳርሒ ዋላ ሓንቲ ኣይተቐየረን።
error-backup_too_large = እቲ ፋይል ቅዳሕ ድሕነት ንምዃን ኣዝዩ ዓቢ እዩ። ካልእ ፋይል ምረጹ። ኣብዚ መሳርሒ ዋላ ሓንቲ ኣይተቐየረን።
error-backup_io = እቲ ፋይል ክንበብ ወይ ክዕቀብ ኣይተኻእለን። ካልእ ቦታ ወይ ፋይል ምረጹ እሞ እንደገና ፈትኑ። ኣብዚ መሳርሒ ዋላ ሓንቲ ኣይተቐየረን።
error-cancelled = ተሰሪዙ። ዋላ ሓንቲ ኣይተቐየረን።

## ድኹም ምስጢራዊ ሓረግ፦ ስለምንታይ
error-weak_backup_passphrase-repeat = ናይቲ ቅዳሕ ድሕነት ምስጢራዊ ሓረግ ብቐሊሉ ክግመት ይኽእል እዩ፦ ተመሳሳሊ ፊደላት ወይ ቃላት ይደጋገም። ዘይተተሓሓዙ ብዙሓት ቃላት ምረጹ። ዋላ ሓደ ቅዳሕ ድሕነት ኣይተዓቀበን።
error-weak_backup_passphrase-sequence = ናይቲ ቅዳሕ ድሕነት ምስጢራዊ ሓረግ ብቐሊሉ ክግመት ይኽእል እዩ፦ ሓደ ስርዓት ይስዕብ፣ ከም abcdef ወይ 123456። ዘይተተሓሓዙ ብዙሓት ቃላት ምረጹ። ዋላ ሓደ ቅዳሕ ድሕነት ኣይተዓቀበን።
error-weak_backup_passphrase-keyboard = ናይቲ ቅዳሕ ድሕነት ምስጢራዊ ሓረግ ብቐሊሉ ክግመት ይኽእል እዩ፦ ጎኒ ንጎኒ ዘለዉ መጠወቕታት ይስዕብ። ዘይተተሓሓዙ ብዙሓት ቃላት ምረጹ። ዋላ ሓደ ቅዳሕ ድሕነት ኣይተዓቀበን።
error-weak_backup_passphrase-common = ናይቲ ቅዳሕ ድሕነት ምስጢራዊ ሓረግ ብቐሊሉ ክግመት ይኽእል እዩ፦ ካብ ልሙዳት ቃላት ምስጢር ወይ ቃላት ዝተሰርሐ እዩ። ዘይተተሓሓዙ ብዙሓት ቃላት ምረጹ። ዋላ ሓደ ቅዳሕ ድሕነት ኣይተዓቀበን።
error-weak_backup_passphrase-date = ናይቲ ቅዳሕ ድሕነት ምስጢራዊ ሓረግ ብቐሊሉ ክግመት ይኽእል እዩ፦ ኣብ ዕለት ወይ ዓመት ዝተመርኮሰ እዩ። ዘይተተሓሓዙ ብዙሓት ቃላት ምረጹ። ዋላ ሓደ ቅዳሕ ድሕነት ኣይተዓቀበን።
error-weak_backup_passphrase-guessable = ናይቲ ቅዳሕ ድሕነት ምስጢራዊ ሓረግ ብቐሊሉ ክግመት ይኽእል እዩ። ዘይተተሓሓዙ ተወሰኽቲ ቃላት ወስኹ። ዋላ ሓደ ቅዳሕ ድሕነት ኣይተዓቀበን።
