## UNREVIEWED DRAFT: machine-assisted translation into Somali of the Swedish
## source (locales/sv/guidance.ftl). It has NOT been approved by a reviewer
## (qualified translator or subject expert); the Swedish text is authoritative.
## QABYO AAN DIB LOO EEGIN: tarjumaad mashiin lagu caawiyay oo laga sameeyay
## qoraalka asalka ah ee iswiidhishka (locales/sv/guidance.ftl). Dib-u-eege
## MA ANSIXIN; qoraalka iswiidhishka ayaa ah kan sugan. Message IDs follow
## src/guidance/model.rs.

# For reviewers: item-<id> is a short title, .body the full recommendation
# and .check a short line for the meeting checklist. Proper names and legal
# references (HSLF-FS 2022:39, 4 kap. 1 §, 2 kap. 5 §, JO 2010/11 s. 328,
# BOPS, Våga förstå!, Kammarkollegiet, Länsstyrelsen, Socialstyrelsen) stay
# in Swedish, with a short gloss. "den utsatta" is rendered "qofka halista
# ku jira"; "den yrkesverksamma" is "shaqaalaha xirfadlaha ah"; "tolk" is
# "turjumaan"; "hedersrelaterat våld och förtryck" is "rabshadda iyo dulmiga
# la xiriira sharafta". Phone settings carry the English term in brackets
# (airplane mode, location) because phone menus are often not in Somali.
# Each value is on one line so that no line break falls inside a sentence.

# Title of the sheet.
guidance-sheet-title = Talooyinka badbaadada ee kulamada lala yeesho dadka loo geysto ama halis ugu jira in loo geysto rabshadda iyo dulmiga la xiriira sharafta

## Sections, in the sheet's order.

section-assess-risks = Qiimee khataraha
section-digital-devices = Badbaadada la xiriirta qalabka dijitaalka ah
    .intro = Ka fikir waxyaabahan soo socda ka hor kulanka, inta uu socdo iyo kadib
section-meeting-forms = Qaababka kulanka iyo gudbinta macluumaadka
section-interpreters = Isticmaalka turjumaanka
    .intro = Marka lagu daro habraacyada caadiga ah ee isticmaalka turjumaanka, waxaa loo baahan yahay in la tixgeliyo waxyaabahan soo socda
section-approach = Soo dhaweynta iyo habdhaqanka
section-closing = Ku soo gabagabee kulanka macluumaad cad oo la siiyo qofka halista ku jira

## Assess risks

item-routines-information-transfer = Habraacyada gudbinta macluumaadka iyo diiwaangelinta
    .body = Ma jiraan habraacyo hubinaya in gudbinta macluumaadka iyo qorsheynta qofka loo sameeyo si ammaan ah oo lagu kalsoonaan karo, iyo habraacyo loogu talagalay maaraynta diiwaannada (journal) iyo diiwaangelinta?
    .check = Hubi habraacyada gudbinta macluumaadka, qorsheynta, maaraynta diiwaannada iyo diiwaangelinta

item-assess-current-situation = Qiimee baahida taageerada iyo ilaalinta
    .body = Dib u eeg xaaladda hadda ee qofka halista ku jira oo qiimee baahida taageerada iyo ilaalinta. Ka caawimaad qaado kaararka su'aalaha ee Länsstyrelsen (maamulka gobolka) ee ku saabsan rabshadda iyo dulmiga la xiriira sharafta (Länsstyrelsens frågekort hedersrelaterat våld och förtryck).
    .check = Dib u eeg xaaladda hadda ee qofka halista ku jira oo qiimee baahida taageerada iyo ilaalinta (kaararka su'aalaha ee Länsstyrelsen)

item-crisis-plan-early = Qorshe xaalad degdeg ah oo marxalad hore la sameeyo
    .body = Marxalad hore waxay noqon kartaa wax fiican in qofka halista ku jira lala sameeyo qorshe xaalad degdeg ah (qorshe dhibaato). Qorshahu waa inuu ku saleysnaadaa xaaladda hadda ee qofka halista ku jira oo uu ka koobnaadaa tallaabooyin la qaadi karo haddii wax dhacaan oo qofku u baahdo caawimaad ama ilaalin. Waa in qofka halista ku jira loo sheegaa in tani tahay habraac ay hay'addu ku sameyso dhammaan kiisaska, xitaa haddii laga yaabo in qorshaha aan weligii loo baahan doonin in la isticmaalo.
    .check = Qofka halista ku jira la samee qorshe xaalad degdeg ah oo u sheeg inay tahay habraac dhammaan kiisaska lagu sameeyo

# A side box in the sheet.
item-risk-assessment-duty = Qiimaynta khatarta iyo is-weydaarsigeeda u dhexeeya adeegga bulshada iyo booliiska
    .body = Adeegga bulshada (socialtjänsten) waxaa waajib ku ah inuu sameeyo qiimaynta khatarta marka uu baarayo xaaladda carruurta iyo dadka waaweyn ee rabshadda loo geysto. Qiimayntan khatartu waxay diiradda saaraysaa khatarta ah in qofka loo geysto hanjabaad ama rabshad dheeraad ah. Booliisku wuxuu sameeyaa qiimaynta khatarta iyadoo qayb ka ah hawlaha dhibbanayaasha dambiyada iyo badbaadada shakhsiga (brottsoffer- och personsäkerhetsverksamhet, BOPS). Sida ku cad xeerarka Socialstyrelsen (Guddiga Qaranka ee Caafimaadka iyo Daryeelka Bulshada) ee ku saabsan rabshadda xiriirka dhow (HSLF-FS 2022:39), adeegga bulshada iyo booliisku waa inay is-weydaarsadaan qiimaynta khatarta (eeg talooyinka guud, allmänna råd, ee 4 kap. 1 § – cutubka 4, qodobka 1).

## Security related to digital devices

# A side box in the sheet.
item-technology-evolves = Teknoolajiyaddu si joogto ah ayay u horumaraysaa
    .body = Waa muhiim in la fahmo in teknoolajiyaddu si joogto ah u horumarayso, sidaas darteed weligeen ma u qaadan karno in aan haysanno macluumaad iyo aqoon ku filan oo qaybtan ku saabsan. Waa inaan tan ka warqabnaa oo, habraac ahaan, aan qaadnaa tallaabooyin badbaado oo ka ballaaran inta aan u malaynayno inay lagama maarmaan yihiin.

item-phones-outside-room = Taleefannada gacanta qolka kulanka dibaddiisa
    .body = Tallaabo badbaado oo ku habboon waa in taleefannada gacanta lagaga tago qolka kulanka dibaddiisa.
    .check = Taleefannada gacanta uga tag qolka kulanka dibaddiisa

# The title sums up: airplane mode is to cut every network (see also
# item-wifi-off), and location services are to be switched off.
item-airplane-mode = Habka diyaaradda (airplane mode) – shabakad la'aan (xogta mobilka, Wi-Fi), adeegyada goobta oo dansan
    .body = Kulamada fool-ka-foolka ah ee qofka halista ku jira, waxaa horay loo siin karaa hagid iyo talo ah inuu isticmaalo habka diyaaradda (airplane mode) ee qalabka, taas oo ah in la damiyo awoodda qalabku u leeyahay inuu la xiriiro nooc kasta oo shabakad ah. Waxaa muhiim ah in taleefanka la geliyo habka diyaaradda ka hor inta aan la bilaabin safarka loo socdo goobta kulanka. Habka diyaaradda waa inuu shidnaadaa kulanka oo dhan iyo ilaa qofku ku noqdo goobta ay dadka ku xeeran filayaan inuu joogo. Marka lagu daro gelinta taleefanka habka diyaaradda, shaqaalaha xirfadlaha ahi waa inuu kula taliyaa qofka halista ku jira inuu damiyo dhammaan adeegyada goobta (location).
    .check = Horay talo u sii: habka diyaaradda laga bilaabo ka hor safarka kulanka ilaa qofku ka soo noqdo, iyo dhammaan adeegyada goobta oo dansan

item-gps-gap-explanation = U diyaari sharraxaad meesha bannaan ee diiwaanka goobta
    .body = Goobta GPS-ka waa la arki karaa iyadoo la galo (login) adeeg kasta, tusaale ahaan iyadoo la adeegsanayo kombiyuutar. Markaas waxaa jiri doona meel bannaan oo ku jirta diiwaanka goobta, waxaana fiicnaan karta in la diyaariyo sharraxaad macquul ah haddii qofku u malaynayo in la dabagalayo, tusaale ahaan in batariga taleefanku dhammaaday.
    .check = U diyaari sharraxaad macquul ah meesha bannaan ee diiwaanka goobta, tusaale ahaan in batarigu dhammaaday

item-wifi-off = Wi-Fi-guna sidoo kale waa inuu dansan yahay
    .body = Ogow in aanay ahayn xogta mobilka oo keliya ee ay tahay in la damiyo waqtiga oo dhan, balse sidoo kale Wi-Fi-ga, maxaa yeelay taleefannadu waxay isticmaali karaan internetka si ay u ogaadaan meesha uu qofku joogo, xitaa haddii aanay u saxsanayn sida marka la isticmaalo GPS.
    .check = Hubi in xogta mobilka iyo Wi-Fi-gaba ay dansan yihiin waqtiga oo dhan

item-intellectual-disability = Dadka qaba naafonimada garaadka
    .body = Dadka qaba naafonimada garaadka waa koox bartilmaameed ah oo aad u nugul oo ay adag tahay in la ogaado. Way nugul yihiin maxaa yeelay inta badan waxay ku tiirsan yihiin qofka/dadka rabshadda geysta, waxayna leeyihiin qaab tixraac oo kala duwan oo ku saabsan waxa ah la-dhaqan la doonayo ama la aqbali karo. Way adag tahay in la ogaado sababtoo ah dulmiga iyo rabshadda la xiriira sharafta qayb ahaan waxay qaataan qaabab kale, hase yeeshee cawaaqib burbur leh ayay ku leeyihiin qofka. Talo ahaan, wada-hadallada waxaa lagu isticmaali karaa qalabka isgaarsiinta Våga förstå! (Ku dhiirro inaad fahanto!).

item-individual-measures = Tallaabooyinka badbaadada la waafaji qofka
    .body = Waa muhiim in tallaabooyinka badbaadada la waafajiyo baahiyaha gaarka ah ee qofka halista ku jira. Baahidu way kala duwanaan kartaa, sidaas darteed tallaabooyinka la xiriira badbaadada qofkana waa in la waafajiyaa xaaladaha.
    .check = Tallaabooyinka badbaadada la waafaji baahiyaha gaarka ah ee qofka halista ku jira iyo xaaladaha

## Forms of meeting and passing on information

item-agree-contact = Ku heshiiya sida xiriirku u dhici doono
    .body = Waa muhiim in lagu heshiiyo sida xiriirka loo sameyn doono haddii loo baahdo in lala xiriiro qofka halista ku jira, tusaale ahaan taleefan. Ma ammaan baa in la waco? Ma lagu heshiin karaa erey sir ah (code word) haddii uusan qofku hadli karin?
    .check = Ku heshiiya sida xiriirku u dhici doono, haddii ay ammaan tahay in la waco iyo erey sir ah

item-sms-care = Taxaddarka SMS-ka
    .body = Waa in sidoo kale la caddeeyaa in taxaddar la muujiyo marka ay jirto wada-sheekaysi SMS ah. Ka taxaddar waxa lagu qoro SMS-ka. Yaa akhrin kara? Sidoo kale xusuusnow in xitaa lambarrada mobilka ee la ilaaliyo (qarsoon) ay ka muuqdaan SMS-ka.
    .check = Xusuusi in laga taxaddaro waxa lagu qoro SMS-ka – xitaa lambarrada mobilka ee la ilaaliyo (qarsoon) way muuqdaan

item-support-person-own-will = Qof taageere – doonista qofka halista ku jira
    .body = Ma aha wax aan caadi ahayn in qofka halista ku jira uu rabo inuu kulamada la yimaado qof taageere/saaxiib. Waa muhiim in la hubiyo in ay tahay doonista qofka halista ku jira laftiisa oo aysan ahayn wax lagu qasbay. Sidaas darteed waxay noqon kartaa wax fiican in hay'addu leedahay habraac ku saabsan sida loo maareeyo codsiyada dadka la socda.
    .check = Hubi in qofka taageeraha ah ee la socda uu yahay doonista qofka halista ku jira oo aan lagu qasbin

item-support-person-jo = Joogitaanka qofka taageeraha waa la baari karaa
    .body = Ma jiro wax ka hor istaagaya in si ikhtiyaari ah loola heshiiyo qofka qaababka isgaarsiinta iyo qabanqaabada la taaban karo ee wada-hadallada. JO 2010/11 s. 328 (Justitieombudsmannen – Ombudsmanka Baarlamaanka, warbixinta sannadka 2010/11, bogga 328) waxaa ka soo baxaya in adeegga bulshadu uu awood u leeyahay inuu si dheeraad ah u baaro joogitaanka qof taageere haddii ay jiraan sababo lagu su'aal geliyo ujeeddada joogitaankiisa. Haddii la qiimeeyo in qofkaasi uusan u dhaqmayn sidii taageere balse uu leeyahay door kale, waa loo diidi karaa inuu galo kulanka.

item-child-information-routines = Habraacyada marka laga yaabo in ilmo rabshad loo geysto
    .body = Sidoo kale ogow in guddiga arrimaha bulshada (socialnämnden) uu waajib ku yahay inuu dejiyo habraacyo ku saabsan sida macluumaadka ah in ilmo laga yaabo in rabshad loo geysto ama laga yaabo inuu markhaati ka ahaa rabshad loogu gudbiyo qaybta hay'adda ee mas'uulka ka ah baaritaanka baahiyaha ilmaha; eeg 2 kap. 5 § (cutubka 2, qodobka 5) ee xeerarka Socialstyrelsen ee ku saabsan rabshadda xiriirka dhow (HSLF-FS 2022:39).

## Use of interpreters

item-authorised-interpreter = Ugu horrayn turjumaan la aqoonsan yahay
    .body = Ugu horrayn codso turjumaan la aqoonsan yahay (auktoriserad). Turjumaannada waxaa laga raadin karaa bogga internetka ee Kammarkollegiet (hay'adda dowladda ee aqoonsata turjumaannada) haddii hay'adda turjumaanka ee qandaraaska la siiyay ay ku adag tahay inay bixiso turjumaan leh aqoonta saxda ah.
    .check = Ugu horrayn codso turjumaan la aqoonsan yahay

item-phone-interpreter = Ugu horrayn turjumaan taleefan
    .body = Ugu horrayn waa in la isticmaalo turjumaan taleefan; tani waxay kulanka ka dhigaysaa mid aqoonsi la'aan badan (anonymous). Dhageyso waxa qofka halista ku jira uu ugu raaxo badan yahay marka la eego turjumaan taleefan ama turjumaan goobta jooga iyo jinsiga turjumaanka. Hase yeeshee waa muhiim in shaqaalaha xirfadlaha ahi uu yahay kan, isagoo ka eegaya dhinaca badbaadada, qiimeeya sida turjumaaddu u dhici doonto.
    .check = Ugu horrayn isticmaal turjumaan taleefan; dhageyso rabitaanka qofka halista ku jira, laakiin adigu samee qiimaynta badbaadada

item-announce-interpreter-name = Magaca turjumaanka horay u sheeg
    .body = Haddii ay suurtagal tahay, magaca turjumaanka horay u sheeg si qofka halista ku jira uu fursad ugu helo inuu sheego haddii uu yahay turjumaan aan la isticmaali karin, tusaale ahaan haddii uusan ku habboonayn sababtoo ah turjumaanku wuu yaqaan shabakadda bulsheed ee qofka halista ku jira (qoyska, qaraabada ama dad kale oo deegaanka ah). Aad bay muhiim u tahay in turjumaanku dhexdhexaad yahay oo uusan khatar ku noqon faafinta xanta iyo/ama xiriirka uu la leeyahay qoyska/qaraabada/dadka uu yaqaan qofka halista ku jira.
    .check = Haddii ay suurtagal tahay, magaca turjumaanka horay u sheeg si qofka halista ku jira uu u sheegi karo haddii turjumaanka aan la isticmaali karin

item-no-names-or-places = Magacyo ama meelo lagama sheego wada-hadalka turjumaanka
    .body = Weligaa ha sheegin magacyo ama meelo inta lagu jiro wada-hadalka turjumaanka. Isgaarsiinta ku kaabo warqad iyo qalin. Sawir oo qor waxa aan erayo lagu sheegi karin. Wada-hadalka turjumaanka ku bilow adigoo sharxaya habka loo socon doono. Ku heshiiya calaamad uu qofka halista ku jira samayn karo haddii turjumaanku weydiiyo waxyaabo aan habboonayn oo wada-hadalka loo baahdo in la joojiyo. Kadibna la xiriir hay'adda turjumaanka oo u gudbi cabasho.
    .check = Weligaa ha sheegin magacyo ama meelo; ku heshiiya calaamad lagu joojinayo wada-hadalka

## Approach and attitude

item-listen-and-believe = Dhageyso oo rumee
    .body = Dhageyso qofka halista ku jira oo rumee waxa uu la kulmay.

item-ill-health-coherence = Fayo-darrida waxay saameyn kartaa sheekada
    .body = Xusuusnow in fayo-darrida (inaan qofku fiicnayn) ay saameyn karto awoodda uu u leeyahay inuu si isku xiran wax u sheego.

## End the meeting with clear information to the person at risk

item-closing-who-sees-what = Yaa heli doona macluumaadka
    .body = Ku soo gabagabee kulanka macluumaad cad oo la siiyo qofka halista ku jira oo ku saabsan cidda heli doonta macluumaadka iyo, haddii ay sidaas tahay, waxa uu ku saabsan yahay.
    .check = U sheeg qofka halista ku jira cidda heli doonta macluumaadka iyo waxa uu ku saabsan yahay

item-closing-next-meeting-contact = Kulanka xiga iyo xiriir ammaan ah
    .body = Ku soo gabagabee kulanka macluumaad cad oo la siiyo qofka halista ku jira oo ku saabsan waqtiga kulanka xiga iyo sida xiriirka loo sameyn karo si ammaan ah.
    .check = U sheeg qofka halista ku jira waqtiga kulanka xiga iyo sida xiriirka loo sameyn karo si ammaan ah

## Sources the sheet refers to

ref-lansstyrelsen-fragekort = Länsstyrelsens frågekort hedersrelaterat våld och förtryck (kaararka su'aalaha ee Länsstyrelsen – maamulka gobolka – ee ku saabsan rabshadda iyo dulmiga la xiriira sharafta)
ref-bops = Polisens brottsoffer- och personsäkerhetsverksamhet, BOPS (hawlaha booliiska ee dhibbanayaasha dambiyada iyo badbaadada shakhsiga)
ref-hslf-fs-2022-39-4-1 = HSLF-FS 2022:39, allmänna råd till 4 kap. 1 § (talooyinka guud ee cutubka 4, qodobka 1; xeerarka Socialstyrelsen ee ku saabsan rabshadda xiriirka dhow)
ref-vaga-forsta = Våga förstå! – qalabka isgaarsiinta (Ku dhiirro inaad fahanto!)
ref-jo-2010-11-328 = JO 2010/11 s. 328 (Ombudsmanka Baarlamaanka, warbixinta sannadka 2010/11, bogga 328)
ref-hslf-fs-2022-39-2-5 = HSLF-FS 2022:39, 2 kap. 5 § (cutubka 2, qodobka 5; xeerarka Socialstyrelsen ee ku saabsan rabshadda xiriirka dhow)
ref-kammarkollegiet-tolkregister = Bogga internetka ee Kammarkollegiet – raadi turjumaan
