//! A trainee's problem words to rule codes: a code (`MIS001`), a family
//! (`MIS`, `MIS*`), a word of the synonym table below, or words found in
//! the rule registry's names (then summaries).

use crate::rules::registry::RULES;

/// Clinic words → rule codes or families (a three-letter entry is a family).
const SYNONYMS: &[(&str, &[&str])] = &[
    ("missed", &["MIS"]),
    ("missed doses", &["MIS"]),
    ("missed dose", &["MIS"]),
    ("did not come", &["MIS"]),
    ("restart", &["MIS001", "MIS002"]),
    ("benzodiazepine", &["BZD"]),
    ("benzodiazepines", &["BZD"]),
    ("benzo", &["BZD"]),
    ("benzos", &["BZD"]),
    ("diazepam", &["BZD001", "BZD003"]),
    ("z-drug", &["BZD002"]),
    ("zopiclone", &["BZD002"]),
    ("sleeping pill", &["BZD002"]),
    ("qt", &["QTC"]),
    ("qtc", &["QTC"]),
    ("ecg", &["QTC002", "QTC003"]),
    ("naloxone", &["ODR002"]),
    ("overdose", &["ODR"]),
    ("overdose risk", &["ODR"]),
    ("prison", &["ODR001"]),
    ("prison release", &["ODR001"]),
    ("release", &["ODR001"]),
    ("tolerance", &["ODR001"]),
    ("detox", &["ODR001"]),
    ("child", &["ODR004"]),
    ("children", &["ODR004"]),
    ("child at home", &["ODR004"]),
    ("storage", &["ODR004"]),
    ("safe storage", &["ODR004"]),
    ("early methadone", &["ODR003"]),
    ("urine", &["SCR"]),
    ("screen", &["SCR"]),
    ("drug screen", &["SCR"]),
    ("dilute", &["SCR007"]),
    ("dilute sample", &["SCR007"]),
    ("invalid sample", &["SCR007"]),
    ("no sample", &["SCR006"]),
    ("refused", &["SCR006"]),
    ("heroin", &["SCR001"]),
    ("opioid use", &["SCR001"]),
    ("side use", &["SCR001", "SCR003", "SCR004", "SCR005"]),
    ("alcohol", &["SCR005"]),
    ("stimulant", &["SCR004"]),
    ("amphetamine", &["SCR004"]),
    ("cocaine", &["SCR004"]),
    ("diversion", &["SCR002"]),
    ("not taking", &["SCR002"]),
    ("pickup", &["PIC"]),
    ("take-home", &["PIC"]),
    ("take home", &["PIC"]),
    ("mastery", &["MST001"]),
    ("switch", &["SWI"]),
    ("precipitated withdrawal", &["DOS008", "SWI001", "SWI002"]),
    ("too early", &["DOS008", "SWI002"]),
    ("buprenorphine too early", &["DOS008", "SWI002"]),
    ("micro-induction", &["SWI008"]),
    ("microdosing", &["SWI008"]),
    ("pregnancy", &["PRG"]),
    ("pregnant", &["PRG"]),
    ("taper", &["TAP", "PRG001", "PRG002"]),
    ("tapering", &["TAP", "PRG001", "PRG002"]),
    ("depot", &["MIS004", "DOS009", "PIC004", "SWI003", "PRG004"]),
    (
        "buvidal",
        &["MIS004", "DOS009", "PIC004", "SWI003", "PRG004"],
    ),
    ("gabapentin", &["INT001"]),
    ("pregabalin", &["INT001"]),
    ("interaction", &["INT"]),
    ("interactions", &["INT"]),
    ("naltrexone", &["INT005"]),
    ("dose too high", &["DOS001", "DOS005", "MIS002"]),
    ("high dose", &["DOS005"]),
    ("dose increase", &["DOS002", "DOS003", "DOS004"]),
    ("increase too fast", &["DOS002", "DOS003", "DOS004"]),
    ("induction", &["DOS001", "DOS007", "ODR003"]),
    ("unrecorded", &["DAT002"]),
    ("unrecorded days", &["DAT002"]),
    ("no recent screen", &["DAT003"]),
];

/// The rule codes a trainee's answer may mean (registry order; empty: none).
pub fn candidates(answer: &str) -> Vec<&'static str> {
    let a = answer.trim().trim_end_matches('*').trim();
    let upper = a.to_uppercase();
    if let Some(r) = RULES.iter().find(|r| r.code == upper) {
        return vec![r.code];
    }
    let family = |f: &str| -> Vec<&'static str> {
        RULES
            .iter()
            .filter(|r| r.code.starts_with(f))
            .map(|r| r.code)
            .collect()
    };
    if upper.len() == 3 {
        let f = family(&upper);
        if !f.is_empty() {
            return f;
        }
    }
    let lower = a.to_lowercase().replace(['_'], " ");
    if let Some((_, codes)) = SYNONYMS.iter().find(|(w, _)| *w == lower) {
        return expand(codes, &family);
    }
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(|w| w.trim_end_matches('s').to_string())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let matching = |text: fn(&crate::rules::registry::Rule) -> &str| -> Vec<&'static str> {
        RULES
            .iter()
            .filter(|r| {
                let t = text(r).to_lowercase();
                words.iter().all(|w| t.contains(w.as_str()))
            })
            .map(|r| r.code)
            .collect()
    };
    let by_name = matching(|r| r.name);
    if !by_name.is_empty() {
        return by_name;
    }
    let by_summary = matching(|r| r.summary);
    if !by_summary.is_empty() {
        return by_summary;
    }
    // A longer sentence: the synonyms it contains.
    let mut out = Vec::new();
    for (w, codes) in SYNONYMS.iter().filter(|(w, _)| w.len() > 3) {
        if lower.contains(w) {
            for c in expand(codes, &family) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// Completions of the last problem of `input` (after the last `,` or `;`):
/// `input` with that problem replaced by a synonym or a rule code (with its
/// name in brackets, which [`strip_label`] takes off) that starts with or
/// contains what was typed. Nothing typed: no suggestions.
pub fn suggestions(input: &str) -> Vec<String> {
    let cut = input.rfind([',', ';']).map_or(0, |i| i + 1);
    let (head, last) = input.split_at(cut);
    let typed = last.trim().to_lowercase();
    if typed.is_empty() {
        return Vec::new();
    }
    let kebab = typed.replace([' ', '_'], "-");
    let mut items: Vec<(u8, String)> = Vec::new();
    for (w, _) in SYNONYMS {
        if w.starts_with(&typed) {
            items.push((0, w.to_string()));
        } else if w.contains(&typed) {
            items.push((2, w.to_string()));
        }
    }
    for r in RULES {
        let label = format!("{} ({})", r.code, r.name);
        if r.code.to_lowercase().starts_with(&typed) || r.name.starts_with(&kebab) {
            items.push((1, label));
        } else if r.name.contains(&kebab) {
            items.push((3, label));
        }
    }
    items.sort_by_key(|(rank, _)| *rank);
    let head = if head.is_empty() {
        String::new()
    } else {
        format!("{} ", head.trim_end())
    };
    items
        .into_iter()
        .map(|(_, item)| format!("{head}{item}"))
        .collect()
}

/// One problem of an interactive answer without the rule name a completion
/// added: `MIS001 (missed-doses-restart)` → `MIS001`.
pub fn strip_label(problem: &str) -> &str {
    let p = problem.trim();
    match p.split_once(" (") {
        Some((code, rest))
            if rest.ends_with(')') && crate::rules::registry::find(code).is_some() =>
        {
            code
        }
        _ => p,
    }
}

fn expand(codes: &[&str], family: &dyn Fn(&str) -> Vec<&'static str>) -> Vec<&'static str> {
    let mut out = Vec::new();
    for c in codes {
        let more = if c.len() == 3 {
            family(c)
        } else {
            crate::rules::registry::find(c)
                .map(|r| r.code)
                .into_iter()
                .collect()
        };
        for m in more {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_families_and_words_map_to_rules() {
        assert_eq!(candidates("mis001"), vec!["MIS001"]);
        assert!(candidates("MIS*").contains(&"MIS003"));
        assert!(candidates("missed doses").contains(&"MIS001"));
        assert!(candidates("Benzodiazepine").contains(&"BZD001"));
        assert!(candidates("qtc-prolonged").contains(&"QTC001"));
        assert!(candidates("the child at home").contains(&"ODR004"));
        assert!(candidates("xyzzy").is_empty());
        assert!(candidates("").is_empty());
    }

    #[test]
    fn suggestions_complete_the_last_problem_with_words_and_codes() {
        let s = suggestions("missed doses, benz");
        assert_eq!(s[0], "missed doses, benzodiazepine");
        assert!(s.iter().any(|x| x.starts_with("missed doses, BZD001 (")));
        assert!(
            suggestions("mis00")
                .iter()
                .any(|x| x.starts_with("MIS001 ("))
        );
        assert!(suggestions("missed doses, ").is_empty());
        for x in suggestions("qtc") {
            let last = x.rsplit(',').next().unwrap();
            assert!(!candidates(strip_label(last)).is_empty(), "{x}");
        }
        assert_eq!(strip_label(" MIS001 (missed-doses-restart) "), "MIS001");
        assert_eq!(strip_label("child (at home)"), "child (at home)");
    }

    #[test]
    fn every_synonym_names_a_rule() {
        for (w, codes) in SYNONYMS {
            for c in *codes {
                let known = if c.len() == 3 {
                    RULES.iter().any(|r| r.code.starts_with(c))
                } else {
                    crate::rules::registry::find(c).is_some_and(|r| r.code == *c)
                };
                assert!(known, "{w}: {c} is no rule");
            }
        }
    }
}
