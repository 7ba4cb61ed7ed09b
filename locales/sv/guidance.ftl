## Vägledning: Säkerhetsrekommendationer vid möten med personer som är eller
## riskerar att utsättas för hedersrelaterat våld och förtryck.
## Källtext (sv). Texten följer arket ordagrant; endast uppenbara skrivfel är
## rättade ("så ska så ska", "I det fall det personen"), hänvisningar är
## skrivna enhetligt ("JO 2010/11 s. 328", "4 kap. 1 §") och radbrytningar är
## sammanfogade. Versalerna i de två sista avsnitten är skrivna med gemener. Meddelande-ID:n följer src/guidance/model.rs:
## section-<id> (.intro), item-<id> (.body, .check), ref-<id>.

# Till översättare: item-<id> är en kort rubrik, .body är hela
# rekommendationen och .check är en kort rad för mötets checklista.
# Varje värde står på en rad så att ingen radbrytning hamnar mitt i en mening.

# Arkets rubrik.
guidance-sheet-title = Säkerhetsrekommendationer vid möten med personer som är eller riskerar att utsättas för hedersrelaterat våld och förtryck

## Avsnitt, i arkets ordning.

section-assess-risks = Bedöm risker
section-digital-devices = Säkerhet kopplat till digitala enheter
    .intro = Tänk på följande inför, under och efter mötet
section-meeting-forms = Former för möte och att föra vidare information
section-interpreters = Tolkanvändning
    .intro = Utöver ordinarie rutiner för tolkanvändning behöver en ta hänsyn till följande
section-approach = Bemötande och förhållningssätt
section-closing = Avsluta mötet med tydlig information till den utsatte

## Bedöm risker

item-routines-information-transfer = Rutiner för informationsöverföring och dokumentation
    .body = Finns rutiner för att överföring av information och planering för enskild sker på ett betryggande sätt, rutiner för journalhantering och dokumentation?
    .check = Kontrollera rutinerna för informationsöverföring, planering, journalhantering och dokumentation

item-assess-current-situation = Bedöm behovet av stöd och skydd
    .body = Gå igenom den utsattas aktuella situation och bedöm behovet av stöd och skydd. Ta hjälp av Länsstyrelsens frågekort hedersrelaterat våld och förtryck.
    .check = Gå igenom den utsattas aktuella situation och bedöm behovet av stöd och skydd (Länsstyrelsens frågekort)

item-crisis-plan-early = Krisplan i ett tidigt skede
    .body = I ett tidigt skede kan det vara bra att göra upp en krisplan med den utsatta. Krisplanen bör utgå ifrån den utsattas aktuella situation och innehålla åtgärder som kan vidtas om något inträffar och den utsatta behöver hjälp eller skydd. Det bör förmedlas till den utsatta att detta är en rutin som verksamheten har i alla ärenden, även om krisplanen kanske aldrig behöver användas.
    .check = Gör upp en krisplan med den utsatta och förmedla att det är en rutin i alla ärenden

# Faktaruta i arket.
item-risk-assessment-duty = Riskbedömning och utbyte mellan socialtjänst och polis
    .body = Socialtjänsten har en skyldighet att göra en riskbedömning vid utredning av våldsutsatta barn och vuxna. Denna riskbedömning tar sikte på risken för att den enskilde kommer att utsättas för ytterligare hot eller våld. Polisen gör riskbedömningar inom ramen för sin brottsoffer- och personsäkerhetsverksamhet (BOPS). Enligt Socialstyrelsens föreskrifter om våld i nära relationer (HSLF-FS 2022:39) så ska socialtjänsten och polisen utbyta riskbedömningar med varandra (se de allmänna råden till 4 kap. 1 §).

## Säkerhet kopplat till digitala enheter

# Faktaruta i arket.
item-technology-evolves = Tekniken utvecklas ständigt
    .body = Det är viktigt att förstå att teknologi ständigt utvecklas och att vi därför aldrig kan anta att vi har tillräcklig information och kunskap på området. Vi behöver vara medvetna om detta och på rutin vidta större säkerhetsåtgärder än vad vi kanske tror behövs.

item-phones-outside-room = Mobiltelefoner utanför mötesrummet
    .body = En lämplig säkerhetsåtgärd är att lämna mobiltelefoner utanför mötesrummet.
    .check = Lämna mobiltelefoner utanför mötesrummet

# Rubriken sammanfattar: flygplansläget ska stänga av alla nätverk (se även
# item-wifi-off) och platstjänsterna ska stängas av.
item-airplane-mode = Flygplansläge – inga nätverk (mobildata, wi-fi), inga platstjänster
    .body = Vid fysiska träffar med den utsatta kan en i förväg ge vägledning och råd om att hen ska använda sig av enhetens flygplansläge, det vill säga stänga av enhetens möjligheter att kommunicera med någon form av nätverk. Viktigt att tänka på är att sätta telefonen i flygplansläge innan påbörjad resa till platsen för mötet. Flygplansläget bör vara på hela mötet och ända fram tills personen återvänder till platsen där personen av sin omgivning förväntas befinna sig. Utöver att sätta telefonen på flygplansläge så bör den yrkesverksamma rekommendera till den utsatta att stänga av samtliga platstjänster.
    .check = Ge råd i förväg: flygplansläge från före resan till mötet tills personen är tillbaka, och samtliga platstjänster avstängda

item-gps-gap-explanation = Förbered en förklaring till luckan i positioneringen
    .body = GPS-positionering går att se genom att logga in på varje tjänst via till exempel en dator. Det kommer då att vara en lucka i positioneringen och det kan vara bra att förbereda en rimlig förklaring om man tror sig vara övervakad, exempelvis att batteriet tog slut i telefonen.
    .check = Förbered en rimlig förklaring till luckan i positioneringen, till exempel att batteriet tog slut

item-wifi-off = Även wi-fi ska vara avstängt
    .body = Notera att det inte bara är mobildata som ska vara avstängd hela tiden utan även wi-fi då telefoner kan använda sig av internet för att avgöra var en befinner sig även om det inte blir lika exakt som vid användning av GPS.
    .check = Se till att både mobildata och wi-fi är avstängda hela tiden

item-intellectual-disability = Personer med intellektuell funktionsnedsättning
    .body = Personer med intellektuell funktionsnedsättning är en oerhört sårbar och svårupptäckt målgrupp. Sårbar för att de ofta är i beroendeställning till den/dem som utövar våldet samt har en annan referensram kring vad som är önskvärd eller acceptabel behandling. Svårupptäckt då det hedersrelaterade förtrycket och våldet tar sig delvis andra uttryck, dock med förödande konsekvenser för individen. Ett tips är att i samtalen använda sig av kommunikationsverktyget Våga förstå!

item-individual-measures = Anpassa säkerhetsåtgärderna efter individen
    .body = Det är viktigt att säkerhetsåtgärderna anpassas efter den utsattas individuella behov. Behovet kan se olika ut och därför ska även åtgärderna kring den utsattas säkerhet anpassas efter omständigheterna.
    .check = Anpassa säkerhetsåtgärderna efter den utsattas individuella behov och omständigheterna

## Former för möte och att föra vidare information

item-agree-contact = Kom överens om hur kontakt ska ske
    .body = Det är viktigt att komma överens hur kontakt ska ske ifall man behöver kontakta den utsatta, exempelvis per telefon. Är det säkert att ringa? Kan man komma överens om ett kodord ifall hen inte kan prata?
    .check = Kom överens om hur kontakt ska ske, om det är säkert att ringa och om ett kodord

item-sms-care = Försiktighet med sms
    .body = Det bör även framgå att försiktighet bör iakttas vid eventuell sms-konversation. Iaktta försiktighet med vad som skrivs i sms. Vem kan komma att läsa detta? Tänk också på att även skyddade (hemliga) mobilnummer blir synliga i sms.
    .check = Påminn om försiktighet med vad som skrivs i sms – även skyddade (hemliga) mobilnummer blir synliga

item-support-person-own-will = Stödperson – den utsattas egen vilja
    .body = Det är inte ovanligt att den utsatta vill ha med sig en stödperson/vän på möten. Det är viktigt att säkerställa att det är den utsattas egen vilja och inte något som påtvingats hen. Det kan därför vara bra att verksamheten har en rutin kring hur förfrågningar om medföljande personer ska hanteras.
    .check = Säkerställ att en medföljande stödperson är den utsattas egen vilja och inte påtvingad

item-support-person-jo = Stödpersonens närvaro kan utredas
    .body = Det finns inte något hinder för att på frivillig väg komma överens med den enskilde om former för kommunikation och praktiska arrangemang vid samtal. Av JO 2010/11 s. 328 följer att socialtjänsten har möjlighet att vidare utreda en stödpersons närvaro i det fall det finns skäl att ifrågasätta syftet med hens närvaro. I det fall personen inte bedöms agera som stöd utan snarare har någon annan funktion, så kan hen nekas tillträde till mötet.

item-child-information-routines = Rutiner när ett barn kan vara våldsutsatt
    .body = Observera även att socialnämnden ska fastställa rutiner för hur information om att ett barn kan vara våldsutsatt eller kan ha bevittnat våld ska föras vidare till den del av verksamheten som har ansvaret för att utreda barnets behov, se 2 kap. 5 § i Socialstyrelsens föreskrifter om våld i nära relationer (HSLF-FS 2022:39).

## Tolkanvändning

item-authorised-interpreter = Auktoriserad tolk i första hand
    .body = Efterfråga i första hand en auktoriserad tolk. Det går att söka tolkar via Kammarkollegiets hemsida om den upphandlade tolkförmedlingen har svårt att erbjuda tolk med rätt kompetens.
    .check = Efterfråga i första hand en auktoriserad tolk

item-phone-interpreter = Telefontolk i första hand
    .body = I första hand bör telefontolk användas, detta gör mötet mer anonymt. Lyssna in vad den utsatta är mest bekväm med vad gäller telefon- eller platstolk samt kön på tolken. Det är dock viktigt att det är den yrkesverksamma som utifrån en säkerhetsaspekt gör bedömningen kring hur tolkningen ska ske.
    .check = Använd i första hand telefontolk; lyssna in den utsattas önskemål men gör själv säkerhetsbedömningen

item-announce-interpreter-name = Uppge tolkens namn i förväg
    .body = Om möjligt, uppge namnet på tolken i förväg så att den utsatta har möjlighet att säga till om det är en tolk som inte kan användas, exempelvis om det är olämpligt på grund av tolkens bekantskap med den utsattas sociala nätverk (familj, släkt eller andra i området). Det är mycket viktigt att tolken är neutral och att tolken inte kommer att utgöra ett hot genom ryktesspridning och/eller kontakter med den utsattas familj/släkt/bekantskapskrets.
    .check = Uppge om möjligt tolkens namn i förväg så att den utsatta kan säga till om tolken inte kan användas

item-no-names-or-places = Inga namn eller platser i tolksamtalet
    .body = Nämn aldrig namn eller platser vid tolksamtalet. Komplettera kommunikationen med papper och penna. Rita och skriv det som inte går att benämna med ord. Inled tolksamtalet med att informera om tillvägagångssättet. Kom överens om ett tecken som den utsatta kan göra om tolken frågar olämpliga saker och samtalet behöver avslutas. Ta därefter kontakt med tolkförmedlaren och framför klagomål.
    .check = Nämn aldrig namn eller platser; kom överens om ett tecken för att avsluta samtalet

## Bemötande och förhållningssätt

item-listen-and-believe = Lyssna och tro
    .body = Lyssna på den utsatte och tro på hens upplevelse.

item-ill-health-coherence = Dåligt mående kan påverka berättelsen
    .body = Tänk på att dåligt mående kan påverka förmågan att berätta sammanhängande.

## Avsluta mötet med tydlig information till den utsatte

item-closing-who-sees-what = Vem tar del av informationen
    .body = Avsluta mötet med tydlig information till den utsatte gällande vem som kommer ta del av informationen och om vad i så fall.
    .check = Berätta för den utsatte vem som kommer ta del av informationen och om vad

item-closing-next-meeting-contact = Nästa möte och säker kontakt
    .body = Avsluta mötet med tydlig information till den utsatte gällande tid för kommande möte samt hur kontakt kan ske på ett säkert sätt.
    .check = Berätta för den utsatte om tid för kommande möte och hur kontakt kan ske på ett säkert sätt

## Källor som arket hänvisar till

ref-lansstyrelsen-fragekort = Länsstyrelsens frågekort hedersrelaterat våld och förtryck
ref-bops = Polisens brottsoffer- och personsäkerhetsverksamhet (BOPS)
ref-hslf-fs-2022-39-4-1 = HSLF-FS 2022:39, allmänna råd till 4 kap. 1 § (Socialstyrelsens föreskrifter om våld i nära relationer)
ref-vaga-forsta = Våga förstå! – kommunikationsverktyget
ref-jo-2010-11-328 = JO 2010/11 s. 328
ref-hslf-fs-2022-39-2-5 = HSLF-FS 2022:39, 2 kap. 5 § (Socialstyrelsens föreskrifter om våld i nära relationer)
ref-kammarkollegiet-tolkregister = Kammarkollegiets hemsida – sök tolk
