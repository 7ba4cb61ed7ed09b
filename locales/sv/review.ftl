## Granskning av översättningar och visning för personen. Svenska är källspråket.

## Granska översättning
translation-title = Granska översättning
translation-intro = Jämför varje text med källtexten. Markera den som godkänd eller att den behöver ändras, och skriv gärna en kommentar. Svenska är källspråket och gäller vid tvekan.
translation-progress-heading = Granskat per språk
translation-progress-label = { $name }: { $approved } av { $total } texter godkända
translation-progress-missing = { $count } texter saknas och visas på ett reservspråk.
translation-choose = Välj språk
translation-source = Källspråk
translation-target = Språk att granska
translation-filter = Visa
translation-filter-all = Alla texter
translation-filter-unreviewed = Bara ogranskade
translation-filter-needs-change = Bara de som behöver ändras
translation-count = Visar { $shown } av { $total } texter.
translation-none = Inga texter att visa med det här urvalet.
translation-pages = Sidor
translation-page-previous = Föregående sida
translation-page-next = Nästa sida
# Variables:
#   $page (Number) - sidan som visas, räknat från 1
#   $pages (Number) - hur många sidor listan har
translation-page-status = Sida { $page } av { $pages }
translation-key = ID
translation-state-label = Granskning
translation-state-unreviewed = Ogranskad
translation-state-approved = Godkänd
translation-state-needs-change = Behöver ändras
translation-comment = Kommentar
translation-saving = Sparar …
translation-saved = Sparat
translation-missing = Saknas på det här språket. Läsaren ser texten på ett reservspråk.
translation-imported = Importerad text
translation-source-changed = Källtexten har ändrats sedan den senaste granskningen.
translation-variables = Måste finnas kvar i översättningen: { $vars }
translation-group-guidance = Vägledningen: övriga texter
translation-group-ui = Appens allmänna texter
translation-group-file = Appens texter: { $file }
translation-damaged = Den sparade granskningen var skadad och har lagts undan. Granskningen fortsätter från den levererade versionen.

## Export och import
translation-export-heading = Exportera för översättare
translation-export-help = Filen innehåller varje text med granskning, svensk källtext och kommentar.
translation-export = Exportera fil
translation-exported = Filen har sparats: { $path } ({ $bytes } byte)
translation-import-heading = Importera en uppdaterad översättning
translation-import-help = Klistra in innehållet i en .ftl-fil eller välj en fil. Texter som har ändrats blir ogranskade igen.
translation-import-text = Text att importera
translation-import-file = Välj en .ftl-fil
translation-import = Importera
translation-report-heading = Resultat av importen
translation-report-errors = Fel i filen: { $count }
translation-report-error-line = Rad { $line }: { $message }
translation-report-added = Nya texter: { $count }
translation-report-changed = Ändrade texter: { $count }
translation-report-unchanged = Oförändrade texter: { $count }
translation-report-missing = Saknas i filen: { $count }
translation-report-unknown = Okända ID:n, ignorerade: { $count }
translation-report-variables = Fel variabler, inte importerade: { $count }
translation-report-variable-line = { $key }: ska ha { $expected }, har { $found }
translation-report-reset = Tillbaka till ogranskad: { $count }
translation-report-none = inga

## Visa för personen
person-title = Visa för personen
person-intro = Lämna över surfplattan eller visa skärmen, direkt eller genom tolken. Råden visas på personens språk.
person-language = Personens språk
person-show-mine = Visa även på mitt språk
person-exit = Avsluta visningen
person-advice-heading = Råd
person-contact-show = Visa överenskommelsen om kontakt
person-contact-hide = Dölj överenskommelsen om kontakt
person-contact-heading = Det här har vi kommit överens om
person-contact-safe-note = Visar bara det som är säkert att visa på skärmen: inga kodord, inga anteckningar om familjen och inga uppgifter om tolkar.
person-contact-call = Säkert att ringa
person-contact-when = När det går bra att ringa
person-contact-sms = Sms
person-contact-channel = Helst kontakt via
