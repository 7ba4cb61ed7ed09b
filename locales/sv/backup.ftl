## Säkerhetskopia: spara alla ärenden i en krypterad fil och lägga in dem
## igen, på samma eller en ny enhet. Påminnelsen i ärendelistan.
## Källspråk (sv). Lugnt och sakligt: en påminnelse är ingen varning.

backup-title = Säkerhetskopia
backup-intro = En säkerhetskopia är en krypterad fil med alla ärenden. Med den kan du flytta ärendena till en ny enhet, eller få tillbaka dem om enheten går sönder eller byts ut.
# Variables:
#   $date (Date) - när den senaste säkerhetskopian gjordes
backup-last = Senaste säkerhetskopia: { DATETIME($date, dateStyle: "medium") }
backup-last-never = Ingen säkerhetskopia har gjorts ännu.
backup-reminder = Det är dags att göra en säkerhetskopia, så att ärendena finns kvar om något händer med enheten.

## Påminnelsen i ärendelistan
backup-reminder-cases = Det är dags att göra en säkerhetskopia.
backup-reminder-cases-open = Gå till säkerhetskopia

## Olika slags uppgifter (flera)
backup-kind-case = Ärenden
backup-kind-crisis_plan = Krisplaner
backup-kind-contact_agreement = Kontaktöverenskommelser
backup-kind-situation_review = Situationsbedömningar
backup-kind-meeting = Möten

## En uppgift av ett visst slag
backup-record-case = Ärende
backup-record-crisis_plan = Krisplan
backup-record-contact_agreement = Kontaktöverenskommelse
backup-record-situation_review = Situationsbedömning
backup-record-meeting = Möte
backup-record-unknown = Okänt slag av uppgift

## Spara en säkerhetskopia
backup-export-title = Gör en säkerhetskopia
backup-export-explain = Välj en lösenfras för säkerhetskopian. Den är skild från koden som du öppnar appen med. Lösenfrasen måste ha minst 12 tecken och får inte bara bestå av siffror. Flera ord som inte hör ihop är lätta att komma ihåg och svåra att gissa.
backup-export-no-recovery = Lösenfrasen behövs för att återställa säkerhetskopian. Ingen kan återskapa den om den glöms bort.
backup-export-keep-safe = Förvara filen på ett säkert ställe. Den innehåller alla planer, krypterade.
backup-export-pass = Välj en lösenfras för säkerhetskopian
backup-export-repeat = Skriv lösenfrasen igen
backup-export-button = Välj var filen ska sparas
backup-export-working = Krypterar … det tar några sekunder.
# Variables:
#   $file (String) - filens namn
backup-export-done = Säkerhetskopian är sparad i filen { $file }.
backup-export-contents = Innehåll
# Variables:
#   $n (Number) - hur många uppgifter
backup-export-damaged = Uppgifter som inte gick att läsa på den här enheten och därför inte finns med i säkerhetskopian: { $n }

## Lägga in en säkerhetskopia
backup-import-title = Återställ från en säkerhetskopia
backup-import-explain = Välj en fil med en säkerhetskopia och skriv lösenfrasen som den sparades med. Hela filen kontrolleras innan något ändras på den här enheten.
backup-import-mode = Hur ska säkerhetskopian läggas in?
backup-import-merge = Lägg till och uppdatera
backup-import-merge-help = Allt på den här enheten finns kvar. Finns en uppgift på båda ställena gäller den som ändrades senast.
backup-import-replace = Ersätt allt
backup-import-replace-help = Alla ärenden på den här enheten tas bort, och säkerhetskopians ärenden läggs in i stället.
backup-import-replace-warning = Alla ärenden som finns på den här enheten nu tas bort, även de som inte finns i säkerhetskopian. Det går inte att ångra.
backup-import-confirm = Jag förstår att alla ärenden på den här enheten ersätts med säkerhetskopians.
backup-import-pass = Lösenfrasen som säkerhetskopian sparades med
backup-import-button = Välj fil och återställ
backup-import-working = Kontrollerar och dekrypterar … det tar några sekunder.
backup-import-done = Säkerhetskopian är inlagd.
# Variables:
#   $date (Date) - när säkerhetskopian gjordes
backup-import-created = Säkerhetskopian gjordes { DATETIME($date, dateStyle: "medium") }.
backup-import-changes = Vad som ändrades
backup-import-col-kind = Slag
backup-import-col-added = Tillagda
backup-import-col-updated = Uppdaterade
backup-import-col-kept = Behållna
backup-import-col-removed = Borttagna
backup-import-kept-help = Behållna: samma eller en nyare version fanns redan på den här enheten.
backup-import-nothing = Inget behövde ändras.
# Variables:
#   $n (Number) - hur många uppgifter
backup-import-skipped = Uppgifter som inte lades in: { $n }
# Variables:
#   $kind (String) - slaget av uppgift: case, crisis_plan, contact_agreement, situation_review, meeting eller unknown
#   $n (Number) - hur många
backup-skip-item =
    { $kind ->
        [case] Ärenden
        [crisis_plan] Krisplaner
        [contact_agreement] Kontaktöverenskommelser
        [situation_review] Situationsbedömningar
        [meeting] Möten
       *[unknown] Okänt slag av uppgift
    }: { $n }
# Variables:
#   $kind (String) - slaget av uppgift: case, crisis_plan, contact_agreement, situation_review, meeting eller unknown
#   $case (String) - ärendets alias
#   $n (Number) - hur många
backup-skip-item-case =
    { $kind ->
        [case] Ärendet
        [crisis_plan] Krisplanen
        [contact_agreement] Kontaktöverenskommelsen
        [situation_review] Situationsbedömningen
        [meeting] Möten
       *[unknown] Okänt slag av uppgift
    } i ärendet { $case }: { $n }
backup-skip-unknown_kind = Ett slag av uppgift som den här versionen av appen inte känner till. Uppdatera appen och återställ igen för att få med dem.
backup-skip-record_version = Sparade i ett nyare format än den här versionen av appen kan läsa. Uppdatera appen och återställ igen för att få med dem.
backup-skip-invalid = Uppgifterna klarar inte appens kontroller, till exempel för att en text är för lång, och lades därför inte in.
backup-skip-no_case = Ärendet som uppgifterna hör till finns varken i säkerhetskopian eller på den här enheten.

## Fel som upptäcks innan något skickas
backup-problem-mismatch = Lösenfraserna är inte likadana. Skriv samma lösenfras två gånger.
backup-problem-weak = Lösenfrasen är för kort eller består bara av siffror. Den måste ha minst 12 tecken och får inte bara bestå av siffror.
backup-problem-empty = Skriv lösenfrasen som säkerhetskopian sparades med.

## Fel
error-weak_backup_passphrase = Lösenfrasen för säkerhetskopian är för svag. Den måste ha minst 12 tecken och får inte bara bestå av siffror. Ingen säkerhetskopia sparades.
error-wrong_backup_passphrase = Lösenfrasen stämmer inte med den här säkerhetskopian. Kontrollera lösenfrasen och försök igen. Inget på den här enheten har ändrats.
error-session_changed = Appen låstes medan säkerhetskopian pågick. Ingenting ändrades i appen. Lås upp och försök igen.
error-not_a_backup = Filen är inte en säkerhetskopia från den här appen. Välj en annan fil. Inget på den här enheten har ändrats.
error-backup_newer_version = Säkerhetskopian är gjord med en nyare version av appen. Uppdatera appen och försök igen. Inget på den här enheten har ändrats.
error-backup_damaged = Säkerhetskopian är skadad eller ofullständig och kan inte användas. Försök med en annan kopia av filen. Inget på den här enheten har ändrats.
error-backup_too_large = Filen är för stor för att vara en säkerhetskopia. Välj en annan fil. Inget på den här enheten har ändrats.
error-backup_io = Filen gick inte att läsa eller spara. Välj en annan plats eller fil och försök igen. Inget på den här enheten har ändrats.
error-cancelled = Avbrutet. Inget har ändrats.

## Svag lösenfras: varför
error-weak_backup_passphrase-repeat = Lösenfrasen för säkerhetskopian är för lätt att gissa: den upprepar samma tecken eller ord. Välj flera ord som inte hör ihop. Ingen säkerhetskopia sparades.
error-weak_backup_passphrase-sequence = Lösenfrasen för säkerhetskopian är för lätt att gissa: den följer en ordning, som abcdef eller 123456. Välj flera ord som inte hör ihop. Ingen säkerhetskopia sparades.
error-weak_backup_passphrase-keyboard = Lösenfrasen för säkerhetskopian är för lätt att gissa: den följer tangenter som sitter bredvid varandra. Välj flera ord som inte hör ihop. Ingen säkerhetskopia sparades.
error-weak_backup_passphrase-common = Lösenfrasen för säkerhetskopian är för lätt att gissa: den består av vanliga lösenord eller ord. Välj flera ord som inte hör ihop. Ingen säkerhetskopia sparades.
error-weak_backup_passphrase-date = Lösenfrasen för säkerhetskopian är för lätt att gissa: den bygger på ett datum eller ett årtal. Välj flera ord som inte hör ihop. Ingen säkerhetskopia sparades.
error-weak_backup_passphrase-guessable = Lösenfrasen för säkerhetskopian är för lätt att gissa. Lägg till fler ord som inte hör ihop. Ingen säkerhetskopia sparades.
