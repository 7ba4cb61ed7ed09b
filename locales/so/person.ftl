# UNREVIEWED DRAFT: machine-assisted Somali (so) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# QABYO AAN DIB LOO EEGIN: tarjumaad af-Soomaali (so) ah oo mashiin lagu caawiyay, laga sameeyay qoraalka asalka ah ee iswiidhishka locales/sv/person.ftl. Dib-u-eege ma ansixin. Qoraalka iswiidhishka ayaa ah kan sugan.
## What the person reads in "Show to the person": the advice written to the
## person, in plain Somali. These are the app's own words, built on the
## sheet; the sheet's own text stays in the guidance, for the practitioner.
##
## To translators: write to the reader ("you"). Short sentences, everyday
## words, one idea per sentence. Never call the reader "at risk" or
## "exposed". Each .body has one sentence per line; the app shows each line
## on its own.
##
## Somali notes: the reader is "adiga" (singular, the ordinary form).
## "We" the practitioner and the person together is inclusive "aynu";
## "we" the practitioner's side, in "reach you" and "call you", is
## exclusive "aan". Terms as in so/guidance.ftl: "habka diyaaradda
## (airplane mode)", "adeegyada goobta (location)", "Wi-Fi", "erey sir ah",
## "kulan", "turjumaan". "sms" is "fariin qoraal ah" (plainer than SMS).

person-item-airplane-mode = Taleefankaaga geli habka diyaaradda
    .body =
        Taleefankaaga geli habka diyaaradda (airplane mode) ka hor intaadan guriga ka bixin.
        Taleefanka ku hay habka diyaaradda kulanka oo dhan.
        Sidaas ku hay ilaa aad ku soo noqoto meesha dadku filayaan inaad joogto.
        Sidoo kale dami adeegyada goobta (location).

person-item-wifi-off = Dami Wi-Fi-ga sidoo kale
    .body =
        Habka diyaaradda mar walba kuma filna.
        Taleefanku Wi-Fi-ga ayuu ku muujin karaa meesha aad joogto.
        Hubi in Wi-Fi-gu dansan yahay waqtiga oo dhan.

person-item-gps-gap-explanation = Sharraxaad diyaarso
    .body =
        Qof ayaa kombiyuutar ku arki kara meesha taleefankaagu joogay.
        Markaas qofkaasi wuxuu arki karaa in taleefanku maqnaa muddo yar.
        Horay u go'aanso waxaad dhihi doonto haddii qof ku weydiiyo.
        Tusaale ahaan: “Batarigu wuu dhammaaday.”

person-item-agree-contact = Sida aynu isula xiriiri doonno
    .body =
        Waxaynu wada go'aaminaynaa sida aan kuula soo xiriiri karno.
        Ma ammaan baa inaan ku wacno?
        Waxaynu yeelan karnaa erey sir ah.
        Ereyga sirta ahi wuxuu ka dhigan yahay inaadan hadda hadli karin.

person-item-sms-care = Ka taxaddar fariimaha qoraalka ah
    .body =
        Ka fikir cidda akhrin karta fariimahaaga qoraalka ah.
        Fariin qoraal ah ha ku qorin wax aadan rabin in dad kale arkaan.
        Lambar qarsoon sidoo kale wuu ka muuqdaa fariin qoraal ah.

person-item-closing-who-sees-what = Cidda ogaan doonta waxaad sheegtay
    .body =
        Ka hor intaynaan dhammayn, waxaan kuu sheegi doonaa cidda ogaan doonta waxaad sheegtay.
        Waxaan sidoo kale kuu sheegi doonaa waxay ogaan doonaan.

person-item-closing-next-meeting-contact = Marka aynu mar kale kulanno
    .body =
        Ka hor intaynaan dhammayn, waxaynu go'aamin doonnaa goorta kulanka xiga.
        Waxaynu sidoo kale go'aamin doonnaa sida aynu si ammaan ah isula xiriiri karno.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = Haddii turjumaanku weydiiyo wax aad dareento inuu khaldan yahay
    .body =
        Samee calaamaddan.
        Markaas waxaan joojin doonnaa wada-hadalka turjumaanka.

## The pictures beside the advice. Screen readers read this text instead.

pictogram-phone-away = Taleefan meel la dhigay, qolka dibaddiisa
pictogram-airplane-mode = Taleefanka oo ku jira habka diyaaradda
pictogram-wifi-off = Wi-Fi-ga oo dansan
pictogram-location-off = Adeegyada goobta oo dansan
pictogram-before-after = Ka hor intaadan guriga ka bixin ilaa aad soo noqoto
pictogram-code-word = Erey sir ah
pictogram-interpreter = Turjumaan
pictogram-stop = Joogso
pictogram-who-sees = Cidda arki doonta macluumaadka
pictogram-next-meeting = Kulanka xiga
pictogram-safe-contact = Xiriir ammaan ah

## Text size in the view for the person.

person-text-size = Cabbirka qoraalka
person-text-smaller = Qoraal ka yar
person-text-larger = Qoraal ka weyn
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = Qor oo sawir
pad-title = Qor oo sawir
pad-intro = Qor ama sawir waxa aadan rabin inaad kor u dhahdo. Waxba lama kaydinayo. Marka aad boggan xirto, waxba ma hari doono.
pad-tools = Qalabka
pad-pen = Qalin
pad-eraser = Tirtire
pad-clear = Tirtir dhammaan
pad-close = Xir
pad-canvas = Meel lagu qoro oo lagu sawiro

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots
## (the buttons look different on different phones).
##
## Somali notes: phones seldom show menus in Somali, so menu names are
## given in Somali with the usual English label in brackets, as
## "habka diyaaradda (airplane mode)" is elsewhere.

phone-trail-title = Si taleefankaagu uusan u muujin meesha aad joogtay
phone-trail-intro =
    Taleefankaagu wuxuu muujin karaa meesha aad joogto.
    Qof kale ayaa taas arki kara, tusaale ahaan app ama kombiyuutar.
    Sidan samee mar kasta oo aad halkan imanayso.
phone-trail-before = Ka hor intaadan guriga ka bixin
    .body =
        Taleefankaaga geli habka diyaaradda (airplane mode).
        Dami Wi-Fi-ga.
        Dami adeegyada goobta (location).
phone-trail-during = Inta kulanku socdo
    .body =
        Wax walba dansan ku hay.
        Taleefanku wuxuu joogaa qolka dibaddiisa.
phone-trail-until-back = Ilaa aad soo noqoto
    .body =
        Wax walba dansan ku hay jidka oo dhan.
        Dib u shid oo keliya marka aad timaado meesha dadku filayaan inaad joogto.
phone-trail-if-asked = Haddii qof ku weydiiyo
    .body =
        Qof ayaa arki kara in taleefankaagu dansanaa muddo yar.
        Horay u go'aanso waxaad markaas dhihi doonto.
        Mar kasta wax isku mid ah dheh.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = Waxaynu ku heshiinnay inaad tan dhahdo:
phone-trail-how = Sida aad taleefankaaga ugu samayso
phone-trail-android = Android
    .body =
        Farta hoos uga jiid shaashadda korkeeda.
        Taabo calaamadda diyaaradda. Markaas habka diyaaraddu waa shidan yahay.
        Taabo Wi-Fi si aad u damiso.
        Taabo Goobta (Location) si aad u damiso.
phone-trail-iphone = iPhone
    .body =
        Fur Dejinta (Settings).
        Shid habka diyaaradda (Airplane Mode).
        Taabo Wi-Fi oo dami.
        Taabo Arrimaha gaarka ah iyo amniga (Privacy & Security), kadibna Adeegyada goobta (Location Services), oo dami.
phone-trail-buttons-differ = Badhamadu waxay u ekaan karaan si yar oo kala duwan taleefannada kala duwan. Weydii haddii aadan helin.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards.

own-will-title = Su'aal adiga kuu socota
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = Ma rabtaa in { $who } joogo marka aynu wada hadlayno?
# When no support person is given.
own-will-question-anyone = Ma rabtaa in qof kale joogo marka aynu wada hadlayno?
own-will-body =
    Adiga ayaa go'aansanaya.
    Waa hagaag inaad dhahdo maya.
own-will-yes = Haa
own-will-no = Maya
own-will-alone = Waxaan rabaa inaan keligay hadlo
own-will-thanks =
    Waad ku mahadsan tahay jawaabtaada.
    Hadda taabletka dib u celi.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = Ka hor intaynaan dhammayn
closing-who-sees = Cidda ogaan doonta waxaad sheegtay
closing-next = Marka xigta ee aynu kulanno
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = Waqtiga waxaynu ku heshiin doonnaa mar dambe.
closing-contact = Sida aynu isula xiriiri doonno
closing-call-when = Goorta ay hagaag tahay inaan ku wacno
closing-code-word = Ereygeenna sirta ah
closing-code-word-means = Haddii aad dhahdo ereyga sirta ah, waxaan fahmi doonaa inaadan hadda hadli karin.
closing-code-word-show = Muuji ereyga sirta ah
closing-code-word-hide = Qari ereyga sirta ah
closing-empty = Tan weli lama qorin.
