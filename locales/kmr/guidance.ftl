## UNREVIEWED DRAFT: machine-assisted translation into Northern Kurdish
## (Kurmanji, Latin script) of the Swedish source (locales/sv/guidance.ftl).
## It has NOT been approved by a reviewer (qualified translator or subject
## expert); the Swedish text is authoritative.
## PÊŞNÛSA NENIRXANDÎ: wergereke bi alîkariya makîneyê ji çavkaniya swêdî
## (locales/sv/guidance.ftl). Ji aliyê kontrolkerekî ve NEHATIYE PEJIRANDIN;
## nivîsa swêdî ya bingehîn û derbasdar e. Message IDs follow
## src/guidance/model.rs.

# For reviewers: item-<id> is a short title, .body the full recommendation
# and .check a short line for the meeting checklist. Proper names and legal
# references (HSLF-FS 2022:39, 4 kap. 1 §, 2 kap. 5 §, JO 2010/11 s. 328,
# BOPS, Våga förstå!, Kammarkollegiet, Länsstyrelsen, Socialstyrelsen) stay
# in Swedish, with a short gloss. "den utsatta" is rendered "kesê di bin
# xeterê de"; "den yrkesverksamma" is "karmendê pispor"; "tolk" is "wergêr";
# "hedersrelaterat våld och förtryck" is "tundî û zordariya girêdayî namûsê".
# Swedish "hen" (gender-neutral) is rendered "ew" or "wî/wê".
# Each value is on one line so that no line break falls inside a sentence.

# Title of the sheet.
guidance-sheet-title = Pêşniyarên ewlehiyê ji bo hevdîtinên bi kesên ku rastî tundî û zordariya girêdayî namûsê tên an di xetera vê yekê de ne

## Sections, in the sheet's order.

section-assess-risks = Xeteran binirxînin
section-digital-devices = Ewlehiya girêdayî amûrên dîjîtal
    .intro = Berî hevdîtinê, di dema hevdîtinê de û piştî wê li ser van tiştan bifikirin
section-meeting-forms = Awayên hevdîtinê û veguhestina agahiyan
section-interpreters = Bikaranîna wergêr
    .intro = Ji bilî rûtînên asayî yên bikaranîna wergêr, divê ev tiştên jêrîn jî li ber çavan bên girtin
section-approach = Pêşwazî û helwest
section-closing = Hevdîtinê bi agahiyên zelal ji bo kesê di bin xeterê de biqedînin

## Assess risks

item-routines-information-transfer = Rûtînên veguhestina agahiyan û belgekirinê
    .body = Gelo rûtîn hene ku piştrast dikin ku veguhestina agahiyan û plansaziya ji bo kesê takekes bi awayekî ewle pêk tê, û rûtînên ji bo birêvebirina qeydan (journal) û belgekirinê hene?
    .check = Rûtînên veguhestina agahiyan, plansaziyê, birêvebirina qeydan û belgekirinê kontrol bikin

item-assess-current-situation = Hewcedariya piştgirî û parastinê binirxînin
    .body = Rewşa heyî ya kesê di bin xeterê de yek bi yek binêrin û hewcedariya piştgirî û parastinê binirxînin. Ji kartên pirsan ên Länsstyrelsen (rêveberiya parêzgehê) li ser tundî û zordariya girêdayî namûsê (Länsstyrelsens frågekort hedersrelaterat våld och förtryck) alîkariyê bigirin.
    .check = Rewşa heyî ya kesê di bin xeterê de binêrin û hewcedariya piştgirî û parastinê binirxînin (kartên pirsan ên Länsstyrelsen)

item-crisis-plan-early = Plana krîzê di qonaxeke destpêkê de
    .body = Di qonaxeke destpêkê de dibe ku baş be ku bi kesê di bin xeterê de re planeke krîzê were amadekirin. Divê plana krîzê li ser bingeha rewşa heyî ya kesê di bin xeterê de be û tedbîrên ku dikarin bên girtin heke tiştek biqewime û ew kes hewcedarî alîkarî an parastinê be, di nav xwe de bigire. Divê ji kesê di bin xeterê de re were gotin ku ev rûtîneke saziyê ye ku di hemû dosyayan de tê kirin, her çend dibe ku qet ne hewce be ku plana krîzê were bikaranîn jî.
    .check = Bi kesê di bin xeterê de re planeke krîzê amade bikin û bibêjin ku ev di hemû dosyayan de rûtîn e

# A side box in the sheet.
item-risk-assessment-duty = Nirxandina rîskê û pevguhertina wê di navbera xizmetên civakî û polîsê de
    .body = Erka xizmetên civakî (socialtjänsten) ye ku di lêkolîna zarok û mezinên ku rastî tundiyê hatine de nirxandina rîskê bikin. Ev nirxandina rîskê li ser xetera wê yekê disekine ku kes rastî bêtir gef an tundiyê were. Polîs di çarçoveya xebata xwe ya ji bo qurbaniyên sûcê û ewlehiya kesane (brottsoffer- och personsäkerhetsverksamhet, BOPS) de nirxandinên rîskê dike. Li gorî rêziknameyên Socialstyrelsen (Desteya Neteweyî ya Tenduristî û Refaha Civakî) li ser tundiya di têkiliyên nêzîk de (HSLF-FS 2022:39), divê xizmetên civakî û polîs nirxandinên rîskê bi hev re biguherînin (binêrin şîretên giştî, allmänna råd, ji bo 4 kap. 1 § – beşa 4, benda 1).

## Security related to digital devices

# A side box in the sheet.
item-technology-evolves = Teknolojî bi berdewamî pêş dikeve
    .body = Girîng e ku were fêmkirin ku teknolojî bi berdewamî pêş dikeve û ji ber vê yekê em qet nikarin bihesibînin ku di vî warî de agahî û zanîna me têra xwe heye. Divê em ji vê yekê haydar bin û wekî rûtîn tedbîrên ewlehiyê yên ji yên ku em belkî difikirin pêwîst in mezintir bigirin.

item-phones-outside-room = Telefonên mobîl li derveyî odeya hevdîtinê
    .body = Tedbîreke ewlehiyê ya guncav ew e ku telefonên mobîl li derveyî odeya hevdîtinê bên hiştin.
    .check = Telefonên mobîl li derveyî odeya hevdîtinê bihêlin

# The title sums up: airplane mode is to cut every network (see also
# item-wifi-off), and location services are to be switched off.
item-airplane-mode = Moda balafirê – tu tor tune (daneyên mobîl, Wi-Fi), xizmetên cih vemirandî
    .body = Di hevdîtinên rû bi rû yên bi kesê di bin xeterê de re, mirov dikare berê rêberî û şîretan bide ku ew moda balafirê ya amûrê xwe bi kar bîne, ango îmkana amûrê ya têkiliya bi her cure torê re qut bike. Tiştekî girîng ew e ku telefon berî destpêkirina rêwîtiya ber bi cihê hevdîtinê ve têxin moda balafirê. Divê moda balafirê di tevahiya hevdîtinê de û heta ku kes vegere wî cihê ku derdora wî/wê li bendê ye ku ew lê be, vekirî bimîne. Ji bilî xistina telefonê nav moda balafirê, divê karmendê pispor ji kesê di bin xeterê de re pêşniyar bike ku hemû xizmetên cih (location) vemirîne.
    .check = Berê şîretan bidin: moda balafirê ji berî rêwîtiya ber bi hevdîtinê ve heta ku kes vegere, û hemû xizmetên cih vemirandî

item-gps-gap-explanation = Ji bo valahiya di tomarkirina cih de ravekirinekê amade bikin
    .body = Cihê GPS dikare bi têketina (login) her xizmetekê, bo nimûne bi rêya kompîterekê, were dîtin. Wê demê dê di tomarkirina cih de valahiyek hebe û dibe ku baş be ku ravekirineke maqûl were amadekirin heke mirov bawer dike ku tê şopandin, bo nimûne ku şarja bataryaya telefonê qediya.
    .check = Ji bo valahiya di tomarkirina cih de ravekirineke maqûl amade bikin, bo nimûne ku şarja bataryayê qediya

item-wifi-off = Divê Wi-Fi jî vemirandî be
    .body = Bala xwe bidin ku ne tenê daneyên mobîl divê her dem vemirandî bin, lê Wi-Fi jî, ji ber ku telefon dikarin înternetê bi kar bînin da ku diyar bikin mirov li ku ye, her çend ew ne bi qasî bikaranîna GPS rast be jî.
    .check = Piştrast bikin ku hem daneyên mobîl û hem jî Wi-Fi her dem vemirandî ne

item-intellectual-disability = Kesên bi seqetiya hişî
    .body = Kesên bi seqetiya hişî komeke armanc in ku pir bêparastin in û bi zehmetî tên tespîtkirin. Bêparastin in ji ber ku ew pir caran bi wî kesî an wan kesên ku tundiyê dikin ve girêdayî ne, û derbarê ka çi muameleyeke xwestî an qebûlkirî ye de çarçoveyeke wan a referansê ya cuda heye. Bi zehmetî tên tespîtkirin ji ber ku zordarî û tundiya girêdayî namûsê hinekî bi awayên din xwe nîşan didin, lê bi encamên wêranker ji bo kesê takekes. Şîretek ew e ku di axaftinan de amûra ragihandinê Våga förstå! (Biwêre fêm bike!) were bikaranîn.

item-individual-measures = Tedbîrên ewlehiyê li gorî kesê takekes biguncînin
    .body = Girîng e ku tedbîrên ewlehiyê li gorî hewcedariyên takekesî yên kesê di bin xeterê de bên guncandin. Hewcedarî dikarin cuda bin û ji ber vê yekê divê tedbîrên derbarê ewlehiya wî kesî de jî li gorî şert û mercan bên guncandin.
    .check = Tedbîrên ewlehiyê li gorî hewcedariyên takekesî yên kesê di bin xeterê de û li gorî şert û mercan biguncînin

## Forms of meeting and passing on information

item-agree-contact = Li ser awayê têkiliyê li hev bikin
    .body = Girîng e ku li ser wê yekê li hev were kirin ka têkilî dê çawa were danîn heke hewce bike ku bi kesê di bin xeterê de re têkilî were danîn, bo nimûne bi telefonê. Ma telefonkirin ewle ye? Ma mirov dikare li ser peyveke kodê li hev bike heke ew nikaribe biaxive?
    .check = Li hev bikin ka têkilî dê çawa were danîn, ka telefonkirin ewle ye an na, û li ser peyveke kodê

item-sms-care = Hişyarî bi SMS-an re
    .body = Divê were diyarkirin jî ku di axaftinên SMS-ê yên gengaz de divê hişyarî were kirin. Hay ji tiştên ku di SMS-an de tên nivîsandin hebin. Kî dikare vê bixwîne? Ji bîr mekin jî ku hejmarên mobîl ên parastî (veşartî) jî di SMS-an de xuya dibin.
    .check = Bînin bîrê ku hay ji tiştên ku di SMS-an de tên nivîsandin hebin – hejmarên mobîl ên parastî (veşartî) jî xuya dibin

item-support-person-own-will = Kesê piştgir – daxwaza kesê di bin xeterê de bi xwe
    .body = Ne kêm e ku kesê di bin xeterê de bixwaze kesekî piştgir/hevalekî bi xwe re bîne hevdîtinan. Girîng e ku were piştrastkirin ku ev bi xwe daxwaza kesê di bin xeterê de ye û ne tiştekî ku bi zorê li ser wî/wê hatiye ferzkirin. Ji ber vê yekê dibe ku baş be ku rûtîneke saziyê hebe ka daxwazên derbarê kesên ku bi wî/wê re tên dê çawa bên birêvebirin.
    .check = Piştrast bikin ku kesê piştgir ê ku tê bi xwe daxwaza kesê di bin xeterê de ye û ne bi zorê hatiye ferzkirin

item-support-person-jo = Amadebûna kesê piştgir dikare were lêkolînkirin
    .body = Tu asteng tune ye ku bi awayekî dilxwazî bi kesê takekes re li ser awayên têkiliyê û amadekariyên pratîkî yên di axaftinan de li hev were kirin. Ji JO 2010/11 s. 328 (Justitieombudsmannen – Ombudsmanê Parlamentoyê, rapora salane 2010/11, rûpel 328) derdikeve ku xizmetên civakî dikarin amadebûna kesekî piştgir bêtir lêkolîn bikin heke sedem hebin ku armanca amadebûna wî kesî were pirsyarkirin. Heke were nirxandin ku ew kes wekî piştgir tevnagere, lê bêtir fonksiyoneke wî ya din heye, dibe ku destûr neyê dayîn ku ew bikeve hevdîtinê.

item-child-information-routines = Rûtîn gava ku dibe ku zarokek rastî tundiyê tê
    .body = Herwiha bala xwe bidin ku divê komîteya karûbarên civakî (socialnämnden) rûtînan diyar bike ka agahiyên ku zarokek dibe ku rastî tundiyê tê an dibe ku bûye şahidê tundiyê, dê çawa ji wê beşa saziyê re bên veguhestin ku berpirsiyarê lêkolîna hewcedariyên zarok e; binêrin 2 kap. 5 § (beşa 2, benda 5) ya rêziknameyên Socialstyrelsen li ser tundiya di têkiliyên nêzîk de (HSLF-FS 2022:39).

## Use of interpreters

item-authorised-interpreter = Berî her tiştî wergêrekî destûrdar
    .body = Berî her tiştî wergêrekî destûrdar (auktoriserad) bixwazin. Heke ajansa wergêran a bi peymanê hatiye girtin zehmetiyê dikişîne ku wergêrekî bi jêhatîbûna rast peyda bike, mirov dikare li ser malpera Kammarkollegiet (saziya dewletê ya ku wergêran destûrdar dike) li wergêran bigere.
    .check = Berî her tiştî wergêrekî destûrdar bixwazin

item-phone-interpreter = Berî her tiştî wergêrê bi telefonê
    .body = Berî her tiştî divê wergêrê bi telefonê were bikaranîn; ev yek hevdîtinê bêtir bênav (anonîm) dike. Guh bidin ka kesê di bin xeterê de herî zêde bi çi rehet e derbarê wergêrê bi telefonê an wergêrê li cih û zayenda wergêr. Lê belê girîng e ku karmendê pispor bi xwe ji aliyê ewlehiyê ve nirxandinê bike ka wergerandin dê çawa were kirin.
    .check = Berî her tiştî wergêrê bi telefonê bi kar bînin; guh bidin daxwazên kesê di bin xeterê de, lê nirxandina ewlehiyê bi xwe bikin

item-announce-interpreter-name = Navê wergêr berê ragihînin
    .body = Heke gengaz be, navê wergêr berê ragihînin da ku kesê di bin xeterê de bikaribe bêje heke ew wergêrek e ku nikare were bikaranîn, bo nimûne heke ew ne guncav be ji ber ku wergêr tora civakî ya kesê di bin xeterê de (malbat, xizm an kesên din li herêmê) nas dike. Pir girîng e ku wergêr bêalî be û ku wergêr bi belavkirina gotegotan û/an bi têkiliyên bi malbat/xizm/derdora nasên kesê di bin xeterê de re nebe xeterek.
    .check = Heke gengaz be, navê wergêr berê ragihînin da ku kesê di bin xeterê de bikaribe bêje heke ew wergêr nikare were bikaranîn

item-no-names-or-places = Di axaftina bi wergêr de tu nav an cih nayên gotin
    .body = Di axaftina bi wergêr de qet navan an cihan nebêjin. Ragihandinê bi kaxez û pênûsê temam bikin. Tiştên ku bi peyvan nayên gotin, xêz bikin û binivîsin. Axaftina bi wergêr bi agahdarkirina li ser awayê xebatê dest pê bikin. Li ser îşaretekê li hev bikin ku kesê di bin xeterê de dikare bike heke wergêr tiştên neguncav bipirse û hewce be ku axaftin were qedandin. Piştre bi ajansa wergêran re têkilî daynin û gilî bikin.
    .check = Qet navan an cihan nebêjin; li ser îşaretekê ji bo qedandina axaftinê li hev bikin

## Approach and attitude

item-listen-and-believe = Guhdarî bikin û bawer bikin
    .body = Guhdariya kesê di bin xeterê de bikin û bi serpêhatiya wî/wê bawer bikin.

item-ill-health-coherence = Nebaşbûn dikare bandorê li vegotinê bike
    .body = Ji bîr mekin ku xwe nebaş hîskirin dikare bandorê li şiyana vegotina bi hev ve girêdayî bike.

## End the meeting with clear information to the person at risk

item-closing-who-sees-what = Kî dê agahiyan bistîne
    .body = Hevdîtinê bi agahiyên zelal ji bo kesê di bin xeterê de biqedînin, derbarê ka kî dê agahiyan bistîne û, heke wisa be, derbarê çi de.
    .check = Ji kesê di bin xeterê de re bêjin ka kî dê agahiyan bistîne û derbarê çi de

item-closing-next-meeting-contact = Hevdîtina bê û têkiliya ewle
    .body = Hevdîtinê bi agahiyên zelal ji bo kesê di bin xeterê de biqedînin, derbarê dema hevdîtina bê û ka têkilî çawa dikare bi awayekî ewle were danîn.
    .check = Ji kesê di bin xeterê de re dema hevdîtina bê bêjin û ka têkilî çawa dikare bi awayekî ewle were danîn

## Sources the sheet refers to

ref-lansstyrelsen-fragekort = Länsstyrelsens frågekort hedersrelaterat våld och förtryck (kartên pirsan ên Länsstyrelsen – rêveberiya parêzgehê – li ser tundî û zordariya girêdayî namûsê)
ref-bops = Polisens brottsoffer- och personsäkerhetsverksamhet, BOPS (xebata polîsê ji bo qurbaniyên sûcê û ewlehiya kesane)
ref-hslf-fs-2022-39-4-1 = HSLF-FS 2022:39, allmänna råd till 4 kap. 1 § (şîretên giştî ji bo beşa 4, benda 1; rêziknameyên Socialstyrelsen li ser tundiya di têkiliyên nêzîk de)
ref-vaga-forsta = Våga förstå! – amûra ragihandinê (Biwêre fêm bike!)
ref-jo-2010-11-328 = JO 2010/11 s. 328 (Ombudsmanê Parlamentoyê, rapora salane 2010/11, rûpel 328)
ref-hslf-fs-2022-39-2-5 = HSLF-FS 2022:39, 2 kap. 5 § (beşa 2, benda 5; rêziknameyên Socialstyrelsen li ser tundiya di têkiliyên nêzîk de)
ref-kammarkollegiet-tolkregister = Malpera Kammarkollegiet – li wergêr bigerin
