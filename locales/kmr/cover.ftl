# UNREVIEWED DRAFT translation into Northern Kurdish (Kurmanji, Latin script)
# of the Swedish source (locales/sv/cover.ftl). It has NOT been approved by a
# reviewer; the Swedish text is authoritative.
# PÊŞNÛSA NENIRXANDÎ: wergera kurmancî ya çavkaniya swêdî (locales/sv/cover.ftl).
# Ji aliyê kontrolkerekî ve NEHATIYE PEJIRANDIN; nivîsa swêdî derbasdar e.
# Everything on the start screen must stay neutral: nothing about violence,
# honour, cases or what the app is for. Terms: "kod" = "kod", "lösenfras" =
# "hevoka şîfreyê", "nödkod" = "koda awarte", "miniräknare" = "hesabker",
# "startskärm" = "ekrana destpêkê", "siffra" = "reqem", "ärende" = "dosya",
# "app" = "sepan".

## The hide button (only shown in the unlocked app)
quick-hide = Veşêre

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = Bişkok
calc-clear = Paqij bike
calc-backspace = Reqemê jê bibe
calc-percent = Ji sedî
calc-divide = Dabeş bike
calc-multiply = Lêxe
calc-subtract = Kêm
calc-add = Zêde
calc-negate = Nîşanê biguherîne
calc-decimal-key = Nîşana dehiyê
calc-equals = Wekhev e
calc-decimal = {","}
calc-error = Çewtî

## The plain passcode screen
passcode-title = Kodê binivîsin
passcode-label = Kod
passcode-submit = OK
passcode-digits-keyboard = Bişkokên reqeman
passcode-attempts-left = Ceribandinên mayî: { $count }
passcode-wait-seconds = Berî ku hûn dîsa biceribînin, { $seconds } çirke bisekinin.
passcode-wait-minutes = Berî ku hûn dîsa biceribînin, { $minutes } deqîqe bisekinin.

## Passcode strength
strength-label = Hêza kodê
strength-digits-too-short = { $count } reqem pir kurt e. Herî kêm 6 reqem pêwîst in; 10 an bêtir tê pêşniyarkirin.
strength-digits-weak = { $count } reqem kodeke kurt e. Heke kesek pelê sepanê kopî bike, hemû kodên bi wê dirêjahiyê dikarin li ser komputerekê bên ceribandin, û kodeke kurt zû tê dîtin, qufil çiqas hêdî be jî. Bi hesabkerê re herî kêm 10 reqeman hilbijêrin, an jî bi ekrana kodê ya asayî re hevokeke şîfreyê.
strength-digits-good = { $count } reqem. Baş e. Her reqemeke din texmînkirina kodê deh qat dijwartir dike.
strength-phrase-too-short = Pir kurt e. Hevoka şîfreyê herî kêm 8 karakteran dixwaze.
strength-phrase-weak = Qels e. Peyvên din lê zêde bikin: çar an bêtir peyvên ku bi hev ve ne girêdayî ne, çêtirîn in.
strength-phrase-fair = Qebûlkirî ye. Yek an du peyvên din wê gelekî bihêztir dikin.
strength-phrase-strong = Hevoka şîfreyê ya bihêz.
strength-calculator-needs-digits = Di hesabker de tenê bişkokên reqeman hene. Tenê reqeman bi kar bînin, an jî ji bo hevokeke şîfreyê ekrana kodê ya asayî hilbijêrin.

## Checking a new passcode
newcode-error-empty = Kodekê binivîsin.
newcode-error-short-digits = Kod pir kurt e. Kodeke ji reqeman divê herî kêm ji 6 reqeman pêk were.
newcode-error-short-phrase = Hevoka şîfreyê pir kurt e. Divê herî kêm ji 8 karakteran pêk were.
newcode-error-calculator-digits = Dema ku hesabker ekrana destpêkê be, kod tenê dikare ji reqeman pêk were.
newcode-error-mismatch = Kod ne wek hev in. Heman kodê du caran binivîsin.

## First use
setup-title = Koda xwe çêkin
setup-intro = Her tiştê ku hûn tomar dikin, li ser amûrê bi kodeke ku tenê hûn dizanin tê şîfrekirin. Pêşî hilbijêrin ka sepan dema vedibe dê çawa xuya bike.
setup-cover-legend = Ekrana destpêkê
cover-calculator = Hesabker
cover-calculator-help = Sepan wek hesabkereke asayî vedibe. Ji bo vekirina wê, koda xwe binivîsin û paşê demekê tiliya xwe li ser = bihêlin. Kod tenê dikare ji reqeman pêk were; herî kêm 10 reqeman hilbijêrin.
cover-passcode = Ekrana kodê ya asayî
cover-passcode-help = Sepan bi ekraneke bêalî vedibe ku li ser nivîsandî ye “Kodê binivîsin”. Li vir hûn dikarin hevokeke şîfreyê ya ji çend peyvan bi kar bînin, ku ya herî ewle ye.
setup-passcode-legend = Koda we
setup-passcode = Kod
setup-repeat = Kodê dîsa binivîsin
setup-no-recovery-title = Koda ji bîr bûyî nayê vegerandin
setup-no-recovery = Bê kodê tu kes nikare sepanê veke, ne beşa IT-yê û ne jî yên ku sepan çêkirine. Heke hûn kodê ji bîr bikin, her tiştê ku we tomar kiriye her û her winda dibe. Kodê li cem amûrê nehêlin.
setup-create = Çêke
setup-creating = Tê çêkirin … ev çend çirkeyan dikişîne.
setup-retry-save = Ekrana destpêkê dîsa tomar bike
setup-continue = Bêyî tomarkirina ekrana destpêkê bidomîne
setup-back = Vegere ekrana destpêkê

## Cannot be opened (shown only after the code was entered)
problem-title = Sepan venebû
problem-help = Tiştek nehatiye jêbirin. Sepanê bigirin û dîsa biceribînin. Heke pirsgirêk berdewam bike, hûn dikarin sepanê ji nû ve saz bikin û dosyayên xwe ji kopiyeke ewlehiyê vegerînin.
problem-back = Vegere ekrana destpêkê

## Confirm with the code before anything sensitive changes
reauth-label = Koda we
reauth-help = Koda xwe dîsa binivîsin. Ev yek dosyayan diparêze heke kesekî din amûrê bi dest bixe dema ku ew ne qufilkirî be. Koda şaş wek ceribandineke şaş tê hesibandin.
reauth-help-limit = Tenê ji bo neçalakkirina jêbirinê an zêdekirina hejmara ceribandinan pêwîst e. Koda şaş wek ceribandineke şaş tê hesibandin.
reauth-error-empty = Ji bo piştrastkirinê koda xwe binivîsin.
reauth-error-limit = Ji bo neçalakkirina jêbirinê an zêdekirina hejmara ceribandinan koda xwe binivîsin.

## Settings
settings-title = Mîheng
settings-general = Destpêk û qufilkirin
settings-cover-digits-confirm = Koda min (û koda awarte, heke hebe) tenê ji reqeman pêk tê. Wekî din sepan bi hesabkerê venabe.
settings-idle = Piştî vê demê bixweber qufil bike
settings-idle-seconds = { $count } çirke
settings-idle-minutes = { $count } deqîqe
settings-idle-help = Ji cara dawî ya ku we dest da ekranê, mişkê an klavyeyê tê hesibandin.
settings-retention = Dosyayên kevn piştî vê demê bîne bîrê (roj)
settings-retention-help = Dosyayên ku ev qas roj in nehatine guhertin tên rêzkirin, da ku hûn biryar bidin ka divê werin jêbirin an na (7–3650).
settings-backup = Kopiya ewlehiyê piştî vê demê bîne bîrê (roj)
settings-backup-help = 0 tê wateya ku bîranîn tune ye (0–365).
settings-save = Tomar bike
settings-saved = Hate tomarkirin.
settings-working = Dixebite …
settings-error-retention = Hejmareke rojan di navbera 7 û 3650 de binivîsin.
settings-error-backup = Hejmareke rojan di navbera 0 û 365 de binivîsin.
settings-error-confirm-digits = Berî ku hûn derbasî hesabkerê bibin, piştrast bikin ku koda we tenê ji reqeman pêk tê.

settings-passcode = Kodê biguherîne
settings-old-passcode = Koda niha
settings-new-passcode = Koda nû
settings-change-passcode = Kodê biguherîne
settings-passcode-changed = Kod hate guhertin.
settings-error-old-empty = Koda xwe ya niha binivîsin.

settings-duress = Koda awarte
settings-duress-explain = Koda awarte kodeke duyem e ji bo rewşeke ku kesek we neçar dike ku hûn sepanê vekin. Bi koda awarte qadeke xebatê ya vala bê dosyayên we vedibe, û tiştek nîşan nade ku qadeke din heye. Koda awarte bi heman awayî wek koda we ya asayî tê nivîsandin û divê ji wê cuda be. Koda awarte ya nû qadeke xebatê ya nû û vala dide; heke hûn koda awarte rakin, tiştê ku tê de hatiye tomarkirin tê jêbirin.
settings-duress-not-shown = Sepan nîşan nade ka koda awarte hatiye danîn an na, da ku tu kes li vir vê yekê nebîne.
settings-duress-passcode = Koda awarte
settings-duress-shred = Dema koda awarte tê bikaranîn, dosyayên rastîn jî tune bike
settings-duress-shred-help = Wê demê her tiştê ku we tomar kiriye her û her tê jêbirin û nayê vegerandin. Vê tenê hilbijêrin heke girîngtir be ku tu kes negihîje agahiyan, ji ku ew li cem we bimînin.
settings-duress-set = Koda awarte tomar bike
settings-duress-remove = Koda awarte rake
settings-duress-saved = Koda awarte hate tomarkirin.
settings-duress-removed = Koda awarte hate rakirin.

settings-limit = Piştî ceribandinên şaş jê bibe
settings-limit-explain = Piştî ev qas ceribandinên şaş ên li pey hev, her tiştê ku di sepanê de tomarkirî ye her û her tê jêbirin. Hejmartin dema ku sepan ji nû ve dest pê dike jî dimîne, û dema ku koda rast tê bikaranîn ji nû ve dest pê dike. Ji ceribandina şaş a pêncemîn û pê ve, divê di navbera ceribandinan de her ku diçe bêtir were sekinîn. Heke hûn sînor neçalak bikin, kesek dikare texmînkirinê bidomîne, lê tenê hêdî hêdî.
settings-limit-on = Piştî gelek ceribandinên şaş ên li pey hev her tiştî jê bibe
settings-limit-count = Hejmara ceribandinan (3–50)
settings-error-limit = Hejmarekê di navbera 3 û 50 de binivîsin.

settings-help = Parastin çawa dixebite
settings-help-calculator = Hesabker wek hesabkereke asayî hesab dike. Ji bo vekirina sepanê, koda xwe binivîsin û paşê çirkeyek û nîv tiliya xwe li ser = bihêlin. Tikandineke asayî li = tenê hesab dike, ji ber vê yekê kesê ku bi hesabkerê dilîze qet nikare nehêle ku hûn sepanê vekin, an tiştekî jê bibe. Heke kod şaş be, hesabker tenê hejmarê nîşan dide, wek her hesabkereke din. Ew qet nabêje ku kod şaş bû.
settings-help-rule = Kod tenê tê ceribandin heke we ji C an = ya dawî û vir ve tenê reqem nivîsandibin, herî kêm 6 heb, û paşê tiliya xwe li ser = bihêlin. Tenê ev wek ceribandin tê hesibandin. Hesab, hejmarên dirêj û tikandinên asayî li = qet nayên hesibandin. Heke we şaş nivîsand, C bitikînin û ji nû ve dest pê bikin (⌫ reqema dawî jê dibe). Heke hûn tiliya xwe zû ji ser = rakin, tiştek nabe; tenê dîsa tiliya xwe li ser = bihêlin.
settings-help-wait = Piştî pênc ceribandinên şaş ên li pey hev, divê hûn bisekinin berî ku ceribandina din were qebûlkirin: 30 çirke, 1 deqîqe, 5 deqîqe, 15 deqîqe, paşê 1 saet. Hesabker tiştekî li ser vê nîşan nade, ji ber ku tu hesabkereke asayî wisa nake. Heke hûn di dema sekinînê de tiliya xwe li ser = bihêlin, tenê reqem tên paqijkirin, wek dema ku hûn C bitikînin. Ew ceribandin nayê hesibandin. Hinekî bisekinin û dîsa biceribînin. Li ser ekrana kodê ya asayî dema sekinînê bi nivîsê tê nîşandan.
settings-help-hide = Yekser veşêrin: li bişkoka girover a li quncika jêrîn bitikînin, li ser klavyeyê sê caran Shift an du caran Esc bitikînin, an jî bi du tiliyan du caran li ekranê bitikînin. Wê gavê ekrana destpêkê yekser xuya dibe û sepan tê qufilkirin.
settings-help-lock = Sepan her wiha tê qufilkirin dema ku di dema ku we hilbijartiye de nehatibe bikaranîn, dema ku hûn derbasî sepaneke din an paceyeke din dibin û dema ku ekran vedimire.

## Vault errors
error-wrong_passcode = Kod şaş e.
error-backoff = Pir ceribandin hatin kirin. Hinekî bisekinin û dîsa biceribînin.
error-wiped = Naverok piştî gelek ceribandinên şaş hate jêbirin.
error-weak_passcode = Kod pir kurt e: herî kêm 6 reqem, an ji bo hevoka şîfreyê herî kêm 8 karakter.
error-not_initialised = Hîn tu kod nehatiye çêkirin.
error-already_initialised = Li ser vê amûrê jixwe kodek heye.
error-passcode_reused = Ev kod jixwe tê bikaranîn. Yeke din hilbijêrin.
error-invalid_limit = Hejmara ceribandinan ne derbasdar e.
error-duress_unavailable = Ev niha nayê guhertin.
error-kdf_params_rejected = Amûr nikare mîhengên ewlehiyê yên pêwîst bi rê ve bibe.
error-locked = Sepan qufilkirî ye. Qufilê vekin û dîsa biceribînin.
error-unlock_interrupted = Dema ku qufila sepanê dihat vekirin, sepan hate veşartin û niha dîsa qufilkirî ye. Dîsa biceribînin.
error-corrupt = Pelê tomarkirî xera bûye û nayê vekirin.
error-unsupported_format = Pel bi guhertoyeke nûtir a sepanê hatiye tomarkirin. Sepanê nû bikin.
error-crypto = Di şîfrekirinê de çewtiyeke nehêvîkirî çêbû. Dîsa biceribînin.

## Kodên qels û pelên sepanê
error-weak_passcode-repeat = Texmînkirina kodê pir hêsan e: heman reqemê an heman şêweyê dubare dike, wek 000000 an 121212. Kodeke din hilbijêre.
error-weak_passcode-sequence = Texmînkirina kodê pir hêsan e: li pey rêzekê diçe, wek 123456, 987654 an 112233. Kodeke din hilbijêre.
error-weak_passcode-keyboard = Texmînkirina kodê pir hêsan e: li pey bişkokên ku li kêleka hev in diçe. Kodeke din hilbijêre.
error-weak_passcode-common = Texmînkirina kodê pir hêsan e: ew di nav kod û şîfreyên ku mirov herî zêde hildibijêrin de ye. Kodeke din hilbijêre.
error-weak_passcode-date = Texmînkirina kodê pir hêsan e: dişibe dîrokekê an salekê. Kodeke din hilbijêre.
error-weak_passcode-guessable = Texmînkirina kodê pir hêsan e. Kodeke dirêjtir a bê şêwe hilbijêre.
error-already_running = Sepan jixwe vekirî ye. Vê paceyê bigire û di ya ku jixwe vekirî ye de berdewam bike.
error-attempt_not_saved = Kod niha nehate ceribandin. Piştî demekê dîsa biceribîne.
