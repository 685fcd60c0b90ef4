# English texts: errors. A case file's problems (the position and the key
# are given beside the sentence); key names, table names and values stay as
# the file writes them.

## Case files: the whole file.

err-empty-file = the file is empty: a case needs `schema = 1`, a `[patient]` and a `[treatment]` table
# "`schema` = 2 is not supported; this larcheck reads schema 1"
err-schema = `schema` = { $schema } is not supported; this larcheck reads schema 1
# "missing required key `patient` at the top level"
err-missing-top = missing required key `{ $key }` at the top level
# "missing required key `mg` in [[doses]]"
err-missing-key-in = missing required key `{ $key }` in { $table }
err-unreadable = the case could not be read
# "and 3 more problems in this file (only the first 20 are listed)"
err-more-problems = and { $n ->
        [one] 1 more problem
       *[other] { $n } more problems
    } in this file (only the first { $listed } are listed)
# "unknown table `[[dose]]`; did you mean `doses`?"
err-unknown-table = unknown table `{ $table }`{ $hint }
# "unknown key `pateint` at the top level; did you mean `patient`?"
err-unknown-top-key = unknown key `{ $key }` at the top level{ $hint }
# "unknown key `evry` in [[doses]]; did you mean `every`?"
err-unknown-key-in = unknown key `{ $key }` in { $table }{ $hint }
# "; did you mean `every`?"
err-did-you-mean = ; did you mean `{ $name }`?
# "; write `cannabis`"
err-write-instead = ; write `{ $name }`
# `"a", "b" or "c"`
err-or = or
err-table-and-list = `[[{ $name }]]` is written where `[{ $name }]` already is: a table and a list cannot share a name
err-table-twice = `[{ $name }]` is written twice: give each of its keys once, in one `[{ $name }]` table
err-write-as-list = `[{ $name }]` must be written `[[{ $name }]]`: it is a list, one `[[{ $name }]]` table per entry
err-write-as-table = `[[{ $name }]]` must be written `[{ $name }]`: a case has one `[{ $name }]` table, not a list
err-key-twice = `{ $key }` is given twice: give it once
# "`doses[0].from`: dates are written year-month-day without quotes, as 2026-11-20"
err-date-order = `{ $key }`: dates are written year-month-day without quotes, as { $date }
# "`doses[0].mg`: invalid type: string "x", expected a number"
err-key-parser = `{ $key }`: { $what }

## The TOML parser's words (English: as the parser writes them, made plain).

err-parser-expected-whole = expected a whole number
err-parser-expected-number = expected a number
err-parser-as-whole = as a whole number
err-parser-expected-date = expected a date like 2026-11-20
err-parser-table-given = a table was given
err-parser-expected-list = expected a list
err-parser-expected-text = expected text in quotes
err-parser-expected-bool = expected true or false
err-parser-invalid-type = invalid type:
err-parser-invalid-value = invalid value:
err-parser-unknown-variant = unknown variant
err-parser-expected-one-of = expected one of
err-parser-integer = integer{ " " }
err-parser-float = floating point{ " " }
err-parser-boolean = boolean{ " " }
err-parser-string = string{ " " }
err-parser-expected = expected
err-parser-unexpected = unexpected
err-parser-in-list = in array
err-parser-value = value
err-parser-missing-comma = missing comma between array elements
err-parser-must-be-quoted = string values must be quoted
err-parser-boolean-word = boolean
err-parser-unexpected-key-or-value = unexpected key or value
err-parser-string-word = string
err-parser-extra = extra
err-parser-nothing = nothing
err-parser-newline = newline
err-parser-invalid-date = invalid date
err-parser-invalid-time = invalid time
err-parser-no-value = key with no value
err-parser-unclosed-table = unclosed table
err-parser-unclosed-list = unclosed array
err-parser-day-between = day between
err-parser-month-between = month between
err-parser-and = { " " }and{ " " }
err-parser-invalid = invalid{ " " }

## Case files: one value.

# "`doses[0].from` = 2026-02-30 is not a real date"
err-not-a-date = `{ $key }` = { $value } is not a real date
err-date-like = `{ $key }` must be a date like 2026-11-20, not `{ $value }`
# "`missed[0].to` (2026-11-01) is before `from` (2026-11-03)"
err-to-before-from = `{ $key }.to` ({ $to }) is before `from` ({ $from })
err-not-a-date-time = `{ $key }` = { $value } is not a real date and time
err-date-time-like = `{ $key }` must be a local date-time like 2026-11-20T08:30:00, not `{ $value }`
# "`doses[0].mg` must be a dose above 0 mg, not -5"
err-dose-above-zero = `{ $key }` must be a dose above 0 mg, not { $value }
err-dose-rounds-to-zero = `{ $key }` = { $value } rounds to 0 mg: a dose must be at least 0.001 mg
err-dose-implausible = `{ $key }` = { $value } mg is not a plausible dose
# "`patient.sex` = "x" is not one of `female`, `male`, `other`; did you mean …"
err-not-one-of = `{ $key }` = "{ $value }" is not one of { $names }{ $hint }
err-maps-to-no-lar = "{ $value }" in `{ $key }` maps to no LAR medication
# "; the LAR medications are methadone, levomethadone, …"
err-lar-medications = ; the LAR medications are { $names }
err-nearest-lar = ; the nearest LAR medications are { $names }
# ""Paralgin forte" in `treatment.medication` is kodein (N02AJ06), not a LAR medication; …"
err-not-lar = "{ $value }" in `{ $key }` is { $generic } ({ $atc }), not a LAR medication{ $hint }
err-unknown-lar = unknown LAR medication "{ $value }" in `{ $key }`{ $hint }
err-unknown-substance = unknown screen substance "{ $value }" in `{ $key }`{ $hint }
# "`patient.born` = 1800 must be between 1900 and 2100"
err-int-between = `{ $key }` = { $value } must be between { $lo } and { $hi }
err-unknown-rule-code = unknown rule code "{ $value }" in `{ $key }`{ $hint }
# "`expect.severity.MIS001` must be "info", "warning" or "critical", not "x""
err-must-be = `{ $key }` must be { $names }, not { $value }
# "`patient.id` must not be empty"
err-empty-value = `{ $key }` must not be empty
err-pregnancy-male = `patient.pregnancy_week` is given for a patient with `sex = "male"`
err-last-opioid = unknown `induction.last_opioid` "{ $value }"; use one of { $names }{ $hint }
err-qtc-implausible = `{ $key }.qtc_ms` = { $value } is not a plausible QTc (200-800 ms)
err-ack-reason = `{ $key }.reason` must say why the finding was accepted
# "`acknowledged[0].code` = "MIS001" cannot be acknowledged: a missed dose is acted on, …"
err-not-acknowledgeable = `{ $key }.code` = "{ $code }" cannot be acknowledged: { $why }
# "`acknowledged[0].until` = 2027-06-01 is more than 90 days after the day of the check (2026-11-20): …"
err-ack-until = `{ $key }.until` = { $until } is more than { $max ->
        [one] 1 day
       *[other] { $max } days
    } after the day of the check ({ $day }): an acknowledgement is reviewed at least every { $max ->
        [one] 1 day
       *[other] { $max } days
    }; set `until` on or before { $limit }
err-depot-in-doses = depot buprenorphine goes in [[injections]], not in `{ $key }`
err-patch-and-daily = `{ $key }` gives both `daily_mg` and `patch_ug_per_hour`: give one (the patch strength gives the daily dose)
err-patch-above-zero = `{ $key }` must be a patch strength above 0 µg/h, not { $value }
err-patch-implausible = `{ $key }` = { $value } µg/h is not a plausible patch strength
err-not-a-patch = `{ $key }` is for transdermal patches only; "{ $drug }" ({ $generic }) is not a patch: give `daily_mg`
err-positive-status = `{ $key }.positive` is only allowed with status `valid` or `dilute`: a missed, refused or adulterated sample has no results
err-creatinine-urine = `{ $key }.creatinine_mmol_l` applies to urine samples only
err-creatinine-implausible = `{ $key }.creatinine_mmol_l` = { $value } is not a plausible creatinine

## Case files: across records.

# The day the checks read history against.
err-label-today = today's date (no `treatment.as_of`)
err-since-before-start = `treatment.medication_since` ({ $since }) is before `started_lar` ({ $started })
# "a [[doses]] record on 2026-01-02 is before `treatment.started_lar` (2026-02-01)"
err-record-before-start = a [[{ $table }]] record on { $date } is before `treatment.started_lar` ({ $started })
err-dose-after-end = `{ $key }` gives a dose on { $date } after `treatment.ended` ({ $end })
err-injection-after-end = injection on { $date } is after `treatment.ended` ({ $end })
err-two-injections = two injections on { $date }
err-history-span = the record spans { $days } days ({ $first } to { $last }), more than the { $max } allowed (general.max_history_days); is the year of `{ $key }` ({ $date }) mistyped?
# "history is what happened before `treatment.as_of`"
err-history-why = history is what happened before { $label }
err-doses-reach-as-of = `{ $key }` reaches { $date } which is on or after { $label } ({ $as_of }); { $why }: put doses from { $as_of } on in [[plan]]
err-missed-reach-as-of = `{ $key }` reaches { $date } which is on or after { $label } ({ $as_of }); { $why }
err-injection-reach-as-of = injection on { $date } is on or after { $label } ({ $as_of }); { $why }
err-plan-before-as-of = `{ $key }` starts { $date } which is before { $label } ({ $as_of }); past doses go in [[doses]]
err-record-after-as-of = [[{ $table }]] dated { $date } is after { $label } ({ $as_of }); is the year mistyped?
err-key-after-as-of = `{ $key }` ({ $date }) is after { $label } ({ $as_of })
# "`doses[1]` overlaps `doses[0]`: methadone is given twice on 2026-11-02"
err-overlap = `{ $key }` overlaps `{ $other }`: { $med } is given twice on { $date }
err-dosed-and-missed = { $date } is listed both as dosed (`{ $dose }`) and as missed (`{ $missed }`)

## Errors that stop a command (after `error: `).

# "configuration `local.toml`: …"
err-configuration = configuration `{ $path }`: { $message }
err-cannot-read = cannot read `{ $path }`
# "unknown rule code or source key `MISS01`; did you mean `MIS001`?"
err-unknown-code = unknown rule code or source key `{ $code }`{ $hint }
err-cannot-write = cannot write output
# Before the cause of an error: "  caused by: No such file or directory"
err-caused-by = caused by:
err-csv-only-worklist = `--format csv` is for `worklist` only; the other commands write table or json

## Reading a case file.

# "1.2 MiB (1258291 bytes)"
err-size = { $mib } ({ $bytes } bytes)
err-size-above = more than { $max } MiB
# "`big.toml` is 20.0 MiB (20971520 bytes), above the limit of 16 MiB for a case file …"
err-too-big = { $what } is { $size }, above the limit of { $max } MiB for a case file (general.max_case_mib); it was not read
err-stdin = standard input
err-cannot-read-stdin = cannot read standard input: { $why }
# "cannot read `a.toml`: no such file"
err-cannot-read-file = cannot read `{ $path }`: { $why }
err-no-such-file = no such file
err-permission-denied = permission denied
# "`fifo.toml` is a named pipe (FIFO), not a case file; it was not opened"
err-not-a-file = `{ $path }` is { $kind }, not a case file; it was not opened
err-became = `{ $path }` became { $kind } while it was read, not a case file; it was not read
err-kind-fifo = a named pipe (FIFO)
err-kind-socket = a socket
err-kind-device = a device
err-kind-folder = a folder
err-kind-other = not a regular file
# "`a.toml` is not UTF-8 text: byte 0xE6 at line 3, column 7 is not a character; save the file as UTF-8"
err-not-utf8 = { $what } is not UTF-8 text: byte { $byte } at line { $line }, column { $column } is not a character; save the file as UTF-8

## A --config layer refused (after "configuration `FILE`: "; `at` is "3:1: " or empty).

# "3:1: unknown key `mis001.methadon`; did you mean `methadone`?"
err-config-unknown-key = { $at }unknown key `{ $key }`{ $hint }
# "2:1: `general.max_case_mib` must be a whole number, not a string"
err-config-kind = { $at }`{ $key }` must be { $want }, not { $given }
err-config-integer = a whole number
err-config-float = a number
err-config-string = a string
err-config-boolean = true or false
err-config-list = a list
err-config-table = a table
err-config-date = a date
# "4:1: `mis001.methadone` is unsafe: …; refused unless --allow-unsafe-config (also unsafe: `x`)"
err-config-unsafe = { $at }`{ $key }` is unsafe: { $reason }; refused unless --allow-unsafe-config{ $more }
err-config-also-unsafe = { " " }(also unsafe: { $keys })

## A configuration value that makes no sense (after "configuration `FILE`: ").

# "`dos002.step_mg.methadone` = -5 must be a number of 0 or more"
err-config-negative = `{ $key }` = { $value } must be a number of 0 or more
err-config-implausible = `{ $key }` = { $value } is not plausible (at most { $limit })
err-config-max-case-mib = `general.max_case_mib` must be at least 1 (MiB)
err-config-no-levels = `pickup.level` needs at least level 0
# "`pickup.cap_level` (12) must be one of the configured levels (0-9)"
err-config-cap-level = `pickup.cap_level` ({ $cap }) must be one of the configured levels (0-{ $top })
err-config-medication-days = `{ $key }` must be a whole number of days, at least 1
err-config-looser = `{ $key }` must be looser than the level before it
# "unknown screen substance `kokain` in a `screens` panel; did you mean `cocaine`?"
err-config-panel-substance = unknown screen substance `{ $name }` in a `screens` panel{ $hint }
err-config-at-least-one = `mastery.dependence_like_min_concern`, `int004.min_classes` and `taper.min_reductions` must be at least 1
err-config-creatinine = `screens.creatinine_cutoff_mmol_l` must be above 0
# "`dos001.warning_mg.methadone` (200) is above `dos001.critical_mg.methadone` (150)"
err-config-warning-above-critical = `{ $warning }` ({ $w }) is above `{ $critical }` ({ $c })
err-config-qtc-critical = `qtc001.critical_ms` must not be below the warning limits
err-config-ratio = `{ $key }` must be above 0: it is a conversion ratio
err-config-tap001-fraction = `tap001.fraction` must be between 0 and 1
err-config-mis001-days = `{ $key }` rows need `days` of at least 1
# "`mis001.methadone` row for 3 days needs a `fraction`"
err-config-mis001-fraction = `{ $key }` row for { $days ->
        [one] 1 day
       *[other] { $days } days
    } needs a `fraction`

## Why a configuration value is unsafe (after "`KEY` is unsafe: ").

# "removes the opioid class the embedded catalogue gives `oxycodone` (config/drugs.toml): …"
err-unsafe-classes = removes the { $classes } { $n ->
        [one] class
       *[other] classes
    } the embedded catalogue gives `{ $generic }` (config/drugs.toml): the rules that look for { $n ->
        [one] it
       *[other] them
    } would not see it
err-unsafe-zero-days = must be a positive number of days (a zero window or interval switches its rule off)
err-unsafe-zero-hours = must be a positive number of hours (a zero window or interval switches its rule off)
err-unsafe-int004 = { $value } is more than the { $classes } classes INT004 counts ({ $names }): the rule could never fire
# "400 is more than twice the default 150 (LMH-MET): a layer may lower a limit, not raise it above 300"
err-unsafe-raised = { $value } is more than twice the default { $default } ({ $source }): a layer may lower a limit, not raise it above { $max }
err-unsafe-no-rows = has no rows: a missed run of { $med } would never be reported (the default acts from { $days ->
        [one] 1 day
       *[other] { $days } days
    }: { $source })
err-unsafe-acts-later = first acts after a missed run of { $days ->
        [one] 1 day
       *[other] { $days } days
    }, later than the default's { $default ->
        [one] 1 day
       *[other] { $default } days
    } ({ $source })
err-unsafe-no-reinduce = has no re-induce row: after a long missed run the last dose would be given again (the default re-induces from { $days ->
        [one] 1 day
       *[other] { $days } days
    }: { $source })
err-unsafe-reinduce-later = re-induces from { $days ->
        [one] 1 day
       *[other] { $days } days
    }, later than the published { $default ->
        [one] 1 day
       *[other] { $default } days
    } ({ $source })
err-unsafe-fraction = { $value } is outside (0, 1]: the restart dose is a part of the last dose (0 advises no dose, above 1 more than the patient tolerated)
err-unsafe-level-0 = must be daily supervised intake with no take-home doses (7 supervised, 0 take-home): every acute reason proposes it

## Walking a folder of case files.

# "no *.toml case files in `cases`", after "larcheck: warning: "
err-no-case-files-in = warning: no *.toml case files in `{ $path }`
err-cannot-read-folder = cannot read folder `{ $path }`: { $why }; the case files in it are not checked
err-link-contains = `{ $link }` is a symbolic link to `{ $target }`, which contains the folder `{ $folder }` being checked; not followed
err-link-outside = `{ $link }` is a symbolic link to `{ $target }`, outside the folder `{ $folder }` being checked; not followed (--follow follows links out of the folder)
# "no case files (*.toml) found in `cases`, `more`"
err-no-case-files = no case files (*.toml) found in { $paths }
err-stdin-once = `-` (standard input) may be given only once
