//! `larcheck schedule induction | taper | switch | restart`: a day-by-day plan that satisfies the
//! rules in force, as a table, as `[[plan]]` entries (`--format toml`) or
//! as JSON. The plan is made by [`crate::schedule`] and checked by the
//! engine before it is printed; a request no plan can satisfy is an error
//! naming the rule and the number (exit 2).

use crate::cli::{
    Global, InductionArgs, OutputFormat, RestartArgs, ScheduleArgs, ScheduleKind, SwitchArgs,
    TaperArgs,
};
use crate::config::Config;
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::schedule::{
    self, FAMILIES, InductionRequest, Kind, Note, Refusal, Schedule, SwitchRequest, TaperRequest,
};
use crate::tr;
use serde_json::json;

/// Runs `schedule`.
pub fn run(g: &Global, args: &ScheduleArgs) -> Result<ExitStatus, Error> {
    match &args.kind {
        ScheduleKind::Induction(a) => induction(g, a),
        ScheduleKind::Taper(a) => taper(g, a),
        ScheduleKind::Switch(a) => switch(g, a),
        ScheduleKind::Restart(a) => restart(g, a),
    }
}

/// Prints an agreed schedule (or refuses: exit 2) in the format asked for.
fn print(
    g: &Global,
    config: &Config,
    made: Result<Schedule, Refusal>,
    title: String,
) -> Result<ExitStatus, Error> {
    let lang = config.lang;
    let s = made.map_err(|e| Error::Usage(refusal(&e, lang)))?;
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let text = match g.format {
        OutputFormat::Toml => schedule::plan_toml(&s),
        OutputFormat::Json => json_text(&s, config),
        OutputFormat::Table | OutputFormat::Csv => table(&s, &title, lang),
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
}

fn induction(g: &Global, a: &InductionArgs) -> Result<ExitStatus, Error> {
    let config = crate::load_config(g)?;
    let lang = config.lang;
    let r = InductionRequest {
        medication: a.medication,
        start: a.start,
        target_mg: a.target_mg,
        first_mg: a.first_mg,
        step_mg: a.step_mg,
        every_days: a.every_days,
        setting: a.setting,
    };
    let title = tr!(
        lang,
        "sch-induction-title",
        med = lang.medication(r.medication),
        target = lang.mg(r.target_mg),
        start = lang.date(r.start),
        setting = r.setting.as_str()
    );
    print(g, &config, schedule::induction(&r, &config), title)
}

fn taper(g: &Global, a: &TaperArgs) -> Result<ExitStatus, Error> {
    let config = crate::load_config(g)?;
    let lang = config.lang;
    let r = TaperRequest {
        medication: a.medication,
        from_mg: a.from_mg,
        to_mg: a.to_mg,
        start: a.start,
        percent_per_week: a.percent_per_week,
        pregnancy_week: a.pregnancy_week,
        setting: a.setting,
    };
    let title = tr!(
        lang,
        "sch-taper-title",
        med = lang.medication(r.medication),
        from = lang.mg(r.from_mg),
        to = r.to_mg.map_or_else(|| "0".to_string(), |t| lang.mg(t)),
        start = lang.date(r.start),
        setting = r.setting.as_str()
    );
    print(g, &config, schedule::taper(&r, &config), title)
}

fn switch(g: &Global, a: &SwitchArgs) -> Result<ExitStatus, Error> {
    let config = crate::load_config(g)?;
    let lang = config.lang;
    let r = SwitchRequest {
        from: a.from,
        from_mg: a.from_mg,
        to: a.to,
        start: a.start,
        micro: a.micro,
        to_mg: a.to_mg,
        product: a.product,
        setting: a.setting,
    };
    let made = schedule::switch(&r, &config);
    let setting = made.as_ref().map_or("outpatient", |s| s.setting.as_str());
    let title = tr!(
        lang,
        "sch-switch-title",
        from = lang.medication(r.from),
        mg = lang.mg(r.from_mg),
        to = lang.medication(r.to),
        micro = if r.micro { "yes" } else { "no" },
        start = lang.date(r.start),
        setting = setting
    );
    print(g, &config, made, title)
}

fn restart(g: &Global, a: &RestartArgs) -> Result<ExitStatus, Error> {
    let config = crate::load_config(g)?;
    let lang = config.lang;
    let today = super::check::today();
    let Some((_, case)) = super::read_one(&a.case, &config, a.as_of, today)? else {
        return Ok(ExitStatus::Error);
    };
    // `--as-of`: the case as it stood that morning (later records set
    // aside, as `check --as-of` does), then planned as any case.
    let (case, as_of) = match a.as_of {
        Some(d) => (crate::case::view::as_of(&case, d).0, d),
        None => {
            let d = case.treatment.as_of.unwrap_or(today);
            (case, d)
        }
    };
    let title = tr!(
        lang,
        "sch-restart-title",
        id = case.patient.id.as_str(),
        med = lang.medication(case.treatment.medication),
        date = lang.date(as_of)
    );
    print(g, &config, schedule::restart(&case, as_of, &config), title)
}

/// The sentence for a request no schedule can satisfy.
pub fn refusal(e: &Refusal, lang: Lang) -> String {
    match e {
        Refusal::Medication(m) => tr!(lang, "sch-no-induction", med = lang.medication(*m)),
        Refusal::NotPositive { option, value } => tr!(
            lang,
            "sch-not-positive",
            option = *option,
            value = lang.mg(*value)
        ),
        Refusal::OverLimit {
            rule,
            key,
            option,
            value,
            limit,
        }
        | Refusal::UnderLimit {
            rule,
            key,
            option,
            value,
            limit,
        } => tr!(
            lang,
            if matches!(e, Refusal::OverLimit { .. }) {
                "sch-over-limit"
            } else {
                "sch-under-limit"
            },
            rule = *rule,
            key = key.as_str(),
            option = *option,
            value = lang.mg(*value),
            limit = lang.mg(*limit)
        ),
        Refusal::TooLong { days } => {
            tr!(lang, "sch-too-long", days = *days, max = schedule::MAX_DAYS)
        }
        Refusal::NotBelow {
            option,
            value,
            from,
        } => tr!(
            lang,
            "sch-not-below",
            option = *option,
            value = lang.mg(*value),
            from = lang.mg(*from)
        ),
        Refusal::Pair { from, to, micro } => tr!(
            lang,
            "sch-no-pair",
            from = lang.medication(*from),
            to = lang.medication(*to),
            micro = if *micro { "yes" } else { "no" }
        ),
        Refusal::PregnancyWindow { first, last, week } => tr!(
            lang,
            "sch-pregnancy-window",
            first = *first,
            last = *last,
            week = *week
        ),
        Refusal::NoBand { mg, product } => tr!(
            lang,
            "sch-no-band",
            mg = lang.mg(*mg),
            product = product.as_str()
        ),
        Refusal::NoMissedRun => tr!(lang, "sch-no-missed-run"),
        Refusal::OtherMedication => tr!(lang, "sch-other-medication"),
        Refusal::Flagged { codes } => tr!(lang, "sch-flagged", codes = codes.join(", ")),
    }
}

fn json_text(s: &Schedule, config: &Config) -> String {
    let doc = json!({
        "schema_version": 1,
        "schedule": {
            "kind": s.kind.as_str(),
            "medication": s.medication.as_str(),
            "setting": s.setting.as_str(),
            "start": s.start().to_string(),
            "end": s.end().to_string(),
            // The dose reached: 0 for a taper to the end of treatment.
            "target_mg": if s.ended.is_some() {
                Some(0.0)
            } else {
                s.entries.iter().rev().find(|e| !e.is_zero_day()).map(|e| e.mg)
            },
            "target_reached": s.target_reached.to_string(),
            "before": s.before.map(|b| json!({"medication": b.medication.as_str(), "mg": b.mg})),
            "ended": s.ended.map(|d| d.to_string()),
            "pregnancy_week": s.pregnancy_week,
            "plan": s.entries.iter().map(|e| json!({
                "from": e.from.to_string(),
                "to": e.to.to_string(),
                "mg": e.mg,
                "medication": e.medication.as_str(),
                "supervised": e.supervised,
                "step": e.step.as_str(),
                "split_mg": e.split,
                "product": e.product.map(|p| p.as_str()),
            })).collect::<Vec<_>>(),
            "notes": s.notes.iter().map(note_json).collect::<Vec<_>>(),
            "checked": {
                "families": FAMILIES,
                "rules_version": config.settings.profile.version,
                "findings": Vec::<&str>::new(),
                "info": s.notes.iter().filter_map(|n| match n {
                    Note::Checker(c) => Some(*c),
                    _ => None,
                }).collect::<Vec<_>>(),
            },
        },
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// A note as data: its kind and numbers.
fn note_json(n: &Note) -> serde_json::Value {
    match n {
        Note::FollowUp { ended, days } => {
            json!({"kind": "follow-up", "rule": "TAP002", "ended": ended.to_string(), "days": days})
        }
        Note::Naloxone => json!({"kind": "naloxone", "rule": "ODR002"}),
        Note::Stable => json!({"kind": "stable-before-each-reduction", "source": "N22-NED"}),
        Note::Pregnancy { first, last, limit } => json!({
            "kind": "pregnancy", "rules": ["PRG001", "PRG002"],
            "first_week": first, "last_week": last, "weekly_limit_mg": limit,
        }),
        Note::Cows { hours, cows, last } => json!({
            "kind": "cows", "rule": "DOS008", "hours_after_last_full_agonist": hours,
            "min_cows": cows, "last_full_agonist_dose": last.to_string(),
        }),
        Note::Observe {
            agonist_min,
            buprenorphine_min,
        } => json!({
            "kind": "observe", "source": "N22-SKIFTE; TSK-2024",
            "full_agonist_min": agonist_min, "buprenorphine_min": buprenorphine_min,
        }),
        Note::Micro { last } => {
            json!({"kind": "micro-induction", "rule": "SWI008", "last_full_agonist_dose": last.to_string()})
        }
        Note::ObserveMethadone => json!({"kind": "observe", "source": "N10-V11", "hours": 2}),
        Note::NextInjection { date } => json!({"kind": "next-injection", "date": date.to_string()}),
        Note::Ratio { rule, most } => {
            json!({"kind": "conversion-limit", "rule": rule, "max_mg": most})
        }
        Note::Missed {
            days,
            action,
            last_mg,
            next_mg,
        } => json!({
            "kind": "missed", "rule": "MIS001", "missed_days": days,
            "action": action.as_str(), "last_dose_mg": last_mg, "next_dose_mg": next_mg,
        }),
        Note::Checker(code) => json!({"kind": "checker", "code": code}),
    }
}

/// A note as a sentence.
fn note_text(n: &Note, s: &Schedule, lang: Lang) -> String {
    match n {
        Note::FollowUp { ended, days } => tr!(
            lang,
            "sch-note-follow-up",
            ended = lang.date(*ended),
            until = lang.date(*ended + chrono::Duration::days(*days)),
            days = *days
        ),
        Note::Naloxone => tr!(lang, "sch-note-naloxone"),
        Note::Stable => tr!(lang, "sch-note-stable"),
        Note::Pregnancy { first, last, limit } => tr!(
            lang,
            "sch-note-pregnancy",
            first = *first,
            last = *last,
            limited = if limit.is_some() { "yes" } else { "no" },
            limit = limit.map_or_else(String::new, |l| lang.mg(l))
        ),
        Note::Cows { hours, cows, last } => tr!(
            lang,
            "sch-note-cows",
            hours = lang.mg(*hours),
            cows = *cows,
            last = lang.date(*last),
            from = s
                .before
                .map_or_else(String::new, |b| lang.medication(b.medication))
        ),
        Note::Observe {
            agonist_min,
            buprenorphine_min,
        } => tr!(
            lang,
            "sch-note-observe",
            agonist = *agonist_min,
            bup = *buprenorphine_min
        ),
        Note::Micro { last } => tr!(lang, "sch-note-micro", last = lang.date(*last)),
        Note::ObserveMethadone => tr!(lang, "sch-note-observe-methadone"),
        Note::NextInjection { date } => {
            tr!(lang, "sch-note-next-injection", date = lang.date(*date))
        }
        Note::Ratio { rule, most } => tr!(
            lang,
            "sch-note-ratio",
            rule = *rule,
            most = lang.mg(*most),
            med = lang.medication(s.medication),
            from = s.before.map_or_else(String::new, |b| format!(
                "{} {} mg",
                lang.medication(b.medication),
                lang.mg(b.mg)
            ))
        ),
        Note::Missed {
            days,
            action,
            last_mg,
            next_mg,
        } => tr!(
            lang,
            "sch-note-missed",
            days = *days,
            action = action.as_str(),
            last = lang.mg(*last_mg),
            next = lang.mg(*next_mg),
            same = if (last_mg - next_mg).abs() < 1e-9 {
                "yes"
            } else {
                "no"
            }
        ),
        Note::Checker(code) => tr!(lang, "sch-note-checker", code = *code),
    }
}

/// The columns of a row.
fn row(e: &schedule::Entry, named: bool, lang: Lang) -> Vec<String> {
    let mut cells = vec![
        lang.date(e.from),
        lang.date(e.to),
        ((e.to - e.from).num_days() + 1).to_string(),
    ];
    if named {
        cells.push(lang.medication(e.medication));
    }
    cells.push(if e.is_zero_day() {
        "0".into()
    } else {
        lang.mg(e.mg)
    });
    cells.push(if e.is_zero_day() {
        "-".into()
    } else if e.supervised {
        tr!(lang, "sch-supervised")
    } else {
        tr!(lang, "sch-take-home")
    });
    let mut step = tr!(lang, "sch-step", step = e.step.as_str());
    if let Some(p) = e.product {
        step = format!("{step} ({})", p.as_str());
    }
    if !e.split.is_empty() {
        let parts: Vec<String> = e.split.iter().map(|x| lang.mg(*x)).collect();
        step = format!("{step} ({} mg)", parts.join(" + "));
    }
    cells.push(step);
    cells
}

fn table(s: &Schedule, title: &str, lang: Lang) -> String {
    let mut out = format!("{title}\n\n");
    let named = s
        .entries
        .iter()
        .any(|e| e.medication != s.entries[0].medication)
        || s.before.is_some_and(|b| b.medication != s.medication);
    let mut head = vec![
        tr!(lang, "sch-col-from"),
        tr!(lang, "sch-col-to"),
        tr!(lang, "sch-col-days"),
    ];
    if named {
        head.push(tr!(lang, "sch-col-medication"));
    }
    // A depot injection's mg is a dose given once, not a day's: with one in
    // the table the column is "mg", and the step says what each row is.
    let injection = s
        .entries
        .iter()
        .any(|e| e.step == crate::schedule::Step::Injection);
    head.extend([
        tr!(
            lang,
            if injection {
                "sch-col-mg-dose"
            } else {
                "sch-col-mg"
            }
        ),
        tr!(lang, "sch-col-intake"),
        tr!(lang, "sch-col-step"),
    ]);
    let mut rows = vec![head];
    rows.extend(s.entries.iter().map(|e| row(e, named, lang)));
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for r in &rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < r.len() {
                line.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&reached(s, lang));
    out.push('\n');
    let mut info = Vec::new();
    for n in &s.notes {
        match n {
            Note::Checker(code) => info.push(*code),
            _ => out.push_str(&format!("- {}\n", note_text(n, s, lang))),
        }
    }
    let families = FAMILIES.join(", ");
    out.push_str(&match (s.kind, info.is_empty()) {
        (Kind::Restart, _) => tr!(lang, "sch-checked-restart", families = families),
        (_, true) => tr!(lang, "sch-checked", families = families),
        (_, false) => tr!(
            lang,
            "sch-checked-info",
            families = families,
            info = info.join(", ")
        ),
    });
    out.push('\n');
    out.push_str(&tr!(lang, "sch-paste"));
    out.push('\n');
    out
}

/// The line under the table: when the target (or the end) is reached.
fn reached(s: &Schedule, lang: Lang) -> String {
    let days = (s.target_reached - s.start()).num_days() + 1;
    match (s.kind, s.ended) {
        (_, Some(e)) => tr!(
            lang,
            "sch-taper-ended",
            date = lang.date(e),
            last = lang.date(s.target_reached)
        ),
        (Kind::Switch, None) => tr!(
            lang,
            "sch-switch-reached",
            date = lang.date(s.target_reached),
            med = lang.medication(s.medication),
            days = days
        ),
        _ => tr!(
            lang,
            "sch-induction-reached",
            date = lang.date(s.target_reached),
            days = days
        ),
    }
}
