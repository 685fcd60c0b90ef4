//! The `--as-of DATE` path: the case viewed on a date derived from the
//! input (one of its own record dates, a day or two either side).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    larcheck_fuzz::as_of_view(data);
});
