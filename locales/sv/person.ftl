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
