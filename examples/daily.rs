//! Writes the benchmarks' daily-history case (`benches/common/daily.rs`) to
//! a file, to time the binary on it as a whole process (issue 16):
//! `cargo run --release --example daily -- FILE [YEARS]` (10 years unless
//! told), then e.g. `farm-bench -- target/release/larcheck check FILE`.

#[path = "../benches/common/daily.rs"]
mod daily;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: daily FILE [YEARS]");
        std::process::exit(2);
    };
    let years: i64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10);
    let start = chrono::NaiveDate::from_ymd_opt(2016, 11, 20).expect("a valid date");
    let days = years * 365;
    let ecg = start + chrono::Duration::days(days - 100);
    let text = daily::daily_case(start, days, ecg, 211);
    std::fs::write(path, &text).expect("writable file");
    eprintln!(
        "{years} years of daily doses, {} bytes in {path}",
        text.len()
    );
}
