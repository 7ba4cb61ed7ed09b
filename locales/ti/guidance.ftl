## UNREVIEWED DRAFT: machine-assisted translation into Tigrinya (Ge'ez /
## Ethiopic script) of the Swedish source (locales/sv/guidance.ftl). It has
## NOT been approved by a reviewer (qualified translator or subject expert);
## the Swedish text is authoritative.
## ዘይተገምገመ ንድፊ፦ ካብቲ ናይ ሽወደን ምንጪ (locales/sv/guidance.ftl) ብማሽን
## ተሓጊዙ ዝተዳለወ ትርጉም። ብገምጋሚ ኣይጸደቐን፤ እቲ ናይ ሽወደን ጽሑፍ እዩ
## ወሳኒ። Message IDs follow src/guidance/model.rs.

# For reviewers: item-<id> is a short title, .body the full recommendation
# and .check a short line for the meeting checklist. Proper names and legal
# references (HSLF-FS 2022:39, 4 kap. 1 §, 2 kap. 5 §, JO 2010/11 s. 328,
# BOPS, Våga förstå!, Kammarkollegiet, Länsstyrelsen, Socialstyrelsen) stay
# in Swedish, with a short gloss. "den utsatta" is rendered "እቲ ኣብ ሓደጋ
# ዘሎ ሰብ" with grammatically masculine (generic) agreement, where Swedish
# uses gender-neutral "hen"; "den yrkesverksamma" is "ሞያዊ ሰራሕተኛ"; "tolk"
# is "ተርጓሚ"; "möte" is "ርክብ" (next meeting: "ቆጸራ"); "hedersrelaterat våld
# och förtryck" is "ምስ ክብሪ ዝተኣሳሰረ ዓመጽን ጭቆናን". Imperatives are plural
# (polite). Phone settings carry the English term in brackets.
# Each value is on one line so that no line break falls inside a sentence.

# Title of the sheet.
guidance-sheet-title = ናይ ድሕነት ምኽርታት ምስቶም ምስ ክብሪ ዝተኣሳሰረ ዓመጽን ጭቆናን ዝወርዶም ወይ ክወርዶም ሓደጋ ዘለዎም ሰባት ኣብ ዝግበር ርክብ

## Sections, in the sheet's order.

section-assess-risks = ሓደጋታት ገምግሙ
section-digital-devices = ምስ ዲጂታላዊ መሳርሒታት ዝተኣሳሰረ ድሕነት
    .intro = ቅድሚ ርክብ፣ ኣብ እዋን ርክብን ድሕሪ ርክብን ነዞም ዝስዕቡ ኣብ ግምት ኣእትዉ
section-meeting-forms = ኣገባባት ርክብን ሓበሬታ ምትሕልላፍን
section-interpreters = ኣጠቓቕማ ተርጓሚ
    .intro = ብዘይካ እቲ ልሙድ ኣሰራርሓ ኣጠቓቕማ ተርጓሚ፣ ነዞም ዝስዕቡ እውን ኣብ ግምት ምእታው የድሊ
section-approach = ኣቀባብላን ኣመለኻኽታን
section-closing = ነቲ ኣብ ሓደጋ ዘሎ ሰብ ንጹር ሓበሬታ ብምሃብ ነቲ ርክብ ዛዝሙ

## Assess risks

item-routines-information-transfer = ልሙድ ኣሰራርሓ ምትሕልላፍ ሓበሬታን ምስናድን
    .body = ምትሕልላፍ ሓበሬታን ንውልቀ ሰብ ዝግበር መደብን ብውሑስ መንገዲ ከም ዝካየድ ዘረጋግጽ ልሙድ ኣሰራርሓ፣ ከምኡውን ንኣመሓዳድራ መዛግብትን (journal) ምስናድን ዝምልከት ልሙድ ኣሰራርሓ ኣሎ ድዩ?
    .check = ልሙድ ኣሰራርሓ ምትሕልላፍ ሓበሬታ፣ መደብ፣ ኣመሓዳድራ መዛግብትን ምስናድን ፈትሹ

item-assess-current-situation = ናይ ደገፍን ሓለዋን ድሌት ገምግሙ
    .body = ንህሉው ኩነታት እቲ ኣብ ሓደጋ ዘሎ ሰብ ብዝርዝር ርኣዩ እሞ ናይ ደገፍን ሓለዋን ድሌት ገምግሙ። ብካርድታት ሕቶታት ናይ Länsstyrelsen (ምምሕዳር ኣውራጃ) ብዛዕባ ምስ ክብሪ ዝተኣሳሰረ ዓመጽን ጭቆናን (Länsstyrelsens frågekort hedersrelaterat våld och förtryck) ተሓገዙ።
    .check = ንህሉው ኩነታት እቲ ኣብ ሓደጋ ዘሎ ሰብ ርኣዩ እሞ ናይ ደገፍን ሓለዋን ድሌት ገምግሙ (ካርድታት ሕቶታት ናይ Länsstyrelsen)

item-crisis-plan-early = ኣብ መጀመርታ ደረጃ ናይ ቅልውላው መደብ
    .body = ኣብ መጀመርታ ደረጃ ምስቲ ኣብ ሓደጋ ዘሎ ሰብ ናይ ቅልውላው መደብ ምድላው ጽቡቕ ክኸውን ይኽእል። እቲ ናይ ቅልውላው መደብ ኣብ ህሉው ኩነታት እቲ ኣብ ሓደጋ ዘሎ ሰብ ዝተመርኮሰ ክኸውን፣ ከምኡውን ገለ ነገር እንተ ኣጋጢሙ እቲ ሰብ ሓገዝ ወይ ሓለዋ እንተ ኣድለዮ ክውሰዱ ዝኽእሉ ስጉምትታት ክሕዝ ይግባእ። እቲ ናይ ቅልውላው መደብ ምናልባት ፈጺሙ ኣብ ጥቕሚ ክውዕል ዘየድልዮ እንተ ኾነ እውን፣ እዚ እቲ ትካል ኣብ ኩሉ ጉዳያት ዘለዎ ልሙድ ኣሰራርሓ ምዃኑ ነቲ ኣብ ሓደጋ ዘሎ ሰብ ክሕበሮ ይግባእ።
    .check = ምስቲ ኣብ ሓደጋ ዘሎ ሰብ ናይ ቅልውላው መደብ ኣዳልዉ፣ እዚ ኣብ ኩሉ ጉዳያት ዝግበር ልሙድ ኣሰራርሓ ምዃኑ ድማ ሓብሩ

# A side box in the sheet.
item-risk-assessment-duty = ገምጋም ሓደጋን ምልውዋጡን ኣብ መንጎ ማሕበራዊ ኣገልግሎትን ፖሊስን
    .body = ማሕበራዊ ኣገልግሎት (socialtjänsten) ንዓመጽ ዝተቓልዑ ቆልዑን ዓበይትን ኣብ ዘጻርየሉ እዋን ገምጋም ሓደጋ ናይ ምግባር ግዴታ ኣለዎ። እዚ ገምጋም ሓደጋ እዚ፣ እቲ ውልቀ ሰብ ተወሳኺ ምፍርራሕ ወይ ዓመጽ ክወርዶ ዘለዎ ሓደጋ ዝምልከት እዩ። ፖሊስ ኣብ ውሽጢ ናይ ግዳያት ገበንን ውልቃዊ ድሕነትን ስርሑ (brottsoffer- och personsäkerhetsverksamhet, BOPS) ገምጋማት ሓደጋ ይገብር። ብመሰረት ደንብታት Socialstyrelsen (ሃገራዊ ቦርድ ጥዕናን ማሕበራዊ ድሕነትን) ብዛዕባ ዓመጽ ኣብ ቀረባ ዝምድናታት (HSLF-FS 2022:39)፣ ማሕበራዊ ኣገልግሎትን ፖሊስን ገምጋማት ሓደጋ ክለዋወጡ ኣለዎም (ነቲ ናብ 4 kap. 1 § – ምዕራፍ 4፣ ዓንቀጽ 1 – ዝምልከት ሓፈሻዊ ምኽርታት፣ allmänna råd፣ ርኣዩ)።

## Security related to digital devices

# A side box in the sheet.
item-technology-evolves = ቴክኖሎጂ ብቐጻሊ ይምዕብል
    .body = ቴክኖሎጂ ብቐጻሊ ከም ዝምዕብል፣ ስለዚ ድማ ኣብዚ ዓውዲ እዚ እኹል ሓበሬታን ፍልጠትን ከም ዘለና ፈጺምና ክንግምት ከም ዘይንኽእል ምርዳእ ኣገዳሲ እዩ። ነዚ ክንፈልጦ፣ ከም ልሙድ ኣሰራርሓ ድማ ካብቲ የድሊ ኢልና እንሓስቦ ዝዓበየ ናይ ድሕነት ስጉምትታት ክንወስድ የድልየና።

item-phones-outside-room = ሞባይል ተሌፎናት ካብ ክፍሊ ኣኼባ ወጻኢ
    .body = ሞባይል ተሌፎናት ካብ ክፍሊ ኣኼባ ወጻኢ ምግዳፍ ግቡእ ናይ ድሕነት ስጉምቲ እዩ።
    .check = ሞባይል ተሌፎናት ካብ ክፍሊ ኣኼባ ወጻኢ ግደፉ

# The title sums up: airplane mode is to cut every network (see also
# item-wifi-off), and location services are to be switched off.
item-airplane-mode = ኣገባብ ነፋሪት (airplane mode) – ኩሉ መርበብ (ሞባይል ዳታ፣ Wi-Fi) ዕጹው፣ ኣገልግሎታት ቦታ ዕጹው
    .body = ምስቲ ኣብ ሓደጋ ዘሎ ሰብ ብኣካል ኣብ እትራኸቡሉ እዋን፣ ኣቐዲምኩም ናይ መሳርሒኡ ኣገባብ ነፋሪት (airplane mode) ክጥቀም፣ ማለት መሳርሒኡ ምስ ዝኾነ ዓይነት መርበብ ክራኸብ ዘኽእሎ ዓቕሚ ከጥፍእ፣ መምርሕን ምኽርን ክትህቡ ትኽእሉ ኢኹም። ኣገዳሲ ነጥቢ፣ ናብ ቦታ ርክብ ዝግበር ጉዕዞ ቅድሚ ምጅማሩ ነቲ ተሌፎን ናብ ኣገባብ ነፋሪት ምቕያር እዩ። ኣገባብ ነፋሪት ኣብ ምሉእ እቲ ርክብ፣ ክሳዕ እቲ ሰብ ናብቲ እቶም ኣብ ከባቢኡ ዘለዉ ሰባት ክርከበሉ ዝጽበይዎ ቦታ ዝምለስ፣ ተወሊዑ ክጸንሕ ይግባእ። ብዘይካ ነቲ ተሌፎን ናብ ኣገባብ ነፋሪት ምቕያር፣ እቲ ሞያዊ ሰራሕተኛ ነቲ ኣብ ሓደጋ ዘሎ ሰብ ኩሉ ኣገልግሎታት ቦታ (location) ከጥፍእ ክመኽሮ ይግባእ።
    .check = ኣቐዲምኩም ምኽሪ ሃቡ፦ ቅድሚ ናብ ርክብ ዝግበር ጉዕዞ ክሳዕ እቲ ሰብ ዝምለስ ኣገባብ ነፋሪት፣ ከምኡውን ኩሉ ኣገልግሎታት ቦታ ዕጹው

item-gps-gap-explanation = ነቲ ኣብ ምዝገባ ቦታ ዘሎ ክፍተት መግለጺ ኣዳልዉ
    .body = ናይ GPS ቦታ ናብ ነፍሲ ወከፍ ኣገልግሎት ብምእታው (login)፣ ንኣብነት ብኮምፒዩተር፣ ክርአ ይኽእል። ሽዑ ኣብ ምዝገባ ቦታ ክፍተት ክህሉ እዩ፣ እቲ ሰብ ይከታተሉኒ ኣለዉ ኢሉ እንተ ኣሚኑ ድማ ተኣማኒ መግለጺ ምድላው ጽቡቕ ክኸውን ይኽእል፣ ንኣብነት ባትሪ ተሌፎን ወዲኡ።
    .check = ነቲ ኣብ ምዝገባ ቦታ ዘሎ ክፍተት ተኣማኒ መግለጺ ኣዳልዉ፣ ንኣብነት ባትሪ ወዲኡ

item-wifi-off = Wi-Fi እውን ዕጹው ክኸውን ኣለዎ
    .body = ሞባይል ዳታ ጥራይ ዘይኮነስ Wi-Fi እውን ኩሉ ግዜ ዕጹው ክኸውን ከም ዘለዎ ኣስተውዕሉ፣ ምኽንያቱ ተሌፎናት፣ ከም ኣጠቓቕማ GPS ልክዕ ዘይኮነ እኳ እንተ ኾነ፣ ሰብ ኣበይ ከም ዘሎ ንምፍላጥ ኢንተርኔት ክጥቀሙ ይኽእሉ እዮም።
    .check = ሞባይል ዳታን Wi-Fiን ኩሉ ግዜ ዕጹዋት ምዃኖም ኣረጋግጹ

item-intellectual-disability = ኣእምሮኣዊ ስንክልና ዘለዎም ሰባት
    .body = ኣእምሮኣዊ ስንክልና ዘለዎም ሰባት ኣዝዩ ተቓላዕን ብቐሊሉ ዘይልለን ዕላማዊ ጉጅለ እዮም። ተቓላዕቲ እዮም፣ ምኽንያቱ መብዛሕትኡ ግዜ ኣብቲ/ኣብቶም ዓመጽ ዝፍጽም/ዝፍጽሙ ሰብ/ሰባት ጽግዕተኛታት ስለ ዝኾኑ፣ ከምኡውን ብዛዕባ እንታይ ተደላዪ ወይ ተቐባልነት ዘለዎ ኣተሓሕዛ ምዃኑ ዝተፈልየ መወከሲ ኣረኣእያ ስለ ዘለዎም እዩ። ብቐሊሉ ዘይልለዩ እዮም፣ ምኽንያቱ ምስ ክብሪ ዝተኣሳሰረ ጭቆናን ዓመጽን ብኸፊል ካልእ መልክዕ ስለ ዝሕዝ፣ ይኹን እምበር ኣብቲ ውልቀ ሰብ ኣዕናዊ ሳዕቤን ኣለዎ። ሓደ ምኽሪ፣ ኣብ ዘተታት ነቲ Våga förstå! (ንምርዳእ ድፈሩ!) ዝበሃል መሳርሒ ኮሙኒኬሽን ምጥቃም እዩ።

item-individual-measures = ስጉምትታት ድሕነት ምስቲ ውልቀ ሰብ ኣሰማምዑ
    .body = ስጉምትታት ድሕነት ምስ ውልቃዊ ድሌታት እቲ ኣብ ሓደጋ ዘሎ ሰብ ክሰማማዑ ኣገዳሲ እዩ። ድሌታት ዝተፈላለየ ክኸውን ይኽእል፣ ስለዚ ድማ ብዛዕባ ድሕነት እቲ ሰብ ዝውሰዱ ስጉምትታት እውን ምስቲ ኩነታት ክሰማማዑ ይግባእ።
    .check = ስጉምትታት ድሕነት ምስ ውልቃዊ ድሌታት እቲ ኣብ ሓደጋ ዘሎ ሰብን ምስ ኩነታትን ኣሰማምዑ

## Forms of meeting and passing on information

item-agree-contact = ብኸመይ ከም እትራኸቡ ተሰማምዑ
    .body = ምስቲ ኣብ ሓደጋ ዘሎ ሰብ ክትራኸቡ እንተ ኣድልዩ፣ ንኣብነት ብተሌፎን፣ ብኸመይ ከም እትራኸቡ ምስምማዕ ኣገዳሲ እዩ። ምድዋል ውሑስ ድዩ? እቲ ሰብ ክዛረብ እንተ ዘይክኢሉ፣ ኣብ ሓደ ምስጢራዊ ቃል (code word) ክትሰማምዑ ትኽእሉ ዶ?
    .check = ብኸመይ ከም እትራኸቡ፣ ምድዋል ውሑስ ምዃኑን ዘይምዃኑን፣ ከምኡውን ኣብ ምስጢራዊ ቃል ተሰማምዑ

item-sms-care = ጥንቃቐ ኣብ SMS
    .body = ኣብ ዝኾነ ናይ SMS (ናይ ጽሑፍ መልእኽቲ) ምልውዋጥ ጥንቃቐ ክግበር ከም ዘለዎ እውን ክንጸር ይግባእ። ኣብ SMS ኣብ እትጽሕፍዎ ነገር ተጠንቀቑ። መን ከንብቦ ይኽእል? ዝተሓለዉ (ምስጢራውያን) ቁጽርታት ሞባይል እውን ኣብ SMS ከም ዝርኣዩ ኣብ ግምት ኣእትዉ።
    .check = ኣብ SMS ኣብ ዝጽሓፍ ነገር ክጥንቀቑ ኣዘኻኽሩ – ዝተሓለዉ (ምስጢራውያን) ቁጽርታት ሞባይል እውን ይርኣዩ

item-support-person-own-will = ደጋፊ ሰብ – ናይ ባዕሉ ድሌት እቲ ኣብ ሓደጋ ዘሎ ሰብ
    .body = እቲ ኣብ ሓደጋ ዘሎ ሰብ ደጋፊ ሰብ/ዓርኪ ናብ ርክባት ሒዙ ክመጽእ ምድላዩ ዘይልሙድ ኣይኮነን። እዚ ናይቲ ኣብ ሓደጋ ዘሎ ሰብ ናይ ባዕሉ ድሌት ምዃኑን ብግዲ ዝተጻዕነሉ ነገር ዘይምዃኑን ምርግጋጽ ኣገዳሲ እዩ። ስለዚ እቲ ትካል ሕቶታት ብዛዕባ ዘሰንዩ ሰባት ብኸመይ ክተሓዙ ከም ዘለዎም ዝምልከት ልሙድ ኣሰራርሓ እንተ ሃልይዎ ጽቡቕ ክኸውን ይኽእል።
    .check = ዘሰንዩ ደጋፊ ሰብ ናይቲ ኣብ ሓደጋ ዘሎ ሰብ ናይ ባዕሉ ድሌት ምዃኑን ብግዲ ዘይተጻዕነ ምዃኑን ኣረጋግጹ

item-support-person-jo = ምህላው ደጋፊ ሰብ ክጻረ ይኽእል
    .body = ብዛዕባ ኣገባባት ርክብን ኣብ ዘተታት ዝግበሩ ግብራዊ ምድላዋትን ምስቲ ውልቀ ሰብ ብፍቓደኝነት ንምስምማዕ ዝኽልክል ነገር የለን። ካብ JO 2010/11 s. 328 (Justitieombudsmannen – ኦምቡድስማን ፓርላማ፣ ዓመታዊ ጸብጻብ 2010/11፣ ገጽ 328) ከም ዝርአ፣ ዕላማ ምህላው ሓደ ደጋፊ ሰብ ንምሕታት ምኽንያት እንተሎ፣ ማሕበራዊ ኣገልግሎት ነቲ ምህላዉ ብተወሳኺ ከጻሪ ዕድል ኣለዎ። እቲ ሰብ ከም ደጋፊ ዘይኮነስ ካልእ ተግባር ከም ዘለዎ እንተ ተገምገመ፣ ናብቲ ርክብ ከይኣቱ ክኽልከል ይኽእል።

item-child-information-routines = ቆልዓ ዓመጽ ይወርዶ ክኸውን ኣብ ዝኽእለሉ እዋን ልሙድ ኣሰራርሓ
    .body = ኮሚቴ ማሕበራዊ ጉዳያት (socialnämnden)፣ ሓደ ቆልዓ ዓመጽ ይወርዶ ክኸውን ከም ዝኽእል ወይ ዓመጽ ርእዩ ክኸውን ከም ዝኽእል ዝሕብር ሓበሬታ ናብቲ ድሌታት እቲ ቆልዓ ናይ ምጽናዕ ሓላፍነት ዘለዎ ክፍሊ እቲ ትካል ብኸመይ ከም ዝሕለፍ ዝውስን ልሙድ ኣሰራርሓ ከውጽእ ከም ዘለዎ እውን ኣስተውዕሉ፤ 2 kap. 5 § (ምዕራፍ 2፣ ዓንቀጽ 5) ናይ ደንብታት Socialstyrelsen ብዛዕባ ዓመጽ ኣብ ቀረባ ዝምድናታት (HSLF-FS 2022:39) ርኣዩ።

## Use of interpreters

item-authorised-interpreter = ቀዳምነት ንፍቑድ ተርጓሚ
    .body = ቀዳምነት ሂብኩም ፍቑድ ተርጓሚ (auktoriserad) ሕተቱ። እቲ ብውዕል ዝተታሕዘ ትካል ትርጉም ግቡእ ብቕዓት ዘለዎ ተርጓሚ ንምቕራብ እንተ ተጸገመ፣ ኣብ መርበብ ሓበሬታ (website) ናይ Kammarkollegiet (ንተርጐምቲ ፍቓድ ዝህብ ናይ መንግስቲ ትካል) ተርጐምቲ ክድለዩ ይከኣል።
    .check = ቀዳምነት ሂብኩም ፍቑድ ተርጓሚ ሕተቱ

item-phone-interpreter = ቀዳምነት ንናይ ተሌፎን ተርጓሚ
    .body = ቀዳምነት ናይ ተሌፎን ተርጓሚ ኣብ ጥቕሚ ክውዕል ይግባእ፣ እዚ ድማ ነቲ ርክብ ዝያዳ ስውር (anonymous) ይገብሮ። እቲ ኣብ ሓደጋ ዘሎ ሰብ ብዛዕባ ናይ ተሌፎን ወይ ኣብ ቦታ ዝርከብ ተርጓሚ፣ ከምኡውን ብዛዕባ ጾታ እቲ ተርጓሚ፣ ብእንታይ ዝያዳ ከም ዝምቾቶ ኣቓልቦ ሂብኩም ስምዑ። ይኹን እምበር፣ ትርጉም ብኸመይ ክካየድ ከም ዘለዎ ካብ ናይ ድሕነት ኣረኣእያ ተበጊሱ ገምጋም ዝገብር እቲ ሞያዊ ሰራሕተኛ ምዃኑ ኣገዳሲ እዩ።
    .check = ቀዳምነት ናይ ተሌፎን ተርጓሚ ተጠቐሙ፤ ድሌት እቲ ኣብ ሓደጋ ዘሎ ሰብ ስምዑ፣ ግን ናይ ድሕነት ገምጋም ባዕልኹም ግበሩ

item-announce-interpreter-name = ስም እቲ ተርጓሚ ኣቐዲምኩም ሓብሩ
    .body = እንተ ተኻኢሉ፣ እቲ ኣብ ሓደጋ ዘሎ ሰብ እቲ ተርጓሚ ክጥቀምሉ ዘይከኣል እንተ ኾይኑ ክሕብር ዕድል ምእንቲ ክረክብ፣ ስም እቲ ተርጓሚ ኣቐዲምኩም ሓብሩ፤ ንኣብነት እቲ ተርጓሚ ምስ ማሕበራዊ መርበብ እቲ ኣብ ሓደጋ ዘሎ ሰብ (ስድራ፣ ኣዝማድ ወይ ካልኦት ኣብቲ ከባቢ) ብዘለዎ ሌላ ምኽንያት ዘይግቡእ እንተ ኾይኑ። እቲ ተርጓሚ ዘይሻራዊ ክኸውን፣ ከምኡውን ወረ ብምዝርጋሕን/ወይ ምስ ስድራ/ኣዝማድ/መቕርብ እቲ ኣብ ሓደጋ ዘሎ ሰብ ብዘለዎ ርክብን ስግኣት ከይኸውን ኣዝዩ ኣገዳሲ እዩ።
    .check = እንተ ተኻኢሉ፣ እቲ ኣብ ሓደጋ ዘሎ ሰብ እቲ ተርጓሚ ክጥቀምሉ ዘይከኣል እንተ ኾይኑ ክሕብር ምእንቲ ክኽእል ስም እቲ ተርጓሚ ኣቐዲምኩም ሓብሩ

item-no-names-or-places = ኣብ ብተርጓሚ ዝግበር ዘተ ኣስማት ወይ ቦታታት ኣይጥቀሱን
    .body = ኣብ ብተርጓሚ ዝግበር ዘተ ፈጺምኩም ኣስማት ወይ ቦታታት ኣይትጥቀሱ። ነቲ ርክብ ብወረቐትን ብርዕን ኣማልእዎ። ብቓላት ክግለጽ ዘይክእል ስኣሉን ጽሓፉን። ነቲ ብተርጓሚ ዝግበር ዘተ ብዛዕባ ኣገባብ ኣሰራርሓ ብምሕባር ጀምርዎ። እቲ ተርጓሚ ዘይግቡእ ነገራት እንተ ሓተተን እቲ ዘተ ክቋረጽ እንተ ኣድለየን፣ እቲ ኣብ ሓደጋ ዘሎ ሰብ ክገብሮ ዝኽእል ምልክት ተሰማምዑ። ድሕሪኡ ምስቲ ትካል ትርጉም ተራኸቡ እሞ ጥርዓን ኣቕርቡ።
    .check = ፈጺምኩም ኣስማት ወይ ቦታታት ኣይትጥቀሱ፤ ነቲ ዘተ ንምቁራጽ ኣብ ሓደ ምልክት ተሰማምዑ

## Approach and attitude

item-listen-and-believe = ስምዑን እመኑን
    .body = ነቲ ኣብ ሓደጋ ዘሎ ሰብ ስምዕዎ፣ ተመክሮኡ ድማ እመኑ።

item-ill-health-coherence = ጽቡቕ ዘይምስማዕ ኣብ ኣዘንትዎ ጽልዋ ክገብር ይኽእል
    .body = ጽቡቕ ዘይምስማዕ ነቲ ብተኣሳሳሪ መንገዲ ናይ ምዝንታው ዓቕሚ ክጸልዎ ከም ዝኽእል ኣብ ግምት ኣእትዉ።

## End the meeting with clear information to the person at risk

item-closing-who-sees-what = መን እዩ ነቲ ሓበሬታ ዝረኽቦ
    .body = ነቲ ኣብ ሓደጋ ዘሎ ሰብ መን ነቲ ሓበሬታ ከም ዝረኽቦ፣ እንተ ኾይኑ ድማ ብዛዕባ እንታይ፣ ንጹር ሓበሬታ ብምሃብ ነቲ ርክብ ዛዝሙ።
    .check = ነቲ ኣብ ሓደጋ ዘሎ ሰብ መን ነቲ ሓበሬታ ከም ዝረኽቦን ብዛዕባ እንታይን ንገርዎ

item-closing-next-meeting-contact = ዝቕጽል ቆጸራን ውሑስ ምርኻብን
    .body = ነቲ ኣብ ሓደጋ ዘሎ ሰብ ብዛዕባ ግዜ እቲ ዝቕጽል ቆጸራ (ርክብ)ን ብኸመይ ብውሑስ መንገዲ ክትራኸቡ ከም እትኽእሉን ንጹር ሓበሬታ ብምሃብ ነቲ ርክብ ዛዝሙ።
    .check = ነቲ ኣብ ሓደጋ ዘሎ ሰብ ግዜ እቲ ዝቕጽል ቆጸራን ብኸመይ ብውሑስ መንገዲ ክትራኸቡ ከም እትኽእሉን ንገርዎ

## Sources the sheet refers to

ref-lansstyrelsen-fragekort = Länsstyrelsens frågekort hedersrelaterat våld och förtryck (ካርድታት ሕቶታት ናይ Länsstyrelsen – ምምሕዳር ኣውራጃ – ብዛዕባ ምስ ክብሪ ዝተኣሳሰረ ዓመጽን ጭቆናን)
ref-bops = Polisens brottsoffer- och personsäkerhetsverksamhet, BOPS (ናይ ፖሊስ ስራሕ ንግዳያት ገበንን ውልቃዊ ድሕነትን)
ref-hslf-fs-2022-39-4-1 = HSLF-FS 2022:39, allmänna råd till 4 kap. 1 § (ሓፈሻዊ ምኽርታት ንምዕራፍ 4፣ ዓንቀጽ 1፤ ደንብታት Socialstyrelsen ብዛዕባ ዓመጽ ኣብ ቀረባ ዝምድናታት)
ref-vaga-forsta = Våga förstå! – መሳርሒ ኮሙኒኬሽን (ንምርዳእ ድፈሩ!)
ref-jo-2010-11-328 = JO 2010/11 s. 328 (ኦምቡድስማን ፓርላማ፣ ዓመታዊ ጸብጻብ 2010/11፣ ገጽ 328)
ref-hslf-fs-2022-39-2-5 = HSLF-FS 2022:39, 2 kap. 5 § (ምዕራፍ 2፣ ዓንቀጽ 5፤ ደንብታት Socialstyrelsen ብዛዕባ ዓመጽ ኣብ ቀረባ ዝምድናታት)
ref-kammarkollegiet-tolkregister = መርበብ ሓበሬታ ናይ Kammarkollegiet – ተርጓሚ ድለዩ
