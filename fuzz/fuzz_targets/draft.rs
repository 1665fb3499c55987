//! Fuzz target `draft`: see `eu_celac_drugs_fuzz::draft`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    eu_celac_drugs_fuzz::draft(data);
});
