//! Who takes part in a record, by role: "who manages COPOLAD III?", "who implements AIRCOP?".

use crate::dataset::Found;
use crate::{Dataset, IatiRole, Participation, Role};

impl Dataset {
    /// The participations in the record with this id, or in anything under it (see
    /// [`participations_in`](Self::participations_in)), whose role is `role`, in the dataset's order.
    ///
    /// ```
    /// use eu_celac_drugs::Role;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// // "COPOLAD III is managed by a consortium formed by … (FIIAPP) and … (IILA)"
    /// let managers: Vec<String> = report.with_role("copolad.iii", Role::Manager).map(|p| p.party().to_string()).collect();
    /// assert_eq!(managers, ["organisation:fiiapp", "organisation:iila"]);
    /// // Who managed COPOLAD, in any of its phases? FIIAPP, IILA, and — for COPOLAD I — "FIIAP".
    /// for p in report.with_role("copolad", Role::Manager) {
    ///     println!("{} manages {}", p.as_written(), p.at);
    /// }
    /// // Who leads the CLASI work area on arms trafficking?
    /// let leads: Vec<&str> = report.with_role("clasi.arms-trafficking", Role::Lead).map(|p| p.as_written()).collect();
    /// assert_eq!(leads, ["Panama"]);
    /// ```
    pub fn with_role<'a>(&'a self, id: &str, role: Role) -> impl Iterator<Item = Found<'a, Participation>> + use<'a> {
        self.participations_in(id).filter(move |p| p.role() == role)
    }

    /// The participations in the record with this id, or in anything under it, whose role
    /// amounts to the IATI OrganisationRole `iati` ([`Role::iati`]): who funds, oversees, manages
    /// or implements it.
    ///
    /// ```
    /// use eu_celac_drugs::IatiRole;
    ///
    /// let report = eu_celac_drugs::report_2021_2022();
    /// let implementers: Vec<&str> =
    ///     report.with_iati_role("aircop", IatiRole::Implementing).map(|p| p.as_written()).collect();
    /// assert!(implementers.contains(&"United Nations Office on Drugs and Crime"));
    /// ```
    pub fn with_iati_role<'a>(
        &'a self,
        id: &str,
        iati: IatiRole,
    ) -> impl Iterator<Item = Found<'a, Participation>> + use<'a> {
        self.participations_in(id).filter(move |p| p.role().iati() == Some(iati))
    }
}
