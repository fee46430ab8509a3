//! Deletions that travel between tabs, and the restorations that undo them: for each key
//! (an attempt's id, say) the last thing that happened to it, gone or back, so that
//! another tab's older copy neither brings back what was deleted nor deletes again what
//! was deliberately restored.
//!
//! Marks are numbered by a Lamport clock rather than by the time: a new mark is numbered one
//! more than any the record holds, and a merge keeps each key's higher-numbered mark. A tab
//! can only act on what it has seen, so a deletion made after a restore outnumbers it and
//! wins, as a restore made after a deletion wins over that, whatever the device's clock did
//! in between. At most [`LIMIT`] marks are kept, the lowest-numbered forgotten first.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::bounded::Entries;
use crate::sorted::SortedMap;

/// How many marks a record remembers.
pub const LIMIT: usize = 20_000;

/// Numbers above this are renumbered in order from 1: real use never comes near it, but a
/// corrupt or hostile save could put a mark at `u32::MAX`, after which every new mark
/// would tie with it instead of outnumbering it.
const RENUMBER_ABOVE: u32 = u32::MAX / 2;

/// What last happened to a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Its place in the order marks were made (0 for deletions saved before they were numbered).
    pub number: u32,
    /// Deleted (or forgotten), rather than brought back.
    pub gone: bool,
}

impl Mark {
    /// Whether this mark wins over `other`, made for the same key: the later one, and of
    /// two made at once in two tabs, the deletion, which loses nothing that cannot be
    /// imported again.
    fn beats(self, other: Mark) -> bool {
        (self.number, self.gone) > (other.number, other.gone)
    }
}

/// The marks of one kind of key.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    marks: SortedMap<String, Mark>,
    /// The highest number held, so that numbering a new mark does not scan them all.
    top: u32,
    /// How many stored marks were left out when these were read, beyond [`LIMIT`] (a save
    /// this build never writes), for the store to report; never written.
    trimmed: usize,
    /// The stored marks were not marks at all and were read as none, for the store to
    /// report; never written.
    malformed: bool,
}

/// Two sets of marks are equal when they hold the same marks; `top` follows from them.
impl PartialEq for Marks {
    fn eq(&self, other: &Self) -> bool {
        self.marks == other.marks
    }
}

impl Eq for Marks {}

/// How marks are stored: `{"gone": {key: number}, "back": {key: number}}`, either left out
/// when empty; read with at most [`LIMIT`] of each, and leniently (see [`crate::bounded`]).
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
struct OnDisk {
    #[serde(skip_serializing_if = "Entries::is_empty")]
    gone: Entries<String, u32>,
    #[serde(skip_serializing_if = "Entries::is_empty")]
    back: Entries<String, u32>,
}

impl Serialize for Marks {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let owned = |(key, number): (&String, u32)| (key.clone(), number);
        OnDisk {
            gone: self.gone().map(owned).collect(),
            back: self.back().map(owned).collect(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Marks {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Ok(stored) = OnDisk::deserialize(deserializer) else {
            return Ok(Marks {
                malformed: true,
                ..Marks::default()
            });
        };
        let left_out = stored.gone.left_out + stored.back.left_out;
        let malformed = stored.gone.malformed || stored.back.malformed;
        Ok(Marks::read(
            stored.gone.items,
            stored.back.items,
            left_out,
            malformed,
        ))
    }
}

impl Marks {
    /// The marks of stored deletions and restorations, numbered; of two for one key the
    /// winner is kept, and at most [`LIMIT`] of them.
    pub fn from_parts(
        gone: impl IntoIterator<Item = (String, u32)>,
        back: impl IntoIterator<Item = (String, u32)>,
    ) -> Marks {
        Marks::read(gone, back, 0, false)
    }

    /// [`Marks::from_parts`] for marks read from a save that listed `left_out` more than
    /// its reader kept (those, and any the limit drops now, are [`Marks::trimmed`]), some
    /// of them perhaps `malformed` and read as none.
    pub(crate) fn read(
        gone: impl IntoIterator<Item = (String, u32)>,
        back: impl IntoIterator<Item = (String, u32)>,
        left_out: usize,
        malformed: bool,
    ) -> Marks {
        let mark = |gone| move |(key, number)| (key, Mark { number, gone });
        let all: Vec<(String, Mark)> = gone
            .into_iter()
            .map(mark(true))
            .chain(back.into_iter().map(mark(false)))
            .collect();
        let mut marks = Marks::default();
        let dropped = marks.absorb(all);
        marks.trimmed = left_out + dropped;
        marks.malformed = malformed;
        marks
    }

    /// Whether some of the stored marks were of the wrong kind and read as none.
    pub fn malformed(&self) -> bool {
        self.malformed
    }

    /// How many stored marks were left out when these were read (a save over [`LIMIT`]).
    pub fn trimmed(&self) -> usize {
        self.trimmed
    }

    pub fn len(&self) -> usize {
        self.marks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    /// Whether `key` was deleted and not brought back since.
    pub fn is_gone(&self, key: &str) -> bool {
        self.marks.get(key).is_some_and(|m| m.gone)
    }

    /// The keys deleted and their numbers, in key order.
    pub fn gone(&self) -> impl Iterator<Item = (&String, u32)> {
        self.of_kind(true)
    }

    /// The keys brought back after a deletion and their numbers, in key order.
    pub fn back(&self) -> impl Iterator<Item = (&String, u32)> {
        self.of_kind(false)
    }

    fn of_kind(&self, gone: bool) -> impl Iterator<Item = (&String, u32)> {
        self.marks
            .iter()
            .filter(move |(_, m)| m.gone == gone)
            .map(|(key, m)| (key, m.number))
    }

    fn next(&self) -> u32 {
        self.top.saturating_add(1)
    }

    fn set(&mut self, key: String, mark: Mark) {
        self.top = self.top.max(mark.number);
        self.marks.insert(key, mark);
    }

    /// Marks `key` deleted; false when it already was.
    pub fn delete(&mut self, key: &str) -> bool {
        self.delete_all([key])
    }

    /// Marks `keys` deleted, with one number (they go together) and one trim, so that
    /// forgetting a whole pack at the limit does not sort the marks once per drill; whether
    /// any was not already.
    pub fn delete_all<'a>(&mut self, keys: impl IntoIterator<Item = &'a str>) -> bool {
        let number = self.next();
        let fresh: Vec<&str> = keys.into_iter().filter(|k| !self.is_gone(k)).collect();
        if fresh.is_empty() {
            return false;
        }
        for key in &fresh {
            self.set((*key).to_owned(), Mark { number, gone: true });
        }
        self.trim(&fresh);
        true
    }

    /// Marks as brought back those of `keys` that were deleted (one number for them all:
    /// they come back together); whether there were any.
    pub fn bring_back<'a>(&mut self, keys: impl IntoIterator<Item = &'a str>) -> bool {
        let number = self.next();
        let mut any = false;
        for key in keys {
            if let Some(mark) = self.marks.get_mut(key).filter(|m| m.gone) {
                *mark = Mark {
                    number,
                    gone: false,
                };
                any = true;
            }
        }
        if any {
            self.top = number;
        }
        any
    }

    /// Takes every mark of `other` that wins over this one's for its key; whether any did.
    pub fn merge(&mut self, other: &Marks) -> bool {
        let wins = |(key, mark): &(&String, &Mark)| {
            self.marks
                .get(key.as_str())
                .is_none_or(|mine| mark.beats(*mine))
        };
        let taken: Vec<(String, Mark)> = other
            .marks
            .iter()
            .filter(wins)
            .map(|(key, mark)| (key.clone(), *mark))
            .collect();
        if taken.is_empty() {
            return false;
        }
        self.absorb(taken);
        true
    }

    /// Adds `marks`, each winning over any mark here for its key, then trims; how many the
    /// limit dropped. Sorted and rebuilt once, since a merge can bring thousands.
    fn absorb(&mut self, marks: Vec<(String, Mark)>) -> usize {
        let mut all: Vec<(String, Mark)> = std::mem::take(&mut self.marks)
            .iter()
            .map(|(key, mark)| (key.clone(), *mark))
            .chain(marks)
            .collect();
        // The winner of each key last: the map keeps the last of repeated keys.
        crate::order::sort_by(&mut all, |a, b| {
            (&a.0, a.1.number, a.1.gone).cmp(&(&b.0, b.1.number, b.1.gone))
        });
        self.top = all.iter().map(|(_, m)| m.number).max().unwrap_or(0);
        self.marks = all.into_iter().collect();
        if self.top > RENUMBER_ABOVE {
            self.renumber();
        }
        self.trim(&[])
    }

    /// Numbers the marks 1, 2, 3… in the order they hold (equal numbers stay equal), so the
    /// clock has room again. Every tab that reads the same save renumbers it the same way.
    fn renumber(&mut self) {
        let mut numbers: Vec<u32> = self.marks.iter().map(|(_, m)| m.number).collect();
        crate::order::sort(&mut numbers);
        numbers.dedup();
        self.marks.retain(|_, mark| {
            let rank = numbers.partition_point(|n| *n < mark.number);
            mark.number = u32::try_from(rank + 1).unwrap_or(u32::MAX);
            true
        });
        self.top = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
    }

    /// Forgets the lowest-numbered marks beyond [`LIMIT`], never those of `keep` (the marks
    /// just made: dropping them would let other tabs undo what was just done); how many.
    fn trim(&mut self, keep: &[&str]) -> usize {
        let excess = self.marks.len().saturating_sub(LIMIT);
        if excess == 0 {
            return 0;
        }
        let mut order: Vec<(u32, &String)> = self
            .marks
            .iter()
            .filter(|(key, _)| !keep.contains(&key.as_str()))
            .map(|(key, mark)| (mark.number, key))
            .collect();
        crate::order::sort(&mut order);
        let dropped: crate::sorted::SortedSet<String> = order
            .into_iter()
            .take(excess)
            .map(|(_, key)| key.clone())
            .collect();
        self.marks.retain(|key, _| !dropped.contains(key));
        dropped.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_later_mark_wins_whichever_tab_made_it() {
        let mut one = Marks::default();
        assert!(one.delete("x"));
        assert!(!one.delete("x"), "already gone");
        let mut two = one.clone();
        assert!(two.bring_back(["x", "never-deleted"]));
        assert!(!two.is_gone("x"));
        assert!(one.merge(&two), "the restore is later");
        assert!(!one.is_gone("x"));
        assert!(!two.merge(&one), "nothing newer there");
        assert!(one.delete("x"));
        assert!(two.merge(&one), "a deletion after the restore wins again");
        assert!(two.is_gone("x"));
        let gone: Vec<(&String, u32)> = two.gone().collect();
        assert_eq!(gone, [(&"x".to_owned(), 3)]);
        assert_eq!(two.back().count(), 0);
    }

    #[test]
    fn a_mark_saved_at_the_ceiling_still_lets_later_marks_win() {
        // A corrupt save numbers a deletion u32::MAX: read in two tabs, a restore in one
        // must still outnumber it in the other.
        let stored = r#"{"gone":{"x":4294967295,"y":7}}"#;
        let mut one: Marks = serde_json::from_str(stored).unwrap();
        let mut two: Marks = serde_json::from_str(stored).unwrap();
        assert!(one.is_gone("x") && one.is_gone("y"));
        assert!(one.bring_back(["x"]));
        assert!(two.merge(&one), "the restore is later");
        assert!(!two.is_gone("x"), "and wins in the other tab");
        assert!(two.delete("x"));
        assert!(one.merge(&two), "a deletion after it wins again");
        assert!(one.is_gone("x"));
        let numbers: Vec<u32> = one.gone().map(|(_, n)| n).collect();
        assert!(numbers.iter().all(|n| *n < 100), "{numbers:?}");
    }

    #[test]
    fn forgetting_many_keys_at_the_limit_keeps_them_all() {
        let mut marks = Marks::default();
        for i in 0..LIMIT {
            marks.delete(&format!("old-{i:05}"));
        }
        let pack: Vec<String> = (0..400).map(|i| format!("a-drill-{i:03}")).collect();
        assert!(marks.delete_all(pack.iter().map(String::as_str)));
        assert_eq!(marks.len(), LIMIT);
        assert!(
            pack.iter().all(|k| marks.is_gone(k)),
            "every forgotten drill is kept"
        );
        assert!(!marks.is_gone("old-00000"), "the oldest marks made room");
        assert!(
            !marks.delete_all(pack.iter().map(String::as_str)),
            "already gone"
        );
    }

    #[test]
    fn merging_is_the_same_in_either_order() {
        let mut a = Marks::default();
        a.delete("p");
        a.delete("q");
        let mut b = a.clone();
        b.bring_back(["p"]);
        a.delete("r");
        let (mut ab, mut ba) = (a.clone(), b.clone());
        ab.merge(&b);
        ba.merge(&a);
        assert_eq!(ab, ba);
        assert!(!ab.is_gone("p") && ab.is_gone("q") && ab.is_gone("r"));
    }

    #[test]
    fn unnumbered_deletions_lose_to_any_restore_and_read_back() {
        let marks = Marks::from_parts([("a".to_owned(), 0), ("b".to_owned(), 0)], []);
        let mut restored = marks.clone();
        restored.bring_back(["a"]);
        let mut other = marks;
        assert!(other.merge(&restored));
        assert!(!other.is_gone("a") && other.is_gone("b"));
        let again = Marks::from_parts(
            other.gone().map(|(k, n)| (k.clone(), n)),
            other.back().map(|(k, n)| (k.clone(), n)),
        );
        assert_eq!(again, other);
    }

    #[test]
    fn marks_are_stored_as_two_maps_and_read_back() {
        let mut marks = Marks::default();
        marks.delete("b");
        marks.delete("a");
        marks.bring_back(["b"]);
        let text = serde_json::to_string(&marks).unwrap();
        assert_eq!(text, r#"{"gone":{"a":2},"back":{"b":3}}"#);
        let read: Marks = serde_json::from_str(&text).unwrap();
        assert_eq!(read, marks);
        assert_eq!(read.next(), 4, "numbering goes on from the highest read");
    }

    #[test]
    fn a_merge_keeps_the_latest_within_the_limit() {
        let mut a = Marks::default();
        let mut b = Marks::default();
        for i in 0..LIMIT {
            a.delete(&format!("a{i:05}"));
            b.delete(&format!("b{i:05}"));
        }
        b.delete("b-last");
        assert_eq!(b.len(), LIMIT);
        assert!(a.merge(&b));
        assert_eq!(a.len(), LIMIT);
        assert!(a.is_gone("b-last"));
        let mut c = b.clone();
        c.merge(&a);
        assert_eq!(a, c, "the same marks survive in both tabs");
    }
}
