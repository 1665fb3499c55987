//! Exact figures: strict parsing, comparison as written, exact shifts by powers of ten.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use rust_decimal::Decimal;

use crate::ValidationError;

/// Parses a figure written as the canonical text of a positive-or-zero [`Decimal`]: ASCII
/// digits with an optional `.` and at least one digit after it, no sign, no leading zeros
/// ("0.5" but not "00.5" or ".5"), no exponent or separators, at most 28 decimal places.
/// The result's `to_string()` is the input, exactly.
pub(crate) fn parse_figure(s: &str) -> Option<Decimal> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || (int.len() > 1 && int.starts_with('0')) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    let mut mantissa: i128 = 0;
    for b in int.bytes().chain(frac.unwrap_or("").bytes()) {
        mantissa = mantissa.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    let scale = u32::try_from(frac.map_or(0, str::len)).ok()?;
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
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
        let d = |s: &str| parse_figure(s).unwrap();
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
        let d = |s: &str| parse_figure(s).unwrap();
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
        for ok in ["0.5", "1", "1.50", "10000000", "0.0000000000000000000000000001"] {
            assert_eq!(parse_figure(ok).unwrap().to_string(), ok);
        }
        for bad in [
            "",
            ".5",
            "5.",
            "05",
            "00.5",
            "+1",
            "-1",
            "1e3",
            "1_000",
            "1 000",
            "1,5",
            "0.00000000000000000000000000001",
        ] {
            assert!(parse_figure(bad).is_none(), "{bad}");
        }
    }
}
