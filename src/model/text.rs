//! [`Text`]: the text a record holds, compiled in or shared, never copied by a clone.

use std::borrow::{Borrow, Cow};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

/// Text held by a record: a name, a quote, a note, a label.
///
/// The compiled-in data holds `&'static str` (no allocation); text built or loaded at run time
/// lives in a shared buffer (`Arc<str>`), so cloning a `Text` never copies it, and a dataset
/// loaded from JSON or a snapshot holds each repeated text — a quote cited by several records,
/// a commodity, a party's name as written — once, whatever the number of records citing it.
///
/// A `Text` behaves as the `str` it holds: it dereferences to `str`, compares, orders and hashes
/// as its text (so a `HashMap<Text, _>` is looked up with a `&str`), compares with `str`, `&str`
/// and `String` both ways, and serializes as a string. Build one from a `&'static str` or a
/// `String` with `into()`, or in a `const` with [`Text::from_static`].
///
/// ```
/// use eu_celac_drugs::Text;
///
/// let name: Text = "COPOLAD".into();
/// assert_eq!(name, "COPOLAD");
/// assert!(name.starts_with("COP")); // a `Text` is a `str`
/// let owned: Text = format!("{name} III").into();
/// let copy = owned.clone(); // shares the buffer
/// assert_eq!(copy.as_str(), "COPOLAD III");
/// const LABEL: Text = Text::from_static("the entire CELAC region");
/// assert_eq!(LABEL.len(), 23);
/// ```
#[derive(Clone)]
pub struct Text(Repr);

/// Where a text lives.
#[derive(Clone)]
enum Repr {
    /// In the program: the compiled-in data and `'static` literals.
    Static(&'static str),
    /// On the heap, shared by every clone.
    Shared(Arc<str>),
}

impl Text {
    /// A text from a `'static` string, with no allocation; usable in `const` items.
    #[must_use]
    pub const fn from_static(s: &'static str) -> Self {
        Self(Repr::Static(s))
    }

    /// The text as a `str`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Shared(s) => s,
        }
    }

    /// The text as an owned `String` (a copy).
    #[must_use]
    pub fn into_string(self) -> String {
        self.as_str().to_owned()
    }

    /// A text from a string read at run time, shared with every equal text read while an
    /// interner is active on this thread ([`interning`]).
    pub(crate) fn shared(s: &str) -> Self {
        Self(Repr::Shared(intern::arc(s)))
    }
}

impl Default for Text {
    fn default() -> Self {
        Self::from_static("")
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for Text {
    /// As the string's own `Debug`: quoted and escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Self {
        Self::from_static(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Self(Repr::Shared(Arc::from(s)))
    }
}

impl From<Box<str>> for Text {
    fn from(s: Box<str>) -> Self {
        Self(Repr::Shared(Arc::from(s)))
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Self {
        Self(Repr::Shared(s))
    }
}

impl From<Cow<'static, str>> for Text {
    fn from(s: Cow<'static, str>) -> Self {
        match s {
            Cow::Borrowed(s) => Self::from_static(s),
            Cow::Owned(s) => s.into(),
        }
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.into_string()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Text {
    /// Hashes as the text, so that `Borrow<str>` lookups agree.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// `Text == text` and `text == Text` for `str`, `&str`, `String` and `Cow<str>`.
macro_rules! eq_text {
    ($($t:ty),*) => {
        $(
            impl PartialEq<$t> for Text {
                fn eq(&self, other: &$t) -> bool {
                    self.as_str() == AsRef::<str>::as_ref(other)
                }
            }
            impl PartialEq<Text> for $t {
                fn eq(&self, other: &Text) -> bool {
                    AsRef::<str>::as_ref(self) == other.as_str()
                }
            }
        )*
    };
}
eq_text!(str, &str, String, Cow<'_, str>);

#[cfg(feature = "serde")]
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Text {
    /// Reads a string; while an interner is active (during a load), an equal text read before
    /// is shared rather than copied.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::shared(v))
            }
        }
        d.deserialize_str(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        <String as schemars::JsonSchema>::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <String as schemars::JsonSchema>::json_schema(generator)
    }
    fn inline_schema() -> bool {
        true
    }
}

/// Runs `f` with an interner active on this thread: every text (and id) read at run time in
/// `f` shares its buffer with the equal texts read before it. The loaders run under one, so a
/// loaded dataset holds each repeated text once.
#[cfg_attr(not(feature = "serde"), allow(dead_code, reason = "used by the serde loaders"))]
pub(crate) fn interning<R>(f: impl FnOnce() -> R) -> R {
    intern::scope(f)
}

/// The per-thread set of the texts read in the current loading scope.
pub(crate) mod intern {
    use std::cell::RefCell;
    use std::sync::Arc;

    use crate::hash::FastSet;

    thread_local! {
        static TEXTS: RefCell<Option<FastSet<Arc<str>>>> = const { RefCell::new(None) };
    }

    /// Runs `f` with an interner active; a scope inside another shares the outer one's set.
    #[cfg_attr(not(feature = "serde"), allow(dead_code, reason = "used by the serde loaders"))]
    pub(crate) fn scope<R>(f: impl FnOnce() -> R) -> R {
        let outer = TEXTS.with(|t| t.borrow().is_some());
        if outer {
            return f();
        }
        TEXTS.with(|t| *t.borrow_mut() = Some(FastSet::default()));
        // cleared on the way out, even if `f` unwinds
        struct Clear;
        impl Drop for Clear {
            fn drop(&mut self) {
                TEXTS.with(|t| *t.borrow_mut() = None);
            }
        }
        let _clear = Clear;
        f()
    }

    /// A shared buffer holding `s`: the interned one while a scope is active, a new one otherwise.
    pub(crate) fn arc(s: &str) -> Arc<str> {
        TEXTS.with(|t| match t.borrow_mut().as_mut() {
            Some(set) => match set.get(s) {
                Some(found) => Arc::clone(found),
                None => {
                    let new: Arc<str> = Arc::from(s);
                    set.insert(Arc::clone(&new));
                    new
                }
            },
            None => Arc::from(s),
        })
    }
}
