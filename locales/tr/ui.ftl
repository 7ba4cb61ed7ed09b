# UNREVIEWED DRAFT translation into Turkish of the Swedish source
# (locales/sv/ui.ftl). It has NOT been approved by a reviewer; the Swedish
# text is authoritative.
# GÖZDEN GEÇİRİLMEMİŞ TASLAK: İsveççe kaynaktan (locales/sv/ui.ftl) Türkçe
# çeviri. Bir denetçi tarafından ONAYLANMAMIŞTIR; geçerli olan İsveççe metindir.
# Terms as in tr/guidance.ftl: "möte" = "görüşme", "ärende" = "vaka",
# "flygplansläge" = "uçak modu".

## General interface text.

app-name = Trygg
loading = Yükleniyor …
nav-label = Ana menü
nav-guidance = Rehber
nav-person = Kişiye göster
nav-cases = Vakalar
nav-review = Çeviriyi gözden geçir
nav-settings = Ayarlar
language-label = Dil
draft-badge = Taslak çeviri – gözden geçirilmedi
draft-explain = Bu çeviri, henüz hiçbir denetçinin onaylamadığı bir taslaktır. En küçük bir şüphede İsveççe metinle karşılaştırın.
fallback-note = Bu dilde mevcut değil; şu dilde gösteriliyor: { $lang }.
back = Geri
close = Kapat

## The guidance
guidance-sections = Bölümler
guidance-search-label = Rehberde ara
guidance-search-placeholder = Ara, örneğin uçak modu
guidance-search-results = Sonuç: { $count }
guidance-search-none = Sonuç bulunamadı. Başka bir kelime deneyin.
guidance-search-clear = Aramayı temizle
guidance-references = Kaynaklar
guidance-address = Adres: { $url }
guidance-for-person = Kişiye de gösterilir
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = Kılavuz belgesinden
phase-before = Görüşmeden önce
phase-during = Görüşme sırasında
phase-after = Görüşmeden sonra
phase-any = Her aşamada
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = Ne zaman: { $phases }
guidance-open-item = Öneriyi göster

## Errors. Every error code has a message.
error-title = Bir sorun oluştu
error-internal = Beklenmeyen bir hata oluştu. Kaydedilmiş hiçbir şey kaybolmadı. Lütfen tekrar deneyin.
error-invalid_input = Bilgi kabul edilemedi. Alanı kontrol edip tekrar deneyin.
error-unknown_locale = Bu dil mevcut değil.
error-translation_broken = Bir çeviri dosyası bozuk. Uygulama bunun yerine İsveççe metni gösteriyor.
error-storage = Cihazda okuma veya kaydetme yapılamadı. Kaydedilmiş hiçbir şey kaybolmadı.
error-not_found = Bu bilgi artık mevcut değil. Silinmiş olabilir.
error-disk_full = Cihaz dolu. Yeni bir şey kaydedilmedi, ancak kaydedilmiş hiçbir şey kaybolmadı. Biraz yer açıp tekrar deneyin.
error-too_large = Metin kaydedilemeyecek kadar uzun. Kısaltıp tekrar deneyin.
error-tampered = Kaydedilmiş bir bilgi, bozuk olduğu veya uygulamanın dışında değiştirildiği için açılamadı. Diğer bilgileri kullanmaya devam edebilirsiniz.
error-malformed_record = Kaydedilmiş bir bilgi okunamadı. Diğer bilgileri kullanmaya devam edebilirsiniz.
error-version_mismatch = Kaydedilmiş bir bilgi uygulamanın başka bir sürümünden geliyor ve okunamadı.
error-unknown_kind = Kaydedilmiş bir bilgi, bu sürümün tanımadığı bir türde.

# (drafted, unreviewed)
# Only where the system has no list rules for the language (Intl.ListFormat):
# how a list is joined. list-pair joins the last two items, list-middle the others.
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-pair = { $first } ve { $second }
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-middle = { $first }, { $second }
