//! The binary snapshot: a dataset read back equals the one written, shares its repeated texts,
//! and anything damaged, cut, forged or of another version is refused without a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use eu_celac_drugs::snapshot::{self, FORMAT_VERSION, SnapshotError};
use eu_celac_drugs::{Record, report_2021_2022};
use proptest::prelude::*;

#[path = "../../benches/support/synthetic.rs"]
mod synthetic;

/// The header's length: magic, version, body length, checksum.
const HEADER: usize = 28;

/// The same checksum the crate writes (eight bytes at a time, a bijection of the state each step),
/// so that a test can forge a body with a right checksum.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        h = (h.rotate_left(23) ^ u64::from_le_bytes(chunk.try_into().unwrap())).wrapping_mul(K);
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(23) ^ u64::from_le_bytes(last) ^ 0xff).wrapping_mul(K);
    h ^ (h >> 29)
}

/// `bytes` with `body` in place of its body, and a header that agrees with it.
fn forged(bytes: &[u8], body: &[u8]) -> Vec<u8> {
    let mut out = bytes[..8].to_vec();
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(body).to_le_bytes());
    out.extend_from_slice(body);
    out
}

#[test]
fn the_report_reads_back_as_it_was_written() {
    let report = report_2021_2022();
    let bytes = snapshot::to_bytes(report);
    assert_eq!(&snapshot::from_bytes(&bytes).unwrap(), report);
    // The forger's checksum is the crate's: a forged copy of the same body reads too.
    assert_eq!(&snapshot::from_bytes(&forged(&bytes, &bytes[HEADER..])).unwrap(), report);
    let mut out = Vec::new();
    snapshot::write(report, &mut out).unwrap();
    assert_eq!(out, bytes);
}

#[test]
fn a_large_dataset_read_on_two_cores_reads_back_as_it_was_written() {
    // More than two chunks of participations: read in halves, on two threads.
    let dataset = synthetic::synthetic(100_000);
    let bytes = snapshot::to_bytes(&dataset);
    let loaded = snapshot::from_bytes(&bytes).unwrap();
    assert_eq!(loaded, dataset);
    // A repeated id in the second half is found, with the path the one-core check gives.
    let body = &bytes[HEADER..];
    let at = body.windows(17).position(|w| w == b"\x10synthetic.p99999").unwrap();
    let mut forged_body = body.to_vec();
    forged_body[at + 1..at + 17].copy_from_slice(b"synthetic.p12345");
    let err = snapshot::from_bytes(&forged(&bytes, &forged_body)).unwrap_err();
    assert!(err.to_string().contains("id synthetic.p12345 is used by a participation and a participation"), "{err}");
    assert!(err.to_string().contains("participations[99999](synthetic.p12345).id"), "{err}");
    // What a question needs, read alone, gives the answer the whole dataset gives.
    use eu_celac_drugs::analysis::{INVOLVEMENT_TABLE_READS, SEIZURE_TOTALS_READS, involvement_table, seizure_totals};
    let part = snapshot::from_bytes_only(&bytes, INVOLVEMENT_TABLE_READS).unwrap();
    assert_eq!(involvement_table(&part, &Default::default()), involvement_table(&dataset, &Default::default()));
    let part = snapshot::from_bytes_only(&bytes, SEIZURE_TOTALS_READS).unwrap();
    assert!(part.participations().is_empty());
    let text = |d| seizure_totals(d, &Default::default()).unwrap().iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(text(&part), text(&dataset));
}

#[test]
fn reading_only_some_tables_reads_them_and_what_they_refer_to() {
    use eu_celac_drugs::{RecordKind, RecordRef, Ref};
    let report = report_2021_2022();
    let bytes = snapshot::to_bytes(report);
    for kind in RecordKind::ALL {
        let part = snapshot::from_bytes_only(&bytes, &[*kind]).unwrap();
        // Every record of the kind asked for, as written…
        let asked: Vec<_> = part.records().filter(|(k, _, _)| k == kind).map(|(_, id, _)| id.clone()).collect();
        let all: Vec<_> = report.records().filter(|(k, _, _)| k == kind).map(|(_, id, _)| id.clone()).collect();
        assert_eq!(asked, all, "{kind}");
        for (k, id, _) in part.records() {
            let r = Ref::new(k, id.clone());
            let (Some(a), Some(b)) = (part.get(&r), report.get(&r)) else { panic!("{r}") };
            assert_eq!(a.source(), b.source(), "{r}");
            // …and every record any of them refers to.
            for (_, target) in a.references() {
                assert!(part.get(&target).is_some(), "{r} refers to {target}, not read");
            }
        }
        assert!(part.len() <= report.len());
    }
    // The seizures need neither the participations nor the statements.
    let seizures = snapshot::from_bytes_only(&bytes, &[RecordKind::Seizure]).unwrap();
    assert!(seizures.participations().is_empty() && seizures.statements().is_empty());
    assert!(matches!(
        seizures.get(&Ref::new(RecordKind::Project, eu_celac_drugs::ids::AIRCOP)),
        Some(RecordRef::Project(_))
    ));
    // A partial read is checked too: a damaged snapshot is refused whatever is asked of it.
    let mut damaged = bytes.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    assert!(snapshot::from_bytes_only(&damaged, &[RecordKind::Seizure]).is_err());
}

#[test]
fn a_loaded_dataset_holds_each_repeated_text_once() {
    let loaded = snapshot::from_bytes(&snapshot::to_bytes(report_2021_2022())).unwrap();
    // Every record quoting the same words shares one buffer.
    let mut first: std::collections::HashMap<&str, *const u8> = std::collections::HashMap::new();
    let mut shared = 0;
    for (_, _, source) in loaded.records() {
        let quote = source.quote();
        let at = *first.entry(quote).or_insert(quote.as_ptr());
        assert_eq!(at, quote.as_ptr(), "{quote:?} is held twice");
        shared += usize::from(at == quote.as_ptr());
    }
    assert!(shared > first.len(), "the report cites some quotes more than once");
    // And every reference to a record shares its id's buffer.
    let ids: std::collections::HashMap<&str, *const u8> =
        loaded.records().map(|(_, id, _)| (id.as_str(), id.as_ptr())).collect();
    for p in loaded.participations().iter() {
        for (_, r) in p.references() {
            assert_eq!(ids.get(r.id.as_str()), Some(&r.id.as_ptr()), "{}", r.id);
        }
    }
}

#[test]
fn another_format_a_cut_or_a_damaged_byte_is_refused_and_says_so() {
    let bytes = snapshot::to_bytes(report_2021_2022());
    let err = snapshot::from_bytes(b"{\"schema_version\": 2}").unwrap_err();
    assert!(matches!(err, SnapshotError::NotASnapshot { .. }) && err.to_string().contains("{\\\"schema"), "{err}");
    let mut other = bytes.clone();
    other[8] = 99;
    let err = snapshot::from_bytes(&other).unwrap_err();
    assert!(matches!(err, SnapshotError::Version { found: 99, supported: FORMAT_VERSION }), "{err}");
    assert!(err.to_string().contains("version 99"));
    // Every cut is refused; so is every byte changed in the body (a sample of them, all bits).
    for len in (0..bytes.len()).step_by(97) {
        assert!(snapshot::from_bytes(&bytes[..len]).is_err(), "a cut at {len} was read");
    }
    for at in (HEADER..bytes.len()).step_by(131) {
        for bit in 0..8 {
            let mut damaged = bytes.clone();
            damaged[at] ^= 1 << bit;
            let err = snapshot::from_bytes(&damaged).unwrap_err();
            assert!(matches!(err, SnapshotError::Damaged { .. }), "byte {at}: {err}");
        }
    }
}

#[test]
fn a_forged_body_that_is_not_a_valid_dataset_is_refused_with_its_problems() {
    let bytes = snapshot::to_bytes(report_2021_2022());
    // In the string table, the id "seacop" becomes "aircop" (same length): two projects now share
    // an id, which the dataset's checks refuse, with the path of the second.
    let body = &bytes[HEADER..];
    let at = body.windows(7).position(|w| w == b"\x06seacop").unwrap();
    let mut forged_body = body.to_vec();
    forged_body[at + 1..at + 7].copy_from_slice(b"aircop");
    let err = snapshot::from_bytes(&forged(&bytes, &forged_body)).unwrap_err();
    let SnapshotError::Invalid { problems, omitted } = &err else { panic!("{err}") };
    assert_eq!(*omitted, 0);
    assert!(problems.iter().any(|p| p.to_string().contains("id aircop is used by a project and a project")), "{err}");
    assert!(err.to_string().starts_with("the snapshot has"), "{err}");
    // Trailing bytes after the last table are refused, naming where.
    let mut longer = body.to_vec();
    longer.push(0);
    let err = snapshot::from_bytes(&forged(&bytes, &longer)).unwrap_err();
    assert!(matches!(err, SnapshotError::Malformed { what: "bytes after the last table", .. }), "{err}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Forged bodies (right header and checksum, bytes changed, cut or added anywhere) never
    /// panic: each reads as a valid dataset or is refused.
    #[test]
    fn forged_bodies_never_panic(edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8), cut in any::<prop::sample::Index>()) {
        let bytes = snapshot::to_bytes(report_2021_2022());
        let mut body = bytes[HEADER..].to_vec();
        for (at, value) in edits {
            let i = at.index(body.len());
            body[i] = value;
        }
        let keep = cut.index(body.len() + 1);
        body.truncate(keep.max(body.len() * 9 / 10));
        match snapshot::from_bytes(&forged(&bytes, &body)) {
            Ok(d) => prop_assert!(d.problems().is_empty()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
