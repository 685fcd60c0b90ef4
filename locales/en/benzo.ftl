# English texts: benzo.

# The advice every benzodiazepine finding ends with: never stop the agonist.
-oat-advice = do not stop or reduce the LAR medication because of this; tighten supervision of intake, test regularly, and make sure the patient has take-home naloxone

## BZD001

# "benzodiazepine co-prescribed with methadone: Sobril 30 mg/day (oxazepam); substitution approved by TSB"
bzd001-message = benzodiazepine co-prescribed with { $medication }: { $prescription }{ $approved }
# Appended to bzd001-message.
bzd001-approved = ; substitution approved by TSB
bzd001-suggestion = review the benzodiazepine with TSB (taper or a decided substitution); { -oat-advice }
# For a co-treatment TSB decided on: no tightening, but the same safety net.
bzd001-suggestion-approved = keep the TSB decision under review; test regularly and make sure the patient has take-home naloxone; do not stop or reduce the LAR medication because of this

## BZD002

# "z-hypnotic co-prescribed with buprenorphine: Imovane 7.5 mg/day (zopiclone)"
bzd002-message = z-hypnotic co-prescribed with { $medication }: { $prescription }
bzd002-suggestion = judge whether the combination is needed; use the lowest dose for the shortest time; { -oat-advice }

## BZD003

# "2 drugs from the benzodiazepine and z-hypnotic group at once: … (at most 1)"
bzd003-message = { $count } drugs from the benzodiazepine and z-hypnotic group at once: { $drugs } (at most { $max })
bzd003-suggestion = keep at most one drug from the group (convert to one by equipotency); { -oat-advice }
