//! The README's rule table and the man page are generated from the rule
//! registry and the clap definition; these tests fail when they drift.
//! `UPDATE_DOCS=1 cargo test --test tests docs::` rewrites both.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn update() -> bool {
    std::env::var_os("UPDATE_DOCS").is_some()
}

#[test]
fn readme_rule_table_matches_the_registry() {
    let path = root().join("README.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- rules:start -->\n", "<!-- rules:end -->");
    let a = text.find(start).expect("README has a rules:start marker") + start.len();
    let b = text.find(end).expect("README has a rules:end marker");
    let table = larcheck::rules::registry::markdown_table();
    if update() {
        let new = format!("{}{}{}", &text[..a], table, &text[b..]);
        std::fs::write(&path, new).unwrap();
        return;
    }
    assert_eq!(
        &text[a..b],
        table,
        "README rule table is stale: run UPDATE_DOCS=1 cargo test --test tests docs::"
    );
}

#[test]
fn man_page_is_up_to_date() {
    let path = root().join("man/larcheck.1");
    let page = larcheck::commands::docs::man_page();
    if update() {
        std::fs::write(&path, &page).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == page,
        "man/larcheck.1 is stale: run UPDATE_DOCS=1 cargo test --test tests docs::"
    );
}

#[test]
fn man_page_names_every_command_flag_and_rule() {
    use clap::CommandFactory;
    let page = larcheck::commands::docs::man_page();
    let cmd = larcheck::cli::Cli::command();
    let nested = cmd.get_subcommands().flat_map(|s| s.get_subcommands());
    for sub in cmd
        .get_subcommands()
        .chain(nested)
        .filter(|s| !s.is_hide_set())
    {
        assert!(
            page.contains(&format!("{}\"", sub.get_name().replace('-', "\\-"))),
            "man page lacks `{}`",
            sub.get_name()
        );
        for a in sub.get_arguments().filter_map(|a| a.get_long()) {
            assert!(
                page.contains(&a.replace('-', "\\-")),
                "man page lacks --{a} of {}",
                sub.get_name()
            );
        }
    }
    for a in cmd.get_arguments().filter_map(|a| a.get_long()) {
        assert!(
            page.contains(&a.replace('-', "\\-")),
            "man page lacks --{a}"
        );
    }
    for r in larcheck::rules::registry::RULES {
        assert!(page.contains(r.code), "man page lacks {}", r.code);
    }
    assert!(page.contains("EXIT STATUS"));
}

#[test]
fn readme_quick_start_names_a_bundled_case_and_the_ci_test_command() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap();
    assert!(
        readme.contains("cargo test --locked") && ci.contains("cargo test --locked"),
        "README and .ci/run must run the same test command"
    );
    let case = "fixtures/public/04-methadone-four-days-missed.toml";
    assert!(readme.contains(case) && root().join(case).exists());
    use clap::CommandFactory;
    for sub in larcheck::cli::Cli::command()
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
    {
        assert!(
            readme.contains(&format!("larcheck {}", sub.get_name())),
            "README lacks `larcheck {}`",
            sub.get_name()
        );
        for n in sub.get_subcommands().filter(|n| !n.is_hide_set()) {
            let line = format!("larcheck {} {}", sub.get_name(), n.get_name());
            assert!(readme.contains(&line), "README lacks `{line}`");
        }
    }
}
