## Allmänna texter i gränssnittet. Svenska är källspråket.

app-name = Trygg
loading = Laddar …
nav-label = Huvudmeny
nav-guidance = Vägledning
nav-person = Visa för personen
nav-cases = Ärenden
nav-review = Granska översättning
nav-settings = Inställningar
language-label = Språk
draft-badge = Utkast till översättning – inte granskad
draft-explain = Den här översättningen är ett utkast som ingen granskare har godkänt ännu. Kontrollera mot den svenska texten vid minsta tvekan.
# Variables:
#   $lang (String) - namnet på språket som texten visas på, på det språket
fallback-note = Saknas på det här språket; visas på { $lang }.
back = Tillbaka
close = Stäng

## Vägledningen
guidance-sections = Avsnitt
guidance-search-label = Sök i vägledningen
guidance-search-placeholder = Sök, till exempel flygplansläge
# Variables:
#   $count (Number) - träffar
guidance-search-results = Träffar: { $count }
guidance-search-none = Inga träffar. Pröva ett annat ord.
guidance-search-clear = Rensa sökningen
guidance-references = Källor
# Variables:
#   $url (String) - källans webbadress
guidance-address = Adress: { $url }
guidance-for-person = Visas även för personen
# Rubriken över en punkts text: arkets egna ord.
guidance-from-sheet = Ur vägledningsarket
phase-before = Före mötet
phase-during = Under mötet
phase-after = Efter mötet
phase-any = Hela tiden
# Variables:
#   $phases (List) - när i mötet punkten gäller, som "Före mötet"
guidance-phases = När: { $phases }
guidance-open-item = Visa rekommendationen

## Fel. Varje felkod har ett meddelande.
error-title = Något gick fel
error-internal = Ett oväntat fel inträffade. Inget sparat har gått förlorat. Försök igen.
error-invalid_input = Uppgiften kunde inte tas emot. Kontrollera fältet och försök igen.
error-unknown_locale = Språket finns inte.
error-translation_broken = En översättningsfil är skadad. Appen visar svensk text i stället.
error-storage = Det gick inte att läsa eller spara på enheten. Inget sparat har gått förlorat.
error-not_found = Uppgiften finns inte längre. Den kan ha raderats.
error-disk_full = Enheten är full. Inget nytt sparades, men inget sparat har gått förlorat. Frigör utrymme och försök igen.
error-too_large = Texten är för lång för att sparas. Korta den och försök igen.
error-tampered = En sparad uppgift kunde inte öppnas eftersom den är skadad eller har ändrats utanför appen. Övriga uppgifter går att använda.
error-malformed_record = En sparad uppgift kunde inte läsas. Övriga uppgifter går att använda.
error-version_mismatch = En sparad uppgift kommer från en annan version av appen och kunde inte läsas.
error-unknown_kind = En sparad uppgift är av ett slag som den här versionen inte känner till.

# Bara där systemet saknar listregler för språket (Intl.ListFormat): hur en
# lista binds ihop. list-pair binder de två sista, list-middle de övriga.
# Variables:
#   $first (String) - det som står först
#   $second (String) - det som står sist
list-pair = { $first } och { $second }
# Variables:
#   $first (String) - det som står först
#   $second (String) - det som står sist
list-middle = { $first }, { $second }
