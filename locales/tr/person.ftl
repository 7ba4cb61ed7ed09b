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
