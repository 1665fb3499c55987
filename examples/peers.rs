//! The crate's side of the side-by-side with DuckDB, pandas and polars (`tools/peers/run.sh`):
//! writes the data every contender reads, answers the two questions, and times them.
//!
//! ```sh
//! cargo run --release --features csv --example peers -- write 0 DIR        # the report: JSON, snapshot and CSV in DIR
//! cargo run --release --features csv --example peers -- write 1000000 DIR  # synthetic: 10^6 participations
//! cargo run --release --features csv --example peers -- answer involvement DIR/eu-celac-drugs.json
//! cargo run --release --features csv --example peers -- warm seizures 20 DIR/eu-celac-drugs.json
//! cargo run --release --features csv --example peers -- load DIR/eu-celac-drugs.snapshot
//! cargo run --release --features csv --example peers -- rules
//! ```
//!
//! - `write N DIR`: the compiled-in report (N = 0), or the report with its participations replaced
//!   by N synthetic ones and N/10 synthetic seizures added (deterministic: the same data on every
//!   run), as the crate's JSON (`export::to_json`), as its binary snapshot (`snapshot::to_bytes`,
//!   `DIR/eu-celac-drugs.snapshot`) and as the CSV export (`export::write_csv`).
//! - `answer WORK [FILE]`: one question answered from the file — JSON, or a `.snapshot` — (or from the compiled-in report
//!   without one), printed as tab-separated lines. WORK is `involvement` (the involvement table
//!   with the default filter: country, total, score, in the table's order; countries there only
//!   through bloc-wide claims are left out, as the peers' CSV tables hold no claims) or `seizures` (the
//!   seizure totals of the default query: commodity, action, period, credit, unit, exact total,
//!   bound, number of figures).
//! - `warm WORK SAMPLES [JSON]`: loads the dataset once, then times SAMPLES batches of the work
//!   (each batch at least 5 ms) and prints the time per answer as JSON (median, min, max).
//!   `synthetic:N` instead of a file builds the synthetic dataset in memory (`answer` takes it
//!   too).
//! - `load FILE`: loads the whole dataset in FILE (JSON, or a `.snapshot`), validated, and prints
//!   the time it took (reading the file included) as JSON.
//! - `rules`: the documented score weights, as the peers' script hard-codes them (leadership
//!   roles, then active statuses), so that it fails if they change.
//!
//! With no arguments it prints this usage and exits with status 0; a bad argument gets a
//! one-line error and exit status 2.

use std::error::Error;
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use eu_celac_drugs::analysis::{
    Filter, INVOLVEMENT_TABLE_READS, SEIZURE_TOTALS_READS, SeizureQuery, involvement_table, seizure_totals,
};
use eu_celac_drugs::{
    Country, Dataset, DatasetParts, Id, Participation, ParticipationParts, Party, RecordKind, Role, Seizure, Statement,
    Status, export, report_2021_2022, snapshot,
};

const USAGE: &str = "usage: peers write N DIR | answer involvement|seizures [FILE] | warm involvement|seizures SAMPLES [FILE] | load FILE | rules";

/// A small linear congruential generator (Knuth's MMIX constants): the same datasets on every
/// run (as in `benches/scaling.rs`).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % n.max(1) as u64).unwrap_or(0)
    }
}

/// The compiled-in report (n = 0), or the report without its stated lists (they name its
/// participations), with its participations replaced by `n` synthetic ones and `n / 10`
/// synthetic seizures added. A synthetic participation copies the subject, role, status, period
/// and source of one of the report's and (nine times in ten) gives it to a random country, else
/// to the template's party; a synthetic seizure copies one of the report's under a new id.
fn synthetic(n: usize) -> Result<Dataset, Box<dyn Error>> {
    let report = report_2021_2022();
    if n == 0 {
        return Ok(report.clone());
    }
    let mut parts = DatasetParts::from(report.clone());
    let templates = std::mem::take(&mut parts.participations);
    // The report's lists name its participations: they go, and with them every link to a list (a
    // statement about one, a group the report names without listing it as a party).
    parts.lists.clear();
    parts.statements = parts
        .statements
        .into_iter()
        .map(|s| {
            let mut s = s.into_parts();
            s.about = s.about.iter().filter(|r| r.kind != RecordKind::StatedList).cloned().collect();
            Statement::new(s)
        })
        .collect::<Result<_, _>>()?;
    let countries = Country::ALL;
    let mut rng = Lcg(0x5eed ^ n as u64);
    let pick = |rng: &mut Lcg, len: usize| rng.below(len);
    let mut participations = Vec::with_capacity(n);
    for i in 0..n {
        let t = templates.get(pick(&mut rng, templates.len())).ok_or("the report has no participations")?;
        let listed = matches!(t.party(), Party::Body(b) if b.kind == RecordKind::StatedList);
        let party = match countries.get(pick(&mut rng, countries.len())) {
            Some(c) if rng.below(10) != 0 || listed => Party::Country(*c),
            _ => t.party().clone(),
        };
        let as_written: &'static str = match &party {
            Party::Country(c) => c.name_en(),
            Party::Organisation(_) => "the organisation",
            Party::Body(_) => "the body",
        };
        participations.push(Participation::new(ParticipationParts {
            id: Id::new(format!("synthetic.p{i}"))?,
            party,
            subject: t.subject().clone(),
            role: t.role(),
            status: t.status(),
            ordinal: t.ordinal(),
            as_written: as_written.into(),
            period: t.period(),
            source: t.source().clone(),
        })?);
    }
    parts.participations = participations;
    let seizures = parts.seizures.clone();
    for i in 0..n / 10 {
        let t = seizures.get(pick(&mut rng, seizures.len())).ok_or("the report has no seizures")?;
        let mut copy = t.clone().into_parts();
        copy.id = Id::new(format!("synthetic.s{i}"))?;
        parts.seizures.push(Seizure::new(copy)?);
    }
    Ok(Dataset::new(parts)?)
}

/// The dataset in `path`, loaded and validated by `export::from_json` (or, for a `.snapshot`
/// file, the tables the work needs, by `snapshot::from_bytes_only`), or the compiled-in report
/// (no path), or the synthetic dataset built in memory (`synthetic:N`).
fn load(work: Work, path: Option<&String>) -> Result<std::borrow::Cow<'static, Dataset>, Box<dyn Error>> {
    match path {
        None => Ok(std::borrow::Cow::Borrowed(report_2021_2022())),
        Some(path) if path.starts_with("synthetic:") => {
            let n = path.trim_start_matches("synthetic:").parse().map_err(|e| format!("bad {path}: {e}"))?;
            Ok(std::borrow::Cow::Owned(synthetic(n)?))
        }
        Some(path) if path.ends_with(".snapshot") => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            // What the question needs (and what that refers to), every part of it checked.
            let dataset = match work {
                Work::Involvement => snapshot::from_bytes_only(&bytes, INVOLVEMENT_TABLE_READS),
                Work::Seizures => snapshot::from_bytes_only(&bytes, SEIZURE_TOTALS_READS),
            };
            Ok(std::borrow::Cow::Owned(dataset.map_err(|e| format!("{path}: {e:#}"))?))
        }
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Ok(std::borrow::Cow::Owned(export::from_json(&text).map_err(|e| format!("{path}: {e:#}"))?))
        }
    }
}

#[derive(Clone, Copy)]
enum Work {
    Involvement,
    Seizures,
}

fn work(name: Option<&String>) -> Result<Work, String> {
    match name.map(String::as_str) {
        Some("involvement") => Ok(Work::Involvement),
        Some("seizures") => Ok(Work::Seizures),
        Some(other) => Err(format!("unknown work {other:?} (involvement or seizures)")),
        None => Err(format!("the work is missing; {USAGE}")),
    }
}

/// The answer to `work` on `d`, as tab-separated lines.
fn answer(work: Work, d: &Dataset) -> Result<String, Box<dyn Error>> {
    let mut out = String::new();
    match work {
        Work::Involvement => {
            // A country in the table only through bloc-wide claims (no involvement of its own) is
            // left out: the CSV tables the peers read hold involvements, not the report's claims
            // to cover a whole bloc.
            for row in involvement_table(d, &Filter::default()).iter().filter(|r| r.total() > 0) {
                writeln!(out, "{}\t{}\t{}", row.country(), row.total(), row.score())?;
            }
        }
        Work::Seizures => {
            for t in seizure_totals(d, &SeizureQuery::default())? {
                let (Some(action), Some(period), Some(credit)) = (t.action().one(), t.period().one(), t.credit().one())
                else {
                    return Err(format!("the default query combined something: {t}").into());
                };
                let period = period.map(|p| p.to_string()).unwrap_or_default();
                let total = t.total();
                writeln!(
                    out,
                    "{}\t{action}\t{period}\t{credit}\t{}\t{}\t{}\t{}",
                    t.key(),
                    total.unit(),
                    total.value(),
                    total.bound(),
                    total.terms()
                )?;
            }
        }
    }
    Ok(out)
}

/// Runs the work once, for timing: what it returns is kept from the optimiser.
fn run(work: Work, d: &Dataset) -> Result<usize, Box<dyn Error>> {
    Ok(match work {
        Work::Involvement => black_box(involvement_table(black_box(d), black_box(&Filter::default()))).len(),
        Work::Seizures => black_box(seizure_totals(black_box(d), black_box(&SeizureQuery::default()))?).len(),
    })
}

/// Times `samples` batches of the work, each of at least 5 ms, and returns the time per answer
/// of each batch, sorted, in nanoseconds.
fn time(work: Work, d: &Dataset, samples: usize) -> Result<(u64, Vec<f64>), Box<dyn Error>> {
    let floor = Duration::from_millis(5);
    let mut batch = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..batch {
            run(work, d)?;
        }
        if start.elapsed() >= floor || batch >= 1 << 20 {
            break;
        }
        batch *= 2;
    }
    let mut per_answer = Vec::with_capacity(samples);
    for _ in 0..samples.max(1) {
        let start = Instant::now();
        for _ in 0..batch {
            run(work, d)?;
        }
        per_answer.push(start.elapsed().as_nanos() as f64 / batch as f64);
    }
    per_answer.sort_by(f64::total_cmp);
    Ok((batch, per_answer))
}

fn main_with(args: &[String]) -> Result<(), Box<dyn Error>> {
    match args.first().map(String::as_str) {
        Some("write") => {
            let n: usize = args.get(1).ok_or("write needs N")?.parse().map_err(|e| format!("bad N: {e}"))?;
            let dir = Path::new(args.get(2).ok_or("write needs a directory")?);
            let start = Instant::now();
            let d = synthetic(n)?;
            let built = start.elapsed();
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            let file = std::fs::File::create(dir.join("eu-celac-drugs.json"))
                .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
            export::write_json(&d, std::io::BufWriter::new(file))?;
            export::write_csv(&d, dir)?;
            std::fs::write(dir.join("eu-celac-drugs.snapshot"), snapshot::to_bytes(&d))
                .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
            println!(
                "{{\"participations\": {}, \"seizures\": {}, \"build_ms\": {}, \"write_ms\": {}}}",
                d.participations().len(),
                d.seizures().len(),
                built.as_millis(),
                (start.elapsed() - built).as_millis()
            );
        }
        Some("answer") => {
            let work = work(args.get(1))?;
            let d = load(work, args.get(2))?;
            print!("{}", answer(work, &d)?);
            // A process about to end need not free a dataset record by record: the system takes
            // its memory back at once (as a command-line tool does with what it built).
            std::mem::forget(d);
        }
        Some("warm") => {
            let work = work(args.get(1))?;
            let samples: usize =
                args.get(2).ok_or("warm needs SAMPLES")?.parse().map_err(|e| format!("bad SAMPLES: {e}"))?;
            let start = Instant::now();
            let d = load(work, args.get(3))?;
            let load_ms = start.elapsed().as_secs_f64() * 1e3;
            let (batch, t) = time(work, &d, samples)?;
            let (Some(min), Some(max), Some(median)) = (t.first(), t.last(), t.get(t.len() / 2)) else {
                return Err("no sample".into());
            };
            println!(
                "{{\"load_ms\": {load_ms:.3}, \"batch\": {batch}, \"samples\": {}, \"median_ns\": {median:.0}, \"min_ns\": {min:.0}, \"max_ns\": {max:.0}}}",
                t.len()
            );
        }
        Some("load") => {
            let path = args.get(1).ok_or("load needs a file")?;
            let start = Instant::now();
            let d = if path.ends_with(".snapshot") {
                let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                snapshot::from_bytes(&bytes).map_err(|e| format!("{path}: {e:#}"))?
            } else {
                let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                export::from_json(&text).map_err(|e| format!("{path}: {e:#}"))?
            };
            let load_ms = start.elapsed().as_secs_f64() * 1e3;
            println!("{{\"load_ms\": {load_ms:.3}, \"records\": {}}}", d.len());
            std::mem::forget(d);
        }
        Some("rules") => {
            let lead: Vec<&str> = Role::ALL.iter().filter(|r| r.is_leadership()).map(|r| r.as_str()).collect();
            let active: Vec<&str> = Status::ALL.iter().filter(|s| s.is_active()).map(|s| s.as_str()).collect();
            println!("{}\n{}", lead.join(","), active.join(","));
        }
        Some(other) => return Err(format!("unknown command {other:?}; {USAGE}").into()),
        None => println!("{USAGE}"),
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match main_with(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // `{e:#}`: one line, for the library's errors that list problems too.
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
