# UNREVIEWED DRAFT translation into Somali of the Swedish source
# (locales/sv/cover.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# QABYO AAN DIB LOO EEGIN: tarjumaad af-Soomaali ah oo laga sameeyay qoraalka
# asalka ah ee iswiidhishka (locales/sv/cover.ftl). Dib-u-eege MA ANSIXIN;
# qoraalka iswiidhishka ayaa ah kan sugan.
# Everything on the start screen must stay neutral: nothing about violence,
# honour, cases or what the app is for. Terms: "kod" = "koodh", "lösenfras" =
# "weedh sir ah", "nödkod" = "koodhka degdegga", "miniräknare" = "xisaabiye",
# "startskärm" = "shaashadda bilowga", "siffra" = "tiro", "ärende" = "kiis".

## The hide button (only shown in the unlocked app)
quick-hide = Qari

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = Badhamada
calc-clear = Tirtir
calc-backspace = Tirtir tiro
calc-percent = Boqolkiiba
calc-divide = U qaybi
calc-multiply = Ku dhufo
calc-subtract = Ka jar
calc-add = Ku dar
calc-negate = Beddel calaamadda
calc-decimal-key = Dhibicda tobanlaha
calc-equals = Le'eg
calc-decimal = {"."}
calc-error = Khalad

## The plain passcode screen
passcode-title = Geli koodhka
passcode-label = Koodh
passcode-submit = OK
passcode-digits-keyboard = Badhamada tirooyinka
# Variables:
#   $count (Number) - attempts left before the vault is wiped
passcode-attempts-left = Isku dayo haray: { $count }
# Variables:
#   $seconds (Number) - seconds to wait
passcode-wait-seconds = Sug { $seconds } ilbiriqsi ka hor intaadan mar kale isku dayin.
# Variables:
#   $minutes (Number) - minutes to wait
passcode-wait-minutes = Sug { $minutes } daqiiqo ka hor intaadan mar kale isku dayin.

## Passcode strength
strength-label = Xoogga koodhka
# Variables:
#   $count (Number) - how many digits the code has (fewer than 6)
strength-digits-too-short = Koodh ka kooban { $count } tiro aad buu u gaaban yahay. Ugu yaraan 6 tiro ayaa loo baahan yahay, 10 ama ka badan ayaa lagu talinayaa.
# Variables:
#   $count (Number) - how many digits the code has (6 to 9)
strength-digits-weak = { $count } tiro waa koodh gaaban. Haddii qof koobiyeeyo faylka abka, dhammaan koodhadhka dhererkaas leh waxaa lagu tijaabin karaa kombiyuutar, koodh gaabanna si dhakhso ah ayaa loo helaa, si kasta oo quflku u gaabis yahay. Dooro ugu yaraan 10 tiro haddii aad isticmaasho xisaabiyaha, ama weedh sir ah haddii aad isticmaasho shaashadda koodhka caadiga ah.
# Variables:
#   $count (Number) - how many digits the code has (10 or more)
strength-digits-good = { $count } tiro. Fiican. Tiro kasta oo lagu daro waxay koodhka ka dhigaysaa toban jeer in ka adag in la qiyaaso.
strength-phrase-too-short = Aad buu u gaaban yahay. Weedha sirta ahi waxay u baahan tahay ugu yaraan 8 xaraf.
strength-phrase-weak = Daciif. Ku dar erayo kale: afar eray ama ka badan oo aan isku xirnayn ayaa ugu fiican.
strength-phrase-fair = La aqbali karo. Hal ama laba eray oo kale ayaa si weyn u xoojinaya.
strength-phrase-strong = Weedh sir ah oo xoog leh.
strength-calculator-needs-digits = Xisaabiyuhu wuxuu leeyahay badhamada tirooyinka oo keliya. Isticmaal tirooyin oo keliya, ama dooro shaashadda koodhka caadiga ah si aad u isticmaasho weedh sir ah.

## Checking a new passcode
newcode-error-empty = Qor koodh.
newcode-error-short-digits = Koodhku aad buu u gaaban yahay. Koodh tirooyin ahi waa inuu lahaadaa ugu yaraan 6 tiro.
newcode-error-short-phrase = Weedha sirta ahi aad bay u gaaban tahay. Waa inay lahaataa ugu yaraan 8 xaraf.
newcode-error-calculator-digits = Marka xisaabiyuhu yahay shaashadda bilowga, koodhku wuxuu ka koobnaan karaa tirooyin oo keliya.
newcode-error-mismatch = Koodhadhku isku mid ma aha. Isla koodhka laba jeer qor.

## First use
setup-title = Samee koodhkaaga
setup-intro = Wax kasta oo aad kaydiso waxaa qalabka lagu sir-qariyaa (encrypt) koodh adiga keliya aad taqaan. Marka hore dooro sida abku u muuqdo marka uu furmo.
setup-cover-legend = Shaashadda bilowga
cover-calculator = Xisaabiye
cover-calculator-help = Abku wuxuu u furmaa sida xisaabiye caadi ah. Waxaad furtaa adigoo qoraya koodhkaaga, kadibna riixaya = oo in yar haya. Koodhku wuxuu ka koobnaan karaa tirooyin oo keliya; dooro ugu yaraan 10.
cover-passcode = Shaashadda koodhka caadiga ah
cover-passcode-help = Abku wuxuu ku furmaa shaashad dhexdhexaad ah oo ay ku qoran tahay “Geli koodhka”. Halkan waxaad ku isticmaali kartaa weedh sir ah oo ka kooban dhowr eray, taas oo ah tan ugu ammaan badan.
setup-passcode-legend = Koodhkaaga
setup-passcode = Koodh
setup-repeat = Mar kale qor koodhka
setup-no-recovery-title = Koodh la ilaaway dib looma soo celin karo
setup-no-recovery = Qofna ma furi karo abka koodhka la'aantiis, xitaa waaxda IT-ga ama kuwii sameeyay abka. Haddii aad ilowdo koodhka, wax kasta oo aad kaydisay weligood way lumayaan. Koodhka ha ku hayn meel u dhow qalabka.
setup-create = Samee
setup-creating = Waa la samaynayaa … waxay qaadanaysaa dhowr ilbiriqsi.
setup-retry-save = Mar kale kaydi shaashadda bilowga
setup-continue = Sii wad adigoon kaydin shaashadda bilowga
setup-back = Ku noqo shaashadda bilowga

## Cannot be opened (shown only after the code was entered)
problem-title = Abka lama furi karin
problem-help = Waxba lama tirtirin. Xir abka oo mar kale isku day. Haddii dhibaatadu sii jirto, waxaad abka dib u rakibi kartaa oo aad kiisaskaaga kaga soo celin kartaa kayd nuqul ah.
problem-back = Ku noqo shaashadda bilowga

## Confirm with the code before anything sensitive changes
reauth-label = Koodhkaaga
reauth-help = Mar kale qor koodhkaaga. Tani waxay ilaalinaysaa kiisaska haddii qof kale helo qalabka inta uu furan yahay. Koodh khaldan waxaa loo tiriyaa isku day khaldan.
reauth-help-limit = Waxaa loo baahan yahay oo keliya si loo damiyo tirtiridda ama loo kordhiyo tirada isku dayada. Koodh khaldan waxaa loo tiriyaa isku day khaldan.
reauth-error-empty = Qor koodhkaaga si aad u xaqiijiso.
reauth-error-limit = Qor koodhkaaga si aad u damiso tirtiridda ama aad u kordhiso tirada isku dayada.

## Settings
settings-title = Dejinta
settings-general = Bilowga iyo quflidda
settings-cover-digits-confirm = Koodhkayga (iyo koodhka degdegga haddii uu jiro) wuxuu ka kooban yahay tirooyin oo keliya. Haddii kale abka lagama furi karo xisaabiyaha.
settings-idle = Si toos ah u quful kadib
# Variables:
#   $count (Number) - seconds
settings-idle-seconds = { $count } ilbiriqsi
# Variables:
#   $count (Number) - minutes, sometimes with a decimal (1.5)
settings-idle-minutes = { $count } daqiiqo
settings-idle-help = Waxaa laga tiriyaa markii ugu dambaysay ee aad taabatay shaashadda, jiirka ama kiiboodhka.
settings-retention = I xasuusi kiisaska duugga ah kadib (maalmo)
settings-retention-help = Kiisaska aan la beddelin intaas oo maalmood waa la taxayaa, si aad u go'aamiso in la tirtirayo iyo in kale (7–3650).
settings-backup = I xasuusi kaydka nuqulka (backup) kadib (maalmo)
settings-backup-help = 0 macnaheedu waa xasuusin la'aan (0–365).
settings-save = Kaydi
settings-saved = Waa la kaydiyay.
settings-working = Waa la shaqaynayaa …
settings-error-retention = Geli tirada maalmaha oo u dhexeysa 7 iyo 3650.
settings-error-backup = Geli tirada maalmaha oo u dhexeysa 0 iyo 365.
settings-error-confirm-digits = Xaqiiji in koodhkaagu ka kooban yahay tirooyin oo keliya ka hor intaadan u beddelin xisaabiyaha.

settings-passcode = Beddel koodhka
settings-old-passcode = Koodhka hadda
settings-new-passcode = Koodh cusub
settings-change-passcode = Beddel koodhka
settings-passcode-changed = Koodhka waa la beddelay.
settings-error-old-empty = Qor koodhkaaga hadda.

settings-duress = Koodhka degdegga
settings-duress-explain = Koodhka degdeggu waa koodh labaad oo loogu talagalay xaalad uu qof kugu qasbo inaad furto abka. Koodhka degdeggu wuxuu furaa goob shaqo oo madhan oo aan lahayn kiisaskaaga, waxna ma muujinayaan in mid kale jiro. Koodhka degdegga waxaa loo geliyaa si la mid ah koodhkaaga caadiga ah, waana inuu ka duwanaadaa. Koodh degdeg oo cusubi wuxuu keenaa goob shaqo oo cusub oo madhan; haddii aad ka saarto koodhka degdegga, waxa lagu kaydiyay waa la tirtirayaa.
settings-duress-not-shown = Abku ma muujiyo in koodh degdeg la dejiyay iyo in kale, si aan qofna halkan uga arkin.
settings-duress-passcode = Koodhka degdegga
settings-duress-shred = Sidoo kale burburi kiisaska dhabta ah marka koodhka degdegga la isticmaalo
settings-duress-shred-help = Markaas wax kasta oo aad kaydisay weligood waa la tirtirayaa, dib looma soo celin karo. Dooro tan oo keliya haddii ay ka muhiimsan tahay in qofna uusan heli karin xogta, intii aad adigu haysan lahayd.
settings-duress-set = Kaydi koodhka degdegga
settings-duress-remove = Ka saar koodhka degdegga
settings-duress-saved = Koodhka degdegga waa la kaydiyay.
settings-duress-removed = Koodhka degdegga waa la saaray.

settings-limit = Tirtir kadib isku dayo khaldan
settings-limit-explain = Kadib intaas oo isku day oo khaldan oo isku xiga, wax kasta oo abka lagu kaydiyay weligood waa la tirtirayaa. Tirintu way sii jiraysaa xitaa haddii abka dib loo bilaabo, waxayna dib uga bilaabataa eber marka koodhka saxda ah la isticmaalo. Laga bilaabo isku dayga shanaad ee khaldan, waa in sidoo kale la sugaa waqti sii dheeraanaya inta u dhexeysa isku dayada. Haddii aad damiso xadka, qof ayaa sii wadi kara qiyaasidda, laakiin si tartiib ah oo keliya.
settings-limit-on = Tirtir wax walba kadib isku dayo khaldan oo aad u badan oo isku xiga
settings-limit-count = Tirada isku dayada (3–50)
settings-error-limit = Geli tiro u dhexeysa 3 iyo 50.

settings-help = Sida ilaalintu u shaqayso
settings-help-calculator = Xisaabiyuhu wuxuu u xisaabiyaa sida xisaabiye caadi ah. Si aad u furto abka, qor koodhkaaga, kadibna riix = oo hay ilbiriqsi iyo bar. Riixid caadi ah oo = ah waxay samaysaa xisaab oo keliya, sidaas darteed qof ku ciyaaraya xisaabiyaha weligii kaama celin karo inaad furto abka, waxna ma tirtiri karo. Haddii koodhku khaldan yahay, xisaabiyuhu wuxuu muujiyaa tirada oo keliya, sida xisaabiye kasta. Weligii ma sheego in koodhku khaldanaa.
settings-help-rule = Koodhka waxaa la tijaabiyaa oo keliya haddii aad qortay tirooyin oo keliya tan iyo C ama = kii ugu dambeeyay, ugu yaraan 6, kadibna aad riixdo = oo aad haysato. Taas oo keliya ayaa isku day ahaan loo tiriyaa. Xisaabaadka, tirooyinka dhaadheer iyo riixidda caadiga ah ee = weligood looma tiriyo. Haddii aad si khaldan wax u qortay, riix C oo dib u bilow (⌫ wuxuu tirtiraa tirada ugu dambaysa). Haddii aad = sii deyso goor hore, waxba ma dhacaan; mar kale uun riix = oo hay.
settings-help-wait = Kadib shan isku day oo khaldan oo isku xiga, waa inaad sugtaa ka hor inta aan isku dayga xiga la aqbalin: 30 ilbiriqsi, 1 daqiiqo, 5 daqiiqo, 15 daqiiqo, kadibna 1 saac. Xisaabiyuhu waxba kama muujiyo arrintan, maxaa yeelay xisaabiye caadi ahi sidaas ma sameeyo. Haddii aad riixdo = oo aad haysato inta aad sugayso, tirooyinka uun baa la tirtiraa, sida marka aad riixdo C. Isku daygaas looma tiriyo. Wax yar sug oo mar kale isku day. Shaashadda koodhka caadiga ah, waqtiga sugitaanka si cad ayaa loogu qoraa.
settings-help-hide = Si degdeg ah u qari: taabo badhanka wareegsan ee geeska hoose, riix Shift saddex jeer ama Esc laba jeer kiiboodhka, ama laba jeer ku taabo shaashadda laba farood. Shaashadda bilowga ayaa isla markiiba soo baxda, abkuna waa la quflaa.
settings-help-lock = Abka sidoo kale waa la quflaa marka aan la isticmaalin muddada aad dooratay, marka aad u wareegto ab kale ama daaqad kale, iyo marka shaashaddu damto.

## Vault errors
error-wrong_passcode = Koodh khaldan.
error-backoff = Isku dayo aad u badan. Wax yar sug oo mar kale isku day.
error-wiped = Waxa ku jiray waa la tirtiray kadib isku dayo khaldan oo aad u badan.
error-weak_passcode = Koodhku aad buu u gaaban yahay: ugu yaraan 6 tiro, ama ugu yaraan 8 xaraf haddii uu yahay weedh sir ah.
error-not_initialised = Wali koodh lama samayn.
error-already_initialised = Qalabkan horeba koodh ayaa ku jira.
error-passcode_reused = Koodhkaas horeba waa la isticmaalayaa. Dooro mid kale.
error-invalid_limit = Tirada isku dayada ma aha mid sax ah.
error-duress_unavailable = Tan hadda lama beddeli karo.
error-kdf_params_rejected = Qalabku ma qaadi karo dejinta ammaanka ee loo baahan yahay.
error-locked = Abku waa xiran yahay. Fur oo mar kale isku day.
error-unlock_interrupted = Abka waa la qariyay intii quflka laga furayay, hadda mar kale waa xiran yahay. Mar kale isku day.
error-corrupt = Faylka la kaydiyay waa khalkhalsan yahay, lamana furi karo.
error-unsupported_format = Faylka waxaa kaydiyay nooc ka cusub oo abka ah. Cusboonaysii abka.
error-crypto = Khalad aan la filayn ayaa ka dhacay sir-qarinta. Mar kale isku day.

## Koodhadh daciif ah iyo faylasha barnaamijka
error-weak_passcode-repeat = Koodhka aad baa loo qiyaasi karaa: wuxuu ku celceliyaa isla tiro ama isla qaab, sida 000000 ama 121212. Dooro kood kale.
error-weak_passcode-sequence = Koodhka aad baa loo qiyaasi karaa: wuxuu raacayaa kala horreyn, sida 123456, 987654 ama 112233. Dooro kood kale.
error-weak_passcode-keyboard = Koodhka aad baa loo qiyaasi karaa: wuxuu raacayaa furayaal is ag yaal. Dooro kood kale.
error-weak_passcode-common = Koodhka aad baa loo qiyaasi karaa: wuxuu ka mid yahay koodhadhka iyo erayada sirta ah ee dadku inta badan doortaan. Dooro kood kale.
error-weak_passcode-date = Koodhka aad baa loo qiyaasi karaa: wuxuu u eg yahay taariikh ama sannad. Dooro kood kale.
error-weak_passcode-guessable = Koodhka aad baa loo qiyaasi karaa. Dooro kood ka dheer oo aan qaab lahayn.
error-already_running = Barnaamijku horeba wuu furan yahay. Xir daaqaddan oo ku sii wad midka horeba u furan.
error-attempt_not_saved = Koodhka hadda lama tijaabin karin. Mar kale isku day wax yar kadib.
