# UNREVIEWED DRAFT translation into Turkish of the Swedish source
# (locales/sv/cover.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# GÖZDEN GEÇİRİLMEMİŞ TASLAK: İsveççe kaynaktan (locales/sv/cover.ftl) Türkçe
# çeviri. Bir denetçi tarafından ONAYLANMAMIŞTIR; geçerli olan İsveççe metindir.
# Everything on the start screen must stay neutral: nothing about violence,
# honour, cases or what the app is for. Terms: "kod" = "kod", "lösenfras" =
# "parola cümlesi", "nödkod" = "acil durum kodu", "miniräknare" = "hesap
# makinesi", "startskärm" = "başlangıç ekranı", "ärende" = "vaka".

## The hide button (only shown in the unlocked app)
quick-hide = Gizle

## The calculator. Only key names for screen readers, the decimal mark and the error word.
calc-keys = Tuşlar
calc-clear = Temizle
calc-backspace = Rakamı sil
calc-percent = Yüzde
calc-divide = Böl
calc-multiply = Çarp
calc-subtract = Eksi
calc-add = Artı
calc-negate = İşareti değiştir
calc-decimal-key = Ondalık ayırıcı
calc-equals = Eşittir
calc-decimal = {","}
calc-error = Hata

## The plain passcode screen
passcode-title = Kodu girin
passcode-label = Kod
passcode-submit = Tamam
passcode-digits-keyboard = Rakam tuşları
passcode-attempts-left = Kalan deneme: { $count }
passcode-wait-seconds = Tekrar denemeden önce { $seconds } saniye bekleyin.
passcode-wait-minutes = Tekrar denemeden önce { $minutes } dakika bekleyin.

## Passcode strength
strength-label = Kodun gücü
strength-digits-too-short = { $count } rakam çok kısa. En az 6 rakam gerekir, 10 veya daha fazlası önerilir.
strength-digits-weak = { $count } rakam kısa bir koddur. Biri uygulamanın dosyasını kopyalarsa bu uzunluktaki tüm kodlar bir bilgisayarda denenebilir ve kilit ne kadar yavaş olursa olsun kısa bir kod çabuk bulunur. Hesap makinesiyle en az 10 rakam ya da normal kod ekranıyla bir parola cümlesi seçin.
strength-digits-good = { $count } rakam. İyi. Eklenen her rakam, kodun tahmin edilmesini on kat zorlaştırır.
strength-phrase-too-short = Çok kısa. Parola cümlesi en az 8 karakter olmalıdır.
strength-phrase-weak = Zayıf. Daha fazla kelime ekleyin: birbiriyle ilgisi olmayan dört veya daha fazla kelime en iyisidir.
strength-phrase-fair = Kabul edilebilir. Bir veya iki kelime daha eklemek onu çok daha güçlü yapar.
strength-phrase-strong = Güçlü parola cümlesi.
strength-calculator-needs-digits = Hesap makinesinde yalnızca rakam tuşları vardır. Yalnızca rakam kullanın ya da parola cümlesi için normal kod ekranını seçin.

## Checking a new passcode
newcode-error-empty = Bir kod yazın.
newcode-error-short-digits = Kod çok kısa. Rakamlardan oluşan bir kod en az 6 rakam içermelidir.
newcode-error-short-phrase = Parola cümlesi çok kısa. En az 8 karakter içermelidir.
newcode-error-calculator-digits = Başlangıç ekranı hesap makinesi olduğunda kod yalnızca rakamlardan oluşabilir.
newcode-error-mismatch = Kodlar aynı değil. Aynı kodu iki kez yazın.

## First use
setup-title = Kodunuzu oluşturun
setup-intro = Kaydettiğiniz her şey cihazda, yalnızca sizin bildiğiniz bir kodla şifrelenir. Önce uygulamanın açılırken nasıl görüneceğini seçin.
setup-cover-legend = Başlangıç ekranı
cover-calculator = Hesap makinesi
cover-calculator-help = Uygulama normal bir hesap makinesi olarak açılır. Kodunuzu yazıp ardından = tuşunu kısa bir süre basılı tutarak uygulamayı açarsınız. Kod yalnızca rakamlardan oluşabilir; en az 10 rakam seçin.
cover-passcode = Normal kod ekranı
cover-passcode-help = Uygulama, “Kodu girin” yazan nötr bir ekranla açılır. Burada birkaç kelimeden oluşan bir parola cümlesi kullanabilirsiniz; en güvenlisi budur.
setup-passcode-legend = Kodunuz
setup-passcode = Kod
setup-repeat = Kodu tekrar yazın
setup-no-recovery-title = Unutulan kod geri getirilemez
setup-no-recovery = Kod olmadan uygulamayı kimse açamaz; ne BT bölümü ne de uygulamayı yapanlar. Kodu unutursanız kaydettiğiniz her şey kalıcı olarak kaybolur. Kodu cihazla birlikte saklamayın.
setup-create = Oluştur
setup-creating = Oluşturuluyor … bu birkaç saniye sürer.
setup-retry-save = Başlangıç ekranını yeniden kaydet
setup-continue = Başlangıç ekranını kaydetmeden devam et
setup-back = Başlangıç ekranına dön

## Cannot be opened (shown only after the code was entered)
problem-title = Uygulama açılamadı
problem-help = Hiçbir şey silinmedi. Uygulamayı kapatıp tekrar deneyin. Sorun devam ederse uygulamayı yeniden kurup vakalarınızı bir yedekten geri yükleyebilirsiniz.
problem-back = Başlangıç ekranına dön

## Confirm with the code before anything sensitive changes
reauth-label = Kodunuz
reauth-help = Kodunuzu tekrar yazın. Bu, cihaz kilitli değilken başka biri onu ele geçirirse vakaları korur. Yanlış bir kod, hatalı bir deneme sayılır.
reauth-help-limit = Yalnızca silme özelliğini kapatmak veya deneme sayısını artırmak için gerekir. Yanlış bir kod, hatalı bir deneme sayılır.
reauth-error-empty = Onaylamak için kodunuzu yazın.
reauth-error-limit = Silme özelliğini kapatmak veya deneme sayısını artırmak için kodunuzu yazın.

## Settings
settings-title = Ayarlar
settings-general = Açılış ve kilitleme
settings-cover-digits-confirm = Kodum (ve varsa acil durum kodum) yalnızca rakamlardan oluşuyor. Aksi halde uygulama hesap makinesiyle açılamaz.
settings-idle = Şu süreden sonra otomatik kilitle
# Variables:
#   $count (Number) - seconds
settings-idle-seconds = { $count } saniye
# Variables:
#   $count (Number) - minutes, sometimes with a decimal (1.5)
settings-idle-minutes = { $count } dakika
settings-idle-help = Ekrana, fareye veya klavyeye en son dokunduğunuz andan itibaren sayılır.
settings-retention = Eski vakaları şu süreden sonra hatırlat (gün)
settings-retention-help = Bu kadar gündür değiştirilmemiş vakalar listelenir; böylece silinip silinmeyeceklerine karar verebilirsiniz (7–3650).
settings-backup = Yedeklemeyi şu süreden sonra hatırlat (gün)
settings-backup-help = 0, hatırlatma yok demektir (0–365).
settings-save = Kaydet
settings-saved = Kaydedildi.
settings-working = İşleniyor …
settings-error-retention = 7 ile 3650 arasında bir gün sayısı girin.
settings-error-backup = 0 ile 365 arasında bir gün sayısı girin.
settings-error-confirm-digits = Hesap makinesine geçmeden önce kodunuzun yalnızca rakamlardan oluştuğunu onaylayın.

settings-passcode = Kodu değiştir
settings-old-passcode = Mevcut kod
settings-new-passcode = Yeni kod
settings-change-passcode = Kodu değiştir
settings-passcode-changed = Kod değiştirildi.
settings-error-old-empty = Mevcut kodunuzu yazın.

settings-duress = Acil durum kodu
settings-duress-explain = Acil durum kodu, birinin sizi uygulamayı açmaya zorladığı bir durum için ikinci bir koddur. Acil durum koduyla, vakalarınızın bulunmadığı boş bir çalışma alanı açılır ve başka bir alanın var olduğunu gösteren hiçbir şey yoktur. Acil durum kodu normal kodunuzla aynı şekilde girilir ve ondan farklı olmalıdır. Yeni bir acil durum kodu yeni, boş bir çalışma alanı oluşturur; acil durum kodunu kaldırırsanız o alanda kaydedilenler silinir.
settings-duress-not-shown = Kimse burada göremesin diye uygulama, bir acil durum kodunun ayarlı olup olmadığını göstermez.
settings-duress-passcode = Acil durum kodu
settings-duress-shred = Acil durum kodu kullanıldığında gerçek vakaları da yok et
settings-duress-shred-help = Bu durumda kaydettiğiniz her şey kalıcı olarak silinir ve geri getirilemez. Bunu yalnızca bilgilere kimsenin ulaşamaması, onları saklamanızdan daha önemliyse seçin.
settings-duress-set = Acil durum kodunu kaydet
settings-duress-remove = Acil durum kodunu kaldır
settings-duress-saved = Acil durum kodu kaydedildi.
settings-duress-removed = Acil durum kodu kaldırıldı.

settings-limit = Hatalı denemelerden sonra sil
settings-limit-explain = Art arda bu kadar hatalı denemeden sonra uygulamada kayıtlı her şey kalıcı olarak silinir. Sayaç, uygulama yeniden başlatılsa da korunur ve doğru kod kullanıldığında sıfırlanır. Beşinci hatalı denemeden itibaren denemeler arasında giderek daha uzun süre beklemek de gerekir. Sınırı kapatırsanız biri tahmin etmeye devam edebilir, ancak yalnızca yavaşça.
settings-limit-on = Art arda çok fazla hatalı denemeden sonra her şeyi sil
settings-limit-count = Deneme sayısı (3–50)
settings-error-limit = 3 ile 50 arasında bir sayı girin.

settings-help = Koruma nasıl çalışır
settings-help-calculator = Hesap makinesi normal bir hesap makinesi gibi hesap yapar. Uygulamayı açmak için kodunuzu yazın, ardından = tuşunu bir buçuk saniye basılı tutun. = tuşuna normal basmak yalnızca hesap yapar; bu yüzden hesap makinesiyle oynayan biri uygulamaya girmenizi asla engelleyemez ya da bir şey silemez. Kod yanlışsa hesap makinesi, herhangi bir hesap makinesi gibi yalnızca sayıyı gösterir. Kodun yanlış olduğunu asla söylemez.
settings-help-rule = Kod yalnızca son C veya = tuşundan beri sadece rakam yazdıysanız (en az 6 rakam) ve ardından = tuşunu basılı tutarsanız denenir. Yalnızca bu bir deneme sayılır. İşlemler, uzun sayılar ve = tuşuna normal basışlar asla sayılmaz. Yanlış yazdıysanız C tuşuna basıp baştan başlayın (⌫ son rakamı siler). = tuşunu çok erken bırakırsanız hiçbir şey olmaz; = tuşunu yeniden basılı tutmanız yeterli.
settings-help-wait = Art arda beş hatalı denemeden sonra bir sonraki denemenin kabul edilmesi için beklemeniz gerekir: 30 saniye, 1 dakika, 5 dakika, 15 dakika, ardından 1 saat. Hiçbir normal hesap makinesi bunu yapmadığı için hesap makinesi bununla ilgili hiçbir şey göstermez. Beklemeniz gerekirken = tuşunu basılı tutarsanız, C tuşuna bastığınızdaki gibi yalnızca rakamlar temizlenir. Bu deneme sayılmaz. Biraz bekleyip tekrar deneyin. Normal kod ekranında bekleme süresi açıkça yazılır.
settings-help-hide = Hemen gizlemek için: alt köşedeki yuvarlak düğmeye dokunun, klavyede üç kez Shift'e veya iki kez Esc'ye basın ya da ekrana iki parmakla iki kez dokunun. Başlangıç ekranı hemen görünür ve uygulama kilitlenir.
settings-help-lock = Uygulama, seçtiğiniz süre boyunca kullanılmadığında, başka bir uygulamaya veya pencereye geçtiğinizde ve ekran kapandığında da kilitlenir.

## Vault errors
error-wrong_passcode = Kod yanlış.
error-backoff = Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.
error-wiped = Çok fazla hatalı denemeden sonra içerik silindi.
error-weak_passcode = Kod çok kısa: en az 6 rakam ya da parola cümlesi için en az 8 karakter gerekir.
error-not_initialised = Henüz bir kod oluşturulmadı.
error-already_initialised = Bu cihazda zaten bir kod var.
error-passcode_reused = Bu kod zaten kullanılıyor. Başka bir kod seçin.
error-invalid_limit = Deneme sayısı geçersiz.
error-duress_unavailable = Bu ayar şu anda değiştirilemiyor.
error-kdf_params_rejected = Cihaz, gereken güvenlik ayarlarını desteklemiyor.
error-locked = Uygulama kilitli. Kilidi açıp tekrar deneyin.
error-unlock_interrupted = Uygulama, kilidi açılırken gizlendi ve yeniden kilitlendi. Tekrar deneyin.
error-corrupt = Kayıtlı dosya bozuk ve açılamıyor.
error-unsupported_format = Dosya, uygulamanın daha yeni bir sürümüyle kaydedilmiş. Uygulamayı güncelleyin.
error-crypto = Şifrelemede beklenmeyen bir hata oluştu. Tekrar deneyin.

## Zayıf kodlar ve uygulamanın dosyaları
error-weak_passcode-repeat = Kodu tahmin etmek çok kolay: aynı rakamı ya da aynı deseni tekrarlıyor, örneğin 000000 veya 121212. Başka bir kod seçin.
error-weak_passcode-sequence = Kodu tahmin etmek çok kolay: bir sırayı izliyor, örneğin 123456, 987654 veya 112233. Başka bir kod seçin.
error-weak_passcode-keyboard = Kodu tahmin etmek çok kolay: yan yana duran tuşları izliyor. Başka bir kod seçin.
error-weak_passcode-common = Kodu tahmin etmek çok kolay: insanların en sık seçtiği kodlar ve parolalar arasında. Başka bir kod seçin.
error-weak_passcode-date = Kodu tahmin etmek çok kolay: bir tarihe ya da yıla benziyor. Başka bir kod seçin.
error-weak_passcode-guessable = Kodu tahmin etmek çok kolay. Desen içermeyen daha uzun bir kod seçin.
error-already_running = Uygulama zaten açık. Bu pencereyi kapatın ve zaten açık olan pencerede devam edin.
error-attempt_not_saved = Kod şu anda denenemedi. Biraz sonra yeniden deneyin.
