//! What a loaded dataset holds: each repeated text once, so no more than the same dataset built
//! in memory, but for its distinct texts (the built one points into the program for those), a
//! cost that does not grow with the number of records.

use eu_celac_drugs::snapshot;

use crate::{peak_and_held, synthetic};

/// The bytes held by the synthetic dataset of `n` participations: built in memory, read back
/// from its snapshot; and the snapshot's size and the peak of reading it.
fn held(n: usize) -> (usize, usize, usize, usize) {
    let (built_peak, built, dataset) = peak_and_held(|| synthetic::synthetic(n));
    eprintln!("building {n} peaks at {built_peak}");
    let bytes = snapshot::to_bytes(&dataset);
    drop(dataset);
    let (peak, loaded, dataset) = peak_and_held(|| snapshot::from_bytes(&bytes).unwrap());
    assert_eq!(dataset.participations().len(), n);
    drop(dataset);
    (built, loaded, bytes.len(), peak)
}

#[test]
fn a_loaded_dataset_holds_what_the_built_one_does_but_its_distinct_texts() {
    let _one = crate::one_at_a_time();
    let small @ (built_small, loaded_small, ..) = held(50_000);
    let large @ (built_large, loaded_large, snapshot_large, peak_large) = held(100_000);
    eprintln!("built {built_small} / loaded {loaded_small} bytes at 5e4; {built_large} / {loaded_large} at 1e5");
    // Per record, loading holds no more than building: the texts a record cites are shared. The
    // allowance is for the test harness, whose main thread may hold a buffer (about 10 kB seen)
    // while another test's result is printed; one byte more per record would be 50,000 bytes.
    let per_record = |(built, loaded, ..): (usize, usize, usize, usize)| (built, loaded);
    let ((b1, l1), (b2, l2)) = (per_record(small), per_record(large));
    assert!(l2 - l1 <= b2 - b1 + 32_768, "loading 5e4 more records holds {} bytes, building them {}", l2 - l1, b2 - b1);
    // The rest is the distinct texts, the same whatever the number of records: under 2 MB here.
    let extra = loaded_large.saturating_sub(built_large);
    assert!(extra < 2_000_000, "{extra} bytes more than built");
    assert!(extra * 10 < built_large, "{extra} bytes more than built ({built_large})");
    // Reading takes the dataset and the snapshot's bytes, and little more.
    assert!(peak_large < loaded_large + snapshot_large * 2, "peak {peak_large} for {loaded_large} held");
}
