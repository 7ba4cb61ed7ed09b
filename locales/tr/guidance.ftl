## UNREVIEWED DRAFT: machine-assisted translation into Turkish of the Swedish
## source (locales/sv/guidance.ftl). It has NOT been approved by a reviewer
## (qualified translator or subject expert); the Swedish text is authoritative.
## GÖZDEN GEÇİRİLMEMİŞ TASLAK: İsveççe kaynaktan (locales/sv/guidance.ftl)
## makine destekli çeviri. Bir denetçi tarafından ONAYLANMAMIŞTIR; geçerli
## olan İsveççe metindir. Message IDs follow src/guidance/model.rs.

# For reviewers: item-<id> is a short title, .body the full recommendation
# and .check a short line for the meeting checklist. Proper names and legal
# references (HSLF-FS 2022:39, 4 kap. 1 §, 2 kap. 5 §, JO 2010/11 s. 328,
# BOPS, Våga förstå!, Kammarkollegiet, Länsstyrelsen, Socialstyrelsen) stay
# in Swedish, with a short gloss. "den utsatta" is rendered "risk altındaki
# kişi"; "den yrkesverksamma" is "meslek profesyoneli"; "hedersrelaterat våld
# och förtryck" is "namus bağlamında şiddet ve baskı".
# Each value is on one line so that no line break falls inside a sentence.

# Title of the sheet.
guidance-sheet-title = Namus bağlamında şiddete ve baskıya maruz kalan veya maruz kalma riski taşıyan kişilerle yapılan görüşmelerde güvenlik önerileri

## Sections, in the sheet's order.

section-assess-risks = Riskleri değerlendirin
section-digital-devices = Dijital cihazlarla ilgili güvenlik
    .intro = Görüşmeden önce, görüşme sırasında ve görüşmeden sonra aşağıdakilere dikkat edin
section-meeting-forms = Görüşme biçimleri ve bilgilerin iletilmesi
section-interpreters = Tercüman kullanımı
    .intro = Tercüman kullanımına ilişkin olağan rutinlere ek olarak aşağıdakilerin de dikkate alınması gerekir
section-approach = Karşılama ve tutum
section-closing = Görüşmeyi risk altındaki kişiye açık bilgi vererek sonlandırın

## Assess risks

item-routines-information-transfer = Bilgi aktarımı ve belgeleme rutinleri
    .body = Bilgi aktarımının ve kişiye yönelik planlamanın güvenilir bir şekilde yapılmasını sağlayan rutinler ile kayıt (dosya) yönetimi ve belgeleme rutinleri var mı?
    .check = Bilgi aktarımı, planlama, kayıt yönetimi ve belgeleme rutinlerini kontrol edin

item-assess-current-situation = Destek ve koruma ihtiyacını değerlendirin
    .body = Risk altındaki kişinin mevcut durumunu gözden geçirin ve destek ve koruma ihtiyacını değerlendirin. Länsstyrelsen'in (il yönetimi) namus bağlamında şiddet ve baskı konulu soru kartlarından (Länsstyrelsens frågekort hedersrelaterat våld och förtryck) yardım alın.
    .check = Risk altındaki kişinin mevcut durumunu gözden geçirin ve destek ve koruma ihtiyacını değerlendirin (Länsstyrelsen'in soru kartları)

item-crisis-plan-early = Erken aşamada bir kriz planı
    .body = Erken bir aşamada risk altındaki kişiyle birlikte bir kriz planı hazırlamak iyi olabilir. Kriz planı, kişinin mevcut durumunu temel almalı ve bir şey olursa ve kişinin yardıma veya korumaya ihtiyacı olursa alınabilecek önlemleri içermelidir. Kriz planının belki hiç kullanılması gerekmeyecek olsa bile, bunun kurumun tüm vakalarda uyguladığı bir rutin olduğu risk altındaki kişiye iletilmelidir.
    .check = Risk altındaki kişiyle bir kriz planı hazırlayın ve bunun tüm vakalarda uygulanan bir rutin olduğunu iletin

# A side box in the sheet.
item-risk-assessment-duty = Sosyal hizmetler ile polis arasında risk değerlendirmesi ve paylaşım
    .body = Sosyal hizmetlerin (socialtjänsten), şiddete maruz kalan çocuklar ve yetişkinlerle ilgili inceleme yaparken risk değerlendirmesi yapma yükümlülüğü vardır. Bu risk değerlendirmesi, kişinin daha fazla tehdide veya şiddete maruz kalma riskine yöneliktir. Polis, suç mağdurları ve kişisel güvenlik faaliyeti (brottsoffer- och personsäkerhetsverksamhet, BOPS) çerçevesinde risk değerlendirmeleri yapar. Socialstyrelsen'in (Ulusal Sağlık ve Sosyal Refah Kurulu) yakın ilişkilerde şiddete ilişkin yönetmeliğine (HSLF-FS 2022:39) göre sosyal hizmetler ve polis risk değerlendirmelerini birbirleriyle paylaşmalıdır (bkz. 4 kap. 1 § – 4. bölüm, 1. madde – ile ilgili genel tavsiyeler, allmänna råd).

## Security related to digital devices

# A side box in the sheet.
item-technology-evolves = Teknoloji sürekli gelişiyor
    .body = Teknolojinin sürekli geliştiğini ve bu nedenle bu alanda yeterli bilgi ve birikime sahip olduğumuzu asla varsayamayacağımızı anlamak önemlidir. Bunun farkında olmamız ve rutin olarak, gerekli olduğunu düşündüğümüzden daha kapsamlı güvenlik önlemleri almamız gerekir.

item-phones-outside-room = Cep telefonları görüşme odasının dışında
    .body = Uygun bir güvenlik önlemi, cep telefonlarını görüşme odasının dışında bırakmaktır.
    .check = Cep telefonlarını görüşme odasının dışında bırakın

# The title sums up: airplane mode is to cut every network (see also
# item-wifi-off), and location services are to be switched off.
item-airplane-mode = Uçak modu – hiçbir ağ yok (mobil veri, Wi-Fi), konum hizmetleri kapalı
    .body = Risk altındaki kişiyle yüz yüze görüşmelerde, kişiye önceden cihazının uçak modunu kullanması, yani cihazın herhangi bir ağ türüyle iletişim kurma olanaklarını kapatması konusunda rehberlik ve tavsiye verilebilir. Telefonun, görüşme yerine doğru yola çıkmadan önce uçak moduna alınması önemlidir. Uçak modu görüşme boyunca ve kişi, çevresinin onun bulunmasını beklediği yere dönene kadar açık kalmalıdır. Telefonu uçak moduna almanın yanı sıra meslek profesyoneli, risk altındaki kişiye tüm konum hizmetlerini kapatmasını önermelidir.
    .check = Önceden tavsiye verin: uçak modu görüşmeye gitmek için yola çıkmadan önce açılsın ve kişi geri dönene kadar açık kalsın; tüm konum hizmetleri kapalı olsun

item-gps-gap-explanation = Konum kaydındaki boşluk için bir açıklama hazırlayın
    .body = GPS konumu, her bir hizmete örneğin bir bilgisayar üzerinden giriş yapılarak görülebilir. Bu durumda konum kaydında bir boşluk olacaktır ve kişi izlendiğini düşünüyorsa, örneğin telefonun şarjının bittiği gibi makul bir açıklama hazırlamak iyi olabilir.
    .check = Konum kaydındaki boşluk için makul bir açıklama hazırlayın, örneğin şarjın bittiği gibi

item-wifi-off = Wi-Fi de kapalı olmalı
    .body = Yalnızca mobil verinin değil, Wi-Fi'ın da sürekli kapalı olması gerektiğini unutmayın; çünkü telefonlar, GPS kullanıldığındaki kadar kesin olmasa da kişinin nerede olduğunu belirlemek için interneti kullanabilir.
    .check = Hem mobil verinin hem de Wi-Fi'ın sürekli kapalı olmasını sağlayın

item-intellectual-disability = Zihinsel engelli kişiler
    .body = Zihinsel engelli kişiler son derece savunmasız ve fark edilmesi zor bir hedef gruptur. Savunmasızdırlar, çünkü çoğu zaman şiddet uygulayan kişiye/kişilere bağımlı durumdadırlar ve neyin arzu edilen veya kabul edilebilir bir muamele olduğu konusunda farklı bir referans çerçevesine sahiptirler. Fark edilmeleri zordur, çünkü namus bağlamındaki baskı ve şiddet kısmen başka biçimlerde ortaya çıkar, ancak birey için yıkıcı sonuçları vardır. Bir öneri, görüşmelerde Våga förstå! (Anlamaya cesaret et!) iletişim aracını kullanmaktır.

item-individual-measures = Güvenlik önlemlerini kişiye göre uyarlayın
    .body = Güvenlik önlemlerinin risk altındaki kişinin bireysel ihtiyaçlarına göre uyarlanması önemlidir. İhtiyaçlar farklı olabilir ve bu nedenle kişinin güvenliğine ilişkin önlemler de koşullara göre uyarlanmalıdır.
    .check = Güvenlik önlemlerini risk altındaki kişinin bireysel ihtiyaçlarına ve koşullara göre uyarlayın

## Forms of meeting and passing on information

item-agree-contact = İletişimin nasıl kurulacağı konusunda anlaşın
    .body = Risk altındaki kişiyle, örneğin telefonla, iletişime geçmeniz gerekirse iletişimin nasıl kurulacağı konusunda anlaşmak önemlidir. Aramak güvenli mi? Kişi konuşamayacak durumdaysa bir kod kelime üzerinde anlaşılabilir mi?
    .check = İletişimin nasıl kurulacağı, aramanın güvenli olup olmadığı ve bir kod kelime konusunda anlaşın

item-sms-care = SMS'lerde dikkat
    .body = Olası SMS yazışmalarında dikkatli olunması gerektiği de belirtilmelidir. SMS'lerde ne yazıldığına dikkat edin. Bunu kim okuyabilir? Korumalı (gizli) cep telefonu numaralarının bile SMS'lerde görünür hale geldiğini de unutmayın.
    .check = SMS'lerde ne yazıldığına dikkat edilmesini hatırlatın – korumalı (gizli) cep telefonu numaraları bile görünür hale gelir

item-support-person-own-will = Destek kişi – risk altındaki kişinin kendi isteği
    .body = Risk altındaki kişinin görüşmelere yanında bir destek kişi/arkadaş getirmek istemesi alışılmadık bir durum değildir. Bunun risk altındaki kişinin kendi isteği olduğundan ve ona dayatılan bir şey olmadığından emin olmak önemlidir. Bu nedenle kurumun, refakatçi kişilerle ilgili taleplerin nasıl ele alınacağına dair bir rutininin olması iyi olabilir.
    .check = Refakat eden destek kişinin risk altındaki kişinin kendi isteği olduğundan ve dayatılmadığından emin olun

item-support-person-jo = Destek kişinin bulunması araştırılabilir
    .body = Görüşmelerde iletişim biçimleri ve pratik düzenlemeler konusunda kişiyle gönüllü olarak anlaşmanın önünde hiçbir engel yoktur. JO 2010/11 s. 328'den (Justitieombudsmannen – Meclis Ombudsmanı, 2010/11 yıllık raporu, sayfa 328), bir destek kişinin bulunmasının amacını sorgulamak için nedenler olduğu durumlarda sosyal hizmetlerin bu kişinin bulunmasını daha ayrıntılı araştırma olanağına sahip olduğu anlaşılmaktadır. Kişinin destek olarak hareket etmediği, daha çok başka bir işlevi olduğu değerlendirilirse, görüşmeye girmesine izin verilmeyebilir.

item-child-information-routines = Bir çocuğun şiddete maruz kalıyor olabileceği durumlarda rutinler
    .body = Ayrıca sosyal hizmetler kurulunun (socialnämnden), bir çocuğun şiddete maruz kalıyor olabileceğine veya şiddete tanık olmuş olabileceğine dair bilginin, kurumun çocuğun ihtiyaçlarını incelemekten sorumlu birimine nasıl iletileceğine ilişkin rutinler belirlemesi gerektiğini unutmayın; bkz. Socialstyrelsen'in yakın ilişkilerde şiddete ilişkin yönetmeliği (HSLF-FS 2022:39), 2 kap. 5 § (2. bölüm, 5. madde).

## Use of interpreters

item-authorised-interpreter = Öncelikle yetkili tercüman
    .body = Öncelikle yetkili (auktoriserad) bir tercüman talep edin. Sözleşmeli tercüme kurumu doğru yetkinliğe sahip bir tercüman sağlamakta zorlanırsa, Kammarkollegiet'in (tercümanları yetkilendiren devlet kurumu) web sitesinden tercüman aranabilir.
    .check = Öncelikle yetkili bir tercüman talep edin

item-phone-interpreter = Öncelikle telefon tercümanı
    .body = Öncelikle telefon tercümanı kullanılmalıdır; bu, görüşmeyi daha anonim hale getirir. Telefon tercümanı veya yerinde tercüman ve tercümanın cinsiyeti konusunda risk altındaki kişinin en çok neyle rahat ettiğini dinleyin. Ancak tercümenin nasıl yapılacağına ilişkin değerlendirmeyi güvenlik açısından meslek profesyonelinin yapması önemlidir.
    .check = Öncelikle telefon tercümanı kullanın; risk altındaki kişinin isteklerini dinleyin ancak güvenlik değerlendirmesini kendiniz yapın

item-announce-interpreter-name = Tercümanın adını önceden bildirin
    .body = Mümkünse tercümanın adını önceden bildirin; böylece risk altındaki kişi, kullanılamayacak bir tercüman olup olmadığını söyleme olanağına sahip olur; örneğin tercümanın kişinin sosyal çevresiyle (aile, akrabalar veya bölgedeki diğer kişiler) tanışıklığı nedeniyle uygun olmaması gibi. Tercümanın tarafsız olması ve söylenti yayarak ve/veya risk altındaki kişinin ailesi/akrabaları/tanıdık çevresiyle temas kurarak bir tehdit oluşturmaması çok önemlidir.
    .check = Mümkünse tercümanın adını önceden bildirin, böylece risk altındaki kişi tercüman kullanılamıyorsa bunu söyleyebilir

item-no-names-or-places = Tercümanlı görüşmede isim veya yer yok
    .body = Tercümanlı görüşmede asla isim veya yer adı söylemeyin. İletişimi kâğıt ve kalemle destekleyin. Sözcüklerle ifade edilemeyenleri çizin ve yazın. Tercümanlı görüşmeye, nasıl ilerleneceği hakkında bilgi vererek başlayın. Tercüman uygunsuz şeyler sorarsa ve görüşmenin sonlandırılması gerekirse risk altındaki kişinin yapabileceği bir işaret üzerinde anlaşın. Ardından tercüme kurumuyla iletişime geçin ve şikâyette bulunun.
    .check = Asla isim veya yer söylemeyin; görüşmeyi sonlandırmak için bir işaret üzerinde anlaşın

## Approach and attitude

item-listen-and-believe = Dinleyin ve inanın
    .body = Risk altındaki kişiyi dinleyin ve onun yaşadıklarına inanın.

item-ill-health-coherence = Kendini kötü hissetmek anlatımı etkileyebilir
    .body = Kendini kötü hissetmenin tutarlı bir şekilde anlatabilme yeteneğini etkileyebileceğini unutmayın.

## End the meeting with clear information to the person at risk

item-closing-who-sees-what = Bilgiler kimlerle paylaşılacak
    .body = Görüşmeyi, bilgilerin kimlerle paylaşılacağı ve bu durumda neyin paylaşılacağı konusunda risk altındaki kişiye açık bilgi vererek sonlandırın.
    .check = Risk altındaki kişiye bilgilerin kimlerle paylaşılacağını ve neyin paylaşılacağını söyleyin

item-closing-next-meeting-contact = Bir sonraki görüşme ve güvenli iletişim
    .body = Görüşmeyi, bir sonraki görüşmenin zamanı ve iletişimin güvenli bir şekilde nasıl kurulabileceği konusunda risk altındaki kişiye açık bilgi vererek sonlandırın.
    .check = Risk altındaki kişiye bir sonraki görüşmenin zamanını ve iletişimin güvenli bir şekilde nasıl kurulabileceğini söyleyin

## Sources the sheet refers to

ref-lansstyrelsen-fragekort = Länsstyrelsens frågekort hedersrelaterat våld och förtryck (Länsstyrelsen'in – il yönetiminin – namus bağlamında şiddet ve baskı konulu soru kartları)
ref-bops = Polisens brottsoffer- och personsäkerhetsverksamhet, BOPS (Polisin suç mağdurları ve kişisel güvenlik faaliyeti)
ref-hslf-fs-2022-39-4-1 = HSLF-FS 2022:39, allmänna råd till 4 kap. 1 § (4. bölüm, 1. maddeye ilişkin genel tavsiyeler; Socialstyrelsen'in yakın ilişkilerde şiddete ilişkin yönetmeliği)
ref-vaga-forsta = Våga förstå! – iletişim aracı (Anlamaya cesaret et!)
ref-jo-2010-11-328 = JO 2010/11 s. 328 (Meclis Ombudsmanı, 2010/11 yıllık raporu, sayfa 328)
ref-hslf-fs-2022-39-2-5 = HSLF-FS 2022:39, 2 kap. 5 § (2. bölüm, 5. madde; Socialstyrelsen'in yakın ilişkilerde şiddete ilişkin yönetmeliği)
ref-kammarkollegiet-tolkregister = Kammarkollegiet'in web sitesi – tercüman arama
