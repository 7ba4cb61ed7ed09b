# UNREVIEWED DRAFT translation into Turkish of the Swedish source
# (locales/sv/cases.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# GÖZDEN GEÇİRİLMEMİŞ TASLAK: İsveççe kaynaktan (locales/sv/cases.ftl) Türkçe
# çeviri. Bir denetçi tarafından ONAYLANMAMIŞTIR; geçerli olan İsveççe metindir.
# Terms as in tr/guidance.ftl and tr/ui.ftl: "ärende" = "vaka", "möte" =
# "görüşme", "krisplan" = "kriz planı", "kodord" = "kod kelime", "stödperson"
# = "destek kişi", "tolk" = "tercüman", "telefontolk" = "telefon tercümanı",
# "platstolk" = "yerinde tercüman", "yrkesverksam" = "meslek profesyoneli",
# "alias" = "takma ad", "kontaktöverenskommelse" = "iletişim anlaşması",
# "situationsbedömning" = "durum değerlendirmesi".

## Cases: the case list, new case, crisis plan, contact agreement,
## situation review, meetings and meeting mode, autosave and retention.

cases-title = Vakalar
cases-list-heading = Vakalar
cases-new = Yeni vaka
cases-pick = Listeden bir vaka seçin veya yeni bir vaka oluşturun.
cases-show-archived = Arşivlenenleri göster
cases-archived-tag = Arşivlendi
cases-empty = Henüz vaka yok. Bir takma ad kullanarak bir vaka oluşturun.
cases-empty-filtered = Etkin vaka yok. Arşivlenen vakaları görmek için “Arşivlenenleri göster” kutusunu işaretleyin.
cases-search-label = Vakalarda ara
cases-search-none = Aramayla eşleşen takma ada sahip vaka yok.
cases-shown-of = { $total } vakadan { $shown } tanesi gösteriliyor
cases-show-more = Daha fazla göster ({ $count } tane daha)
cases-damaged = Bazı vakalar açılamadı ({ $count }). Dosyalar bozuk olabilir. Diğer vakalar her zamanki gibi gösteriliyor.
cases-loading-list = Vakalar yükleniyor …
cases-loading = Vaka açılıyor …
cases-back = Vaka listesine dön
cases-open = Aç
cases-cancel = İptal
cases-remove = Kaldır
cases-remove-n = { $n }. adımı kaldır
cases-move-up-n = { $n }. adımı yukarı taşı
cases-move-down-n = { $n }. adımı aşağı taşı

## Colour tags
cases-colour-label = Renk etiketi
cases-colour-help = Renk, kimsenin takma adı okumasına gerek kalmadan vakaları birbirinden ayırır.
cases-colour-none = Renk yok
cases-colour-red = Kırmızı
cases-colour-orange = Turuncu
cases-colour-yellow = Sarı
cases-colour-green = Yeşil
cases-colour-blue = Mavi
cases-colour-purple = Mor

## New case and alias
cases-new-heading = Yeni vaka
cases-alias-label = Takma ad
cases-alias-nudge-title = Bir takma ad kullanın.
cases-alias-nudge = Kişinin adını, kişisel kimlik numarasını (personnummer), adresini veya telefon numarasını asla yazmayın. Ekranı başka biri görürse takma ad, vakanın kimi ilgilendirdiğini ele vermemelidir.
cases-alias-placeholder = Örneğin Danışan A veya Gül
cases-alias-warnings-heading = Takma adı kontrol edin
cases-alias-warnings-note = Uyarı, kaydetmenizi engellemez. Kararı siz verirsiniz.
alias-warning-personal-identity-number = Takma ad, bir kişisel kimlik numarası (personnummer) veya koordinasyon numarası (samordningsnummer) içeriyor gibi görünüyor.
alias-warning-street-address = Takma ad, bir sokak adresi veya posta kodu içeriyor gibi görünüyor.
alias-warning-phone-number = Takma ad, bir telefon numarası içeriyor gibi görünüyor.
alias-warning-full-name = Takma ad, bir ad ve soyadı gibi görünüyor.
cases-create = Vakayı oluştur

## The case
cases-tabs-label = Vakanın bölümleri
cases-tab-plan = Kriz planı
cases-tab-contact = İletişim
cases-tab-review = Değerlendirme
cases-tab-meetings = Görüşmeler
cases-damaged-parts = Vakanın bir bölümü açılamadı ve boş gösteriliyor. Dosya bozuk olabilir. O bölümü yeniden doldurmadan önce bir yedekle karşılaştırın.
cases-settings = Vaka bilgileri
cases-archived-label = Arşivlendi
cases-archived-help = Arşivlenen vakalar listede gizlenir, ancak siz silene kadar saklanır.
cases-delete = Vakayı sil
cases-delete-title = Vaka silinsin mi?
cases-delete-confirm = { $alias } vakası; kriz planı, iletişim anlaşması, durum değerlendirmesi ve tüm görüşmeleriyle birlikte hemen silinir. Bu işlem geri alınamaz.
cases-delete-confirm-yes = Sil: { $alias }
cases-delete-failed = Vaka silinemedi.

## Autosave
cases-save-saving = Kaydediliyor …
cases-save-saved = Kaydedildi
cases-save-error = Kaydedilemedi. Yazdıklarınız hâlâ ekranda duruyor.
cases-save-retry = Tekrar deneyin

## Crisis plan
cases-plan-heading = Kriz planı
cases-plan-intro = Kriz planı, risk altındaki kişinin mevcut durumunu temel alır ve bir şey olursa ve risk altındaki kişinin yardıma veya korumaya ihtiyacı olursa alınabilecek önlemleri içerir.
cases-plan-situation = Mevcut durum
    .help = Kişinin şu anki durumunu anlatın: ne olduğunu, kişinin nelerden korktuğunu ve onu neyin koruduğunu.
cases-plan-warnings = Uyarı işaretleri ve tetikleyici olaylar
    .help = Örneğin planlanan bir yurt dışı seyahati, bir nişan, tatiller ve bayramlar veya aileden artan baskı.
cases-plan-warning-kind = Tür
cases-plan-warning-note = Not
cases-warning-kind-travel-abroad = Yurt dışı seyahati
cases-warning-kind-engagement = Nişan veya evlilik
cases-warning-kind-holidays = Tatiller ve bayramlar
cases-warning-kind-family-pressure = Aileden baskı
cases-warning-kind-other = Diğer
cases-plan-add-warning = Uyarı işareti ekle
cases-plan-steps = Bir şey olursa atılacak adımlar
    .help = Bir şey olursa ve kişinin yardıma veya korumaya ihtiyacı olursa kişinin sırasıyla ne yapacağı.
cases-plan-step = Adım { $n }
cases-plan-empty-step = (boş adım)
cases-plan-add-step = Adım ekle
cases-plan-safe-places = Güvenli yerler
    .help = Bir şey olursa kişinin gidebileceği yerler.
cases-plan-safe-place = Güvenli yer
cases-plan-add-safe-place = Yer ekle
cases-plan-contacts = İletişim kişileri
    .help = Kişinin arayabileceği numaralar. Acil tehlikede: 112.
cases-contact-role = Kim
cases-contact-label = Etiket
cases-contact-number = Numara
cases-role-emergency112 = 112 – acil çağrı numarası
cases-role-police = Polis
cases-role-social-services-on-call = Sosyal hizmetler nöbet ekibi (socialjouren)
cases-role-shelter = Sığınma evi (korumalı konut)
cases-role-trusted-person = Güvenilen kişi
cases-role-other = Diğer kişi
cases-plan-add-contact = Kişi ekle
cases-plan-keep-ready = Hazır bulundurulacaklar
    .help = Kişinin hızla ayrılmak zorunda kalırsa yanında bulundurması gerekenler. Hazırlanmış olanları işaretleyin.
cases-thing-id = Kimlik belgeleri (kimlik kartı, pasaport)
cases-thing-phone = Telefon ve şarj aleti
cases-thing-money = Para ve banka kartı
cases-thing-medicine = İlaçlar
cases-thing-other = Diğer
cases-keep-ready-note = Not
cases-plan-add-keep-ready = Ekle
cases-plan-code-word = Acil durum sinyali: kişinin şu anda yardıma ihtiyacı olduğu anlamına gelen bir kelime veya işaret
    .help = Acil durum sinyali kriz planına aittir. İletişim anlaşmasındaki kod kelime değildir (o yalnızca kişinin konuşamadığı telefon görüşmeleri içindir); tercümanlı görüşmeyi sonlandırmak için kullanılan işaret de değildir. Bunu asla SMS'te veya e-postada yazmayın.
cases-plan-next-review = Planın bir sonraki gözden geçirilmesi
cases-plan-routine = Kişiye, kriz planının tüm vakalarda uygulanan bir rutin olduğu söylendi
    .help = Kriz planının belki hiç kullanılması gerekmeyecek olsa bile, bunun kurumun tüm vakalarda uyguladığı bir rutin olduğu risk altındaki kişiye iletilmelidir.

## Contact agreement
cases-contact-heading = İletişim anlaşması
cases-contact-intro = Kişiyle iletişime geçmeniz gerekirse iletişimin nasıl kurulacağı konusunda kişiyle anlaşın.
cases-contact-phone-heading = Telefon
cases-contact-safe-to-call = Aramak güvenli mi?
cases-safe-to-call-yes = Evet
cases-safe-to-call-no = Hayır
cases-safe-to-call-only-at-times = Yalnızca belirli saatlerde
cases-safe-to-call-unknown = Henüz netleşmedi
cases-contact-call-when = Aramak ne zaman güvenli?
cases-contact-code-word = Telefonda “Konuşamıyorum” anlamına gelen kod kelime
    .help = Kişi konuşamayacak durumdaysa bir kod kelime üzerinde anlaşabilir misiniz? Kod kelime yalnızca telefon görüşmeleri içindir. Kriz planındaki acil durum sinyali değildir; tercümanlı görüşmeyi sonlandırmak için kullanılan işaret de değildir.
cases-contact-someone-else = Telefonu başka biri açarsa
    .help = Telefonu kişinin kendisi değil de başka biri açarsa ne söyleyeceğiniz ve ne yapacağınız.
cases-contact-sms-heading = SMS
cases-contact-sms-warning = SMS'lerde ne yazıldığına dikkat edin. Bunu kim okuyabilir? Korumalı (gizli) cep telefonu numaralarının bile SMS'lerde görünür hale geldiğini de unutmayın.
cases-contact-sms-allowed = SMS kullanılabilir mi?
cases-sms-allowed-yes = Evet
cases-sms-allowed-no = Hayır
cases-sms-allowed-only-neutral = Yalnızca tarafsız içerikle
cases-sms-allowed-unknown = Henüz netleşmedi
cases-contact-sms-content = Bir SMS ne içerebilir?
cases-contact-channel = Kişinin tercih ettiği iletişim yolu
cases-channel-phone = Telefon
cases-channel-sms = SMS
cases-channel-in-person = Görüşmede, yüz yüze
cases-channel-via-contact-person = Bir irtibat kişisi aracılığıyla
cases-channel-other = Başka bir yolla
cases-contact-interpreter = Tercüman
cases-interpreter-mode = Telefon tercümanı veya yerinde tercüman
    .help = Öncelikle telefon tercümanı kullanılmalıdır; bu, görüşmeyi daha anonim hale getirir. Kişinin en çok neyle rahat ettiğini dinleyin, ancak tercümenin nasıl yapılacağını güvenlik açısından değerlendiren, meslek profesyoneli olarak sizsiniz.
cases-interpreter-mode-phone = Telefon tercümanı
cases-interpreter-mode-on-site = Yerinde tercüman
cases-interpreter-mode-no-preference = Tercih yok
cases-interpreter-gender = Tercümanın cinsiyeti
cases-interpreter-gender-female = Kadın
cases-interpreter-gender-male = Erkek
cases-interpreter-gender-no-preference = Tercih yok
cases-interpreter-avoid = Kullanılmaması gereken tercümanlar
    .help = Örneğin kişinin ailesini, akrabalarını veya bölgedeki diğer kişileri tanıyan tercümanlar. Tercüman tarafsız olmalı; söylenti yayarak veya kişinin ailesi, akrabaları ya da tanıdık çevresiyle temas kurarak bir tehdit oluşturmamalıdır.
# Variables:
#   $names (String) - interpreters who must not be used, in the practitioner's words
cases-interpreter-avoid-named = Kullanılmaması gereken tercümanlar: { $names }
cases-interpreter-name-announced = Tercümanın adı önceden bildirilir
    .help = Mümkünse tercümanın adını önceden bildirin; böylece kişi, kullanılamayacak bir tercüman olup olmadığını söyleyebilir; örneğin tercüman kişinin sosyal çevresini (aile, akrabalar veya bölgedeki diğer kişiler) tanıdığı için.
cases-interpreter-stop-sign = Tercümanlı görüşmeyi sonlandırmak için işaret
    .help = Kişiyle bir işaret üzerinde anlaşın (örneğin eli masaya koymak). Bu işaret, tercümanın uygunsuz bir şey sorduğu ve görüşmenin sonlandırılacağı anlamına gelir. İşaret, kişiye “Kişiye göster” bölümünde gösterilir. İletişim anlaşmasındaki kod kelime değildir; kriz planındaki acil durum sinyali de değildir.
cases-contact-support-person = Destek kişi
cases-support-who = Kim (rol veya takma ad, isim değil)
cases-support-confirmed = Destek kişinin bulunmasının kişinin kendi isteği olduğunun teyit edildiği tarih
    .help = Bunun kişinin kendi isteği olduğundan ve ona dayatılan bir şey olmadığından emin olun. JO 2010/11 s. 328'den, bir destek kişinin bulunmasının amacını sorgulamak için nedenler varsa sosyal hizmetlerin bu kişinin bulunmasını araştırabileceği anlaşılmaktadır; destek olarak hareket etmeyen bir kişinin görüşmeye girmesine izin verilmeyebilir.
cases-support-confirm-today = Bugün teyit edildi
# Variables:
#   $date (Date) - the day the person's own wish was confirmed
cases-support-confirmed-on = Kendi isteği teyit edildi: { DATETIME($date, dateStyle: "medium") }
cases-support-not-confirmed = Kendi isteği teyit edilmedi

## Situation review. No score and no numbers: the judgement is in words.
cases-review-heading = Durum değerlendirmesi
cases-review-intro = Alan alan, şimdiki ve önceki durum için yapılandırılmış bir mesleki değerlendirme. Puan veya toplam vermez: değerlendirme sizindir ve kişinin kendi görüşü onun yanında yer alır.
cases-review-official = Resmî risk değerlendirmesi kurumun olağan sisteminde yapılır. Bu sayfa onun yerini almaz. Polis kendi risk değerlendirmelerini suç mağdurları ve kişisel güvenlik faaliyeti (brottsoffer- och personsäkerhetsverksamhet, BOPS) çerçevesinde yapar. Sosyal hizmetler ve polis, Socialstyrelsen'in yakın ilişkilerde şiddete ilişkin yönetmeliğinin (HSLF-FS 2022:39) 4 kap. 1 § ile ilgili genel tavsiyelerine göre risk değerlendirmelerini birbirleriyle paylaşır.
cases-review-now = Şimdi
cases-review-before = Önceden
cases-rating-present = Var
cases-rating-partly = Kısmen
cases-rating-absent = Yok
cases-rating-unknown = Bilinmiyor
cases-review-note = Not
cases-review-children-routine = Sosyal hizmetler kurulu (socialnämnden), bir çocuğun şiddete maruz kalıyor olabileceğine veya şiddete tanık olmuş olabileceğine dair bilginin, kurumun çocuğun ihtiyaçlarını incelemekten sorumlu birimine nasıl iletileceğine ilişkin rutinler belirlemelidir (Socialstyrelsen'in yakın ilişkilerde şiddete ilişkin yönetmeliği, HSLF-FS 2022:39, 2 kap. 5 §).
cases-review-children-passed-on = Çocuklarla ilgili bilgi rutine uygun olarak iletildi
cases-review-judgement = Değerlendirme
cases-review-own-view = Kişinin riske ilişkin kendi görüşü
    .help = Kişiyi dinleyin ve yaşadıklarına inanın.
cases-review-summary = Özet değerlendirme
cases-review-linked = Kriz planında bu değerlendirmeye karşılık gelen önlemler
cases-review-no-steps = Kriz planında henüz adım yok. Kriz planı bölümünde adım ekleyin.
review-domain-control-and-violence = Kontrol ve şiddet
review-domain-collective = Kolektif olarak uygulanan kontrol
review-domain-vulnerability = Savunmasızlık
review-domain-triggers = Tetikleyici olaylar
review-domain-children-at-risk = Çocuklar
review-item-control-restrictions = Hareket özgürlüğü, sosyal ilişkiler, giyim, telefon, okul, iş veya para üzerinde kısıtlamalar
review-item-control-monitoring = Telefon kontrol ediliyor; kişi akrabalar tarafından izleniyor, takip ediliyor veya gözetim altında tutuluyor
review-item-control-threats = Şiddet, öldürülme, yurt dışına gönderilme veya dışlanma tehditleri
review-item-control-violence = Fiziksel, cinsel veya psikolojik şiddet
review-item-collective-multiple-perpetrators = Kontrolü veya şiddeti birden fazla kişi uyguluyor
review-item-collective-family-mandate = Aile veya akrabalar kontrolü destekliyor ya da talep ediyor
review-item-collective-reputation = Ailenin çevredeki itibarı gerekçe gösteriliyor
review-item-collective-network-abroad = Yurt dışındaki akrabalar veya çevre işin içinde ya da kişiye ulaşabilir
review-item-vulnerability-intellectual-disability = Zihinsel engel (son derece savunmasız ve fark edilmesi zor bir grup; Våga förstå! iletişim aracı yardımcı olabilir)
review-item-vulnerability-dependence = Şiddet uygulayanlara bağımlılık (para, konut, bakım, oturma izni)
review-item-vulnerability-isolation = Kendi sosyal çevresi yok, yalnızlaştırılmış
review-item-vulnerability-ill-health = Tutarlı bir şekilde anlatabilme yeteneğini etkileyen kötü hissetme hali
review-item-trigger-travel-abroad = Planlanan veya olası yurt dışı seyahati
review-item-trigger-engagement-marriage = Nişan veya evlilik planlanıyor ya da bunun için baskı yapılıyor
review-item-trigger-holidays = Seyahatlerin ve toplu buluşmaların olduğu tatiller ve bayramlar
review-item-trigger-relationship-disclosed = Bir ilişki, cinsellik veya yaşam tarzı duyuldu ya da duyulabilir
review-item-trigger-contact-with-authorities = Aile, resmî makamlarla kurulan iletişimi biliyor veya öğrenebilir
review-item-children-in-household = Çocuklar hanede yaşıyor veya haneyi düzenli olarak ziyaret ediyor
review-item-children-exposed = Çocuklar kendileri de şiddete veya kontrole maruz kalıyor
review-item-children-witnessed = Çocuklar şiddete tanık oldu
review-item-children-risk-abroad-or-marriage = Çocuklar yurt dışına götürülme veya evlendirilme riski altında

## Meetings and meeting mode
cases-meetings-heading = Görüşmeler
cases-meetings-empty = Henüz görüşme yok.
cases-meeting-new = Yeni görüşme
cases-meeting-date = Tarih
cases-meeting-create = Görüşmeyi başlat
cases-meeting-open = Görüşme modu
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-title = Görüşme { DATETIME($date, dateStyle: "medium") }
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-list-date = { DATETIME($date, dateStyle: "medium") }
cases-meeting-delete = Görüşmeyi sil
cases-meeting-delete-title = Görüşme silinsin mi?
# Variables:
#   $date (Date) - the meeting's day
cases-meeting-delete-confirm = Görüşme ({ DATETIME($date, dateStyle: "medium") }) kontrol listesi ve notlarıyla birlikte hemen silinir. Bu işlem geri alınamaz.
cases-meeting-delete-failed = Görüşme silinemedi.
cases-meeting-back = Görüşme listesine dön
cases-meeting-checklist = Kontrol listesi
cases-meeting-phases-label = Görüşmenin aşaması
cases-meeting-progress = Tamamlanan: { $done } / { $total }
cases-meeting-check-note = Not
cases-meeting-show-advice = Öneriyi göster
cases-meeting-facts = Görüşme hakkında
cases-meeting-place = Yer türü
    .help = Yalnızca yerin türünü belirtin, asla adres yazmayın.
cases-place-office = Ofis
cases-place-school = Okul
cases-place-home = Ev
cases-place-phone = Telefon
cases-place-video = Video
cases-place-other = Başka bir yer
cases-meeting-interpreter = Görüşmede tercüman
cases-interpreter-used-none = Tercüman yok
cases-interpreter-used-phone = Telefon tercümanı
cases-interpreter-used-on-site = Yerinde tercüman
cases-meeting-attendees = Katılımcılar (rol, isim değil)
# Shown in meeting mode while an interpreter takes part (the sheet's advice on interpreters).
cases-meeting-interpreter-reminder = Asla isim veya yer söylemeyin.
cases-meeting-attendee-role = Eklenecek rol
cases-meeting-add-attendee = Katılımcı ekle
# Variables:
#   $role (String) - the attendee's role: practitioner, interpreter, support-person, colleague, police or other
cases-meeting-remove-attendee =
    { $role ->
        [practitioner] Meslek profesyonelini kaldır
        [interpreter] Tercümanı kaldır
        [support-person] Destek kişiyi kaldır
        [colleague] Meslektaşı kaldır
        [police] Polisi kaldır
       *[other] Diğer katılımcıyı kaldır
    }
cases-attendee-practitioner = Meslek profesyoneli
cases-attendee-interpreter = Tercüman
cases-attendee-support-person = Destek kişi
cases-attendee-colleague = Meslektaş
cases-attendee-police = Polis
cases-attendee-other = Diğer
cases-meeting-closing = Görüşmeyi açık bilgi vererek sonlandırın
    .help = Kişiye bilgilerin kimlerle ve hangi konuda paylaşılacağını, bir sonraki görüşmenin zamanını ve iletişimin güvenli bir şekilde nasıl kurulabileceğini söyleyin.
cases-meeting-closing-who = Bilgiler kimlerle ve hangi konuda paylaşılacak
cases-meeting-closing-next = Bir sonraki görüşmenin zamanı
cases-meeting-closing-safe-contact = İletişim güvenli bir şekilde nasıl kurulabilir
cases-meeting-closing-given = Bilgiler kişiye verildi
cases-quick-open = Kriz planı ve anlaşma
cases-quick-heading = Görüşme sırasında el altında
cases-quick-show = Göster
cases-quick-hide = Gizle
cases-quick-empty = Doldurulmadı
cases-quick-ready = Hazır:
cases-quick-not-ready = Hazır değil:

## Retention: cases not changed for a long time
cases-retention-open = Gözden geçirilecek vakalar: { $count }
cases-retention-heading = Gözden geçirilecek vakalar
cases-retention-intro = Bu vakalar { $days } günden uzun süredir değiştirilmedi. Artık gerekmeyenleri silin. Onayınız olmadan hiçbir şey silinmez.
cases-retention-none = Gözden geçirilmesi gereken vaka yok.
# Variables:
#   $date (Date) - when the case was last changed
cases-retention-untouched = Son değişiklik: { DATETIME($date, dateStyle: "medium") }

## The meeting's end and what is shown to the person (from meeting mode).
## "Telefonkortet" = "telefon kartı", "avslutningskortet" = "kapanış kartı",
## "journal" = "vaka kaydı", "gå igenom" = "gözden geçirmek". Dates stand
## alone or before the separate word "tarihinde", never with a suffix.

cases-meeting-for-person = Kişiye göster
cases-meeting-show-phone-trail = Telefon kartı
cases-meeting-show-closing = Kapanış kartı
cases-meeting-show-journal = Vaka kaydı için notlar
cases-meeting-phone-trail-done = Telefon kartı kişiyle birlikte gözden geçirildi
    .help = Uçak modu, Wi-Fi ve konum hizmetleri yola çıkmadan önceden kişi geri dönene kadar kapalı; ayrıca biri sorarsa söylenecek bir açıklama.
cases-meeting-interpreter-gender = Tercümanın cinsiyeti
cases-interpreter-gender-used-not-asked = Talep edilmedi
cases-interpreter-gender-used-female = Kadın
cases-interpreter-gender-used-male = Erkek
cases-meeting-interpreter-named = Tercümanın adının kişiye önceden bildirildiği tarih
    .help = Böylece kişi, ailesini tanıyan bir tercümanı istemediğini söyleyebilir. Ad bildirilmediyse boş bırakın.
cases-meeting-interpreter-named-today = Ad bugün bildirildi
cases-person-card-back = Görüşmeye dön
cases-plan-gap-explanation = Telefon kapalıysa söylenecek açıklama
    .help = Biri telefonun neden kapalı olduğunu veya neden nerede olduğunu göstermediğini sorarsa kişinin söyleyeceği şey. Kişiyle birlikte kararlaştırılır ve telefon kartında kişiye gösterilir.

## The support person's own will: the question the person answers alone.

cases-support-check = Kişiye baş başa sorun
    .help = Kişinin dilinde tarafsız bir soru gösterir: destek kişinin yanında olmasını istiyor mu? Cevap ve bugünün tarihi burada kaydedilir. Soruyu baş başayken gösterin.
cases-support-check-done = Tamam
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
cases-support-answer =
    { $answer ->
        [yes] Evet yanıtı verdi: { DATETIME($date, dateStyle: "medium") }
        [no] Hayır yanıtı verdi: { DATETIME($date, dateStyle: "medium") }
       *[alone] Yalnız konuşmak istedi: { DATETIME($date, dateStyle: "medium") }
    }
cases-support-not-asked = Henüz baş başa sorulmadı

## Notes for the journal: a summary to read from while the practitioner
## writes the journal. Nothing is copied or exported.

journal-title = Vaka kaydı için notlar
journal-intro = Vaka kaydını yazarken buradan okuyun. Buradan hiçbir şey kopyalanmaz veya saklanmaz.
journal-left-out = Kod kelimeler, telefon numaraları ve güvenli yerler dışarıda bırakıldı.
journal-include-sensitive = Kod kelimeleri, telefon numaralarını ve güvenli yerleri de göster
journal-sensitive-shown = Kod kelimeler, telefon numaraları ve güvenli yerler gösteriliyor. Bunlar, başkalarının okuyabileceği bir vaka kaydında yer almamalıdır.
journal-omitted = [çıkarıldı]
# Variables:
#   $date (Date) - the meeting's date
#   $place (String) - type of place: office, school, home, phone, video or other
journal-meeting =
    Görüşme: { DATETIME($date, dateStyle: "long") }, { $place ->
        [office] ofiste.
        [school] okulda.
        [home] evde.
        [phone] telefonla.
        [video] video ile.
       *[other] başka bir yerde.
    }
# Variables:
#   $roles (String) - the attendees' roles, as a list
journal-attended = Katılanlar: { $roles }.
journal-role-practitioner = meslek profesyoneli
journal-role-interpreter = tercüman
journal-role-support-person = destek kişi
journal-role-colleague = meslektaş
journal-role-police = polis
journal-role-other = diğer
# Variables:
#   $used (String) - interpreter at the meeting: none, phone or on-site
journal-interpreter =
    { $used ->
        [phone] Telefon tercümanı kullanıldı.
        [on-site] Yerinde tercüman kullanıldı.
       *[none] Tercüman kullanılmadı.
    }
# Variables:
#   $gender (String) - female or male
journal-interpreter-gender =
    { $gender ->
        [female] Tercüman, kişinin istediği gibi bir kadındı.
       *[male] Tercüman, kişinin istediği gibi bir erkekti.
    }
# Variables:
#   $date (Date) - the day the name was given
journal-interpreter-named = Tercümanın adı kişiye önceden, { DATETIME($date, dateStyle: "long") } tarihinde bildirildi.
journal-interpreter-not-named = Tercümanın adı kişiye önceden bildirilmedi.
# Variables:
#   $answer (String) - the answer: yes, no or alone
#   $date (Date) - the day the person answered
journal-support =
    { $answer ->
        [yes] Kişiye { DATETIME($date, dateStyle: "long") } tarihinde baş başa soruldu; kişi destek kişinin yanında olmasını istediğini söyledi.
        [no] Kişiye { DATETIME($date, dateStyle: "long") } tarihinde baş başa soruldu; kişi destek kişinin yanında olmasını istemediğini söyledi.
       *[alone] Kişiye { DATETIME($date, dateStyle: "long") } tarihinde baş başa soruldu; kişi yalnız konuşmak istediğini söyledi.
    }
journal-done = Gözden geçirildi
journal-not-done = Gözden geçirilmedi
journal-phone-trail = Telefon kartı kişiyle birlikte gözden geçirildi: uçak modu, Wi-Fi ve konum hizmetleri yola çıkmadan önceden kişi geri dönene kadar kapalı; ayrıca biri sorarsa söylenecek bir açıklama.
journal-closing = Görüşmenin sonunda verilen bilgiler
journal-closing-given = Bilgiler kişiye verildi.
journal-closing-not-given = Bilgilerin kişiye verildiği işaretlenmedi.
journal-who-sees = Bilgilerin kimlerle ve hangi konuda paylaşılacağı:
# Variables:
#   $date (Date) - the day and time of the next meeting
journal-next = Bir sonraki görüşme: { DATETIME($date, dateStyle: "long", timeStyle: "short") }.
journal-next-none = Bir sonraki görüşme için bir zaman belirlenmedi.
journal-safe-contact = İletişimin güvenli bir şekilde nasıl kurulabileceği:
journal-nothing = Hiçbir şey not edilmedi.
