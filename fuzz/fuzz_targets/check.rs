//! Fuzz target `check`: see `eu_celac_drugs_fuzz::check`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        eu_celac_drugs_fuzz::check(text);
    }
});
