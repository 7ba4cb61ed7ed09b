## Startskärmen (miniräknare eller kodskärm), första start, inställningar
## för skydd och låsning, och valvets felmeddelanden.
## Allt som visas på startskärmen ska vara neutralt: inget om våld, heder,
## ärenden eller vad appen är till för.

## Dölj-knappen (syns bara i den upplåsta appen)
quick-hide = Dölj

## Miniräknaren. Bara knapparnas namn för skärmläsare, decimaltecknet och felordet.
calc-keys = Knappar
calc-clear = Rensa
calc-backspace = Radera siffra
calc-percent = Procent
calc-divide = Dividera
calc-multiply = Multiplicera
calc-subtract = Minus
calc-add = Plus
calc-negate = Byt tecken
calc-decimal-key = Decimaltecken
calc-equals = Är lika med
calc-decimal = {","}
calc-error = Fel

## Den vanliga kodskärmen
passcode-title = Ange kod
passcode-label = Kod
passcode-submit = OK
passcode-digits-keyboard = Sifferknappar
# Variables:
#   $count (Number) - försök kvar innan valvet raderas
passcode-attempts-left = Försök kvar: { $count }
# Variables:
#   $seconds (Number) - sekunder att vänta
passcode-wait-seconds =
    { $seconds ->
        [one] Vänta { $seconds } sekund innan du försöker igen.
       *[other] Vänta { $seconds } sekunder innan du försöker igen.
    }
# Variables:
#   $minutes (Number) - minuter att vänta
passcode-wait-minutes =
    { $minutes ->
        [one] Vänta { $minutes } minut innan du försöker igen.
       *[other] Vänta { $minutes } minuter innan du försöker igen.
    }

## Kodens styrka
strength-label = Kodens styrka
# Variables:
#   $count (Number) - hur många siffror koden har (färre än 6)
strength-digits-too-short =
    { $count ->
        [one] { $count } siffra är för kort. Minst 6 siffror krävs, 10 eller fler rekommenderas.
       *[other] { $count } siffror är för kort. Minst 6 siffror krävs, 10 eller fler rekommenderas.
    }
# Variables:
#   $count (Number) - hur många siffror koden har (6 till 9)
strength-digits-weak = { $count } siffror är en kort kod. Om någon kopierar appens fil kan alla koder av den längden prövas på en dator, och en kort kod hittas snabbt hur långsam låsningen än är. Välj minst 10 siffror med miniräknaren, eller en lösenfras med den vanliga kodskärmen.
# Variables:
#   $count (Number) - hur många siffror koden har (10 eller fler)
strength-digits-good = { $count } siffror. Bra. Varje siffra till gör koden tio gånger svårare att gissa.
strength-phrase-too-short = För kort. En lösenfras behöver minst 8 tecken.
strength-phrase-weak = Svag. Lägg till fler ord: fyra eller fler ord som inte hör ihop är bäst.
strength-phrase-fair = Godtagbar. Ett eller två ord till gör den betydligt starkare.
strength-phrase-strong = Stark lösenfras.
strength-calculator-needs-digits = Miniräknaren har bara sifferknappar. Använd bara siffror, eller välj den vanliga kodskärmen för en lösenfras.

## Kontroll av en ny kod
newcode-error-empty = Skriv en kod.
newcode-error-short-digits = Koden är för kort. En sifferkod måste ha minst 6 siffror.
newcode-error-short-phrase = Lösenfrasen är för kort. Den måste ha minst 8 tecken.
newcode-error-calculator-digits = Med miniräknaren som startskärm kan koden bara bestå av siffror.
newcode-error-mismatch = Koderna är inte likadana. Skriv samma kod två gånger.

## Första start
setup-title = Skapa din kod
setup-intro = Allt du sparar krypteras på enheten med en kod som bara du känner till. Välj först hur appen ska se ut när den startar.
setup-cover-legend = Startskärm
cover-calculator = Miniräknare
cover-calculator-help = Appen startar som en vanlig miniräknare. Du öppnar den genom att skriva din kod och sedan hålla = intryckt en stund. Koden kan bara bestå av siffror; välj minst 10.
cover-passcode = Vanlig kodskärm
cover-passcode-help = Appen startar med en neutral skärm där det står ”Ange kod”. Här kan du använda en lösenfras med flera ord, vilket är säkrast.
setup-passcode-legend = Din kod
setup-passcode = Kod
setup-repeat = Skriv koden igen
setup-no-recovery-title = En glömd kod går inte att återställa
setup-no-recovery = Ingen kan öppna appen utan koden, inte heller IT-avdelningen eller de som har gjort appen. Glömmer du koden går allt du har sparat förlorat för alltid. Förvara inte koden tillsammans med enheten.
setup-create = Skapa
setup-creating = Skapar … det tar några sekunder.
setup-retry-save = Spara startskärmen igen
setup-continue = Fortsätt utan att spara startskärmen
setup-back = Tillbaka till startskärmen

## Kan inte öppnas (visas bara efter att koden har skrivits in)
problem-title = Det gick inte att öppna
problem-help = Ingenting har raderats. Stäng appen och försök igen. Om felet finns kvar kan du återställa dina ärenden från en säkerhetskopia på en ny installation.
problem-back = Tillbaka till startskärmen

## Bekräfta med koden innan något känsligt ändras
reauth-label = Din kod
reauth-help = Skriv din kod igen. Det skyddar ärendena om någon annan får tag i enheten medan den är olåst. En felaktig kod räknas som ett felaktigt försök.
reauth-help-limit = Behövs bara för att stänga av raderingen eller höja antalet försök. En felaktig kod räknas som ett felaktigt försök.
reauth-error-empty = Skriv din kod för att bekräfta.
reauth-error-limit = Skriv din kod för att stänga av raderingen eller höja antalet försök.

## Inställningar
settings-title = Inställningar
settings-general = Start och låsning
settings-cover-digits-confirm = Min kod (och en eventuell nödkod) består bara av siffror. Annars går appen inte att öppna med miniräknaren.
settings-idle = Lås automatiskt efter
# Variables:
#   $count (Number) - sekunder
settings-idle-seconds =
    { $count ->
        [one] { $count } sekund
       *[other] { $count } sekunder
    }
# Variables:
#   $count (Number) - minuter, ibland med decimal (1,5)
settings-idle-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minuter
    }
settings-idle-help = Räknas från senaste gången du rörde skärmen, musen eller tangentbordet.
settings-retention = Påminn om gamla ärenden efter (dagar)
settings-retention-help = Ärenden som inte har ändrats på så här många dagar listas, så att du kan ta ställning till om de ska raderas (7–3650).
settings-backup = Påminn om säkerhetskopia efter (dagar)
settings-backup-help = 0 betyder ingen påminnelse (0–365).
settings-save = Spara
settings-saved = Sparat.
settings-working = Arbetar …
settings-error-retention = Ange ett antal dagar mellan 7 och 3650.
settings-error-backup = Ange ett antal dagar mellan 0 och 365.
settings-error-confirm-digits = Bekräfta att din kod bara består av siffror innan du byter till miniräknaren.

settings-passcode = Byt kod
settings-old-passcode = Nuvarande kod
settings-new-passcode = Ny kod
settings-change-passcode = Byt kod
settings-passcode-changed = Koden är bytt.
settings-error-old-empty = Skriv din nuvarande kod.

settings-duress = Nödkod
settings-duress-explain = En nödkod är en andra kod för en situation där någon tvingar dig att öppna appen. Med nödkoden öppnas en tom arbetsyta utan dina ärenden, och inget visar att det finns en annan. Nödkoden skrivs in på samma sätt som din vanliga kod och måste skilja sig från den. En ny nödkod ger en ny, tom arbetsyta; tar du bort nödkoden raderas det som har sparats i den.
settings-duress-not-shown = Appen visar inte om en nödkod är inställd, så att ingen kan se det här.
settings-duress-passcode = Nödkod
settings-duress-shred = Förstör också de riktiga ärendena när nödkoden används
settings-duress-shred-help = Då raderas allt du har sparat för alltid och kan inte återställas. Välj det bara om det är viktigare att ingen kan få fram uppgifterna än att du behåller dem.
settings-duress-set = Spara nödkoden
settings-duress-remove = Ta bort nödkoden
settings-duress-saved = Nödkoden är sparad.
settings-duress-removed = Nödkoden är borttagen.

settings-limit = Radera efter felaktiga försök
settings-limit-explain = Efter så här många felaktiga försök i rad raderas allt som är sparat i appen, för alltid. Räkningen finns kvar om appen startas om och börjar om när rätt kod används. Från det femte felaktiga försöket måste man dessutom vänta allt längre mellan försöken. Stänger du av gränsen kan någon fortsätta gissa, men bara långsamt.
settings-limit-on = Radera allt efter för många felaktiga försök i rad
settings-limit-count = Antal försök (3–50)
settings-error-limit = Ange ett antal mellan 3 och 50.

settings-help = Så fungerar skyddet
settings-help-calculator = Miniräknaren räknar som en vanlig miniräknare. För att öppna appen skriver du din kod och håller sedan = intryckt i en och en halv sekund. Ett vanligt tryck på = räknar bara, så den som leker med miniräknaren kan aldrig låsa dig ute eller radera något. Är koden fel visar miniräknaren bara talet, som vilken miniräknare som helst. Den säger aldrig att koden var fel.
settings-help-rule = Koden prövas bara om du har skrivit enbart siffror sedan senaste C eller =, minst 6 stycken, och sedan håller = intryckt. Bara det räknas som ett försök. Uträkningar, långa tal och vanliga tryck på = räknas aldrig. Har du skrivit fel, tryck C och börja om (⌫ tar bort den senaste siffran). Släpper du = för tidigt händer ingenting; håll bara in = igen.
settings-help-wait = Efter fem felaktiga försök i rad måste du vänta innan nästa försök tas emot: 30 sekunder, 1 minut, 5 minuter, 15 minuter, sedan 1 timme. Miniräknaren visar inget om det, eftersom ingen vanlig miniräknare gör det. Håller du in = medan du måste vänta, nollställs bara siffrorna, som när man trycker C. Försöket räknas inte. Vänta en stund och försök igen. På den vanliga kodskärmen står väntetiden i klartext.
settings-help-hide = Dölj direkt: tryck på den runda knappen nere i hörnet, tryck Skift tre gånger eller Esc två gånger på tangentbordet, eller dubbeltryck med två fingrar på skärmen. Startskärmen visas då genast och appen låses.
settings-help-lock = Appen låses också när den inte har använts under den tid du har valt, när du byter till en annan app eller ett annat fönster och när skärmen släcks.

## Valvets fel
error-wrong_passcode = Fel kod.
error-backoff = För många försök. Vänta en stund och försök igen.
error-wiped = Innehållet har raderats efter för många felaktiga försök.
error-weak_passcode = Koden är för kort: minst 6 siffror, eller minst 8 tecken för en lösenfras.
error-not_initialised = Ingen kod är skapad ännu.
error-already_initialised = Det finns redan en kod på den här enheten.
error-passcode_reused = Den koden används redan. Välj en annan.
error-invalid_limit = Antalet försök är ogiltigt.
error-duress_unavailable = Det här går inte att ändra just nu.
error-kdf_params_rejected = Enheten klarar inte de säkerhetsinställningar som krävs.
error-locked = Appen är låst. Lås upp och försök igen.
error-unlock_interrupted = Appen doldes medan den låstes upp och är låst igen. Försök igen.
error-corrupt = Den sparade filen är skadad och kan inte öppnas.
error-unsupported_format = Filen är sparad av en nyare version av appen. Uppdatera appen.
error-crypto = Ett oväntat fel inträffade i krypteringen. Försök igen.

## Svaga koder och appens filer
error-weak_passcode-repeat = Koden är för lätt att gissa: den upprepar samma siffra eller samma mönster, som 000000 eller 121212. Välj en annan kod.
error-weak_passcode-sequence = Koden är för lätt att gissa: den följer en ordning, som 123456, 987654 eller 112233. Välj en annan kod.
error-weak_passcode-keyboard = Koden är för lätt att gissa: den följer tangenter som sitter bredvid varandra. Välj en annan kod.
error-weak_passcode-common = Koden är för lätt att gissa: den finns bland de koder och lösenord som flest väljer. Välj en annan kod.
error-weak_passcode-date = Koden är för lätt att gissa: den ser ut som ett datum eller ett årtal. Välj en annan kod.
error-weak_passcode-guessable = Koden är för lätt att gissa. Välj en längre kod utan mönster.
error-already_running = Appen är redan öppen. Stäng det här fönstret och fortsätt i det som redan är öppet.
error-attempt_not_saved = Koden kunde inte prövas just nu. Försök igen om en stund.
