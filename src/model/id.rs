//! Stable record identifiers.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;
use std::str::FromStr;
use std::sync::Arc;

use crate::ValidationError;
use crate::model::text::Text;

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// A stable, human-readable identifier of a record, such as `aircop` or `aircop.jaitf.cm-douala`.
///
/// Ids are lowercase ASCII slugs: letters, digits and the separators `-`, `.` and `_`,
/// starting with a letter or a digit, at most [`MAX_ID_LEN`] bytes. They are unique within a
/// [`Dataset`](crate::Dataset) across all kinds of record, so a reference needs only the id
/// and the kind it expects.
///
/// An `Id` behaves as the text it holds: it compares with `str` and `String` both ways,
/// dereferences to `str` (so `&id` goes wherever a `&str` does, such as
/// [`Dataset::project`](crate::Dataset::project)), hashes and orders as its text (so a
/// `HashMap<Id, _>` or `BTreeMap<Id, _>` can be looked up with a `&str`), and serializes as
/// a string. Cloning never allocates: the compiled-in ids are `&'static str`, and an id built at
/// run time is shared (`Arc<str>`).
///
/// The ids of the compiled-in records a user looks for are constants in [`crate::ids`].
///
/// ```
/// use eu_celac_drugs::{Id, ids};
///
/// let id: Id = "copolad.iii".parse()?;
/// assert_eq!(id, "copolad.iii"); // ids compare with text
/// assert_eq!(id, ids::COPOLAD_III); // and with the handles of the compiled-in records
/// assert_eq!(id.as_str(), "copolad.iii");
/// assert!(id.starts_with("copolad.")); // an id is a `str`
/// assert_eq!(Id::try_from("copolad.iii")?, id);
/// assert!(Id::new("COPOLAD III").is_err());
///
/// // `&Id` goes where `&str` does: look the record up.
/// let report = eu_celac_drugs::report_2021_2022();
/// assert_eq!(report.phase(&id).map(|p| p.name()), Some("COPOLAD III"));
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
///
/// Equality, order and hash are those of its [`Text`] (derived), that is of the `str`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(Text);

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

fn invalid(value: impl Into<String>) -> ValidationError {
    ValidationError::InvalidId { field: "id", value: value.into() }
}

impl Id {
    /// Validates and wraps an id. A `&'static str` is kept as it is (no allocation); owned text
    /// is moved to a shared buffer.
    ///
    /// # Errors
    /// [`ValidationError::InvalidId`] when `value` is not a lowercase slug of at most
    /// [`MAX_ID_LEN`] bytes.
    pub fn new(value: impl Into<Cow<'static, str>>) -> Result<Self, ValidationError> {
        match value.into() {
            Cow::Borrowed(s) if is_valid_id(s) => Ok(Self(Text::from_static(s))),
            Cow::Owned(s) if is_valid_id(&s) => Ok(Self(Text::from(s))),
            other => Err(invalid(other.into_owned())),
        }
    }

    /// Validates and wraps an id already in a shared buffer (no copy).
    pub(crate) fn from_shared(s: Arc<str>) -> Result<Self, ValidationError> {
        if is_valid_id(&s) { Ok(Self(Text::from(s))) } else { Err(invalid(&*s)) }
    }

    /// An id already checked ([`from_shared`](Self::from_shared) accepted the same text).
    pub(crate) fn from_checked(s: Arc<str>) -> Self {
        Self(Text::from(s))
    }

    /// An id from a literal, checked at compile time when used in a const item.
    pub(crate) const fn lit(s: &'static str) -> Self {
        assert!(is_valid_id(s), "invalid id literal");
        Self(Text::from_static(s))
    }

    /// The id as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether this id is valid (always true for ids built through [`Id::new`]).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        is_valid_id(self.as_str())
    }
}

impl Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Id").field(&self.as_str()).finish()
    }
}

impl FromStr for Id {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::try_from(s)
    }
}

impl TryFrom<&str> for Id {
    type Error = ValidationError;
    /// Validates and copies the text into a shared buffer (shared with the equal ids read
    /// before it while a loader runs).
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        if is_valid_id(s) { Ok(Self(Text::shared(s))) } else { Err(invalid(s)) }
    }
}

impl TryFrom<String> for Id {
    type Error = ValidationError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::new(s)
    }
}

impl TryFrom<Cow<'static, str>> for Id {
    type Error = ValidationError;
    fn try_from(s: Cow<'static, str>) -> Result<Self, Self::Error> {
        Self::new(s)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> Self {
        id.as_str().to_owned()
    }
}

impl From<&Id> for Id {
    fn from(id: &Id) -> Self {
        id.clone()
    }
}

/// `Id == text` and `text == Id` for `str`, `&str` and `String`.
macro_rules! eq_text {
    ($($t:ty),*) => {
        $(
            impl PartialEq<$t> for Id {
                fn eq(&self, other: &$t) -> bool {
                    self.as_str() == AsRef::<str>::as_ref(other)
                }
            }
            impl PartialEq<Id> for $t {
                fn eq(&self, other: &Id) -> bool {
                    AsRef::<str>::as_ref(self) == other.as_str()
                }
            }
        )*
    };
}
eq_text!(str, &str, String);

#[cfg(feature = "serde")]
impl serde::Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an id: a lowercase slug such as \"copolad.iii\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Id, E> {
                Id::try_from(v).map_err(E::custom)
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Id, E> {
                Id::new(v).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}
