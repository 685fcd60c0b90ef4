//! `larcheck schedule induction`: a day-by-day plan that satisfies the
//! rules in force, as a table, as `[[plan]]` entries (`--format toml`) or
//! as JSON. The plan is made by [`crate::schedule`] and checked by the
//! engine before it is printed; a request no plan can satisfy is an error
//! naming the rule and the number (exit 2).

use crate::cli::{Global, InductionArgs, OutputFormat, ScheduleArgs, ScheduleKind};
use crate::config::Config;
use crate::error::{Error, ExitStatus};
use crate::i18n::Lang;
use crate::schedule::{self, FAMILIES, InductionRequest, Refusal, Schedule};
use crate::tr;
use serde_json::json;

/// Runs `schedule`.
pub fn run(g: &Global, args: &ScheduleArgs) -> Result<ExitStatus, Error> {
    match &args.kind {
        ScheduleKind::Induction(a) => induction(g, a),
    }
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
    let s = schedule::induction(&r, &config).map_err(|e| Error::Usage(refusal(&e, lang)))?;
    if g.quiet {
        return Ok(ExitStatus::Clean);
    }
    let text = match g.format {
        OutputFormat::Toml => schedule::plan_toml(&s),
        OutputFormat::Json => json_text(&s, &r, &config),
        OutputFormat::Table | OutputFormat::Csv => table(&s, &r, lang),
    };
    super::emit(text.as_bytes())?;
    Ok(ExitStatus::Clean)
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
        Refusal::Flagged { codes } => tr!(lang, "sch-flagged", codes = codes.join(", ")),
    }
}

fn json_text(s: &Schedule, r: &InductionRequest, config: &Config) -> String {
    let doc = json!({
        "schema_version": 1,
        "schedule": {
            "kind": "induction",
            "medication": s.medication.as_str(),
            "setting": s.setting.as_str(),
            "start": s.start().to_string(),
            "end": s.end().to_string(),
            "target_mg": r.target_mg,
            "target_reached": s.target_reached.to_string(),
            "plan": s.entries.iter().map(|e| json!({
                "from": e.from.to_string(),
                "to": e.to.to_string(),
                "mg": e.mg,
                "supervised": e.supervised,
                "step": e.step.as_str(),
            })).collect::<Vec<_>>(),
            "checked": {
                "families": FAMILIES,
                "rules_version": config.settings.profile.version,
                "findings": Vec::<&str>::new(),
            },
        },
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

fn table(s: &Schedule, r: &InductionRequest, lang: Lang) -> String {
    let mut out = tr!(
        lang,
        "sch-induction-title",
        med = lang.medication(s.medication),
        target = lang.mg(r.target_mg),
        start = lang.date(s.start()),
        setting = s.setting.as_str()
    );
    out.push_str("\n\n");
    let head = [
        tr!(lang, "sch-col-from"),
        tr!(lang, "sch-col-to"),
        tr!(lang, "sch-col-days"),
        tr!(lang, "sch-col-mg"),
        tr!(lang, "sch-col-intake"),
        tr!(lang, "sch-col-step"),
    ];
    let mut rows = vec![head.to_vec()];
    for e in &s.entries {
        rows.push(vec![
            lang.date(e.from),
            lang.date(e.to),
            ((e.to - e.from).num_days() + 1).to_string(),
            lang.mg(e.mg),
            if e.supervised {
                tr!(lang, "sch-supervised")
            } else {
                tr!(lang, "sch-take-home")
            },
            tr!(lang, "sch-step", step = e.step.as_str()),
        ]);
    }
    let widths: Vec<usize> = (0..head.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for row in &rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&tr!(
        lang,
        "sch-induction-reached",
        date = lang.date(s.target_reached),
        days = (s.target_reached - s.start()).num_days() + 1
    ));
    out.push('\n');
    out.push_str(&tr!(lang, "sch-checked", families = FAMILIES.join(", ")));
    out.push('\n');
    out.push_str(&tr!(lang, "sch-paste"));
    out.push('\n');
    out
}
