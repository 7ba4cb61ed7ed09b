# UNREVIEWED DRAFT translation into Tigrinya (Ge'ez / Ethiopic script) of the
# Swedish source (locales/sv/review.ftl). It has NOT been approved by a
# reviewer; the Swedish text is authoritative.
# ዘይተገምገመ ንድፊ፦ ካብቲ ናይ ሽወደን ምንጪ (locales/sv/review.ftl) ዝተዳለወ ትርጉም
# ትግርኛ። ብገምጋሚ ኣይጸደቐን፤ እቲ ናይ ሽወደን ጽሑፍ እዩ ወሳኒ።
# Terms: "granska" = "ገምግሙ", "godkänd" = "ጸዲቑ", "reservspråk" = "ተተካኢ
# ቋንቋ", "översättare" = "ናይ ጽሑፍ ተርጐምቲ" ("ተርጓሚ" alone is the
# interpreter), "kontaktöverenskommelse" = "ስምምዕ ምርኻብ", "kodord" =
# "ምስጢራዊ ቃል", "app" = "ኣፕ". Imperatives are plural (polite).

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = ትርጉም ገምግሙ
translation-intro = ነፍሲ ወከፍ ጽሑፍ ምስቲ ምንጪ ጽሑፍ ኣነጻጽሩ። ከም ዝጸደቐ ወይ ለውጢ ከም ዘድልዮ ምልክት ግበሩሉ፣ እንተ ደሊኹም ድማ ርእይቶ ጽሓፉ። ሽወደንኛ እቲ ምንጪ ቋንቋ እዩ፣ ኣብ ጥርጣረ ድማ ንሱ እዩ ወሳኒ።
translation-progress-heading = ብቋንቋ ዝተገምገመ
# Variables:
#   $name (String) - the language's name
#   $approved (Number) - texts approved
#   $total (Number) - texts in all
translation-progress-label = { $name }፦ ዝጸደቑ ጽሑፋት { $approved } / { $total }
# Variables:
#   $count (Number) - texts missing
translation-progress-missing = ዝጎደሉ ጽሑፋት፦ { $count }። ብተተካኢ ቋንቋ ይርኣዩ።
translation-choose = ቋንቋ ምረጹ
translation-source = ምንጪ ቋንቋ
translation-target = ዝግምገም ቋንቋ
translation-filter = ኣርእዩ
translation-filter-all = ኩሎም ጽሑፋት
translation-filter-unreviewed = ዘይተገምገሙ ጥራይ
translation-filter-needs-change = ለውጢ ዘድልዮም ጥራይ
# Variables:
#   $shown (Number) - texts shown
#   $total (Number) - texts in all
translation-count = ዝርኣዩ ዘለዉ ጽሑፋት፦ { $shown } / { $total }።
translation-none = በዚ ምርጫ እዚ ዝርአ ጽሑፍ የለን።
translation-pages = ገጻት
translation-page-previous = ዝሓለፈ ገጽ
translation-page-next = ዝቕጽል ገጽ
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = ገጽ { $page } / { $pages }
translation-key = ID
translation-state-label = ገምጋም
translation-state-unreviewed = ኣይተገምገመን
translation-state-approved = ጸዲቑ
translation-state-needs-change = ለውጢ የድልዮ
translation-comment = ርእይቶ
translation-saving = ይዕቀብ ኣሎ …
translation-saved = ተዓቂቡ
translation-missing = ብዚ ቋንቋ የለን። እቲ ኣንባቢ ነቲ ጽሑፍ ብተተካኢ ቋንቋ ይርእዮ።
translation-imported = ካብ ደገ ዝኣተወ ጽሑፍ
translation-source-changed = እቲ ምንጪ ጽሑፍ ካብቲ ናይ መወዳእታ ገምጋም ንደሓር ተቐይሩ።
# Variables:
#   $vars (List) - the variables, such as { $count }
translation-variables = ኣብቲ ትርጉም ክጸንሑ ዘለዎም፦ { $vars }
translation-group-guidance = መምርሒ፦ ካልኦት ጽሑፋት
translation-group-ui = ሓፈሻዊ ጽሑፋት ናይቲ ኣፕ
# Variables:
#   $file (String) - the file's name
translation-group-file = ጽሑፋት ናይቲ ኣፕ፦ { $file }
translation-damaged = እቲ ዝተዓቀበ ገምጋም ተበላሽዩ ስለ ዝነበረ ንጎኒ ተቐሚጡ። እቲ ገምጋም ካብቲ ምስቲ ኣፕ ዝመጸ ቅዳሕ ይቕጽል።

## Export and import
translation-export-heading = ንናይ ጽሑፍ ተርጐምቲ ኣውጽኡ (export)
translation-export-help = እቲ ፋይል ነፍሲ ወከፍ ጽሑፍ ምስ ኩነታት ገምጋሙ፣ ናይ ሽወደን ምንጪ ጽሑፍን ርእይቶን ይሓዝ።
translation-export = ፋይል ኣውጽኡ
# Variables:
#   $file (String) - the file's name
#   $bytes (Number) - the file's size
translation-exported = እቲ ፋይል { $file } ኣብቲ ኣብ ውሽጢ ፎልደር ዳታ ናይቲ ኣፕ ዘሎ exports ዝብል ፎልደር ተዓቂቡ ({ $bytes } ባይት)።
translation-import-heading = ዝተሓደሰ ትርጉም ኣእትዉ (import)
translation-import-help = ትሕዝቶ ሓደ .ftl ፋይል ለጥፉ ወይ ፋይል ምረጹ። ዝተቐየሩ ጽሑፋት እንደገና ዘይተገምገሙ ይኾኑ።
translation-import-text = ዝኣቱ ጽሑፍ
translation-import-file = .ftl ፋይል ምረጹ
translation-import = ኣእትዉ
translation-report-heading = ውጽኢት ምእታው
# Variables:
#   $count (Number) - errors in the file
translation-report-errors = ኣብቲ ፋይል ዘለዉ ጌጋታት፦ { $count }
# Variables:
#   $line (Number) - the line's number
#   $message (String) - the error, from the Fluent parser
translation-report-error-line = መስመር { $line }፦ { $message }
# Variables:
#   $count (Number) - texts
translation-report-added = ሓደሽቲ ጽሑፋት፦ { $count }
# Variables:
#   $count (Number) - texts
translation-report-changed = ዝተቐየሩ ጽሑፋት፦ { $count }
# Variables:
#   $count (Number) - texts
translation-report-unchanged = ዘይተቐየሩ ጽሑፋት፦ { $count }
# Variables:
#   $count (Number) - texts
translation-report-missing = ኣብቲ ፋይል ዝጎደሉ፦ { $count }
# Variables:
#   $count (Number) - IDs
translation-report-unknown = ዘይፍለጡ IDታት፣ ሸለል ተባሂሎም፦ { $count }
# Variables:
#   $count (Number) - texts
translation-report-variables = ጌጋ ተለዋወጥቲ (variables)፣ ኣይኣተዉን፦ { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }፦ ክህልዎ ዝግባእ { $nexpected ->
        [0] የለን
       *[other] { $expected }
    }፣ ዘለዎ { $nfound ->
        [0] የለን
       *[other] { $found }
    }
# Variables:
#   $count (Number) - texts
translation-report-reset = ናብ ዘይተገምገመ ተመሊሶም፦ { $count }

## Show to the person
person-title = ነቲ ሰብ ኣርእዩ
person-intro = ነቲ ታብሌት ነቲ ሰብ ሃብዎ፣ ወይ ነቲ ስክሪን ብቐጥታ ወይ ብተርጓሚ ኣቢልኩም ኣርእዩ። እቲ ምኽርታት ብቋንቋ እቲ ሰብ ይርአ።
person-language = ቋንቋ እቲ ሰብ
person-show-mine = ብቋንቋይ እውን ኣርእዩ
person-exit = ነቲ ምርኣይ ዛዝሙ
person-advice-heading = ምኽርታት
person-contact-show = ስምምዕ ምርኻብ ኣርእዩ
person-contact-hide = ስምምዕ ምርኻብ ሕብኡ
person-contact-heading = እዚ ኢና ተሰማሚዕና
person-contact-safe-note = ኣብ ስክሪን ምርኣዩ ውሑስ ዝኾነ ጥራይ የርኢ፦ ምስጢራዊ ቃላት የለን፣ ብዛዕባ ስድራ መዘኻኸሪታት የለን፣ ብዛዕባ ተርጐምቲ ሓበሬታ ድማ የለን።
person-contact-call = ምድዋል ውሑስ እዩ
person-contact-when = ምድዋል ጽቡቕ ዝኾነሉ ግዜ
person-contact-sms = SMS
person-contact-channel = ዝተመርጸ መንገዲ ምርኻብ
