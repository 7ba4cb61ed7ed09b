## Det personen själv läser i "Visa för personen": råden skrivna till
## personen, på lätt svenska. De är appens egna ord, byggda på arket; arkets
## egen text står kvar i vägledningen, för den yrkesverksamma.
##
## Till översättare: skriv till läsaren ("du"). Korta meningar, vardagliga
## ord, en tanke per mening. Kalla aldrig läsaren "utsatt" eller "i fara".
## Varje .body är några meningar; varje mening står på en egen rad i
## appen (en rad per mening, skild med radbrytning i källan).

person-item-airplane-mode = Sätt telefonen i flygplansläge
    .body =
        Sätt telefonen i flygplansläge innan du går hemifrån.
        Ha kvar flygplansläget under hela mötet.
        Ha kvar det tills du är tillbaka där andra väntar sig att du är.
        Stäng också av platstjänster.

person-item-wifi-off = Stäng av wi-fi också
    .body =
        Flygplansläge räcker inte alltid.
        Telefonen kan visa var du är genom wi-fi.
        Se till att wi-fi är avstängt hela tiden.

person-item-gps-gap-explanation = Ha en förklaring redo
    .body =
        Någon kan se i en dator var din telefon har varit.
        Då syns det att telefonen var borta en stund.
        Bestäm i förväg vad du säger om någon frågar.
        Till exempel: ”Batteriet tog slut.”

person-item-agree-contact = Så håller vi kontakt
    .body =
        Vi bestämmer tillsammans hur vi kan nå dig.
        Är det säkert att ringa dig?
        Vi kan ha ett kodord.
        Kodordet betyder att du inte kan prata just nu.

person-item-sms-care = Var försiktig med sms
    .body =
        Tänk på vem som kan läsa dina sms.
        Skriv inget i sms som andra inte får se.
        Ett hemligt nummer syns också i ett sms.

person-item-closing-who-sees-what = Vem får veta vad du har sagt
    .body =
        Innan vi slutar berättar jag vem som får veta det du har sagt.
        Jag berättar också vad de får veta.

person-item-closing-next-meeting-contact = När vi ses igen
    .body =
        Innan vi slutar bestämmer vi när vi ses nästa gång.
        Vi bestämmer också hur vi kan höra av oss på ett säkert sätt.

# Tecknet för att avsluta ett tolksamtal, visat för personen. Tecknet självt
# är den yrkesverksammas text från kontaktöverenskommelsen och visas under.
person-stop-sign = Om tolken frågar något som känns fel
    .body =
        Gör det här tecknet.
        Då avslutar vi samtalet med tolken.

## Bilderna bredvid råden. Texten läses upp av skärmläsare i stället för bilden.

pictogram-phone-away = En telefon som läggs undan, utanför rummet
pictogram-airplane-mode = Telefonen i flygplansläge
pictogram-wifi-off = Wi-fi avstängt
pictogram-location-off = Platstjänster avstängda
pictogram-before-after = Från innan du går hemifrån tills du är tillbaka
pictogram-code-word = Ett kodord
pictogram-interpreter = En tolk
pictogram-stop = Stopp
pictogram-who-sees = Vem som får se informationen
pictogram-next-meeting = Nästa möte
pictogram-safe-contact = Säker kontakt

## Textstorlek i visningen för personen.

person-text-size = Textstorlek
person-text-smaller = Mindre text
person-text-larger = Större text
# Variables:
#   $percent (Number) - textens storlek, formaterad som procent (1,5 visas som 150 %)
person-text-size-now = { $percent }

## Skriv och rita: en yta för det som inte kan sägas högt (till exempel
## namn och platser i ett tolkat samtal). Inget av det sparas.

pad-open = Skriv och rita
pad-title = Skriv och rita
pad-intro = Skriv eller rita det du inte vill säga högt. Inget sparas. Allt försvinner när du stänger.
pad-tools = Verktyg
pad-pen = Penna
pad-eraser = Suddgummi
pad-clear = Sudda allt
pad-close = Stäng
pad-canvas = Yta att skriva och rita på

## Telefonkortet: steg för steg, för personen. Den yrkesverksamma går
## igenom det med personen; mötets checklista noterar att det är gjort.
## Allmänna anvisningar för Android och iPhone, utan märken eller bilder
## av skärmar (knapparna ser olika ut på olika telefoner).

phone-trail-title = Så visar telefonen inte var du har varit
phone-trail-intro =
    Telefonen kan visa var du är.
    Någon annan kan se det, till exempel i en app eller i en dator.
    Gör så här varje gång du ska hit.
phone-trail-before = Innan du går hemifrån
    .body =
        Sätt din telefon i flygplansläge.
        Stäng av wi-fi.
        Stäng av platstjänster.
phone-trail-during = Under mötet
    .body =
        Ha kvar allt avstängt.
        Din telefon ligger utanför rummet.
phone-trail-until-back = Tills du är tillbaka
    .body =
        Ha kvar allt avstängt hela vägen.
        Slå på det igen först när du är där andra väntar sig att du är.
phone-trail-if-asked = Om någon frågar
    .body =
        Någon kan se att telefonen var avstängd en stund.
        Bestäm i förväg vad du säger då.
        Säg samma sak varje gång.
# Rubrik över den förklaring personen och den yrkesverksamma har kommit
# överens om (den yrkesverksammas egna ord ur krisplanen, visas under).
phone-trail-your-explanation = Det här har vi bestämt att du säger:
phone-trail-how = Så gör du på telefonen
phone-trail-android = Android
    .body =
        Dra med fingret nedåt från överkanten på din skärm.
        Tryck på flygplanet. Då är flygplansläget på.
        Tryck på wi-fi så att det blir avstängt.
        Tryck på Plats så att den blir avstängd.
phone-trail-iphone = iPhone
    .body =
        Öppna Inställningar på din telefon.
        Slå på Flygplansläge.
        Tryck på Wi-Fi och slå av det.
        Tryck på Integritet och säkerhet, sedan på Platstjänster, och slå av dem.
phone-trail-buttons-differ = Knapparna kan se lite olika ut på olika telefoner. Fråga om du inte hittar dem.

## Frågan om stödpersonen, som personen svarar på ensam. Skärmen är
## neutral: inga uppgifter om ärendet, och svaret syns inte efteråt.

own-will-title = En fråga till dig
# Variables:
#   $who (String) - stödpersonen, med den yrkesverksammas ord (en roll eller ett alias, aldrig ett namn)
own-will-question = Vill du att { $who } är med när vi pratar?
# När ingen stödperson är angiven.
own-will-question-anyone = Vill du att någon annan är med när vi pratar?
own-will-body =
    Du bestämmer själv.
    Det är okej att säga nej.
own-will-yes = Ja
own-will-no = Nej
own-will-alone = Jag vill prata ensam
own-will-thanks =
    Tack för ditt svar.
    Ge tillbaka plattan nu.

## Avslutningskortet: det personen får veta när mötet slutar. Fylls i
## från mötet och kontaktöverenskommelsen; den yrkesverksammas egna ord
## visas under rubrikerna.

closing-title = Innan vi slutar
closing-who-sees = Vem får veta vad du har sagt
closing-next = Nästa gång vi ses
# Variables:
#   $date (Date) - dag och tid för nästa möte
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = Vi bestämmer en tid senare.
closing-contact = Så håller vi kontakt
closing-call-when = Då går det bra att ringa dig
closing-code-word = Vårt kodord
closing-code-word-means = Om du säger kodordet förstår jag att du inte kan prata just nu.
closing-code-word-show = Visa kodordet
closing-code-word-hide = Dölj kodordet
closing-empty = Det här har vi inte skrivit ner än.
