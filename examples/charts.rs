//! Charts of the report, as SVG files: a country × programme involvement heat map and the
//! seizures by commodity.
//!
//! ```text
//! cargo run --features charts --example charts -- OUT_DIR
//! ```
//!
//! Without an argument the charts go to `eu-celac-drugs-charts` in the system's temporary folder.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eu_celac_drugs::analysis::{GroupBy, SeizureQuery, SeizureTotal, Units, bloc_claims, involvements, seizure_totals};
use eu_celac_drugs::{Attribution, Country, Dimension, Index, RecordKind, Ref, SeizureAction, report_2021_2022};
use plotters::prelude::*;

fn main() -> ExitCode {
    let out =
        std::env::args_os().nth(1).map_or_else(|| std::env::temp_dir().join("eu-celac-drugs-charts"), PathBuf::from);
    match run(&out) {
        Ok(files) => {
            for f in files {
                println!("wrote {}", f.display());
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(out: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let probe = out.join(".write-test");
    std::fs::write(&probe, b"").map_err(|e| format!("cannot write in {}: {e}", out.display()))?;
    let _ = std::fs::remove_file(&probe);
    let heat = out.join("involvement-heatmap.svg");
    heat_map(&heat).map_err(|e| format!("cannot draw {}: {e}", heat.display()))?;
    let bars = out.join("seizures-by-commodity.svg");
    seizures(&bars).map_err(|e| format!("cannot draw {}: {e}", bars.display()))?;
    Ok(vec![heat, bars])
}

type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// A label broken into lines of at most `width` characters (at word boundaries), at most
/// `max_lines` of them, the last one shortened with "…" if the label is longer.
fn wrap(label: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// The column an involvement without any programme goes to: what its subject belongs to at the
/// top (the Mechanism, for its own meetings), or "outside any programme".
fn outside_label(index: &Index<'_>, subject: &Ref) -> String {
    match index.ancestors(subject).last() {
        Some(top) if top.kind == RecordKind::Organisation => format!("{} (outside programmes)", index.label_of(&top)),
        _ => "Outside any programme".to_owned(),
    }
}

/// Rows: involved countries, most involved first, then the countries only a claim on a whole bloc
/// covers; columns: programmes (and what lies outside them); cells: involvements, with those that
/// count for the programme only indirectly (its result or work, such as CLASI for EL PAcCTO) shown
/// apart, and a claim on a whole bloc ("the entire CELAC region") marked apart again, never added.
fn heat_map(path: &Path) -> DrawResult {
    let report = report_2021_2022();
    let index = Index::new(report);
    // (direct, indirect) per cell
    let mut cells: BTreeMap<(Country, String), (u32, u32)> = BTreeMap::new();
    // the cells a claim on a whole bloc covers
    let mut claimed: BTreeSet<(Country, String)> = BTreeSet::new();
    let mut totals: BTreeMap<Country, u32> = BTreeMap::new();
    let mut programmes = BTreeSet::new();
    for i in involvements(report) {
        let mut columns: Vec<(String, bool)> = i
            .programmes
            .iter()
            .map(|l| {
                (l.programme.acronym().unwrap_or(l.programme.name()).to_owned(), l.attribution == Attribution::Indirect)
            })
            .collect();
        if columns.is_empty() {
            columns.push((outside_label(&index, &i.subject), false));
        }
        for (column, indirect) in columns {
            programmes.insert(column.clone());
            let cell = cells.entry((i.country, column)).or_default();
            if indirect {
                cell.1 += 1;
            } else {
                cell.0 += 1;
            }
        }
        *totals.entry(i.country).or_default() += 1;
    }
    for claim in bloc_claims(report) {
        for link in &claim.programmes {
            let column = link.programme.acronym().unwrap_or(link.programme.name()).to_owned();
            programmes.insert(column.clone());
            for &country in claim.bloc.members() {
                claimed.insert((country, column.clone()));
                totals.entry(country).or_default();
            }
        }
    }
    let mut countries: Vec<Country> = totals.keys().copied().collect();
    countries.sort_by(|a, b| totals.get(b).cmp(&totals.get(a)).then_with(|| a.common_name().cmp(b.common_name())));
    let programmes: Vec<String> = programmes.into_iter().collect();
    let max = cells.values().map(|(d, i)| d + i).max().unwrap_or(1).max(1);

    let (cell_w, cell_h, left, top) = (150u32, 18u32, 230u32, 148u32);
    let width = left + cell_w * u32::try_from(programmes.len())? + 20;
    let height = top + cell_h * u32::try_from(countries.len())? + 20;
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let number = report.meta().number().map_or_else(|| report.meta().title().to_owned(), |n| n.to_string());
    let title = format!("Involvements by country and programme — report {number}");
    root.draw(&Text::new(title, (10, 10), ("sans-serif", 20).into_font()))?;
    let legend = "A cell counts a country's involvements in what stands within the programme; \"ind.\": in what the \
                  report presents as the programme's result or work (CLASI for EL PAcCTO), counted apart.";
    root.draw(&Text::new(legend, (10, 38), ("sans-serif", 12).into_font()))?;
    let claims = "\"claim\": the country is covered, without being named, by a claim on a whole bloc (\"COPOLAD … \
                  covering the entire CELAC region\"); grey where that is all the report says. Never added to a count.";
    root.draw(&Text::new(claims, (10, 56), ("sans-serif", 12).into_font()))?;
    for (j, p) in programmes.iter().enumerate() {
        let x = i32::try_from(left + cell_w * u32::try_from(j)?)?;
        let lines = wrap(p, 22, 4);
        let first = i32::try_from(top)? - 8 - 15 * i32::try_from(lines.len())?;
        for (k, line) in lines.into_iter().enumerate() {
            let y = first + 15 * i32::try_from(k)?;
            root.draw(&Text::new(line, (x + 4, y), ("sans-serif", 13).into_font()))?;
        }
    }
    for (r, c) in countries.iter().enumerate() {
        let y = i32::try_from(top + cell_h * u32::try_from(r)?)?;
        let label = format!("{} {}", c.alpha2(), c.common_name());
        root.draw(&Text::new(label, (10, y + 3), ("sans-serif", 12).into_font()))?;
        for (j, p) in programmes.iter().enumerate() {
            let x = i32::try_from(left + cell_w * u32::try_from(j)?)?;
            let (direct, indirect) = cells.get(&(*c, p.clone())).copied().unwrap_or((0, 0));
            let claim = claimed.contains(&(*c, p.clone()));
            let n = direct + indirect;
            // white for none, deepening blue with the count; green where all are indirect; grey
            // where only a claim on a whole bloc covers the country
            let shade = 255 - u8::try_from(n * 200 / max).unwrap_or(200);
            let colour = match (direct, indirect) {
                (0, 0) if claim => RGBColor(225, 225, 225),
                (0, i) if i > 0 => RGBColor(shade, 255, shade),
                _ => RGBColor(shade, shade, 255),
            };
            let (x1, y1) = (x + i32::try_from(cell_w)? - 2, y + i32::try_from(cell_h)? - 2);
            root.draw(&Rectangle::new([(x, y), (x1, y1)], colour.filled()))?;
            let counted = match (direct, indirect) {
                (0, 0) => String::new(),
                (d, 0) => d.to_string(),
                (0, i) => format!("{i} ind."),
                (d, i) => format!("{d} + {i} ind."),
            };
            let text = match (counted.is_empty(), claim) {
                (true, true) => "claim".to_owned(),
                (false, true) => format!("{counted} · claim"),
                (_, false) => counted,
            };
            if !text.is_empty() {
                root.draw(&Text::new(text, (x + 4, y + 3), ("sans-serif", 11).into_font()))?;
            }
        }
    }
    root.present()?;
    Ok(())
}

/// Masses seized and destroyed by commodity, normalised exactly to kilograms (drawn on a log
/// scale), one bar per commodity, action, stated period and credit, as the library keeps them
/// apart; seized and destroyed are two series in two colours, and each bar's label says what it
/// adds up. The exact total (with its bound) is written beside the bar.
fn seizures(path: &Path) -> DrawResult {
    let report = report_2021_2022();
    let query = SeizureQuery { by: GroupBy::Commodity, units: Units::Normalised, ..SeizureQuery::default() };
    let mut lines: Vec<(SeizureTotal<'_>, f64)> = seizure_totals(report, &query)?
        .into_iter()
        .filter(|l| l.total().unit().dimension() == Dimension::Mass)
        .map(|l| {
            // display only: the exact total stays a Decimal in the library
            let kg: f64 = l.total().value().to_string().parse().unwrap_or(0.0);
            (l, kg)
        })
        .collect();
    lines.sort_by(|a, b| b.1.total_cmp(&a.1));
    let n = lines.len();
    let root = SVGBackend::new(path, (1200, 100 + 28 * u32::try_from(n)?)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Masses seized and destroyed, by commodity, stated period and credit (kg, log scale)",
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(30)
        .y_label_area_size(400)
        .build_cartesian_2d((0.005f64..500_000f64).log_scale(), (0..n).into_segmented())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n)
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => lines.get(*i).map(|l| l.0.label()).unwrap_or_default(),
            _ => String::new(),
        })
        .x_desc("kilograms (converted exactly from the units stated)")
        .draw()?;
    let destroyed_colour = RGBColor(230, 120, 0);
    for (action, colour) in
        [(SeizureAction::Seized, BLUE.mix(0.6)), (SeizureAction::Destroyed, destroyed_colour.mix(0.8))]
    {
        let bars =
            lines.iter().enumerate().filter(|(_, (l, _))| l.action().one() == Some(&action)).map(|(i, (_, kg))| {
                let mut bar = Rectangle::new(
                    [(0.005, SegmentValue::Exact(i)), (*kg, SegmentValue::Exact(i + 1))],
                    colour.filled(),
                );
                bar.set_margin(3, 3, 0, 0);
                bar
            });
        chart
            .draw_series(bars)?
            .label(action.to_string())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled()));
    }
    chart.draw_series(lines.iter().enumerate().map(|(i, (l, kg))| {
        Text::new(format!(" {}", l.total()), (*kg, SegmentValue::CenterOf(i)), ("sans-serif", 12).into_font())
    }))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE)
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
