//! Fuzz target `snapshot`: see `eu_celac_drugs_fuzz::snapshot`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    eu_celac_drugs_fuzz::snapshot(data);
});
