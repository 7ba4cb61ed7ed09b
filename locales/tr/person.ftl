# UNREVIEWED DRAFT: machine-assisted Turkish (tr) translation of the Swedish source locales/sv/person.ftl. It has NOT been approved by a reviewer. The Swedish text is authoritative.
# GÖZDEN GEÇİRİLMEMİŞ TASLAK: İsveççe kaynak metnin (locales/sv/person.ftl) makine destekli Türkçe (tr) çevirisidir. Bir denetçi tarafından onaylanmamıştır. Geçerli olan İsveççe metindir.

## What the person reads in "Show to the person": the advice written to the
## person, in easy-to-read Turkish. These are the app's own words, built on the
## sheet; the sheet's own text stays in the guidance, for the practitioner.
##
## To reviewers: the reader is addressed as "siz" (as easy-to-read public
## information in Turkish does). Short sentences, everyday words, one idea per
## sentence, one sentence per line. Never call the reader "at risk" or
## "exposed". Everyday words: "uçak modu", "Wi-Fi", "konum" (location
## services), "SMS" (text message), "kod kelime" (as in tr/guidance.ftl).

person-item-airplane-mode = Telefonunuzu uçak moduna alın
    .body =
        Evden çıkmadan önce telefonunuzu uçak moduna alın.
        Görüşme boyunca uçak modunu açık tutun.
        Başkalarının olmanızı beklediği yere dönene kadar açık tutun.
        Konumu da kapatın.

person-item-wifi-off = Wi-Fi'ı da kapatın
    .body =
        Uçak modu her zaman yetmez.
        Telefonunuz, Wi-Fi üzerinden nerede olduğunuzu gösterebilir.
        Wi-Fi'ın sürekli kapalı olduğundan emin olun.

person-item-gps-gap-explanation = Bir açıklamanız hazır olsun
    .body =
        Biri, telefonunuzun nerelerde bulunduğunu bir bilgisayarda görebilir.
        O zaman telefonunuzun bir süre görünmediğini fark eder.
        Biri sorarsa ne diyeceğinize önceden karar verin.
        Örneğin: “Şarjım bitti.”

person-item-agree-contact = Nasıl haberleşeceğiz
    .body =
        Size nasıl ulaşabileceğimize birlikte karar veririz.
        Sizi aramak güvenli mi?
        Bir kod kelimemiz olabilir.
        Kod kelime, şu anda konuşamadığınız anlamına gelir.

person-item-sms-care = SMS'lerde dikkatli olun
    .body =
        SMS'lerinizi kimlerin okuyabileceğini düşünün.
        Başkalarının görmemesi gereken hiçbir şeyi SMS'e yazmayın.
        Gizli bir numara bile SMS'te görünür.

person-item-closing-who-sees-what = Söylediklerinizi kim öğrenecek
    .body =
        Bitirmeden önce, söylediklerinizi kimin öğreneceğini size söyleyeceğim.
        Ne öğreneceklerini de size söyleyeceğim.

person-item-closing-next-meeting-contact = Bir daha ne zaman görüşeceğiz
    .body =
        Bitirmeden önce, bir dahaki sefere ne zaman görüşeceğimize birlikte karar veririz.
        Güvenli bir şekilde nasıl haberleşeceğimize de karar veririz.

# The sign for ending an interpreted call, shown to the person. The sign itself
# is the practitioner's text from the contact agreement, shown below it.
person-stop-sign = Tercüman size yanlış gelen bir şey sorarsa
    .body =
        Bu işareti yapın.
        O zaman tercümanla görüşmeyi bitiririz.

## The pictures beside the advice. Screen readers read this text aloud instead
## of the picture.

pictogram-phone-away = Kenara konan bir telefon, odanın dışında
pictogram-airplane-mode = Uçak modunda telefon
pictogram-wifi-off = Wi-Fi kapalı
pictogram-location-off = Konum kapalı
pictogram-before-after = Evden çıkmadan öncesinden geri dönene kadar
pictogram-code-word = Bir kod kelime
pictogram-interpreter = Bir tercüman
pictogram-stop = Dur
pictogram-who-sees = Bilgileri kimin göreceği
pictogram-next-meeting = Bir sonraki görüşme
pictogram-safe-contact = Güvenli iletişim

## Text size in the view for the person.

person-text-size = Yazı boyutu
person-text-smaller = Daha küçük yazı
person-text-larger = Daha büyük yazı
# Variables:
#   $percent (Number) - the text's size, formatted as a percentage (1.5 shows as 150%)
person-text-size-now = { $percent }

## Write and draw: a surface for what cannot be said aloud (names and
## places in an interpreted call, for example). None of it is saved.

pad-open = Yaz ve çiz
pad-title = Yaz ve çiz
pad-intro = Yüksek sesle söylemek istemediğiniz şeyleri yazın veya çizin. Hiçbir şey kaydedilmez. Kapattığınızda her şey silinir.
pad-tools = Araçlar
pad-pen = Kalem
pad-eraser = Silgi
pad-clear = Tümünü temizle
pad-close = Kapat
pad-canvas = Yazıp çizmek için alan

## The phone-trail card: step by step, for the person. The practitioner
## goes through it with the person; the meeting checklist records it.
## Generic directions for Android and iPhone, no brands or screenshots.
## To reviewers: the iPhone names follow Turkish iOS ("Ayarlar", "Uçak
## Modu", "Gizlilik ve Güvenlik", "Konum Servisleri"); on Android the
## quick-settings tiles are usually "Uçak modu", "Wi-Fi" and "Konum".

phone-trail-title = Telefonunuz nerelerde olduğunuzu göstermesin
phone-trail-intro =
    Telefonunuz nerede olduğunuzu gösterebilir.
    Başka biri bunu görebilir, örneğin bir uygulamada veya bir bilgisayarda.
    Buraya her geldiğinizde bunları yapın.
phone-trail-before = Evden çıkmadan önce
    .body =
        Telefonunuzu uçak moduna alın.
        Wi-Fi'ı kapatın.
        Konumu kapatın.
phone-trail-during = Görüşme sırasında
    .body =
        Her şeyi kapalı tutun.
        Telefonunuz odanın dışında durur.
phone-trail-until-back = Geri dönene kadar
    .body =
        Yol boyunca her şeyi kapalı tutun.
        Her şeyi ancak başkalarının olmanızı beklediği yere vardığınızda yeniden açın.
phone-trail-if-asked = Biri sorarsa
    .body =
        Biri, telefonunuzun bir süre kapalı olduğunu görebilir.
        O zaman ne diyeceğinize önceden karar verin.
        Her seferinde aynı şeyi söyleyin.
# Heading over the explanation the person and the practitioner agreed
# (the practitioner's own words from the crisis plan, shown below).
phone-trail-your-explanation = Şunu söylemenize karar verdik:
phone-trail-how = Telefonunuzda nasıl yapılır
phone-trail-android = Android
    .body =
        Parmağınızla ekranın üstünden aşağı doğru kaydırın.
        Uçağa dokunun. Uçak modu artık açık.
        Wi-Fi'a dokunup kapatın.
        Konum'a dokunup kapatın.
phone-trail-iphone = iPhone
    .body =
        Ayarlar'ı açın.
        Uçak Modu'nu açın.
        Wi-Fi'a dokunup kapatın.
        Gizlilik ve Güvenlik'e, sonra Konum Servisleri'ne dokunup kapatın.
phone-trail-buttons-differ = Düğmeler farklı telefonlarda biraz farklı görünebilir. Bulamazsanız bize sorabilirsiniz.

## The question about the support person, which the person answers alone.
## The screen is neutral: nothing about the case, and the answer is not
## shown afterwards. $who stands alone, with no suffix (no vowel harmony
## needed).

own-will-title = Size bir soru
# Variables:
#   $who (String) - the support person, in the practitioner's words (a role or an alias, never a name)
own-will-question = Biz konuşurken { $who } burada olsun ister misiniz?
# When no support person is given.
own-will-question-anyone = Biz konuşurken başka biri de burada olsun ister misiniz?
own-will-body =
    Kararı siz verirsiniz.
    Hayır demeniz sorun değil.
own-will-yes = Evet
own-will-no = Hayır
own-will-alone = Yalnız konuşmak istiyorum
own-will-thanks =
    Cevabınız için teşekkürler.
    Lütfen şimdi tableti geri verin.

## The closing card: what the person is told when the meeting ends. Filled
## from the meeting and the contact agreement; the practitioner's own words
## are shown under the headings.

closing-title = Bitirmeden önce
closing-who-sees = Söylediklerinizi kim öğrenecek
closing-next = Bir sonraki görüşmemiz
# Variables:
#   $date (Date) - the day and time of the next meeting
closing-next-when = { DATETIME($date, dateStyle: "full", timeStyle: "short") }
closing-next-none = Bir zamanı daha sonra birlikte belirleyeceğiz.
closing-contact = Nasıl haberleşeceğiz
closing-call-when = Sizi aramanın uygun olduğu zamanlar
closing-code-word = Kod kelimemiz
closing-code-word-means = Kod kelimeyi söylerseniz, şu anda konuşamadığınızı anlarım.
closing-code-word-show = Kod kelimeyi göster
closing-code-word-hide = Kod kelimeyi gizle
closing-empty = Bunu henüz yazmadık.
