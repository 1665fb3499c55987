//! Qualifiers of stated figures and the bounds they set.

use crate::model::record::code_enum;

code_enum! {
    /// How the report qualifies a figure.
    ///
    /// | variant | as written | [`Bound`] |
    /// | --- | --- | --- |
    /// | `Exact` | a plain figure: "137 kg" | `Exact` |
    /// | `Over` | "over 9.6 tons" | `AtLeast` |
    /// | `MoreThan` | "more than two thousand pieces" | `AtLeast` |
    /// | `Almost` | "almost 2 tons" | `AtMost` |
    /// | `About` | "around EUR 60 million", "about …" | `Approximate` |
    /// | `Half` | "half a ton": exactly 0.5 of the unit | `Exact` |
    ///
    /// ```
    /// use eu_celac_drugs::{Bound, Qualifier};
    ///
    /// let q: Qualifier = "more_than".parse()?;
    /// assert_eq!(q, Qualifier::MoreThan);
    /// assert_eq!(q.bound(), Bound::AtLeast);
    /// assert_eq!(Qualifier::Half.bound(), Bound::Exact);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum Qualifier {
        /// A plain figure, stated without qualification.
        Exact,
        /// "over": the true amount is above the figure.
        Over,
        /// "more than": the true amount is above the figure.
        MoreThan,
        /// "almost": the true amount is just below the figure.
        Almost,
        /// "around" or "about": the true amount is near the figure, on either side.
        About,
        /// "half a": exactly 0.5 of the unit (a [`Quantity`](crate::Quantity) with this qualifier always has the value 0.5).
        Half,
    }
}

impl Qualifier {
    /// What a figure with this qualifier tells about the true amount.
    #[must_use]
    pub const fn bound(self) -> Bound {
        match self {
            Self::Exact | Self::Half => Bound::Exact,
            Self::Over | Self::MoreThan => Bound::AtLeast,
            Self::Almost => Bound::AtMost,
            Self::About => Bound::Approximate,
        }
    }

    /// The words that stand before the figure in a [`Quantity`](crate::Quantity)'s text form: `None` for
    /// `Exact`, `"half a"` for `Half` (which then replaces the figure: "half a ton"; a count's
    /// half is written "half"), otherwise `"over"`, `"more than"`, `"almost"` or `"about"`.
    #[must_use]
    pub const fn phrase(self) -> Option<&'static str> {
        match self {
            Self::Exact => None,
            Self::Over => Some("over"),
            Self::MoreThan => Some("more than"),
            Self::Almost => Some("almost"),
            Self::About => Some("about"),
            Self::Half => Some("half a"),
        }
    }

    /// The qualifier that states `bound` for a figure that is not a half: `Exact`, `Over`,
    /// `Almost` or `About`; `None` for [`Bound::Mixed`], which no qualifier states.
    #[must_use]
    pub const fn for_bound(bound: Bound) -> Option<Self> {
        match bound {
            Bound::Exact => Some(Self::Exact),
            Bound::AtLeast => Some(Self::Over),
            Bound::AtMost => Some(Self::Almost),
            Bound::Approximate => Some(Self::About),
            Bound::Mixed => None,
        }
    }

    /// The qualifier of the sum of two figures qualified `self` and `other`, or `None` when
    /// their bounds combine to [`Bound::Mixed`].
    ///
    /// An exact figure (plain or a half) takes the other's qualifier; two equal qualifiers keep
    /// it ("over 1 t" + "over 2 t" is "over 3 t"); otherwise the qualifier of the combined bound
    /// ("over" + "more than" is "over"). Commutative; a sum of halves is `Exact`.
    ///
    /// ```
    /// use eu_celac_drugs::Qualifier;
    ///
    /// assert_eq!(Qualifier::Exact.combine(Qualifier::Over), Some(Qualifier::Over));
    /// assert_eq!(Qualifier::Half.combine(Qualifier::Half), Some(Qualifier::Exact));
    /// assert_eq!(Qualifier::Over.combine(Qualifier::Almost), None);
    /// ```
    #[must_use]
    pub const fn combine(self, other: Self) -> Option<Self> {
        match (self.bound(), other.bound()) {
            (Bound::Exact, Bound::Exact) => Some(Self::Exact),
            (Bound::Exact, _) => Some(other),
            (_, Bound::Exact) => Some(self),
            (a, b) => {
                if self as u8 == other as u8 {
                    Some(self)
                } else {
                    Self::for_bound(a.combine(b))
                }
            }
        }
    }
}

code_enum! {
    /// What a figure, or a sum of figures, tells about the true amount.
    ///
    /// Adding figures combines their bounds with [`Bound::combine`]. Each bound is the claim that
    /// the true amount stands in one relation to the stated figure: `=` (Exact), `≥` (AtLeast),
    /// `≤` (AtMost), `≈` (Approximate). A sum keeps the claim both operands make (an exact figure
    /// makes all three); when they make no common claim, the sum is `Mixed`: the stated total is a
    /// reference figure with no guarantee in either direction. The combination is the join of the
    /// lattice `Exact < {AtLeast, AtMost, Approximate} < Mixed`: commutative, associative,
    /// idempotent, with `Exact` as identity and `Mixed` absorbing.
    ///
    /// | combine | Exact | AtLeast | AtMost | Approximate | Mixed |
    /// | --- | --- | --- | --- | --- | --- |
    /// | **Exact** | Exact | AtLeast | AtMost | Approximate | Mixed |
    /// | **AtLeast** | AtLeast | AtLeast | Mixed | Mixed | Mixed |
    /// | **AtMost** | AtMost | Mixed | AtMost | Mixed | Mixed |
    /// | **Approximate** | Approximate | Mixed | Mixed | Approximate | Mixed |
    /// | **Mixed** | Mixed | Mixed | Mixed | Mixed | Mixed |
    ///
    /// "about 2 t" + "over 9.6 t" is `Mixed`, not `AtLeast`: the true total may lie below 11.6 t.
    ///
    /// ```
    /// use eu_celac_drugs::Bound;
    ///
    /// assert_eq!(Bound::Exact.combine(Bound::AtLeast), Bound::AtLeast);
    /// assert_eq!(Bound::AtLeast.combine(Bound::AtMost), Bound::Mixed);
    /// ```
    pub enum Bound {
        /// The true amount is the figure.
        Exact,
        /// The true amount is at least the figure ("over", "more than").
        AtLeast,
        /// The true amount is at most the figure ("almost").
        AtMost,
        /// The true amount is near the figure, on either side ("about", "around").
        Approximate,
        /// A sum of figures whose bounds point different ways: no guarantee in either direction.
        Mixed,
    }
}

impl Bound {
    /// The bound of a sum of two figures with bounds `self` and `other` (see the table above).
    #[must_use]
    pub const fn combine(self, other: Self) -> Self {
        match (self, other) {
            (Self::Exact, b) => b,
            (a, Self::Exact) => a,
            (Self::AtLeast, Self::AtLeast) => Self::AtLeast,
            (Self::AtMost, Self::AtMost) => Self::AtMost,
            (Self::Approximate, Self::Approximate) => Self::Approximate,
            _ => Self::Mixed,
        }
    }
}
