//! `country NAME`: one country's profile.

use std::io::Write;

use eu_celac_drugs::analysis::{bloc_claims_of, involvements_of, programmes_of};
use eu_celac_drugs::{Attribution, Country, resolve_country};

use super::Global;
use super::involvement::bloc_of;
use crate::support::{Failure, Out, Outcome, Status, dataset, json};

/// One country's profile.
///
/// Every involvement, with the programmes it counts for and its quote.
///
/// The country may be written in any spelling the report uses ("Cote d’Ivoire", "Trinidad &
/// Tobago"), in English or Spanish, or as an ISO code; a name that does not resolve gets
/// suggestions and exit status 2. Exit status 1 when the dataset names the country nowhere
/// (claims on a whole bloc that cover it are still shown).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The country: a name in any spelling, or an ISO 3166-1 code.
    #[arg(value_name = "NAME")]
    name: String,
}

/// Runs `country`.
pub fn run(args: &Args, global: &Global, out: &mut Out) -> Outcome {
    let country: Country = resolve_country(&args.name).map_err(Failure::msg)?;
    let report = dataset(global.data.as_ref())?;
    let all = involvements_of(&report, country);
    let claims = bloc_claims_of(&report, country);
    if global.json {
        let programmes = programmes_of(&report, country);
        json(
            out,
            &serde_json::json!({
                "country": country.alpha2(),
                "name": country.common_name(),
                "bloc": bloc_of(country),
                "involvements": all,
                "programmes": programmes,
                "bloc_claims": claims,
            }),
        )?;
        return Ok(Status::good_if(!all.is_empty()));
    }
    writeln!(out, "{} ({} / {}), {}", country.name_en(), country.alpha2(), country.alpha3(), bloc_of(country))?;
    if all.is_empty() {
        writeln!(out, "The report names {} nowhere.", country.common_name())?;
    } else {
        writeln!(out, "{} involvement(s):", all.len())?;
    }
    for (i, inv) in all.iter().enumerate() {
        let role = inv.role.map_or_else(|| "-".to_owned(), |r| r.to_string());
        writeln!(out, "{:>3}. {} ({}): {role}, {}", i + 1, inv.subject_label, inv.kind, inv.status)?;
        let programmes: Vec<String> = inv
            .programmes
            .iter()
            .map(|l| {
                let name = l.programme.acronym().unwrap_or(l.programme.name());
                match l.attribution {
                    Attribution::Direct => name.to_owned(),
                    Attribution::Indirect => format!("{name} (indirectly)"),
                    Attribution::BlocWide => format!("{name} (by a claim on a whole bloc)"),
                }
            })
            .collect();
        if !programmes.is_empty() {
            writeln!(out, "     counts for: {}", programmes.join("; "))?;
        }
        writeln!(out, "     section {}: \"{}\"", inv.source.section(), inv.source.quote())?;
    }
    for claim in &claims {
        writeln!(out, "covered, without being named, by {}'s claim to cover {}", claim.subject_label, claim.label)?;
    }
    Ok(Status::good_if(!all.is_empty()))
}
