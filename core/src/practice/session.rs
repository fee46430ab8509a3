//! A practice session in progress: which drills, where the learner is, the reply being
//! written, and the reply whose feedback is on screen. Saved as its own small record so
//! a reload continues exactly where the learner was.

use serde::{Deserialize, Serialize};

use crate::storage::Record;

/// The current session; an empty queue means there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    pub queue: Vec<String>,
    pub index: usize,
    /// The reply being written.
    pub draft: String,
    /// The reply that was checked, while its feedback is shown.
    pub checked: Option<String>,
    /// The attempt recorded for the checked reply.
    pub attempt: Option<String>,
    /// Drills rated "again" that have already come back once.
    pub repeated: Vec<String>,
    /// Attempts recorded during this session.
    pub attempts: Vec<String>,
    pub started: i64,
}

impl Record for Session {
    const KEY: &'static str = "rapport.session";
    const LABEL: &'static str = "practice session";
    const SCHEMA: u32 = 1;
}

impl Session {
    /// A session over `queue`, begun at `now`.
    pub fn new(queue: Vec<String>, now: i64) -> Session {
        Session {
            queue,
            started: now,
            ..Session::default()
        }
    }

    /// The drill on screen, if the session is under way.
    pub fn current(&self) -> Option<&str> {
        self.queue.get(self.index).map(String::as_str)
    }

    /// The same session, perhaps further on: begun at the same time over the same drills
    /// (one queue may have grown, by a drill rated "again" coming back at its end).
    pub fn is_same(&self, other: &Session) -> bool {
        self.started == other.started
            && (other.queue.starts_with(&self.queue) || self.queue.starts_with(&other.queue))
    }

    /// Under way: a drill is on screen.
    pub fn is_active(&self) -> bool {
        self.index < self.queue.len()
    }

    /// Every drill has been rated.
    pub fn is_finished(&self) -> bool {
        !self.queue.is_empty() && self.index >= self.queue.len()
    }

    /// 1-based position and total, for "2 of 5".
    pub fn position(&self) -> (usize, usize) {
        ((self.index + 1).min(self.queue.len()), self.queue.len())
    }
}
