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
timeline-acknowledged = { $date } { $code } kvittert til { $until }: { $reason }
timeline-ack-expired = { $date } { $code } kvitteringen gikk ut ({ $severity }): { $message }
timeline-pickup = { $date } utlevering: { $proposal } ({ $change })
timeline-pickup-level = nivå { $level }, doser til hjemmebruk { $take_home }
timeline-pickup-level-changed = nivå { $was_level } → { $level }, doser til hjemmebruk { $was_take_home } → { $take_home }
timeline-pickup-not-applicable = ikke aktuelt
timeline-pickup-change = { $change ->
    [relax] kan lempes
    [keep] behold
    [hold] uendret
    [tighten] stram inn
    [unknown] utleveringsordningen er ikke registrert
   *[not-applicable] ikke aktuelt
}
timeline-appeared-acknowledged = { $date } { $code } kom til ({ $severity }, kvittert til { $until }): { $message }
