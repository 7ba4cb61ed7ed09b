# UNREVIEWED DRAFT translation into Northern Kurdish (Kurmanji, Latin script)
# of the Swedish source (locales/sv/cases.ftl). It has NOT been approved by a
# reviewer; the Swedish text is authoritative.
# PÊŞNÛSA NENIRXANDÎ: wergera kurmancî ya çavkaniya swêdî (locales/sv/cases.ftl).
# Ji aliyê kontrolkerekî ve NEHATIYE PEJIRANDIN; nivîsa swêdî derbasdar e.
# Terms as in kmr/guidance.ftl and kmr/ui.ftl: "ärende" = "dosya", "möte" =
# "hevdîtin", "krisplan" = "plana krîzê", "kodord" = "peyva kodê",
# "stödperson" = "kesê piştgir", "tolk" = "wergêr", "telefontolk" = "wergêrê
# bi telefonê", "platstolk" = "wergêrê li cih", "den utsatta" = "kesê di bin
# xeterê de", "yrkesverksam" = "karmendê pispor", "alias" = "navê nepenî
# (alias)", "kontaktöverenskommelse" = "lihevkirina têkiliyê",
# "situationsbedömning" = "nirxandina rewşê". Buttons use the short
# imperative, sentences the polite plural ("hûn"). Swedish "hen" is "ew" or
# "wî/wê".

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = Dosya
cases-list-heading = Dosya
cases-new = Dosyaya nû
cases-pick = Ji lîsteyê dosyayekê hilbijêrin an yeke nû çêbikin.
cases-show-archived = Yên arşîvkirî nîşan bide
cases-archived-tag = Arşîvkirî
cases-empty = Hîn tu dosya tune. Bi navekî nepenî (alias) yekê çêbikin.
cases-empty-filtered = Tu dosyayên çalak tune. Ji bo dîtina yên arşîvkirî, “Yên arşîvkirî nîşan bide” nîşan bikin.
cases-search-label = Di dosyayan de bigere
cases-search-none = Tu dosyayek bi navekî veşartî yê ku li lêgerînê tê tune.
cases-shown-of = { $shown } ji { $total } tên nîşandan
cases-show-more = Zêdetir nîşan bide ({ $count } din)
cases-damaged = Hin dosya nehatin vekirin ({ $count }). Dibe ku pel xera bûbin. Dosyayên din wekî her car tên nîşandan.
cases-loading-list = Dosya tên barkirin …
cases-loading = Dosya tê vekirin …
cases-back = Vegere lîsteya dosyayan
cases-open = Veke
cases-cancel = Betal bike
cases-remove = Rake
cases-remove-n = Gava { $n } rake
cases-move-up-n = Gava { $n } ber bi jor ve bibe
cases-move-down-n = Gava { $n } ber bi jêr ve bibe

## Colour tags
cases-colour-label = Nîşana rengî
cases-colour-help = Reng dosyayan ji hev cuda dike, bêyî ku hewce be kes navê nepenî bixwîne.
cases-colour-none = Bê reng
cases-colour-red = Sor
cases-colour-orange = Porteqalî
cases-colour-yellow = Zer
cases-colour-green = Kesk
cases-colour-blue = Şîn
cases-colour-purple = Mor

## New case and alias
cases-new-heading = Dosyaya nû
cases-alias-label = Navê nepenî (alias)
cases-alias-nudge-title = Navekî nepenî bi kar bînin.
cases-alias-nudge = Qet navê kesê, hejmara nasnameya kesane (personnummer), navnîşan an hejmara telefonê nenivîsin. Heke kesekî din ekranê bibîne, divê navê nepenî eşkere neke ka dosya li ser kê ye.
cases-alias-placeholder = Bo nimûne Xerîdar A an Gul
cases-alias-warnings-heading = Navê nepenî kontrol bikin
cases-alias-warnings-note = Hişyarî rê li tomarkirinê nagire. Hûn bi xwe biryar didin.
alias-warning-personal-identity-number = Wisa xuya dike ku di navê nepenî de hejmareke nasnameya kesane (personnummer) an hejmareke hevrêzkirinê (samordningsnummer) heye.
alias-warning-street-address = Wisa xuya dike ku di navê nepenî de navnîşaneke kolanê an koda postê heye.
alias-warning-phone-number = Wisa xuya dike ku di navê nepenî de hejmareke telefonê heye.
alias-warning-full-name = Navê nepenî wek nav û paşnavekî xuya dike.
cases-create = Dosyayê çêbike

## The case
cases-tabs-label = Beşên dosyayê
cases-tab-plan = Plana krîzê
cases-tab-contact = Têkilî
cases-tab-review = Nirxandin
cases-tab-meetings = Hevdîtin
cases-damaged-parts = Beşek ji dosyayê nehate vekirin û vala tê nîşandan. Dibe ku pel xera bûbe. Berî ku hûn wê beşê ji nû ve tije bikin, wê bi kopiyeke ewlehiyê re berhev bikin.
cases-settings = Agahiyên dosyayê
cases-archived-label = Arşîvkirî
cases-archived-help = Dosyayên arşîvkirî di lîsteyê de tên veşartin, lê heta ku hûn wan jê nebin dimînin.
cases-delete = Dosyayê jê bibe
cases-delete-title = Dosya were jêbirin?
cases-delete-confirm = Dosya { $alias } yekser tê jêbirin, bi plana krîzê, lihevkirina têkiliyê, nirxandina rewşê û hemû hevdîtinan re. Ev nayê paşvekirin.
cases-delete-confirm-yes = { $alias } jê bibe
cases-delete-failed = Dosya nehate jêbirin.

## Autosave
cases-save-saving = Tê tomarkirin …
cases-save-saved = Hate tomarkirin
cases-save-error = Tomarkirin pêk nehat. Tiştê ku we nivîsandiye hîn li ser ekranê ye.
cases-save-retry = Dîsa biceribîne

## Crisis plan
cases-plan-heading = Plana krîzê
cases-plan-intro = Plana krîzê li ser bingeha rewşa heyî ya kesê di bin xeterê de ye û tedbîrên ku dikarin bên girtin heke tiştek biqewime û kesê di bin xeterê de hewcedarî alîkarî an parastinê be, di nav xwe de digire.
cases-plan-situation = Rewşa heyî
    .help = Rewşa kesê ya niha binivîsin: çi qewimiye, kes ji çi ditirse û çi wî/wê diparêze.
cases-plan-warnings = Nîşanên hişyariyê û bûyerên destpêker
    .help = Bo nimûne rêwîtiyeke plankirî bo derveyî welat, nîşankirin, betlane û cejn, an zêdebûna zexta malbatê.
cases-plan-warning-kind = Cure
cases-plan-warning-note = Nîşe
cases-warning-kind-travel-abroad = Rêwîtî bo derveyî welat
cases-warning-kind-engagement = Nîşankirin an zewac
cases-warning-kind-holidays = Betlane û cejn
cases-warning-kind-family-pressure = Zexta malbatê
cases-warning-kind-other = Tiştekî din
cases-plan-add-warning = Nîşaneke hişyariyê zêde bike
cases-plan-steps = Gav heke tiştek biqewime
    .help = Kes çi dike, bi rêz, heke tiştek biqewime û ew hewcedarî alîkarî an parastinê be.
cases-plan-step = Gava { $n }
cases-plan-empty-step = (gava vala)
cases-plan-add-step = Gavekê zêde bike
cases-plan-safe-places = Cihên ewle
    .help = Cihên ku kes dikare biçe wir heke tiştek biqewime.
cases-plan-safe-place = Cihê ewle
cases-plan-add-safe-place = Cihekî zêde bike
cases-plan-contacts = Kesên têkiliyê
    .help = Hejmarên ku kes dikare telefonî wan bike. Di xetereke lezgîn de: 112.
cases-contact-role = Kî
cases-contact-label = Navlêkirin
cases-contact-number = Hejmar
cases-role-emergency112 = 112 – hejmara acîl
cases-role-police = Polîs
cases-role-social-services-on-call = Nobedariya xizmetên civakî (socialjouren)
cases-role-shelter = Xaniyê parastî (skyddat boende)
cases-role-trusted-person = Kesê pêbawer
cases-role-other = Têkiliyeke din
cases-plan-add-contact = Têkiliyekê zêde bike
cases-plan-keep-ready = Tiştên ku divê amade bin
    .help = Tiştên ku divê li ber destê kesê hebin heke ew neçar bimîne zû derkeve. Tiştên ku amade ne nîşan bikin.
cases-thing-id = Belgeyên nasnameyê (karta nasnameyê, pasaport)
cases-thing-phone = Telefon û şarjker
cases-thing-money = Pere û karta bankê
cases-thing-medicine = Derman
cases-thing-other = Tiştekî din
cases-keep-ready-note = Nîşe
cases-plan-add-keep-ready = Zêde bike
cases-plan-code-word = Nîşana awarte: peyvek an îşaretek ku tê wateya ku kes niha hewcedarî alîkariyê ye
    .help = Nîşana awarte beşek ji plana krîzê ye. Ew ne peyva kodê ya lihevkirina têkiliyê ye, ku tenê ji bo telefonê ye dema ku kes nikaribe biaxive, û ne jî ew îşaret e ku ji bo qedandina axaftina bi wergêr li ser hatiye lihevkirin. Qet wê di SMS an e-nameyê de nenivîsin.
cases-plan-next-review = Vekolîna bê ya planê
cases-plan-routine = Ji kesê re hatiye gotin ku plana krîzê di hemû dosyayan de rûtîn e
    .help = Divê ji kesê di bin xeterê de re were gotin ku ev rûtîneke saziyê ye ku di hemû dosyayan de tê kirin, her çend dibe ku qet ne hewce be ku plana krîzê were bikaranîn jî.

## Contact agreement
cases-contact-heading = Lihevkirina têkiliyê
cases-contact-intro = Bi kesê re li hev bikin ka têkilî dê çawa were danîn heke hewce be ku hûn bi wî/wê re têkilî daynin.
cases-contact-phone-heading = Telefon
cases-contact-safe-to-call = Ma telefonkirin ewle ye?
cases-safe-to-call-yes = Erê
cases-safe-to-call-no = Na
cases-safe-to-call-only-at-times = Tenê di hin deman de
cases-safe-to-call-unknown = Hîn ne diyar e
cases-contact-call-when = Kengî telefonkirin ewle ye?
cases-contact-code-word = Peyva kodê ya li telefonê bi wateya “ez nikarim biaxivim”
    .help = Ma hûn dikarin li ser peyveke kodê li hev bikin, heke kes nikaribe biaxive? Peyva kodê tenê ji bo axaftinên telefonê ye. Ew ne nîşana awarte ya plana krîzê ye û ne jî ew îşaret e ku ji bo qedandina axaftina bi wergêr li ser hatiye lihevkirin.
cases-contact-someone-else = Heke kesekî din bersiv bide
    .help = Hûn çi dibêjin û çi dikin heke ji bilî wî kesî kesekî din bersiv bide.
cases-contact-sms-heading = SMS
cases-contact-sms-warning = Hay ji tiştên ku di SMS-an de tên nivîsandin hebin. Kî dikare vê bixwîne? Ji bîr mekin jî ku hejmarên mobîl ên parastî (veşartî) jî di SMS-an de xuya dibin.
cases-contact-sms-allowed = Ma SMS dikare were bikaranîn?
cases-sms-allowed-yes = Erê
cases-sms-allowed-no = Na
cases-sms-allowed-only-neutral = Tenê bi naveroka bêalî
cases-sms-allowed-unknown = Hîn ne diyar e
cases-contact-sms-content = Çi dikare di SMS-ê de were nivîsandin?
cases-contact-channel = Kes çawa tercîh dike ku têkilî bi wî/wê re were danîn
cases-channel-phone = Telefon
cases-channel-sms = SMS
cases-channel-in-person = Di hevdîtinê de
cases-channel-via-contact-person = Bi rêya kesê têkiliyê
cases-channel-other = Bi awayekî din
cases-contact-interpreter = Wergêr
cases-interpreter-mode = Wergêrê bi telefonê an wergêrê li cih
    .help = Berî her tiştî divê wergêrê bi telefonê were bikaranîn; ev yek hevdîtinê bêtir bênav (anonîm) dike. Guh bidin ka kes herî zêde bi çi rehet e, lê hûn in, wekî karmendê pispor, ku ji aliyê ewlehiyê ve dinirxînin ka wergerandin dê çawa were kirin.
cases-interpreter-mode-phone = Wergêrê bi telefonê
cases-interpreter-mode-on-site = Wergêrê li cih
cases-interpreter-mode-no-preference = Tercîh tune
cases-interpreter-gender = Zayenda wergêr
cases-interpreter-gender-female = Jin
cases-interpreter-gender-male = Mêr
cases-interpreter-gender-no-preference = Tercîh tune
cases-interpreter-avoid = Wergêrên ku nabe werin bikaranîn
    .help = Bo nimûne wergêrên ku malbat, xizm an kesên din ên li herêmê yên kesê nas dikin. Divê wergêr bêalî be û bi belavkirina gotegotan an bi têkiliyên bi malbat, xizm an derdora nasên kesê re nebe xeterek.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = Wergêrên ku nabe werin bikaranîn: { $names }
cases-interpreter-name-announced = Navê wergêr berê tê ragihandin
    .help = Heke gengaz be, navê wergêr berê ragihînin, da ku kes bikaribe bêje heke ew wergêrek e ku nikare were bikaranîn, bo nimûne ji ber ku wergêr tora civakî ya kesê (malbat, xizm an kesên din li herêmê) nas dike.
cases-interpreter-stop-sign = Îşareta ji bo qedandina axaftina bi wergêr
    .help = Bi kesê re li ser îşaretekê li hev bikin, bo nimûne danîna destê li ser maseyê, ku tê wateya ku wergêr tiştekî neguncav dipirse û divê axaftin were qedandin. Îşaret di “Ji kesê re nîşan bide” de ji kesê re tê nîşandan. Ew ne peyva kodê ya lihevkirina têkiliyê ye û ne jî nîşana awarte ya plana krîzê ye.
cases-contact-support-person = Kesê piştgir
cases-support-who = Kî (rol an navê nepenî, ne nav)
cases-support-confirmed = Dîroka ku hate piştrastkirin ku kesê piştgir daxwaza kesê bi xwe ye
    .help = Piştrast bikin ku ev daxwaza kesê bi xwe ye û ne tiştekî ku bi zorê li ser wî/wê hatiye ferzkirin. Ji JO 2010/11 s. 328 derdikeve ku xizmetên civakî dikarin amadebûna kesekî piştgir lêkolîn bikin heke sedem hebin ku armanca wê were pirsyarkirin; kesê ku wekî piştgir tevnagere, dibe ku destûr neyê dayîn ku bikeve hevdîtinê.
cases-support-confirm-today = Îro hate piştrastkirin
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = Daxwaza kesê bi xwe hate piştrastkirin: { DATETIME($date, dateStyle: "medium") }
cases-support-not-confirmed = Daxwaza kesê bi xwe nehatiye piştrastkirin

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = Nirxandina rewşê
cases-review-intro = Nirxandineke pisporî ya birêkûpêk, war bi war, niha û berê. Tu xal û tu berhevok nade: nirxandin ya we ye, û nêrîna kesê bi xwe li kêleka wê ye.
cases-review-official = Nirxandina fermî ya rîskê di pergala asayî ya saziyê de tê kirin. Ev rûpel şûna wê nagire. Polîs di çarçoveya xebata xwe ya ji bo qurbaniyên sûcê û ewlehiya kesane (brottsoffer- och personsäkerhetsverksamhet, BOPS) de nirxandinên xwe yên rîskê dike. Xizmetên civakî û polîs li gorî şîretên giştî ji bo 4 kap. 1 § ya rêziknameyên Socialstyrelsen li ser tundiya di têkiliyên nêzîk de (HSLF-FS 2022:39) nirxandinên rîskê bi hev re diguherînin.
cases-review-now = Niha
cases-review-before = Berê
cases-rating-present = Heye
cases-rating-partly = Hinekî
cases-rating-absent = Tune
cases-rating-unknown = Nayê zanîn
cases-review-note = Nîşe
cases-review-children-routine = Divê komîteya karûbarên civakî (socialnämnden) rûtînan diyar bike ka agahiyên ku zarokek dibe ku rastî tundiyê tê an dibe ku bûye şahidê tundiyê, dê çawa ji wê beşa saziyê re bên veguhestin ku berpirsiyarê lêkolîna hewcedariyên zarok e (2 kap. 5 § ya rêziknameyên Socialstyrelsen li ser tundiya di têkiliyên nêzîk de, HSLF-FS 2022:39).
cases-review-children-passed-on = Agahiyên derbarê zarokan de li gorî rûtînê hatin veguhestin
cases-review-judgement = Nirxandin
cases-review-own-view = Nêrîna kesê bi xwe li ser xeterê
    .help = Guhdariya kesê bikin û bi serpêhatiya wî/wê bawer bikin.
cases-review-summary = Nirxandina giştî
cases-review-linked = Tedbîrên di plana krîzê de ku bersiva nirxandinê didin
cases-review-no-steps = Hîn di plana krîzê de tu gav tune. Di beşa Plana krîzê de gavan zêde bikin.
review-domain-control-and-violence = Kontrol û tundî
review-domain-collective = Kontrola ku bi awayekî kolektîf tê kirin
review-domain-vulnerability = Bêparastinî
review-domain-triggers = Bûyerên destpêker
review-domain-children-at-risk = Zarok
review-item-control-restrictions = Sînordarkirina azadiya tevgerê, hevaltî û têkiliyan, cilan, telefonê, dibistanê, kar an pereyan
review-item-control-monitoring = Telefon tê kontrolkirin; kes ji aliyê xizman ve tê şopandin, li pey wî/wê tê çûn an tê çavdêrîkirin
review-item-control-threats = Gefên tundiyê, kuştinê, şandina derveyî welat an derxistina ji malbat û civakê
review-item-control-violence = Tundiya fizîkî, zayendî an derûnî
review-item-collective-multiple-perpetrators = Ji kesekî bêtir kontrolê an tundiyê dikin
review-item-collective-family-mandate = Malbat an xizm li pişt kontrolê ne an wê dixwazin
review-item-collective-reputation = Navûdengê malbatê li derdorê wekî sedem tê nîşandan
review-item-collective-network-abroad = Xizm an torek li derveyî welat tevlî ne an dikarin xwe bigihînin kesê
review-item-vulnerability-intellectual-disability = Seqetiya hişî (komeke pir bêparastin ku bi zehmetî tê tespîtkirin; amûra ragihandinê Våga förstå! dikare alîkariyê bike)
review-item-vulnerability-dependence = Girêdayîbûna bi kesên ku tundiyê dikin (pere, xanî, lênêrîn, destûra rûniştinê)
review-item-vulnerability-isolation = Tora wî/wê ya xwe tune, îzolekirî ye
review-item-vulnerability-ill-health = Xwe nebaş hîskirin ku bandorê li şiyana vegotina bi hev ve girêdayî dike
review-item-trigger-travel-abroad = Rêwîtiya plankirî an gengaz bo derveyî welat
review-item-trigger-engagement-marriage = Nîşankirin an zewac tê plankirin an jî zext ji bo wê tê kirin
review-item-trigger-holidays = Betlane û cejn, dema ku rêwîtî û kombûn çêdibin
review-item-trigger-relationship-disclosed = Têkiliyek, zayendîtî an şêwazeke jiyanê eşkere bûye an dikare eşkere bibe
review-item-trigger-contact-with-authorities = Malbat ji têkiliya bi dezgehên fermî re haydar e an dikare haydar bibe
review-item-children-in-household = Zarok di malê de dijîn an bi rêkûpêk serdana malê dikin
review-item-children-exposed = Zarok bi xwe rastî tundî an kontrolê tên
review-item-children-witnessed = Zarok bûne şahidê tundiyê
review-item-children-risk-abroad-or-marriage = Xetera wê heye ku zarok bên birin derveyî welat an bên zewicandin

## Meetings and meeting mode
cases-meetings-heading = Hevdîtin
cases-meetings-empty = Hîn tu hevdîtin tune.
cases-meeting-new = Hevdîtina nû
cases-meeting-date = Dîrok
cases-meeting-create = Hevdîtinê dest pê bike
cases-meeting-open = Moda hevdîtinê
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = Hevdîtin { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = Hevdîtinê jê bibe
cases-meeting-delete-title = Hevdîtin were jêbirin?
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = Hevdîtina { DATETIME($date, dateStyle: "medium") } yekser tê jêbirin, bi lîsteya kontrolê û nîşeyan re. Ev nayê paşvekirin.
cases-meeting-delete-failed = Hevdîtin nehate jêbirin.
cases-meeting-back = Vegere lîsteya hevdîtinan
cases-meeting-checklist = Lîsteya kontrolê
cases-meeting-phases-label = Beşa hevdîtinê
cases-meeting-progress = Qediyayî: { $done } / { $total }
cases-meeting-check-note = Nîşe
cases-meeting-show-advice = Pêşniyarê nîşan bide
cases-meeting-facts = Derbarê hevdîtinê de
cases-meeting-place = Cureyê cih
    .help = Tenê cureyê cih binivîsin, qet navnîşanekê nenivîsin.
cases-place-office = Ofîs
cases-place-school = Dibistan
cases-place-home = Mal
cases-place-phone = Telefon
cases-place-video = Vîdyo
cases-place-other = Cihekî din
cases-meeting-interpreter = Wergêr di hevdîtinê de
cases-interpreter-used-none = Bê wergêr
cases-interpreter-used-phone = Wergêrê bi telefonê
cases-interpreter-used-on-site = Wergêrê li cih
cases-meeting-attendees = Beşdar (rol, ne nav)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = Qet navan an cihan nebêjin.
cases-meeting-attendee-role = Rola ku were zêdekirin
cases-meeting-add-attendee = Beşdarekî zêde bike
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] Karmendê pispor rake
        [interpreter] Wergêr rake
        [support-person] Kesê piştgir rake
        [colleague] Hevkar rake
        [police] Polîs rake
       *[other] Beşdarê din rake
    }
cases-attendee-practitioner = Karmendê pispor
cases-attendee-interpreter = Wergêr
cases-attendee-support-person = Kesê piştgir
cases-attendee-colleague = Hevkar
cases-attendee-police = Polîs
cases-attendee-other = Yekî din
cases-meeting-closing = Hevdîtinê bi agahiyên zelal biqedînin
    .help = Ji kesê re bêjin ka kî dê agahiyan bistîne û derbarê çi de, dema hevdîtina bê û ka têkilî çawa dikare bi awayekî ewle were danîn.
cases-meeting-closing-who = Kî dê agahiyan bistîne, û derbarê çi de
cases-meeting-closing-next = Dema hevdîtina bê
cases-meeting-closing-safe-contact = Têkilî çawa dikare bi awayekî ewle were danîn
cases-meeting-closing-given = Agahî ji kesê re hatin dayîn
cases-quick-open = Plana krîzê û lihevkirin
cases-quick-heading = Di dema hevdîtinê de li ber dest
cases-quick-show = Nîşan bide
cases-quick-hide = Veşêre
cases-quick-empty = Nehatiye tijekirin
cases-quick-ready = Amade:
cases-quick-not-ready = Ne amade:

## Retention: cases not changed for a long time
cases-retention-open = Dosyayên ku divê werin nirxandin: { $count }
cases-retention-heading = Dosyayên ku divê werin nirxandin
# Variables:
#   $days (Number) - days without a change
cases-retention-intro =
    { $days ->
        [one] Ev dosya ji { $days } rojê zêdetir e ku nehatine guhertin. Tiştên ku êdî ne hewce ne jê bibin. Bêyî piştrastkirina we tu tişt nayê jêbirin.
       *[other] Ev dosya ji { $days } rojan zêdetir e ku nehatine guhertin. Tiştên ku êdî ne hewce ne jê bibin. Bêyî piştrastkirina we tu tişt nayê jêbirin.
    }
cases-retention-none = Tu dosya ne hewce ye ku were nirxandin.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = Guhertina dawî: { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## "Telefonkortet" = "karta telefonê", "avslutningskortet" = "karta dawiyê",
## "journal" = "qeyd" (as in kmr/guidance.ftl), "gå igenom" = "xwendin" (the
## card) and "behs kirin" (journal-done).

cases-meeting-for-person = Ji kesê re nîşan bide
cases-meeting-show-phone-trail = Karta telefonê
cases-meeting-show-closing = Karta dawiyê
cases-meeting-show-journal = Nîşeyên ji bo qeydê
cases-meeting-phone-trail-done = Karta telefonê bi kesê re hate xwendin
    .help = Moda balafirê, Wi-Fi û xizmetên cih ji berî rêwîtiyê heta ku kes vegere vemirandî ne, û ravekirinek heke kesek bipirse.
cases-meeting-interpreter-gender = Zayenda wergêr
cases-interpreter-gender-used-not-asked = Nehatiye xwestin
cases-interpreter-gender-used-female = Jin
cases-interpreter-gender-used-male = Mêr
cases-meeting-interpreter-named = Dîroka ku navê wergêr berê ji kesê re hate ragihandin
    .help = Da ku kes bikaribe wergêrekî ku malbatê nas dike red bike. Heke nav nehatibe ragihandin, vala bihêlin.
cases-meeting-interpreter-named-today = Nav îro hate ragihandin
cases-person-card-back = Vegere hevdîtinê
cases-plan-gap-explanation = Ravekirin heke telefon vemirandî bû
    .help = Tiştê ku kes dibêje heke kesek bipirse çima telefon vemirandî bû an çima nîşan neda ku li ku bû. Bi kesê re tê biryardan û li ser karta telefonê ji kesê re tê nîşandan.

## The support person's own will: the question the person answers alone.

cases-support-check = Ji kesê bipirse, bêyî kesên din
    .help = Bi zimanê kesê pirseke bêalî nîşan dide: ma ew dixwaze ku kesê piştgir amade be? Bersiv û dîroka îro li vir tên tomarkirin. Pirsê nîşan bidin dema ku hûn bi tenê bi hev re ne.
cases-support-check-done = Temam
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] Bersiva erê da: { DATETIME($date, dateStyle: "medium") }
        [no] Bersiva na da: { DATETIME($date, dateStyle: "medium") }
       *[alone] Xwest bi tena serê xwe biaxive: { DATETIME($date, dateStyle: "medium") }
    }
cases-support-not-asked = Hîn bêyî kesên din nehatiye pirsîn

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = Nîşeyên ji bo qeydê (journal)
journal-intro = Dema ku hûn qeydê dinivîsin, ji vir bixwînin. Tiştek ji vir nayê kopîkirin an tomarkirin.
journal-left-out = Peyvên kodê, hejmarên telefonê û cihên ewle hatine derxistin.
journal-include-sensitive = Peyvên kodê, hejmarên telefonê û cihên ewle jî nîşan bide
journal-sensitive-shown = Peyvên kodê, hejmarên telefonê û cihên ewle tên nîşandan. Cihê wan ne di qeydeke ku kesên din dikarin bixwînin de ye.
journal-omitted = [hate derxistin]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    Hevdîtin { DATETIME($date, dateStyle: "long") }, { $place ->
        [office] li ofîsê.
        [school] li dibistanê.
        [home] li malê.
        [phone] bi telefonê.
        [video] bi vîdyoyê.
       *[other] li cihekî din.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = Beşdar: { $roles }.
journal-role-practitioner = karmendê pispor
journal-role-interpreter = wergêr
journal-role-support-person = kesê piştgir
journal-role-colleague = hevkar
journal-role-police = polîs
journal-role-other = yekî din
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] Wergêrê bi telefonê hate bikaranîn.
        [on-site] Wergêrê li cih hate bikaranîn.
       *[none] Tu wergêr nehate bikaranîn.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] Wergêr jin bû, wekî ku kesê xwestibû.
       *[male] Wergêr mêr bû, wekî ku kesê xwestibû.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = Navê wergêr berê ji kesê re hate ragihandin, { DATETIME($date, dateStyle: "long") }.
journal-interpreter-not-named = Navê wergêr berê ji kesê re nehate ragihandin.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] Di { DATETIME($date, dateStyle: "long") } de, bêyî kesên din, ji kesê hate pirsîn; wî/wê got ku dixwaze kesê piştgir amade be.
        [no] Di { DATETIME($date, dateStyle: "long") } de, bêyî kesên din, ji kesê hate pirsîn; wî/wê got ku naxwaze kesê piştgir amade be.
       *[alone] Di { DATETIME($date, dateStyle: "long") } de, bêyî kesên din, ji kesê hate pirsîn; wî/wê got ku dixwaze bi tena serê xwe biaxive.
    }
journal-done = Hate behskirin
journal-not-done = Nehate behskirin
journal-phone-trail = Karta telefonê bi kesê re hate xwendin: moda balafirê, Wi-Fi û xizmetên cih ji berî rêwîtiyê heta ku kes vegere vemirandî ne, û ravekirinek heke kesek bipirse.
journal-closing = Agahî di dawiya hevdîtinê de
journal-closing-given = Agahî ji kesê re hatin dayîn.
journal-closing-not-given = Nehatiye nîşankirin ku agahî ji kesê re hatin dayîn.
journal-who-sees = Kî dê agahiyan bistîne, û derbarê çi de:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = Hevdîtina bê: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = Tu dem ji bo hevdîtina bê nehatiye diyarkirin.
journal-safe-contact = Têkilî çawa dikare bi awayekî ewle were danîn:
journal-nothing = Tiştek nehatiye nivîsandin.
