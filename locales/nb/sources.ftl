# Norske titler på kildene (config/sources.toml har de engelske): de norske
# kildenes egne titler og ord. En kilde som ikke står her, beholder
# registerets tittel (utenlandske kilder har engelsk tittel).

## Helsedirektoratet: Nasjonal faglig retningslinje for LAR (2022).

source-no-gl-2022-title = Nasjonal faglig retningslinje for LAR (2022), gjeldende utgave
source-n22-opp-title = Opptrapping kan skje poliklinisk eller med innleggelse; poliklinisk opptrapping med metadon krever særskilte sikkerhetsrutiner
source-n22-skifte-title = Bytte av LAR-legemiddel: med innleggelse og gradvis overgang mellom dosene
source-n22-ned-title = Nedtrapping etter pasientens ønske: gradvis og langsom, med psykososial oppfølging og rask vei tilbake
source-n22-valg-title = Valg av LAR-legemiddel: buprenorfin eller metadon først; metadon kan kreve mer inntak under påsyn
source-n22-utl-title = Individuell utleveringsordning: avgjøres ut fra rusmiddelbruk, pasientens behov, trygg oppbevaring og faren for lekkasje til andre
source-n22-urin-title = Kartlegging av rusmiddelbruk ved observasjon og samtale; urinprøver avgjøres individuelt

## Helsedirektoratet: Nasjonal retningslinje for LAR (IS-1701, 2010).

source-n10-7-2-2-title = Benzodiazepiner i LAR: bør ikke forskrives; unntak vurderes av spesialisthelsetjenesten
source-n10-8-2-title = EKG før og etter oppstart med metadon, og årlig ved høye doser og risikofaktorer
source-n10-8-4-title = Valg av behandlingsnivå ved oppstart
source-n10-8-4-2-title = Oppstart i kommunehelsetjenesten: buprenorfin, daglig utlevering og tett oppfølging i starten
source-n10-8-6-title = Å finne vedlikeholdsdosen: omtrent 14 dager mellom hver økning
source-n10-8-7-1-title = Vurdering av metadondosen (serumkonsentrasjon, vanlig vedlikeholdsområde)
source-n10-v2b-title = Oppstartsregime for metadon: oppstart under påsyn, økninger på høyst 10 mg, økt dødelighet de første 14 dagene
source-n10-9-3-title = Utleveringsordninger: daglig utlevering med inntak under påsyn de første 3 månedene, høyst én uke med doser til hjemmebruk
source-n10-v9-title = Hentestigen ved de norske LAR-sentrene: oppstart, mestringsfase I–III, tilbakefall
source-n10-9-5-1-2-title = Urinprøver som kontroll: en del av vurderingen av rusmestring, aldri hele vurderingen
source-n10-v11-title = Prosedyre for bytte av LAR-legemiddel, med de norske byttetabellene
source-n10-13-3-title = Uteblitte doser: ta det opp med pasienten; mer enn 4 dager på rad betyr at behandlingen og dosen vurderes på nytt
source-n10-v13-title = Prosedyre for nedtrapping av LAR-legemiddelet

## Helsedirektoratet: gravide i LAR (IS-1876, 2011) og andre veiledere.

source-no-gl-preg-title = Nasjonal retningslinje for gravide i LAR og oppfølging av familiene frem til barnet når skolealder, i sin helhet
source-p11-grav-title = Opioidavhengige gravide: oppstart og dosering av metadon eller buprenorfin
source-p11-med-title = Legemidler i svangerskapet: dosejustering og deling av dosen i tredje trimester
source-p11-barsel-title = LAR etter fødselen: det nyfødte barnet (neonatal abstinens) og mors dose i barseltiden
source-p11-ned-title = Nedtrapping i svangerskapet: bare i de midterste ukene, i små trinn
source-p11-utl-title = Utlevering av LAR-legemiddel til gravide og familier
source-p11-oppb-title = Trygg oppbevaring av LAR-legemiddelet der det er barn: låst skrin, barnesikre flasker
source-hdir-vane-title = Forskrivning av vanedannende legemidler: høyst ett legemiddel fra gruppen benzodiazepiner og z-hypnotika per pasient
source-hdir-omeq-title = Tabell over orale morfinekvivalenter for omregning av opioiddoser
source-hdir-overdose-title = Lokal overdoseforebygging: de risikable overgangene etter fengsel, avrusning eller behandling, og nalokson
source-rop-7-9-3-title = Legemiddelinteraksjoner ved ROP-lidelser: når en enzyminduktor seponeres, stiger metadonnivået raskt

## Legemiddelverket (Direktoratet for medisinske produkter, tidligere Statens legemiddelverk).

source-dmp-inter-title = Interaksjonsdatabasen til Direktoratet for medisinske produkter (Legemiddelverket): z-hypnotika med opioider, forholdsregler bør tas
source-slv-bzd-opioid-title = Klassetekst til preparatomtalen: benzodiazepiner og lignende legemidler sammen med opioider
source-slv-pregabalin-title = Pregabalin (Lyrica) flyttet til reseptgruppe B på grunn av misbruk og avhengighet
source-slv-citalopram-title = Høye doser citalopram kan påvirke hjertet: ikke sammen med andre QT-forlengende legemidler

## RELIS, Rusinfo, Norsk legemiddelhåndbok, laboratoriene, SERAF.

source-relis-qt-title = Legemiddelutløst QT-forlengelse: QTc over 500 ms er klart forlenget; eldre advarselsgrenser for menn og kvinner
source-relis-levo-title = Levometadon, en ny metadonform med fare for overdose (dobbelt så potent)
source-rusinfo-bup-title = Svar om nedtrapping av buprenorfin, med sitat fra den nasjonale retningslinjen
source-lmh-bup-title = Buprenorfin i Norsk legemiddelhåndbok: vanlig vedlikeholdsdose 8–16 mg per døgn
source-lmh-met-title = Metadon i Norsk legemiddelhåndbok: vedlikeholdsområde og metabolisme
source-furst-opiater-title = Hva opiattesten påviser (6-MAM, morfin, kodein, etylmorfin), og hva den ikke fanger opp
source-labhandbok-title = Rusmiddelanalyser: standardpanelet i urin og en kreatiningrense for fortynnet prøve (2,0 mmol/L; andre laboratorier bruker 1,7 eller 3)
source-seraf-title = Årlig statusrapport for LAR: rusmiddelbruk vurdert over de siste 4 ukene

## Felleskatalogen og FEST.

source-fk-subutex-title = Subutex (buprenorfin), Felleskatalogen: oppstart etter minst 6 timer, første doser 2–4 mg
source-fk-suboxone-title = Suboxone (buprenorfin-nalokson), Felleskatalogen: oppstart, bytte fra metadon, påsyn i starten
source-fk-buvidal-title = Buvidal (depotbuprenorfin), Felleskatalogen: styrker, doseringsintervaller, gis bare av helsepersonell
source-fk-naltrexone-title = Naltrekson, Felleskatalogen: kontraindisert sammen med opioider; abstinens i løpet av minutter
source-fk-selincro-title = Selincro (nalmefen), Felleskatalogen: en opioidantagonist, ikke sammen med opioidbehandling
source-fest-title = Det nasjonale legemiddelregisteret: alle legemidler markedsført i Norge med varenavn, form, styrke, virkestoff og ATC-kode
source-fk-title = Norske preparatomtaler og pakningsnavn for markedsførte legemidler (doser, interaksjoner)
