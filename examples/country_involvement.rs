//! Which countries take part in what, in which role: the main job of the crate.
//!
//! ```text
//! cargo run --example country_involvement                       # the ranked table of every involved country
//! cargo run --example country_involvement -- --bloc celac --active
//! cargo run --example country_involvement -- --programme gifp
//! cargo run --example country_involvement -- Peru              # one country's profile, with quotes
//! cargo run --example country_involvement -- "Cote d’Ivoire"   # any spelling the report uses, or a code
//! ```

use std::process::ExitCode;

use eu_celac_drugs::analysis::{
    BlocClaim, BlocFilter, Filter, InvolvementKind, InvolvementRow, StatusFilter, bloc_claims_of, celac_coverage,
    involvement_table, involvements_of,
};
use eu_celac_drugs::{Attribution, Bloc, Country, Dataset, Role, report_2021_2022, resolve_country};

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let report = report_2021_2022();
    let mut filter = Filter::default();
    let mut country = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bloc" => {
                let value = args.next().ok_or("--bloc needs a value: celac, eu or other")?;
                filter.bloc = Some(
                    value
                        .parse::<BlocFilter>()
                        .map_err(|_| format!("unknown bloc {value:?}: use celac, eu or other"))?,
                );
            }
            "--active" => filter.statuses = StatusFilter::ActiveOnly,
            "--programme" => {
                let id = args.next().ok_or("--programme needs a programme id, such as gifp")?;
                if report.programme(&id).is_none() {
                    let known: Vec<&str> = report.programmes().iter().map(|p| p.id().as_str()).collect();
                    return Err(format!("unknown programme {id:?}; known: {}", known.join(", ")));
                }
                filter.programme = Some(id);
            }
            "-h" | "--help" => {
                println!("usage: country_involvement [--bloc celac|eu|other] [--active] [--programme ID] [COUNTRY]");
                return Ok(());
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag:?} (try --help)")),
            name => country = Some(resolve_country(name).map_err(|e| e.to_string())?),
        }
    }
    match country {
        Some(country) => profile(report, country),
        None => table(report, &filter),
    }
    Ok(())
}

fn bloc_of(c: Country) -> &'static str {
    if c.is_member(Bloc::Celac) {
        "CELAC"
    } else if c.is_member(Bloc::Eu) {
        "EU"
    } else if c.is_territory() {
        "territory"
    } else {
        "other"
    }
}

fn leading(row: &InvolvementRow) -> u32 {
    row.by_role().iter().filter(|(r, _)| r.is_leadership()).map(|(_, n)| n).sum()
}

fn table(report: &Dataset, filter: &Filter) {
    let rows = involvement_table(report, filter);
    let number = report.meta().number().map_or_else(|| report.meta().title().to_owned(), |n| n.to_string());
    println!("EU-CELAC drugs report 2021-2022 ({number}): involvement of {} countries", rows.len());
    println!("score = sum of role weight (3 leading, 2 other role, 1 none) x status weight (2 active, 1 prospect)");
    println!(
        "claim = claims on a whole bloc that cover the country without naming it (\"the entire CELAC region\"): \
         counted apart, in neither total nor score"
    );
    if let Some(programme) = &filter.programme {
        println!(
            "programme {programme}: involvements within it, and (column \"indir\") those in what the report presents as its result or work"
        );
    }
    println!();
    let name_width = rows.iter().map(|r| r.country().common_name().chars().count()).max().unwrap_or(7).max(7);
    println!(
        "{:>4}  {:<4} {:<name_width$}  {:<9} {:>5} {:>5} {:>5} {:>4} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5}",
        "rank",
        "code",
        "country",
        "bloc",
        "score",
        "total",
        "indir",
        "lead",
        "progr",
        "proj",
        "body",
        "taskf",
        "meet",
        "claim"
    );
    for (rank, row) in rows.iter().enumerate() {
        let c = row.country();
        let progr = row.count(InvolvementKind::Programme) + row.count(InvolvementKind::Phase);
        let proj = row.count(InvolvementKind::Project)
            + row.count(InvolvementKind::Component)
            + row.count(InvolvementKind::Operation);
        let body = row.count(InvolvementKind::WorkingGroup)
            + row.count(InvolvementKind::Network)
            + row.count(InvolvementKind::Committee)
            + row.count(InvolvementKind::WorkArea)
            + row.count(InvolvementKind::Presidency);
        let meet = row.count(InvolvementKind::MeetingCoChair)
            + row.count(InvolvementKind::MeetingCoPresidency)
            + row.count(InvolvementKind::Event)
            + row.count(InvolvementKind::Venue);
        println!(
            "{:>4}  {:<4} {:<name_width$}  {:<9} {:>5} {:>5} {:>5} {:>4} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5}",
            rank + 1,
            c.alpha2(),
            c.common_name(),
            bloc_of(c),
            row.score(),
            row.total(),
            row.indirect(),
            leading(row),
            progr,
            proj,
            body,
            row.count(InvolvementKind::TaskForce),
            meet,
            row.bloc_claims(),
        );
    }
    let coverage = celac_coverage(report);
    let names = |cs: &[Country]| cs.iter().map(|c| c.common_name()).collect::<Vec<_>>().join(", ");
    println!("\nCELAC members the report names nowhere: {}", names(&coverage.unnamed));
    for claim in &coverage.bloc_claims {
        println!("  covered, unnamed, by {}", claim_words(claim));
    }
    let prospective: Vec<Country> = coverage.prospective_only.iter().map(|(c, _)| *c).collect();
    println!(
        "CELAC members that appear only as prospects: {}",
        if prospective.is_empty() { "none".to_owned() } else { names(&prospective) }
    );
}

fn profile(report: &Dataset, country: Country) {
    let all = involvements_of(report, country);
    let blocs: Vec<String> = country.blocs().iter().map(ToString::to_string).collect();
    println!(
        "{} ({} / {}), {}",
        country.name_en(),
        country.alpha2(),
        country.alpha3(),
        if blocs.is_empty() { bloc_of(country).to_owned() } else { blocs.join(", ") }
    );
    if let Some(es) = country.name_es() {
        println!("Spanish: {es}");
    }
    if let Some(sovereign) = country.sovereign() {
        println!("territory of {}", sovereign.name_en());
    }
    let claims = bloc_claims_of(report, country);
    if all.is_empty() {
        println!("\nThe report names {} nowhere.", country.common_name());
        for claim in &claims {
            println!("Covered, unnamed, by {}", claim_words(claim));
        }
        return;
    }
    println!("\n{} involvement(s) in the report:\n", all.len());
    for (i, inv) in all.iter().enumerate() {
        let role = inv.role.map_or_else(|| "-".to_owned(), |r: Role| r.to_string());
        let ordinal = inv.ordinal.map(|o| format!(" #{o}")).unwrap_or_default();
        let kind = inv.kind.to_string().replace('_', " ");
        println!("{:>3}. {} ({kind}): {role}{ordinal}, {}", i + 1, inv.subject_label, inv.status);
        let programmes: Vec<String> = inv
            .programmes
            .iter()
            .map(|l| {
                let name = l.programme.acronym().unwrap_or(l.programme.name());
                match (l.attribution, &l.via) {
                    (Attribution::Direct, _) => name.to_owned(),
                    (Attribution::Indirect, Some(via)) => {
                        format!("{name} (indirectly: its result or work, per \"{}\")", report.label_of(via))
                    }
                    (Attribution::Indirect, None) => format!("{name} (indirectly)"),
                    (Attribution::BlocWide, _) => format!("{name} (by a claim on a whole bloc)"),
                }
            })
            .collect();
        if !programmes.is_empty() {
            println!("     counts for: {}", programmes.join("; "));
        }
        if let Some(org) = inv.through {
            println!("     through: {}", org.name());
        }
        if let Some(w) = inv.as_written {
            println!("     written: {w:?}");
        }
        println!("     section {}: \"{}\"", inv.source.section(), inv.source.quote());
        if let Some(note) = inv.source.note() {
            println!("     reading: {note}");
        }
    }
    if !claims.is_empty() {
        println!("\nBeside what names {}, claims on a whole bloc cover it without naming it:", country.common_name());
        for claim in &claims {
            println!("  - {}", claim_words(claim));
        }
    }
}

/// A claim on a whole bloc, for readers: whose claim, to cover what, and the report's words.
fn claim_words(claim: &BlocClaim<'_>) -> String {
    format!(
        "{}'s claim to cover {} ({}): \"{}\"",
        claim.subject_label,
        claim.label,
        claim.status,
        eu_celac_drugs::source::plain_text(claim.source.quote())
    )
}
