//! Exact figures: strict parsing, figures written for readers, comparison as written, exact
//! shifts by powers of ten.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use rust_decimal::Decimal;

use crate::ValidationError;

/// How a figure may be written when it is parsed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Written {
    /// The canonical text of a [`Decimal`], as JSON holds it: `2000`, `9.6`.
    #[cfg_attr(not(feature = "serde"), allow(dead_code, reason = "read by deserialization only"))]
    Canonical,
    /// As a reader writes it: also with the integer part grouped in threes by commas (`2,000`).
    Grouped,
}

impl Written {
    /// What a figure written this way looks like, for error messages.
    pub(crate) const fn expected(self) -> &'static str {
        match self {
            Self::Canonical => {
                "a figure written as digits with an optional decimal point (\"2000\", \"9.6\"), without separators, \
                 exponent or leading zeros"
            }
            Self::Grouped => {
                "a figure written as digits with an optional decimal point (\"9.6\"), the integer part optionally \
                 grouped in threes by commas (\"2,000\"), without exponent or leading zeros"
            }
        }
    }
}

/// Why a text is not a figure.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum FigureError {
    /// Not written as a figure ("9,6", "1e3", ".5", "05").
    Malformed,
    /// Written as a figure, but with more digits than a [`Decimal`] holds: more than 28 decimal
    /// places, or a mantissa (the digits without the point) over 2^96 - 1.
    OutOfRange,
}

/// Parses a figure: ASCII digits with an optional `.` and at least one digit after it, no
/// leading zeros ("0.5" but not "00.5" or ".5"), no exponent, at most 28 decimal places and a
/// mantissa that fits 96 bits; with [`Written::Grouped`], the integer part may also be grouped
/// in threes by commas ("28,200,000"; "2000" too, but not "20,00" or "0,500").
///
/// A leading minus sign (`-` or `−`) is read, so that a negative figure can be refused for what
/// it is (not positive) rather than as malformed; no other sign is. Without separators and sign,
/// the result's `to_string()` is the input, exactly; with separators, it is the input without them.
pub(crate) fn parse_figure(s: &str, written: Written) -> Result<Decimal, FigureError> {
    let (negative, body) = match s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        Some(body) => (true, body),
        None => (false, s),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let no_leading_zero = |t: &str| digits(t) && !(t.len() > 1 && t.starts_with('0'));
    let int_ok = if written == Written::Grouped && int.contains(',') {
        let mut groups = int.split(',');
        groups.next().is_some_and(|g| g.len() <= 3 && digits(g) && !g.starts_with('0'))
            && groups.all(|g| g.len() == 3 && digits(g))
    } else {
        no_leading_zero(int)
    };
    if !int_ok || frac.is_some_and(|f| !digits(f)) {
        return Err(FigureError::Malformed);
    }
    let scale = u32::try_from(frac.map_or(0, str::len)).map_err(|_| FigureError::OutOfRange)?;
    if scale > Decimal::MAX_SCALE {
        return Err(FigureError::OutOfRange);
    }
    let mut mantissa: i128 = 0;
    for b in int.bytes().filter(u8::is_ascii_digit).chain(frac.unwrap_or("").bytes()) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(b - b'0')))
            .ok_or(FigureError::OutOfRange)?;
    }
    if negative {
        mantissa = -mantissa;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).map_err(|_| FigureError::OutOfRange)
}

/// A figure written for readers: the integer part grouped in threes by commas, the decimal
/// part as written (`28,200,000`, `12.248`, `1,500.50`).
#[derive(Copy, Clone, Debug)]
pub(crate) struct Grouped(pub(crate) Decimal);

impl fmt::Display for Grouped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string();
        let (sign, unsigned) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (int, frac) = match unsigned.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (unsigned, None),
        };
        f.write_str(sign)?;
        let len = int.len();
        for (i, digit) in int.char_indices() {
            if i > 0 && (len - i) % 3 == 0 {
                f.write_str(",")?;
            }
            write!(f, "{digit}")?;
        }
        match frac {
            Some(frac) => write!(f, ".{frac}"),
            None => Ok(()),
        }
    }
}

/// A positive decimal for const data; a non-positive mantissa or a scale over 28 fails to compile.
pub(crate) const fn lit_decimal(mantissa: i64, scale: u32) -> Decimal {
    assert!(mantissa > 0, "figure must be positive");
    assert!(scale <= Decimal::MAX_SCALE, "scale over 28");
    let m = mantissa.unsigned_abs();
    Decimal::from_parts(m as u32, (m >> 32) as u32, 0, false, scale)
}

/// Checks that a figure is positive.
pub(crate) fn check_positive(field: &'static str, value: Decimal) -> Result<(), ValidationError> {
    if value > Decimal::ZERO { Ok(()) } else { Err(ValidationError::NotPositive { field, value: value.to_string() }) }
}

/// Orders figures by value, then by scale: agrees with [`figure_eq`] (equal value and scale means
/// equal mantissa).
pub(crate) fn cmp_figures(a: &Decimal, b: &Decimal) -> Ordering {
    a.cmp(b).then(a.scale().cmp(&b.scale()))
}

/// Figures as written: `1.5` and `1.50` differ.
pub(crate) fn figure_eq(a: &Decimal, b: &Decimal) -> bool {
    a.mantissa() == b.mantissa() && a.scale() == b.scale()
}

/// Hashes a figure as written, agreeing with [`figure_eq`].
pub(crate) fn hash_figure<H: Hasher>(d: &Decimal, state: &mut H) {
    d.mantissa().hash(state);
    d.scale().hash(state);
}

/// The largest mantissa a [`Decimal`] holds: 2^96 - 1.
const MAX_MANTISSA: i128 = (1 << 96) - 1;

/// `a + b`, exactly, or `None` when the exact sum does not fit a [`Decimal`].
///
/// `Decimal::checked_add` rounds a sum that needs more than 96 bits of mantissa (it answers
/// `None` only past the largest value); this never rounds. The sum keeps the larger scale of
/// the two (1.50 + 1.5 = 3.00), dropping trailing zeros only where the mantissa needs the room.
pub(crate) fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    // Aligning the figures as written can overflow where their normalised forms do not; if the
    // normalised forms overflow too, the exact sum has no representation (see `aligned_sum`).
    aligned_sum(a, b).or_else(|| aligned_sum(a.normalize(), b.normalize()))
}

/// The exact sum at the larger of the two scales, reduced by trailing zeros if it is too long.
///
/// With normalised operands of different scales, the sum at the larger scale ends in a non-zero
/// digit, so no smaller scale can hold it: an overflow here means no representation exists.
fn aligned_sum(a: Decimal, b: Decimal) -> Option<Decimal> {
    let mut scale = a.scale().max(b.scale());
    let align = |d: Decimal| d.mantissa().checked_mul(10_i128.checked_pow(scale - d.scale())?);
    let mut m = align(a)?.checked_add(align(b)?)?;
    while m.abs() > MAX_MANTISSA && scale > 0 && m % 10 == 0 {
        m /= 10;
        scale -= 1;
    }
    Decimal::try_from_i128_with_scale(m, scale).ok()
}

/// `value × 10^exp`, exactly, or `None` when the result does not fit.
///
/// Multiplying first lowers the scale (9.6 → 9600, keeping 9.600's scale as far as it goes);
/// dividing first drops trailing zeros of the mantissa (9600 → 9.6), then raises the scale.
pub(super) fn shift(value: Decimal, exp: i32) -> Option<Decimal> {
    let (mut m, scale) = (value.mantissa(), value.scale());
    let n = exp.unsigned_abs();
    if exp >= 0 {
        if scale >= n {
            return Decimal::try_from_i128_with_scale(m, scale - n).ok();
        }
        let factor = 10_i128.checked_pow(n - scale)?;
        return Decimal::try_from_i128_with_scale(m.checked_mul(factor)?, 0).ok();
    }
    let mut left = n;
    while left > 0 && m != 0 && m % 10 == 0 {
        m /= 10;
        left -= 1;
    }
    Decimal::try_from_i128_with_scale(m, scale.checked_add(left)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_is_exact() {
        let d = |s: &str| parse_figure(s, Written::Canonical).unwrap();
        assert_eq!(shift(d("9.6"), 3).unwrap().to_string(), "9600");
        assert_eq!(shift(d("9600"), -3).unwrap().to_string(), "9.6");
        assert_eq!(shift(d("965"), -3).unwrap().to_string(), "0.965");
        assert_eq!(shift(d("1.500"), 3).unwrap().to_string(), "1500");
        assert_eq!(shift(d("1"), -6).unwrap().to_string(), "0.000001");
        assert!(shift(Decimal::MAX, 1).is_none());
        assert!(shift(Decimal::new(1, 28), -1).is_none());
    }

    #[test]
    fn sums_are_exact_or_none() {
        let d = |s: &str| parse_figure(s, Written::Canonical).unwrap();
        assert_eq!(exact_add(d("1.50"), d("1.5")).unwrap().to_string(), "3.00");
        assert_eq!(exact_add(d("9.6"), d("0.137")).unwrap().to_string(), "9.737");
        // Decimal::checked_add would round this to 29 significant digits
        let big = d("32380063941521053392689391926");
        assert!(big.checked_add(d("0.5")).is_some());
        assert_eq!(exact_add(big, d("0.5")), None);
        assert_eq!(exact_add(big, d("1")).unwrap().to_string(), "32380063941521053392689391927");
        assert_eq!(exact_add(Decimal::MAX, d("1")), None);
        // the aligned sum overflows, the normalised one fits
        let max_scaled = Decimal::from_i128_with_scale(MAX_MANTISSA / 10 * 10, 1);
        assert!(exact_add(max_scaled, d("0.10")).is_some());
        assert_eq!(
            exact_add(
                Decimal::from_i128_with_scale(10_i128.pow(27), 0),
                Decimal::from_i128_with_scale(10_i128.pow(27), 28)
            ),
            Some(d("1000000000000000000000000000.1"))
        );
    }

    #[test]
    fn figures_parse_canonically() {
        for ok in ["0.5", "1", "1.50", "10000000", "0.0000000000000000000000000001", "-3", "0"] {
            assert_eq!(parse_figure(ok, Written::Canonical).unwrap().to_string(), ok);
            assert_eq!(parse_figure(ok, Written::Grouped).unwrap().to_string(), ok);
        }
        for bad in ["", ".5", "5.", "05", "00.5", "+1", "--1", "-", "1e3", "1_000", "1 000", "1,5", "2,000", "-.5"] {
            assert_eq!(parse_figure(bad, Written::Canonical), Err(FigureError::Malformed), "{bad}");
        }
        for too_long in [
            "0.00000000000000000000000000001",
            "79228162514264337593543950336",
            "1000000000000000000000000000000000000000000000",
        ] {
            assert_eq!(parse_figure(too_long, Written::Canonical), Err(FigureError::OutOfRange), "{too_long}");
        }
        assert_eq!(parse_figure("79228162514264337593543950335", Written::Canonical), Ok(Decimal::MAX));
        assert_eq!(parse_figure("\u{2212}2", Written::Canonical).unwrap().to_string(), "-2");
    }

    #[test]
    fn figures_group_in_threes() {
        for (written, canonical) in [
            ("2,000", "2000"),
            ("28,200,000", "28200000"),
            ("12,248.50", "12248.50"),
            ("999", "999"),
            ("1,000.0001", "1000.0001"),
            ("-2,000", "-2000"),
        ] {
            let d = parse_figure(written, Written::Grouped).unwrap();
            assert_eq!(d.to_string(), canonical);
            assert_eq!(Grouped(d).to_string(), written);
        }
        for bad in ["20,00", "0,500", "2,0000", ",200", "200,", "2,,000", "2,000,00", "1.000,5", "1,000.5,0"] {
            assert_eq!(parse_figure(bad, Written::Grouped), Err(FigureError::Malformed), "{bad}");
        }
        assert_eq!(Grouped(Decimal::MAX).to_string(), "79,228,162,514,264,337,593,543,950,335");
        assert_eq!(Grouped(Decimal::new(1, 28)).to_string(), "0.0000000000000000000000000001");
        assert_eq!(Grouped(Decimal::ZERO).to_string(), "0");
    }
}
