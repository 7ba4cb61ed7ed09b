# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: "säkerhetskopia" = "kaydka nuqulka" (as in so/cover.ftl settings-backup; "kayd nuqul ah" when indefinite), "återställa" = "dib u soo celin", "dekryptera" = "furid sir-qarinta", "uppgift" (record) = "xog", "behållna" = "la sii hayay", "inlagd" = "la geliyay", "lägga in" (bring in) = "gelin".
# It has NOT been approved by a reviewer; the Swedish text (locales/sv/backup.ftl) is authoritative.
# QABYO AAN DIB LOO EEGIN: tarjumaad af-Soomaali ah oo laga sameeyay qoraalka
# asalka ah ee iswiidhishka (locales/sv/backup.ftl). Dib-u-eege MA ANSIXIN;
# qoraalka iswiidhishka ayaa ah kan sugan.
# Terms as in so/cases.ftl, so/cover.ftl and so/ui.ftl: "ärende" = "kiis",
# "krisplan" = "qorshaha xaaladda degdegga ah", "kontaktöverenskommelse" =
# "heshiiska xiriirka", "situationsbedömning" = "qiimaynta xaaladda", "möte" =
# "kulan", "kod" = "koodh", "lösenfras" = "weedh sir ah", "enhet" = "qalab",
# "app" = "abka", "kryptera" = "sir-qarin", "tecken" = "xaraf", "siffra" = "tiro".

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.
## Calm and factual: a reminder is not a warning.

backup-title = Kaydka nuqulka (backup)
backup-intro = Kaydka nuqulku waa fayl sir-qarsoon oo ay ku jiraan dhammaan kiisaska. Wuxuu kuu suurtagelinayaa inaad kiisaska u wareejiso qalab cusub, ama aad dib u hesho haddii qalabku jabo ama la beddelo.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = Kaydkii nuqulka ee ugu dambeeyay: { DATETIME($date, dateStyle: "medium") }
backup-last-never = Wali kayd nuqul ah lama samayn.
backup-reminder = Waa waqtigii la samayn lahaa kayd nuqul ah, si kiisasku u sii jiraan haddii ay wax ku dhacaan qalabka.

## The reminder in the case list
backup-reminder-cases = Waa waqtigii la samayn lahaa kayd nuqul ah.
backup-reminder-cases-open = U gudub kaydka nuqulka

## Kinds of record (plural)
backup-kind-case = Kiisaska
backup-kind-crisis_plan = Qorshayaasha xaaladda degdegga ah
backup-kind-contact_agreement = Heshiisyada xiriirka
backup-kind-situation_review = Qiimaynnada xaaladda
backup-kind-meeting = Kulamada

## One record of a kind
backup-record-case = Kiis
backup-record-crisis_plan = Qorshaha xaaladda degdegga ah
backup-record-contact_agreement = Heshiiska xiriirka
backup-record-situation_review = Qiimaynta xaaladda
backup-record-meeting = Kulan
backup-record-unknown = Nooc xog ah oo aan la garanayn

## Making a backup
backup-export-title = Samee kayd nuqul ah
backup-export-explain = Dooro weedh sir ah oo loogu talagalay kaydka nuqulka. Way ka duwan tahay koodhka aad abka ku furto. Weedha sirta ahi waa inay lahaataa ugu yaraan 12 xaraf, mana aha inay noqoto tirooyin oo keliya. Dhowr eray oo aan isku xirnayn way fudud yihiin in la xasuusto, wayna adag yihiin in la qiyaaso.
backup-export-no-recovery = Weedha sirta ah ayaa loo baahan yahay si kaydka nuqulka dib loogu soo celiyo. Haddii la ilaawo, qofna ma soo celin karo.
backup-export-keep-safe = Faylka meel ammaan ah ku hay. Wuxuu ka kooban yahay dhammaan qorshayaasha, iyagoo sir-qarsoon.
backup-export-pass = Dooro weedh sir ah oo loogu talagalay kaydka nuqulka
backup-export-repeat = Mar kale qor weedha sirta ah
backup-export-button = Dooro meesha faylka lagu kaydinayo
backup-export-working = Waa la sir-qarinayaa … waxay qaadanaysaa dhowr ilbiriqsi.
# Variables:
#   $file (String) - the file's name
backup-export-done = Kaydka nuqulka waxaa lagu kaydiyay faylka { $file }.
backup-export-contents = Waxa ku jira
# Variables:
#   $n (Number) - how many records
backup-export-damaged = Xogta aan lagu akhrin karin qalabkan, sidaas darteedna aan ku jirin kaydka nuqulka: { $n }

## Restoring a backup
backup-import-title = Dib uga soo celi kayd nuqul ah
backup-import-explain = Dooro fayl kayd nuqul ah, oo qor weedha sirta ah ee lagu kaydiyay. Faylka oo dhan waa la hubiyaa ka hor inta aan waxba laga beddelin qalabkan.
backup-import-mode = Sidee baa kaydka nuqulka loo gelinayaa?
backup-import-merge = Ku dar oo cusboonaysii
backup-import-merge-help = Wax kasta oo qalabkan ku jira way sii jiraan. Haddii xog ku jirto labada meelood, waxaa la qaataa tan ugu dambaysay ee la beddelay.
backup-import-replace = Beddel wax walba
backup-import-replace-help = Dhammaan kiisaska qalabkan waa la tirtirayaa, waxaana meeshooda la gelinayaa kiisaska kaydka nuqulka.
backup-import-replace-warning = Dhammaan kiisaska hadda qalabkan ku jira waa la tirtirayaa, xitaa kuwa aan ku jirin kaydka nuqulka. Dib looma celin karo.
backup-import-confirm = Waan fahamsanahay in dhammaan kiisaska qalabkan lagu beddelayo kiisaska kaydka nuqulka.
backup-import-pass = Weedha sirta ah ee kaydka nuqulka lagu kaydiyay
backup-import-button = Dooro faylka oo dib u soo celi
backup-import-working = Waa la hubinayaa, sir-qarintana waa la furayaa … waxay qaadanaysaa dhowr ilbiriqsi.
backup-import-done = Kaydka nuqulka waa la geliyay.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = Kaydka nuqulka waxaa la sameeyay { DATETIME($date, dateStyle: "medium") }.
backup-import-changes = Waxa isbeddelay
backup-import-col-kind = Nooca
backup-import-col-added = La daray
backup-import-col-updated = La cusboonaysiiyay
backup-import-col-kept = La sii hayay
backup-import-col-removed = La tirtiray
backup-import-kept-help = La sii hayay: isla xogtaas ama nooc ka cusub ayaa horeba qalabkan ku jiray.
backup-import-nothing = Waxba uma baahnayn in la beddelo.
# Variables:
#   $n (Number) - how many records
backup-import-skipped = Xogta aan la gelin: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] Kiisaska
        [crisis_plan] Qorshayaasha xaaladda degdegga ah
        [contact_agreement] Heshiisyada xiriirka
        [situation_review] Qiimaynnada xaaladda
        [meeting] Kulamada
       *[unknown] Nooc xog ah oo aan la garanayn
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] Kiiska
        [crisis_plan] Qorshaha xaaladda degdegga ah
        [contact_agreement] Heshiiska xiriirka
        [situation_review] Qiimaynta xaaladda
        [meeting] Kulamada
       *[unknown] Nooc xog ah oo aan la garanayn
    } ee kiiska { $case }: { $n }
backup-skip-unknown_kind = Nooc xog ah oo aan nuqulkan abku garanayn. Cusboonaysii abka oo mar kale dib u soo celi si ay ugu jiraan.
backup-skip-record_version = Waxaa lagu kaydiyay qaab ka cusub midka uu nuqulkan abku akhrin karo. Cusboonaysii abka oo mar kale dib u soo celi si ay ugu jiraan.
backup-skip-invalid = Xogtu ma gudbin hubinta abka, tusaale ahaan sababtoo ah qoraal ayaa aad u dheer, sidaas darteed lama gelin.
backup-skip-no_case = Kiiska ay xogtani ka tirsan tahay kuma jiro kaydka nuqulka, kumana jiro qalabkan.

## Problems found before anything is sent
backup-problem-mismatch = Weedhaha sirta ahi isku mid ma aha. Isla weedha sirta ah laba jeer qor.
backup-problem-weak = Weedha sirta ahi aad bay u gaaban tahay ama waxay ka kooban tahay tirooyin oo keliya. Waa inay lahaataa ugu yaraan 12 xaraf, mana aha inay noqoto tirooyin oo keliya.
backup-problem-empty = Qor weedha sirta ah ee kaydka nuqulka lagu kaydiyay.

## Errors
error-weak_backup_passphrase = Weedha sirta ah ee kaydka nuqulku aad bay u daciif tahay. Waa inay lahaataa ugu yaraan 12 xaraf, mana aha inay noqoto tirooyin oo keliya. Wax kayd nuqul ah lama kaydin.
error-wrong_backup_passphrase = Weedha sirta ahi kuma habboona kaydkan nuqulka. Hubi weedha sirta ah oo mar kale isku day. Waxba lagama beddelin qalabkan.
error-session_changed = Abka waa la xiray intii kaydka nuqulku socday. Waxba lagama beddelin abka. Fur oo mar kale isku day.
error-not_a_backup = Faylku ma aha kayd nuqul ah oo abkan ka yimid. Dooro fayl kale. Waxba lagama beddelin qalabkan.
error-backup_newer_version = Kaydka nuqulka waxaa lagu sameeyay nuqul ka cusub oo abka ah. Cusboonaysii abka oo mar kale isku day. Waxba lagama beddelin qalabkan.
error-backup_damaged = Kaydka nuqulku waa khalkhalsan yahay ama ma dhammaystirna, lamana isticmaali karo. Isku day nuqul kale oo faylka ah. Waxba lagama beddelin qalabkan.
error-backup_too_large = Faylku aad buu u weyn yahay inuu noqdo kayd nuqul ah. Dooro fayl kale. Waxba lagama beddelin qalabkan.
error-backup_io = Faylka lama akhrin karin ama laguma kaydin karin. Dooro meel kale ama fayl kale oo mar kale isku day. Waxba lagama beddelin qalabkan.
error-cancelled = Waa la joojiyay. Waxba lama beddelin.

## Weedh sir ah oo daciif ah: sababta
error-weak_backup_passphrase-repeat = Weedha sirta ah ee kaydka nuqulka aad baa loo qiyaasi karaa: waxay ku celcelisaa isla xarfo ama erayo. Dooro dhowr eray oo aan isku xirnayn. Wax kayd nuqul ah lama kaydin.
error-weak_backup_passphrase-sequence = Weedha sirta ah ee kaydka nuqulka aad baa loo qiyaasi karaa: waxay raacaysaa kala horreyn, sida abcdef ama 123456. Dooro dhowr eray oo aan isku xirnayn. Wax kayd nuqul ah lama kaydin.
error-weak_backup_passphrase-keyboard = Weedha sirta ah ee kaydka nuqulka aad baa loo qiyaasi karaa: waxay raacaysaa furayaal is ag yaal. Dooro dhowr eray oo aan isku xirnayn. Wax kayd nuqul ah lama kaydin.
error-weak_backup_passphrase-common = Weedha sirta ah ee kaydka nuqulka aad baa loo qiyaasi karaa: waxay ka samaysan tahay erayo sir ah ama erayo caadi ah. Dooro dhowr eray oo aan isku xirnayn. Wax kayd nuqul ah lama kaydin.
error-weak_backup_passphrase-date = Weedha sirta ah ee kaydka nuqulka aad baa loo qiyaasi karaa: waxay ku dhisan tahay taariikh ama sannad. Dooro dhowr eray oo aan isku xirnayn. Wax kayd nuqul ah lama kaydin.
error-weak_backup_passphrase-guessable = Weedha sirta ah ee kaydka nuqulka aad baa loo qiyaasi karaa. Ku dar erayo kale oo aan isku xirnayn. Wax kayd nuqul ah lama kaydin.
