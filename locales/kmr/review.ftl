# UNREVIEWED DRAFT translation into Northern Kurdish (Kurmanji, Latin script)
# of the Swedish source (locales/sv/review.ftl). It has NOT been approved by a
# reviewer; the Swedish text is authoritative.
# PÊŞNÛSA NENIRXANDÎ: wergera kurmancî ya çavkaniya swêdî (locales/sv/review.ftl).
# Ji aliyê kontrolkerekî ve NEHATIYE PEJIRANDIN; nivîsa swêdî derbasdar e.
# Terms: "granska" = "nirxandin", "godkänd" = "pejirandî", "reservspråk" =
# "zimanê yedek", "exportera/importera" = "eksport/împort bike",
# "översättare" = "wergêrê nivîsê" ("wergêr" alone is the interpreter),
# "kontaktöverenskommelse" = "lihevkirina têkiliyê", "kodord" = "peyva
# kodê", "app" = "sepan".

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = Wergerê binirxîne
translation-intro = Her nivîsê bi nivîsa çavkanî re berhev bikin. Wê wekî pejirandî an wekî hewcedarî guhertinê nîşan bikin, û heke hûn bixwazin şîroveyekê binivîsin. Swêdî zimanê çavkanî ye û di rewşa dudiliyê de ew derbasdar e.
translation-progress-heading = Nirxandin li gorî zimanan
translation-progress-label = { $name }: nivîsên pejirandî { $approved } / { $total }
# Variables:
#   $count (Number) - texts missing
translation-progress-missing =
    { $count ->
        [one] { $count } nivîs kêm e û bi zimanekî yedek tê nîşandan.
       *[other] { $count } nivîs kêm in û bi zimanekî yedek tên nîşandan.
    }
translation-choose = Ziman hilbijêre
translation-source = Zimanê çavkanî
translation-target = Zimanê ku were nirxandin
translation-filter = Nîşan bide
translation-filter-all = Hemû nivîs
translation-filter-unreviewed = Tenê yên nenirxandî
translation-filter-needs-change = Tenê yên ku hewcedarî guhertinê ne
translation-count = Nivîsên tên nîşandan: { $shown } / { $total }.
translation-none = Bi vê hilbijartinê tu nivîs tune ku were nîşandan.
translation-pages = Rûpel
translation-page-previous = Rûpela berê
translation-page-next = Rûpela din
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = Rûpel { $page } / { $pages }
translation-key = ID
translation-state-label = Nirxandin
translation-state-unreviewed = Nenirxandî
translation-state-approved = Pejirandî
translation-state-needs-change = Hewcedarî guhertinê ye
translation-comment = Şîrove
translation-saving = Tê tomarkirin …
translation-saved = Hate tomarkirin
translation-missing = Bi vî zimanî tune ye. Xwendevan nivîsê bi zimanekî yedek dibîne.
translation-imported = Nivîsa împortkirî
translation-source-changed = Nivîsa çavkanî ji nirxandina dawî ve hatiye guhertin.
translation-variables = Divê di wergerê de bimînin: { $vars }
translation-group-guidance = Rêbername: nivîsên din
translation-group-ui = Nivîsên giştî yên sepanê
translation-group-file = Nivîsên sepanê: { $file }
translation-damaged = Nirxandina tomarkirî xera bûbû û hate danîn aliyekî. Nirxandin ji guhertoya ku bi sepanê re hatiye dewam dike.

## Export and import
translation-export-heading = Ji bo wergêrên nivîsê eksport bike
translation-export-help = Di pelê de her nivîs bi rewşa nirxandinê, nivîsa çavkanî ya swêdî û şîroveyê re heye.
translation-export = Pelê eksport bike
translation-exported = Pelê { $file } di peldanka exports de, di nav peldanka daneyên sepanê de, hate tomarkirin ({ $bytes } bayt).
translation-import-heading = Wergereke nûkirî împort bike
translation-import-help = Naveroka pelekî .ftl lê bixin an pelekî hilbijêrin. Nivîsên ku hatine guhertin dîsa dibin nenirxandî.
translation-import-text = Nivîsa ku were împortkirin
translation-import-file = Pelekî .ftl hilbijêre
translation-import = Împort bike
translation-report-heading = Encama împortê
translation-report-errors = Çewtiyên di pelê de: { $count }
translation-report-error-line = Rêza { $line }: { $message }
translation-report-added = Nivîsên nû: { $count }
translation-report-changed = Nivîsên guhertî: { $count }
translation-report-unchanged = Nivîsên neguhertî: { $count }
translation-report-missing = Di pelê de kêm in: { $count }
translation-report-unknown = ID-yên nenas, hatin paşguhkirin: { $count }
translation-report-variables = Guhêrbarên şaş, nehatin împortkirin: { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }: yên pêwîst: { $nexpected ->
        [0] tune
       *[other] { $expected }
    }, yên heyî: { $nfound ->
        [0] tune
       *[other] { $found }
    }
translation-report-reset = Vegeriyan rewşa nenirxandî: { $count }

## Show to the person
person-title = Ji kesê re nîşan bide
person-intro = Tabletê radestî kesê bikin an ekranê nîşan bidin, rasterast an bi rêya wergêr. Şîret bi zimanê kesê tên nîşandan.
person-language = Zimanê kesê
person-show-mine = Bi zimanê min jî nîşan bide
person-exit = Nîşandanê biqedîne
person-advice-heading = Şîret
person-contact-show = Lihevkirina têkiliyê nîşan bide
person-contact-hide = Lihevkirina têkiliyê veşêre
person-contact-heading = Me li ser van tiştan li hev kiriye
person-contact-safe-note = Tenê tiştên ku nîşandana wan li ser ekranê ewle ye nîşan dide: ne peyvên kodê, ne nîşeyên derbarê malbatê de û ne agahiyên derbarê wergêran de.
person-contact-call = Telefonkirin ewle ye
person-contact-when = Kengî telefonkirin baş e
person-contact-sms = SMS
person-contact-channel = Awayê têkiliyê yê tercîhkirî
