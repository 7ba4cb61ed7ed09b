# UNREVIEWED DRAFT translation into Northern Kurdish (Kurmanji, Latin script)
# of the Swedish source (locales/sv/ui.ftl). It has NOT been approved by a
# reviewer; the Swedish text is authoritative.
# PÊŞNÛSA NENIRXANDÎ: wergera kurmancî ya çavkaniya swêdî (locales/sv/ui.ftl).
# Ji aliyê kontrolkerekî ve NEHATIYE PEJIRANDIN; nivîsa swêdî derbasdar e.
# Terms as in kmr/guidance.ftl: "möte" = "hevdîtin", "ärende" = "dosya",
# "flygplansläge" = "moda balafirê". "app" = "sepan". Buttons use the short
# imperative, sentences the polite plural ("hûn").

## General interface text.

app-name = Trygg
loading = Tê barkirin …
nav-label = Menuya sereke
nav-guidance = Rêbername
nav-person = Ji kesê re nîşan bide
nav-cases = Dosya
nav-review = Wergerê binirxîne
nav-settings = Mîheng
language-label = Ziman
draft-badge = Pêşnûsa wergerê – nehatiye nirxandin
draft-explain = Ev werger pêşnûsek e ku hîn tu kontrolkerî nepejirandiye. Heke hûn piçekî jî dudil bin, wê bi nivîsa swêdî re berhev bikin.
fallback-note = Bi vî zimanî tune ye; bi zimanê { $lang } tê nîşandan.
back = Paşve
close = Bigire

## The guidance
guidance-sections = Beş
guidance-search-label = Di rêbernameyê de bigere
guidance-search-placeholder = Bigere, bo nimûne moda balafirê
guidance-search-results = Encam: { $count }
guidance-search-none = Tu encam tune. Peyveke din biceribînin.
guidance-search-clear = Lêgerînê paqij bike
guidance-references = Çavkanî
guidance-address = Navnîşan: { $url }
guidance-for-person = Ji kesê re jî tê nîşandan
# The caption over an item's body: the sheet's own words (drafted, unreviewed).
guidance-from-sheet = Ji pelgeya rêbernameyê
phase-before = Berî hevdîtinê
phase-during = Di dema hevdîtinê de
phase-after = Piştî hevdîtinê
phase-any = Her dem
# Variables:
#   $phases (List) - when in the meeting the item applies, such as "Before the meeting"
guidance-phases = Kengî: { $phases }
guidance-open-item = Pêşniyarê nîşan bide

## Errors. Every error code has a message.
error-title = Tiştek xelet çû
error-internal = Çewtiyeke nehêvîkirî çêbû. Tiştekî tomarkirî winda nebûye. Ji kerema xwe dîsa biceribînin.
error-invalid_input = Agahî nehate wergirtin. Qadê kontrol bikin û dîsa biceribînin.
error-unknown_locale = Ev ziman tune ye.
error-translation_broken = Pelekî wergerê xera bûye. Sepan li şûna wê nivîsa swêdî nîşan dide.
error-storage = Li ser amûrê xwendin an tomarkirin pêk nehat. Tiştekî tomarkirî winda nebûye.
error-not_found = Ev agahî êdî tune ye. Dibe ku hatibe jêbirin.
error-disk_full = Amûr tije ye. Tiştekî nû nehate tomarkirin, lê tiştekî tomarkirî winda nebûye. Hinek cih vala bikin û dîsa biceribînin.
error-too_large = Nivîs ji bo tomarkirinê pir dirêj e. Wê kurt bikin û dîsa biceribînin.
error-tampered = Agahiyeke tomarkirî nehate vekirin, ji ber ku xera bûye an jî li derveyî sepanê hatiye guhertin. Hûn dikarin agahiyên din bi kar bînin.
error-malformed_record = Agahiyeke tomarkirî nehate xwendin. Hûn dikarin agahiyên din bi kar bînin.
error-version_mismatch = Agahiyeke tomarkirî ji guhertoyeke din a sepanê tê û nehate xwendin.
error-unknown_kind = Agahiyeke tomarkirî ji cureyekî ye ku ev guherto nas nake.

# (drafted, unreviewed)
# Only where the system has no list rules for the language (Intl.ListFormat):
# how a list is joined. list-pair joins the last two items, list-middle the others.
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-pair = { $first } û { $second }
# Variables:
#   $first (String) - what comes first
#   $second (String) - what comes last
list-middle = { $first }, { $second }
