//! Undo and redo for a whole workshop. The app keeps the state before each
//! change; undo puts it back. Keeping whole states (not inverse edits) means
//! every edit the core knows, now and later, is undoable without writing an
//! inverse for it.

/// Changes closer together than this make one step, so that undo takes back
/// a typed word or a burst of ratings at once, not one keystroke at a time.
pub const MERGE_WINDOW_MS: f64 = 1000.0;

/// How many steps can be undone; older ones are forgotten, which bounds the
/// memory a long workshop day takes.
pub const HISTORY_LIMIT: usize = 100;

pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    /// When the last change was recorded, or `None` right after an undo or
    /// redo, so that the next change always starts a step of its own.
    last_change_ms: Option<f64>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History { past: Vec::new(), future: Vec::new(), last_change_ms: None }
    }
}

impl<T> History<T> {
    /// Notes a change made at `now_ms`; `before` is the state just before it.
    /// A new change ends what could be redone.
    pub fn record(&mut self, before: T, now_ms: f64) {
        self.future.clear();
        let joins_last_step = self.last_change_ms.is_some_and(|last| now_ms - last < MERGE_WINDOW_MS) && !self.past.is_empty();
        if !joins_last_step {
            if self.past.len() == HISTORY_LIMIT {
                self.past.remove(0);
            }
            self.past.push(before);
        }
        self.last_change_ms = Some(now_ms);
    }

    /// The state to go back to, given the current one (kept for redo).
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.last_change_ms = None;
        Some(previous)
    }

    /// The state undone last, given the current one (kept for undo).
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.last_change_ms = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Applies `values` as changes `gap_ms` apart, as the app does: records
    /// the state before each change.
    fn changes(history: &mut History<u32>, start: u32, values: &[u32], gap_ms: f64) -> u32 {
        let mut state = start;
        for (i, &value) in values.iter().enumerate() {
            history.record(state, i as f64 * gap_ms);
            state = value;
        }
        state
    }

    #[test]
    fn a_burst_of_changes_is_one_step() {
        let mut history = History::default();
        let state = changes(&mut history, 0, &[1, 2, 3], 200.0);
        assert_eq!(history.undo(state), Some(0));
        assert!(!history.can_undo());
        assert_eq!(history.redo(0), Some(3));
    }

    #[test]
    fn a_change_after_an_undo_ends_the_redo_and_is_its_own_step() {
        let mut history = History::default();
        let state = changes(&mut history, 0, &[1, 2], 5000.0);
        let state = history.undo(state).unwrap();
        assert_eq!(state, 1);
        history.record(state, 10_100.0);
        assert!(!history.can_redo());
        assert_eq!(history.undo(7), Some(1));
        assert_eq!(history.undo(1), Some(0));
    }

    #[test]
    fn only_the_last_steps_are_kept() {
        let mut history = History::default();
        let values: Vec<u32> = (1..=HISTORY_LIMIT as u32 + 20).collect();
        let mut state = changes(&mut history, 0, &values, 5000.0);
        let mut undone = 0;
        while let Some(previous) = history.undo(state) {
            state = previous;
            undone += 1;
        }
        assert_eq!(undone, HISTORY_LIMIT);
        assert_eq!(state, 20);
    }

    proptest! {
        /// Separate changes undone all the way come back to the start, and
        /// redone all the way come back to the end, within the limit.
        #[test]
        fn undo_all_then_redo_all_is_a_round_trip(values in proptest::collection::vec(any::<u32>(), 0..HISTORY_LIMIT)) {
            let mut history = History::default();
            let end = changes(&mut history, u32::MAX, &values, MERGE_WINDOW_MS);
            let mut state = end;
            while let Some(previous) = history.undo(state) {
                state = previous;
            }
            prop_assert_eq!(state, u32::MAX);
            while let Some(next) = history.redo(state) {
                state = next;
            }
            prop_assert_eq!(state, end);
        }
    }
}
