//! How many times each role-play's run was started afresh (restarted, or its progress
//! forgotten), so that a restart travels between tabs: of two tabs' runs of one role-play,
//! the one begun after more fresh starts is the later, and a tab still holding the run from
//! before neither keeps it nor brings it back. A count per role-play, as the count of
//! clears is one for all progress: a run played after the restart begins at the same
//! count, so it wins over the empty one the restart left, in either tab.

use serde::{Deserialize, Deserializer, Serialize};

use crate::bounded::Entries;
use crate::sorted::SortedMap;

/// How many counts a record remembers, as for deletions.
pub const LIMIT: usize = crate::marks::LIMIT;

/// Fresh starts by role-play id; role-plays never started afresh are left out. Stored as
/// a map, read with at most [`LIMIT`] counts, and leniently (see [`crate::bounded`]).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(transparent)]
pub struct Restarts {
    counts: SortedMap<String, u32>,
    /// How many stored counts were left out when these were read, for the store to
    /// report; never written.
    #[serde(skip)]
    trimmed: usize,
    /// The stored counts were not counts and were read as none; never written.
    #[serde(skip)]
    malformed: bool,
}

/// Equal when they hold the same counts, however they were read.
impl PartialEq for Restarts {
    fn eq(&self, other: &Self) -> bool {
        self.counts == other.counts
    }
}

impl Eq for Restarts {}

impl<'de> Deserialize<'de> for Restarts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = Entries::<String, u32>::deserialize(deserializer)?;
        Ok(Restarts {
            counts: stored.items.into_iter().collect(),
            trimmed: stored.left_out,
            malformed: stored.malformed,
        })
    }
}

impl Restarts {
    /// How many stored counts were left out when these were read (a save over [`LIMIT`]).
    pub fn trimmed(&self) -> usize {
        self.trimmed
    }

    /// Whether the stored counts were of the wrong kind and read as none.
    pub fn malformed(&self) -> bool {
        self.malformed
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// How many times `id` was started afresh.
    pub fn of(&self, id: &str) -> u32 {
        self.counts.get(id).copied().unwrap_or(0)
    }

    /// Counts a fresh start of each of `ids`.
    pub fn bump<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        let ids: Vec<&str> = ids.into_iter().collect();
        for id in &ids {
            let count = self.of(id).saturating_add(1);
            self.counts.insert((*id).to_owned(), count);
        }
        self.trim(&ids);
    }

    /// Takes `count` for `id` (a count from another tab, higher than this one's).
    pub fn set(&mut self, id: &str, count: u32) {
        self.counts.insert(id.to_owned(), count);
        self.trim(&[id]);
    }

    /// The role-plays `other` started afresh more often than this, with its counts.
    pub fn behind<'a>(&'a self, other: &'a Restarts) -> impl Iterator<Item = (&'a str, u32)> {
        other
            .counts
            .iter()
            .filter(|(id, count)| **count > self.of(id))
            .map(|(id, count)| (id.as_str(), *count))
    }

    /// Whether this started some role-play afresh more often than `other`.
    pub fn ahead_of(&self, other: &Restarts) -> bool {
        other.behind(self).next().is_some()
    }

    /// Forgets the lowest counts beyond [`LIMIT`] (a forgotten count is a role-play never
    /// restarted), never those of `keep`, just made.
    fn trim(&mut self, keep: &[&str]) {
        let excess = self.counts.len().saturating_sub(LIMIT);
        if excess == 0 {
            return;
        }
        let mut order: Vec<(u32, &String)> = self
            .counts
            .iter()
            .filter(|(id, _)| !keep.contains(&id.as_str()))
            .map(|(id, count)| (*count, id))
            .collect();
        crate::order::sort(&mut order);
        let dropped: crate::sorted::SortedSet<String> = order
            .into_iter()
            .take(excess)
            .map(|(_, id)| id.clone())
            .collect();
        self.counts.retain(|id, _| !dropped.contains(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tab_that_started_afresh_more_often_is_ahead() {
        let mut one = Restarts::default();
        let two = one.clone();
        one.bump(["a"]);
        assert_eq!(one.of("a"), 1);
        assert!(one.ahead_of(&two) && !two.ahead_of(&one));
        assert_eq!(two.behind(&one).collect::<Vec<_>>(), [("a", 1)]);
        let mut two = two;
        two.set("a", 1);
        assert!(!one.ahead_of(&two), "level again");
        assert_eq!(serde_json::to_string(&one).unwrap(), r#"{"a":1}"#);
    }

    #[test]
    fn at_most_limit_counts_are_kept_the_lowest_going_first() {
        let mut restarts = Restarts::default();
        restarts.bump(["kept"]);
        restarts.bump(["kept"]);
        for i in 0..LIMIT {
            restarts.bump([format!("r{i:05}").as_str()]);
        }
        assert_eq!(restarts.len(), LIMIT);
        assert_eq!(restarts.of("kept"), 2);
        assert_eq!(restarts.of(&format!("r{:05}", LIMIT - 1)), 1, "just made");
    }
}
