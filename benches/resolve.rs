//! Benchmark: resolving 5,000 names the catalogue does not know (issue 13:
//! under 100 ms; about 1 s before), as `check` does for each prescription,
//! plus the nearest-name suggestion DAT001 makes for each. Run with
//! `cargo bench --bench resolve`. Not a test: it only reports.

use std::time::Instant;

/// 5,000 distinct made-up names shaped like prescriptions: a drug-like word,
/// sometimes a strength, a form, a route word or a second part.
fn names() -> Vec<String> {
    let stems = [
        "zorbitamol",
        "kvelantin",
        "fenoxadrin",
        "ultrapam",
        "bexatrix",
        "moravil",
        "tiklofen",
        "serquinol",
        "dalvoxin",
        "prenatrol",
    ];
    let tails = [
        "",
        " 10 mg",
        " 25 mg tablett",
        " 5 MG Oral Tablet",
        " depottablett",
        " 12 HR Extended Release",
        " nesespray",
        " 25 mikrogram/time plaster",
        " / paracetamol",
        " and Acetaminophen",
    ];
    let mut v = Vec::with_capacity(5000);
    let mut i = 0usize;
    while v.len() < 5000 {
        let s = stems[i % stems.len()];
        let t = tails[(i / stems.len()) % tails.len()];
        v.push(format!("{s}{}{t}", i / 100));
        i += 1;
    }
    v
}

fn main() {
    let cat = larcheck::config::Config::embedded().catalogue;
    let names = names();
    for _ in 0..2 {
        let t = Instant::now();
        let mut known = 0;
        for n in &names {
            if cat.resolve(n).is_some() {
                known += 1;
            }
        }
        let resolve = t.elapsed();
        let t = Instant::now();
        let mut suggested = 0;
        for n in &names {
            if !cat.suggest(n, 3).is_empty() {
                suggested += 1;
            }
        }
        let suggest = t.elapsed();
        println!(
            "resolve 5000 unknown names: {:.1} ms ({known} resolved); suggest for each: {:.1} ms ({suggested} with a suggestion); total {:.1} ms",
            resolve.as_secs_f64() * 1000.0,
            suggest.as_secs_f64() * 1000.0,
            (resolve + suggest).as_secs_f64() * 1000.0
        );
    }
}
