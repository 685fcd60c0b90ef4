//! `larcheck validate`: parse and validate only.

use super::check::{error_result, report_error_on_stderr, sources_in, today};
use crate::cli::{Global, OutputFormat, ValidateArgs};
use crate::error::{Error, ExitStatus};
use crate::input;
use crate::report::CaseResult;
use rayon::prelude::*;
use serde_json::json;

/// Runs `validate`.
pub fn run(g: &Global, args: &ValidateArgs) -> Result<ExitStatus, Error> {
    let config = crate::load_config(g)?;
    if args.show_config {
        if !g.quiet {
            let params = super::rules::all_parameters(&config);
            let text = match g.format {
                OutputFormat::Json => {
                    let list: Vec<_> = params
                        .iter()
                        .map(|(k, v, s)| json!({"key": k, "value": v, "source": s}))
                        .collect();
                    serde_json::to_string_pretty(&json!({"schema_version": 1, "parameters": list}))
                        .unwrap_or_default()
                        + "\n"
                }
                // `# source` comments come from the --config files.
                OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => {
                    crate::output::printable::lines(
                        &params
                            .iter()
                            .map(|(k, v, s)| format!("{k} = {v}  # {s}\n"))
                            .collect::<String>(),
                    )
                }
            };
            super::emit(text.as_bytes())?;
        }
        return Ok(ExitStatus::Clean);
    }
    if args.paths.is_empty() {
        return Err(Error::Usage(crate::tr!(
            config.lang,
            "cmd-validate-no-path"
        )));
    }
    let srcs = sources_in(&args.paths, args.follow, config.lang)?;
    let today = today();
    let opts = input::LoadOptions {
        fallback_as_of: Some(today),
        view_as_of: None,
        catalogue: &config.catalogue,
        settings: &config.settings,
        lang: config.lang,
    };
    let results: Vec<(String, Option<CaseResult>)> = srcs
        .par_iter()
        .map(|s| match input::load_with(s, &opts) {
            Ok(_) => (s.name(), None),
            Err(e) => (s.name(), Some(error_result(s.name(), e))),
        })
        .collect();
    let mut bad = 0;
    let mut entries = Vec::new();
    let mut lines = String::new();
    for (name, r) in &results {
        match r {
            None => {
                entries.push(json!({"path": name, "status": "valid"}));
                lines.push_str(&format!("ok     {}\n", crate::output::table::clean(name)));
            }
            Some(CaseResult::Error(e)) => {
                bad += 1;
                report_error_on_stderr(g, e);
                entries.push(serde_json::to_value(e).unwrap_or_default());
                let path = crate::output::table::clean(name);
                for d in &e.errors {
                    lines.push_str(&format!(
                        "error  {path}{}: {}\n",
                        d.position(),
                        crate::output::table::clean(&d.message)
                    ));
                }
                if e.more_errors > 0 {
                    lines.push_str(&format!(
                        "error  {path}: {}\n",
                        super::check::more_problems_in(e.more_errors, config.lang)
                    ));
                }
            }
            Some(CaseResult::Checked(_)) => {}
        }
    }
    if !g.quiet {
        let text = match g.format {
            OutputFormat::Json => {
                let doc = json!({
                    "schema_version": 1,
                    "tool": {"name": "larcheck", "version": env!("CARGO_PKG_VERSION")},
                    "cases": entries,
                    "summary": {"cases": results.len(), "valid": results.len() - bad, "errors": bad},
                });
                serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
            }
            OutputFormat::Table | OutputFormat::Csv | OutputFormat::Toml => format!(
                "{lines}{}\n",
                crate::tr!(
                    config.lang,
                    "cmd-validate-summary",
                    valid = results.len() - bad,
                    bad = bad
                )
            ),
        };
        // A closed pipe keeps the status every file earned.
        match super::emit(text.as_bytes()) {
            Err(e) if crate::is_broken_pipe(&e) => {}
            r => r?,
        }
    }
    Ok(if bad > 0 {
        ExitStatus::Error
    } else {
        ExitStatus::Clean
    })
}
