//! Merging another history's attempts into one, a slice at a time: a long import can show
//! how far it has got and leave the page responsive between slices. A merge made at once
//! is this run in one slice, so the two end the same.

use std::collections::HashMap;

use super::{Merged, Progress};

/// A merge under way: the history being merged into and how far through the other's
/// attempts it is.
#[derive(Debug)]
pub struct Merging {
    into: Progress,
    /// Where each attempt id sits in `into`: looked up in a map, not by scanning, since
    /// both sides can hold tens of thousands.
    position: HashMap<String, usize>,
    next: usize,
    /// A card reviewed more often in the other history replaces this one's.
    newer_cards: bool,
    report: Merged,
}

impl Merging {
    /// A merge into `into`, skipping attempts deleted there and drills forgotten.
    pub(super) fn begin(into: Progress, newer_cards: bool) -> Merging {
        let mut position = HashMap::with_capacity(into.attempts.len());
        for (i, a) in into.attempts.iter().enumerate() {
            position.insert(a.id.clone(), i);
        }
        Merging {
            into,
            position,
            next: 0,
            newer_cards,
            report: Merged::default(),
        }
    }

    /// How many of the other history's attempts have been merged.
    pub fn done(&self) -> usize {
        self.next
    }

    /// Merges up to `n` more of `other`'s attempts (never overwriting one, though a rating
    /// missing here is taken); whether all of them are in.
    pub fn step(&mut self, other: &Progress, n: usize) -> bool {
        let end = self.next.saturating_add(n).min(other.attempts.len());
        let into = &mut self.into;
        for attempt in &other.attempts[self.next..end] {
            if into.deleted.is_gone(&attempt.id) || into.forgotten.is_gone(&attempt.drill) {
                continue;
            }
            match self.position.get(&attempt.id) {
                Some(&i) => {
                    self.report.attempts_skipped += 1;
                    let mine = &mut into.attempts[i];
                    if mine.rating.is_none() && attempt.rating.is_some() {
                        mine.rating = attempt.rating;
                    }
                }
                None => {
                    self.position
                        .insert(attempt.id.clone(), into.attempts.len());
                    into.attempts.push(attempt.clone());
                    self.report.attempts_added += 1;
                }
            }
        }
        self.next = end;
        end == other.attempts.len()
    }

    /// The merged history, its attempts in order and `other`'s cards merged in, and what
    /// the merge did. Any attempts not yet stepped through are merged first.
    pub fn finish(mut self, other: &Progress) -> (Progress, Merged) {
        self.step(other, usize::MAX);
        let (mut into, mut report) = (self.into, self.report);
        crate::order::sort_by(&mut into.attempts, |a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        for (drill, card) in &other.cards {
            if into.forgotten.is_gone(drill) {
                continue;
            }
            match into.cards.get(drill) {
                None => {
                    into.cards.insert(drill.clone(), card.clone());
                    report.cards_added += 1;
                }
                Some(mine) if self.newer_cards && card.reviews > mine.reviews => {
                    into.cards.insert(drill.clone(), card.clone());
                    report.cards_updated += 1;
                }
                Some(_) => {}
            }
        }
        (into, report)
    }
}
