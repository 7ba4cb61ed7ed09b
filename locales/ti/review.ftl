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
translation-progress-label = { $name }፦ ዝጸደቑ ጽሑፋት { $approved } / { $total }
translation-progress-missing = ዝጎደሉ ጽሑፋት፦ { $count }። ብተተካኢ ቋንቋ ይርኣዩ።
translation-choose = ቋንቋ ምረጹ
translation-source = ምንጪ ቋንቋ
translation-target = ዝግምገም ቋንቋ
translation-filter = ኣርእዩ
translation-filter-all = ኩሎም ጽሑፋት
translation-filter-unreviewed = ዘይተገምገሙ ጥራይ
translation-filter-needs-change = ለውጢ ዘድልዮም ጥራይ
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
translation-variables = ኣብቲ ትርጉም ክጸንሑ ዘለዎም፦ { $vars }
translation-group-guidance = መምርሒ፦ ካልኦት ጽሑፋት
translation-group-ui = ሓፈሻዊ ጽሑፋት ናይቲ ኣፕ
translation-group-file = ጽሑፋት ናይቲ ኣፕ፦ { $file }
translation-damaged = እቲ ዝተዓቀበ ገምጋም ተበላሽዩ ስለ ዝነበረ ንጎኒ ተቐሚጡ። እቲ ገምጋም ካብቲ ምስቲ ኣፕ ዝመጸ ቅዳሕ ይቕጽል።

## Export and import
translation-export-heading = ንናይ ጽሑፍ ተርጐምቲ ኣውጽኡ (export)
translation-export-help = እቲ ፋይል ነፍሲ ወከፍ ጽሑፍ ምስ ኩነታት ገምጋሙ፣ ናይ ሽወደን ምንጪ ጽሑፍን ርእይቶን ይሓዝ።
translation-export = ፋይል ኣውጽኡ
translation-exported = እቲ ፋይል ተዓቂቡ፦ { $path } ({ $bytes } ባይት)
translation-import-heading = ዝተሓደሰ ትርጉም ኣእትዉ (import)
translation-import-help = ትሕዝቶ ሓደ .ftl ፋይል ለጥፉ ወይ ፋይል ምረጹ። ዝተቐየሩ ጽሑፋት እንደገና ዘይተገምገሙ ይኾኑ።
translation-import-text = ዝኣቱ ጽሑፍ
translation-import-file = .ftl ፋይል ምረጹ
translation-import = ኣእትዉ
translation-report-heading = ውጽኢት ምእታው
translation-report-errors = ኣብቲ ፋይል ዘለዉ ጌጋታት፦ { $count }
translation-report-error-line = መስመር { $line }፦ { $message }
translation-report-added = ሓደሽቲ ጽሑፋት፦ { $count }
translation-report-changed = ዝተቐየሩ ጽሑፋት፦ { $count }
translation-report-unchanged = ዘይተቐየሩ ጽሑፋት፦ { $count }
translation-report-missing = ኣብቲ ፋይል ዝጎደሉ፦ { $count }
translation-report-unknown = ዘይፍለጡ IDታት፣ ሸለል ተባሂሎም፦ { $count }
translation-report-variables = ጌጋ ተለዋወጥቲ (variables)፣ ኣይኣተዉን፦ { $count }
translation-report-variable-line = { $key }፦ ክህልዎ ዝግባእ { $expected }፣ ዘለዎ { $found }
translation-report-reset = ናብ ዘይተገምገመ ተመሊሶም፦ { $count }
translation-report-none = የለን

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
