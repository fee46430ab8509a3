//! The learner's practice history: every attempt (drill, time, reply, score, the coach's
//! flags, self-rating) and each drill's review card. Persisted as one record, in the
//! form of [`stored`]; merged by attempt id across tabs and imports.

pub mod exchange;
pub mod importing;
mod legacy_text;
pub mod merging;
mod screening;
pub mod stats;
mod stored;

use std::collections::HashMap;

use crate::marks::Marks;
use crate::sorted::SortedMap;

use serde::{Deserialize, Serialize};

use merging::Merging;
use stored::Stored;

use crate::coach::{Assessment, Roadblock};
use crate::schedule::{Card, Rating};
use crate::storage::Record;

/// One checked reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique across tabs and devices: time and drill.
    pub id: String,
    pub drill: String,
    /// Unix milliseconds.
    pub at: i64,
    pub response: String,
    pub score: u8,
    pub reflection: bool,
    /// A feeling was reflected.
    pub feeling: bool,
    pub question: bool,
    pub parroting: bool,
    /// Checked understanding ("is that right?").
    #[serde(default)]
    pub checked: bool,
    pub roadblocks: Vec<Roadblock>,
    /// Set when the learner rates the drill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
}

/// A reply as an attempt keeps it: control characters (other than line breaks) have no
/// place in a reply.
pub fn clean_reply(reply: &str) -> String {
    reply
        .chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

impl Attempt {
    /// What the coach noticed, in a few words for the history list.
    pub fn summary(&self) -> Vec<&'static str> {
        let mut words = Vec::new();
        if self.reflection {
            words.push("a reflection");
        }
        if self.feeling {
            words.push("named a feeling");
        }
        if self.checked {
            words.push("checked understanding");
        }
        if self.parroting {
            words.push("repeated their words");
        }
        words.extend(self.roadblocks.iter().map(|r| r.label()));
        words
    }

    /// The attempt for `response` to `drill`, as the coach assessed it at `at`.
    pub fn new(drill: &str, at: i64, response: &str, assessment: &Assessment) -> Attempt {
        Attempt {
            id: format!("{at:x}-{drill}"),
            drill: drill.to_owned(),
            at,
            response: clean_reply(response),
            score: assessment.score,
            reflection: assessment.reflection,
            feeling: assessment.feeling.reflected,
            question: assessment.question,
            parroting: assessment.parroting,
            checked: assessment
                .hints
                .iter()
                .any(|h| h.code == "checked_understanding"),
            roadblocks: assessment.roadblocks.clone(),
            rating: None,
        }
    }
}

/// All practice history.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(from = "Stored")]
pub struct Progress {
    /// Oldest first.
    pub attempts: Vec<Attempt>,
    /// Review state by drill id.
    pub cards: SortedMap<String, Card>,
    /// How many stored attempts could not be read when this was loaded (never written:
    /// the store keeps the original text as a backup and tells the learner).
    pub unreadable: usize,
    /// Attempts the learner deleted one by one, so that another tab's copy of them is not
    /// merged back in, and those an import brought back since, so that another tab's older
    /// deletion does not remove them again (the most recent [`MAX_DELETED`]).
    pub deleted: Marks,
    /// Drills whose whole history was forgotten (their pack removed with its progress), so
    /// that another tab's copy of it is dropped too; and those practised or imported again
    /// since, whose history is kept again.
    pub forgotten: Marks,
    /// How many times all progress was cleared: a tab whose count is behind another's
    /// holds only what was cleared, and takes the other's history instead of merging.
    pub clears: u32,
}

/// How many deleted (or restored) attempts' ids are remembered.
pub const MAX_DELETED: usize = crate::marks::LIMIT;

impl Record for Progress {
    const KEY: &'static str = "rapport.progress";
    const LABEL: &'static str = "practice history";
    const SCHEMA: u32 = 4;

    fn migrate(from: u32, data: serde_json::Value) -> Result<serde_json::Value, String> {
        stored::migrate(from, data)
    }

    fn damage(&self) -> Option<String> {
        use crate::bounded::{damage, left_out, malformed};
        damage([
            self.unreadable_replies(),
            left_out(self.deleted.trimmed(), "records of deleted replies"),
            left_out(self.forgotten.trimmed(), "records of forgotten drills"),
            malformed(self.deleted.malformed(), "the list of deleted replies"),
            malformed(self.forgotten.malformed(), "the list of forgotten drills"),
        ])
    }
}

impl Progress {
    /// The stored attempts that could not be read, in words ("2 practised replies").
    pub fn unreadable_replies(&self) -> Option<String> {
        match self.unreadable {
            0 => None,
            1 => Some("one practised reply".to_owned()),
            n => Some(format!("{n} practised replies")),
        }
    }
}

/// What merging another history into this one did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    pub attempts_added: usize,
    /// Attempts removed here because another tab deleted or cleared them.
    pub attempts_removed: usize,
    /// Everything here was replaced by another tab's history, cleared since.
    pub replaced: bool,
    pub attempts_skipped: usize,
    pub cards_added: usize,
    /// Cards removed here because another tab forgot their drills.
    pub cards_removed: usize,
    pub cards_updated: usize,
    /// The other's save lacks something this history has (a later clear, a deletion,
    /// restoration or forgotten drill, an attempt, a rating, a card reviewed more often):
    /// storage holds that save, so this tab writes its own back, or the record would stay
    /// behind until its next change.
    pub behind: bool,
}

impl Merged {
    /// Whether anything changed.
    pub fn changed(&self) -> bool {
        self.replaced
            || self.behind
            || self.attempts_added
                + self.attempts_removed
                + self.cards_added
                + self.cards_updated
                + self.cards_removed
                > 0
    }
}

impl Progress {
    /// Records a rating: on the attempt with `attempt_id`, and in the drill's card.
    pub fn rate(&mut self, attempt_id: &str, rating: Rating, now: i64) {
        let Some(attempt) = self.attempts.iter_mut().rev().find(|a| a.id == attempt_id) else {
            return;
        };
        attempt.rating = Some(rating);
        let card = self
            .cards
            .get(&attempt.drill)
            .cloned()
            .unwrap_or_else(|| Card::new(now));
        self.cards
            .insert(attempt.drill.clone(), card.review(rating, now));
    }

    /// What another tab of the same learner saved, merged in: attempts by id, cards that
    /// were reviewed more often there, and deletions, restorations and forgotten drills
    /// travelling both ways (the later mark of each winning). A tab that has cleared all
    /// progress fewer times than the other takes the other's history whole; one that has
    /// cleared more often ignores the other's, which is all from before that clear, and
    /// reports itself [`Merged::behind`] so that its own is written back.
    pub fn merge_from_tab(&mut self, other: &Progress) -> Merged {
        let mut report = Merged::default();
        if other.clears < self.clears {
            report.behind = true;
            return report;
        }
        if other.clears > self.clears {
            report.attempts_removed = self.attempts.len();
            report.attempts_added = other.attempts.len();
            report.replaced = true;
            *self = other.clone();
            return report;
        }
        self.deleted.merge(&other.deleted);
        self.forgotten.merge(&other.forgotten);
        let before = (self.attempts.len(), self.cards.len());
        let (deleted, forgotten) = (&self.deleted, &self.forgotten);
        self.attempts
            .retain(|a| !deleted.is_gone(&a.id) && !forgotten.is_gone(&a.drill));
        self.cards.retain(|drill, _| !forgotten.is_gone(drill));
        report.attempts_removed = before.0 - self.attempts.len();
        report.cards_removed = before.1 - self.cards.len();
        let mut merged = self.merge_attempts(other, true);
        merged.attempts_removed = report.attempts_removed;
        merged.cards_removed = report.cards_removed;
        merged.behind = self.gives_to(other);
        merged
    }

    /// Whether merging this history into `other` would change it. Only what a merge takes
    /// counts (not, say, two different ratings of one attempt, which it leaves as they are),
    /// so two tabs that write back what the other lacks stop once they agree.
    fn gives_to(&self, other: &Progress) -> bool {
        if self.deleted != other.deleted || self.forgotten != other.forgotten {
            return true;
        }
        let theirs: HashMap<&str, &Attempt> =
            other.attempts.iter().map(|a| (a.id.as_str(), a)).collect();
        let attempts = self
            .attempts
            .iter()
            .any(|a| match theirs.get(a.id.as_str()) {
                None => true,
                Some(t) => t.rating.is_none() && a.rating.is_some(),
            });
        attempts
            || self.cards.iter().any(|(drill, card)| {
                other
                    .cards
                    .get(drill)
                    .is_none_or(|c| c.reviews < card.reviews)
            })
    }

    /// Adds what an imported history has and this one lacks: attempts by id (never
    /// overwriting one, though a rating missing here is taken), and cards for drills not
    /// reviewed here. The learner asked for these, so an attempt deleted here earlier comes
    /// back when the file has it, marked as brought back so that other tabs take it too.
    pub fn merge(&mut self, other: &Progress) -> Merged {
        let (merged, report) = std::mem::take(self).merging_in(other).finish(other);
        *self = merged;
        report
    }

    /// [`Progress::merge`], to be taken a slice of `other`'s attempts at a time.
    pub fn merging_in(mut self, other: &Progress) -> Merging {
        self.deleted
            .bring_back(other.attempts.iter().map(|a| a.id.as_str()));
        let drills = other.attempts.iter().map(|a| a.drill.as_str());
        self.forgotten
            .bring_back(drills.chain(other.cards.keys().map(String::as_str)));
        Merging::begin(self, false)
    }

    /// Attempts by id and cards, skipping attempts deleted here and drills forgotten; with
    /// `newer_cards`, a card reviewed more often in `other` replaces this one.
    fn merge_attempts(&mut self, other: &Progress, newer_cards: bool) -> Merged {
        let merging = Merging::begin(std::mem::take(self), newer_cards);
        let (merged, report) = merging.finish(other);
        *self = merged;
        report
    }

    /// A reply just checked. Its drill's history is kept again if it had been forgotten.
    pub fn add(&mut self, attempt: Attempt) {
        self.forgotten.bring_back([attempt.drill.as_str()]);
        self.attempts.push(attempt);
    }

    /// Forgets every attempt and review schedule of the drills `ids`, remembering them so
    /// that other tabs forget them too (even what they practised that this tab has not
    /// heard of yet); whether anything changed.
    pub fn forget(&mut self, ids: &[String]) -> bool {
        let before = (self.attempts.len(), self.cards.len());
        self.attempts.retain(|a| !ids.contains(&a.drill));
        self.cards.retain(|id, _| !ids.contains(id));
        let marked = self.forgotten.delete_all(ids.iter().map(String::as_str));
        marked || before != (self.attempts.len(), self.cards.len())
    }

    /// Removes one attempt, remembering its id so other tabs drop it too; its drill's card
    /// is left as it is.
    pub fn delete(&mut self, attempt_id: &str) -> bool {
        let before = self.attempts.len();
        self.attempts.retain(|a| a.id != attempt_id);
        if self.attempts.len() == before {
            return false;
        }
        self.deleted.delete(attempt_id);
        true
    }

    /// Everything gone, and the clear counted so that other tabs follow.
    pub fn cleared(&self) -> Progress {
        Progress {
            clears: self.clears.saturating_add(1),
            ..Progress::default()
        }
    }

    /// The most recent attempts, newest first.
    pub fn recent(&self, count: usize) -> impl Iterator<Item = &Attempt> {
        self.attempts.iter().rev().take(count)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_clear_at_the_counter_s_ceiling_neither_wraps_nor_panics() {
        // A corrupt save could hold the highest count: wrapping to 0 would make every other
        // tab look ahead and write the cleared history back.
        let progress = Progress {
            clears: u32::MAX,
            ..Progress::default()
        };
        assert_eq!(progress.cleared().clears, u32::MAX);
    }

    use super::*;
    use crate::coach::assess;
    use crate::storage::{decode, encode, Decoded};

    #[test]
    fn an_attempt_keeps_the_coach_flags_and_round_trips() {
        let a = assess("I was up all night.", "You should sleep more.", None);
        let mut progress = Progress::default();
        progress
            .attempts
            .push(Attempt::new("late", 1_000, "You should sleep more.", &a));
        progress.rate("3e8-late", Rating::Again, 2_000);
        let attempt = &progress.attempts[0];
        assert_eq!(attempt.roadblocks, vec![Roadblock::Advising]);
        assert_eq!(attempt.rating, Some(Rating::Again));
        assert_eq!(progress.cards["late"].lapses, 1);
        let text = encode(&progress).unwrap();
        assert_eq!(decode::<Progress>(&text), Decoded::Current(progress));
    }

    #[test]
    fn rating_an_unknown_attempt_changes_nothing() {
        let mut progress = Progress::default();
        progress.rate("nope", Rating::Good, 0);
        assert_eq!(progress, Progress::default());
    }

    fn two_attempts() -> Progress {
        let a = assess("I was up all night.", "It sounds exhausting.", None);
        let mut progress = Progress::default();
        for at in [1_000, 2_000] {
            progress
                .attempts
                .push(Attempt::new("late", at, "It sounds exhausting.", &a));
        }
        progress
    }

    #[test]
    fn a_deletion_in_one_tab_is_not_undone_by_another() {
        let mut one = two_attempts();
        let mut two = one.clone();
        assert!(one.delete("3e8-late"));
        // The other tab saves before it hears of the deletion: its copy must not bring the
        // attempt back here, and the stored record, which now lacks the deletion, is
        // written again from this tab.
        assert!(one.merge_from_tab(&two).changed(), "storage is behind");
        assert_eq!(one.attempts.len(), 1);
        // Then it hears, and drops its copy too.
        assert_eq!(two.merge_from_tab(&one).attempts_removed, 1);
        assert!(
            !one.merge_from_tab(&two).changed(),
            "once both agree, nothing is written again"
        );
        assert_eq!(two.attempts.len(), 1);
        assert_eq!(
            two.deleted.gone().map(|(id, _)| id).collect::<Vec<_>>(),
            ["3e8-late"]
        );
        let text = encode(&two).unwrap();
        assert_eq!(decode::<Progress>(&text), Decoded::Current(two));
    }

    #[test]
    fn clearing_everything_in_one_tab_clears_the_others() {
        let mut one = two_attempts();
        let mut two = one.clone();
        one = one.cleared();
        assert!(
            one.merge_from_tab(&two).changed(),
            "a save from before the clear is ignored, and written over with the clear"
        );
        assert!(one.attempts.is_empty());
        let report = two.merge_from_tab(&one);
        assert!(report.replaced && report.changed());
        assert!(!one.merge_from_tab(&two).changed(), "both agree now");
        assert!(two.attempts.is_empty());
        assert_eq!(two.clears, 1);
        // After both have cleared, new practice merges as before.
        let a = assess("I was up all night.", "It sounds exhausting.", None);
        two.attempts
            .push(Attempt::new("late", 9_000, "It sounds exhausting.", &a));
        assert_eq!(one.merge_from_tab(&two).attempts_added, 1);
    }

    #[test]
    fn a_save_that_missed_this_tab_s_attempts_is_written_again() {
        // Both tabs saved at once: the other's save, which never saw this tab's attempt,
        // is what storage holds now.
        let mut one = two_attempts();
        let mut two = Progress {
            attempts: one.attempts[..1].to_vec(),
            ..Progress::default()
        };
        one.rate("7d0-late", Rating::Easy, 2_500);
        assert!(one.merge_from_tab(&two).changed());
        two.merge_from_tab(&one);
        assert_eq!(two, one);
        assert!(!one.merge_from_tab(&two).changed());
    }

    #[test]
    fn importing_a_deleted_attempt_brings_it_back() {
        let backup = two_attempts();
        let mut mine = backup.clone();
        mine.delete("3e8-late");
        assert_eq!(mine.merge(&backup).attempts_added, 1);
        assert_eq!(mine.attempts.len(), 2);
        assert!(!mine.deleted.is_gone("3e8-late"));
    }

    /// Another tab's save, as the storage listener hands it over: written and read back.
    fn through_storage(progress: &Progress) -> Progress {
        match decode::<Progress>(&encode(progress).unwrap()) {
            Decoded::Current(p) => p,
            other => panic!("not read back: {other:?}"),
        }
    }

    fn has(progress: &Progress, id: &str) -> bool {
        progress.attempts.iter().any(|a| a.id == id)
    }

    #[test]
    fn an_attempt_an_import_brought_back_is_not_deleted_again_by_an_older_deletion() {
        let backup = two_attempts();
        let mut a = backup.clone();
        assert!(a.delete("3e8-late"));
        let mut b = backup.clone();
        b.merge_from_tab(&through_storage(&a));
        assert!(!has(&b, "3e8-late"), "both tabs know of the deletion");

        // Tab A imports a backup that has the attempt: the learner wants it back.
        assert_eq!(a.merge(&backup).attempts_added, 1);
        // Tab B, whose deletion is older, hears of A's save, and A then of B's.
        b.merge_from_tab(&through_storage(&a));
        a.merge_from_tab(&through_storage(&b));
        assert!(has(&a, "3e8-late"), "tab A keeps what it brought back");
        assert!(has(&b, "3e8-late"), "tab B takes it too");
        // Whichever saves next, the attempt stays.
        assert!(has(&through_storage(&b), "3e8-late"));

        // A deletion made after the restore wins over it, in both tabs.
        assert!(b.delete("3e8-late"));
        a.merge_from_tab(&through_storage(&b));
        b.merge_from_tab(&through_storage(&a));
        assert!(!has(&a, "3e8-late") && !has(&b, "3e8-late"));
    }

    #[test]
    fn a_save_from_before_the_restore_does_not_undo_it() {
        let backup = two_attempts();
        let mut a = backup.clone();
        a.delete("3e8-late");
        // Tab B saved while it still held the deletion, before hearing of the import.
        let stale = through_storage(&a);
        a.merge(&backup);
        a.merge_from_tab(&stale);
        assert!(has(&a, "3e8-late"));
    }

    #[test]
    fn an_import_brings_a_forgotten_drill_back_in_every_tab() {
        let mut backup = two_attempts();
        backup.rate("3e8-late", Rating::Good, 1_500);
        let mut a = backup.clone();
        assert!(a.forget(&["late".to_owned()]));
        assert!(!a.forget(&["late".to_owned()]), "nothing more to forget");
        let mut b = backup.clone();
        b.merge_from_tab(&through_storage(&a));
        assert!(b.attempts.is_empty() && b.cards.is_empty());

        let report = a.merge(&backup);
        assert_eq!((report.attempts_added, report.cards_added), (2, 1));
        b.merge_from_tab(&through_storage(&a));
        a.merge_from_tab(&through_storage(&b));
        for tab in [&a, &b] {
            assert_eq!((tab.attempts.len(), tab.cards.len()), (2, 1));
        }
    }

    #[test]
    fn remembered_deletions_are_bounded() {
        let mut progress = Progress::default();
        let a = assess("x", "It sounds hard.", None);
        let mut ids = Vec::new();
        for at in 0..(MAX_DELETED as i64 + 5) {
            let attempt = Attempt::new("d", 1_000_000 + at, "It sounds hard.", &a);
            ids.push(attempt.id.clone());
            progress.attempts.push(attempt);
            assert!(progress.delete(ids.last().unwrap()));
        }
        assert_eq!(progress.deleted.len(), MAX_DELETED);
        assert!(progress.deleted.is_gone(ids.last().unwrap()));
        assert!(
            !progress.deleted.is_gone(&ids[0]),
            "the oldest are forgotten first"
        );
    }

    #[test]
    fn at_the_limit_the_deletion_just_made_is_remembered() {
        let mut progress = Progress::default();
        let a = assess("x", "It sounds hard.", None);
        // An attempt from long ago, deleted when the remembered ids are full of newer ones.
        let old = Attempt::new("d", 1_600_000_000_000, "It sounds hard.", &a);
        progress.attempts.push(old.clone());
        for at in 0..MAX_DELETED as i64 {
            let attempt = Attempt::new("d", 1_700_000_000_000 + at, "It sounds hard.", &a);
            let id = attempt.id.clone();
            progress.attempts.push(attempt);
            assert!(progress.delete(&id));
        }
        assert_eq!(progress.deleted.len(), MAX_DELETED);
        assert!(progress.delete(&old.id));
        assert_eq!(progress.deleted.len(), MAX_DELETED);
        assert!(
            progress.deleted.is_gone(&old.id),
            "the deletion just made must travel to other tabs"
        );
        let mut other = Progress {
            attempts: vec![old],
            ..Progress::default()
        };
        other.merge_from_tab(&progress);
        assert!(other.attempts.is_empty(), "another tab drops its copy");
    }
}
