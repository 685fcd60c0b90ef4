# English texts: the reference commands (rules, explain, drugs, validate).

## larcheck rules: the table's header.

cmd-rules-code = code
cmd-rules-name = name
cmd-rules-severity = severity
cmd-rules-source = source
# A parameter's source when no publication is cited.
cmd-local-default = local default

## larcheck explain CODE: the sections.

cmd-explain-checks = What it checks
# "Fires when a dose is given after 3 or more missed days."
cmd-explain-fires-when = Fires when { $summary }.
cmd-explain-why = Why it matters
# "Source: N10-13.3; AU-MISS"
cmd-explain-source-line = Source: { $source }
cmd-explain-source = Source
cmd-explain-example = Example
cmd-explain-not-when = Does not fire when
cmd-explain-references = References (larcheck explain KEY for one)
cmd-explain-parameters = Parameters (config/default.toml; override with --config)
cmd-explain-code = Code
# "  defined in src/rules/missed.rs:120; fixtures: fixtures/missed/MIS001-*"
cmd-explain-defined-in = { "  " }defined in { $location }; fixtures: { $fixtures }
# "; did you mean `MIS001`, `N10-13.3`?"
cmd-unknown-hint = ; did you mean { $names }?

## larcheck explain KEY: a source.

# "N10-13.3 (source)"
cmd-source-heading = { $key } (source)
cmd-source-title = title
cmd-source-document = document
cmd-source-publisher = publisher
cmd-source-authors = authors
cmd-source-year = year
cmd-source-section = section
cmd-source-address = address
cmd-source-type = type
cmd-source-note = note
cmd-source-not-stated = not stated
cmd-source-no-address = no public address
# "  also cited as: NO-GL-2010 §13.3"
cmd-source-aliases = { "  " }also cited as: { $names }
# "  cited by: MIS001, MIS002"
cmd-source-cited-by = { "  " }cited by: { $codes }

## larcheck validate.

# "3 files valid, 1 with errors"
cmd-validate-summary = { $valid ->
        [one] 1 file
       *[other] { $valid } files
    } valid, { $bad } with errors

## larcheck drugs QUERY.

# " (formerly N02AX02)", after the ATC code
cmd-drugs-formerly = { " " }(formerly { $atc })
cmd-drugs-brands = { "  " }brands:   { $value }
cmd-drugs-classes = { "  " }classes:  { $value }
cmd-drugs-components = { "  " }components: { $value }
cmd-drugs-routes = { "  " }routes:   { $value }
cmd-drugs-lar = { "  " }LAR medication: { $value }
cmd-drugs-explains = { "  " }explains in screens: { $value }
# "  oral morphine equivalents: 1.5 per mg/day"
cmd-drugs-mme = { "  " }oral morphine equivalents: { $value } per mg/day
# "  INT001 opioid-with-benzodiazepine: with every LAR medication"
cmd-drugs-rule = { "  " }{ $code } { $name }: with { $with }
cmd-drugs-note = { "  " }note: { $value }
cmd-drugs-related = related entries: { $names }
# "2 matches"
cmd-drugs-matches = { $n ->
        [one] 1 match
       *[other] { $n } matches
    }
# "; nearest names: Sobril, Stesolid"
cmd-drugs-nearest = ; nearest names: { $names }
cmd-drugs-no-match = no drug matches `{ $query }` (a prescription so named is an unknown drug){ $hint }

## Usage errors (after "error: ").

cmd-validate-no-path = validate needs at least one PATH (or --show-config)
cmd-drugs-no-query = `drugs` needs a name, brand or ATC code to look up
# After how a name was read: ", transdermal route".
cmd-drugs-route = , { $route } route
