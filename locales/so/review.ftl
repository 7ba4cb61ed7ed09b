# UNREVIEWED DRAFT translation into Somali of the Swedish source
# (locales/sv/review.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# QABYO AAN DIB LOO EEGIN: tarjumaad af-Soomaali ah oo laga sameeyay qoraalka
# asalka ah ee iswiidhishka (locales/sv/review.ftl). Dib-u-eege MA ANSIXIN;
# qoraalka iswiidhishka ayaa ah kan sugan.
# Terms: "granska" = "dib u eeg", "godkänd" = "la ansixiyay", "reservspråk" =
# "luqad beddel ah", "översättare" = "tarjumaan" (a written translator;
# "turjumaan" is the interpreter), "kontaktöverenskommelse" = "heshiiska
# xiriirka", "kodord" = "erey sir ah", "app" = "abka".

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = Dib u eeg tarjumaadda
translation-intro = Qoraal kasta la barbardhig qoraalka asalka ah. U calaamadee mid la ansixiyay ama mid u baahan beddel, haddii aad rabtana qor faallo. Iswiidhishku waa luqadda asalka ah, waana kan la raacayo marka shaki jiro.
translation-progress-heading = Dib-u-eegista luqad kasta
# Variables:
#   $name (String) - the language's name
#   $approved (Number) - texts approved
#   $total (Number) - texts in all
translation-progress-label = { $name }: qoraallada la ansixiyay { $approved } / { $total }
# Variables:
#   $count (Number) - texts missing
translation-progress-missing = Qoraallo maqan: { $count }. Waxaa lagu muujiyaa luqad beddel ah.
translation-choose = Dooro luqadda
translation-source = Luqadda asalka ah
translation-target = Luqadda dib loo eegayo
translation-filter = Muuji
translation-filter-all = Dhammaan qoraallada
translation-filter-unreviewed = Kuwa aan dib loo eegin oo keliya
translation-filter-needs-change = Kuwa u baahan beddel oo keliya
# Variables:
#   $shown (Number) - texts shown
#   $total (Number) - texts in all
translation-count = Qoraallada la muujiyay: { $shown } / { $total }.
translation-none = Doorashadan qoraal la muujiyo kuma jiro.
translation-pages = Bogagga
translation-page-previous = Bogga hore
translation-page-next = Bogga xiga
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = Bogga { $page } / { $pages }
translation-key = ID
translation-state-label = Dib-u-eegis
translation-state-unreviewed = Dib looma eegin
translation-state-approved = La ansixiyay
translation-state-needs-change = Wuxuu u baahan yahay beddel
translation-comment = Faallo
translation-saving = Waa la kaydinayaa …
translation-saved = Waa la kaydiyay
translation-missing = Luqaddan kuma jiro. Akhristuhu wuxuu qoraalka ku arkaa luqad beddel ah.
translation-imported = Qoraal la soo geliyay
translation-source-changed = Qoraalka asalka ah waa la beddelay tan iyo dib-u-eegistii ugu dambaysay.
# Variables:
#   $vars (List) - the variables, such as { $count }
translation-variables = Waa inay tarjumaadda ku sii jiraan: { $vars }
translation-group-guidance = Hagidda: qoraallada kale
translation-group-ui = Qoraallada guud ee abka
# Variables:
#   $file (String) - the file's name
translation-group-file = Qoraallada abka: { $file }
translation-damaged = Dib-u-eegistii la kaydiyay way khalkhalsanayd, dhinac ayaana la dhigay. Dib-u-eegistu waxay ka sii socotaa nuqulkii abka la socday.

## Export and import
translation-export-heading = Fayl u samee tarjumaannada (export)
translation-export-help = Faylku wuxuu ka kooban yahay qoraal kasta oo ay la socdaan xaaladda dib-u-eegista, qoraalka asalka ah ee iswiidhishka iyo faallada.
translation-export = Samee faylka
# Variables:
#   $file (String) - the file's name
#   $bytes (Number) - the file's size
translation-exported = Faylka { $file } waxaa lagu kaydiyay galka exports ee ku jira galka xogta abka ({ $bytes } bayt).
translation-import-heading = Soo geli tarjumaad la cusboonaysiiyay (import)
translation-import-help = Ku dheji nuxurka fayl .ftl ah ama dooro fayl. Qoraallada la beddelay mar kale waxay noqdaan kuwo aan dib loo eegin.
translation-import-text = Qoraalka la soo gelinayo
translation-import-file = Dooro fayl .ftl ah
translation-import = Soo geli
translation-report-heading = Natiijada soo gelinta
# Variables:
#   $count (Number) - errors in the file
translation-report-errors = Khaladaadka faylka: { $count }
# Variables:
#   $line (Number) - the line's number
#   $message (String) - the error, from the Fluent parser
translation-report-error-line = Sadarka { $line }: { $message }
# Variables:
#   $count (Number) - texts
translation-report-added = Qoraallo cusub: { $count }
# Variables:
#   $count (Number) - texts
translation-report-changed = Qoraallo la beddelay: { $count }
# Variables:
#   $count (Number) - texts
translation-report-unchanged = Qoraallo aan isbeddelin: { $count }
# Variables:
#   $count (Number) - texts
translation-report-missing = Ka maqan faylka: { $count }
# Variables:
#   $count (Number) - IDs
translation-report-unknown = ID aan la aqoon, waa la iska indho-tiray: { $count }
# Variables:
#   $count (Number) - texts
translation-report-variables = Doorsoomayaal khaldan, lama soo gelin: { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }: { $nexpected ->
        [0] doorsoome uma baahna
       *[other] waa inuu lahaadaa { $expected }
    }, { $nfound ->
        [0] doorsoome ma laha
       *[other] wuxuu leeyahay { $found }
    }
# Variables:
#   $count (Number) - texts
translation-report-reset = Dib loogu celiyay kuwa aan dib loo eegin: { $count }

## Show to the person
person-title = U tus qofka
person-intro = U dhiib qofka taabletka (tablet) ama tus shaashadda, si toos ah ama iyadoo la marayo turjumaanka. Talooyinka waxaa lagu muujiyaa luqadda qofka.
person-language = Luqadda qofka
person-show-mine = Sidoo kale ku muuji luqaddayda
person-exit = Jooji muujinta
person-advice-heading = Talooyin
person-contact-show = Muuji heshiiska xiriirka
person-contact-hide = Qari heshiiska xiriirka
person-contact-heading = Waxa aan ku heshiinnay
person-contact-safe-note = Waxay muujinaysaa oo keliya waxa ammaanka ah in shaashadda lagu muujiyo: ereyo sir ah ma jiraan, qoraallo ku saabsan qoyska ma jiraan, xog ku saabsan turjumaannadana ma jirto.
person-contact-call = Waa ammaan in la waco
person-contact-when = Goorta ay fiican tahay in la waco
person-contact-sms = SMS
person-contact-channel = Habka xiriirka ee la doorbido
