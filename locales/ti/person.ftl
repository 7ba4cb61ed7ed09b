# UNREVIEWED DRAFT: machine-assisted Tigrinya (ti) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# ዘይተገምገመ ንድፊ፦ ካብቲ ናይ ሽወደን ምንጪ locales/sv/person.ftl ብማሽን ተሓጊዙ ዝተዳለወ ትርጉም ትግርኛ (ti)። ብገምጋሚ ኣይጸደቐን። እቲ ናይ ሽወደን ጽሑፍ እዩ ወሳኒ።
## What the person reads in "Show to the person": the advice written to the
## person, in plain Tigrinya. These are the app's own words, built on the
## sheet; the sheet's own text stays in the guidance, for the practitioner.
##
## To translators: write to the reader ("you"). Short sentences, everyday
## words, one idea per sentence. Never call the reader "at risk" or
## "exposed". Each .body has one sentence per line; the app shows each line
## on its own.
##
## Tigrinya notes: the reader is addressed in the plural "ንስኹም" (polite,
## and it avoids choosing a masculine or feminine singular), as in the
## guidance. Terms as in ti/guidance.ftl: "ኣገባብ ነፋሪት (airplane mode)",
## "ኣገልግሎታት ቦታ (location)", "Wi-Fi", "ምስጢራዊ ቃል", "ርክብ", "ቆጸራ",
## "ተርጓሚ". "sms" is "ናይ ጽሑፍ መልእኽቲ" (plainer than SMS).

person-item-airplane-mode = ተሌፎንኩም ናብ ኣገባብ ነፋሪት ቀይሩ
    .body =
        ቅድሚ ካብ ገዛ ምውጻእኩም፣ ተሌፎንኩም ናብ ኣገባብ ነፋሪት (airplane mode) ቀይሩ።
        ኣብ ምሉእ እቲ ርክብ ተሌፎንኩም ኣብ ኣገባብ ነፋሪት ይጽናሕ።
        ናብቲ ሰባት ክትርከቡሉ ዝጽበይዎ ቦታ ክሳዕ እትምለሱ፣ ከምኡ ይጽናሕ።
        ኣገልግሎታት ቦታ (location) እውን ኣጥፍኡ።

person-item-wifi-off = Wi-Fi እውን ኣጥፍኡ
    .body =
        ኣገባብ ነፋሪት ኩሉ ግዜ እኹል ኣይኮነን።
        ተሌፎን ብWi-Fi ኣበይ ከም ዘለኹም ከርኢ ይኽእል።
        Wi-Fi ኩሉ ግዜ ዕጹው ምዃኑ ኣረጋግጹ።

person-item-gps-gap-explanation = መግለጺ ኣዳልዉ
    .body =
        ሓደ ሰብ ተሌፎንኩም ኣበይ ከም ዝነበረ ኣብ ኮምፒዩተር ክርኢ ይኽእል።
        ሽዑ እቲ ሰብ ተሌፎንኩም ንሓጺር ግዜ ከም ዝጠፍአ ክርኢ ይኽእል።
        ሓደ ሰብ እንተ ሓተተ እንታይ ከም እትብሉ ኣቐዲምኩም ወስኑ።
        ንኣብነት፦ «ባትሪ ወዲኡ።»

person-item-agree-contact = ብኸመይ ከም እንራኸብ
    .body =
        ብኸመይ ምሳኹም ክንራኸብ ከም እንኽእል ብሓባር ንውስን።
        ክንድውለልኩም ውሑስ ድዩ?
        ሓደ ምስጢራዊ ቃል ክህልወና ይኽእል።
        እቲ ምስጢራዊ ቃል ሕጂ ክትዛረቡ ከም ዘይትኽእሉ ማለት እዩ።

person-item-sms-care = ኣብ ናይ ጽሑፍ መልእኽቲ ተጠንቀቑ
    .body =
        ናይ ጽሑፍ መልእኽታትኩም መን ከንብቦም ከም ዝኽእል ሕሰቡ።
        ካልኦት ሰባት ክርእይዎ ዘይብሎም ነገር ኣብ ናይ ጽሑፍ መልእኽቲ ኣይትጽሓፉ።
        ምስጢራዊ ቁጽሪ እውን ኣብ ናይ ጽሑፍ መልእኽቲ ይርአ እዩ።

person-item-closing-who-sees-what = ዝበልኩምዎ መን ከም ዝፈልጦ
    .body =
        ቅድሚ ምውዳእና፣ ዝበልኩምዎ መን ከም ዝፈልጦ ክነግረኩም እየ።
        እንታይ ከም ዝፈልጡ እውን ክነግረኩም እየ።

person-item-closing-next-meeting-contact = ዳግማይ መዓስ ከም እንራኸብ
    .body =
        ቅድሚ ምውዳእና፣ ዝቕጽል ግዜ መዓስ ከም እንራኸብ ንውስን።
        ብኸመይ ብውሑስ መንገዲ ክንራኸብ ከም እንኽእል እውን ንውስን።

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = እቲ ተርጓሚ ጌጋ ዝመስለኩም ነገር እንተ ሓተተ
    .body =
        ነዚ ምልክት ግበሩ።
        ሽዑ ነቲ ብተርጓሚ ዝግበር ዘተ ነቋርጾ።

## The pictures beside the advice. Screen readers read this text instead.

pictogram-phone-away = ካብ ክፍሊ ወጻኢ ዝተቐመጠ ተሌፎን
pictogram-airplane-mode = ተሌፎን ኣብ ኣገባብ ነፋሪት
pictogram-wifi-off = Wi-Fi ዕጹው
pictogram-location-off = ኣገልግሎታት ቦታ ዕጹው
pictogram-before-after = ቅድሚ ካብ ገዛ ምውጻእኩም ክሳዕ እትምለሱ
pictogram-code-word = ምስጢራዊ ቃል
pictogram-interpreter = ተርጓሚ
pictogram-stop = ደው በሉ
pictogram-who-sees = እቲ ሓበሬታ መን ከም ዝርእዮ
pictogram-next-meeting = ዝቕጽል ቆጸራ
pictogram-safe-contact = ብውሑስ መንገዲ ምርኻብ

## Text size in the view for the person.

person-text-size = ዓቐን ጽሑፍ
person-text-smaller = ዝነኣሰ ጽሑፍ
person-text-larger = ዝዓበየ ጽሑፍ
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = ጽሓፉን ስኣሉን
pad-title = ጽሓፉን ስኣሉን
pad-intro = ብዓውታ ክትብልዎ ዘይትደልዩ ጽሓፉ ወይ ስኣሉ። ዋላ ሓንቲ ኣይዕቀብን። ነዚ ገጽ ምስ ዓጸኹምዎ፣ ኩሉ ይጠፍእ።
pad-tools = መሳርሒታት
pad-pen = ብርዒ
pad-eraser = መደምሰሲ
pad-clear = ኩሉ ኣጽርዩ
pad-close = ዕጸዉ
pad-canvas = ንምጽሓፍን ንምስኣልን ዝኸውን ቦታ

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots
## (the buttons look different on different phones).
##
## Tigrinya notes: plural "ንስኹም" as above. Phones seldom show menus in
## Tigrinya, so menu names are given in Tigrinya with the usual English
## label in brackets, as "ኣገባብ ነፋሪት (airplane mode)" is elsewhere.
## "Settings" is "ምቕናዕ" as in ti/cover.ftl; the tablet is "ታብሌት".

phone-trail-title = ተሌፎንኩም ኣበይ ከም ዝነበርኩም ከይርኢ
phone-trail-intro =
    ተሌፎንኩም ኣበይ ከም ዘለኹም ከርኢ ይኽእል።
    ካልእ ሰብ ክርእዮ ይኽእል፣ ንኣብነት ኣብ ኣፕ ወይ ኣብ ኮምፒዩተር።
    ናብዚ ክትመጹ ከለኹም ኩሉ ግዜ ከምዚ ግበሩ።
phone-trail-before = ቅድሚ ካብ ገዛ ምውጻእኩም
    .body =
        ተሌፎንኩም ናብ ኣገባብ ነፋሪት (airplane mode) ቀይሩ።
        Wi-Fi ኣጥፍኡ።
        ኣገልግሎታት ቦታ (location) ኣጥፍኡ።
phone-trail-during = ኣብ እዋን እቲ ርክብ
    .body =
        ኩሉ ዕጹው ይጽናሕ።
        ተሌፎንኩም ካብቲ ክፍሊ ወጻኢ ይቕመጥ።
phone-trail-until-back = ክሳዕ እትምለሱ
    .body =
        ኣብ ምሉእ እቲ መንገዲ ኩሉ ዕጹው ይጽናሕ።
        ናብቲ ሰባት ክትርከቡሉ ዝጽበይዎ ቦታ ምስ በጻሕኩም ጥራይ እንደገና ወልዕዎ።
phone-trail-if-asked = ሓደ ሰብ እንተ ሓተተ
    .body =
        ሓደ ሰብ ተሌፎንኩም ንሓጺር ግዜ ከም ዝጠፍአ ክርኢ ይኽእል።
        ሽዑ እንታይ ከም እትብሉ ኣቐዲምኩም ወስኑ።
        ኩሉ ግዜ ሓደ ዓይነት ነገር በሉ።
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = ክትብልዎ ዝተሰማማዕናሉ ነገር እዚ እዩ፦
phone-trail-how = ኣብ ተሌፎንኩም ብኸመይ ከም እትገብርዎ
phone-trail-android = Android
    .body =
        ካብ ላዕለዋይ ክፋል እቲ ስክሪን ናብ ታሕቲ ሰሓቡ።
        ምልክት ነፋሪት ጠውቑ። ሕጂ ኣገባብ ነፋሪት ተወሊዑ ኣሎ።
        ክጠፍእ ምእንቲ Wi-Fi ጠውቑ።
        ክጠፍእ ምእንቲ ቦታ (Location) ጠውቑ።
phone-trail-iphone = iPhone
    .body =
        ምቕናዕ (Settings) ክፈቱ።
        ኣገባብ ነፋሪት (Airplane Mode) ወልዑ።
        Wi-Fi ጠውቑ እሞ ኣጥፍእዎ።
        ብሕታውነትን ድሕነትን (Privacy & Security) ጠውቑ፣ ድሕሪኡ ኣገልግሎታት ቦታ (Location Services) ጠውቑ፣ እሞ ኣጥፍእዎም።
phone-trail-buttons-differ = እቶም መጠወቕታት ኣብ ዝተፈላለዩ ተሌፎናት ቁሩብ ዝተፈላለየ ክመስሉ ይኽእሉ። እንተ ዘይረኺብኩምዎም ሕተቱ።

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = ንኣኹም ሓደ ሕቶ
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
# "ምህላው { $who }" (the presence of ...) avoids a masculine or feminine verb for $who.
own-will-question = ክንዛረብ ከለና ምህላው { $who } ትደልዩ ዶ?
# When no support person is given.
own-will-question-anyone = ክንዛረብ ከለና ካልእ ሰብ ክህሉ ትደልዩ ዶ?
own-will-body =
    ባዕልኹም ትውስኑ።
    ኣይፋል ምባል ጸገም የብሉን።
own-will-yes = እወ
own-will-no = ኣይፋል
own-will-alone = ንበይነይ ክዛረብ እደሊ
own-will-thanks =
    ስለ መልስኹም የቐንየልና።
    ሕጂ ነቲ ታብሌት መልስዎ።

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = ቅድሚ ምውዳእና
closing-who-sees = ዝበልኩምዎ መን ከም ዝፈልጦ
closing-next = ዝቕጽል ቆጸራ
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = ደሓር ኣብ ሓደ ግዜ ክንሰማማዕ ኢና።
closing-contact = ብኸመይ ከም እንራኸብ
closing-call-when = ክንድውለልኩም ዝከኣለሉ ግዜ
closing-code-word = ምስጢራዊ ቃልና
closing-code-word-means = ነቲ ምስጢራዊ ቃል እንተ በልኩም፣ ሕጂ ክትዛረቡ ከም ዘይትኽእሉ ክርዳእ እየ።
closing-code-word-show = ነቲ ምስጢራዊ ቃል ኣርእዩ
closing-code-word-hide = ነቲ ምስጢራዊ ቃል ሕብኡ
closing-empty = ነዚ ገና ኣይጸሓፍናዮን።
