# UNREVIEWED DRAFT translation into Somali of the Swedish source
# (locales/sv/cases.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# QABYO AAN DIB LOO EEGIN: tarjumaad af-Soomaali ah oo laga sameeyay qoraalka
# asalka ah ee iswiidhishka (locales/sv/cases.ftl). Dib-u-eege MA ANSIXIN;
# qoraalka iswiidhishka ayaa ah kan sugan.
# Terms as in so/guidance.ftl and so/ui.ftl: "ärende" = "kiis", "möte" =
# "kulan", "krisplan" = "qorshaha xaaladda degdegga ah", "kodord" = "erey
# sir ah", "stödperson" = "qof taageere", "tolk" = "turjumaan",
# "telefontolk" = "turjumaan taleefan", "platstolk" = "turjumaan goobta
# jooga", "den utsatta" = "qofka halista ku jira", "yrkesverksam" =
# "shaqaalaha xirfadlaha ah", "alias" = "magac beddel ah (alias)",
# "kontaktöverenskommelse" = "heshiiska xiriirka", "situationsbedömning" =
# "qiimaynta xaaladda", "arkiverat" = "arkiif".

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = Kiisaska
cases-list-heading = Kiisaska
cases-new = Kiis cusub
cases-pick = Liiska ka dooro kiis ama samee mid cusub.
cases-show-archived = Muuji kiisaska arkiifka ah
cases-archived-tag = Arkiif
cases-empty = Wali kiis ma jiro. Mid ku samee magac beddel ah (alias).
cases-empty-filtered = Ma jiraan kiisas firfircoon. Calaamadee “Muuji kiisaska arkiifka ah” si aad u aragto kuwa arkiifka ah.
cases-search-label = Ka raadi kiisaska
cases-search-none = Ma jiro kiis magac-beeneed ku habboon raadinta.
# Variables:
#   $shown (Number) - cases shown
#   $total (Number) - cases in all
cases-shown-of = Waxaa la muujiyay { $shown } ka mid ah { $total }
# Variables:
#   $count (Number) - cases not shown yet
cases-show-more = Muuji kuwo kale ({ $count } kale)
# Variables:
#   $count (Number) - cases that could not be opened
cases-damaged = Kiisas qaarkood lama furi karin ({ $count }). Faylasha waxaa laga yaabaa inay khalkhalsan yihiin. Kiisaska kale sidii caadiga ahayd ayaa loo muujinayaa.
cases-loading-list = Kiisaska waa la soo rarayaa …
cases-loading = Kiiska waa la furayaa …
cases-back = Ku noqo liiska kiisaska
cases-open = Fur
cases-cancel = Jooji
cases-remove = Ka saar
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-remove-n = Ka saar tallaabada { $n }
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-move-up-n = Tallaabada { $n } kor u qaad
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-move-down-n = Tallaabada { $n } hoos u dhig

## Colour tags
cases-colour-label = Calaamadda midabka
cases-colour-help = Midabku wuxuu kala saaraa kiisaska iyadoon qofna u baahnayn inuu akhriyo magaca beddelka ah.
cases-colour-none = Midab la'aan
cases-colour-red = Casaan
cases-colour-orange = Oranji
cases-colour-yellow = Jaalle
cases-colour-green = Cagaar
cases-colour-blue = Buluug
cases-colour-purple = Buluug-casaan (guduud)

## New case and alias
cases-new-heading = Kiis cusub
cases-alias-label = Magac beddel ah (alias)
cases-alias-nudge-title = Isticmaal magac beddel ah.
cases-alias-nudge = Weligaa ha qorin magaca qofka, lambarka aqoonsiga shakhsiga (personnummer), cinwaanka ama lambarka taleefanka. Haddii qof kale arko shaashadda, magaca beddelka ahi waa inuusan muujin cidda kiisku ku saabsan yahay.
cases-alias-placeholder = Tusaale ahaan Macmiil A ama Ubax
cases-alias-warnings-heading = Hubi magaca beddelka ah
cases-alias-warnings-note = Digniintu kuma hor istaagayso inaad kaydiso. Adiga ayaa go'aansanaya.
alias-warning-personal-identity-number = Magaca beddelka ahi wuxuu u muuqdaa inuu ku jiro lambarka aqoonsiga shakhsiga (personnummer) ama lambarka isku-duwidda (samordningsnummer).
alias-warning-street-address = Magaca beddelka ahi wuxuu u muuqdaa inuu ku jiro cinwaan waddo ama koodhka boostada.
alias-warning-phone-number = Magaca beddelka ahi wuxuu u muuqdaa inuu ku jiro lambar taleefan.
alias-warning-full-name = Magaca beddelka ahi wuxuu u eg yahay magac koowaad iyo magac dambe.
cases-create = Samee kiiska

## The case
cases-tabs-label = Qaybaha kiiska
cases-tab-plan = Qorshaha degdegga
cases-tab-contact = Xiriirka
cases-tab-review = Qiimaynta
cases-tab-meetings = Kulamada
cases-damaged-parts = Qayb ka mid ah kiiska lama furi karin, waxayna u muuqataa mid madhan. Faylka waxaa laga yaabaa inuu khalkhalsan yahay. La barbardhig kayd nuqul ah (backup) ka hor intaadan qaybtaas mar kale buuxin.
cases-settings = Xogta kiiska
cases-archived-label = Arkiif
cases-archived-help = Kiisaska arkiifka ah waa laga qariyaa liiska, laakiin way sii jiraan ilaa aad tirtirto.
cases-delete = Tirtir kiiska
cases-delete-title = Ma tirtiraysaa kiiska?
# Variables:
#   $alias (String) - the case's alias
cases-delete-confirm = Kiiska { $alias } isla markiiba waa la tirtirayaa, oo ay la socdaan qorshaha xaaladda degdegga ah, heshiiska xiriirka, qiimaynta xaaladda iyo dhammaan kulamada. Dib looma celin karo.
# Variables:
#   $alias (String) - the case's alias
cases-delete-confirm-yes = Tirtir { $alias }
cases-delete-failed = Kiiska lama tirtiri karin.

## Autosave
cases-save-saving = Waa la kaydinayaa …
cases-save-saved = Waa la kaydiyay
cases-save-error = Lama kaydin karin. Waxa aad qortay weli shaashadda ayay ku jiraan.
cases-save-retry = Mar kale isku day

## Crisis plan
cases-plan-heading = Qorshaha xaaladda degdegga ah
cases-plan-intro = Qorshaha xaaladda degdegga ahi wuxuu ku saleysan yahay xaaladda hadda ee qofka halista ku jira, wuxuuna ka kooban yahay tallaabooyin la qaadi karo haddii wax dhacaan oo qofka halista ku jira u baahdo caawimaad ama ilaalin.
cases-plan-situation = Xaaladda hadda
    .help = Sharax xaaladda qofka hadda: waxa dhacay, waxa qofku ka baqayo iyo waxa ilaaliya.
cases-plan-warnings = Calaamadaha digniinta iyo dhacdooyinka kiciya
    .help = Tusaale ahaan safar dibadda ah oo la qorsheeyay, doonis, fasaxyada iyo ciidaha, ama cadaadis sii kordhaya oo xagga qoyska ka imaanaya.
cases-plan-warning-kind = Nooca
cases-plan-warning-note = Qoraal
cases-warning-kind-travel-abroad = Safar dibadda ah
cases-warning-kind-engagement = Doonis ama guur
cases-warning-kind-holidays = Fasaxyada iyo ciidaha
cases-warning-kind-family-pressure = Cadaadis xagga qoyska ka yimaada
cases-warning-kind-other = Wax kale
cases-plan-add-warning = Ku dar calaamad digniin
cases-plan-steps = Tallaabooyinka haddii wax dhacaan
    .help = Waxa qofku sameeyo, siday isugu xigaan, haddii wax dhacaan oo uu u baahdo caawimaad ama ilaalin.
# Variables:
#   $n (Number) - the step's number, counted from 1
cases-plan-step = Tallaabada { $n }
cases-plan-empty-step = (tallaabo madhan)
cases-plan-add-step = Ku dar tallaabo
cases-plan-safe-places = Meelaha ammaanka ah
    .help = Meelaha uu qofku u tegi karo haddii wax dhacaan.
cases-plan-safe-place = Meel ammaan ah
cases-plan-add-safe-place = Ku dar meel
cases-plan-contacts = Xiriirada
    .help = Lambarrada uu qofku wici karo. Haddii khatar degdeg ah jirto: 112.
cases-contact-role = Yaa
cases-contact-label = Magacaabid
cases-contact-number = Lambar
cases-role-emergency112 = 112 – lambarka gurmadka degdegga ah
cases-role-police = Booliiska
cases-role-social-services-on-call = Gurmadka adeegga bulshada (socialjouren)
cases-role-shelter = Hoy ilaalin leh (skyddat boende)
cases-role-trusted-person = Qof la isku halleyn karo
cases-role-other = Xiriir kale
cases-plan-add-contact = Ku dar xiriir
cases-plan-keep-ready = Waxa diyaar loo hayo
    .help = Waxa ay tahay in qofku gacanta ku hayo haddii uu si degdeg ah u baxo. Calaamadee waxa la diyaariyay.
cases-thing-id = Dukumentiyada aqoonsiga (kaarka aqoonsiga, baasaboor)
cases-thing-phone = Taleefan iyo shaarjaha
cases-thing-money = Lacag iyo kaarka bangiga
cases-thing-medicine = Daawooyin
cases-thing-other = Wax kale
cases-keep-ready-note = Qoraal
cases-plan-add-keep-ready = Ku dar
cases-plan-code-word = Calaamadda degdegga ah: erey ama calaamad macnaheedu yahay in qofku hadda u baahan yahay caawimaad
    .help = Calaamadda degdegga ahi waxay ka tirsan tahay qorshaha xaaladda degdegga ah. Ma aha ereyga sirta ah ee heshiiska xiriirka, kaas oo loogu talagalay oo keliya wicitaannada taleefanka marka qofku uusan hadli karin, mana aha calaamadda lagu heshiiyay ee lagu joojinayo wada-hadalka turjumaanka. Weligaa ha ku qorin SMS ama iimayl.
cases-plan-next-review = Dib-u-eegista xigta ee qorshaha
cases-plan-routine = Qofka waxaa loo sheegay in qorshaha xaaladda degdegga ahi yahay habraac lagu sameeyo dhammaan kiisaska
    .help = Waa in qofka halista ku jira loo sheegaa in tani tahay habraac ay hay'addu ku sameyso dhammaan kiisaska, xitaa haddii laga yaabo in qorshaha xaaladda degdegga ah aan weligii loo baahan doonin in la isticmaalo.

## Contact agreement
cases-contact-heading = Heshiiska xiriirka
cases-contact-intro = La heshii qofka sida xiriirku u dhici doono haddii aad u baahataan inaad la xiriirtaan.
cases-contact-phone-heading = Taleefan
cases-contact-safe-to-call = Ma ammaan baa in la waco?
cases-safe-to-call-yes = Haa
cases-safe-to-call-no = Maya
cases-safe-to-call-only-at-times = Waqtiyo gaar ah oo keliya
cases-safe-to-call-unknown = Wali lama caddayn
cases-contact-call-when = Goorma ayay ammaan tahay in la waco?
cases-contact-code-word = Erey sir ah oo taleefanka loogu talagalay, macnihiisuna yahay “ma hadli karo”
    .help = Ma isku afgaran kartaan erey sir ah haddii qofku uusan hadli karin? Ereyga sirta ah waxaa loogu talagalay oo keliya wicitaannada taleefanka. Ma aha calaamadda degdegga ah ee qorshaha xaaladda degdegga ah, mana aha calaamadda lagu joojinayo wada-hadalka turjumaanka.
cases-contact-someone-else = Haddii qof kale ka jawaabo
    .help = Waxa aad leedahay iyo waxa aad samaynayso haddii qof kale oo aan qofkaas ahayn uu ka jawaabo.
cases-contact-sms-heading = SMS
cases-contact-sms-warning = Ka taxaddar waxa lagu qoro SMS-ka. Yaa akhrin kara? Sidoo kale xusuusnow in xitaa lambarrada mobilka ee la ilaaliyo (qarsoon) ay ka muuqdaan SMS-ka.
cases-contact-sms-allowed = Ma la isticmaali karaa SMS?
cases-sms-allowed-yes = Haa
cases-sms-allowed-no = Maya
cases-sms-allowed-only-neutral = Keliya nuxur dhexdhexaad ah
cases-sms-allowed-unknown = Wali lama caddayn
cases-contact-sms-content = Maxaa lagu qori karaa SMS?
cases-contact-channel = Sida uu qofku doorbidayo in lala xiriiro
cases-channel-phone = Taleefan
cases-channel-sms = SMS
cases-channel-in-person = Kulan fool-ka-fool ah
cases-channel-via-contact-person = Iyadoo la marayo qof xiriiriye ah
cases-channel-other = Si kale
cases-contact-interpreter = Turjumaan
cases-interpreter-mode = Turjumaan taleefan ama turjumaan goobta jooga
    .help = Ugu horrayn waa in la isticmaalo turjumaan taleefan; tani waxay kulanka ka dhigaysaa mid aqoonsi la'aan badan (anonymous). Dhageyso waxa uu qofku ugu raaxo badan yahay, laakiin adiga oo ah shaqaalaha xirfadlaha ah ayaa, adigoo ka eegaya dhinaca badbaadada, qiimeeya sida turjumaaddu u dhici doonto.
cases-interpreter-mode-phone = Turjumaan taleefan
cases-interpreter-mode-on-site = Turjumaan goobta jooga
cases-interpreter-mode-no-preference = Doorasho gaar ah ma jirto
cases-interpreter-gender = Jinsiga turjumaanka
cases-interpreter-gender-female = Haweeney
cases-interpreter-gender-male = Nin
cases-interpreter-gender-no-preference = Doorasho gaar ah ma jirto
cases-interpreter-avoid = Turjumaannada aan la isticmaali karin
    .help = Tusaale ahaan turjumaanno yaqaan qoyska qofka, qaraabadiisa ama dad kale oo deegaanka ah. Turjumaanku waa inuu dhexdhexaad yahay oo uusan khatar ku noqon faafinta xanta ama xiriirka uu la leeyahay qoyska, qaraabada ama dadka uu yaqaan qofka.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = Turjumaannada aan la isticmaali karin: { $names }
cases-interpreter-name-announced = Magaca turjumaanka horay ayaa loo sheegaa
    .help = Haddii ay suurtagal tahay, magaca turjumaanka horay u sheeg, si qofku u sheegi karo haddii uu yahay turjumaan aan la isticmaali karin, tusaale ahaan sababtoo ah turjumaanku wuu yaqaan shabakadda bulsheed ee qofka (qoyska, qaraabada ama dad kale oo deegaanka ah).
cases-interpreter-stop-sign = Calaamadda lagu joojinayo wada-hadalka turjumaanka
    .help = Qofka kula heshii calaamad, tusaale ahaan in gacanta miiska la saaro, oo macnaheedu yahay in turjumaanku weydiinayo wax aan habboonayn oo ay tahay in wada-hadalka la joojiyo. Calaamadda waxaa qofka lagu tusaa qaybta “U tus qofka”. Ma aha ereyga sirta ah ee heshiiska xiriirka, mana aha calaamadda degdegga ah ee qorshaha xaaladda degdegga ah.
cases-contact-support-person = Qof taageere
cases-support-who = Yaa (door ama magac beddel ah, ma aha magac dhab ah)
cases-support-confirmed = Taariikhda la xaqiijiyay in qofka taageeraha ahi yahay doonista qofka laftiisa
    .help = Hubi inay tahay doonista qofka laftiisa oo aysan ahayn wax lagu qasbay. JO 2010/11 s. 328 waxaa ka soo baxaya in adeegga bulshadu baari karo joogitaanka qof taageere haddii ay jiraan sababo lagu su'aal geliyo ujeeddada; qof aan u dhaqmin sidii taageere waa loo diidi karaa inuu galo kulanka.
cases-support-confirm-today = Maanta waa la xaqiijiyay
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = Doonista qofka laftiisa waa la xaqiijiyay: { DATETIME($date, dateStyle: "medium") }
cases-support-not-confirmed = Doonista qofka laftiisa lama xaqiijin

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = Qiimaynta xaaladda
cases-review-intro = Qiimayn xirfadeed oo habaysan, qayb-qayb, hadda iyo hore. Ma bixiso dhibco ama wadar: qiimayntu waa taada, aragtida qofka laftiisana way ku ag qoran tahay.
cases-review-official = Qiimaynta rasmiga ah ee khatarta waxaa lagu sameeyaa nidaamka caadiga ah ee hay'adda. Boggani meesheeda ma galo. Booliisku isagu wuxuu sameeyaa qiimaynta khatarta iyadoo qayb ka ah hawlaha dhibbanayaasha dambiyada iyo badbaadada shakhsiga (brottsoffer- och personsäkerhetsverksamhet, BOPS). Adeegga bulshada iyo booliisku waxay is-weydaarsadaan qiimaynta khatarta, sida ku cad talooyinka guud ee 4 kap. 1 § ee xeerarka Socialstyrelsen ee ku saabsan rabshadda xiriirka dhow (HSLF-FS 2022:39).
cases-review-now = Hadda
cases-review-before = Hore
cases-rating-present = Waa jiraa
cases-rating-partly = Qayb ahaan
cases-rating-absent = Ma jiro
cases-rating-unknown = Lama oga
cases-review-note = Qoraal
cases-review-children-routine = Guddiga arrimaha bulshada (socialnämnden) waa inuu dejiyaa habraacyo ku saabsan sida macluumaadka ah in ilmo laga yaabo in rabshad loo geysto ama laga yaabo inuu markhaati ka ahaa rabshad loogu gudbiyo qaybta hay'adda ee mas'uulka ka ah baaritaanka baahiyaha ilmaha (2 kap. 5 § ee xeerarka Socialstyrelsen ee ku saabsan rabshadda xiriirka dhow, HSLF-FS 2022:39).
cases-review-children-passed-on = Macluumaadka ku saabsan carruurta waa la gudbiyay sida habraacu dhigayo
cases-review-judgement = Qiimayn
cases-review-own-view = Aragtida qofka laftiisa ee ku saabsan khatarta
    .help = Dhageyso qofka oo rumee waxa uu la kulmay.
cases-review-summary = Qiimaynta guud ee soo kooban
cases-review-linked = Tallaabooyinka qorshaha xaaladda degdegga ah ee ka jawaabaya qiimaynta
cases-review-no-steps = Qorshaha xaaladda degdegga ahi wali tallaabooyin ma laha. Tallaabooyin ku dar qaybta Qorshaha degdegga.
review-domain-control-and-violence = Xakameyn iyo rabshad
review-domain-collective = Xakameyn si wadajir ah loo fuliyo
review-domain-vulnerability = Nuglaan
review-domain-triggers = Dhacdooyinka kiciya
review-domain-children-at-risk = Carruurta
review-item-control-restrictions = Xaddidaadda dhaqdhaqaaqa, la-kulanka dadka, labiska, taleefanka, dugsiga, shaqada ama lacagta
review-item-control-monitoring = Taleefanka waa la baaraa; qofka waa la raad-raacaa, waa la daba-galaa ama qaraabo ayaa ilaalisa
review-item-control-threats = Hanjabaad rabshad, dil, in dibadda loo diro ama in la takooro
review-item-control-violence = Rabshad jireed, mid galmo ama mid nafsiyeed
review-item-collective-multiple-perpetrators = In ka badan hal qof ayaa fuliya xakameynta ama rabshadda
review-item-collective-family-mandate = Qoyska ama qaraabadu way ka dambeeyaan xakameynta ama way dalbadaan
review-item-collective-reputation = Sumcadda qoyska ee bulshada ku xeeran ayaa loo soo qaataa cudurdaar
review-item-collective-network-abroad = Qaraabo ama shabakad dibadda jooga ayaa ku lug leh ama gaari kara qofka
review-item-vulnerability-intellectual-disability = Naafonimo garaad (koox aad u nugul oo ay adag tahay in la ogaado; qalabka isgaarsiinta Våga förstå! ayaa caawin kara)
review-item-vulnerability-dependence = Ku tiirsanaanta kuwa rabshadda geysta (lacag, guri, daryeel, ruqsadda degenaanshaha)
review-item-vulnerability-isolation = Shabakad u gaar ah ma laha, waa go'doonsan yahay
review-item-vulnerability-ill-health = Fayo-darro saameysa awoodda uu qofku u leeyahay inuu si isku xiran wax u sheego
review-item-trigger-travel-abroad = Safar dibadda ah oo la qorsheeyay ama suurtagal ah
review-item-trigger-engagement-marriage = Doonis ama guur ayaa la qorsheeyay ama lagu cadaadinayaa
review-item-trigger-holidays = Fasaxyada iyo ciidaha, marka safarro iyo isu-imaatinno dhacaan
review-item-trigger-relationship-disclosed = Xiriir, dabeecad galmo ama hab-nololeed ayaa la ogaaday ama la ogaan karaa
review-item-trigger-contact-with-authorities = Qoysku wuu og yahay ama wuu ogaan karaa xiriirka lala leeyahay hay'adaha dowladda
review-item-children-in-household = Carruur ayaa ku nool guriga ama si joogto ah u booqda
review-item-children-exposed = Carruurta laftooda ayaa loo geystaa rabshad ama xakameyn
review-item-children-witnessed = Carruur ayaa markhaati ka ahaa rabshad
review-item-children-risk-abroad-or-marriage = Carruurta waxaa halis ugu jira in dibadda loo qaado ama la guursiiyo

## Meetings and meeting mode
cases-meetings-heading = Kulamada
cases-meetings-empty = Wali kulan ma jiro.
cases-meeting-new = Kulan cusub
cases-meeting-date = Taariikhda
cases-meeting-create = Bilow kulanka
cases-meeting-open = Habka kulanka
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = Kulanka { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = Tirtir kulanka
cases-meeting-delete-title = Ma tirtiraysaa kulanka?
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = Kulanka { DATETIME($date, dateStyle: "medium") } isla markiiba waa la tirtirayaa, oo ay la socdaan liiska hubinta iyo qoraallada. Dib looma celin karo.
cases-meeting-delete-failed = Kulanka lama tirtiri karin.
cases-meeting-back = Ku noqo liiska kulamada
cases-meeting-checklist = Liiska hubinta
cases-meeting-phases-label = Qaybta kulanka
# Variables:
#   $done (Number) - items done
#   $total (Number) - items in all
cases-meeting-progress = Dhammaaday: { $done } / { $total }
cases-meeting-check-note = Qoraal
cases-meeting-show-advice = Muuji talada
cases-meeting-facts = Ku saabsan kulanka
cases-meeting-place = Nooca goobta
    .help = Sheeg nooca goobta oo keliya, weligaa ha qorin cinwaan.
cases-place-office = Xafiiska
cases-place-school = Dugsiga
cases-place-home = Guriga
cases-place-phone = Taleefan
cases-place-video = Fiidiyow
cases-place-other = Goob kale
cases-meeting-interpreter = Turjumaanka kulanka
cases-interpreter-used-none = Turjumaan la'aan
cases-interpreter-used-phone = Turjumaan taleefan
cases-interpreter-used-on-site = Turjumaan goobta jooga
cases-meeting-attendees = Ka-qaybgalayaasha (door, ma aha magac)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = Weligaa ha sheegin magacyo ama meelo.
cases-meeting-attendee-role = Doorka lagu darayo
cases-meeting-add-attendee = Ku dar ka-qaybgale
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] Ka saar shaqaalaha xirfadlaha ah
        [interpreter] Ka saar turjumaanka
        [support-person] Ka saar qofka taageeraha ah
        [colleague] Ka saar saaxiibka shaqada
        [police] Ka saar booliiska
       *[other] Ka saar ka-qaybgalaha kale
    }
cases-attendee-practitioner = Shaqaale xirfadle ah
cases-attendee-interpreter = Turjumaan
cases-attendee-support-person = Qof taageere
cases-attendee-colleague = Saaxiib shaqo
cases-attendee-police = Booliis
cases-attendee-other = Kale
cases-meeting-closing = Ku soo gabagabee kulanka macluumaad cad
    .help = U sheeg qofka cidda heli doonta macluumaadka iyo waxa uu ku saabsan yahay, waqtiga kulanka xiga iyo sida xiriirka loo sameyn karo si ammaan ah.
cases-meeting-closing-who = Cidda heli doonta macluumaadka, iyo waxa uu ku saabsan yahay
cases-meeting-closing-next = Waqtiga kulanka xiga
cases-meeting-closing-safe-contact = Sida xiriirka loo sameyn karo si ammaan ah
cases-meeting-closing-given = Macluumaadka waa la siiyay qofka
cases-quick-open = Qorshaha degdegga iyo heshiiska
cases-quick-heading = Diyaar inta kulanku socdo
cases-quick-show = Muuji
cases-quick-hide = Qari
cases-quick-empty = Lama buuxin
cases-quick-ready = La diyaariyay:
cases-quick-not-ready = Lama diyaarin:

## Retention: cases not changed for a long time
# Variables:
#   $count (Number) - cases to go through
cases-retention-open = Kiisaska dib loo eegayo: { $count }
cases-retention-heading = Kiisaska dib loo eegayo
# Variables:
#   $days (Number) - days without a change
cases-retention-intro =
    { $days ->
        [one] Kiisaskan lama beddelin in ka badan { $days } maalin. Tirtir waxa aan hadda loo baahnayn. Waxba lama tirtirayo adigoon xaqiijin.
       *[other] Kiisaskan lama beddelin in ka badan { $days } maalmood. Tirtir waxa aan hadda loo baahnayn. Waxba lama tirtirayo adigoon xaqiijin.
    }
cases-retention-none = Ma jiraan kiisas u baahan dib-u-eegis.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = Markii ugu dambaysay ee la beddelay: { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## Terms: "journal" = "diiwaanka (journal)", "Underlag för journalen" =
## "Xogta diiwaanka"; "telefonkortet" = "kaarka taleefanka",
## "avslutningskortet" = "kaarka gabagabada".

cases-meeting-for-person = U tus qofka
cases-meeting-show-phone-trail = Kaarka taleefanka
cases-meeting-show-closing = Kaarka gabagabada
cases-meeting-show-journal = Xogta diiwaanka (journal)
cases-meeting-phone-trail-done = Kaarka taleefanka waa lala maray qofka
    .help = Habka diyaaradda, Wi-Fi-ga iyo adeegyada goobta oo dansan laga bilaabo ka hor safarka ilaa qofku soo noqdo, iyo sharraxaad haddii qof weydiiyo.
cases-meeting-interpreter-gender = Jinsiga turjumaanka
cases-interpreter-gender-used-not-asked = Lama codsan
cases-interpreter-gender-used-female = Haweeney
cases-interpreter-gender-used-male = Nin
cases-meeting-interpreter-named = Taariikhda magaca turjumaanka horay loogu sheegay qofka
    .help = Si qofku u diidi karo turjumaan yaqaan qoyska. Banaan u daa haddii magaca aan la sheegin.
cases-meeting-interpreter-named-today = Magaca maanta ayaa la sheegay
cases-person-card-back = Ku noqo kulanka
cases-plan-gap-explanation = Sharraxaad haddii taleefanku dansanaa
    .help = Waxa uu qofku dhaho haddii qof weydiiyo sababta taleefanku u dansanaa ama uusan u muujin meesha uu joogay. Waxaa lala go'aamiyaa qofka, waxaana qofka lagu tusaa kaarka taleefanka.

## The support person's own will: the question the person answers alone.

cases-support-check = Qofka weydii marka aad keligiin tihiin
    .help = Waxay muujinaysaa su'aal dhexdhexaad ah oo ku qoran luqadda qofka: ma rabaa in qofka taageeraha ahi joogo? Jawaabta iyo taariikhda maanta halkan ayaa lagu kaydiyaa. Su'aasha muuji marka aad keligiin tihiin.
cases-support-check-done = Dhammaaday
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] Wuxuu ku jawaabay haa: { DATETIME($date, dateStyle: "medium") }
        [no] Wuxuu ku jawaabay maya: { DATETIME($date, dateStyle: "medium") }
       *[alone] Wuxuu rabay inuu keligii hadlo: { DATETIME($date, dateStyle: "medium") }
    }
cases-support-not-asked = Wali keligii lama weydiin

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = Xogta diiwaanka (journal)
journal-intro = Halkan ka akhri marka aad qorayso diiwaanka. Waxba halkan lagama koobiyeeyo, lagamana kaydiyo.
journal-left-out = Ereyada sirta ah, lambarrada taleefanka iyo meelaha ammaanka ah waa laga saaray.
journal-include-sensitive = Sidoo kale muuji ereyada sirta ah, lambarrada taleefanka iyo meelaha ammaanka ah
journal-sensitive-shown = Ereyada sirta ah, lambarrada taleefanka iyo meelaha ammaanka ah waa la muujinayaa. Kuma habboona diiwaan ay dad kale akhrin karaan.
journal-omitted = [waa laga saaray]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    Kulanka { DATETIME($date, dateStyle: "long") }, { $place ->
        [office] wuxuu ka dhacay xafiiska.
        [school] wuxuu ka dhacay dugsiga.
        [home] wuxuu ka dhacay guriga.
        [phone] wuxuu ku dhacay taleefan.
        [video] wuxuu ku dhacay fiidiyow.
       *[other] wuxuu ka dhacay goob kale.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = Waxaa joogay: { $roles }.
journal-role-practitioner = shaqaale xirfadle ah
journal-role-interpreter = turjumaan
journal-role-support-person = qof taageere
journal-role-colleague = saaxiib shaqo
journal-role-police = booliis
journal-role-other = qof kale
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] Waxaa la isticmaalay turjumaan taleefan.
        [on-site] Waxaa la isticmaalay turjumaan goobta jooga.
       *[none] Turjumaan lama isticmaalin.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] Waxay ahayd turjumaan haweeney ah, sidii uu qofku codsaday.
       *[male] Wuxuu ahaa turjumaan nin ah, sidii uu qofku codsaday.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = Magaca turjumaanka waxaa horay loogu sheegay qofka, { DATETIME($date, dateStyle: "long") }.
journal-interpreter-not-named = Magaca turjumaanka horay looguma sheegin qofka.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] Marka keligii la weydiiyay { DATETIME($date, dateStyle: "long") }, qofku wuxuu sheegay inuu rabo in qofka taageeraha ahi joogo.
        [no] Marka keligii la weydiiyay { DATETIME($date, dateStyle: "long") }, qofku wuxuu sheegay inuusan rabin in qofka taageeraha ahi joogo.
       *[alone] Marka keligii la weydiiyay { DATETIME($date, dateStyle: "long") }, qofku wuxuu sheegay inuu rabo inuu keligii hadlo.
    }
journal-done = Waa la maray
journal-not-done = Lama marin
journal-phone-trail = Kaarka taleefanka waa lala maray qofka: habka diyaaradda, Wi-Fi-ga iyo adeegyada goobta oo dansan laga bilaabo ka hor safarka ilaa qofku soo noqdo, iyo sharraxaad haddii qof weydiiyo.
journal-closing = Macluumaadka dhammaadka kulanka
journal-closing-given = Macluumaadka waa la siiyay qofka.
journal-closing-not-given = Macluumaadka looma calaamadin in la siiyay qofka.
journal-who-sees = Cidda heli doonta macluumaadka, iyo waxa uu ku saabsan yahay:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = Kulanka xiga: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = Wali lama go'aamin waqtiga kulanka xiga.
journal-safe-contact = Sida xiriirka loo sameyn karo si ammaan ah:
journal-nothing = Waxba lama qorin.
