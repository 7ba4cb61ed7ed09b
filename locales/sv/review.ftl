## Granskning av översättningar och visning för personen. Svenska är källspråket.

## Granska översättning
translation-title = Granska översättning
translation-intro = Jämför varje text med källtexten. Markera den som godkänd eller att den behöver ändras, och skriv gärna en kommentar. Svenska är källspråket och gäller vid tvekan.
translation-progress-heading = Granskat per språk
# Variables:
#   $name (String) - språkets namn
#   $approved (Number) - godkända texter
#   $total (Number) - texter i allt
translation-progress-label =
    { $total ->
        [one] { $name }: { $approved } av { $total } text godkänd
       *[other] { $name }: { $approved } av { $total } texter godkända
    }
# Variables:
#   $count (Number) - texter som saknas
translation-progress-missing =
    { $count ->
        [one] { $count } text saknas och visas på ett reservspråk.
       *[other] { $count } texter saknas och visas på ett reservspråk.
    }
translation-choose = Välj språk
translation-source = Källspråk
translation-target = Språk att granska
translation-filter = Visa
translation-filter-all = Alla texter
translation-filter-unreviewed = Bara ogranskade
translation-filter-needs-change = Bara de som behöver ändras
# Variables:
#   $shown (Number) - texter som visas
#   $total (Number) - texter i allt
translation-count =
    { $total ->
        [one] Visar { $shown } av { $total } text.
       *[other] Visar { $shown } av { $total } texter.
    }
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
# Variables:
#   $vars (List) - variablerna, som { $count }
translation-variables = Måste finnas kvar i översättningen: { $vars }
translation-group-guidance = Vägledningen: övriga texter
translation-group-ui = Appens allmänna texter
# Variables:
#   $file (String) - filens namn
translation-group-file = Appens texter: { $file }
translation-damaged = Den sparade granskningen var skadad och har lagts undan. Granskningen fortsätter från den levererade versionen.

## Export och import
translation-export-heading = Exportera för översättare
translation-export-help = Filen innehåller varje text med granskning, svensk källtext och kommentar.
translation-export = Exportera fil
# Variables:
#   $file (String) - filens namn
#   $bytes (Number) - filens storlek
translation-exported = Filen { $file } har sparats i mappen exports i appens datamapp ({ $bytes } byte).
translation-import-heading = Importera en uppdaterad översättning
translation-import-help = Klistra in innehållet i en .ftl-fil eller välj en fil. Texter som har ändrats blir ogranskade igen.
translation-import-text = Text att importera
translation-import-file = Välj en .ftl-fil
translation-import = Importera
translation-report-heading = Resultat av importen
# Variables:
#   $count (Number) - fel i filen
translation-report-errors = Fel i filen: { $count }
# Variables:
#   $line (Number) - radens nummer
#   $message (String) - felet, från Fluent-tolken
translation-report-error-line = Rad { $line }: { $message }
# Variables:
#   $count (Number) - texter
translation-report-added = Nya texter: { $count }
# Variables:
#   $count (Number) - texter
translation-report-changed = Ändrade texter: { $count }
# Variables:
#   $count (Number) - texter
translation-report-unchanged = Oförändrade texter: { $count }
# Variables:
#   $count (Number) - texter
translation-report-missing = Saknas i filen: { $count }
# Variables:
#   $count (Number) - ID:n
translation-report-unknown = Okända ID:n, ignorerade: { $count }
# Variables:
#   $count (Number) - texter
translation-report-variables = Fel variabler, inte importerade: { $count }
# Variables:
#   $key (String) - textens ID
#   $expected (List) - variablerna som ska finnas
#   $nexpected (Number) - hur många de är
#   $found (List) - variablerna som finns
#   $nfound (Number) - hur många de är
translation-report-variable-line = { $key }: ska ha { $nexpected ->
        [0] inga
       *[other] { $expected }
    }, har { $nfound ->
        [0] inga
       *[other] { $found }
    }
# Variables:
#   $count (Number) - texter
translation-report-reset = Tillbaka till ogranskad: { $count }

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
