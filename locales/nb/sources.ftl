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

## Merknadene i kildehenvisningene: `KILDE (merknad)` i kommentarene i
## config/default.toml og i reglenes kilder. Id-en er `note-` og den engelske
## merknaden (små bokstaver, bindestrek mellom ordene); engelsk trenger ingen
## melding (merknaden er den engelske). En merknad som ikke står her (fra en
## klinikks egen --config), vises slik den er skrevet.

note-10-20-mg-only-with-high-tolerance = 10–20 mg bare ved høy toleranse
note-20 = 20 %
note-200-mg-one-extra-200-mg-at-most = 200 mg + høyst én ekstra dose på 200 mg
note-30-60-mg-every-48-h = 30–60 mg hver 48. time
note-30-mg-caution = forsiktighet ved 30 mg
note-30-mg-methadone-scaled-2-1 = 30 mg metadon omregnet 2:1
note-30-mg-x-8 = 30 mg x 8
note-40 = 40 %
note-5-2-weekday-supervision = 5/2: inntak under påsyn på hverdager
note-5-mg-per-step = 5 mg per trinn
note-5-mg-steps-over-about-3-weeks = trinn på 5 mg over omtrent 3 uker
note-5-no-cap = 5: ingen øvre grense
note-500-ms = 500 ms
note-6-1-daily-dispensing-at-a-pharmacy-closed-on-sundays = 6/1: daglig utlevering fra et apotek som er stengt på søndager
note-60-1200-mg = 60–1200 mg
note-60-of-the-last-dose = 60 % av siste dose
note-8-16-mg-saturation = metning ved 8–16 mg
note-a-case-file-larger-than-16-mib-is-refused-unread-a-real-one-is-a-few-kb = en saksfil større enn 16 MiB avvises ulest (en ekte saksfil er noen få kB)
note-a-critical-about-a-past-event-older-than-this-is-an-audit-warning = et kritisk funn om en tidligere hendelse som er eldre enn dette, er en etterkontroll (advarsel)
note-a-lar-daily-dose-below-this-is-a-likely-unit-or-record-error = en LAR-døgndose under dette er trolig feil enhet eller feilregistrering
note-a-methadone-family-start-has-none-in-the-90-days-before = en oppstart i metadongruppen har ingen de 90 dagene før
note-a-prescription-from-before-this-many-days-is-long-standing-int003-int004-int007-int008 = en forskrivning fra før så mange dager er langvarig (INT003, INT004, INT007, INT008)
note-a-record-longer-than-100-years-is-a-typing-error = en registrering som varer mer enn 100 år, er en skrivefeil
note-a-screen-without-the-prescribed-drug = en rusmiddeltest uten det forskrevne legemidlet
note-a-switch-or-micro-induction-overlap-lasts-days-not-weeks = overlappingen ved bytte eller mikrooppstart varer i dager, ikke uker
note-about-10-a-week = omtrent 10 % i uken
note-above-110-120-mg-plus-risk-factors-yearly = over 110–120 mg og risikofaktorer: årlig
note-above-110-120-mg-yearly = over 110–120 mg: årlig
note-after-this-many-days-without-the-medication-days-in-lar-count-from-the-re-induction = etter så mange dager uten legemidlet regnes dagene i LAR fra den nye oppstarten
note-alcohol-increases-sedation = alkohol øker sederingen
note-also-creatinine-below-the-cut-off-note-some-use-concern = (også kreatinin under grenseverdien): note | some-use | concern
note-an-acknowledged-decision-is-reviewed-at-least-yearly = en kvittert beslutning vurderes på nytt minst én gang i året
note-an-event-s-window-starts-6-days-before-it-undosed-days-there-lower-tolerance = vinduet rundt en hendelse begynner 6 dager før den (dager uten dose der senker toleransen)
note-and-ends-7-days-after-it-only-days-before-as-of-count = og slutter 7 dager etter den (bare dager før as_of teller)
note-another-lar-medication-in-the-7-days-before-makes-a-switch = et annet LAR-legemiddel de 7 dagene før gjør det til et bytte
note-as-methadone = som metadon
note-at-most-30-mg-in-the-first-week = høyst 30 mg den første uken
note-at-most-40-mg = høyst 40 mg
note-at-most-one-benzodiazepine-or-z-hypnotic = høyst ett benzodiazepin eller z-hypnotikum
note-at-most-one-drug-from-the-group = høyst ett legemiddel fra gruppen
note-at-most-one-week = høyst én uke
note-avoid-qt-drugs-with-methadone = unngå QT-forlengende legemidler sammen med metadon
note-b-key-recommendation = B, sentral anbefaling
note-class-warning = klasseadvarsel
note-class-warnings-antipsychotics-sedating-antihistamines-barbiturates-muscle-relaxants = klasseadvarsler: antipsykotika, sederende antihistaminer, barbiturater, muskelavslappende legemidler
note-close-follow-up-4-weeks-after-the-last-dose = tett oppfølging i 4 uker etter siste dose
note-contraindicated = kontraindisert
note-creatinine-cut-off-2-0-mmol-l-lab-dependent-1-7-3-0 = grenseverdi for kreatinin 2,0 mmol/L, avhengig av laboratoriet 1,7–3,0
note-daily-dispensing-the-first-3-months = daglig utlevering de første 3 månedene
note-dat007-looks-at-the-last-28-days = DAT007 ser på de siste 28 dagene
note-date-of-the-rules-revision = datoen for regelrevisjonen
note-day-2-day-1-plus-2-4-mg = dag 2 = dag 1 pluss 2–4 mg
note-day-2-day-1-total-plus-a-little-more = dag 2 = samlet dose dag 1 pluss litt mer
note-deaths-after-40-mg = dødsfall etter 40 mg
note-ecg-may-follow-the-start-when-there-are-no-risk-factors = EKG kan tas etter oppstart når det ikke er risikofaktorer
note-eu-smpc-maximum-24-mg = EU-preparatomtalen: høyst 24 mg
note-events-in-the-last-28-days = hendelser de siste 28 dagene
note-findings-about-past-doses-older-than-this-are-not-reported = funn om tidligere doser som er eldre enn dette, rapporteres ikke
note-for-odr002 = for ODR002
note-forholdsregler-b-r-tas-n05cf-with-opioids = «forholdsregler bør tas», N05CF sammen med opioider
note-from-3-days-tolerance-falls = fra 3 dager faller toleransen
note-from-week-28-methadone-family-the-dose-may-need-to-rise-or-be-split-p11-med-split-the-dose-at-withdrawal = fra uke 28 (metadongruppen) kan dosen måtte økes eller deles (P11-MED: del dosen ved abstinens)
note-gap-closed = hull i tabellen tettet
note-gaps = hullene i tabellen
note-given-by-health-personnel-only = gis bare av helsepersonell
note-grades = graderingen
note-gradual = gradvis
note-half-of-methadone = halvparten av metadon
note-half-the-last-dose = halvparten av siste dose
note-hammig-jabfm-0-25-1-mg-starts = HAMMIG, JABFM: oppstart med 0,25–1 mg
note-hentestige = hentestige
note-hentestige-start-and-stabilisation = hentestige: oppstart og stabilisering
note-how-norwegian-pharmacies-dispense = slik norske apotek utleverer
note-increases-every-48-h = økning hver 48. time
note-judge-the-dose-after-the-induction-dose-has-had-time = vurder dosen når oppstartsdosen har fått virke
note-last-4-weeks = siste 4 uker
note-levomethadone = levometadon
note-levomethadone-morphine = levometadon, morfin
note-little-added-effect-above-75-mg = lite tilleggseffekt over 75 mg
note-lmh-met-maintenance-70-130-mg = LMH-MET vedlikehold 70–130 mg
note-loss-of-tolerance = tap av toleranse
note-maintenance-30-60-mg = vedlikehold 30–60 mg
note-mao-inhibitor-within-2-weeks-contraindicated = MAO-hemmer innen 2 uker er kontraindisert
note-men-above-450-ms = menn over 450 ms
note-mestring-fase-i = mestring fase I
note-mestring-fase-ii = mestring fase II
note-mestring-fase-iii = mestring fase III
note-methadone = metadon
note-methadone-and-eddp-stay-detectable-for-up-to-two-weeks = metadon og EDDP kan påvises i opptil to uker
note-methadone-cut-to-30-mg-first = metadon trappes først ned til 30 mg
note-methadone-family-medications-are-dosed-daily = legemidlene i metadongruppen doseres daglig
note-methadone-levomethadone-2-1 = metadon : levometadon = 2 : 1
note-methadone-may-need-more-supervised-intake = metadon kan kreve mer inntak under påsyn
note-methadone-scaled-2-1 = metadon omregnet 2:1
note-more-than-4-days = mer enn 4 dager
note-more-than-4-days-reassess = mer enn 4 dager: vurder på nytt
note-morphine = morfin
note-never-above-1-8 = aldri over 1 : 8
note-no-gl-2010-8-6-about-14-days-between-increases = NO-GL-2010 §8.6: omtrent 14 dager mellom hver økning
note-no-gl-2010-8-7-1 = NO-GL-2010 §8.7.1
note-no-gl-2010-judges-cannabis-traces-individually-note-some-use-concern = (NO-GL-2010 vurderer spor av cannabis individuelt): note | some-use | concern
note-no-gl-2010-vedlegg-2b-each-increase-at-most-10-mg = NO-GL-2010 vedlegg 2B: hver økning høyst 10 mg
note-no-gl-2010-vedlegg-kap-11 = NO-GL-2010 vedlegg kap. 11
note-no-gl-preg-10-30-mg = NO-GL-PREG 10–30 mg
note-no-norwegian-rule-found = ingen norsk regel funnet
note-no-switch-tables-8-12-16-mg = norske byttetabeller 8 -> 12 -> 16 mg
note-note-some-use-concern = note | some-use | concern
note-odr001-looks-back-28-days = ODR001 ser 28 dager tilbake
note-opioid-conversion-table = omregningstabell for opioider
note-opptrapping-goes-on-past-the-14-day-risk-period = opptrappingen fortsetter etter risikoperioden på 14 dager
note-oral-fluid-and-blood = spytt og blod
note-phase-taper-looks-at-reductions-in-the-last-56-days = fasen nedtrapping ser på reduksjoner de siste 56 dagene
note-plausible-daily-maxima-per-drug-in-the-catalogue-each-with-its-own-source = rimelige maksimale døgndoser per legemiddel i katalogen, hver med sin egen kilde
note-precipitated-withdrawal = utløst abstinens
note-pregabalin-to-reseptgruppe-b = pregabalin til reseptgruppe B
note-prison-release-detox-and-hospital-discharge = løslatelse, avrusning og utskrivning fra sykehus
note-qtc-above-500-ms = QTc over 500 ms
note-raised-mortality-in-the-first-14-days = økt dødelighet de første 14 dagene
note-rcgp-scaled-2-1 = RCGP omregnet 2:1
note-reassess = vurder på nytt
note-rusmestring-over-the-last-4-weeks = rusmestring de siste 4 ukene
note-scaled-2-1-local-default = omregnet 2:1 (lokal standardverdi)
note-scr002-expects-the-substances-of-a-lar-medication-dosed-in-the-7-days-up-to-the-screen = SCR002 forventer virkestoffene i et LAR-legemiddel som er dosert de 7 dagene før rusmiddeltesten
note-screens-are-part-of-the-assessment = rusmiddeltester er en del av vurderingen
note-screens-in-the-last-28-days = rusmiddeltester de siste 28 dagene
note-screens-in-the-last-28-days-count = rusmiddeltester de siste 28 dagene teller
note-sex-absent-or-other-the-lower-limit = kjønn ikke oppgitt eller annet: den laveste grensen
note-sex-specific-warning-limits = kjønnsspesifikke grenser for advarsel
note-six-rungs = seks trinn
note-smpc-buvidal = preparatomtalen for Buvidal
note-smpc-buvidal-1-week = preparatomtalen for Buvidal: ±1 uke
note-smpc-buvidal-2-days = preparatomtalen for Buvidal: ±2 dager
note-smpc-de-start-100-200-mg = tysk preparatomtale: oppstart 100–200 mg
note-smpc-no = norsk preparatomtale
note-smpc-no-2-4-mg-one-more-2-4-mg = norsk preparatomtale: 2–4 mg + én dose til på 2–4 mg
note-smpc-no-at-least-24-h-after-methadone = norsk preparatomtale: minst 24 timer etter metadon
note-smpc-no-at-least-6-h = norsk preparatomtale: minst 6 timer
note-smpc-no-cows-12 = norsk preparatomtale: «COWS > 12»
note-smpc-se-start-5-15-mg = svensk preparatomtale: oppstart 5–15 mg
note-special-cases-up-to-32-mg = i særlige tilfeller opptil 32 mg
note-stopping-an-inducer-raises-levels-fast = seponering av en enzyminduktor øker konsentrasjonen raskt
note-strong-recommendation = sterk anbefaling
note-taper-only-in-weeks-14-0-to-32-6 = nedtrapping bare i uke 14+0 til 32+6
note-the-caps-of-the-first-90-days-dependence-like-use-without-an-acute-reason-and-a-methadone-family-switch-6-1-how-a-pharmacy-closed-on-sundays-dispenses-daily = grensene de første 90 dagene, ved avhengighetspreget bruk uten akutt grunn og ved bytte innen metadongruppen (6/1: slik et apotek som er stengt på søndager, utleverer daglig)
note-the-last-dose = siste dose
note-the-re-titration-window-of-dos003 = vinduet for ny opptrapping i DOS003
note-the-rungs-and-when-to-move = trinnene og når pasienten flyttes
note-the-standard-urine-panel = standard analysepanel for urinprøver
note-threshold = terskel
note-triple-threat-the-opioid-plus-two-more = «triple threat»: opioidet pluss to til
note-tsb-decided-substitution = bytte bestemt av TSB
note-two-extra-2-4-mg-doses-at-most = høyst to ekstra doser på 2–4 mg
note-two-more-classes = to klasser til
note-two-or-more-reductions-and-no-increase = to eller flere reduksjoner og ingen økning
note-unilabs-2-0-mmol-l-lab-dependent-1-7-3-0 = Unilabs 2,0 mmol/L; avhengig av laboratoriet 1,7–3,0
note-us-day-1-cap-40-mg = amerikansk grense dag 1: 40 mg
note-week-28 = uke 28
note-what-a-screen-detects = hva en rusmiddeltest påviser
note-window-before-the-start = vindu før oppstart
note-women-460-470-ms-in-older-texts = kvinner; 460–470 ms i eldre tekster
note-yearly-ecg = årlig EKG
note-yearly-ecg-a-normal-ecg-this-recent-after-the-qt-drug-s-start-makes-qtc004-info = (årlig EKG): et normalt EKG så nylig, tatt etter oppstart med det QT-forlengende legemidlet, gjør QTC004 til informasjon
