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
