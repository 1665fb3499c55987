//! Lists and counts as the report states them, and relations between records.

use crate::error::{check_opt_text, check_text, check_unique};
use crate::model::record::{List, RecordKind, Ref, Text, code_enum, record};
use crate::{Bloc, Dimension, Id, Quantity, SourceRef, Status, ValidationError, When};

code_enum! {
    /// Whether a list presents itself as the whole set or as examples.
    ///
    /// ```
    /// use eu_celac_drugs::Completeness;
    ///
    /// assert_eq!(Completeness::Examples.to_string(), "examples");
    /// ```
    pub enum Completeness {
        /// The list reads as the whole set ("are:", "namely", a plain enumeration).
        Complete,
        /// The list gives examples only ("i.a.", "such as", "notably", "etc.").
        Examples,
        /// The report states a count and lists nothing.
        Unlisted,
        /// The report names a whole bloc and lists none of its members ("the entire CELAC
        /// region", "all CELAC countries"): a claim that covers every member of the list's
        /// [`bloc`](StatedList::bloc), each of them unnamed. The analyses report such a claim as
        /// its own kind of coverage ([`analysis::bloc_claims`](crate::analysis::bloc_claims)),
        /// apart from the countries the report names.
        WholeBloc,
    }
}

record! {
    /// A list or a count as the report states it, kept beside the records it lists.
    ///
    /// "25 Joint Airport Interdiction Task Forces (JAITFs) are operational in …" is one stated
    /// list: the count 25, and the 25 task-force records the enumeration yields. "It brings
    /// together 18 Latin American countries" is a count with no list. Neither the count nor
    /// the list is corrected; the findings compare them.
    ///
    /// ```
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let clasi = report.lists().iter().find(|l| l.id() == "clasi.members").unwrap();
    /// assert_eq!(clasi.items().len(), 10);
    /// assert_eq!(clasi.count().map(|c| c.value()), Some(10.into()));
    /// ```
    pub struct StatedList / StatedListParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// What the list is about: a programme, project, committee…
        of: Ref => &Ref = ref,
        /// What it lists, in the report's words.
        label: Text => &str = ref,
        /// The bloc the list is restricted to ("CELAC countries included in …"), if any.
        bloc: Option<Bloc> => Option<Bloc> = copy,
        /// Whether it reads as the whole set.
        completeness: Completeness => Completeness = copy,
        /// The count the report states, if any (a count of items).
        count: Option<Quantity> => Option<Quantity> = copy,
        /// The count as the report writes it ("25", "seven", "more than 40").
        stated: Option<Text> => Option<&str> = deref,
        /// The records the enumeration yields, in the report's order.
        items: List<Ref> => &[Ref] = ref,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl StatedList {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("label", &self.label)?;
        check_opt_text("stated", self.stated.as_deref())?;
        if self.count.is_some() != self.stated.is_some() {
            return Err(ValidationError::Inconsistent {
                field: "stated",
                reason: format!("list {}: a count needs its stated form and a stated form its count", self.id),
            });
        }
        if let (Some(count), Some(stated)) = (&self.count, self.stated.as_deref()) {
            crate::model::quantity::check_stated(
                &format!("list {}", self.id),
                stated,
                count.qualifier(),
                count.value(),
                count.unit(),
            )?;
        }
        if let Some(count) = &self.count {
            if count.unit().dimension() != Dimension::Count {
                return Err(ValidationError::WrongUnit {
                    field: "count",
                    value: format!("{:?}", count.unit()),
                    expected: "a count",
                });
            }
        }
        if self.completeness == Completeness::WholeBloc && self.bloc.is_none() {
            return Err(ValidationError::Inconsistent {
                field: "bloc",
                reason: format!("list {} covers a whole bloc but names none", self.id),
            });
        }
        match (self.completeness, self.items.is_empty()) {
            (Completeness::Unlisted | Completeness::WholeBloc, false) => {
                return Err(ValidationError::Inconsistent {
                    field: "items",
                    reason: format!("list {} is marked {} but has items", self.id, self.completeness),
                });
            }
            (Completeness::Complete | Completeness::Examples, true) => {
                return Err(ValidationError::Empty { field: "items" });
            }
            _ => {}
        }
        check_unique("items", &self.items)?;
        self.source.check()
    }
}

code_enum! {
    /// How one record stands to another in a [`Relation`].
    ///
    /// ```
    /// use eu_celac_drugs::RelationKind;
    ///
    /// assert_eq!(RelationKind::SuccessorOf.to_string(), "successor_of");
    /// ```
    pub enum RelationKind {
        /// Succeeds ("as a successor to").
        SuccessorOf,
        /// Is funded under an instrument ("began under", "will continue under").
        FundedUnder,
        /// Supports or monitors ("supported by", "ensures close monitoring of").
        Supports,
        /// Is modelled on ("inspired by", "akin to").
        ModelledOn,
        /// Is the result of ("the direct result of").
        ResultOf,
        /// Works in synergy or is related ("related programmes", "complementing").
        RelatedTo,
        /// Is promoted or encouraged by ("also promoted by", "has encouraged").
        PromotedBy,
        /// Advises ("provides … with advice").
        Advises,
        /// Belongs to or is created within ("under the … programme", "created the").
        PartOf,
    }
}

record! {
    /// A relation between two records the report states: GIFP succeeds the Cocaine Route
    /// programme, CLASI is inspired by COSI, MASIF supports the GIFP.
    ///
    /// ```
    /// use eu_celac_drugs::RelationKind;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// assert!(report.relations().iter().any(|r| r.kind() == RelationKind::SuccessorOf));
    /// ```
    pub struct Relation / RelationParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// The record the relation starts from.
        from: Ref => &Ref = ref,
        /// How it stands to the other.
        kind: RelationKind => RelationKind = copy,
        /// The record it points to.
        to: Ref => &Ref = ref,
        /// How far along the relation is, if the report says (an instrument it "will continue under").
        status: Option<Status> => Option<Status> = copy,
        /// When, if stated.
        period: Option<When> => Option<When> = copy,
        /// Where the report states it.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Relation {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if self.from == self.to {
            return Err(ValidationError::Inconsistent {
                field: "to",
                reason: format!("relation {} points from {} to itself", self.id, self.from),
            });
        }
        if self.kind == RelationKind::FundedUnder {
            self.to.expect_kind("to", &[RecordKind::Instrument], "an instrument")?;
        }
        self.source.check()
    }
}

code_enum! {
    /// What question a [`Statement`] answers about its subject.
    ///
    /// The kinds split the report's qualitative half into the questions readers ask: what a
    /// programme aims at ([`Aim`](Self::Aim)), what it focuses on ([`Focus`](Self::Focus)), what a
    /// body or task force is charged with ([`Mandate`](Self::Mandate)), what an event, tool or
    /// study was for ([`Purpose`](Self::Purpose)), what a meeting discussed ([`Topic`](Self::Topic)),
    /// prepared ([`Preparation`](Self::Preparation)) or followed up ([`FollowUp`](Self::FollowUp)).
    /// Topics, preparations and follow-ups are said of events; a purpose of an event or a document
    /// (programmes, projects and bodies have aims, a focus and a mandate instead).
    ///
    /// ```
    /// use eu_celac_drugs::StatementKind;
    ///
    /// assert_eq!(StatementKind::FollowUp.to_string(), "follow_up");
    /// assert_eq!("mandate".parse::<StatementKind>()?, StatementKind::Mandate);
    /// # Ok::<(), eu_celac_drugs::UnknownCode>(())
    /// ```
    pub enum StatementKind {
        /// What something aims to achieve or calls for ("aims to contribute to", "one of … main
        /// objectives", "the global objective of the TEI", "will boost", "called for").
        Aim,
        /// What something focuses on, works on or addresses ("focuses on", "the additional focus of
        /// Phase V on", "focusing on", "by addressing issues such as", "the first component, on IBM").
        Focus,
        /// What a body, task force, support project or plan is charged with, requires or does by
        /// design ("whose mandate will be to", "gathers … to jointly define strategies", "ensures
        /// close monitoring", "with the task of", "were to be organised").
        Mandate,
        /// What an event, tool, survey or study is for ("with the purpose to analyse", "aimed to
        /// enhance", "aiming at finding out", "with the aim of", "to take into account").
        Purpose,
        /// A subject a meeting, course or dialogue discussed, exchanged views on or covered
        /// ("discussed in particular", "an exchange of views on", "a side-event on", "highlighted").
        Topic,
        /// What a meeting prepared ("held the preparations for", "in preparation for").
        Preparation,
        /// What a meeting followed up ("the follow-up to", "re-activating the cooperation
        /// commitments under").
        FollowUp,
        /// What something covers, holds or brings together, or leaves out ("limited to
        /// inter-regional programmes", "the only EU-funded programme covering", "bringing together").
        Scope,
        /// How something works or is approached ("in accordance with an evidence-based approach",
        /// "through roadmaps", "complementing bilateral and regional support measures").
        Approach,
        /// Circumstances ("amidst the ongoing COVID-19 pandemic and closed borders", "in response to
        /// the demand of Caribbean countries").
        Context,
        /// How things went, and what they led to ("considerably hampered and delayed", "considerably
        /// accelerated", "has enabled … to agree", "were fulfilled").
        Progress,
        /// What was done ("provided updates", "significant efforts were allocated to", "agreed to").
        Activity,
        /// A judgement or position the report records ("very positively recognized", "Both regions
        /// welcomed the creation of CLASI", "a real milestone").
        Assessment,
    }
}

impl StatementKind {
    /// The kinds a meeting's discussion comes in: a [`Topic`](Self::Topic) it discussed or
    /// exchanged views on, what it prepared ([`Preparation`](Self::Preparation)) and what it followed
    /// up ([`FollowUp`](Self::FollowUp)). "What did the meeting discuss?" is all three.
    pub const DISCUSSION: [Self; 3] = [Self::Topic, Self::Preparation, Self::FollowUp];

    /// Whether the kind is one of the [`DISCUSSION`](Self::DISCUSSION) family: what a meeting
    /// discussed, prepared or followed up.
    ///
    /// ```
    /// use eu_celac_drugs::StatementKind;
    ///
    /// assert!(StatementKind::FollowUp.is_discussion());
    /// assert!(!StatementKind::Activity.is_discussion());
    /// ```
    #[must_use]
    pub const fn is_discussion(self) -> bool {
        matches!(self, Self::Topic | Self::Preparation | Self::FollowUp)
    }
}

record! {
    /// A claim the report makes about a record that no more specific field holds: an aim, a
    /// focus, a mandate, a purpose, a topic a meeting discussed, a scope, an approach, a
    /// circumstance, a judgement.
    ///
    /// Each statement answers one question ([`StatementKind`]) about one record (`of`), in the
    /// report's own words (`text`, a verbatim excerpt of the quote, cut down to the answer), with
    /// typed links to the records the words concern (`about`, checked by
    /// [`Dataset::new`](crate::Dataset::new)): the Technical Committee meeting of 26 October 2021
    /// has a [`Topic`](StatementKind::Topic) "COPOLAD III" about the phase `copolad.iii`. A sentence
    /// that answers several questions gives several statements; a fact a typed field already holds
    /// (an event's date, a participation's role, a network's theme) gives none.
    ///
    /// Ask through [`Dataset::says`](crate::Dataset::says) (one kind about one record),
    /// [`Dataset::statements_of`](crate::Dataset::statements_of) (everything about a record) and
    /// [`Dataset::statements_about`](crate::Dataset::statements_about) (the statements that concern
    /// a record).
    ///
    /// ```
    /// use eu_celac_drugs::StatementKind::{Aim, Mandate};
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // What does SEACOP aim to contribute to?
    /// let aims: Vec<&str> = report.says("seacop", Aim).map(|s| s.text()).collect();
    /// assert!(aims.iter().any(|a| a.contains("maritime illicit trade")));
    /// // What does MASIF ensure, and for which programme?
    /// let mandate = report.says("masif", Mandate).next().unwrap();
    /// assert!(mandate.text().starts_with("ensures close monitoring of GIFP projects"));
    /// assert_eq!(mandate.about()[0].id, "gifp");
    /// ```
    pub struct Statement / StatementParts {
        /// The record's id.
        id: Id => &Id = ref,
        /// What the claim is about.
        of: Ref => &Ref = ref,
        /// What question it answers.
        kind: StatementKind => StatementKind = copy,
        /// The answer in the report's own words: a verbatim excerpt of the quote (markup aside),
        /// short enough to read in a table ("to analyse the drug-related developments in the EU
        /// and LAC regions").
        text: Text => &str = ref,
        /// The records the words concern (a programme discussed, a document prepared, the
        /// organisations named), in the report's order; never the statement's own subject; empty
        /// when the words name none.
        about: List<Ref> => &[Ref] = ref,
        /// Where the report makes it: the quote holds the text.
        source: SourceRef => &SourceRef = ref,
    }
}

impl Statement {
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check_text("text", &self.text)?;
        let quote = crate::source::normalise_whitespace(&crate::source::plain_text(self.source.quote()));
        if !quote.contains(&crate::source::normalise_whitespace(&self.text)) {
            return Err(ValidationError::Inconsistent {
                field: "text",
                reason: format!("statement {}: the text must be an excerpt of the quote (markup aside)", self.id),
            });
        }
        check_unique("about", &self.about)?;
        if self.about.contains(&self.of) {
            return Err(ValidationError::Inconsistent {
                field: "about",
                reason: format!("statement {} links to its own subject {}", self.id, self.of),
            });
        }
        self.source.check()
    }
}
