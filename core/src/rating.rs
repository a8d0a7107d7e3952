//! A score on the 1–5 scale used for emphasis, understanding, relevance and value.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::edit::EditError;

/// A whole number from 1 to 5. It cannot hold anything else, so no analysis
/// ever has to guard against a 0 or a 7 that slipped in from a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatingOutOfRange(pub i64);

impl fmt::Display for RatingOutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not on the scale: use a whole number from 1 to 5", self.0)
    }
}

impl std::error::Error for RatingOutOfRange {}

impl Rating {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(score: u8) -> Result<Self, RatingOutOfRange> {
        if (Self::MIN..=Self::MAX).contains(&score) {
            Ok(Rating(score))
        } else {
            Err(RatingOutOfRange(score.into()))
        }
    }

    /// Reads what a person typed: surrounding spaces are fine, anything but
    /// a whole number from 1 to 5 is refused with a message that says so.
    pub fn parse(text: &str) -> Result<Self, EditError> {
        let text = text.trim();
        match text.parse::<i64>() {
            Ok(n) => u8::try_from(n).ok().and_then(|n| Rating::new(n).ok()).ok_or(EditError::OffScale(n)),
            Err(_) => Err(EditError::NotAScore(text.to_owned())),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = RatingOutOfRange;
    fn try_from(score: u8) -> Result<Self, Self::Error> {
        Rating::new(score)
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> u8 {
        rating.0
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Shorthand for literals that are known to be on the scale, as in the sample.
///
/// # Panics
/// When `score` is outside 1–5; only for constants written in the code.
pub(crate) fn r(score: u8) -> Rating {
    Rating::new(score).expect("a literal rating in the code is on the 1–5 scale")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_exactly_one_to_five() {
        let accepted: Vec<u8> = (0..=255u8).filter(|n| Rating::new(*n).is_ok()).collect();
        assert_eq!(accepted, vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn parse_explains_what_is_wrong() {
        assert_eq!(Rating::parse(" 4 ").unwrap().get(), 4);
        assert_eq!(Rating::parse("7").unwrap_err().to_string(), "7 is not on the scale: use a whole number from 1 to 5.");
        assert_eq!(Rating::parse("-300").unwrap_err(), EditError::OffScale(-300));
        assert_eq!(Rating::parse("four").unwrap_err().to_string(), "“four” is not a number: use a whole number from 1 to 5.");
        assert_eq!(Rating::parse("4.5").unwrap_err(), EditError::NotAScore("4.5".into()));
    }

    #[test]
    fn a_saved_file_with_an_off_scale_rating_is_refused() {
        assert!(serde_json::from_str::<Rating>("3").is_ok());
        let err = serde_json::from_str::<Rating>("6").unwrap_err().to_string();
        assert!(err.contains("6 is not on the scale"), "{err}");
    }
}
