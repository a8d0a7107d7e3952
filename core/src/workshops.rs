//! Whole workshops: starting one, naming it, copying it. Where they are kept
//! (the browser's storage) is the app's business, not the core's.

use crate::edit::{EditError, Named};
use crate::inventory::{checked_text, required, MAX_TEXT_CHARS};
use crate::model::Workshop;

impl Workshop {
    /// An empty workshop, ready for step 1.
    pub fn blank(name: &str, organisation: &str) -> Result<Workshop, EditError> {
        let mut workshop = Workshop::new("", "");
        workshop.rename(name)?;
        workshop.set_organisation(organisation)?;
        Ok(workshop)
    }

    pub fn rename(&mut self, name: &str) -> Result<(), EditError> {
        self.name = required(name, Named::Workshop)?;
        Ok(())
    }

    pub fn set_organisation(&mut self, organisation: &str) -> Result<(), EditError> {
        self.organisation = checked_text(organisation)?.trim().to_owned();
        Ok(())
    }

    /// A copy to try changes on without touching the original; its name
    /// says it is a copy so the two are told apart in the list.
    pub fn duplicate(&self) -> Workshop {
        Workshop { name: derived_name("Copy of ", &self.name, ""), ..self.clone() }
    }
}

/// A name made from another, shortened where needed so that the whole
/// stays within a field's limit (and the file it is saved in opens again).
pub(crate) fn derived_name(prefix: &str, name: &str, suffix: &str) -> String {
    let room = MAX_TEXT_CHARS.saturating_sub(prefix.chars().count() + suffix.chars().count());
    let name: String = name.chars().take(room).collect();
    format!("{prefix}{}{suffix}", name.trim_end())
}

/// What browsers give a site in localStorage: 5 Mi UTF-16 code units
/// (Chromium, Firefox and Safari alike), keys included.
pub const LOCAL_STORAGE_QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// How much of that quota `units` is, in words.
pub fn storage_use(units: usize) -> String {
    let percent = units as f64 * 100.0 / LOCAL_STORAGE_QUOTA_UNITS as f64;
    let share = if percent < 1.0 { "Under 1%".to_owned() } else { format!("{}%", percent.round()) };
    format!("{share} of the 5 MB this browser keeps for the app is used.")
}

/// A file name for anything downloaded from a workshop: its name in
/// lowercase letters, digits and dashes (safe on every system), the date
/// (`YYYY-MM-DD`, so that this quarter's files sort after last quarter's),
/// then what the file is, e.g. `.scorecard.json` or `-measures.csv`.
pub fn file_name(workshop_name: &str, date: &str, what: &str) -> String {
    let slug = workshop_name
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(60).collect();
    let slug = if slug.is_empty() { "workshop" } else { slug.trim_end_matches('-') };
    let date: String = date.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
    if date.is_empty() {
        format!("{slug}{what}")
    } else {
        format!("{slug}-{date}{what}")
    }
}

/// What a saved workshop file's name ends with.
pub const WORKSHOP_FILE: &str = ".scorecard.json";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;

    #[test]
    fn a_workshop_needs_a_name_and_keeps_it_trimmed() {
        assert_eq!(Workshop::blank("  ", "Acme").unwrap_err().to_string(), "A workshop needs a name.");
        let mut workshop = Workshop::blank(" Q3 review ", " Acme ").unwrap();
        assert_eq!((workshop.name.as_str(), workshop.organisation.as_str()), ("Q3 review", "Acme"));
        assert!(workshop.rename("").is_err());
        assert_eq!(workshop.name, "Q3 review");
        assert!(workshop.rename(&"x".repeat(10_000)).is_err());
    }

    #[test]
    fn storage_use_reads_as_a_share_of_the_quota() {
        assert_eq!(storage_use(0), "Under 1% of the 5 MB this browser keeps for the app is used.");
        assert_eq!(storage_use(LOCAL_STORAGE_QUOTA_UNITS / 4), "25% of the 5 MB this browser keeps for the app is used.");
        assert_eq!(storage_use(LOCAL_STORAGE_QUOTA_UNITS), "100% of the 5 MB this browser keeps for the app is used.");
    }

    #[test]
    fn file_names_are_safe_whatever_the_workshop_is_called() {
        let name = |workshop| file_name(workshop, "2026-12-01", WORKSHOP_FILE);
        assert_eq!(name("Kestrel Pumps — Q3 review"), "kestrel-pumps-q3-review-2026-12-01.scorecard.json");
        assert_eq!(name("<script>alert(1)</script>"), "script-alert-1-script-2026-12-01.scorecard.json");
        assert_eq!(name("=HYPERLINK(\"x\")"), "hyperlink-x-2026-12-01.scorecard.json");
        assert_eq!(name("../../"), "workshop-2026-12-01.scorecard.json");
        assert_eq!(name("Ünïcode café"), "ünïcode-café-2026-12-01.scorecard.json");
        assert_eq!(file_name("Q3", "", "-measures.csv"), "q3-measures.csv");
        assert_eq!(file_name("Q3", "../x", ".html"), "q3.html");
    }

    #[test]
    fn a_copy_of_a_name_at_the_limit_still_fits_it() {
        let mut w = sample_workshop();
        w.rename(&"x".repeat(MAX_TEXT_CHARS)).unwrap();
        let copy = w.duplicate();
        assert!(copy.name.starts_with("Copy of xxx"));
        assert_eq!(copy.clone().rename(&copy.name.clone()), Ok(()));
        assert_eq!(copy.name.chars().count(), MAX_TEXT_CHARS);
    }

    #[test]
    fn a_duplicate_keeps_everything_but_the_name() {
        let sample = sample_workshop();
        let copy = sample.duplicate();
        assert_eq!(copy.name, format!("Copy of {}", sample.name));
        assert_eq!(Workshop { name: sample.name.clone(), ..copy }, sample);
    }
}
