# UNREVIEWED DRAFT translation into Tigrinya (Ge'ez / Ethiopic script) of the
# Swedish source (locales/sv/cover.ftl). It has NOT been approved by a
# reviewer; the Swedish text is authoritative.
# ዘይተገምገመ ንድፊ፦ ካብቲ ናይ ሽወደን ምንጪ (locales/sv/cover.ftl) ዝተዳለወ ትርጉም
# ትግርኛ። ብገምጋሚ ኣይጸደቐን፤ እቲ ናይ ሽወደን ጽሑፍ እዩ ወሳኒ።
# Everything on the start screen must stay neutral: nothing about violence,
# honour, cases or what the app is for. Terms: "kod" = "ኮድ", "lösenfras" =
# "ምስጢራዊ ሓረግ", "nödkod" = "ናይ ህጹጽ ኮድ", "miniräknare" = "ካልኩሌተር",
# "startskärm" = "መበገሲ ስክሪን", "siffra" = "ኣሃዝ", "tecken" = "ምልክት",
# "ärende" = "ጉዳይ". Imperatives are plural (polite).

## The hide button (only shown in the unlocked app)
quick-hide = ሕብኡ

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = መጠወቒታት
calc-clear = ኣጽርዩ
calc-backspace = ኣሃዝ ደምስሱ
calc-percent = ሚእታዊት
calc-divide = ምምቃል
calc-multiply = ምርባሕ
calc-subtract = ምጉዳል
calc-add = ምድማር
calc-negate = ምልክት ቀይሩ
calc-decimal-key = ነጥቢ ዓሰርተ
calc-equals = ማዕረ
calc-decimal = {"."}
calc-error = ጌጋ

## The plain passcode screen
passcode-title = ኮድ ኣእትዉ
passcode-label = ኮድ
passcode-submit = OK
passcode-digits-keyboard = መጠወቒታት ኣሃዛት
# Variables:
#   $count (Number) - attempts left before the vault is wiped
passcode-attempts-left = ዝተረፉ ፈተነታት፦ { $count }
# Variables:
#   $seconds (Number) - seconds to wait
passcode-wait-seconds = እንደገና ቅድሚ ምፍታንኩም { $seconds } ካልኢት ተጸበዩ።
# Variables:
#   $minutes (Number) - minutes to wait
passcode-wait-minutes = እንደገና ቅድሚ ምፍታንኩም { $minutes } ደቒቕ ተጸበዩ።

## Passcode strength
strength-label = ሓይሊ ኮድ
# Variables:
#   $count (Number) - how many digits the code has (fewer than 6)
strength-digits-too-short =
    { $count ->
        [one] { $count } ኣሃዝ ኣዝዩ ሓጺር እዩ። እንተ ወሓደ 6 ኣሃዛት የድልዩ፤ 10 ወይ ልዕሊኡ ይምከር።
       *[other] { $count } ኣሃዛት ኣዝዩ ሓጺር እዩ። እንተ ወሓደ 6 ኣሃዛት የድልዩ፤ 10 ወይ ልዕሊኡ ይምከር።
    }
# Variables:
#   $count (Number) - how many digits the code has (6 to 9)
strength-digits-weak = { $count } ኣሃዛት ሓጺር ኮድ እዩ። ሓደ ሰብ ፋይል ናይቲ ኣፕ እንተ ቀዲሑ፣ ኩሎም ኮዳት ናይቲ ንውሓት እቲ ኣብ ኮምፒተር ክፍተኑ ይኽእሉ፣ እቲ ምዕጻው ክሳብ ክንደይ ደንጓዪ እንተ ኾነ እውን ሓጺር ኮድ ቀልጢፉ ይርከብ። ምስ ካልኩሌተር እንተ ወሓደ 10 ኣሃዛት፣ ወይ ምስ ልሙድ ስክሪን ኮድ ምስጢራዊ ሓረግ ምረጹ።
# Variables:
#   $count (Number) - how many digits the code has (10 or more)
strength-digits-good = { $count } ኣሃዛት። ጽቡቕ። ነፍሲ ወከፍ ተወሳኺ ኣሃዝ ነቲ ኮድ ንምግማቱ ዓሰርተ ግዜ ዝያዳ ከቢድ ይገብሮ።
strength-phrase-too-short = ኣዝዩ ሓጺር። ምስጢራዊ ሓረግ እንተ ወሓደ 8 ምልክታት የድልዮ።
strength-phrase-weak = ድኹም። ተወሳኺ ቃላት ወስኹ፦ ኣርባዕተ ወይ ልዕሊኡ ዘይተተሓሓዙ ቃላት ዝበለጸ እዮም።
strength-phrase-fair = ቅቡል። ሓደ ወይ ክልተ ተወሳኺ ቃላት ብዙሕ ዝያዳ ሓያል ይገብርዎ።
strength-phrase-strong = ሓያል ምስጢራዊ ሓረግ።
strength-calculator-needs-digits = እቲ ካልኩሌተር መጠወቒታት ኣሃዛት ጥራይ እዩ ዘለዎ። ኣሃዛት ጥራይ ተጠቐሙ፣ ወይ ንምስጢራዊ ሓረግ ነቲ ልሙድ ስክሪን ኮድ ምረጹ።

## Checking a new passcode
newcode-error-empty = ኮድ ጽሓፉ።
newcode-error-short-digits = እቲ ኮድ ኣዝዩ ሓጺር እዩ። ናይ ኣሃዛት ኮድ እንተ ወሓደ 6 ኣሃዛት ክህልዎ ኣለዎ።
newcode-error-short-phrase = እቲ ምስጢራዊ ሓረግ ኣዝዩ ሓጺር እዩ። እንተ ወሓደ 8 ምልክታት ክህልዎ ኣለዎ።
newcode-error-calculator-digits = ካልኩሌተር መበገሲ ስክሪን ኣብ ዝኾነሉ፣ እቲ ኮድ ካብ ኣሃዛት ጥራይ ክቖውም ይኽእል።
newcode-error-mismatch = እቶም ኮዳት ሓደ ዓይነት ኣይኮኑን። ሓደ ዓይነት ኮድ ክልተ ግዜ ጽሓፉ።

## First use
setup-title = ናትኩም ኮድ ፍጠሩ
setup-intro = እትዕቅብዎ ኩሉ ነገር ኣብቲ መሳርሒ ብናትኩም ጥራይ እትፈልጥዎ ኮድ ይምስጠር (encrypt)። መጀመርታ እቲ ኣፕ ክጅምር ከሎ ከመይ ከም ዝመስል ምረጹ።
setup-cover-legend = መበገሲ ስክሪን
cover-calculator = ካልኩሌተር
cover-calculator-help = እቲ ኣፕ ከም ልሙድ ካልኩሌተር ይጅምር። ኮድኩም ጽሒፍኩም፣ ድሕሪኡ = ንቑሩብ ግዜ ጠዊቕኩም ብምሓዝ ትኸፍትዎ። እቲ ኮድ ካብ ኣሃዛት ጥራይ ክቖውም ይኽእል፤ እንተ ወሓደ 10 ምረጹ።
cover-passcode = ልሙድ ስክሪን ኮድ
cover-passcode-help = እቲ ኣፕ «ኮድ ኣእትዉ» ዝብል ገለልተኛ ስክሪን ሒዙ ይጅምር። ኣብዚ ካብ ብዙሓት ቃላት ዝቖመ ምስጢራዊ ሓረግ ክትጥቀሙ ትኽእሉ፣ እዚ ድማ እቲ ዝበለጸ ውሑስ እዩ።
setup-passcode-legend = ናትኩም ኮድ
setup-passcode = ኮድ
setup-repeat = ነቲ ኮድ እንደገና ጽሓፉ
setup-no-recovery-title = ዝተረስዐ ኮድ ክምለስ ኣይክእልን
setup-no-recovery = ብዘይ እቲ ኮድ ዝኾነ ሰብ ነቲ ኣፕ ክኸፍቶ ኣይክእልን፣ ክፍሊ IT ይኹን እቶም ነቲ ኣፕ ዝሰርሕዎ እውን ኣይክእሉን። ነቲ ኮድ እንተ ረሲዕኩምዎ፣ ዝዓቀብኩምዎ ኩሉ ንሓዋሩ ይጠፍእ። ነቲ ኮድ ምስቲ መሳርሒ ብሓባር ኣይተቐምጥዎ።
setup-create = ፍጠሩ
setup-creating = ይፍጠር ኣሎ … ቁሩብ ካልኢታት ይወስድ።
setup-retry-save = መበገሲ ስክሪን እንደገና ዕቀቡ
setup-continue = መበገሲ ስክሪን ከይዓቀብኩም ቀጽሉ
setup-back = ናብ መበገሲ ስክሪን ተመለሱ

## Cannot be opened (shown only after the code was entered)
problem-title = እቲ ኣፕ ክኽፈት ኣይከኣለን
problem-help = ዋላ ሓንቲ ኣይተደምሰሰን። ነቲ ኣፕ ዕጸውዎ እሞ እንደገና ፈትኑ። እቲ ጸገም እንተ ቀጺሉ፣ ነቲ ኣፕ እንደገና ጸዒንኩም (install) ጉዳያትኩም ካብ ቅዳሕ ድሕነት ክትመልስዎም ትኽእሉ።
problem-back = ናብ መበገሲ ስክሪን ተመለሱ

## Confirm with the code before anything sensitive changes
reauth-label = ናትኩም ኮድ
reauth-help = ኮድኩም እንደገና ጽሓፉ። እቲ መሳርሒ ዕጹው ኣብ ዘይኮነሉ እዋን ካልእ ሰብ እንተ ሓዞ፣ እዚ ነቶም ጉዳያት ይሕልዎም። ጌጋ ኮድ ከም ጌጋ ፈተነ ይቑጸር።
reauth-help-limit = ነቲ ምድምሳስ ንምጥፋእ ወይ ብዝሒ ፈተነታት ንምውሳኽ ጥራይ እዩ ዘድሊ። ጌጋ ኮድ ከም ጌጋ ፈተነ ይቑጸር።
reauth-error-empty = ንምርግጋጽ ኮድኩም ጽሓፉ።
reauth-error-limit = ነቲ ምድምሳስ ንምጥፋእ ወይ ብዝሒ ፈተነታት ንምውሳኽ ኮድኩም ጽሓፉ።

## Settings
settings-title = ምቕናዕ
settings-general = ምጅማርን ምዕጻውን
settings-cover-digits-confirm = ኮደይ (ከምኡውን እንተሃልዩ ናይ ህጹጽ ኮድ) ካብ ኣሃዛት ጥራይ እዩ ዝቖውም። እንተ ዘይኮይኑ እቲ ኣፕ ብካልኩሌተር ክኽፈት ኣይክእልን።
settings-idle = ብኣውቶማቲክ ዝዕጾ ድሕሪ
# Variables:
#   $count (Number) - seconds
settings-idle-seconds = { $count } ካልኢት
# Variables:
#   $count (Number) - minutes, sometimes with a decimal (1.5)
settings-idle-minutes = { $count } ደቒቕ
settings-idle-help = ነቲ ስክሪን፣ ማውዝ ወይ ኪቦርድ ንመወዳእታ ግዜ ካብ ዝተንከፍኩምሉ ይቑጸር።
settings-retention = ብዛዕባ ኣረጊት ጉዳያት ኣዘኻኽሩኒ ድሕሪ (መዓልታት)
settings-retention-help = ንክንድዚ መዓልታት ዘይተቐየሩ ጉዳያት ይዝርዘሩ፣ ክድምሰሱ ወይ ከይድምሰሱ ክትውስኑ ምእንቲ (7–3650)።
settings-backup = ብዛዕባ ቅዳሕ ድሕነት (backup) ኣዘኻኽሩኒ ድሕሪ (መዓልታት)
settings-backup-help = 0 ማለት መዘኻኸሪ የለን (0–365)።
settings-save = ዕቀቡ
settings-saved = ተዓቂቡ።
settings-working = ይሰርሕ ኣሎ …
settings-error-retention = ኣብ መንጎ 7ን 3650ን ዘሎ ቁጽሪ መዓልታት ኣእትዉ።
settings-error-backup = ኣብ መንጎ 0ን 365ን ዘሎ ቁጽሪ መዓልታት ኣእትዉ።
settings-error-confirm-digits = ናብ ካልኩሌተር ቅድሚ ምቕያርኩም፣ ኮድኩም ካብ ኣሃዛት ጥራይ ከም ዝቖመ ኣረጋግጹ።

settings-passcode = ኮድ ቀይሩ
settings-old-passcode = ህሉው ኮድ
settings-new-passcode = ሓድሽ ኮድ
settings-change-passcode = ኮድ ቀይሩ
settings-passcode-changed = እቲ ኮድ ተቐይሩ።
settings-error-old-empty = ህሉው ኮድኩም ጽሓፉ።

settings-duress = ናይ ህጹጽ ኮድ
settings-duress-explain = ናይ ህጹጽ ኮድ፣ ሓደ ሰብ ነቲ ኣፕ ክትከፍቱ ኣብ ዘገድደኩም ኩነታት እትጥቀምሉ ካልኣይ ኮድ እዩ። ብናይ ህጹጽ ኮድ ብዘይ ጉዳያትኩም ባዶ ናይ ስራሕ ቦታ ይኽፈት፣ ካልእ ከም ዘሎ ዘርኢ ድማ ዋላ ሓንቲ የለን። ናይ ህጹጽ ኮድ ከም ልሙድ ኮድኩም ብተመሳሳሊ መንገዲ ይኣቱ፣ ካብኡ ድማ ክፍለ ኣለዎ። ሓድሽ ናይ ህጹጽ ኮድ ሓድሽ ባዶ ናይ ስራሕ ቦታ ይህብ፤ ነቲ ናይ ህጹጽ ኮድ እንተ ኣልጊስኩምዎ፣ ኣብኡ ዝተዓቀበ ይድምሰስ።
settings-duress-not-shown = ዝኾነ ሰብ ኣብዚ ከይርእዮ፣ እቲ ኣፕ ናይ ህጹጽ ኮድ ከም ዝተቐመጠ ወይ ከም ዘይተቐመጠ ኣየርእን።
settings-duress-passcode = ናይ ህጹጽ ኮድ
settings-duress-shred = ናይ ህጹጽ ኮድ ኣብ ዝጥቀመሉ እዋን፣ ነቶም ሓቀኛ ጉዳያት እውን ኣጥፍኡ
settings-duress-shred-help = ሽዑ ዝዓቀብኩምዎ ኩሉ ንሓዋሩ ይድምሰስ፣ ክምለስ ድማ ኣይክእልን። ዝኾነ ሰብ ነቲ ሓበሬታ ከይረኽቦ ምግባር፣ ንስኹም ካብ ምሓዝኩምዎ ዝያዳ ኣገዳሲ እንተ ኾይኑ ጥራይ ነዚ ምረጹ።
settings-duress-set = ናይ ህጹጽ ኮድ ዕቀቡ
settings-duress-remove = ናይ ህጹጽ ኮድ ኣልግሱ
settings-duress-saved = ናይ ህጹጽ ኮድ ተዓቂቡ።
settings-duress-removed = ናይ ህጹጽ ኮድ ተላጊሱ።

settings-limit = ድሕሪ ጌጋ ፈተነታት ደምስሱ
settings-limit-explain = ድሕሪ ክንድዚ ተኸታታሊ ጌጋ ፈተነታት፣ ኣብቲ ኣፕ ዝተዓቀበ ኩሉ ንሓዋሩ ይድምሰስ። እቲ ቑጽሪ እቲ ኣፕ እንደገና እንተ ጀመረ እውን ይጸንሕ፣ ቅኑዕ ኮድ ምስ ተጠቕመ ድማ ካብ መጀመርታ ይጅምር። ካብ ሓሙሻይ ጌጋ ፈተነ ጀሚሩ ድማ፣ ኣብ መንጎ ፈተነታት እናነውሐ ዝኸይድ ግዜ ምጽባይ የድሊ። ነቲ ደረት እንተ ኣጥፊእኩምዎ፣ ሓደ ሰብ ምግማት ክቕጽል ይኽእል፣ ግን ብቐስታ ጥራይ።
settings-limit-on = ድሕሪ ብዙሓት ተኸታታሊ ጌጋ ፈተነታት ኩሉ ደምስሱ
settings-limit-count = ብዝሒ ፈተነታት (3–50)
settings-error-limit = ኣብ መንጎ 3ን 50ን ዘሎ ቁጽሪ ኣእትዉ።

settings-help = እቲ ሓለዋ ብኸመይ ይሰርሕ
settings-help-calculator = እቲ ካልኩሌተር ከም ዝኾነ ልሙድ ካልኩሌተር ሕሳብ ይሰርሕ። ነቲ ኣፕ ንምኽፋት፣ ኮድኩም ጽሓፉ፣ ድሕሪኡ = ንሓደ ካልኢትን ፈረቓን ጠዊቕኩም ሓዝዎ። = ብልሙድ ምጥዋቕ ሕሳብ ጥራይ ይሰርሕ፣ ስለዚ ብካልኩሌተር ዝጻወት ሰብ ነቲ ኣፕ ከይትኸፍትዎ ክኽልክለኩም ወይ ዝኾነ ነገር ክድምስስ ፈጺሙ ኣይክእልን። እቲ ኮድ ጌጋ እንተ ኾይኑ፣ እቲ ካልኩሌተር ከም ዝኾነ ካልኩሌተር ነቲ ቁጽሪ ጥራይ የርኢ። እቲ ኮድ ጌጋ ምንባሩ ፈጺሙ ኣይገልጽን።
settings-help-rule = እቲ ኮድ ዝፍተን፣ ካብቲ ናይ መወዳእታ C ወይ = ጀሚርኩም ኣሃዛት ጥራይ (እንተ ወሓደ 6) ጽሒፍኩም ድሕሪኡ = ጠዊቕኩም እንተ ሓዝኩምዎ ጥራይ እዩ። ከም ፈተነ ዝቑጸር እዚ ጥራይ እዩ። ሕሳባት፣ ነዋሕቲ ቁጽርታት ከምኡውን ልሙድ ምጥዋቕ = ፈጺሞም ኣይቑጸሩን። ጌጋ እንተ ጽሒፍኩም፣ C ጠውቑ እሞ ካብ መጀመርታ ጀምሩ (⌫ ነቲ ናይ መወዳእታ ኣሃዝ የጥፍኦ)። = ቀልጢፍኩም እንተ ገዲፍኩምዎ ዋላ ሓንቲ ኣይከውንን፤ = እንደገና ጠዊቕኩም ሓዝዎ ጥራይ።
settings-help-wait = ድሕሪ ሓሙሽተ ተኸታታሊ ጌጋ ፈተነታት፣ እቲ ዝቕጽል ፈተነ ቅድሚ ምቕባሉ ክትጽበዩ ኣለኩም፦ 30 ካልኢት፣ 1 ደቒቕ፣ 5 ደቒቕ፣ 15 ደቒቕ፣ ድሕሪኡ 1 ሰዓት። ዝኾነ ልሙድ ካልኩሌተር ከምኡ ስለ ዘይገብር፣ እቲ ካልኩሌተር ብዛዕባ እዚ ዋላ ሓንቲ ኣየርእን። ክትጽበዩ ኣብ ዘለኩምሉ እዋን = ጠዊቕኩም እንተ ሓዝኩም፣ ከምቲ C ምስ ትጥውቑ ዝኸውን፣ እቶም ኣሃዛት ጥራይ ይጸርዩ። እቲ ፈተነ ኣይቑጸርን። ቁሩብ ተጸበዩ እሞ እንደገና ፈትኑ። ኣብቲ ልሙድ ስክሪን ኮድ፣ ግዜ ምጽባይ ብንጹር ጽሑፍ ይርአ።
settings-help-hide = ብቕጽበት ንምሕባእ፦ ኣብ ታሕተዋይ ኩርናዕ ዘሎ ክቡብ መጠወቒ ጠውቑ፣ ኣብ ኪቦርድ Shift ሰለስተ ግዜ ወይ Esc ክልተ ግዜ ጠውቑ፣ ወይ ብክልተ ኣጻብዕ ኣብ ስክሪን ክልተ ግዜ ጠውቑ። ሽዑ መበገሲ ስክሪን ብቕጽበት ይርአ፣ እቲ ኣፕ ድማ ይዕጾ።
settings-help-lock = እቲ ኣፕ ንዝመረጽኩምዎ ግዜ ኣብ ጥቕሚ ምስ ዘይወዐለ፣ ናብ ካልእ ኣፕ ወይ መስኮት ምስ ቀየርኩም፣ ከምኡውን እቲ ስክሪን ምስ ጠፍአ እውን ይዕጾ።

## Vault errors
error-wrong_passcode = ጌጋ ኮድ።
error-backoff = ብዙሓት ፈተነታት። ቁሩብ ተጸበዩ እሞ እንደገና ፈትኑ።
error-wiped = ድሕሪ ብዙሓት ጌጋ ፈተነታት እቲ ትሕዝቶ ተደምሲሱ።
error-weak_passcode = እቲ ኮድ ኣዝዩ ሓጺር እዩ፦ እንተ ወሓደ 6 ኣሃዛት፣ ወይ ንምስጢራዊ ሓረግ እንተ ወሓደ 8 ምልክታት።
error-not_initialised = ክሳብ ሕጂ ዝተፈጥረ ኮድ የለን።
error-already_initialised = ኣብዚ መሳርሒ ድሮ ኮድ ኣሎ።
error-passcode_reused = እዚ ኮድ እዚ ድሮ ኣብ ጥቕሚ ይውዕል ኣሎ። ካልእ ምረጹ።
error-invalid_limit = ብዝሒ ፈተነታት ቅቡል ኣይኮነን።
error-duress_unavailable = እዚ ሕጂ ክቕየር ኣይክእልን።
error-kdf_params_rejected = እቲ መሳርሒ ነቲ ዘድሊ ምቕናዕ ድሕነት ክጻወሮ ኣይክእልን።
error-locked = እቲ ኣፕ ዕጹው እዩ። ክፈትዎ እሞ እንደገና ፈትኑ።
error-unlock_interrupted = እቲ ኣፕ ክኽፈት ከሎ ተሓቢኡ፣ ሕጂ እንደገና ዕጹው እዩ። እንደገና ፈትኑ።
error-corrupt = እቲ ዝተዓቀበ ፋይል ተበላሽዩ ስለ ዘሎ ክኽፈት ኣይክእልን።
error-unsupported_format = እቲ ፋይል ብዝሓደሰ ስሪት ናይቲ ኣፕ እዩ ተዓቂቡ። ነቲ ኣፕ ኣሐድስዎ።
error-crypto = ኣብ ምምስጣር ዘይተጸበናዮ ጌጋ ኣጋጢሙ። እንደገና ፈትኑ።

## ድኹማት ኮዳትን ፋይላት ናይቲ ኣፕን
error-weak_passcode-repeat = እቲ ኮድ ብቐሊሉ ክግመት ይኽእል እዩ፦ ሓደ ኣሃዝ ወይ ሓደ ቅዲ ይደጋገም፣ ከም 000000 ወይ 121212። ካልእ ኮድ ምረጹ።
error-weak_passcode-sequence = እቲ ኮድ ብቐሊሉ ክግመት ይኽእል እዩ፦ ሓደ ስርዓት ይስዕብ፣ ከም 123456፣ 987654 ወይ 112233። ካልእ ኮድ ምረጹ።
error-weak_passcode-keyboard = እቲ ኮድ ብቐሊሉ ክግመት ይኽእል እዩ፦ ጎኒ ንጎኒ ዘለዉ መጠወቕታት ይስዕብ። ካልእ ኮድ ምረጹ።
error-weak_passcode-common = እቲ ኮድ ብቐሊሉ ክግመት ይኽእል እዩ፦ ካብቶም ሰባት ብዙሕ ዝመርጽዎም ኮዳትን ቃላት ምስጢርን እዩ። ካልእ ኮድ ምረጹ።
error-weak_passcode-date = እቲ ኮድ ብቐሊሉ ክግመት ይኽእል እዩ፦ ዕለት ወይ ዓመት ይመስል። ካልእ ኮድ ምረጹ።
error-weak_passcode-guessable = እቲ ኮድ ብቐሊሉ ክግመት ይኽእል እዩ። ቅዲ ዘይብሉ ዝነውሐ ኮድ ምረጹ።
error-already_running = እቲ ኣፕ ድሮ ክፉት እዩ። ነዚ መስኮት ዕጸዉዎ እሞ ኣብቲ ድሮ ክፉት ዘሎ ቀጽሉ።
error-attempt_not_saved = እቲ ኮድ ሕጂ ክፈተን ኣይከኣለን። ቁሩብ ጸኒሕኩም እንደገና ፈትኑ።
