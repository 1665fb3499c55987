//! Stable record identifiers.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::ValidationError;

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// A stable, human-readable identifier of a record, such as `aircop` or `aircop.jaitf.cm-douala`.
///
/// Ids are lowercase ASCII slugs: letters, digits and the separators `-`, `.` and `_`,
/// starting with a letter or a digit, at most [`MAX_ID_LEN`] bytes. They are unique within a
/// [`Dataset`](crate::Dataset) across all kinds of record, so a reference needs only the id
/// and the kind it expects.
///
/// ```
/// use eu_celac_drugs::Id;
///
/// let id: Id = "copolad.iii".parse()?;
/// assert_eq!(id, "copolad.iii"); // ids compare with text
/// assert_eq!(id.as_str(), "copolad.iii");
/// assert!(Id::new("COPOLAD III").is_err());
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(Cow<'static, str>);

/// Whether `s` is a valid id; usable in const context.
pub(crate) const fn is_valid_id(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > MAX_ID_LEN {
        return false;
    }
    let mut rest = b;
    let mut first = true;
    while let [c, tail @ ..] = rest {
        let c = *c;
        let ok = c.is_ascii_lowercase() || c.is_ascii_digit() || (!first && (c == b'-' || c == b'.' || c == b'_'));
        if !ok {
            return false;
        }
        first = false;
        rest = tail;
    }
    true
}

impl Id {
    /// Validates and wraps an id.
    ///
    /// # Errors
    /// [`ValidationError::InvalidId`] when `value` is not a lowercase slug of at most
    /// [`MAX_ID_LEN`] bytes.
    pub fn new(value: impl Into<Cow<'static, str>>) -> Result<Self, ValidationError> {
        let value = value.into();
        if is_valid_id(&value) {
            Ok(Self(value))
        } else {
            Err(ValidationError::InvalidId { field: "id", value: value.into_owned() })
        }
    }

    /// An id from a literal, checked at compile time when used in a const item.
    pub(crate) const fn lit(s: &'static str) -> Self {
        assert!(is_valid_id(s), "invalid id literal");
        Self(Cow::Borrowed(s))
    }

    /// The id as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this id is valid (always true for ids built through [`Id::new`]).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        is_valid_id(&self.0)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Id {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s.to_owned())
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Id> for str {
    fn eq(&self, other: &Id) -> bool {
        self == other.0
    }
}

impl PartialEq<Id> for &str {
    fn eq(&self, other: &Id) -> bool {
        *self == other.0
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::new(s).map_err(serde::de::Error::custom)
    }
}
