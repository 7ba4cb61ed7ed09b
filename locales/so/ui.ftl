# UNREVIEWED DRAFT translation into Somali of the Swedish source
# (locales/sv/ui.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# QABYO AAN DIB LOO EEGIN: tarjumaad af-Soomaali ah oo laga sameeyay qoraalka
# asalka ah ee iswiidhishka (locales/sv/ui.ftl). Dib-u-eege MA ANSIXIN;
# qoraalka iswiidhishka ayaa ah kan sugan.
# Terms as in so/guidance.ftl: "möte" = "kulan", "ärende" = "kiis",
# "flygplansläge" = "habka diyaaradda". "app" = "abka".

## General interface text.

app-name = Trygg
loading = Waa la soo rarayaa …
nav-label = Liiska guud
nav-guidance = Hagid
nav-person = U tus qofka
nav-cases = Kiisaska
nav-review = Dib u eeg tarjumaadda
nav-settings = Dejinta
language-label = Luqadda
draft-badge = Qabyo tarjumaad ah – dib looma eegin
draft-explain = Tarjumaaddan waa qabyo aan wali dib-u-eege ansixin. Haddii aad wax yar ka shakido, la barbardhig qoraalka iswiidhishka.
# Variables:
#   $lang (String) - the name of the language the text is shown in, in that language
fallback-note = Luqaddan laguma hayo; waxaa lagu muujinayaa: { $lang }.
back = Dib u noqo
close = Xir

## The guidance
guidance-sections = Qaybaha
guidance-search-label = Ka raadi hagidda
guidance-search-placeholder = Raadi, tusaale ahaan habka diyaaradda
# Variables:
#   $count (Number) - results
guidance-search-results = Natiijooyin: { $count }
guidance-search-none = Wax natiijo ah lama helin. Isku day eray kale.
guidance-search-clear = Tirtir raadinta
guidance-references = Ilaha
# Variables:
#   $url (String) - the source's web address
guidance-address = Cinwaanka: { $url }
guidance-for-person = Sidoo kale waa loo muujiyaa qofka
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = Waxaa laga soo qaatay warqadda hagitaanka
phase-before = Kulanka ka hor
phase-during = Inta uu kulanku socdo
phase-after = Kulanka kadib
phase-any = Mar walba
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = Goorma: { $phases }
guidance-open-item = Muuji talada

## Errors. Every error code has a message.
error-title = Wax baa khaldamay
error-internal = Khalad aan la filayn ayaa dhacay. Waxba kama lumin waxa la kaydiyay. Mar kale isku day.
error-invalid_input = Xogta lama aqbali karin. Hubi meesha aad wax ku qortay oo mar kale isku day.
error-unknown_locale = Luqaddan lama heli karo.
error-translation_broken = Fayl tarjumaad ah ayaa khalkhalsan. Abku wuxuu beddelkeeda muujinayaa qoraalka iswiidhishka.
error-storage = Wax lagama akhrin karin, laguma kaydin karin qalabka. Waxba kama lumin waxa la kaydiyay.
error-not_found = Xogtani hadda ma jirto. Waxaa laga yaabaa in la tirtiray.
error-disk_full = Qalabku wuu buuxaa. Wax cusub lama kaydin, laakiin waxba kama lumin waxa la kaydiyay. Meel bannee oo mar kale isku day.
error-too_large = Qoraalku aad buu u dheer yahay in la kaydiyo. Gaabi oo mar kale isku day.
error-tampered = Xog la kaydiyay lama furi karin sababtoo ah way khalkhalsan tahay ama waa laga beddelay meel ka baxsan abka. Xogta kale weli waa la isticmaali karaa.
error-malformed_record = Xog la kaydiyay lama akhrin karin. Xogta kale weli waa la isticmaali karaa.
error-version_mismatch = Xog la kaydiyay waxay ka timid nuqul kale oo abka ah, lamana akhrin karin.
error-unknown_kind = Xog la kaydiyay waa nooc aan nuqulkan abku garanayn.

# (drafted, unreviewed)
# Only where the system has no list rules for the language (Intl.ListFormat):
# how a list is joined. list-pair joins the last two items, list-middle the others.
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-pair = { $first } iyo { $second }
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-middle = { $first }, { $second }
