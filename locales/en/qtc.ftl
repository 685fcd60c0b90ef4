# English texts: qtc.

qtc-no-ecg = no ECG recorded

## QTC001

# "latest QTc 512 ms (2026-11-02) is above the critical limit of 500 ms"; the severity as the code spells it.
qtc001-message = latest QTc { $qtc } ms ({ $date }) is above the { $severity } limit of { $limit } ms
qtc001-suggestion-critical = risk of torsades: see a cardiologist, check potassium and magnesium, remove other QT drugs, and consider a lower methadone dose or buprenorphine; do not stop opioid treatment abruptly
qtc001-suggestion = repeat the ECG, check electrolytes, and review other QT-prolonging drugs

## QTC002

# "no ECG recorded since 30 days before the methadone start on 2026-10-01 (50 days ago)"
qtc002-message =
    no ECG recorded since { $days ->
        [one] 1 day
       *[other] { $days } days
    } before the { $medication } start on { $start } ({ $ago })
qtc002-suggestion = take an ECG with QTc now and after titration

## QTC003

# "last ECG 2025-09-01"
qtc003-last-ecg = last ECG { $date }
# "methadone 140 mg (from 120 mg a yearly ECG is due) and no ECG in the last 365 days; last ECG 2025-09-01"
qtc003-message =
    { $medication } { $dose } mg (from { $threshold } mg a yearly ECG is due) and no ECG in the last { $days ->
        [one] 1 day
       *[other] { $days } days
    }; { $last }
qtc003-suggestion = take an ECG with QTc

## QTC004

# "QT-prolonging drug with methadone: Cipramil 20 mg/day (citalopram) (latest QTc 512 ms is above 470 ms; 2 QT drugs)"
# `why` is empty or " (" the reasons joined with "; " ")".
qtc004-message = QT-prolonging drug with { $medication }: { $drugs }{ $why }
qtc004-high = latest QTc { $qtc } ms is above { $limit } ms
qtc004-drugs = { $count } QT drugs
qtc004-checked = ECG of { $date } shows QTc { $qtc } ms, at or below { $limit } ms: the check is done, repeat yearly
qtc004-old =
    latest ECG { $date } is more than { $days ->
        [one] 1 day
       *[other] { $days } days
    } old
qtc004-before-start = latest ECG { $date } is from before the QT drug was started
qtc004-suggestion-high = QTc is already prolonged: replace the QT-prolonging drug now if possible, and check potassium and magnesium
qtc004-suggestion-checked = the ECG check has been done: repeat the ECG yearly and when a dose or a QT drug changes
qtc004-suggestion = avoid QT-prolonging drugs with methadone: choose an alternative, or take an ECG and check electrolytes
