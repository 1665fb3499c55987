//! The command line: bad arguments and bad datasets get one error line and status 2.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_eu-celac-drugs-explorer")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_one_error(args: &[&str], needle: &str) {
    let (status, _, err) = run(args);
    assert_eq!(status, 2, "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.starts_with("error: ") && err.contains(needle), "{args:?}: {err}");
}

#[test]
fn bad_arguments_get_one_error_line() {
    // clap's messages, in one line.
    assert_one_error(&[], "required arguments were not provided: --out <DIR>");
    assert_one_error(&["--out"], "a value is required for '--out <DIR>'");
    assert_one_error(&["--bogus"], "unexpected argument '--bogus'");
    assert_one_error(&["--out", "x", "--source", "r.md"], "required arguments were not provided: --from <FILE.json>");
    assert_one_error(&["--from", "/no/such/file.json", "--out", "x"], "cannot read /no/such/file.json");
}

#[test]
fn help_is_a_success() {
    let (status, out, err) = run(&["--help"]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("--out <DIR>") && out.contains("--from <FILE.json>") && out.contains("--source <REPORT.md>"));
    assert!(out.contains("--with-compiled-in") && out.contains("several editions"), "{out}");
}

#[test]
fn an_invalid_dataset_gets_the_library_error() {
    let dir = std::env::temp_dir().join(format!("explorer-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json = eu_celac_drugs::export::to_json(eu_celac_drugs::report_2021_2022()).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, json.replacen("\"aircop\"", "\"Not An Id\"", 1)).unwrap();
    // The library's error in its one-line form: how many problems, and the first.
    let error = eu_celac_drugs::export::from_json(&std::fs::read_to_string(&bad).unwrap()).unwrap_err();
    assert!(error.problems().len() > 1 && error.to_string().lines().count() > 1, "{error}");
    let expected = format!("{error:#}");
    let (status, _, err) = run(&["--from", bad.to_str().unwrap(), "--out", dir.join("site").to_str().unwrap()]);
    assert_eq!(status, 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.trim_end().ends_with(&expected), "{err} does not end with the library's error {expected}");
    let good = dir.join("good.json");
    std::fs::write(&good, json).unwrap();
    let (status, out, err) = run(&["--from", good.to_str().unwrap(), "--out", dir.join("site").to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("pages"));
    assert!(dir.join("site/index.html").is_file() && dir.join("site/assets/explorer.js").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn several_editions_from_the_command_line() {
    assert_one_error(
        &["--out", "x", "--from", "a.json", "--source", "a.md", "--source", "b.md"],
        "a.json has two --source",
    );
    let dir = std::env::temp_dir().join(format!("explorer-cli-editions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json = eu_celac_drugs::export::to_json(eu_celac_drugs::report_2021_2022()).unwrap();
    let data = dir.join("data.json");
    std::fs::write(&data, &json).unwrap();
    let text = dir.join("report.md");
    std::fs::write(&text, eu_celac_drugs::SOURCE_TEXT).unwrap();
    let out = dir.join("site");
    let (status, stdout, err) = run(&[
        "--with-compiled-in",
        "--from",
        data.to_str().unwrap(),
        "--source",
        text.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{err}");
    assert!(stdout.contains("pages"), "{stdout}");
    // The loaded edition (given after the compiled-in one, for the same period) is the newest.
    for page in [
        "index.html",
        "changes.html",
        "es/changes.html",
        "editions/10233-22/index.html",
        "editions/10233-22/es/record/clasi.html",
    ] {
        assert!(out.join(page).is_file(), "no {page}");
    }
    let changes = std::fs::read_to_string(out.join("changes.html")).unwrap();
    assert!(changes.contains("Countries’ involvements (0 changes)"), "the same report twice changes nothing");
    // One --from alone: one edition, no switch.
    let single = dir.join("single");
    let (status, _, err) = run(&["--from", data.to_str().unwrap(), "--out", single.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    assert!(!single.join("editions").exists() && !single.join("changes.html").exists());
    assert!(!std::fs::read_to_string(single.join("index.html")).unwrap().contains("edition-switch"));
    std::fs::remove_dir_all(&dir).unwrap();
}
