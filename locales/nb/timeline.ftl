# Norwegian (bokmål) texts: larcheck timeline (issue 22).

timeline-header = Tidslinje for { $path }: { $mornings ->
    [one] 1 morgen
   *[other] { $mornings } morgener
}, { $from }–{ $to }
timeline-none = Ingen funn noen morgen.
timeline-appeared = { $date } { $code } kom til ({ $severity }): { $message }
timeline-severity = { $date } { $code } ble { $severity } (var { $was }): { $message }
timeline-message = { $date } { $code } endret: { $message }
timeline-gone = { $date } { $code } borte
timeline-open-at-end = Fortsatt meldt { $to }: { $codes }
timeline-empty-range = ingen morgener å spille av: --from { $from } er etter --to { $to }
