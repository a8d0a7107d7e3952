//! Running the workshop in a room: the room's show of hands per measure and
//! the step timers. Documented in `docs/analysis.md` (how step 3 counts the
//! hands) and `docs/data-format.md`.

use crate::edit::{EditError, Thing};
use crate::model::{MeasureId, Room, RoomAnswer, Workshop};

/// The shortest and longest a step's timer can be set to, in minutes.
pub const TIMER_MINUTES: std::ops::RangeInclusive<u16> = 1..=240;

/// More hands for one value than any room holds: the count stops here, and
/// a file counting more is refused, so that the analysis never expands a
/// made-up count into billions of answers.
pub const MAX_HANDS: u32 = 10_000;

impl Default for Room {
    fn default() -> Room {
        Room { answers: Vec::new(), in_analysis: false, minutes: Room::default_minutes() }
    }
}

impl Room {
    /// Steps 1, 2 and 3: the inventory is quick, the conversations' plan and
    /// the room's answers take longest, the decisions come in between.
    pub fn default_minutes() -> [u16; 3] {
        [20, 40, 30]
    }

    /// Nothing captured and nothing changed: not written to the file, so a
    /// workshop that never met a room saves exactly as before.
    pub fn is_unused(&self) -> bool {
        *self == Room::default()
    }

    pub fn answer(&self, measure: MeasureId) -> Option<&RoomAnswer> {
        self.answers.iter().find(|a| a.measure == measure)
    }

    /// The hands of a measure as one relevance value each, for the analysis.
    pub fn relevance_values(&self, measure: MeasureId) -> impl Iterator<Item = f64> + '_ {
        self.answer(measure)
            .into_iter()
            .flat_map(|a| a.hands.iter().enumerate().flat_map(|(i, &count)| std::iter::repeat_n(i as f64 + 1.0, count as usize)))
    }
}

impl RoomAnswer {
    pub fn total(&self) -> u32 {
        self.hands.iter().sum()
    }

    /// The mean value of the hands, `None` before the first hand.
    pub fn mean(&self) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| self.hands.iter().enumerate().map(|(i, &n)| (i as f64 + 1.0) * f64::from(n)).sum::<f64>() / f64::from(total))
    }
}

impl Workshop {
    /// The hands raised about measures still in the inventory: what step 3
    /// would count.
    pub fn room_hands(&self) -> u32 {
        self.room.answers.iter().filter(|a| self.measure(a.measure).is_some()).map(RoomAnswer::total).sum()
    }

    /// One more hand (`more`) or one fewer for `value` (1–5) on a measure.
    pub fn count_hand(&mut self, measure: MeasureId, value: u8, more: bool) -> Result<(), EditError> {
        if self.measure(measure).is_none() {
            return Err(EditError::Gone(Thing::Measure));
        }
        let slot = usize::from(value).checked_sub(1).filter(|&i| i < 5).ok_or(EditError::OffScale(value.into()))?;
        let answers = &mut self.room.answers;
        let at = match answers.iter().position(|a| a.measure == measure) {
            Some(at) => at,
            None if more => {
                answers.push(RoomAnswer { measure, hands: [0; 5] });
                answers.len() - 1
            }
            None => return Err(EditError::NoHandYet(value)),
        };
        let count = &mut answers[at].hands[slot];
        match (more, *count) {
            (true, MAX_HANDS..) => return Err(EditError::TooManyHands),
            (true, _) => *count += 1,
            (false, 0) => return Err(EditError::NoHandYet(value)),
            (false, _) => *count -= 1,
        }
        if answers[at].total() == 0 {
            answers.remove(at);
        }
        Ok(())
    }

    pub fn set_room_in_analysis(&mut self, included: bool) {
        self.room.in_analysis = included;
    }

    /// Lengthens (`minutes` > 0) or shortens a step's timer.
    pub fn change_timer(&mut self, step: usize, minutes: i32) -> Result<(), EditError> {
        let slot = self.room.minutes.get_mut(step).ok_or(EditError::Gone(Thing::Timer))?;
        let wanted = i32::from(*slot) + minutes;
        let (low, high) = (*TIMER_MINUTES.start(), *TIMER_MINUTES.end());
        *slot = u16::try_from(wanted)
            .ok()
            .filter(|m| TIMER_MINUTES.contains(m))
            .ok_or(EditError::TimerRange { low, high })?;
        Ok(())
    }
}

/// A step's countdown: paused or running since a moment of the page's clock
/// (milliseconds). Pure arithmetic, so that the presenter and the audience
/// window show the same time from the same figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Countdown {
    pub total_ms: f64,
    /// Time run before the latest start.
    pub used_ms: f64,
    pub since: Option<f64>,
}

impl Countdown {
    pub fn of_minutes(minutes: u16) -> Countdown {
        Countdown { total_ms: f64::from(minutes) * 60_000.0, used_ms: 0.0, since: None }
    }

    pub fn remaining_ms(&self, now: f64) -> f64 {
        let running = self.since.map_or(0.0, |since| (now - since).max(0.0));
        (self.total_ms - self.used_ms - running).max(0.0)
    }

    pub fn is_running(&self) -> bool {
        self.since.is_some()
    }

    /// Starts a paused countdown and pauses a running one; a finished one starts again from the top.
    pub fn toggle(&mut self, now: f64) {
        match self.since.take() {
            Some(since) => self.used_ms += (now - since).max(0.0),
            None if self.remaining_ms(now) == 0.0 => *self = Countdown { since: Some(now), ..Countdown::of_total(self.total_ms) },
            None => self.since = Some(now),
        }
    }

    fn of_total(total_ms: f64) -> Countdown {
        Countdown { total_ms, used_ms: 0.0, since: None }
    }
}

/// `mm:ss`, rounded up, so that 0:00 shows only once the time is up.
pub fn clock(ms: f64) -> String {
    let seconds = (ms / 1000.0).ceil() as u64;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;

    #[test]
    fn hands_count_up_and_down_and_an_empty_answer_is_dropped() {
        let mut w = sample_workshop();
        let m = w.measures[0].id;
        for value in [3, 3, 4, 5] {
            w.count_hand(m, value, true).unwrap();
        }
        let answer = *w.room.answer(m).unwrap();
        assert_eq!(answer.hands, [0, 0, 2, 1, 1]);
        assert_eq!(answer.mean(), Some(3.75));
        assert_eq!(w.room.relevance_values(m).collect::<Vec<_>>(), vec![3.0, 3.0, 4.0, 5.0]);
        assert_eq!(w.count_hand(m, 1, false), Err(EditError::NoHandYet(1)));
        assert_eq!(w.count_hand(m, 6, true), Err(EditError::OffScale(6)));
        assert_eq!(w.count_hand(m, 0, true), Err(EditError::OffScale(0)));
        assert!(w.count_hand(crate::model::MeasureId(999_999), 3, true).is_err());
        for value in [3, 3, 4, 5] {
            w.count_hand(m, value, false).unwrap();
        }
        assert!(w.room.answer(m).is_none());
        assert!(w.room.is_unused());
    }

    #[test]
    fn timers_stay_within_their_range() {
        let mut w = sample_workshop();
        w.change_timer(1, 5).unwrap();
        assert_eq!(w.room.minutes, [20, 45, 30]);
        assert_eq!(w.change_timer(0, -20).unwrap_err().to_string(), "A step's timer runs from 1 to 240 minutes.");
        assert!(w.change_timer(2, 211).is_err());
        assert!(w.change_timer(3, 1).is_err());
        assert_eq!(w.room.minutes, [20, 45, 30]);
    }

    #[test]
    fn a_countdown_pauses_resumes_and_restarts_when_done() {
        let mut c = Countdown::of_minutes(1);
        assert_eq!(c.remaining_ms(5_000.0), 60_000.0);
        c.toggle(1_000.0);
        assert_eq!(c.remaining_ms(11_000.0), 50_000.0);
        c.toggle(11_000.0);
        assert!(!c.is_running());
        assert_eq!(c.remaining_ms(99_000.0), 50_000.0);
        c.toggle(100_000.0);
        assert_eq!(c.remaining_ms(200_000.0), 0.0);
        c.toggle(200_000.0);
        c.toggle(200_000.0);
        assert_eq!(c.remaining_ms(200_000.0), 60_000.0);
        assert!(c.is_running());
    }

    #[test]
    fn the_clock_rounds_up_to_the_second() {
        assert_eq!(clock(60_000.0), "1:00");
        assert_eq!(clock(59_001.0), "1:00");
        assert_eq!(clock(59_000.0), "0:59");
        assert_eq!(clock(1.0), "0:01");
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(clock(125.0 * 60_000.0), "125:00");
    }
}
