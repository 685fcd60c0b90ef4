# Bokmål: benzo. Ordvalg: locales/glossary.toml.

-oat-advice = ikke stopp eller reduser LAR-legemidlet på grunn av dette; øk andelen inntak under påsyn, ta rusmiddeltester jevnlig, og sørg for at pasienten har nalokson nesespray

## BZD001

bzd001-message = benzodiazepin forskrevet sammen med { $medication }: { $prescription }{ $approved }
bzd001-approved = ; substitusjon besluttet av TSB
bzd001-suggestion = vurder benzodiazepinet med TSB (nedtrapping eller en besluttet substitusjon); { -oat-advice }
bzd001-suggestion-approved = følg opp TSB-beslutningen; ta rusmiddeltester jevnlig og sørg for at pasienten har nalokson nesespray; ikke stopp eller reduser LAR-legemidlet på grunn av dette

## BZD002

bzd002-message = z-hypnotikum forskrevet sammen med { $medication }: { $prescription }
bzd002-suggestion = vurder om kombinasjonen trengs; bruk lavest mulig dose i kortest mulig tid; { -oat-advice }

## BZD003

bzd003-message = { $count } legemidler fra gruppen benzodiazepiner og z-hypnotika samtidig: { $drugs } (høyst { $max })
bzd003-suggestion = behold høyst ett legemiddel fra gruppen (bytt til ett etter ekvipotente doser); { -oat-advice }

## Regeltekstene (declare_rule! i src/rules/benzo.rs).

bzd001-grades = kritisk; advarsel hvis besluttet av TSB
bzd001-summary = en aktiv resept på et benzodiazepin (ATC N05BA, N05CD, N03AE01)
bzd001-why = Benzodiazepiner sammen med opioider gir dødelig respirasjonsdemping; de finnes ved de fleste overdosedødsfall i Norge. Rådet er aldri å stoppe agonisten: øk andelen inntak under påsyn, ta rusmiddeltester, og gi nalokson nesespray.
bzd001-example = Sobril 30 mg/døgn med buprenorfin-nalokson: kritisk; Vival besluttet av TSB: advarsel
bzd001-not-when = resepten er avsluttet eller starter etter as_of; z-hypnotika (BZD002)
bzd001-naloxone-risk = benzodiazepin forskrevet
bzd001-counter = { $message }: ikke stopp { $med }; gi dosen under påsyn, ta rusmiddeltest, og gi nalokson nesespray

bzd002-grades = advarsel
bzd002-summary = et aktivt z-hypnotikum (ATC N05CF: zopiklon, zolpidem)
bzd002-why = Z-hypnotika gir mer demping av sentralnervesystemet og respirasjonen; den norske interaksjonsdatabasen ber om forholdsregler.
bzd002-example = Imovane 7,5 mg med buprenorfin
bzd002-not-when = benzodiazepiner (BZD001), resepter som ikke er aktive
bzd002-naloxone-risk = z-hypnotikum forskrevet

bzd003-grades = kritisk
bzd003-summary = to eller flere aktive legemidler fra gruppen benzodiazepiner og z-hypnotika
bzd003-why = Hvert beroligende middel som legges til, øker overdoserisikoen mange ganger; nasjonal veileder tillater høyst ett.
bzd003-example = oksazepam og zopiklon samtidig
bzd003-not-when = ett enkelt legemiddel, eller to resepter på samme virkestoff
bzd003-naloxone-risk = flere benzodiazepiner
bzd003-counter = { $message }: ikke stopp { $med }; gi dosen under påsyn, ta rusmiddeltest, og gi nalokson nesespray
