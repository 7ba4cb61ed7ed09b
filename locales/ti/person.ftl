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
