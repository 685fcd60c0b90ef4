//! bytes → parse → engine::check → table and JSON, as `larcheck check`
//! does for one file (with `treatment.as_of`, or a fixed day without it).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    larcheck_fuzz::check(data);
});
