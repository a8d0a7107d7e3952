//! Why the core refuses an edit. Every change a person can make returns one
//! of these instead of changing anything; its text is what the app shows
//! where the edit was made.

use std::fmt;

/// A refused edit. The workshop is as it was before the edit was tried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// A text that must not be empty was left empty.
    Required(Named),
    /// A text longer than its field takes.
    TooLong { limit: usize, chars: usize },
    /// Typed where a number goes.
    NotANumber(String),
    /// A number beyond any scorecard figure.
    TooLarge(String),
    /// Typed where a 1–5 score goes: not a whole number.
    NotAScore(String),
    /// A whole number outside 1–5.
    OffScale(i64),
    /// Not one of a list's choices.
    NotOnList(String),
    /// Not in the form YYYY-MM-DD.
    NotADate(String),
    /// In the form, but no such day.
    NotOnCalendar(String),
    /// What was edited is gone (deleted since, or undone).
    Gone(Thing),
    /// Deleting it would leave customers without a segment.
    SegmentInUse { name: String, customers: usize },
    /// Deleting them would lose their recorded conversations.
    CustomerHeard { name: String, conversations: usize },
    /// A decision's text before any kind was chosen or suggested.
    NoDecisionKind,
    /// A move past either end of the list.
    AtEnd,
    /// One fewer hand than none.
    NoHandYet(u8),
    /// More hands than any room holds.
    TooManyHands,
    /// A timer outside what a step takes, in minutes.
    TimerRange { low: u16, high: u16 },
}

/// What a required text names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    Measure,
    Segment,
    Customer,
    Workshop,
    /// A decision about something customers raised.
    Factor,
}

/// What an edit can find gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thing {
    Measure,
    Question,
    Segment,
    Customer,
    Conversation,
    Timer,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Required(named) => f.write_str(match named {
                Named::Measure => "A measure needs a name.",
                Named::Segment => "A segment needs a name.",
                Named::Customer => "A customer needs a name or a pseudonym.",
                Named::Workshop => "A workshop needs a name.",
                Named::Factor => "A decision needs the factor it is about.",
            }),
            EditError::TooLong { limit, chars } => write!(f, "Keep it under {limit} characters (this is {chars})."),
            EditError::NotANumber(text) => write!(f, "“{text}” is not a number: type digits, like 42 or 4.5."),
            EditError::TooLarge(text) => write!(f, "“{text}” is too large to be a scorecard figure."),
            EditError::NotAScore(text) => write!(f, "“{text}” is not a number: use a whole number from 1 to 5."),
            EditError::OffScale(n) => write!(f, "{n} is not on the scale: use a whole number from 1 to 5."),
            EditError::NotOnList(text) => write!(f, "“{text}” is not one of the choices on the list."),
            EditError::NotADate(text) => write!(f, "“{text}” is not a date: use the form 2026-11-22."),
            EditError::NotOnCalendar(text) => write!(f, "“{text}” is not a date on the calendar."),
            EditError::Gone(thing) => write!(
                f,
                "That {} is no longer here.",
                match thing {
                    Thing::Measure => "measure",
                    Thing::Question => "question",
                    Thing::Segment => "segment",
                    Thing::Customer => "customer",
                    Thing::Conversation => "conversation",
                    Thing::Timer => "timer",
                }
            ),
            EditError::SegmentInUse { name, customers: 1 } => write!(f, "Move the customer out of “{name}” first."),
            EditError::SegmentInUse { name, customers } => write!(f, "Move the {customers} customers out of “{name}” first."),
            EditError::CustomerHeard { name, conversations: 1 } => write!(f, "“{name}” has a recorded conversation; delete it first."),
            EditError::CustomerHeard { name, conversations } => {
                write!(f, "“{name}” has {conversations} recorded conversations; delete those first.")
            }
            EditError::NoDecisionKind => f.write_str("Choose keep, change, drop or add first."),
            EditError::AtEnd => f.write_str("It is already at the end of the list."),
            EditError::NoHandYet(value) => write!(f, "No hand was counted for {value} yet."),
            EditError::TooManyHands => f.write_str("That is more hands than any room holds."),
            EditError::TimerRange { low, high } => write!(f, "A step's timer runs from {low} to {high} minutes."),
        }
    }
}

impl std::error::Error for EditError {}

/// Where a refusal becomes part of a longer message (a file's faults).
impl From<EditError> for String {
    fn from(error: EditError) -> String {
        error.to_string()
    }
}
