//! The `eu-celac-drugs` binary, run as a user runs it: exit statuses, `--help`, outputs, and
//! the curator's loop (`check`, `diff`) on the JSON export of the compiled-in report.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::process::Command;

use eu_celac_drugs::{export, report_2021_2022};
use serde_json::Value;

/// The report's text as shipped with the crate.
const TEXT: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../src/data/council-10233-22-eu-celac-drugs-annual-report-2021-2022.md");

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = Command::new(env!("CARGO_BIN_EXE_eu-celac-drugs")).args(args).output().expect("the binary runs");
    Run {
        status: out.status.code().expect("an exit status, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

/// A fresh folder for one test.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eu-celac-drugs-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The compiled-in report's JSON export, as a JSON value (written by the library).
fn export_value() -> Value {
    serde_json::from_str(&export::to_json(report_2021_2022()).unwrap()).unwrap()
}

fn write_json(dir: &Path, name: &str, value: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string(value).unwrap()).unwrap();
    path
}

/// A failure as the conventions ask: status 2, nothing on stdout, one `eu-celac-drugs:` line on stderr.
fn assert_one_line_error(r: &Run, contains: &str) {
    assert_eq!(r.status, 2, "stderr: {}", r.stderr);
    assert!(r.stdout.is_empty(), "stdout: {}", r.stdout);
    assert_eq!(r.stderr.lines().count(), 1, "stderr: {}", r.stderr);
    assert!(r.stderr.starts_with("eu-celac-drugs: ") && r.stderr.contains(contains), "stderr: {}", r.stderr);
}

#[test]
fn help_reads_like_a_manual() {
    let r = run(["--help"]);
    assert_eq!(r.status, 0);
    assert!(r.stderr.is_empty());
    for sub in [
        "involvement",
        "country",
        "seizures",
        "timeline",
        "findings",
        "export",
        "explorer",
        "check",
        "diff",
        "completions",
    ] {
        assert!(r.stdout.contains(&format!("  {sub} ")), "{sub} missing from --help:\n{}", r.stdout);
    }
    assert!(r.stdout.contains("Exit status:") && r.stdout.contains("--data <FILE.json>"));
    let check = run(["check", "--help"]);
    assert_eq!(check.status, 0);
    for words in ["--text <REPORT.txt>", "--min-coverage <X>", "--strict", "Exit status 0 when every quote"] {
        assert!(check.stdout.contains(words), "{words} missing from check --help:\n{}", check.stdout);
    }
    let version = run(["--version"]);
    assert_eq!((version.status, version.stdout.trim()), (0, concat!("eu-celac-drugs ", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn bad_arguments_get_one_error_line_and_status_2() {
    assert_one_line_error(&run(["frobnicate"]), "unrecognized subcommand");
    assert_one_line_error(&run(["country", "Boliva"]), "Bolivia");
    assert_one_line_error(&run(["seizures", "--by", "weight"]), "possible values");
    assert_one_line_error(&run(["involvement", "--programme", "nope"]), "unknown programme");
    assert_one_line_error(&run(["timeline", "--from", "2022-05-31", "--to", "2022-01-01"]), "before it starts");
    assert_one_line_error(&run(["timeline", "--from", "2022-13-01", "--to", "2022-01-01"]), "--from");
    assert_one_line_error(&run(["check"]), "--text");
    assert_one_line_error(&run(["check", "--text", TEXT, "--min-coverage", "150%"]), "between 0 and 1");
    assert_one_line_error(&run(["check", "--text", "/proc/no-such-file.txt"]), "cannot read /proc/no-such-file.txt");
    assert_one_line_error(&run(["--data", "/proc/no-such-file.json", "involvement"]), "cannot read");
    assert_one_line_error(&run(["completions", "tcsh"]), "invalid value");
    // No subcommand: the help, on stderr, and status 2.
    let none = run::<[&str; 0], &str>([]);
    assert_eq!(none.status, 2);
    assert!(none.stdout.is_empty() && none.stderr.contains("Usage:"));
}

#[test]
fn a_dataset_that_does_not_load_gets_the_library_s_error_with_its_path() {
    let dir = temp("broken");
    let mut value = export_value();
    value["participations"][0]["subject"]["id"] = Value::from("no-such-record");
    let broken = write_json(&dir, "broken.json", &value);
    let r = run([Path::new("--data"), &broken, Path::new("involvement")]);
    assert_one_line_error(&r, "does not hold a valid dataset");
    assert!(r.stderr.contains("participations[0]"), "{}", r.stderr);
    let text = dir.join("binary.txt");
    std::fs::write(&text, [0xff, 0xfe, 0x00, 0x80]).unwrap();
    assert_one_line_error(&run([Path::new("check"), Path::new("--text"), &text]), "not UTF-8");
}

#[test]
fn queries_answer_from_the_compiled_in_report_and_from_data() {
    let dir = temp("queries");
    let json = write_json(&dir, "report.json", &export_value());
    for args in
        [vec!["involvement"], vec!["country", "Cote d’Ivoire"], vec!["seizures"], vec!["timeline"], vec!["findings"]]
    {
        let own = run(&args);
        assert_eq!(own.status, 0, "{args:?}: {}", own.stderr);
        assert!(own.stderr.is_empty() && !own.stdout.is_empty(), "{args:?}");
        // The same answer from the same data loaded from JSON.
        let mut with_data = vec!["--data", json.to_str().unwrap()];
        with_data.extend(&args);
        assert_eq!(run(&with_data).stdout, own.stdout, "{args:?}");
    }
    // The profile quotes the report.
    let peru = run(["country", "Peru"]);
    assert!(peru.stdout.starts_with("Peru (PE / PER), CELAC"), "{}", peru.stdout);
    let quote =
        eu_celac_drugs::analysis::involvements_of(report_2021_2022(), eu_celac_drugs::Country::PE)[0].source.quote();
    assert!(peru.stdout.contains(quote));
    // --json is the library's types, read back.
    let table: Value = serde_json::from_str(&run(["--json", "involvement", "--bloc", "eu"]).stdout).unwrap();
    let rows = table.as_array().unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["bloc"] == "EU"));
    let findings: Value = serde_json::from_str(&run(["--json", "findings", "--severity", "warning"]).stdout).unwrap();
    assert_eq!(
        findings.as_array().unwrap().len(),
        eu_celac_drugs::analysis::validate(report_2021_2022())
            .iter()
            .filter(|f| f.severity == eu_celac_drugs::analysis::Severity::Warning)
            .count()
    );
    // A query that matches nothing: status 1.
    let none = run(["seizures", "--period", "1990"]);
    assert_eq!(none.status, 1, "{}", none.stderr);
}

#[test]
fn export_writes_what_data_loads() {
    let dir = temp("export");
    for format in ["json", "csv", "schema", "snapshot"] {
        let r = run(["export", "--format", format, "--out", dir.to_str().unwrap()]);
        assert_eq!(r.status, 0, "{format}: {}", r.stderr);
        for file in r.stdout.lines() {
            assert!(Path::new(file).is_file(), "{format}: {file} was not written");
        }
    }
    let snapshot = dir.join("eu-celac-drugs.snapshot");
    let from_snapshot = run([Path::new("--data"), &snapshot, Path::new("country"), Path::new("PE")]);
    assert_eq!(from_snapshot.stdout, run(["country", "PE"]).stdout);
    assert_one_line_error(&run(["export", "--format", "xml", "--out", dir.to_str().unwrap()]), "xml");
    assert_one_line_error(&run(["export", "--format", "csv", "--out", "/proc/no-such-dir"]), "/proc/no-such-dir");
}

#[test]
fn a_closed_pipe_ends_quietly_with_status_0() {
    for args in [["--json", "timeline"], ["completions", "zsh"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_eu-celac-drugs"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn explorer_builds_the_site() {
    let dir = temp("explorer");
    let site = dir.join("site");
    let r = run([Path::new("--json"), Path::new("explorer"), Path::new("--out"), &site]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let summary: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(summary["pages"].as_u64().unwrap() > 100);
    assert!(site.join("index.html").is_file());
    assert_one_line_error(
        &run([Path::new("explorer"), Path::new("--out"), &site, Path::new("--source"), Path::new(TEXT)]),
        "--source goes with --data",
    );
}

#[test]
fn explorer_builds_several_editions_into_one_site() {
    let dir = temp("explorer-editions");
    let site = dir.join("site");
    // The next edition: the export with its first participation gone.
    let mut next = export_value();
    next["participations"].as_array_mut().unwrap().remove(0);
    let next = write_json(&dir, "next.json", &next);
    let edition = |extra: &[&Path]| {
        let mut args = vec![Path::new("explorer"), Path::new("--out"), &site, Path::new("--edition"), &next];
        args.extend_from_slice(extra);
        run(args)
    };
    let r = edition(&[Path::new("--edition-source"), Path::new(TEXT)]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    // Of the same period, the edition given last is the newest: at the root, with what changed;
    // the compiled-in report under editions/.
    let changes = std::fs::read_to_string(site.join("changes.html")).unwrap();
    let gone = report_2021_2022().participations().iter().next().unwrap();
    assert!(changes.contains(&gone.source().quote().replace('"', "&quot;")) || changes.contains(gone.source().quote()));
    let older: Vec<PathBuf> = std::fs::read_dir(site.join("editions")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(older.len(), 1, "{older:?}");
    assert!(older[0].join("index.html").is_file() && older[0].join("es/index.html").is_file());
    // A text for each edition at most.
    assert_one_line_error(
        &edition(&[Path::new("--edition-source"), Path::new(TEXT), Path::new("--edition-source"), Path::new(TEXT)]),
        "2 --edition-source for 1 --edition",
    );
}

#[test]
fn draft_writes_a_dataset_that_loads_and_check_reads() {
    let dir = temp("draft");
    let out = dir.join("draft.json");
    let r = run([Path::new("draft"), Path::new(TEXT), Path::new("--out"), &out]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let drafted = export::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(!drafted.seizures().is_empty() && !drafted.participations().is_empty());
    assert!(r.stdout.contains(&format!("{} drafted records", drafted.len())), "{}", r.stdout);
    // Without --out, the dataset itself goes to stdout.
    let r = run([Path::new("draft"), Path::new(TEXT)]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(export::from_json(&r.stdout).unwrap(), drafted);
    // Every drafted quote is in the text; the draft covers less than the curated dataset, so
    // check finds it wanting (status 1) and lists what it leaves uncovered.
    let r = run([Path::new("--json"), Path::new("check"), &out, Path::new("--text"), Path::new(TEXT)]);
    assert_eq!(r.status, 1, "{}", r.stderr);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["summary"]["quotes_verbatim"], report["summary"]["quotes"]);
    assert!(!report["uncovered"].as_array().unwrap().is_empty());
    // A text that is no report gets one line and status 2.
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    assert_one_line_error(&run([Path::new("draft"), &empty]), "no draft");
}

#[test]
fn completions_are_generated() {
    let r = run(["completions", "bash"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("eu-celac-drugs") && r.stdout.contains("--min-coverage"));
}

/// `check` on the JSON export and the report's text.
fn check(data: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["check", data.to_str().unwrap(), "--text", TEXT];
    args.extend(extra);
    run(args)
}

#[test]
fn check_passes_on_the_export_and_its_text() {
    let dir = temp("check-ok");
    let data = write_json(&dir, "report.json", &export_value());
    let r = check(&data, &[]);
    assert_eq!(r.status, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.is_empty());
    let n = report_2021_2022().records().count() + 1;
    let summary = r.stdout.lines().last().unwrap();
    assert!(summary.starts_with(&format!("quotes verbatim {n}/{n}, sentences covered ")), "{summary}");
    assert!(summary.contains("(100.0%)"), "{summary}");
    // --json: the library's report, read back.
    let json: Value = serde_json::from_str(&check(&data, &["--strict", "--json"]).stdout).unwrap();
    assert_eq!(json["summary"]["quotes_verbatim"], json["summary"]["quotes"]);
    assert_eq!(json["summary"]["sentences_covered"], json["summary"]["sentences"]);
    assert_eq!(json["uncovered"].as_array().unwrap().len(), 0);
    assert!(json["mentions"].as_array().unwrap().iter().all(|m| m["held"] == true));
    // With no DATA, the compiled-in report is checked: the same result.
    assert_eq!(run(["check", "--text", TEXT]).stdout, r.stdout);
    // The same text flat, on one line as a PDF gives it: every quote is still found.
    let flat = dir.join("flat.txt");
    std::fs::write(&flat, std::fs::read_to_string(TEXT).unwrap().replace('\n', " ")).unwrap();
    let r = run([Path::new("check"), &data, Path::new("--text"), &flat]);
    assert_eq!(r.status, 0, "{}", r.stdout);
    assert!(r.stdout.starts_with(&format!("quotes verbatim {n}/{n}, ")), "{}", r.stdout);
}

#[test]
fn check_names_a_record_whose_quote_was_changed() {
    let dir = temp("check-quote");
    let mut value = export_value();
    let record = &mut value["participations"][0];
    let id = record["id"].as_str().unwrap().to_owned();
    let quote = record["source"]["quote"].as_str().unwrap().to_owned();
    let changed = quote.replacen(' ', " not ", 1);
    record["source"]["quote"] = Value::from(changed.clone());
    let data = write_json(&dir, "changed.json", &value);
    let r = check(&data, &[]);
    assert_eq!(r.status, 1, "{}", r.stderr);
    assert!(r.stdout.contains(&format!("quote not in the text: participation {id}")), "{}", r.stdout);
    let json: Value = serde_json::from_str(&check(&data, &["--json"]).stdout).unwrap();
    let missing = json["missing_quotes"].as_array().unwrap();
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0]["id"], id.as_str());
    // The closest passage is the original quote, and the difference is the inserted word.
    let closest = &missing[0]["closest"];
    assert_eq!(closest["passage"].as_str().unwrap(), eu_celac_drugs::curate::text::fold(&quote));
    assert!(closest["quote_reads"].as_str().unwrap().contains("not"), "{closest}");
    // Coverage alone would pass: the quote decides.
    assert_eq!(check(&data, &["--min-coverage", "0"]).status, 1);
}

/// The records of the export whose quote stands in `section`, removed from every table.
fn without_section(value: &Value, section: &str) -> Value {
    let mut value = value.clone();
    for (_, table) in value.as_object_mut().unwrap().iter_mut() {
        if let Some(rows) = table.as_array_mut() {
            rows.retain(|r| r["source"]["section"] != section);
        }
    }
    value
}

#[test]
fn check_lists_the_sentences_of_a_section_whose_records_are_removed() {
    let dir = temp("check-section");
    let value = export_value();
    let report = report_2021_2022();
    // The first section (a leaf, with records) whose records can go without breaking a
    // reference elsewhere: the dataset still loads.
    let leaf = |code: &str| report.sections().iter().all(|s| s.parent().is_none_or(|p| p.as_str() != code));
    let (code, data) = report
        .sections()
        .iter()
        .map(|s| s.code().as_str())
        .filter(|code| leaf(code) && report.records().any(|(_, _, src)| src.section().as_str() == *code))
        .find_map(|code| {
            let v = without_section(&value, code);
            export::from_json(&serde_json::to_string(&v).unwrap()).ok().map(|_| (code, v))
        })
        .expect("some section's records can be removed");
    let data = write_json(&dir, "without.json", &data);
    let r = check(&data, &[]);
    assert_eq!(r.status, 1, "{}", r.stderr);
    let json: Value =
        serde_json::from_str(&run(["--json", "check", data.to_str().unwrap(), "--text", TEXT]).stdout).unwrap();
    let uncovered = json["uncovered"].as_array().unwrap();
    assert!(!uncovered.is_empty(), "removing section {code}'s records leaves every sentence covered");
    assert!(
        uncovered.iter().any(|u| u["place"]["section"] == code),
        "no uncovered sentence of section {code}: {uncovered:?}"
    );
    for u in uncovered.iter().filter(|u| u["place"]["section"] == code) {
        assert!(r.stdout.contains(&format!("uncovered (section {code}, line {}", u["place"]["line"])), "{}", r.stdout);
    }
    // A threshold low enough lets it pass: the quotes are all still verbatim.
    assert_eq!(check(&data, &["--min-coverage", "0"]).status, 0);
}

#[test]
fn diff_names_a_removed_participation_and_a_changed_status_with_their_quotes() {
    let dir = temp("diff");
    let old = export_value();
    let mut new = old.clone();
    let report = report_2021_2022();
    let all: Vec<&eu_celac_drugs::Participation> = report.participations().iter().collect();
    // Participations of a country that is alone in its (country, subject): each change then
    // has one reading.
    let alone: Vec<usize> = (0..all.len())
        .filter(|&i| {
            let p = all[i];
            p.party().country().is_some()
                && report
                    .participations()
                    .iter()
                    .filter(|q| q.party() == p.party() && q.subject() == p.subject())
                    .count()
                    == 1
        })
        .collect();
    let (removed, changed) = (alone[0], alone[alone.len() / 2]);
    let rows = new["participations"].as_array_mut().unwrap();
    let status = rows[changed]["status"].as_str().unwrap().to_owned();
    let other = if status == "planned" { "active" } else { "planned" };
    rows[changed]["status"] = Value::from(other);
    let removed_row = rows.remove(removed);
    let old_path = write_json(&dir, "old.json", &old);
    let new_path = write_json(&dir, "new.json", &new);
    let r = run([Path::new("diff"), &old_path, &new_path]);
    assert_eq!(r.status, 1, "{}", r.stderr);
    let (p_removed, p_changed) = (all[removed], all[changed]);
    assert!(r.stdout.contains("involvements: 2 change(s)"), "{}", r.stdout);
    assert!(r.stdout.contains(&format!("[{}] \"{}\"", p_removed.id(), p_removed.source().quote())), "{}", r.stdout);
    assert!(r.stdout.contains(&format!("{} lost in", p_removed.party().country().unwrap().name_en())), "{}", r.stdout);
    assert!(
        r.stdout.contains(&format!("{} status changed in", p_changed.party().country().unwrap().name_en())),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains(&format!("new: {} ({other}) [{}]", p_changed.role(), p_changed.id())), "{}", r.stdout);
    // --json: the library's EditionDiff, with the quotes of both editions.
    let json: Value =
        serde_json::from_str(&run([Path::new("--json"), Path::new("diff"), &old_path, &new_path]).stdout).unwrap();
    let changes = json["involvements"].as_array().unwrap();
    assert_eq!(changes.len(), 2, "{changes:?}");
    let lost = changes.iter().find(|c| c["change"] == "lost").unwrap();
    assert_eq!(lost["old"]["cited"]["id"], removed_row["id"]);
    assert_eq!(lost["old"]["cited"]["quote"], removed_row["source"]["quote"]);
    let status_changed = changes.iter().find(|c| c["change"] == "status_changed").unwrap();
    assert_eq!(status_changed["old"]["status"], status.as_str());
    assert_eq!(status_changed["new"]["status"], other);
    assert_eq!(status_changed["old"]["cited"]["quote"], p_changed.source().quote());
    assert_eq!(status_changed["new"]["cited"]["quote"], p_changed.source().quote());
    // An edition against itself: no change, status 0.
    assert_eq!(run([Path::new("diff"), &old_path, &old_path]).status, 0);
}
