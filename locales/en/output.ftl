# Texts of the renderers (table, worklist) in English.
# Numbers are passed as numbers: they choose the plural form.

## The summary at the end of a batch (check, worklist).

# "120 patients: 16 need action before the next dose or pickup, 61 a review, 43 nothing"
summary-patients =
    { $checked ->
        [one] 1 patient
       *[other] { $checked } patients
    }: { $action ->
        [one] 1 needs
       *[other] { $action } need
    } action before the next dose or pickup, { $review } a review, { $nothing } nothing
# Appended to summary-patients when files could not be read.
summary-unreadable =
    ; { $errors ->
        [one] 1 file
       *[other] { $errors } files
    } could not be read
# "findings: 2 critical, 1 warning, 0 info"
summary-findings =
    findings: { $critical } critical, { $warning ->
        [one] 1 warning
       *[other] { $warning } warnings
    }, { $info } info
# Appended to summary-findings: " (1 acknowledged)".
summary-acknowledged = { " " }({ $acknowledged } acknowledged)
