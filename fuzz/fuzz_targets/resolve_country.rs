//! Fuzz target `resolve_country`: see `eu_celac_drugs_fuzz::resolve_country`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        eu_celac_drugs_fuzz::resolve_country(text);
    }
});
