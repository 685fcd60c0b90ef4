# Norwegian (bokmål) texts: larcheck chart (issue 22).

chart-title = { $id } · { $medication } · per { $date }
chart-range = { $from }–{ $to } ({ $days ->
    [one] 1 dag
   *[other] { $days } dager
})
chart-dose-unit = mg per døgn
chart-mg = { $mg } mg
chart-as-of = per { $date }
chart-depot = depot
chart-injection = { $date }: { $mg } mg { $product }, dekker { $interval } dager (til { $until })
chart-gap-missed = uteblitt
chart-gap-planned-off = dosefri dag etter avtale
chart-gap-unrecorded = ikke registrert
chart-gap-title = { $kind }: { $span } ({ $days ->
    [one] 1 dag
   *[other] { $days } dager
})
chart-screens = rusmiddeltester
chart-screen-clean = ren
chart-screen-note = merknad
chart-screen-some-use = noe bruk
chart-screen-concern = bekymring
chart-screen-title = { $date } rusmiddeltest: { $reading }. Positiv: { $positive }.{ $why }
chart-screen-why = { " " }Hvorfor: { $why }
chart-screen-baseline = { " " }Utgangstest (før LAR): telles ikke.
chart-none = ingen
chart-prescriptions = resepter
chart-rx = { $drug }{ $dose }: { $classes }
chart-rx-title = { $drug }: { $span }
chart-rx-open = fra { $from }
chart-marks = EKG, hendelser
chart-ecg = QTc { $qtc }
chart-ecg-title = { $date } EKG: QTc { $qtc } ms
chart-event-title = { $date }: { $words }
chart-findings = funn
chart-finding-title = { $code } ({ $severity }{ $ack }): { $message }
chart-acknowledged = , kvittert
chart-legend = Tegnforklaring
chart-legend-dose = døgndose
chart-legend-plan = plan etter datoen (stiplet)
chart-legend-injection = depotinjeksjon, stolpe: intervallet
chart-legend-rx = resept i en interaksjonsklasse
chart-legend-ecg = EKG (QTc, ms)
chart-legend-event = hendelse med overdoserisiko
chart-legend-critical = funn: kritisk
chart-legend-warning = funn: advarsel
chart-legend-info = funn: til informasjon
chart-legend-screen = rusmiddeltest: { $reading }
chart-legend-baseline = utgangstest (før LAR)
chart-axis-day = { $day }. { $month }
chart-axis-month = { $month } { $year }
chart-month = { $month ->
    [1] jan.
    [2] feb.
    [3] mar.
    [4] apr.
    [5] mai
    [6] jun.
    [7] jul.
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] des.
}
chart-term-title = { $id } · { $medication } · siste { $days } dager til { $date }
chart-term-dose = dose
chart-term-gaps = hull
chart-term-screens = tester
chart-term-max = toppen av skalaen { $mg } mg
chart-term-key = tegn: { $missed } uteblitt  { $unrecorded } ikke registrert  { $off } dosefri etter avtale · tester: { $clean } ren  { $note } merknad  { $some } noe bruk  { $concern } bekymring
chart-term-nothing = ingen LAR-doser de siste { $days } dagene
chart-term-depot = depot
chart-term-key-depot = depot: { $shot } injeksjon  { $covered } dagene intervallet dekker
chart-empty-range = ingenting å tegne: --from { $from } er etter --to { $to }
chart-bad-out = --out må slutte på .svg eller .html: { $path }
chart-wrote = skrev { $path }
