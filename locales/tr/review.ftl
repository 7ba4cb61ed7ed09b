# UNREVIEWED DRAFT translation into Turkish of the Swedish source
# (locales/sv/review.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# GÖZDEN GEÇİRİLMEMİŞ TASLAK: İsveççe kaynaktan (locales/sv/review.ftl) Türkçe
# çeviri. Bir denetçi tarafından ONAYLANMAMIŞTIR; geçerli olan İsveççe metindir.
# Terms: "granska" = "gözden geçirmek", "godkänd" = "onaylandı",
# "reservspråk" = "yedek dil", "kontaktöverenskommelse" = "iletişim
# anlaşması", "kodord" = "kod kelime", "tolk" = "tercüman".

## Translation review and the view shown to the person. Swedish is the source.

## Review translation
translation-title = Çeviriyi gözden geçir
translation-intro = Her metni kaynak metinle karşılaştırın. Metni onaylandı veya değiştirilmesi gerekiyor olarak işaretleyin ve isterseniz bir yorum yazın. Kaynak dil İsveççedir ve şüphe durumunda İsveççe metin geçerlidir.
translation-progress-heading = Dillere göre gözden geçirme
# Variables:
#   $name (String) - the language's name
#   $approved (Number) - texts approved
#   $total (Number) - texts in all
translation-progress-label = { $name }: { $total } metinden { $approved } tanesi onaylandı
# Variables:
#   $count (Number) - texts missing
translation-progress-missing = { $count } metin eksik ve bir yedek dilde gösteriliyor.
translation-choose = Dil seçin
translation-source = Kaynak dil
translation-target = Gözden geçirilecek dil
translation-filter = Göster
translation-filter-all = Tüm metinler
translation-filter-unreviewed = Yalnızca gözden geçirilmemiş olanlar
translation-filter-needs-change = Yalnızca değiştirilmesi gerekenler
# Variables:
#   $shown (Number) - texts shown
#   $total (Number) - texts in all
translation-count = { $total } metinden { $shown } tanesi gösteriliyor.
translation-none = Bu seçimle gösterilecek metin yok.
translation-pages = Sayfalar
translation-page-previous = Önceki sayfa
translation-page-next = Sonraki sayfa
# Variables:
#   $page (Number) - the page shown, counted from 1
#   $pages (Number) - how many pages the list has
translation-page-status = Sayfa { $page } / { $pages }
translation-key = ID
translation-state-label = Gözden geçirme
translation-state-unreviewed = Gözden geçirilmedi
translation-state-approved = Onaylandı
translation-state-needs-change = Değiştirilmesi gerekiyor
translation-comment = Yorum
translation-saving = Kaydediliyor …
translation-saved = Kaydedildi
translation-missing = Bu dilde eksik. Okuyucu metni bir yedek dilde görür.
translation-imported = İçe aktarılan metin
translation-source-changed = Kaynak metin son gözden geçirmeden bu yana değişti.
translation-variables = Çeviride korunması gerekenler: { $vars }
translation-group-guidance = Rehber: diğer metinler
translation-group-ui = Uygulamanın genel metinleri
translation-group-file = Uygulamanın metinleri: { $file }
translation-damaged = Kaydedilmiş gözden geçirme bozuktu ve bir kenara ayrıldı. Gözden geçirme, uygulamayla birlikte gelen sürümden devam ediyor.

## Export and import
translation-export-heading = Çevirmenler için dışa aktar
translation-export-help = Dosya, her metni gözden geçirme durumu, İsveççe kaynak metni ve yorumuyla birlikte içerir.
translation-export = Dosyayı dışa aktar
translation-exported = { $file } dosyası, uygulamanın veri klasöründeki exports klasörüne kaydedildi ({ $bytes } bayt).
translation-import-heading = Güncellenmiş bir çeviriyi içe aktar
translation-import-help = Bir .ftl dosyasının içeriğini yapıştırın veya bir dosya seçin. Değişmiş metinler yeniden gözden geçirilmemiş duruma gelir.
translation-import-text = İçe aktarılacak metin
translation-import-file = Bir .ftl dosyası seçin
translation-import = İçe aktar
translation-report-heading = İçe aktarmanın sonucu
translation-report-errors = Dosyadaki hatalar: { $count }
translation-report-error-line = Satır { $line }: { $message }
translation-report-added = Yeni metinler: { $count }
translation-report-changed = Değişen metinler: { $count }
translation-report-unchanged = Değişmeyen metinler: { $count }
translation-report-missing = Dosyada eksik olanlar: { $count }
translation-report-unknown = Bilinmeyen ID'ler, yok sayıldı: { $count }
translation-report-variables = Yanlış değişkenler, içe aktarılmadı: { $count }
# Variables:
#   $key (String) - the text's ID
#   $expected (List) - the variables it should have
#   $nexpected (Number) - how many they are
#   $found (List) - the variables it has
#   $nfound (Number) - how many they are
translation-report-variable-line = { $key }: olması gereken { $nexpected ->
        [0] yok
       *[other] { $expected }
    }, bulunan { $nfound ->
        [0] yok
       *[other] { $found }
    }
translation-report-reset = Yeniden gözden geçirilmemiş duruma döndü: { $count }

## Show to the person
person-title = Kişiye göster
person-intro = Tableti kişiye verin veya ekranı doğrudan ya da tercüman aracılığıyla gösterin. Öneriler kişinin dilinde gösterilir.
person-language = Kişinin dili
person-show-mine = Benim dilimde de göster
person-exit = Göstermeyi bitir
person-advice-heading = Öneriler
person-contact-show = İletişim anlaşmasını göster
person-contact-hide = İletişim anlaşmasını gizle
person-contact-heading = Üzerinde anlaştıklarımız
person-contact-safe-note = Yalnızca ekranda göstermesi güvenli olanları gösterir: kod kelimeler, aileyle ilgili notlar ve tercümanlarla ilgili bilgiler gösterilmez.
person-contact-call = Aramak güvenli
person-contact-when = Aramanın uygun olduğu zamanlar
person-contact-sms = SMS
person-contact-channel = Tercih edilen iletişim yolu
