# UNREVIEWED DRAFT: machine-assisted Northern Kurdish / Kurmanji (kmr) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# PÊŞNÛSA NENIRXANDÎ: wergera kurmancî ya çavkaniya swêdî locales/sv/person.ftl bi alîkariya makîneyê hatiye kirin. Ji aliyê kontrolkerekî ve nehatiye pejirandin. Nivîsa swêdî derbasdar e.

## What the person reads in "Show to the person": the advice written to the
## person, in easy Kurmanji. These are the app's own words, built on the
## sheet; the sheet's own text stays in the guidance, for the practitioner.
##
## To translators and reviewers: the text speaks to the one reader as "tu"
## (kmr/ui.ftl uses the polite plural "hûn" for the practitioner). Short
## sentences, everyday words, one idea per sentence. Never call the reader
## "at risk" or "exposed". Each .body has one sentence per line; the app shows
## each line on its own. Terms follow kmr/guidance.ftl and kmr/cases.ftl
## ("moda balafirê", "Wi-Fi", "xizmetên cih", "SMS", "peyva kodê", "hevdîtin").

person-item-airplane-mode = Telefona xwe bixe moda balafirê
    .body =
        Berî ku tu ji malê derkevî, telefona xwe bixe moda balafirê.
        Di tevahiya hevdîtinê de moda balafirê vekirî bihêle.
        Wê wisa bihêle heta ku tu vegerî cihê ku yên din li bendê ne tu lê bî.
        Xizmetên cih jî vemirîne.

person-item-wifi-off = Wi-Fi jî vemirîne
    .body =
        Moda balafirê her tim têr nake.
        Telefona te dikare bi Wi-Fi nîşan bide ku tu li ku yî.
        Bala xwe bide ku Wi-Fi her dem vemirandî be.

person-item-gps-gap-explanation = Ravekirinekê amade bike
    .body =
        Kesek dikare li ser kompîterekê bibîne ku telefona te li ku bûye.
        Wê demê xuya dibe ku telefon demekê winda bûye.
        Ji berê ve biryar bide ka tu yê çi bibêjî, heke kesek bipirse.
        Bo nimûne: “Şarja telefonê qediya.”

person-item-agree-contact = Em çawa têkiliyê bi hev re digirin
    .body =
        Em bi hev re biryar didin ka em çawa dikarin xwe bigihînin te.
        Ma ewle ye ku em telefonî te bikin?
        Em dikarin peyveke kodê hilbijêrin.
        Peyva kodê tê wê wateyê ku tu niha nikarî biaxivî.

person-item-sms-care = Bi SMS-an re hişyar be
    .body =
        Bifikire ka kî dikare SMS-ên te bixwîne.
        Di SMS-ê de tiştekî ku divê yên din nebînin, nenivîse.
        Hejmareke telefonê ya veşartî jî di SMS-ê de xuya dibe.

person-item-closing-who-sees-what = Kî dê bizane ku te çi gotiye
    .body =
        Berî ku em biqedînin, ez ê ji te re bibêjim ka kî dê bizane ku te çi gotiye.
        Ez ê herwiha ji te re bibêjim ka ew ê çi bizanin.

person-item-closing-next-meeting-contact = Em kengê dîsa hev dibînin
    .body =
        Berî ku em biqedînin, em biryar didin ka em ê cara din kengê hev bibînin.
        Em herwiha biryar didin ka em ê çawa bi awayekî ewle xwe bigihînin hev.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = Heke wergêr tiştekî bipirse ku tu hîs dikî xelet e
    .body =
        Vê îşaretê bike.
        Wê demê em axaftina bi wergêr re diqedînin.

## The pictures beside the advice. Screen readers read this text aloud instead
## of the picture.

pictogram-phone-away = Telefonek ku tê danîn aliyekî, li derveyî odeyê
pictogram-airplane-mode = Telefon di moda balafirê de
pictogram-wifi-off = Wi-Fi vemirandî
pictogram-location-off = Xizmetên cih vemirandî
pictogram-before-after = Ji berî ku tu ji malê derkevî heta ku tu vegerî
pictogram-code-word = Peyveke kodê
pictogram-interpreter = Wergêrek
pictogram-stop = Raweste
pictogram-who-sees = Kî dê agahiyan bibîne
pictogram-next-meeting = Hevdîtina bê
pictogram-safe-contact = Têkiliya ewle

## Text size in the view for the person.

person-text-size = Mezinahiya nivîsê
person-text-smaller = Nivîsa piçûktir
person-text-larger = Nivîsa mezintir
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = Binivîse û xêz bike
pad-title = Binivîse û xêz bike
pad-intro = Tiştê ku tu naxwazî bi dengekî bilind bibêjî, binivîse an xêz bike. Tiştek nayê tomarkirin. Dema ku tu vê rûpelê bigirî, her tişt winda dibe.
pad-tools = Amûr
pad-pen = Pênûs
pad-eraser = Jêbir
pad-clear = Hemûyî paqij bike
pad-close = Bigire
pad-canvas = Rûberek ji bo nivîsandin û xêzkirinê

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots.
## To reviewers: phones do not show their settings in Kurmanji, so the
## names below ("Mîheng", "Moda balafirê", "Nepenî û Ewlehî", "Xizmetên
## cih") describe the settings; they will not match the words on the screen.

phone-trail-title = Da ku telefona te nîşan nede tu li ku bûyî
phone-trail-intro =
    Telefona te dikare nîşan bide ku tu li ku yî.
    Kesekî din dikare vê bibîne, bo nimûne di sepanekê de an li ser kompîterekê.
    Her cara ku tu werî vir, wiha bike.
phone-trail-before = Berî ku tu ji malê derkevî
    .body =
        Telefona xwe bixe moda balafirê.
        Wi-Fi vemirîne.
        Xizmetên cih vemirîne.
phone-trail-during = Di dema hevdîtinê de
    .body =
        Hemû tiştî vemirandî bihêle.
        Telefona te li derveyî odeyê dimîne.
phone-trail-until-back = Heta ku tu vegerî
    .body =
        Di tevahiya rê de hemû tiştî vemirandî bihêle.
        Tenê dema ku tu gihîştî cihê ku yên din li bendê ne tu lê bî, wan dîsa veke.
phone-trail-if-asked = Heke kesek bipirse
    .body =
        Dibe ku kesek bibîne ku telefona te demekê vemirandî bû.
        Ji berê ve biryar bide ka tu yê wê demê çi bibêjî.
        Her car heman tiştî bibêje.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = Me li hev kir ku tu vê bibêjî:
phone-trail-how = Li ser telefona xwe wiha bike
phone-trail-android = Android
    .body =
        Bi tiliya xwe ji serê ekranê ber bi jêr ve bikişîne.
        Li balafirê bitikîne. Niha moda balafirê vekirî ye.
        Li Wi-Fi bitikîne da ku ew vemire.
        Li îkona cih bitikîne da ku ew vemire.
phone-trail-iphone = iPhone
    .body =
        Mîhengan veke.
        Moda balafirê veke.
        Li Wi-Fi bitikîne û wê vemirîne.
        Li Nepenî û Ewlehî bitikîne, paşê li Xizmetên cih, û wan vemirîne.
phone-trail-buttons-differ = Dibe ku bişkok li ser telefonên cuda hinekî cuda xuya bikin. Heke tu wan nebînî, bipirse.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = Pirsek ji bo te
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = Ma tu dixwazî dema em diaxivin { $who } li vir be?
# When no support person is given.
own-will-question-anyone = Ma tu dixwazî dema em diaxivin kesekî din li vir be?
own-will-body =
    Tu bi xwe biryarê didî.
    Ne pirsgirêk e ku tu bibêjî na.
own-will-yes = Erê
own-will-no = Na
own-will-alone = Ez dixwazim bi tena serê xwe biaxivim
own-will-thanks =
    Spas ji bo bersiva te.
    Ji kerema xwe niha tabletê paş ve bide.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = Berî ku em biqedînin
closing-who-sees = Kî dê bizane ku te çi gotiye
closing-next = Cara din ku em hev dibînin
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = Em ê paşê li ser demekê li hev bikin.
closing-contact = Em çawa têkiliyê bi hev re digirin
closing-call-when = Kengî baş e ku em telefonî te bikin
closing-code-word = Peyva me ya kodê
closing-code-word-means = Heke tu peyva kodê bibêjî, ez ê fêm bikim ku tu niha nikarî biaxivî.
closing-code-word-show = Peyva kodê nîşan bide
closing-code-word-hide = Peyva kodê veşêre
closing-empty = Me ev hîn nenivîsandiye.
