//! The machinery shared by every validated record: the `record!` macro, the text and list
//! aliases, and typed references between records.

use std::borrow::Cow;

pub use super::text::Text;

/// A list held by a record or a dataset: a borrowed `'static` slice for the compiled-in data,
/// an owned vector for data loaded at run time.
pub type List<T> = Cow<'static, [T]>;

/// Defines a fieldless enum of codes: `Copy`, `Eq`, `Ord` and `Hash` that agree (declaration
/// order), `Display`, `AsRef<str>` and `Into<&'static str>` in snake case, `FromStr` that reads
/// the same codes and answers anything else with [`UnknownCode`](crate::UnknownCode), an `ALL`
/// constant with every value in order, `COUNT`, `iter()`, [`CodeEnum`], strum's traits, and serde
/// under the same names, so that text, JSON and CSV all spell a value alike.
///
/// A variant's code is its name in snake case (`CoLead` is `co_lead`), or the string given after
/// it (`Celac = "CELAC"`), which the macro hands to strum and serde too. strum derives
/// `Display`, `AsRefStr`, `IntoStaticStr` (`serialize_all = "snake_case"`), `EnumIter`,
/// `EnumCount`, `VariantArray` and `VariantNames`; `as_str()` is a `const fn` that spells the same
/// codes at compile time ([`snake_case`]), and a test checks, variant by variant, that strum and
/// `as_str()` agree. `FromStr` stays hand-written so that it fails with this crate's
/// [`UnknownCode`](crate::UnknownCode), not `strum::ParseError`.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $(= $code:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            strum::Display, strum::AsRefStr, strum::IntoStaticStr,
            strum::EnumIter, strum::EnumCount, strum::VariantArray, strum::VariantNames,
        )]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "snake_case"))]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $( #[strum(serialize = $code)] #[cfg_attr(feature = "serde", serde(rename = $code))] )?
                $variant,
            )*
        }

        impl $name {
            #[doc = concat!("Every [`", stringify!($name), "`], in order (strum's `VariantArray::VARIANTS`).")]
            pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

            #[doc = concat!("How many values a [`", stringify!($name), "`] has (the length of `ALL`).")]
            pub const COUNT: usize = Self::ALL.len();

            #[doc = concat!("The code of this [`", stringify!($name), "`], as `Display`, `parse` and serde spell it.")]
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $crate::model::record::code_enum!(@code $variant $($code)?), )*
                }
            }

            #[doc = concat!("Every [`", stringify!($name), "`], in order (the values of `ALL`).")]
            pub fn iter() -> std::iter::Copied<std::slice::Iter<'static, Self>> {
                Self::ALL.iter().copied()
            }
        }

        impl $crate::model::record::CodeEnum for $name {
            const ALL: &'static [Self] = $name::ALL;
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                    $crate::UnknownCode::new(stringify!($name), s, Self::ALL.iter().map(|v| v.as_str()).collect())
                })
            }
        }
    };
    (@code $variant:ident $code:literal) => { $code };
    (@code $variant:ident) => {{
        const NAME: &str = stringify!($variant);
        const BYTES: [u8; $crate::model::record::snake_case_len(NAME)] = $crate::model::record::snake_case(NAME);
        const CODE: &str = match std::str::from_utf8(&BYTES) {
            Ok(code) => code,
            Err(_) => NAME,
        };
        CODE
    }};
}
pub(crate) use code_enum;

/// An enum of stable codes ([`Role`](crate::Role), [`Status`](crate::Status), every `…Kind`,
/// [`Country`](crate::Country), [`Section2021_2022`](crate::data::Section2021_2022)…), for code
/// generic over this crate's enums: every value in order as a `const` slice, how many there
/// are, and each value's code. Each such enum also has the same `ALL` and `COUNT` as inherent
/// constants, and `iter()`, `Display` and `FromStr`; every one but `Country` has `as_str()` as an
/// inherent `const fn` too (`Country` has `alpha2()`, the same code).
///
/// The enums implement [strum]'s traits as well (`IntoEnumIterator`, `EnumCount`,
/// `VariantArray`, and but for `Section2021_2022` `VariantNames`), for code written for strum;
/// `CodeEnum` adds what strum has no trait for: the values as a `const` slice and `as_str`. (A
/// bound `E: CodeEnum + strum::EnumCount` makes `E::COUNT` ambiguous: write
/// `<E as CodeEnum>::COUNT`.)
///
/// ```
/// use eu_celac_drugs::{CodeEnum, Country, Role, Status};
///
/// /// How many values `E` has, and the first few codes.
/// fn summary<E: CodeEnum>(n: usize) -> String {
///     let first: Vec<&str> = E::ALL.iter().take(n).map(|e| e.as_str()).collect();
///     format!("{} values: {}…", E::COUNT, first.join(", "))
/// }
/// assert_eq!(summary::<Country>(3), "249 values: AD, AE, AF…"); // the alpha-2 codes
/// assert_eq!(summary::<Status>(2), format!("{} values: active, operational…", Status::COUNT));
/// assert!(summary::<Role>(Role::COUNT).contains("co_lead"));
/// assert_eq!(CodeEnum::as_str(Role::CoLead), Role::CoLead.to_string());
/// assert_eq!(Country::PE.as_str(), "PE");
/// ```
pub trait CodeEnum: Copy + Eq + Ord + std::hash::Hash + std::fmt::Debug + std::fmt::Display + 'static {
    /// Every value, in order.
    const ALL: &'static [Self];

    /// How many values there are (the length of [`ALL`](Self::ALL)).
    const COUNT: usize = Self::ALL.len();

    /// The value's code, as `Display` writes it and `FromStr` reads it (for
    /// [`Country`](crate::Country), the alpha-2 code).
    fn as_str(self) -> &'static str;
}

/// The length of `name` (an ASCII identifier in `CamelCase`) in `snake_case`.
pub(crate) const fn snake_case_len(name: &str) -> usize {
    let mut rest = name.as_bytes();
    let mut len = 0;
    let mut first = true;
    while let [c, tail @ ..] = rest {
        len += if c.is_ascii_uppercase() && !first { 2 } else { 1 };
        first = false;
        rest = tail;
    }
    len
}

/// `name` (an ASCII identifier in `CamelCase`) in `snake_case`: an underscore before each
/// capital but the first, and every letter in lower case (`CoLead` → `co_lead`), as serde's
/// `rename_all = "snake_case"` spells it. `N` is [`snake_case_len`]; evaluated at compile time.
pub(crate) const fn snake_case<const N: usize>(name: &str) -> [u8; N] {
    let mut out = [0u8; N];
    let mut slots: &mut [u8] = &mut out;
    let mut rest = name.as_bytes();
    let mut first = true;
    while let [c, tail @ ..] = rest {
        if c.is_ascii_uppercase() && !first {
            if let [slot, more @ ..] = slots {
                *slot = b'_';
                slots = more;
            }
        }
        if let [slot, more @ ..] = slots {
            *slot = c.to_ascii_lowercase();
            slots = more;
        }
        first = false;
        rest = tail;
    }
    out
}

/// Defines a validated record type `$name`, its unvalidated `$parts`, getters, `new`,
/// `into_parts`, `TryFrom`, and serde support that validates on the way in.
///
/// Each field names its getter's return type and how the getter produces it: `ref` (a
/// reference, with deref coercion: `&Text` becomes `&str`, `&List<T>` becomes `&[T]`),
/// `copy`, `deref` (`Option<Text>` becomes `Option<&str>`) or `as_ref` (`Option<T>` becomes
/// `Option<&T>`). A field's attributes (its doc comment) go on the `…Parts` field and on the
/// getter; attributes in brackets after `$how` go on the `…Parts` field only, for serde
/// (`[cfg_attr(feature = "serde", serde(default = "…"))]`: a field added to the JSON format that
/// documents of the same version may leave out).
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident / $parts:ident {
            $(
                $(#[$fmeta:meta])*
                $field:ident : $ty:ty => $ret:ty = $how:ident $([$($pmeta:meta),* $(,)?])?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        pub struct $name {
            $( pub(crate) $field: $ty, )*
        }

        #[doc = concat!(
            "The fields of a [`", stringify!($name), "`] before validation: passive data that anyone ",
            "can build, checked by [`", stringify!($name), "::new`]. Its JSON shape is the record's own."
        )]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $parts {
            $( $(#[$fmeta])* $($(#[$pmeta])*)? pub $field: $ty, )*
        }

        impl $name {
            #[doc = concat!("Validates `parts` and builds a [`", stringify!($name), "`].")]
            ///
            /// # Errors
            /// A [`ValidationError`](crate::ValidationError) naming the first field that fails
            /// its check and the offending value.
            pub fn new(parts: $parts) -> Result<Self, $crate::ValidationError> {
                let record = Self { $( $field: parts.$field, )* };
                record.check()?;
                Ok(record)
            }

            /// Gives back the fields, for changing and validating anew.
            #[must_use]
            pub fn into_parts(self) -> $parts {
                $parts { $( $field: self.$field, )* }
            }

            $(
                $(#[$fmeta])*
                #[must_use]
                pub fn $field(&self) -> $ret {
                    record!(@get $how self.$field)
                }
            )*
        }

        impl TryFrom<$parts> for $name {
            type Error = $crate::ValidationError;
            fn try_from(parts: $parts) -> Result<Self, Self::Error> {
                Self::new(parts)
            }
        }

        impl From<$name> for $parts {
            fn from(record: $name) -> Self {
                record.into_parts()
            }
        }

        impl $crate::snapshot::codec::Codec for $name {
            fn encode<'a>(&'a self, w: &mut $crate::snapshot::codec::Writer<'a>) {
                $( $crate::snapshot::codec::Codec::encode(&self.$field, w); )*
            }
            // The fields as written, unchecked: the dataset checks every record once, as a whole.
            fn decode(r: &mut $crate::snapshot::codec::Reader<'_, '_>) -> Result<Self, $crate::snapshot::SnapshotError> {
                Ok(Self { $( $field: $crate::snapshot::codec::Codec::decode(r)?, )* })
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($name))
            }
            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <$parts as schemars::JsonSchema>::json_schema(generator)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let parts = <$parts as serde::Deserialize>::deserialize(deserializer)?;
                Self::new(parts).map_err(serde::de::Error::custom)
            }
        }
    };
    (@get ref $e:expr) => { &$e };
    (@get copy $e:expr) => { $e };
    (@get deref $e:expr) => { $e.as_deref() };
    (@get as_ref $e:expr) => { $e.as_ref() };
}
pub(crate) use record;

code_enum! {
    /// The kinds of record a [`Dataset`](crate::Dataset) holds; the kind half of a [`Ref`].
    ///
    /// ```
    /// use eu_celac_drugs::RecordKind;
    ///
    /// let kind: RecordKind = "task_force".parse()?;
    /// assert_eq!(kind, RecordKind::TaskForce);
    /// assert_eq!(kind.to_string(), "task_force");
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum RecordKind {
        /// An [`Organisation`](crate::Organisation).
        Organisation,
        /// A funding [`Instrument`](crate::Instrument).
        Instrument,
        /// A [`Programme`](crate::Programme).
        Programme,
        /// A [`Phase`](crate::Phase) of a programme, project or phase.
        Phase,
        /// A [`Project`](crate::Project), sub-project or component.
        Project,
        /// A named [`Operation`](crate::Operation).
        Operation,
        /// A [`WorkingGroup`](crate::WorkingGroup).
        WorkingGroup,
        /// A [`Network`](crate::Network).
        Network,
        /// A [`Committee`](crate::Committee).
        Committee,
        /// A [`WorkArea`](crate::WorkArea) of a committee or component.
        WorkArea,
        /// A [`TaskForce`](crate::TaskForce).
        TaskForce,
        /// A [`BorderArea`](crate::BorderArea).
        BorderArea,
        /// An [`Event`](crate::Event): a meeting, seminar, mission, signing…
        Event,
        /// A [`Document`](crate::Document).
        Document,
        /// A [`Participation`](crate::Participation): who takes part in what, in which role.
        Participation,
        /// A [`Seizure`](crate::Seizure).
        Seizure,
        /// An [`Outcome`](crate::Outcome): arrests, persons present, other results.
        Outcome,
        /// A [`Budget`](crate::Budget) or financial commitment.
        Budget,
        /// A [`StatedList`](crate::StatedList): a list or count as the report states it.
        StatedList,
        /// A [`Relation`](crate::Relation) between two records.
        Relation,
        /// A [`Statement`](crate::Statement): an aim, scope, circumstance or judgement.
        Statement,
    }
}

/// A typed reference to another record of the same dataset: its kind and its id.
///
/// Its text form is `kind:id` (`project:aircop`), read by `parse` and written by `Display`, for
/// machines; a reference also compares with that text. For readers, name the record it points to
/// with [`Dataset::label_of`](crate::Dataset::label_of) ("AIRCOP", "SEACOP Phase V"). Cloning never allocates (see [`Id`](crate::Id)).
/// [`Dataset::get`](crate::Dataset::get) gives the record it points to.
///
/// ```
/// use eu_celac_drugs::{Id, RecordKind, Ref, ids};
///
/// let r = Ref::new(RecordKind::Project, Id::new("aircop")?);
/// assert_eq!(r.to_string(), "project:aircop");
/// assert_eq!("project:aircop".parse::<Ref>()?, r);
/// assert_eq!(r, "project:aircop"); // compares with its text form
/// assert_eq!(r.id, ids::AIRCOP);
///
/// let report = eu_celac_drugs::report_2021_2022();
/// assert_eq!(report.get(&r).map(|record| record.label()), Some("AIRCOP"));
/// # Ok::<(), eu_celac_drugs::ValidationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Ref {
    /// The kind of record referred to.
    pub kind: RecordKind,
    /// Its id.
    pub id: crate::Id,
}

impl Ref {
    /// A reference to the record of `kind` with `id`.
    #[must_use]
    pub const fn new(kind: RecordKind, id: crate::Id) -> Self {
        Self { kind, id }
    }

    /// A reference from literals, for the compiled-in data (checked at compile time).
    pub(crate) const fn lit(kind: RecordKind, id: &'static str) -> Self {
        Self { kind, id: crate::Id::lit(id) }
    }

    /// Checks that this reference points to one of the `allowed` kinds.
    pub(crate) fn expect_kind(
        &self,
        field: &'static str,
        allowed: &[RecordKind],
        expected: &'static str,
    ) -> Result<(), crate::ValidationError> {
        if allowed.contains(&self.kind) {
            Ok(())
        } else {
            Err(crate::ValidationError::WrongReferenceKind {
                field,
                found: format!("{} ({})", self.kind, self.id),
                expected,
            })
        }
    }
}

impl std::fmt::Display for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind, self.id)
    }
}

impl std::str::FromStr for Ref {
    type Err = crate::ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || crate::ValidationError::Inconsistent {
            field: "ref",
            reason: format!("{} is not a reference of the form kind:id", crate::error::Quoted(s)),
        };
        let (kind, id) = s.split_once(':').ok_or_else(invalid)?;
        let kind: RecordKind = kind.parse().map_err(|e: crate::UnknownCode| crate::ValidationError::Inconsistent {
            field: "ref",
            reason: format!("{} is not a reference of the form kind:id: {e}", crate::error::Quoted(s)),
        })?;
        Ok(Self::new(kind, id.parse()?))
    }
}

impl PartialEq<str> for Ref {
    /// Whether `other` is this reference's text form, `kind:id`.
    fn eq(&self, other: &str) -> bool {
        other.split_once(':').is_some_and(|(kind, id)| <&'static str>::from(self.kind) == kind && self.id == *id)
    }
}

impl PartialEq<&str> for Ref {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<Ref> for str {
    fn eq(&self, other: &Ref) -> bool {
        *other == *self
    }
}

impl PartialEq<Ref> for &str {
    fn eq(&self, other: &Ref) -> bool {
        *other == **self
    }
}
