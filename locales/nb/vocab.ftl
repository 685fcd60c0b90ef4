# Ord alle deler bruker. Ordvalg: locales/glossary.toml.

span = { $from }–{ $to }
ago =
    { $days ->
        [0] i dag
        [one] for 1 dag siden
       *[other] for { $days } dager siden
    }
past-event =
    { " " }(tidligere hendelse, { $several ->
        [1] sist
       *[other] den
    } { $date }, { $ago })
standing-new = startet { $date }, { $ago }
standing-since = langvarig, siden { $date }
standing-no-date = langvarig, ingen startdato
rx-named = { $drug } ({ $generic })
rx-patch = { $name } { $ug } µg/t plaster ({ $mg } mg/døgn)
rx-daily = { $name } { $mg } mg/døgn
and = og

## LAR-legemidlene, som på pakningene og i retningslinjen.

med-buprenorphine = buprenorfin
med-buprenorphine-naloxone = buprenorfin-nalokson
med-methadone = metadon
med-levomethadone = levometadon
med-morphine-sr-24h = depotmorfin (24 t)
med-morphine-sr-12h = depotmorfin (12 t)
med-buprenorphine-depot = depotbuprenorfin

## Stoffene i en rusmiddeltest.

substance-6-mam = 6-MAM
substance-morphine = morfin
substance-codeine = kodein
substance-ethylmorphine = etylmorfin
substance-oxycodone = oksykodon
substance-fentanyl = fentanyl
substance-ketobemidone = ketobemidon
substance-tramadol = tramadol
substance-tapentadol = tapentadol
substance-hydromorphone = hydromorfon
substance-nitazenes = nitazener
substance-opiates = opiater
substance-methadone = metadon
substance-eddp = EDDP
substance-buprenorphine = buprenorfin
substance-norbuprenorphine = norbuprenorfin
substance-benzodiazepines = benzodiazepiner
substance-diazepam = diazepam
substance-oxazepam = oksazepam
substance-alprazolam = alprazolam
substance-clonazepam = klonazepam
substance-nitrazepam = nitrazepam
substance-flunitrazepam = flunitrazepam
substance-lorazepam = lorazepam
substance-designer-benzodiazepines = designerbenzodiazepiner
substance-zopiclone = zopiklon
substance-zolpidem = zolpidem
substance-pregabalin = pregabalin
substance-gabapentin = gabapentin
substance-phenobarbital = fenobarbital
substance-carisoprodol = karisoprodol
substance-ghb = GHB
substance-xylazine = xylazin
substance-amphetamine = amfetamin
substance-methamphetamine = metamfetamin
substance-mdma = MDMA
substance-cocaine = kokain
substance-methylphenidate = metylfenidat
substance-cannabis = cannabis
substance-synthetic-cannabinoids = syntetiske cannabinoider
substance-alcohol = alkohol
substance-ketamine = ketamin
substance-lsd = LSD

## Legemiddelklassene.

class-benzodiazepine = benzodiazepin
class-z-hypnotic = z-hypnotikum
class-gabapentinoid = gabapentinoid
class-full-opioid-agonist = full opioidagonist
class-partial-agonist = partiell opioidagonist
class-opioid-antagonist = opioidantagonist
class-opioid = opioid
class-sedating-antipsychotic = sederende antipsykotikum
class-sedating-antihistamine = sederende antihistamin
class-barbiturate = barbiturat
class-muscle-relaxant = muskelavslappende
class-enzyme-inducer = enzyminduktor
class-enzyme-inhibitor = enzymhemmer
class-qt-prolonging = QT-forlengende
class-mao-inhibitor = MAO-hemmer
class-stimulant = sentralstimulerende

## Alvorlighetsgradene (JSON beholder `critical`, `warning`, `info`).

severity-critical = kritisk
severity-warning = advarsel
severity-info = til informasjon
