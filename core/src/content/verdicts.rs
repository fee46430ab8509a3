//! The coach's verdicts on the model answers and examples a check reads, remembered for the
//! next check of the same text. Reading them is nearly all the time a check takes (seconds
//! for a pack at the size limits), and the studio checks the whole pack each time typing
//! pauses, when at most a few of them have changed: a verdict depends only on the message,
//! the reply and the annotations, so a remembered one is the one the coach would give.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::coach::{assess, Annotations, Assessment};

/// The most verdicts remembered: as many as the largest pack can hold (400 drills of up to
/// 3 model answers, 40 role-plays of up to 100 beats each with an example), so a pack's
/// next check finds every one it did not change.
const REMEMBERED: usize = 5_200;
/// The most text the remembered keys may hold, so that editing a long message over and over
/// cannot grow the memory without end: three times the largest pack.
const REMEMBERED_BYTES: usize = 3_000_000;

type Key = (String, String, Vec<String>, Vec<String>);

#[derive(Default)]
struct Memory {
    verdicts: HashMap<Key, Assessment>,
    bytes: usize,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// The coach's verdict on `reply` to `statement`, as [`assess`] gives it.
pub fn verdict(statement: &str, reply: &str, annotations: &Annotations) -> Assessment {
    let key: Key = (
        statement.to_owned(),
        reply.to_owned(),
        annotations.feelings.clone(),
        annotations.key_points.clone(),
    );
    if let Some(known) = MEMORY.with(|m| m.borrow().verdicts.get(&key).cloned()) {
        return known;
    }
    let fresh = assess(statement, reply, Some(annotations));
    let size = statement.len() + reply.len();
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        // Past either bound the memory starts again: the next check reads them afresh.
        if m.verdicts.len() >= REMEMBERED || m.bytes + size > REMEMBERED_BYTES {
            *m = Memory::default();
        }
        m.bytes += size;
        m.verdicts.insert(key, fresh.clone());
    });
    fresh
}

/// What the coach would tell a learner who wrote an example or a model answer it refuses:
/// what got in the way and what to try, so the author sees why it fell short, not just that
/// it did. Empty when the coach has nothing to add.
pub fn coach_says(verdict: &Assessment) -> String {
    use crate::coach::HintKind;
    let lines: Vec<&str> = verdict
        .hints
        .iter()
        .filter(|h| h.kind != HintKind::WentWell)
        .map(|h| h.text.trim_end_matches('.'))
        .collect();
    match lines.as_slice() {
        [] => String::new(),
        _ => format!(". The coach says: {}.", lines.join(". ")),
    }
}

/// Asserts that `message` carries every hint the coach gives in `verdict` that is not
/// praise: what a refused answer's problem must say.
#[cfg(test)]
pub fn assert_carries_hints(message: &str, verdict: &Assessment) {
    let hints: Vec<_> = verdict
        .hints
        .iter()
        .filter(|h| h.kind != crate::coach::HintKind::WentWell)
        .collect();
    assert!(!hints.is_empty());
    for hint in hints {
        assert!(
            message.contains(hint.text.trim_end_matches('.')),
            "{:?} not in {message}",
            hint.text
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_verdict_is_the_coach_s_own() {
        let annotations = Annotations {
            feelings: vec!["exhausted".into()],
            key_points: vec!["messages at 10pm".into()],
        };
        let statement = "The team pings me at 10pm and I never switch off.";
        for reply in [
            "It sounds exhausting to get messages at 10pm. Is that right?",
            "You should turn notifications off.",
        ] {
            let first = verdict(statement, reply, &annotations);
            assert_eq!(first, assess(statement, reply, Some(&annotations)));
            assert_eq!(verdict(statement, reply, &annotations), first);
        }
        // Other annotations are another verdict.
        let bare = Annotations::default();
        let reply = "It sounds exhausting to get messages at 10pm. Is that right?";
        assert_eq!(
            verdict(statement, reply, &bare),
            assess(statement, reply, Some(&bare))
        );
    }
}
