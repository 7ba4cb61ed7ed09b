## Ärenden: ärendelistan, nytt ärende, krisplan, kontaktöverenskommelse,
## situationsbedömning, möten och mötesläge, autosparande och gallring.
## Källspråk (sv). Texter som citerar vägledningsarket följer arket.

cases-title = Ärenden
cases-list-heading = Ärenden
cases-new = Nytt ärende
cases-pick = Välj ett ärende i listan eller skapa ett nytt.
cases-show-archived = Visa arkiverade
cases-archived-tag = Arkiverat
cases-empty = Inga ärenden ännu. Skapa ett med ett alias.
cases-empty-filtered = Inga aktiva ärenden. Kryssa i ”Visa arkiverade” för att se de arkiverade.
cases-search-label = Sök bland ärenden
cases-search-none = Inget ärende har ett alias som passar sökningen.
# Variables:
#   $shown (Number) - ärenden som visas
#   $total (Number) - ärenden i allt
cases-shown-of = Visar { $shown } av { $total }
# Variables:
#   $count (Number) - ärenden som inte visas än
cases-show-more = Visa fler ({ $count } till)
# Variables:
#   $count (Number) - ärenden som inte kunde öppnas
cases-damaged = Några ärenden kunde inte öppnas ({ $count }). Filerna kan vara skadade. Övriga ärenden visas som vanligt.
cases-loading-list = Hämtar ärenden …
cases-loading = Öppnar ärendet …
cases-back = Till ärendelistan
cases-open = Öppna
cases-cancel = Avbryt
cases-remove = Ta bort
# Variables:
#   $n (Number) - stegets nummer, räknat från 1
cases-remove-n = Ta bort steg { $n }
# Variables:
#   $n (Number) - stegets nummer, räknat från 1
cases-move-up-n = Flytta steg { $n } uppåt
# Variables:
#   $n (Number) - stegets nummer, räknat från 1
cases-move-down-n = Flytta steg { $n } nedåt

## Färgmärkning
cases-colour-label = Färgmärkning
cases-colour-help = Färgen skiljer ärenden åt utan att någon behöver läsa aliaset.
cases-colour-none = Ingen färg
cases-colour-red = Röd
cases-colour-orange = Orange
cases-colour-yellow = Gul
cases-colour-green = Grön
cases-colour-blue = Blå
cases-colour-purple = Lila

## Nytt ärende och alias
cases-new-heading = Nytt ärende
cases-alias-label = Alias
cases-alias-nudge-title = Använd ett alias.
cases-alias-nudge = Skriv aldrig personens namn, personnummer, adress eller telefonnummer. Om någon annan ser skärmen ska aliaset inte avslöja vem ärendet gäller.
cases-alias-placeholder = Till exempel Klient A eller Rosen
cases-alias-warnings-heading = Kontrollera aliaset
cases-alias-warnings-note = Varningen hindrar inte att du sparar. Du avgör själv.
alias-warning-personal-identity-number = Aliaset ser ut att innehålla ett personnummer eller samordningsnummer.
alias-warning-street-address = Aliaset ser ut att innehålla en gatuadress eller ett postnummer.
alias-warning-phone-number = Aliaset ser ut att innehålla ett telefonnummer.
alias-warning-full-name = Aliaset ser ut som ett för- och efternamn.
cases-create = Skapa ärendet

## Ärendet
cases-tabs-label = Delar av ärendet
cases-tab-plan = Krisplan
cases-tab-contact = Kontakt
cases-tab-review = Bedömning
cases-tab-meetings = Möten
cases-damaged-parts = En del av ärendet kunde inte öppnas och visas tom. Filen kan vara skadad. Kontrollera mot en säkerhetskopia innan du fyller i den delen på nytt.
cases-settings = Ärendeuppgifter
cases-archived-label = Arkiverat
cases-archived-help = Arkiverade ärenden döljs i listan men finns kvar tills du raderar dem.
cases-delete = Radera ärendet
cases-delete-title = Radera ärendet?
# Variables:
#   $alias (String) - ärendets alias
cases-delete-confirm = Ärendet { $alias } raderas direkt, med krisplan, kontaktöverenskommelse, situationsbedömning och alla möten. Det går inte att ångra.
# Variables:
#   $alias (String) - ärendets alias
cases-delete-confirm-yes = Radera { $alias }
cases-delete-failed = Ärendet kunde inte raderas.

## Autosparande
cases-save-saving = Sparar …
cases-save-saved = Sparat
cases-save-error = Det gick inte att spara. Det du har skrivit finns kvar på skärmen.
cases-save-retry = Försök igen

## Krisplan
cases-plan-heading = Krisplan
cases-plan-intro = Krisplanen utgår från den utsattas aktuella situation och innehåller åtgärder som kan vidtas om något inträffar och den utsatta behöver hjälp eller skydd.
cases-plan-situation = Aktuell situation
    .help = Beskriv personens situation just nu: vad som har hänt, vad personen är rädd för och vad som skyddar.
cases-plan-warnings = Varningssignaler och utlösande händelser
    .help = Till exempel en planerad resa utomlands, en förlovning, lov och högtider eller ökad press från familjen.
cases-plan-warning-kind = Slag
cases-plan-warning-note = Anteckning
cases-warning-kind-travel-abroad = Resa utomlands
cases-warning-kind-engagement = Förlovning eller giftermål
cases-warning-kind-holidays = Lov och högtider
cases-warning-kind-family-pressure = Press från familjen
cases-warning-kind-other = Annat
cases-plan-add-warning = Lägg till varningssignal
cases-plan-steps = Steg om något händer
    .help = Vad personen gör, i tur och ordning, om något inträffar och hen behöver hjälp eller skydd.
# Variables:
#   $n (Number) - stegets nummer, räknat från 1
cases-plan-step = Steg { $n }
cases-plan-empty-step = (tomt steg)
cases-plan-add-step = Lägg till steg
cases-plan-safe-places = Trygga platser
    .help = Platser dit personen kan ta sig om något händer.
cases-plan-safe-place = Trygg plats
cases-plan-add-safe-place = Lägg till plats
cases-plan-contacts = Kontakter
    .help = Nummer som personen kan ringa. Vid akut fara: 112.
cases-contact-role = Vem
cases-contact-label = Benämning
cases-contact-number = Nummer
cases-role-emergency112 = 112 – nödnummer
cases-role-police = Polisen
cases-role-social-services-on-call = Socialjouren
cases-role-shelter = Skyddat boende
cases-role-trusted-person = Betrodd person
cases-role-other = Annan kontakt
cases-plan-add-contact = Lägg till kontakt
cases-plan-keep-ready = Att ha redo
    .help = Det personen bör ha till hands om hen måste lämna snabbt. Kryssa i det som är ordnat.
cases-thing-id = Id-handlingar (id-kort, pass)
cases-thing-phone = Telefon och laddare
cases-thing-money = Pengar och bankkort
cases-thing-medicine = Mediciner
cases-thing-other = Annat
cases-keep-ready-note = Anteckning
cases-plan-add-keep-ready = Lägg till
# Krisplanens egen nödsignal (appens fält, inte arkets). Skilj den från kodordet i kontaktöverenskommelsen (cases-contact-code-word) och från tecknet för att avsluta ett tolksamtal (arket, Tolkanvändning).
cases-plan-code-word = Nödsignal: ett ord eller tecken som betyder att personen behöver hjälp nu
    .help = Nödsignalen hör till krisplanen. Den är inte kontaktöverenskommelsens kodord, som bara gäller telefonsamtal när personen inte kan prata, och inte tecknet för att avsluta ett tolksamtal. Skriv den aldrig i sms eller mejl.
cases-plan-next-review = Nästa genomgång av planen
cases-plan-routine = Personen har fått veta att krisplanen är en rutin i alla ärenden
    .help = Det bör förmedlas till den utsatta att detta är en rutin som verksamheten har i alla ärenden, även om krisplanen kanske aldrig behöver användas.

## Kontaktöverenskommelse
cases-contact-heading = Kontaktöverenskommelse
cases-contact-intro = Kom överens med personen om hur kontakt ska ske ifall ni behöver kontakta hen.
cases-contact-phone-heading = Telefon
cases-contact-safe-to-call = Är det säkert att ringa?
cases-safe-to-call-yes = Ja
cases-safe-to-call-no = Nej
cases-safe-to-call-only-at-times = Bara vissa tider
cases-safe-to-call-unknown = Inte klarlagt
cases-contact-call-when = När är det säkert att ringa?
# Arkets kodord (Former för möte): bara för telefonsamtal när personen inte kan prata.
cases-contact-code-word = Kodord i telefon som betyder ”jag kan inte prata”
    .help = Kan ni komma överens om ett kodord ifall personen inte kan prata? Kodordet gäller bara telefonsamtal. Det är inte krisplanens nödsignal och inte tecknet för att avsluta ett tolksamtal.
cases-contact-someone-else = Om någon annan svarar
    .help = Vad du säger och gör om någon annan än personen svarar.
cases-contact-sms-heading = Sms
cases-contact-sms-warning = Iaktta försiktighet med vad som skrivs i sms. Vem kan komma att läsa detta? Tänk också på att även skyddade (hemliga) mobilnummer blir synliga i sms.
cases-contact-sms-allowed = Får sms användas?
cases-sms-allowed-yes = Ja
cases-sms-allowed-no = Nej
cases-sms-allowed-only-neutral = Bara med neutralt innehåll
cases-sms-allowed-unknown = Inte klarlagt
cases-contact-sms-content = Vad får ett sms innehålla?
cases-contact-channel = Hur personen helst vill bli kontaktad
cases-channel-phone = Telefon
cases-channel-sms = Sms
cases-channel-in-person = Vid möte
cases-channel-via-contact-person = Via kontaktperson
cases-channel-other = På annat sätt
cases-contact-interpreter = Tolk
cases-interpreter-mode = Telefontolk eller platstolk
    .help = I första hand bör telefontolk användas, det gör mötet mer anonymt. Lyssna in vad personen är mest bekväm med, men det är du som yrkesverksam som utifrån säkerheten bedömer hur tolkningen ska ske.
cases-interpreter-mode-phone = Telefontolk
cases-interpreter-mode-on-site = Platstolk
cases-interpreter-mode-no-preference = Inget önskemål
cases-interpreter-gender = Tolkens kön
cases-interpreter-gender-female = Kvinna
cases-interpreter-gender-male = Man
cases-interpreter-gender-no-preference = Inget önskemål
cases-interpreter-avoid = Tolkar som inte får användas
    .help = Till exempel tolkar som känner personens familj, släkt eller andra i området. Tolken ska vara neutral och får inte utgöra ett hot genom ryktesspridning eller kontakter med personens familj, släkt eller bekantskapskrets.
# Variables:
#   $names (String) - tolkar som inte får användas, med den yrkesverksammas ord
cases-interpreter-avoid-named = Tolkar som inte får användas: { $names }
cases-interpreter-name-announced = Tolkens namn uppges i förväg
    .help = Uppge om möjligt tolkens namn i förväg, så att personen kan säga till om det är en tolk som inte kan användas, till exempel för att tolken känner personens sociala nätverk (familj, släkt eller andra i området).
cases-interpreter-stop-sign = Tecken för att avsluta tolksamtalet
    .help = Kom överens med personen om ett tecken, till exempel att lägga handen på bordet, som betyder att tolken frågar något olämpligt och att samtalet ska avslutas. Tecknet visas för personen i visningen för personen. Det är inte kontaktöverenskommelsens kodord och inte krisplanens nödsignal.
cases-contact-support-person = Stödperson
cases-support-who = Vem (roll eller alias, inte namn)
cases-support-confirmed = Datum då det bekräftades att stödpersonen är personens egen vilja
    .help = Säkerställ att det är personens egen vilja och inte något som påtvingats hen. Av JO 2010/11 s. 328 följer att socialtjänsten kan utreda en stödpersons närvaro om det finns skäl att ifrågasätta syftet; en person som inte agerar som stöd kan nekas tillträde till mötet.
cases-support-confirm-today = Bekräftat i dag
# Variables:
#   $date (Date) - dagen då personens egen vilja bekräftades
cases-support-confirmed-on = Egen vilja bekräftad { DATETIME($date, dateStyle: "medium") }
cases-support-not-confirmed = Egen vilja inte bekräftad

## Situationsbedömning. Ingen poäng och inga siffror: bedömningen är ord.
cases-review-heading = Situationsbedömning
cases-review-intro = En strukturerad professionell bedömning, område för område, nu och tidigare. Den ger ingen poäng och ingen summa: bedömningen är din, och personens egen syn står bredvid.
# Appens egen text. Uppgifterna om BOPS och om utbytet av riskbedömningar kommer från arkets faktaruta (item-risk-assessment-duty).
cases-review-official = Den formella riskbedömningen görs i verksamhetens ordinarie system. Den här sidan ersätter den inte. Polisen gör egna riskbedömningar inom ramen för sin brottsoffer- och personsäkerhetsverksamhet (BOPS). Socialtjänsten och polisen utbyter riskbedömningar med varandra enligt de allmänna råden till 4 kap. 1 § i Socialstyrelsens föreskrifter om våld i nära relationer (HSLF-FS 2022:39).
cases-review-now = Nu
cases-review-before = Tidigare
cases-rating-present = Förekommer
cases-rating-partly = Delvis
cases-rating-absent = Förekommer inte
cases-rating-unknown = Vet inte
cases-review-note = Anteckning
cases-review-children-routine = Socialnämnden ska fastställa rutiner för hur information om att ett barn kan vara våldsutsatt eller kan ha bevittnat våld ska föras vidare till den del av verksamheten som ansvarar för att utreda barnets behov (2 kap. 5 § i Socialstyrelsens föreskrifter om våld i nära relationer, HSLF-FS 2022:39).
cases-review-children-passed-on = Informationen om barn har förts vidare enligt rutinen
cases-review-judgement = Bedömning
cases-review-own-view = Personens egen syn på risken
    .help = Lyssna på personen och tro på hens upplevelse.
cases-review-summary = Sammanfattande bedömning
cases-review-linked = Åtgärder i krisplanen som svarar mot bedömningen
cases-review-no-steps = Krisplanen har inga steg ännu. Lägg till steg under Krisplan.
review-domain-control-and-violence = Kontroll och våld
review-domain-collective = Kollektivt utövad kontroll
review-domain-vulnerability = Sårbarhet
review-domain-triggers = Utlösande händelser
review-domain-children-at-risk = Barn
review-item-control-restrictions = Begränsningar av rörelsefrihet, umgänge, klädsel, telefon, skola, arbete eller pengar
review-item-control-monitoring = Telefonen kontrolleras, personen spåras, följs eller bevakas av släktingar
review-item-control-threats = Hot om våld, om att dödas, skickas utomlands eller stötas ut
review-item-control-violence = Fysiskt, sexuellt eller psykiskt våld
review-item-collective-multiple-perpetrators = Fler än en person utövar kontrollen eller våldet
review-item-collective-family-mandate = Familjen eller släkten står bakom eller kräver kontrollen
review-item-collective-reputation = Familjens rykte i omgivningen åberopas
review-item-collective-network-abroad = Släkt eller nätverk utomlands är inblandade eller kan nå personen
review-item-vulnerability-intellectual-disability = Intellektuell funktionsnedsättning (en mycket sårbar och svårupptäckt grupp; kommunikationsverktyget Våga förstå! kan hjälpa)
review-item-vulnerability-dependence = Beroende av dem som utövar våldet (pengar, bostad, omsorg, uppehållstillstånd)
review-item-vulnerability-isolation = Inget eget nätverk, isolerad
review-item-vulnerability-ill-health = Dåligt mående som påverkar förmågan att berätta sammanhängande
review-item-trigger-travel-abroad = Planerad eller möjlig resa utomlands
review-item-trigger-engagement-marriage = Förlovning eller giftermål planeras eller drivs på
review-item-trigger-holidays = Lov och högtider, då resor och sammankomster sker
review-item-trigger-relationship-disclosed = En relation, sexualitet eller livsstil har blivit eller kan bli känd
review-item-trigger-contact-with-authorities = Familjen vet eller kan få veta om kontakten med myndigheter
review-item-children-in-household = Barn bor i eller besöker hushållet regelbundet
review-item-children-exposed = Barn utsätts själva för våld eller kontroll
review-item-children-witnessed = Barn har bevittnat våld
review-item-children-risk-abroad-or-marriage = Barn riskerar att föras utomlands eller giftas bort

## Möten och mötesläge
cases-meetings-heading = Möten
cases-meetings-empty = Inga möten ännu.
cases-meeting-new = Nytt möte
cases-meeting-date = Datum
cases-meeting-create = Starta mötet
cases-meeting-open = Mötesläge
# Variables:
#   $date (Date) - mötets dag
cases-meeting-title = Möte { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - mötets dag
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = Radera mötet
cases-meeting-delete-title = Radera mötet?
# Variables:
#   $date (Date) - mötets dag
cases-meeting-delete-confirm = Mötet { DATETIME($date, dateStyle: "medium") } raderas direkt, med checklista och anteckningar. Det går inte att ångra.
cases-meeting-delete-failed = Mötet kunde inte raderas.
cases-meeting-back = Till möteslistan
cases-meeting-checklist = Checklista
cases-meeting-phases-label = Del av mötet
# Variables:
#   $done (Number) - punkter som är klara
#   $total (Number) - punkter i allt
cases-meeting-progress = { $done } av { $total } klara
cases-meeting-check-note = Anteckning
cases-meeting-show-advice = Visa rekommendationen
cases-meeting-facts = Om mötet
cases-meeting-place = Typ av plats
    .help = Ange bara typ av plats, aldrig en adress.
cases-place-office = Kontoret
cases-place-school = Skolan
cases-place-home = Hemma
cases-place-phone = Telefon
cases-place-video = Video
cases-place-other = Annan plats
cases-meeting-interpreter = Tolk vid mötet
cases-interpreter-used-none = Ingen tolk
cases-interpreter-used-phone = Telefontolk
cases-interpreter-used-on-site = Platstolk
cases-meeting-attendees = Deltagare (roll, inte namn)
# Syns i mötesläget medan en tolk deltar (arkets råd om tolkanvändning).
cases-meeting-interpreter-reminder = Nämn aldrig namn eller platser.
cases-meeting-attendee-role = Roll att lägga till
cases-meeting-add-attendee = Lägg till deltagare
# Variables:
#   $role (String) - deltagarens roll: practitioner, interpreter, support-person, colleague, police eller other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] Ta bort yrkesverksam
        [interpreter] Ta bort tolk
        [support-person] Ta bort stödperson
        [colleague] Ta bort kollega
        [police] Ta bort polis
       *[other] Ta bort annan deltagare
    }
cases-attendee-practitioner = Yrkesverksam
cases-attendee-interpreter = Tolk
cases-attendee-support-person = Stödperson
cases-attendee-colleague = Kollega
cases-attendee-police = Polis
cases-attendee-other = Annan
cases-meeting-closing = Avsluta mötet med tydlig information
    .help = Berätta för personen vem som kommer att ta del av informationen och om vad, tid för kommande möte och hur kontakt kan ske på ett säkert sätt.
cases-meeting-closing-who = Vem kommer att ta del av informationen, och om vad
cases-meeting-closing-next = Tid för kommande möte
cases-meeting-closing-safe-contact = Hur kontakt kan ske på ett säkert sätt
cases-meeting-closing-given = Informationen har getts till personen
cases-quick-open = Krisplan och överenskommelse
cases-quick-heading = Till hands under mötet
cases-quick-show = Visa
cases-quick-hide = Dölj
cases-quick-empty = Inte ifyllt
cases-quick-ready = Ordnat:
cases-quick-not-ready = Inte ordnat:

## Gallring: ärenden som inte har ändrats på länge
# Variables:
#   $count (Number) - ärenden att gå igenom
cases-retention-open = Ärenden att gå igenom: { $count }
cases-retention-heading = Ärenden att gå igenom
# Variables:
#   $days (Number) - dagar utan ändring
cases-retention-intro =
    { $days ->
        [one] De här ärendena har inte ändrats på mer än { $days } dag. Radera det som inte längre behövs. Inget raderas utan att du bekräftar.
       *[other] De här ärendena har inte ändrats på mer än { $days } dagar. Radera det som inte längre behövs. Inget raderas utan att du bekräftar.
    }
cases-retention-none = Inga ärenden behöver gås igenom.
# Variables:
#   $date (Date) - när ärendet senast ändrades
cases-retention-untouched = Senast ändrat { DATETIME($date, dateStyle: "medium") }

## Mötets slut och det som visas för personen (från mötesläget).

cases-meeting-for-person = Visa för personen
cases-meeting-show-phone-trail = Telefonkortet
cases-meeting-show-closing = Avslutningskortet
cases-meeting-show-journal = Underlag för journalen
cases-meeting-phone-trail-done = Telefonkortet har gåtts igenom med personen
    .help = Flygplansläge på, wi-fi och platstjänster avstängda från innan resan tills personen är tillbaka, och en förklaring om någon frågar.
cases-meeting-interpreter-gender = Tolkens kön
cases-interpreter-gender-used-not-asked = Inte efterfrågat
cases-interpreter-gender-used-female = Kvinna
cases-interpreter-gender-used-male = Man
cases-meeting-interpreter-named = Datum då tolkens namn gavs till personen i förväg
    .help = Så att personen kan säga nej till en tolk som känner familjen. Lämna tomt om namnet inte gavs.
cases-meeting-interpreter-named-today = Namnet gavs i dag
cases-person-card-back = Tillbaka till mötet
cases-plan-gap-explanation = Förklaring om telefonen var avstängd
    .help = Det personen säger om någon frågar varför telefonen var avstängd eller inte visade var den var. Bestäms tillsammans med personen och visas för personen på telefonkortet.

## Stödpersonens egen vilja: frågan personen svarar på ensam.

cases-support-check = Fråga personen ensam
    .help = Visar en neutral fråga på personens språk: vill hen att stödpersonen är med? Svaret och dagens datum sparas här. Visa frågan när ni är ensamma.
cases-support-check-done = Klar
# Variables:
#   $answer (String) - svaret: yes, no eller alone
#   $date (Date) - dagen då personen svarade
cases-support-answer =
    { $answer ->
        [yes] Svarade ja { DATETIME($date, dateStyle: "medium") }
        [no] Svarade nej { DATETIME($date, dateStyle: "medium") }
       *[alone] Ville prata ensam { DATETIME($date, dateStyle: "medium") }
    }
cases-support-not-asked = Inte tillfrågad ensam ännu

## Underlag för journalen: en sammanfattning att läsa från när den
## yrkesverksamma skriver journalen. Inget kopieras eller exporteras.

journal-title = Underlag för journalen
journal-intro = Läs härifrån när du skriver journalen. Inget kopieras eller sparas härifrån.
journal-left-out = Kodord, telefonnummer och trygga platser är utelämnade.
journal-include-sensitive = Visa även kodord, telefonnummer och trygga platser
journal-sensitive-shown = Kodord, telefonnummer och trygga platser visas. De hör inte hemma i en journal som andra kan läsa.
journal-omitted = [utelämnat]
# Variables:
#   $date (Date) - mötets datum
#   $place (String) - typ av plats: office, school, home, phone, video eller other
journal-meeting =
    Möte den { DATETIME($date, dateStyle: "long") } { $place ->
        [office] på kontoret.
        [school] i skolan.
        [home] i hemmet.
        [phone] per telefon.
        [video] per video.
       *[other] på annan plats.
    }
# Variables:
#   $roles (String) - deltagarnas roller, som en lista
journal-attended = Närvarande: { $roles }.
journal-role-practitioner = handläggare
journal-role-interpreter = tolk
journal-role-support-person = stödperson
journal-role-colleague = kollega
journal-role-police = polis
journal-role-other = annan
# Variables:
#   $used (String) - tolk vid mötet: none, phone eller on-site
journal-interpreter =
    { $used ->
        [phone] Telefontolk användes.
        [on-site] Platstolk användes.
       *[none] Ingen tolk användes.
    }
# Variables:
#   $gender (String) - female eller male
journal-interpreter-gender =
    { $gender ->
        [female] Tolken var en kvinna, som personen önskat.
       *[male] Tolken var en man, som personen önskat.
    }
# Variables:
#   $date (Date) - dagen då namnet gavs
journal-interpreter-named = Tolkens namn gavs till personen i förväg, { DATETIME($date, dateStyle: "long") }.
journal-interpreter-not-named = Tolkens namn gavs inte till personen i förväg.
# Variables:
#   $answer (String) - svaret: yes, no eller alone
#   $date (Date) - dagen då personen svarade
journal-support =
    { $answer ->
        [yes] Personen svarade ensam { DATETIME($date, dateStyle: "long") } att hen vill ha stödpersonen med.
        [no] Personen svarade ensam { DATETIME($date, dateStyle: "long") } att hen inte vill ha stödpersonen med.
       *[alone] Personen svarade ensam { DATETIME($date, dateStyle: "long") } att hen vill prata ensam.
    }
journal-done = Genomgånget
journal-not-done = Inte genomgånget
journal-phone-trail = Telefonkortet gicks igenom med personen: flygplansläge på, wi-fi och platstjänster avstängda från innan resan tills personen är tillbaka, och en förklaring om någon frågar.
journal-closing = Information vid mötets slut
journal-closing-given = Informationen gavs till personen.
journal-closing-not-given = Informationen är inte markerad som given till personen.
journal-who-sees = Vem som tar del av informationen, och om vad:
# Variables:
#   $date (Date) - dag och tid för nästa möte
journal-next = Nästa möte: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = Ingen tid för nästa möte är bestämd.
journal-safe-contact = Hur kontakt kan ske på ett säkert sätt:
journal-nothing = Inget antecknat.
