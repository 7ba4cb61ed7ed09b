# UNREVIEWED DRAFT translation into Tigrinya (Ge'ez / Ethiopic script) of the
# Swedish source (locales/sv/cases.ftl). It has NOT been approved by a
# reviewer; the Swedish text is authoritative.
# ዘይተገምገመ ንድፊ፦ ካብቲ ናይ ሽወደን ምንጪ (locales/sv/cases.ftl) ዝተዳለወ ትርጉም
# ትግርኛ። ብገምጋሚ ኣይጸደቐን፤ እቲ ናይ ሽወደን ጽሑፍ እዩ ወሳኒ።
# Terms as in ti/guidance.ftl and ti/ui.ftl: "ärende" = "ጉዳይ", "möte" =
# "ርክብ" (next meeting: "ቆጸራ"), "krisplan" = "ናይ ቅልውላው መደብ", "kodord" =
# "ምስጢራዊ ቃል", "stödperson" = "ደጋፊ ሰብ", "tolk" = "ተርጓሚ", "telefontolk"
# = "ናይ ተሌፎን ተርጓሚ", "platstolk" = "ኣብ ቦታ ዝርከብ ተርጓሚ", "den utsatta" =
# "እቲ ኣብ ሓደጋ ዘሎ ሰብ" (grammatically masculine, generic, for Swedish
# "hen"), "yrkesverksam" = "ሞያዊ ሰራሕተኛ", "alias" = "ተለዋጢ ስም (alias)",
# "kontaktöverenskommelse" = "ስምምዕ ምርኻብ", "situationsbedömning" = "ገምጋም
# ኩነታት", "arkiverat" = "ኣብ ማህደር". Imperatives are plural (polite).

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = ጉዳያት
cases-list-heading = ጉዳያት
cases-new = ሓድሽ ጉዳይ
cases-pick = ካብቲ ዝርዝር ሓደ ጉዳይ ምረጹ ወይ ሓድሽ ፍጠሩ።
cases-show-archived = ኣብ ማህደር ዘለዉ ኣርእዩ
cases-archived-tag = ኣብ ማህደር
cases-empty = ክሳብ ሕጂ ጉዳይ የለን። ብተለዋጢ ስም (alias) ሓደ ፍጠሩ።
cases-empty-filtered = ንጡፋት ጉዳያት የለዉን። ነቶም ኣብ ማህደር ዘለዉ ንምርኣይ “ኣብ ማህደር ዘለዉ ኣርእዩ” ምልክት ግበሩ።
cases-search-label = ኣብ ጉዳያት ድለዩ
cases-search-none = ምስ እቲ ምድላይ ዝሰማማዕ ሳጓ ዘለዎ ጉዳይ የለን።
# Variables:
#   $shown (Number) - cases shown
#   $total (Number) - cases in all
cases-shown-of = { $shown } ካብ { $total } ይርአዩ ኣለዉ
# Variables:
#   $count (Number) - cases not shown yet
cases-show-more = ተወሳኺ ኣርእዩ ({ $count } ተወሳኺ)
# Variables:
#   $count (Number) - cases that could not be opened
cases-damaged = ገለ ጉዳያት ክኽፈቱ ኣይተኻእለን ({ $count })። እቶም ፋይላት ተበላሽዮም ክኾኑ ይኽእሉ። እቶም ካልኦት ጉዳያት ከም ልሙድ ይርኣዩ ኣለዉ።
cases-loading-list = ጉዳያት ይጽዓኑ ኣለዉ …
cases-loading = እቲ ጉዳይ ይኽፈት ኣሎ …
cases-back = ናብ ዝርዝር ጉዳያት ተመለሱ
cases-open = ክፈቱ
cases-cancel = ሰርዙ
cases-remove = ኣልግሱ
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-remove-n = ስጉምቲ { $n } ኣልግሱ
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-move-up-n = ስጉምቲ { $n } ናብ ላዕሊ ኣልዕሉ
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-move-down-n = ስጉምቲ { $n } ናብ ታሕቲ ኣውርዱ

## Colour tags
cases-colour-label = ምልክት ሕብሪ
cases-colour-help = እቲ ሕብሪ፣ ዝኾነ ሰብ ነቲ ተለዋጢ ስም ከንብብ ከየድለዮ፣ ንጉዳያት ይፈላልዮም።
cases-colour-none = ሕብሪ የብሉን
cases-colour-red = ቀይሕ
cases-colour-orange = ብርቱኳናዊ
cases-colour-yellow = ብጫ
cases-colour-green = ቀጠልያ
cases-colour-blue = ሰማያዊ
cases-colour-purple = ወይናይ

## New case and alias
cases-new-heading = ሓድሽ ጉዳይ
cases-alias-label = ተለዋጢ ስም (alias)
cases-alias-nudge-title = ተለዋጢ ስም ተጠቐሙ።
cases-alias-nudge = ስም፣ ናይ ውልቂ መለለዪ ቁጽሪ (personnummer)፣ ኣድራሻ ወይ ቁጽሪ ተሌፎን እቲ ሰብ ፈጺምኩም ኣይትጽሓፉ። ካልእ ሰብ ነቲ ስክሪን እንተ ረኣዮ፣ እቲ ተለዋጢ ስም እቲ ጉዳይ ብዛዕባ መን ምዃኑ ክቃላዕ የብሉን።
cases-alias-placeholder = ንኣብነት ዓሚል A ወይ ጽጌረዳ
cases-alias-warnings-heading = ነቲ ተለዋጢ ስም ኣረጋግጹ
cases-alias-warnings-note = እቲ መጠንቀቕታ ካብ ምዕቃብ ኣይዓግተኩምን። ባዕልኹም ትውስኑ።
alias-warning-personal-identity-number = እቲ ተለዋጢ ስም ናይ ውልቂ መለለዪ ቁጽሪ (personnummer) ወይ ናይ ምውህሃድ ቁጽሪ (samordningsnummer) ዝሓዘ ይመስል።
alias-warning-street-address = እቲ ተለዋጢ ስም ኣድራሻ ጎደና ወይ ቁጽሪ ፖስታ ዝሓዘ ይመስል።
alias-warning-phone-number = እቲ ተለዋጢ ስም ቁጽሪ ተሌፎን ዝሓዘ ይመስል።
alias-warning-full-name = እቲ ተለዋጢ ስም ቀዳማይ ስምን ናይ ስድራ ስምን ይመስል።
cases-create = እቲ ጉዳይ ፍጠሩ

## The case
cases-tabs-label = ክፍልታት እቲ ጉዳይ
cases-tab-plan = ናይ ቅልውላው መደብ
cases-tab-contact = ምርኻብ
cases-tab-review = ገምጋም
cases-tab-meetings = ርክባት
cases-damaged-parts = ሓደ ክፍሊ እቲ ጉዳይ ክኽፈት ኣይተኻእለን፣ ባዶ ኮይኑ ድማ ይርአ ኣሎ። እቲ ፋይል ተበላሽዩ ክኸውን ይኽእል። ነቲ ክፍሊ እንደገና ቅድሚ ምምላእኩም ምስ ቅዳሕ ድሕነት (backup) ኣነጻጽሩ።
cases-settings = ሓበሬታ ጉዳይ
cases-archived-label = ኣብ ማህደር
cases-archived-help = ኣብ ማህደር ዘለዉ ጉዳያት ኣብቲ ዝርዝር ይሕብኡ፣ ግን ክሳብ እትድምስስዎም ይጸንሑ።
cases-delete = እቲ ጉዳይ ደምስሱ
cases-delete-title = እቲ ጉዳይ ይደምሰስ ድዩ?
# Variables:
#   $alias (String) - the case's alias
cases-delete-confirm = እቲ ጉዳይ { $alias } ምስ ናይ ቅልውላው መደቡ፣ ስምምዕ ምርኻብ፣ ገምጋም ኩነታትን ኩሎም ርክባትን ብቕጽበት ይድምሰስ። ክምለስ ኣይከኣልን።
# Variables:
#   $alias (String) - the case's alias
cases-delete-confirm-yes = { $alias } ደምስሱ
cases-delete-failed = እቲ ጉዳይ ክድምሰስ ኣይተኻእለን።

## Autosave
cases-save-saving = ይዕቀብ ኣሎ …
cases-save-saved = ተዓቂቡ
cases-save-error = ክዕቀብ ኣይተኻእለን። እቲ ዝጸሓፍኩሞ ሕጂ እውን ኣብ ስክሪን ኣሎ።
cases-save-retry = እንደገና ፈትኑ

## Crisis plan
cases-plan-heading = ናይ ቅልውላው መደብ
cases-plan-intro = እቲ ናይ ቅልውላው መደብ ኣብ ህሉው ኩነታት እቲ ኣብ ሓደጋ ዘሎ ሰብ ዝተመርኮሰ እዩ፣ ገለ ነገር እንተ ኣጋጢሙ እቲ ኣብ ሓደጋ ዘሎ ሰብ ሓገዝ ወይ ሓለዋ እንተ ኣድለዮ ክውሰዱ ዝኽእሉ ስጉምትታት ድማ ይሓዝ።
cases-plan-situation = ህሉው ኩነታት
    .help = ኩነታት እቲ ሰብ ሕጂ ግለጹ፦ እንታይ ከም ዘጋጠመ፣ እቲ ሰብ እንታይ ከም ዝፈርህ፣ እንታይ ድማ ከም ዝሕልዎ።
cases-plan-warnings = ምልክታት መጠንቀቕታን ቀስቀስቲ ፍጻመታትን
    .help = ንኣብነት ዝተመደበ ጉዕዞ ናብ ወጻኢ፣ ምሕጻይ፣ ዕረፍትን በዓላትን፣ ወይ ካብ ስድራ ዝውስኽ ጸቕጢ።
cases-plan-warning-kind = ዓይነት
cases-plan-warning-note = መዘኻኸሪ
cases-warning-kind-travel-abroad = ጉዕዞ ናብ ወጻኢ
cases-warning-kind-engagement = ምሕጻይ ወይ መርዓ
cases-warning-kind-holidays = ዕረፍትን በዓላትን
cases-warning-kind-family-pressure = ጸቕጢ ካብ ስድራ
cases-warning-kind-other = ካልእ
cases-plan-add-warning = ምልክት መጠንቀቕታ ወስኹ
cases-plan-steps = ገለ ነገር እንተ ኣጋጢሙ ዝውሰዱ ስጉምትታት
    .help = ገለ ነገር እንተ ኣጋጢሙ እሞ ሓገዝ ወይ ሓለዋ እንተ ኣድለዮ፣ እቲ ሰብ ብቕደም ተኸተል እንታይ ከም ዝገብር።
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-plan-step = ስጉምቲ { $n }
cases-plan-empty-step = (ባዶ ስጉምቲ)
cases-plan-add-step = ስጉምቲ ወስኹ
cases-plan-safe-places = ውሑሳት ቦታታት
    .help = ገለ ነገር እንተ ኣጋጢሙ እቲ ሰብ ክኸደሉ ዝኽእል ቦታታት።
cases-plan-safe-place = ውሑስ ቦታ
cases-plan-add-safe-place = ቦታ ወስኹ
cases-plan-contacts = መራኸቢታት
    .help = እቲ ሰብ ክድውለሎም ዝኽእል ቁጽርታት። ኣብ ህጹጽ ሓደጋ፦ 112።
cases-contact-role = መን
cases-contact-label = ስያመ
cases-contact-number = ቁጽሪ
cases-role-emergency112 = 112 – ቁጽሪ ህጹጽ ረድኤት
cases-role-police = ፖሊስ
cases-role-social-services-on-call = ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት (socialjouren)
cases-role-shelter = ሕሉው መንበሪ (skyddat boende)
cases-role-trusted-person = እሙን ሰብ
cases-role-other = ካልእ መራኸቢ
cases-plan-add-contact = መራኸቢ ወስኹ
cases-plan-keep-ready = ድሉው ክኸውን ዘለዎ
    .help = እቲ ሰብ ቀልጢፉ ክወጽእ እንተ ተገዲዱ ኣብ ኢዱ ክህልዎ ዝግባእ ነገራት። ነቲ ዝተዳለወ ምልክት ግበሩሉ።
cases-thing-id = ሰነዳት መንነት (መንነት ወረቐት፣ ፓስፖርት)
cases-thing-phone = ተሌፎንን ቻርጀርን
cases-thing-money = ገንዘብን ካርድ ባንክን
cases-thing-medicine = መድሃኒታት
cases-thing-other = ካልእ
cases-keep-ready-note = መዘኻኸሪ
cases-plan-add-keep-ready = ወስኹ
cases-plan-code-word = ምልክት ህጹጽ ሓገዝ፦ እቲ ሰብ ሕጂ ሓገዝ ከም ዘድልዮ ዘመልክት ቃል ወይ ምልክት
    .help = ምልክት ህጹጽ ሓገዝ ናይቲ ናይ ቅልውላው መደብ እዩ። እቲ ኣብ ስምምዕ ምርኻብ ዘሎ ምስጢራዊ ቃል ኣይኮነን፤ እቲ ምስጢራዊ ቃል እቲ ሰብ ክዛረብ ምስ ዘይክእል ንናይ ተሌፎን ርክብ ጥራይ እዩ። ነቲ ብተርጓሚ ዝግበር ዘተ ንምቁራጽ ዝተሰማማዕኩምሉ ምልክት እውን ኣይኮነን። ፈጺምኩም ብSMS ወይ ብኢመይል ኣይትጽሓፍዎ።
cases-plan-next-review = ዝቕጽል ዳግመ-ምርኣይ እቲ መደብ
cases-plan-routine = እቲ ናይ ቅልውላው መደብ ኣብ ኩሉ ጉዳያት ዝግበር ልሙድ ኣሰራርሓ ምዃኑ ነቲ ሰብ ተሓቢርዎ ኣሎ
    .help = እቲ ናይ ቅልውላው መደብ ምናልባት ፈጺሙ ኣብ ጥቕሚ ክውዕል ዘየድልዮ እንተ ኾነ እውን፣ እዚ እቲ ትካል ኣብ ኩሉ ጉዳያት ዘለዎ ልሙድ ኣሰራርሓ ምዃኑ ነቲ ኣብ ሓደጋ ዘሎ ሰብ ክሕበሮ ይግባእ።

## Contact agreement
cases-contact-heading = ስምምዕ ምርኻብ
cases-contact-intro = ምስቲ ሰብ ክትራኸቡ እንተ ኣድልዩ ብኸመይ ከም እትራኸቡ ምስኡ ተሰማምዑ።
cases-contact-phone-heading = ተሌፎን
cases-contact-safe-to-call = ምድዋል ውሑስ ድዩ?
cases-safe-to-call-yes = እወ
cases-safe-to-call-no = ኣይፋል
cases-safe-to-call-only-at-times = ኣብ ፍሉጥ ሰዓታት ጥራይ
cases-safe-to-call-unknown = ገና ኣይተነጸረን
cases-contact-call-when = መዓስ እዩ ምድዋል ውሑስ?
cases-contact-code-word = ኣብ ተሌፎን “ክዛረብ ኣይክእልን እየ” ማለት ዝኾነ ምስጢራዊ ቃል
    .help = እቲ ሰብ ክዛረብ እንተ ዘይክኢሉ፣ ኣብ ሓደ ምስጢራዊ ቃል ክትሰማምዑ ትኽእሉ ዶ? እቲ ምስጢራዊ ቃል ንናይ ተሌፎን ርክብ ጥራይ እዩ። ምልክት ህጹጽ ሓገዝ ናይቲ ናይ ቅልውላው መደብ ኣይኮነን፣ ነቲ ብተርጓሚ ዝግበር ዘተ ንምቁራጽ ዝተሰማማዕኩምሉ ምልክት እውን ኣይኮነን።
cases-contact-someone-else = ካልእ ሰብ እንተ መለሰ
    .help = ካብቲ ሰብ ወጻኢ ካልእ ሰብ እንተ መለሰ እንታይ ከም እትብሉን እትገብሩን።
cases-contact-sms-heading = SMS
cases-contact-sms-warning = ኣብ SMS ኣብ ዝጽሓፍ ነገር ተጠንቀቑ። መን ከንብቦ ይኽእል? ዝተሓለዉ (ምስጢራውያን) ቁጽርታት ሞባይል እውን ኣብ SMS ከም ዝርኣዩ ኣብ ግምት ኣእትዉ።
cases-contact-sms-allowed = SMS ክጥቀሙ ይፍቀድ ድዩ?
cases-sms-allowed-yes = እወ
cases-sms-allowed-no = ኣይፋል
cases-sms-allowed-only-neutral = ዘይሻራዊ ትሕዝቶ ጥራይ
cases-sms-allowed-unknown = ገና ኣይተነጸረን
cases-contact-sms-content = SMS እንታይ ክሕዝ ይኽእል?
cases-contact-channel = እቲ ሰብ ብኸመይ ክረኽብዎ ይመርጽ
cases-channel-phone = ተሌፎን
cases-channel-sms = SMS
cases-channel-in-person = ኣብ ርክብ (ብኣካል)
cases-channel-via-contact-person = ብመራኸቢ ሰብ ኣቢሉ
cases-channel-other = ብኻልእ መንገዲ
cases-contact-interpreter = ተርጓሚ
cases-interpreter-mode = ናይ ተሌፎን ተርጓሚ ወይ ኣብ ቦታ ዝርከብ ተርጓሚ
    .help = ቀዳምነት ናይ ተሌፎን ተርጓሚ ኣብ ጥቕሚ ክውዕል ይግባእ፣ እዚ ድማ ነቲ ርክብ ዝያዳ ስውር (anonymous) ይገብሮ። እቲ ሰብ ብእንታይ ዝያዳ ከም ዝምቾቶ ስምዑ፣ ግን ትርጉም ብኸመይ ክካየድ ከም ዘለዎ ካብ ናይ ድሕነት ኣረኣእያ ተበጊስኩም እትገምግሙ ንስኹም ከም ሞያዊ ሰራሕተኛ ኢኹም።
cases-interpreter-mode-phone = ናይ ተሌፎን ተርጓሚ
cases-interpreter-mode-on-site = ኣብ ቦታ ዝርከብ ተርጓሚ
cases-interpreter-mode-no-preference = ፍሉይ ምርጫ የለን
cases-interpreter-gender = ጾታ እቲ ተርጓሚ
cases-interpreter-gender-female = ጓል ኣንስተይቲ
cases-interpreter-gender-male = ወዲ ተባዕታይ
cases-interpreter-gender-no-preference = ፍሉይ ምርጫ የለን
cases-interpreter-avoid = ኣብ ጥቕሚ ክውዕሉ ዘይብሎም ተርጐምቲ
    .help = ንኣብነት ንስድራ፣ ኣዝማድ ወይ ኣብቲ ከባቢ ዘለዉ ካልኦት ሰባት እቲ ሰብ ዝፈልጡ ተርጐምቲ። እቲ ተርጓሚ ዘይሻራዊ ክኸውን ኣለዎ፣ ወረ ብምዝርጋሕ ወይ ምስ ስድራ፣ ኣዝማድ ወይ መቕርብ እቲ ሰብ ብዘለዎ ርክብ ድማ ስግኣት ክኸውን የብሉን።
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = ኣብ ጥቕሚ ክውዕሉ ዘይብሎም ተርጐምቲ፦ { $names }
cases-interpreter-name-announced = ስም እቲ ተርጓሚ ኣቐዲሙ ይሕበር
    .help = እንተ ተኻኢሉ ስም እቲ ተርጓሚ ኣቐዲምኩም ሓብሩ፣ እቲ ሰብ እቲ ተርጓሚ ክጥቀምሉ ዘይከኣል እንተ ኾይኑ ክሕብር ምእንቲ ክኽእል፤ ንኣብነት እቲ ተርጓሚ ንማሕበራዊ መርበብ እቲ ሰብ (ስድራ፣ ኣዝማድ ወይ ካልኦት ኣብቲ ከባቢ) ስለ ዝፈልጥ።
cases-interpreter-stop-sign = ነቲ ብተርጓሚ ዝግበር ዘተ ንምቁራጽ ዝኸውን ምልክት
    .help = ምስቲ ሰብ ኣብ ሓደ ምልክት ተሰማምዑ፣ ንኣብነት ኢድ ኣብ ጣውላ ምንባር። እዚ ምልክት እቲ ተርጓሚ ዘይግቡእ ነገር ከም ዝሓትትን እቲ ዘተ ክቋረጽ ከም ዘለዎን የመልክት። እቲ ሰብ ነቲ ምልክት ኣብ “ነቲ ሰብ ኣርእዩ” ይርእዮ። እቲ ኣብ ስምምዕ ምርኻብ ዘሎ ምስጢራዊ ቃል ኣይኮነን፣ ምልክት ህጹጽ ሓገዝ ናይቲ ናይ ቅልውላው መደብ እውን ኣይኮነን።
cases-contact-support-person = ደጋፊ ሰብ
cases-support-who = መን (ተራ ወይ ተለዋጢ ስም፣ ስም ኣይኮነን)
cases-support-confirmed = እቲ ደጋፊ ሰብ ናይቲ ሰብ ናይ ባዕሉ ድሌት ምዃኑ ዝተረጋገጸሉ ዕለት
    .help = እዚ ናይቲ ሰብ ናይ ባዕሉ ድሌት ምዃኑን ብግዲ ዝተጻዕነሉ ነገር ዘይምዃኑን ኣረጋግጹ። ካብ JO 2010/11 s. 328 ከም ዝርአ፣ ዕላማ ምህላው ሓደ ደጋፊ ሰብ ንምሕታት ምኽንያት እንተሎ፣ ማሕበራዊ ኣገልግሎት ነቲ ምህላዉ ከጻሪ ይኽእል፤ ከም ደጋፊ ዘይንቀሳቐስ ሰብ ናብቲ ርክብ ከይኣቱ ክኽልከል ይኽእል።
cases-support-confirm-today = ሎሚ ተረጋጊጹ
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = ናይ ባዕሉ ድሌት ምዃኑ ተረጋጊጹ፦ { DATETIME($date, dateStyle: "medium") }
cases-support-not-confirmed = ናይ ባዕሉ ድሌት ምዃኑ ኣይተረጋገጸን

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = ገምጋም ኩነታት
cases-review-intro = ዓውዲ ብዓውዲ፣ ሕጂን ቅድሚ ሕጂን ዝግበር ስሩዕ ሞያዊ ገምጋም። ነጥቢ ወይ ድምር ኣይህብን፦ እቲ ገምጋም ናትኩም እዩ፣ ናይ ባዕሉ ርእይቶ እቲ ሰብ ድማ ኣብ ጎኑ ይቕመጥ።
cases-review-official = እቲ ወግዓዊ ገምጋም ሓደጋ ኣብቲ ልሙድ ስርዓት እቲ ትካል ይካየድ። እዚ ገጽ እዚ ነቲ ወግዓዊ ገምጋም ኣይትክኦን። ፖሊስ ኣብ ውሽጢ ናይ ግዳያት ገበንን ውልቃዊ ድሕነትን ስርሑ (brottsoffer- och personsäkerhetsverksamhet, BOPS) ናይ ባዕሉ ገምጋማት ሓደጋ ይገብር። ማሕበራዊ ኣገልግሎትን ፖሊስን ብመሰረት እቲ ናብ 4 kap. 1 § ናይ ደንብታት Socialstyrelsen ብዛዕባ ዓመጽ ኣብ ቀረባ ዝምድናታት (HSLF-FS 2022:39) ዝምልከት ሓፈሻዊ ምኽርታት ገምጋማት ሓደጋ ይለዋወጡ።
cases-review-now = ሕጂ
cases-review-before = ቅድሚ ሕጂ
cases-rating-present = ኣሎ
cases-rating-partly = ብኸፊል
cases-rating-absent = የለን
cases-rating-unknown = ኣይፍለጥን
cases-review-note = መዘኻኸሪ
cases-review-children-routine = ኮሚቴ ማሕበራዊ ጉዳያት (socialnämnden)፣ ሓደ ቆልዓ ዓመጽ ይወርዶ ክኸውን ከም ዝኽእል ወይ ዓመጽ ርእዩ ክኸውን ከም ዝኽእል ዝሕብር ሓበሬታ ናብቲ ድሌታት እቲ ቆልዓ ናይ ምጽናዕ ሓላፍነት ዘለዎ ክፍሊ እቲ ትካል ብኸመይ ከም ዝሕለፍ ዝውስን ልሙድ ኣሰራርሓ ከውጽእ ኣለዎ (2 kap. 5 § ናይ ደንብታት Socialstyrelsen ብዛዕባ ዓመጽ ኣብ ቀረባ ዝምድናታት፣ HSLF-FS 2022:39)።
cases-review-children-passed-on = እቲ ብዛዕባ ቆልዑ ዘሎ ሓበሬታ ብመሰረት እቲ ልሙድ ኣሰራርሓ ተመሓላሊፉ ኣሎ
cases-review-judgement = ገምጋም
cases-review-own-view = ናይ ባዕሉ ርእይቶ እቲ ሰብ ብዛዕባ እቲ ሓደጋ
    .help = ነቲ ሰብ ስምዕዎ፣ ተመክሮኡ ድማ እመኑ።
cases-review-summary = ጠቕላሊ ገምጋም
cases-review-linked = ኣብቲ ናይ ቅልውላው መደብ ንገምጋም ዝምልሱ ስጉምትታት
cases-review-no-steps = እቲ ናይ ቅልውላው መደብ ክሳብ ሕጂ ስጉምትታት የብሉን። ኣብ ትሕቲ “ናይ ቅልውላው መደብ” ስጉምትታት ወስኹ።
review-domain-control-and-violence = ቁጽጽርን ዓመጽን
review-domain-collective = ብሓባር ዝካየድ ቁጽጽር
review-domain-vulnerability = ተቓላዕነት
review-domain-triggers = ቀስቀስቲ ፍጻመታት
review-domain-children-at-risk = ቆልዑ
review-item-control-restrictions = ኣብ ናጽነት ምንቅስቓስ፣ ምርኻብ ሰባት፣ ክዳን፣ ተሌፎን፣ ትምህርቲ፣ ስራሕ ወይ ገንዘብ ዝግበር ገደብ
review-item-control-monitoring = ተሌፎን ይፍተሽ፤ እቲ ሰብ ብኣዝማድ ኣሰሩ ይከታተል፣ ይስዓብ ወይ ይዕዘብ
review-item-control-threats = ናይ ዓመጽ፣ ናይ ቅትለት፣ ናብ ወጻኢ ናይ ምልኣኽ ወይ ናይ ምንጻል ምፍርራሕ
review-item-control-violence = ኣካላዊ፣ ጾታዊ ወይ ስነ-ኣእምሮኣዊ ዓመጽ
review-item-collective-multiple-perpetrators = ካብ ሓደ ንላዕሊ ሰባት ነቲ ቁጽጽር ወይ ዓመጽ ይፍጽሙ
review-item-collective-family-mandate = ስድራ ወይ ኣዝማድ ነቲ ቁጽጽር ይድግፍዎ ወይ ይሓትዎ
review-item-collective-reputation = ዝና እቲ ስድራ ኣብ ከባቢ ከም ምኽንያት ይጥቀስ
review-item-collective-network-abroad = ኣብ ወጻኢ ዘለዉ ኣዝማድ ወይ መርበብ ይሳተፉ ኣለዉ ወይ ንእቲ ሰብ ክበጽሕዎ ይኽእሉ
review-item-vulnerability-intellectual-disability = ኣእምሮኣዊ ስንክልና (ኣዝዩ ተቓላዕን ብቐሊሉ ዘይልለን ጉጅለ፤ እቲ Våga förstå! ዝበሃል መሳርሒ ኮሙኒኬሽን ክሕግዝ ይኽእል)
review-item-vulnerability-dependence = ኣብቶም ዓመጽ ዝፍጽሙ ጽግዕተኛነት (ገንዘብ፣ መንበሪ፣ ክንክን፣ ፍቓድ መንበሪ)
review-item-vulnerability-isolation = ናይ ገዛእ ርእሱ መርበብ የብሉን፣ ተነጺሉ ኣሎ
review-item-vulnerability-ill-health = ብተኣሳሳሪ መንገዲ ናይ ምዝንታው ዓቕሚ ዝጸሉ ጽቡቕ ዘይምስማዕ
review-item-trigger-travel-abroad = ዝተመደበ ወይ ክኸውን ዝኽእል ጉዕዞ ናብ ወጻኢ
review-item-trigger-engagement-marriage = ምሕጻይ ወይ መርዓ ይምደብ ወይ ይድረኽ ኣሎ
review-item-trigger-holidays = ጉዕዞታትን ምትእኽኻባትን ዝካየዱሎም ዕረፍትን በዓላትን
review-item-trigger-relationship-disclosed = ሓደ ዝምድና፣ ጾታዊ ዝንባለ ወይ ኣነባብራ ተፈሊጡ ወይ ክፍለጥ ይኽእል
review-item-trigger-contact-with-authorities = እቲ ስድራ ብዛዕባ እቲ ምስ ሰበ-ስልጣን ዘሎ ርክብ ይፈልጥ ወይ ክፈልጥ ይኽእል
review-item-children-in-household = ቆልዑ ኣብቲ ገዛ ይነብሩ ወይ ብስሩዕ ይበጽሕዎ
review-item-children-exposed = ቆልዑ ባዕሎም ዓመጽ ወይ ቁጽጽር ይወርዶም
review-item-children-witnessed = ቆልዑ ዓመጽ ርእዮም እዮም
review-item-children-risk-abroad-or-marriage = ቆልዑ ናብ ወጻኢ ናይ ምውሳድ ወይ ናይ ምምርዓው ሓደጋ ኣለዎም

## Meetings and meeting mode
cases-meetings-heading = ርክባት
cases-meetings-empty = ክሳብ ሕጂ ርክብ የለን።
cases-meeting-new = ሓድሽ ርክብ
cases-meeting-date = ዕለት
cases-meeting-create = ነቲ ርክብ ጀምሩ
cases-meeting-open = ኣገባብ ርክብ
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = ርክብ { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = ነቲ ርክብ ደምስሱ
cases-meeting-delete-title = እቲ ርክብ ይደምሰስ ድዩ?
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = እቲ ርክብ { DATETIME($date, dateStyle: "medium") } ምስ ዝርዝር ምፍታሹን መዘኻኸሪታቱን ብቕጽበት ይድምሰስ። ክምለስ ኣይከኣልን።
cases-meeting-delete-failed = እቲ ርክብ ክድምሰስ ኣይተኻእለን።
cases-meeting-back = ናብ ዝርዝር ርክባት ተመለሱ
cases-meeting-checklist = ዝርዝር ምፍታሽ
cases-meeting-phases-label = ክፍሊ እቲ ርክብ
# Variables:
#   $done (Number) - items done
#   $total (Number) - items in all
cases-meeting-progress = ዝተፈጸመ፦ { $done } / { $total }
cases-meeting-check-note = መዘኻኸሪ
cases-meeting-show-advice = ነቲ ምኽሪ ርኣዩ
cases-meeting-facts = ብዛዕባ እቲ ርክብ
cases-meeting-place = ዓይነት ቦታ
    .help = ዓይነት ቦታ ጥራይ ሓብሩ፣ ፈጺምኩም ኣድራሻ ኣይትጽሓፉ።
cases-place-office = ቤት ጽሕፈት
cases-place-school = ቤት ትምህርቲ
cases-place-home = ገዛ
cases-place-phone = ተሌፎን
cases-place-video = ቪድዮ
cases-place-other = ካልእ ቦታ
cases-meeting-interpreter = ተርጓሚ ኣብቲ ርክብ
cases-interpreter-used-none = ተርጓሚ የለን
cases-interpreter-used-phone = ናይ ተሌፎን ተርጓሚ
cases-interpreter-used-on-site = ኣብ ቦታ ዝርከብ ተርጓሚ
cases-meeting-attendees = ተሳተፍቲ (ተራ፣ ስም ኣይኮነን)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = ፈጺምኩም ኣስማት ወይ ቦታታት ኣይትጥቀሱ።
cases-meeting-attendee-role = ዝውሰኽ ተራ
cases-meeting-add-attendee = ተሳታፊ ወስኹ
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] ነቲ ሞያዊ ሰራሕተኛ ኣልግሱ
        [interpreter] ነቲ ተርጓሚ ኣልግሱ
        [support-person] ነቲ ደጋፊ ሰብ ኣልግሱ
        [colleague] ነቲ መሳርሕቲ ኣልግሱ
        [police] ነቲ ፖሊስ ኣልግሱ
       *[other] ነቲ ካልእ ተሳታፊ ኣልግሱ
    }
cases-attendee-practitioner = ሞያዊ ሰራሕተኛ
cases-attendee-interpreter = ተርጓሚ
cases-attendee-support-person = ደጋፊ ሰብ
cases-attendee-colleague = መሳርሕቲ
cases-attendee-police = ፖሊስ
cases-attendee-other = ካልእ
cases-meeting-closing = ንጹር ሓበሬታ ብምሃብ ነቲ ርክብ ዛዝሙ
    .help = ነቲ ሰብ መን ነቲ ሓበሬታ ከም ዝረኽቦን ብዛዕባ እንታይን፣ ግዜ እቲ ዝቕጽል ቆጸራ፣ ከምኡውን ብኸመይ ብውሑስ መንገዲ ክትራኸቡ ከም እትኽእሉ ንገርዎ።
cases-meeting-closing-who = መን ነቲ ሓበሬታ ከም ዝረኽቦ፣ ብዛዕባ እንታይን
cases-meeting-closing-next = ግዜ እቲ ዝቕጽል ቆጸራ
cases-meeting-closing-safe-contact = ብኸመይ ብውሑስ መንገዲ ክትራኸቡ ከም እትኽእሉ
cases-meeting-closing-given = እቲ ሓበሬታ ነቲ ሰብ ተዋሂብዎ
cases-quick-open = ናይ ቅልውላው መደብን ስምምዕን
cases-quick-heading = ኣብ እዋን ርክብ ኣብ ኢድ
cases-quick-show = ኣርእዩ
cases-quick-hide = ሕብኡ
cases-quick-empty = ኣይተመልአን
cases-quick-ready = ተዳልዩ፦
cases-quick-not-ready = ኣይተዳለወን፦

## Retention: cases not changed for a long time
# Variables:
#   $count (Number) - cases to go through
cases-retention-open = ክረኣዩ ዘለዎም ጉዳያት፦ { $count }
cases-retention-heading = ክረኣዩ ዘለዎም ጉዳያት
# Variables:
#   $days (Number) - days without a change
cases-retention-intro =
    { $days ->
        [one] እዞም ጉዳያት እዚኦም ካብ { $days } መዓልቲ ንላዕሊ ኣይተቐየሩን። ድሕሪ ሕጂ ዘየድሊ ደምስስዎ። ብዘይ ናትኩም ምርግጋጽ ዝኾነ ነገር ኣይድምሰስን።
       *[other] እዞም ጉዳያት እዚኦም ካብ { $days } መዓልታት ንላዕሊ ኣይተቐየሩን። ድሕሪ ሕጂ ዘየድሊ ደምስስዎ። ብዘይ ናትኩም ምርግጋጽ ዝኾነ ነገር ኣይድምሰስን።
    }
cases-retention-none = ክረኣዩ ዘለዎም ጉዳያት የለዉን።
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = ናይ መወዳእታ ለውጢ፦ { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## Terms: "journal" = "መዝገብ (journal)", "Underlag för journalen" =
## "ንመዝገብ ዝኸውን ሓበሬታ"; "telefonkortet" = "ካርድ ተሌፎን",
## "avslutningskortet" = "ካርድ መዛዘሚ".

cases-meeting-for-person = ነቲ ሰብ ኣርእዩ
cases-meeting-show-phone-trail = ካርድ ተሌፎን
cases-meeting-show-closing = ካርድ መዛዘሚ
cases-meeting-show-journal = ንመዝገብ (journal) ዝኸውን ሓበሬታ
cases-meeting-phone-trail-done = ካርድ ተሌፎን ምስቲ ሰብ ብሓባር ተራእዩ ኣሎ
    .help = ቅድሚ ጉዕዞ ክሳዕ እቲ ሰብ ዝምለስ ኣገባብ ነፋሪት፣ Wi-Fiን ኣገልግሎታት ቦታን ዕጹው፣ ከምኡውን ሓደ ሰብ እንተ ሓተተ ዝውሃብ መግለጺ።
cases-meeting-interpreter-gender = ጾታ እቲ ተርጓሚ
cases-interpreter-gender-used-not-asked = ኣይተሓተተን
cases-interpreter-gender-used-female = ጓል ኣንስተይቲ
cases-interpreter-gender-used-male = ወዲ ተባዕታይ
cases-meeting-interpreter-named = ስም እቲ ተርጓሚ ኣቐዲሙ ነቲ ሰብ ዝተሓበረሉ ዕለት
    .help = እቲ ሰብ ንስድራኡ ዝፈልጥ ተርጓሚ ክነጽግ ምእንቲ ክኽእል። ስም እቲ ተርጓሚ እንተ ዘይተሓበረ ባዶ ግደፍዎ።
cases-meeting-interpreter-named-today = ስም ሎሚ ተሓቢሩ
cases-person-card-back = ናብቲ ርክብ ተመለሱ
cases-plan-gap-explanation = ተሌፎን ጠፊኡ እንተ ነይሩ ዝውሃብ መግለጺ
    .help = ሓደ ሰብ ስለምንታይ እቲ ተሌፎን ጠፊኡ ከም ዝነበረ ወይ ኣበይ ከም ዝነበረ ከም ዘየርኣየ እንተ ሓተተ፣ እቲ ሰብ ዝብሎ። ምስቲ ሰብ ብሓባር ይውሰን፣ ነቲ ሰብ ድማ ኣብ ካርድ ተሌፎን ይርኣዮ።

## The support person's own will: the question the person answers alone.

cases-support-check = ነቲ ሰብ ንበይኑ ሕተትዎ
    .help = ብቋንቋ እቲ ሰብ ዘይሻራዊ ሕቶ የርኢ፦ እቲ ደጋፊ ሰብ ክህሉ ይደሊ ድዩ? እቲ መልስን ናይ ሎሚ ዕለትን ኣብዚ ይዕቀቡ። ንበይንኹም ምስ ኮንኩም ነቲ ሕቶ ኣርእዩ።
cases-support-check-done = ተዛዚሙ
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] እወ ኢሉ መሊሱ፦ { DATETIME($date, dateStyle: "medium") }
        [no] ኣይፋል ኢሉ መሊሱ፦ { DATETIME($date, dateStyle: "medium") }
       *[alone] ንበይኑ ክዛረብ ደልዩ፦ { DATETIME($date, dateStyle: "medium") }
    }
cases-support-not-asked = ገና ንበይኑ ኣይተሓተተን

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = ንመዝገብ (journal) ዝኸውን ሓበሬታ
journal-intro = መዝገብ ክትጽሕፉ ከለኹም ካብዚ ኣንብቡ። ካብዚ ዝኾነ ነገር ኣይቕዳሕን ኣይዕቀብን።
journal-left-out = ምስጢራውያን ቃላት፣ ቁጽርታት ተሌፎንን ውሑሳት ቦታታትን ተገዲፎም ኣለዉ።
journal-include-sensitive = ምስጢራውያን ቃላት፣ ቁጽርታት ተሌፎንን ውሑሳት ቦታታትን እውን ኣርእዩ
journal-sensitive-shown = ምስጢራውያን ቃላት፣ ቁጽርታት ተሌፎንን ውሑሳት ቦታታትን ይርኣዩ ኣለዉ። ካልኦት ከንብብዎ ኣብ ዝኽእሉ መዝገብ ቦታ የብሎምን።
journal-omitted = [ተገዲፉ]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    ርክብ { DATETIME($date, dateStyle: "long") }፣ { $place ->
        [office] ኣብ ቤት ጽሕፈት።
        [school] ኣብ ቤት ትምህርቲ።
        [home] ኣብ ገዛ።
        [phone] ብተሌፎን።
        [video] ብቪድዮ።
       *[other] ኣብ ካልእ ቦታ።
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = ዝተረኽቡ፦ { $roles }።
journal-role-practitioner = ሞያዊ ሰራሕተኛ
journal-role-interpreter = ተርጓሚ
journal-role-support-person = ደጋፊ ሰብ
journal-role-colleague = መሳርሕቲ
journal-role-police = ፖሊስ
journal-role-other = ካልእ
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] ናይ ተሌፎን ተርጓሚ ኣብ ጥቕሚ ውዒሉ።
        [on-site] ኣብ ቦታ ዝርከብ ተርጓሚ ኣብ ጥቕሚ ውዒሉ።
       *[none] ተርጓሚ ኣብ ጥቕሚ ኣይወዓለን።
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] እቲ ተርጓሚ፣ ከምቲ እቲ ሰብ ዝደለዮ፣ ጓል ኣንስተይቲ ነይራ።
       *[male] እቲ ተርጓሚ፣ ከምቲ እቲ ሰብ ዝደለዮ፣ ወዲ ተባዕታይ ነይሩ።
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = ስም እቲ ተርጓሚ ኣቐዲሙ ነቲ ሰብ ተሓቢርዎ ነይሩ፣ ዕለት { DATETIME($date, dateStyle: "long") }።
journal-interpreter-not-named = ስም እቲ ተርጓሚ ኣቐዲሙ ነቲ ሰብ ኣይተሓበሮን።
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] ዕለት { DATETIME($date, dateStyle: "long") } ንበይኑ ምስ ተሓተተ፣ እቲ ሰብ እቲ ደጋፊ ሰብ ክህሉ ከም ዝደሊ ገሊጹ።
        [no] ዕለት { DATETIME($date, dateStyle: "long") } ንበይኑ ምስ ተሓተተ፣ እቲ ሰብ እቲ ደጋፊ ሰብ ክህሉ ከም ዘይደሊ ገሊጹ።
       *[alone] ዕለት { DATETIME($date, dateStyle: "long") } ንበይኑ ምስ ተሓተተ፣ እቲ ሰብ ንበይኑ ክዛረብ ከም ዝደሊ ገሊጹ።
    }
journal-done = ተራእዩ
journal-not-done = ኣይተራእየን
journal-phone-trail = ካርድ ተሌፎን ምስቲ ሰብ ብሓባር ተራእዩ፦ ቅድሚ ጉዕዞ ክሳዕ እቲ ሰብ ዝምለስ ኣገባብ ነፋሪት፣ Wi-Fiን ኣገልግሎታት ቦታን ዕጹው፣ ከምኡውን ሓደ ሰብ እንተ ሓተተ ዝውሃብ መግለጺ።
journal-closing = ኣብ መወዳእታ ርክብ ዝተዋህበ ሓበሬታ
journal-closing-given = እቲ ሓበሬታ ነቲ ሰብ ተዋሂብዎ።
journal-closing-not-given = እቲ ሓበሬታ ነቲ ሰብ ከም ዝተዋህቦ ምልክት ኣይተገብረሉን።
journal-who-sees = መን ነቲ ሓበሬታ ከም ዝረኽቦ፣ ብዛዕባ እንታይን፦
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = ዝቕጽል ቆጸራ፦ { DATETIME($date, dateStyle: "long", timeStyle: "short") }።
journal-next-none = ንዝቕጽል ቆጸራ ግዜ ኣይተወሰነን።
journal-safe-contact = ብኸመይ ብውሑስ መንገዲ ምርኻብ ከም ዝከኣል፦
journal-nothing = ዝተመዝገበ የለን።
