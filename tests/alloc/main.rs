//! Opening the compiled-in dataset and reading every record of every table allocates nothing;
//! loading a large JSON document takes memory in proportion to the dataset, not more (`peak`).
//!
//! This binary installs a counting global allocator (hence its own test binary, and the one
//! place in the package with `unsafe` code: the library itself forbids it). Counting
//! allocations is per thread, so the test harness's own threads do not disturb the count;
//! measuring peak memory counts every thread (the loaders read and check large datasets on two
//! cores), one measurement at a time: every test of this binary takes the same lock.
#![allow(unsafe_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod held;
#[cfg(feature = "json")]
mod peak;
/// The compiled-in report without its stated lists, its participations replaced by `n`
/// synthetic ones, as in the scaling benchmark.
#[path = "../../benches/support/synthetic.rs"]
mod synthetic;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use eu_celac_drugs::{Dataset, Record, report_2021_2022};

/// The system allocator, counting the allocations of the threads that ask for it, and the bytes
/// they hold.
struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Whether every thread's allocations are counted: bytes allocated less bytes freed since
/// counting began (negative when memory allocated before is freed), and the highest it reached.
static ALL_THREADS: AtomicBool = AtomicBool::new(false);
static ALL_BYTES: AtomicIsize = AtomicIsize::new(0);
static ALL_PEAK: AtomicIsize = AtomicIsize::new(0);

/// Taken by every test of this binary, so that no test allocates while another measures.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The lock every test takes first (a test that failed while holding it leaves it usable).
pub fn one_at_a_time() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Notes an allocation of `grown` more bytes (negative for a free).
fn note(allocation: bool, grown: isize) {
    if ALL_THREADS.load(Ordering::Relaxed) {
        let now = ALL_BYTES.fetch_add(grown, Ordering::Relaxed) + grown;
        ALL_PEAK.fetch_max(now, Ordering::Relaxed);
    }
    // `try_with`: the thread-locals may be gone while a thread shuts down.
    let _ = COUNTING.try_with(|counting| {
        if counting.get() && allocation {
            let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        }
    });
}

fn size(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded unchanged to the system allocator; the bookkeeping touches
// only `const`-initialised thread-locals without destructors, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(true, size(layout.size()));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which we pass on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(true, size(layout.size()));
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(true, size(new_size) - size(layout.size()));
        // SAFETY: as for `alloc`; `ptr` was allocated by `System` through this allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note(false, -size(layout.size()));
        // SAFETY: `ptr` was allocated by `System` through this allocator with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `f` makes on this thread, and its result. The caller holds
/// [`one_at_a_time`].
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    let out = f();
    COUNTING.with(|c| c.set(false));
    (ALLOCATIONS.with(Cell::get), out)
}

/// The most heap memory, in bytes, that `f` held at once on this thread (beyond what was held
/// when it began), counting what it returns and what the threads it starts allocate; and its
/// result. The caller holds [`one_at_a_time`].
pub fn peak_bytes<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let (peak, _, out) = peak_and_held(f);
    (peak, out)
}

/// [`peak_bytes`], and the bytes still held when `f` returns (what its result keeps).
pub fn peak_and_held<T>(f: impl FnOnce() -> T) -> (usize, usize, T) {
    ALL_BYTES.store(0, Ordering::Relaxed);
    ALL_PEAK.store(0, Ordering::Relaxed);
    ALL_THREADS.store(true, Ordering::SeqCst);
    let out = f();
    ALL_THREADS.store(false, Ordering::SeqCst);
    let peak = usize::try_from(ALL_PEAK.load(Ordering::Relaxed)).unwrap_or(0);
    let held = usize::try_from(ALL_BYTES.load(Ordering::Relaxed)).unwrap_or(0);
    (peak, held, out)
}

/// A `fmt::Write` that keeps only the number of bytes written: formatting into it reads every
/// field of a value without storing anything.
#[derive(Default)]
struct Sink(usize);

impl fmt::Write for Sink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// Reads every record of every table of `d`: `Table::iter` forwards and backwards, `get`,
/// the getters of every kind of record (through `Record` and typed getters), and every field
/// (through `Debug`, which formats each one). Returns a checksum so nothing is optimised away.
fn read_everything(d: &Dataset) -> usize {
    let mut sink = Sink::default();
    let mut records = 0usize;
    macro_rules! table {
        ($field:ident $(, $getter:ident)*) => {{
            let table = d.$field();
            for (i, r) in table.iter().enumerate() {
                records += 1;
                assert!(std::ptr::eq(table.get(i).unwrap(), r));
                sink.0 += r.record_id().as_str().len() + r.record_source().quote().len();
                sink.0 += r.record_source().note().map_or(0, str::len);
                $( write!(sink, "{:?}", r.$getter()).unwrap(); )*
                write!(sink, "{r:?}").unwrap();
            }
            records += table.iter().rev().count();
            sink.0 += table.len() + table.chunk_count();
        }};
    }
    table!(organisations, name, acronym, kind);
    table!(instruments, name);
    table!(programmes, name, acronym);
    table!(phases, name, of);
    table!(projects, name, kind, programme);
    table!(operations, name, of);
    table!(working_groups, name, of);
    table!(networks, name);
    table!(committees, name);
    table!(work_areas, name, of);
    table!(task_forces, name, host, status);
    table!(border_areas, name, countries);
    table!(events, name, places, status);
    table!(documents, title);
    table!(participations, party, subject, role, status, as_written, period);
    table!(seizures, commodity, quantity, place);
    table!(outcomes, place);
    table!(budgets, of);
    table!(lists, label, of);
    table!(relations);
    table!(statements, of, kind);
    let meta = d.meta();
    write!(sink, "{:?} {:?} {meta:?}", meta.number(), meta.period_start()).unwrap();
    for (kind, id, source) in d.records() {
        write!(sink, "{kind}{id}").unwrap();
        sink.0 += source.quote().len();
    }
    records + sink.0 + d.len()
}

#[test]
fn opening_the_compiled_in_dataset_and_reading_every_record_allocates_nothing() {
    let _one = one_at_a_time();
    // No warm-up: the very first opening is counted, so lazily initialised state would show.
    let (n, checksum) = allocations(|| {
        let report = report_2021_2022();
        read_everything(report)
    });
    assert!(checksum > report_2021_2022().len(), "the visit read the records");
    assert_eq!(n, 0, "reading the compiled-in dataset made {n} allocations");
}

#[test]
fn the_counter_counts() {
    let _one = one_at_a_time();
    let (n, v) = allocations(|| vec![1u8, 2, 3]);
    assert_eq!(v.len(), 3);
    assert!(n >= 1, "a Vec allocates, and the counter must see it");
    // Copying the records of the report into owned parts allocates.
    let (n, copy) = allocations(|| eu_celac_drugs::DatasetParts::from(report_2021_2022().clone()));
    assert!(n > 0);
    drop(copy);
    // The peak counts what is held at once, not what is allocated in all.
    let (peak, ()) = peak_bytes(|| {
        for _ in 0..100 {
            drop(vec![0u8; 1_000_000]);
        }
    });
    assert!((1_000_000..2_000_000).contains(&peak), "{peak}");
    let (peak, kept) = peak_bytes(|| vec![0u8; 3_000_000]);
    assert!(peak >= kept.len());
}

#[test]
fn cloning_ids_and_references_allocates_nothing() {
    let _one = one_at_a_time();
    use eu_celac_drugs::{Id, RecordKind, Ref};
    // Ids of the compiled-in data, handles, and ids built at run time (shared) alike.
    let runtime = Id::new(format!("built.at-run-time.{}", std::process::id())).unwrap();
    let loaded: Id = "loaded.from-text".parse().unwrap();
    let refs = [
        Ref::new(RecordKind::Project, eu_celac_drugs::ids::AIRCOP),
        Ref::new(RecordKind::Event, runtime.clone()),
        Ref::new(RecordKind::Document, loaded.clone()),
    ];
    let compiled: Vec<&Id> = report_2021_2022().records().map(|(_, id, _)| id).collect();
    let (n, clones) = allocations(|| {
        let mut count = 0usize;
        for _ in 0..100 {
            count += [runtime.clone(), loaded.clone()].len();
            count += refs.clone().len();
            count += compiled.iter().map(|id| (*id).clone()).filter(|id| !id.is_empty()).count();
        }
        count
    });
    assert!(clones > 100 * compiled.len());
    assert_eq!(n, 0, "cloning ids and references made {n} allocations");
}
