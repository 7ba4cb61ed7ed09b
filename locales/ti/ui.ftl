# UNREVIEWED DRAFT translation into Tigrinya (Ge'ez / Ethiopic script) of the
# Swedish source (locales/sv/ui.ftl). It has NOT been approved by a reviewer;
# the Swedish text is authoritative.
# ዘይተገምገመ ንድፊ፦ ካብቲ ናይ ሽወደን ምንጪ (locales/sv/ui.ftl) ዝተዳለወ ትርጉም ትግርኛ።
# ብገምጋሚ ኣይጸደቐን፤ እቲ ናይ ሽወደን ጽሑፍ እዩ ወሳኒ።
# Terms as in ti/guidance.ftl: "möte" = "ርክብ", "ärende" = "ጉዳይ",
# "flygplansläge" = "ኣገባብ ነፋሪት". Imperatives are plural (polite), as in
# the guidance. "app" = "ኣፕ".

## General interface text.

app-name = Trygg
loading = ይጽዓን ኣሎ …
nav-label = ቀንዲ ሜኑ
nav-guidance = መምርሒ
nav-person = ነቲ ሰብ ኣርእዩ
nav-cases = ጉዳያት
nav-review = ትርጉም ገምግሙ
nav-settings = ምቕናዕ
language-label = ቋንቋ
draft-badge = ንድፊ ትርጉም – ኣይተገምገመን
draft-explain = እዚ ትርጉም እዚ ክሳብ ሕጂ ዝኾነ ገምጋሚ ዘየጽደቖ ንድፊ እዩ። ንእሽቶ ጥርጣረ እንተ ኣልዩኩም፣ ምስቲ ናይ ሽወደን ጽሑፍ ኣነጻጽሩ።
# Variables:
#   $lang (String) - the name of the language the text is shown in, in that language
fallback-note = ብዚ ቋንቋ የለን፤ ብቋንቋ { $lang } ይርአ ኣሎ።
back = ንድሕሪት
close = ዕጸዉ

## The guidance
guidance-sections = ክፍልታት
guidance-search-label = ኣብ መምርሒ ድለዩ
guidance-search-placeholder = ድለዩ፣ ንኣብነት ኣገባብ ነፋሪት
# Variables:
#   $count (Number) - results
guidance-search-results = ውጽኢታት፦ { $count }
guidance-search-none = ውጽኢት የለን። ካልእ ቃል ፈትኑ።
guidance-search-clear = ምድላይ ኣጽርዩ
guidance-references = ምንጭታት
# Variables:
#   $url (String) - the source's web address
guidance-address = ኣድራሻ፦ { $url }
guidance-for-person = ነቲ ሰብ እውን ይርአ
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = ካብ ወረቐት መምርሒ
phase-before = ቅድሚ ርክብ
phase-during = ኣብ እዋን ርክብ
phase-after = ድሕሪ ርክብ
phase-any = ኩሉ ግዜ
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = መዓስ፦ { $phases }
guidance-open-item = ነቲ ምኽሪ ርኣዩ

## Errors. Every error code has a message.
error-title = ገለ ጌጋ ኣጋጢሙ
error-internal = ዘይተጸበናዮ ጌጋ ኣጋጢሙ። ካብቲ ዝተዓቀበ ዋላ ሓንቲ ኣይጠፍአን። በጃኹም እንደገና ፈትኑ።
error-invalid_input = እቲ ሓበሬታ ክቕበል ኣይተኻእለን። ነቲ መምልኢ ቦታ ኣረጋግጹ እሞ እንደገና ፈትኑ።
error-unknown_locale = እዚ ቋንቋ እዚ የለን።
error-translation_broken = ሓደ ፋይል ትርጉም ተበላሽዩ ኣሎ። ስለዚ እቲ ኣፕ ኣብ ክንድኡ ናይ ሽወደን ጽሑፍ የርኢ ኣሎ።
error-storage = ኣብቲ መሳርሒ ምንባብ ወይ ምዕቃብ ኣይተኻእለን። ካብቲ ዝተዓቀበ ዋላ ሓንቲ ኣይጠፍአን።
error-not_found = እዚ ሓበሬታ እዚ ደጊም የለን። ተደምሲሱ ክኸውን ይኽእል።
error-disk_full = እቲ መሳርሒ መሊኡ ኣሎ። ሓድሽ ነገር ኣይተዓቀበን፣ ግን ካብቲ ዝተዓቀበ ዋላ ሓንቲ ኣይጠፍአን። ገለ ቦታ ኣጽርዩ እሞ እንደገና ፈትኑ።
error-too_large = እቲ ጽሑፍ ንምዕቃብ ኣዝዩ ነዊሕ እዩ። ኣሕጽርዎ እሞ እንደገና ፈትኑ።
error-tampered = ሓደ ዝተዓቀበ ሓበሬታ ስለ ዝተበላሸወ ወይ ኣብ ደገ እቲ ኣፕ ስለ ዝተቐየረ ክኽፈት ኣይተኻእለን። እቲ ዝተረፈ ሓበሬታ ክትጥቀሙሉ ትኽእሉ ኢኹም።
error-malformed_record = ሓደ ዝተዓቀበ ሓበሬታ ክንበብ ኣይተኻእለን። እቲ ዝተረፈ ሓበሬታ ክትጥቀሙሉ ትኽእሉ ኢኹም።
error-version_mismatch = ሓደ ዝተዓቀበ ሓበሬታ ካብ ካልእ ስሪት ናይቲ ኣፕ ዝመጸ እዩ፣ ክንበብ ድማ ኣይተኻእለን።
error-unknown_kind = ሓደ ዝተዓቀበ ሓበሬታ እዚ ስሪት እዚ ዘይፈልጦ ዓይነት እዩ።

# (drafted, unreviewed)
# Only where the system has no list rules for the language (Intl.ListFormat):
# how a list is joined. list-pair joins the last two items, list-middle the others.
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-pair = { $first }ን { $second }ን
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-middle = { $first }፣ { $second }
