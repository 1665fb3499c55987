//! What every subcommand shares: the dataset to work on, the output, errors and exit statuses.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufWriter, Read, StdoutLock, Write};
use std::path::{Path, PathBuf};

use eu_celac_drugs::{Dataset, export, snapshot};

/// How a subcommand ended: the process's exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// 0: all good.
    Good = 0,
    /// 1: checked, and found wanting (or a query matched nothing).
    Wanting = 1,
}

impl Status {
    /// `Good` when `ok`, else `Wanting`.
    pub fn good_if(ok: bool) -> Self {
        if ok { Self::Good } else { Self::Wanting }
    }
}

/// An error that ends the run with exit status 2 (or quietly with 0 on a closed pipe).
#[derive(Debug)]
pub enum Failure {
    /// A bad argument, or an input that cannot be read or loaded: one line, status 2.
    Error(String),
    /// Standard output was closed (`| head`): stop quietly, status 0.
    BrokenPipe,
}

impl Failure {
    /// An error with this message.
    pub fn msg(message: impl fmt::Display) -> Self {
        Self::Error(message.to_string())
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe { Self::BrokenPipe } else { Self::Error(format!("cannot write: {e}")) }
    }
}

/// What a subcommand returns.
pub type Outcome = Result<Status, Failure>;

/// Standard output, locked and buffered: data only (messages go to standard error).
pub type Out = BufWriter<StdoutLock<'static>>;

/// Reads a file whole, refusing one longer than `max` bytes without reading it all.
pub fn read_bytes(path: &Path, max: usize) -> Result<Vec<u8>, Failure> {
    let file = std::fs::File::open(path).map_err(|e| Failure::msg(format!("cannot read {}: {e}", path.display())))?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::msg(format!("cannot read {}: {e}", path.display())))?;
    if bytes.len() > max {
        return Err(Failure::msg(format!("{} is larger than the {max} bytes this command reads", path.display())));
    }
    Ok(bytes)
}

/// Reads a UTF-8 text file whole (up to `max` bytes).
pub fn read_text(path: &Path, max: usize) -> Result<String, Failure> {
    String::from_utf8(read_bytes(path, max)?)
        .map_err(|e| Failure::msg(format!("{} is not UTF-8 text: {e}", path.display())))
}

/// The largest dataset file read: 1 GiB.
const MAX_DATASET_BYTES: usize = 1 << 30;

/// The dataset a subcommand works on: the compiled-in report, or the one in `path` — the
/// crate's JSON format, or a binary snapshot (`snapshot::to_bytes`), checked in full either way.
pub fn dataset(path: Option<&PathBuf>) -> Result<Cow<'static, Dataset>, Failure> {
    let Some(path) = path else { return Ok(Cow::Borrowed(eu_celac_drugs::report_2021_2022())) };
    let bytes = read_bytes(path, MAX_DATASET_BYTES)?;
    let loaded = if bytes.starts_with(b"EUCELAC\0") {
        snapshot::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
    } else {
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| Failure::msg(format!("{} is not UTF-8 JSON: {e}", path.display())))?;
        // `{e:#}`: how many problems, and the first with its JSON path, in one line.
        export::from_json(text).map_err(|e| format!("{} does not hold a valid dataset: {e:#}", path.display()))
    };
    loaded.map(Cow::Owned).map_err(Failure::Error)
}

/// Writes `value` as pretty JSON and a newline.
pub fn json(out: &mut Out, value: &impl serde::Serialize) -> Result<(), Failure> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| {
        if e.io_error_kind() == Some(io::ErrorKind::BrokenPipe) { Failure::BrokenPipe } else { Failure::msg(e) }
    })?;
    writeln!(out)?;
    Ok(())
}

/// A clap value parser for one of the library's code enums (parsed with `FromStr`, the
/// possible values listed in `--help` and completions).
pub fn code<T>() -> impl clap::builder::TypedValueParser<Value = T>
where
    T: eu_celac_drugs::strum::VariantNames + std::str::FromStr + Clone + Send + Sync + 'static,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(T::VARIANTS).try_map(|s| s.parse::<T>())
}
