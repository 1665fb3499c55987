//! Whether work may be split over two cores, asked of the system once per process.

use std::sync::OnceLock;

/// Whether this process may run on more than one core. The system is asked once (asking reads
/// the scheduler's affinity and the cgroup limits, which costs more than grouping the report's
/// seizures), then the answer is kept.
pub(crate) fn two_cores() -> bool {
    static TWO: OnceLock<bool> = OnceLock::new();
    *TWO.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}
