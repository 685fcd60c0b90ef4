//! The two languages stay complete and consistent: every message in both,
//! with the same placeholders; every file parses; the Norwegian texts use
//! the glossary's words.

use super::{Lang, text};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// The variables a pattern reads, through selectors and nested placeables.
fn variables(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

/// Every message of a language with its variables; the files must parse
/// without a single error.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (name, text) in lang.sources() {
        let res = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
        for entry in &res.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        variables(p, &mut vars);
                    }
                    assert!(
                        all.insert(m.id.name.to_string(), vars).is_none(),
                        "{name}: `{}` is defined twice",
                        m.id.name
                    );
                }
                Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
                _ => {}
            }
        }
    }
    all
}

/// The messages only the languages other than English have: the names
/// the code spells in English ([`Lang::medication`] and the like) and the
/// rules' declared texts ([`crate::rules::registry::Rule::text`]), with
/// the variables each must use.
fn named_in_code() -> BTreeMap<String, BTreeSet<String>> {
    use crate::rules::registry::{RULES, RuleText};
    use strum::IntoEnumIterator;
    let mut all = BTreeMap::new();
    let mut name = |id: String| all.insert(id, BTreeSet::new());
    for m in crate::case::Medication::ALL {
        name(format!("med-{}", m.as_str()));
    }
    for s in crate::vocab::substances::SUBSTANCES {
        name(format!("substance-{s}"));
    }
    for c in crate::vocab::drugs::DrugClass::ALL {
        name(format!("class-{}", c.as_str()));
    }
    for s in ["info", "warning", "critical"] {
        name(format!("severity-{s}"));
    }
    // A source's title (the register holds the English).
    for s in crate::sources::register().entries() {
        name(s.title_id());
    }
    // The code's fixed phrases (`Lang::phrase`): the medications a rule
    // applies to for every catalogue drug, how a name was read, routes.
    let catalogue = crate::config::Config::embedded().catalogue;
    for d in catalogue.entries().iter().filter(|d| d.lar.is_none()) {
        for (_, with) in crate::commands::drugs::rules_for(d) {
            name(super::slug_id("phrase", with));
        }
    }
    // Every combination of LAR families an inducer or inhibitor acts on.
    for bits in 0..8u8 {
        let acts = |f: crate::vocab::drugs::LarFamily| {
            let i = crate::vocab::drugs::LarFamily::ALL
                .iter()
                .position(|x| *x == f)
                .unwrap_or(0);
            bits & (1 << i) != 0
        };
        if let Some(w) = crate::rules::interactions::families_words(acts) {
            name(super::slug_id("phrase", w));
        }
    }
    for h in crate::vocab::drugs::ReadHow::ALL {
        name(super::slug_id("phrase", h.as_str()));
    }
    for r in crate::vocab::drugs::Route::ALL {
        name(super::slug_id("phrase", r.as_str()));
    }
    // A citation's note (nb only: the note is the English).
    for id in cited_notes().into_keys() {
        name(id);
    }
    let mut texts = BTreeMap::new();
    for r in RULES {
        for kind in RuleText::iter() {
            if let Some(english) = kind.english(r) {
                let vars = crate::rules::registry::placeholders(english)
                    .into_iter()
                    .map(RuleText::variable)
                    .collect();
                texts.insert(kind.id(r), vars);
            }
        }
    }
    all.extend(texts);
    all
}

/// Every note a person reads in a citation (the `# KEY (note)` comments of
/// the embedded parameters and the rules' declared sources), by its
/// message id, with the English notes that have that id.
fn cited_notes() -> BTreeMap<String, BTreeSet<String>> {
    let config = crate::config::Config::embedded();
    let citations = config
        .sources
        .iter()
        .map(|(_, s)| s)
        .chain(crate::rules::registry::RULES.iter().map(|r| r.source));
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in citations {
        for n in crate::sources::notes(c) {
            out.entry(crate::sources::note_id(n))
                .or_default()
                .insert(n.to_string());
        }
    }
    out
}

#[test]
fn every_cited_note_has_its_own_id_and_its_norwegian_words() {
    let notes = cited_notes();
    assert!(notes.len() > 50, "{}", notes.len());
    let shared: Vec<_> = notes.values().filter(|n| n.len() > 1).collect();
    assert!(shared.is_empty(), "notes with the same id: {shared:?}");
    let nb = messages(Lang::Nb);
    let missing: Vec<String> = notes
        .iter()
        .filter(|(id, _)| !nb.contains_key(*id))
        .map(|(id, n)| format!("{id} = {}", n.first().map_or("", |s| s)))
        .collect();
    assert!(missing.is_empty(), "missing in nb:\n{}", missing.join("\n"));
}

#[test]
fn every_message_is_in_both_languages_with_the_same_placeholders() {
    let en = messages(Lang::En);
    let mut nb = messages(Lang::Nb);
    let only_en: Vec<_> = en.keys().filter(|k| !nb.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in nb: {only_en:?}");
    for (id, vars) in &en {
        assert_eq!(Some(vars), nb.get(id), "`{id}`: the placeholders differ");
    }
    // What is left in nb names what the code spells in English.
    nb.retain(|k, _| !en.contains_key(k));
    let coded = named_in_code();
    for (id, vars) in &nb {
        match coded.get(id) {
            None => panic!("`{id}` is in nb and not in en (nor a name the code spells)"),
            Some(want) => assert_eq!(want, vars, "`{id}`: the placeholders differ"),
        }
    }
    let vocab: Vec<_> = coded
        .keys()
        .filter(|k| !nb.contains_key(*k))
        .filter(|k| {
            ["med-", "substance-", "class-", "severity-"]
                .iter()
                .any(|p| k.starts_with(p))
        })
        .collect();
    assert!(vocab.is_empty(), "names missing in nb: {vocab:?}");
    assert!(!en.is_empty());
}

/// Every text a rule declares has its Norwegian words, and so has every
/// note a citation carries (a source's title may stay in its own language:
/// foreign sources keep their English titles).
#[test]
fn every_declared_rule_text_is_in_norwegian() {
    let nb = messages(Lang::Nb);
    let missing: Vec<_> = named_in_code()
        .into_keys()
        .filter(|k| !k.starts_with("source-") && !nb.contains_key(k))
        .collect();
    assert!(missing.is_empty(), "missing in nb: {missing:?}");
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    en: String,
    nb: String,
    avoid: Vec<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// The Norwegian texts (messages, not comments) in lower case.
fn nb_texts() -> String {
    Lang::Nb
        .sources()
        .iter()
        .flat_map(|(_, t)| t.lines())
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}

/// `phrase` in `text` as whole words ("varsel" is not in "advarsel").
fn has_word(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn a_glossary_word_is_matched_as_a_whole_word() {
    assert!(!has_word("1 advarsel", "varsel"));
    assert!(has_word("et varsel.", "varsel"));
    assert!(has_word("overvåket inntak i dag", "overvåket inntak"));
}

#[test]
fn the_norwegian_texts_use_the_glossary_words() {
    let g: Glossary = toml::from_str(include_str!("../../locales/glossary.toml"))
        .expect("locales/glossary.toml parses");
    assert!(g.term.len() >= 20);
    let texts = nb_texts();
    for t in &g.term {
        assert!(!t.en.is_empty() && !t.nb.is_empty());
        for a in &t.avoid {
            assert!(
                !has_word(&texts, &a.to_lowercase()),
                "the nb texts say \"{a}\" where the glossary says \"{}\" for \"{}\"",
                t.nb,
                t.en
            );
        }
    }
}

#[test]
fn the_summary_reads_as_before_in_english_and_in_norwegian_words() {
    let line = |lang| {
        crate::tr!(
            lang,
            "summary-patients",
            checked = 120,
            action = 16,
            review = 61,
            nothing = 43
        )
    };
    assert_eq!(
        line(Lang::En),
        "120 patients: 16 need action before the next dose or pickup, 61 a review, 43 nothing"
    );
    assert_eq!(
        line(Lang::Nb),
        "120 pasienter: 16 trenger tiltak før neste dose eller utlevering, 61 gjennomgang, 43 ingen tiltak"
    );
    let one = crate::tr!(
        Lang::En,
        "summary-findings",
        critical = 1,
        warning = 1,
        info = 0
    );
    assert_eq!(one, "findings: 1 critical, 1 warning, 0 info");
    let nb = crate::tr!(
        Lang::Nb,
        "summary-findings",
        critical = 1,
        warning = 2,
        info = 0
    );
    assert_eq!(nb, "funn: 1 kritisk, 2 advarsler, 0 til informasjon");
    assert_eq!(
        crate::tr!(Lang::En, "summary-acknowledged", acknowledged = 1),
        " (1 acknowledged)"
    );
    // No Unicode isolation marks around placeholders.
    assert!(!line(Lang::Nb).contains('\u{2068}'));
    // A message no language has is its id.
    assert_eq!(text(Lang::Nb, "no-such-message", None), "no-such-message");
}

#[test]
fn the_language_is_read_from_its_names_and_locales() {
    assert_eq!(Lang::named("nb"), Some(Lang::Nb));
    assert_eq!(Lang::named("NO"), Some(Lang::Nb));
    assert_eq!(Lang::named("nn_NO.UTF-8"), Some(Lang::Nb));
    assert_eq!(Lang::named("en-GB"), Some(Lang::En));
    assert_eq!(Lang::named("de"), None);
    assert_eq!(Lang::of_locale("nb_NO.UTF-8"), Lang::Nb);
    assert_eq!(Lang::of_locale("C"), Lang::En);
    assert_eq!(Lang::of_locale("sv_SE.UTF-8"), Lang::En);
    assert_eq!(Lang::choose(Some(Lang::Nb)), Lang::Nb);
}

#[test]
fn numbers_and_dates_as_a_person_reads_them() {
    assert_eq!(Lang::Nb.decimal(2.5, 3), "2,5");
    assert_eq!(Lang::En.decimal(2.5, 3), "2.5");
    assert_eq!(Lang::Nb.decimal(80.0, 3), "80");
    assert_eq!(Lang::En.decimal(0.125, 3), "0.125");
    let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    assert_eq!(Lang::Nb.date(d), "20.11.2026");
    assert_eq!(Lang::En.date(d), "2026-11-20");
}

#[test]
fn the_shared_words_read_in_each_language() {
    use chrono::NaiveDate;
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    assert_eq!(Lang::En.mg(2.5), "2.5");
    assert_eq!(Lang::Nb.mg(2.5), "2,5");
    assert_eq!(Lang::Nb.mg(40.0), "40");
    assert_eq!(
        Lang::En.span(d("2026-11-16"), d("2026-11-19")),
        "2026-11-16 to 2026-11-19"
    );
    assert_eq!(
        Lang::Nb.span(d("2026-11-16"), d("2026-11-19")),
        "16.11.2026–19.11.2026"
    );
    assert_eq!(
        Lang::Nb.span(d("2026-11-16"), d("2026-11-16")),
        "16.11.2026"
    );
    assert_eq!(Lang::En.ago(0), "today");
    assert_eq!(Lang::En.ago(1), "1 day ago");
    assert_eq!(Lang::Nb.ago(5), "for 5 dager siden");
    assert_eq!(Lang::En.and(&["a", "b", "c"]), "a and b and c");
    assert_eq!(Lang::Nb.and(&["a", "b"]), "a og b");
    let m = crate::case::Medication::MorphineSr24h;
    assert_eq!(Lang::En.medication(m), "slow-release morphine (24 h)");
    assert_eq!(Lang::Nb.medication(m), "depotmorfin (24 t)");
    assert_eq!(Lang::Nb.substance("cocaine"), "kokain");
    assert_eq!(
        Lang::Nb.substance("not-in-the-vocabulary"),
        "not-in-the-vocabulary"
    );
    assert_eq!(Lang::En.substance("cocaine"), "cocaine");
}

#[test]
fn every_message_formats_on_its_own() {
    use fluent_bundle::FluentResource;
    // Each message is parsed alone with its file's terms (super::message_bundle):
    // it must parse without error, use no other message and no term of
    // another file, and read exactly as it does in its whole file.
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;
    for lang in [Lang::En, Lang::Nb] {
        for (name, text) in lang.sources() {
            let mut whole = fluent_bundle::FluentBundle::new(vec![lang.tag().parse().unwrap()]);
            whole.set_use_isolating(false);
            whole
                .add_resource(FluentResource::try_new(text.to_string()).expect("parses"))
                .expect("no entry twice");
            let res = fluent_syntax::parser::parse(*text).expect("parses");
            for entry in &res.body {
                let Entry::Message(m) = entry else { continue };
                let id = m.id.name;
                let i = super::messages_of(lang)
                    .binary_search_by_key(&id, |m| m.0)
                    .unwrap_or_else(|_| panic!("{name}: `{id}` is not in the message table"));
                if let Err((_, e)) = FluentResource::try_new(super::message_text(lang, i)) {
                    panic!("{name}: `{id}` alone does not parse: {e:?}");
                }
                let b = super::message_bundle(lang, i);
                let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
                    panic!("{name}: `{id}` is not in its own bundle");
                };
                let mut errors = Vec::new();
                let alone = b.format_pattern(pattern, None, &mut errors).into_owned();
                for e in errors {
                    if let FluentError::ResolverError(ResolverError::Reference(
                        k @ (ReferenceKind::Message { .. } | ReferenceKind::Term { .. }),
                    )) = &e
                    {
                        panic!(
                            "{name}: `{id}` refers to {k:?}: only its file's terms are read with it"
                        );
                    }
                }
                let in_file = whole.get_message(id).and_then(|m| m.value()).unwrap();
                let mut errors = Vec::new();
                let in_file = whole.format_pattern(in_file, None, &mut errors);
                assert_eq!(alone, in_file, "{name}: `{id}`");
                let n_alone = b.get_message(id).map_or(0, |m| m.attributes().count());
                assert_eq!(n_alone, m.attributes.len(), "{name}: `{id}`'s attributes");
            }
        }
    }
}

#[test]
fn the_message_table_is_every_message_of_every_file() {
    // build.rs's table against the Fluent parser: each message once, in its
    // file, and nothing else (a term, an attribute, a comment) taken for one.
    for lang in [Lang::En, Lang::Nb] {
        let table = super::messages_of(lang);
        let mut n = 0;
        for (name, text) in lang.sources() {
            let res = fluent_syntax::parser::parse(*text).expect("parses");
            for entry in &res.body {
                match entry {
                    Entry::Message(m) => {
                        let found: Vec<_> = table.iter().filter(|t| t.0 == m.id.name).collect();
                        assert_eq!(found.len(), 1, "{name}: {}", m.id.name);
                        assert_eq!(found[0].1, *name, "{}", m.id.name);
                        n += 1;
                    }
                    Entry::Term(t) => {
                        let terms = super::terms_of(lang).iter().filter(|x| x.0 == *name);
                        let texts: Vec<&str> = terms
                            .map(|&(_, s, e)| &text[s as usize..e as usize])
                            .collect();
                        assert!(
                            texts
                                .iter()
                                .any(|x| x.starts_with(&format!("-{} ", t.id.name))
                                    || x.starts_with(&format!("-{}=", t.id.name))),
                            "{name}: term -{} not in the table",
                            t.id.name
                        );
                    }
                    _ => {}
                }
            }
        }
        assert_eq!(table.len(), n, "{lang:?}");
        assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "sorted, unique");
    }
}
