# UNREVIEWED DRAFT translation from Swedish.
# Uncertain terms: "säkerhetskopia" = "yedek" (as in tr/cover.ftl and tr/cases.ftl), "återställa" = "geri yüklemek", "dekryptera" = "şifre çözmek", "uppgift" (record) = "kayıt" (tr/ui.ftl uses "bilgi" in errors; "kayıt" reads better when counted), "behållna" = "korunan", "lägga in" (bring in) = "yüklemek", "format" = "biçim".
# It has NOT been approved by a reviewer; the Swedish text (locales/sv/backup.ftl) is authoritative.
# GÖZDEN GEÇİRİLMEMİŞ TASLAK: İsveççe kaynaktan (locales/sv/backup.ftl) Türkçe
# çeviri. Bir denetçi tarafından ONAYLANMAMIŞTIR; geçerli olan İsveççe metindir.
# Terms as in tr/cases.ftl, tr/cover.ftl and tr/ui.ftl: "ärende" = "vaka",
# "krisplan" = "kriz planı", "kontaktöverenskommelse" = "iletişim anlaşması",
# "situationsbedömning" = "durum değerlendirmesi", "möte" = "görüşme", "kod" =
# "kod", "lösenfras" = "parola cümlesi", "enhet" = "cihaz", "app" =
# "uygulama", "version" = "sürüm", "kryptera" = "şifrelemek", "tecken" =
# "karakter", "siffra" = "rakam".

## Backup: save every case in one encrypted file and bring them back,
## on the same or a new device. The reminder in the case list.
## Calm and factual: a reminder is not a warning.

backup-title = Yedek
backup-intro = Yedek, tüm vakaları içeren şifreli bir dosyadır. Yedekle vakaları yeni bir cihaza taşıyabilir ya da cihaz bozulursa veya değiştirilirse vakaları geri alabilirsiniz.
# Variables:
#   $date (Date) - when the last backup was made
backup-last = Son yedek: { DATETIME($date, dateStyle: "medium") }
backup-last-never = Henüz yedek alınmadı.
backup-reminder = Cihaza bir şey olursa vakaların kaybolmaması için yedek alma zamanı geldi.

## The reminder in the case list
backup-reminder-cases = Yedek alma zamanı geldi.
backup-reminder-cases-open = Yedeklemeye git

## Kinds of record (plural)
backup-kind-case = Vakalar
backup-kind-crisis_plan = Kriz planları
backup-kind-contact_agreement = İletişim anlaşmaları
backup-kind-situation_review = Durum değerlendirmeleri
backup-kind-meeting = Görüşmeler

## One record of a kind
backup-record-case = Vaka
backup-record-crisis_plan = Kriz planı
backup-record-contact_agreement = İletişim anlaşması
backup-record-situation_review = Durum değerlendirmesi
backup-record-meeting = Görüşme
backup-record-unknown = Bilinmeyen kayıt türü

## Making a backup
backup-export-title = Yedek al
backup-export-explain = Yedek için bir parola cümlesi seçin. Bu, uygulamayı açtığınız koddan farklıdır. Parola cümlesi en az 12 karakter olmalı ve yalnızca rakamlardan oluşmamalıdır. Birbiriyle ilgisi olmayan birkaç kelimeyi hatırlamak kolay, tahmin etmek ise zordur.
backup-export-no-recovery = Yedeği geri yüklemek için parola cümlesi gerekir. Unutulursa kimse onu geri getiremez.
backup-export-keep-safe = Dosyayı güvenli bir yerde saklayın. Dosya tüm planları şifreli olarak içerir.
backup-export-pass = Yedek için bir parola cümlesi seçin
backup-export-repeat = Parola cümlesini tekrar yazın
backup-export-button = Dosyanın nereye kaydedileceğini seçin
backup-export-working = Şifreleniyor … bu birkaç saniye sürer.
backup-export-done = Yedek { $file } dosyasına kaydedildi.
backup-export-contents = İçerik
backup-export-damaged = Bu cihazda okunamayan ve bu nedenle yedekte bulunmayan kayıtlar: { $n }

## Restoring a backup
backup-import-title = Yedekten geri yükle
backup-import-explain = Bir yedek dosyası seçin ve yedeğin kaydedildiği parola cümlesini yazın. Bu cihazda herhangi bir şey değiştirilmeden önce dosyanın tamamı kontrol edilir.
backup-import-mode = Yedek nasıl yüklensin?
backup-import-merge = Ekle ve güncelle
backup-import-merge-help = Bu cihazdaki her şey korunur. Bir kayıt iki yerde de varsa, en son değiştirilmiş olan geçerli olur.
backup-import-replace = Her şeyi değiştir
backup-import-replace-help = Bu cihazdaki tüm vakalar silinir ve yerlerine yedekteki vakalar yüklenir.
backup-import-replace-warning = Şu anda bu cihazda bulunan tüm vakalar, yedekte olmayanlar da dahil, silinir. Bu işlem geri alınamaz.
backup-import-confirm = Bu cihazdaki tüm vakaların yedekteki vakalarla değiştirileceğini anlıyorum.
backup-import-pass = Yedeğin kaydedildiği parola cümlesi
backup-import-button = Dosya seç ve geri yükle
backup-import-working = Kontrol ediliyor ve şifre çözülüyor … bu birkaç saniye sürer.
backup-import-done = Yedek yüklendi.
# Variables:
#   $date (Date) - when the backup was made
backup-import-created = Yedek { DATETIME($date, dateStyle: "medium") } tarihinde alındı.
backup-import-changes = Neler değişti
backup-import-col-kind = Tür
backup-import-col-added = Eklenen
backup-import-col-updated = Güncellenen
backup-import-col-kept = Korunan
backup-import-col-removed = Silinen
backup-import-kept-help = Korunan: aynı sürüm veya daha yeni bir sürüm bu cihazda zaten vardı.
backup-import-nothing = Hiçbir şeyin değişmesi gerekmedi.
backup-import-skipped = Yüklenmeyen kayıtlar: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $n (Number) - how many
backup-skip-item =
    { $kind ->
        [case] Vakalar
        [crisis_plan] Kriz planları
        [contact_agreement] İletişim anlaşmaları
        [situation_review] Durum değerlendirmeleri
        [meeting] Görüşmeler
       *[unknown] Bilinmeyen kayıt türü
    }: { $n }
# Variables:
#   $kind (String) - the kind of record: case, crisis_plan, contact_agreement, situation_review, meeting or unknown
#   $case (String) - the case's alias
#   $n (Number) - how many
backup-skip-item-case =
    { $kind ->
        [case] { $case } vakası
        [crisis_plan] { $case } vakasındaki kriz planı
        [contact_agreement] { $case } vakasındaki iletişim anlaşması
        [situation_review] { $case } vakasındaki durum değerlendirmesi
        [meeting] { $case } vakasındaki görüşmeler
       *[unknown] { $case } vakasındaki bilinmeyen kayıt türü
    }: { $n }
backup-skip-unknown_kind = Uygulamanın bu sürümünün tanımadığı bir kayıt türü. Bunları da yüklemek için uygulamayı güncelleyin ve yeniden geri yükleyin.
backup-skip-record_version = Uygulamanın bu sürümünün okuyabileceğinden daha yeni bir biçimde kaydedilmiş. Bunları da yüklemek için uygulamayı güncelleyin ve yeniden geri yükleyin.
backup-skip-invalid = Kayıtlar uygulamanın denetimlerinden geçemedi, örneğin bir metin çok uzun olduğu için; bu yüzden yüklenmedi.
backup-skip-no_case = Bu kayıtların ait olduğu vaka ne yedekte ne de bu cihazda var.

## Problems found before anything is sent
backup-problem-mismatch = Parola cümleleri aynı değil. Aynı parola cümlesini iki kez yazın.
backup-problem-weak = Parola cümlesi çok kısa veya yalnızca rakamlardan oluşuyor. En az 12 karakter olmalı ve yalnızca rakamlardan oluşmamalıdır.
backup-problem-empty = Yedeğin kaydedildiği parola cümlesini yazın.

## Errors
error-weak_backup_passphrase = Yedeğin parola cümlesi çok zayıf. En az 12 karakter olmalı ve yalnızca rakamlardan oluşmamalıdır. Hiçbir yedek kaydedilmedi.
error-wrong_backup_passphrase = Parola cümlesi bu yedekle eşleşmiyor. Parola cümlesini kontrol edip tekrar deneyin. Bu cihazda hiçbir şey değiştirilmedi.
error-session_changed = Yedek işlemi sürerken uygulama kilitlendi. Uygulamada hiçbir şey değişmedi. Kilidi açıp tekrar deneyin.
error-not_a_backup = Dosya bu uygulamaya ait bir yedek değil. Başka bir dosya seçin. Bu cihazda hiçbir şey değiştirilmedi.
error-backup_newer_version = Yedek, uygulamanın daha yeni bir sürümüyle alınmış. Uygulamayı güncelleyip tekrar deneyin. Bu cihazda hiçbir şey değiştirilmedi.
error-backup_damaged = Yedek bozuk veya eksik olduğu için kullanılamıyor. Dosyanın başka bir kopyasını deneyin. Bu cihazda hiçbir şey değiştirilmedi.
error-backup_too_large = Dosya, bir yedek olamayacak kadar büyük. Başka bir dosya seçin. Bu cihazda hiçbir şey değiştirilmedi.
error-backup_io = Dosya okunamadı veya kaydedilemedi. Başka bir konum veya dosya seçip tekrar deneyin. Bu cihazda hiçbir şey değiştirilmedi.
error-cancelled = İptal edildi. Hiçbir şey değiştirilmedi.

## Zayıf parola cümlesi: neden
error-weak_backup_passphrase-repeat = Yedeğin parola cümlesini tahmin etmek çok kolay: aynı karakterleri ya da sözcükleri tekrarlıyor. Birbiriyle ilgisi olmayan birkaç sözcük seçin. Hiçbir yedek kaydedilmedi.
error-weak_backup_passphrase-sequence = Yedeğin parola cümlesini tahmin etmek çok kolay: bir sırayı izliyor, örneğin abcdef veya 123456. Birbiriyle ilgisi olmayan birkaç sözcük seçin. Hiçbir yedek kaydedilmedi.
error-weak_backup_passphrase-keyboard = Yedeğin parola cümlesini tahmin etmek çok kolay: yan yana duran tuşları izliyor. Birbiriyle ilgisi olmayan birkaç sözcük seçin. Hiçbir yedek kaydedilmedi.
error-weak_backup_passphrase-common = Yedeğin parola cümlesini tahmin etmek çok kolay: yaygın parolalardan ya da sözcüklerden oluşuyor. Birbiriyle ilgisi olmayan birkaç sözcük seçin. Hiçbir yedek kaydedilmedi.
error-weak_backup_passphrase-date = Yedeğin parola cümlesini tahmin etmek çok kolay: bir tarihe ya da yıla dayanıyor. Birbiriyle ilgisi olmayan birkaç sözcük seçin. Hiçbir yedek kaydedilmedi.
error-weak_backup_passphrase-guessable = Yedeğin parola cümlesini tahmin etmek çok kolay. Birbiriyle ilgisi olmayan başka sözcükler ekleyin. Hiçbir yedek kaydedilmedi.
