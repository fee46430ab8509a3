//! The observer's checklist in a listening triad, with the tallies an observer keeps on their
//! own device during a round.

use crate::sorted::SortedMap;

use serde::{Deserialize, Serialize};

use crate::storage::Record;

/// What an observer watches for: (id, label, whether it helps).
pub const ITEMS: &[(&str, &str, bool)] = &[
    ("feeling", "Named the feeling", true),
    ("paraphrase", "Paraphrased the point", true),
    ("check", "Checked understanding", true),
    ("open-question", "Asked an open question", true),
    ("silence", "Let a pause be", true),
    ("advice", "Gave advice", false),
    ("reassure", "Reassured or minimised", false),
    ("judge", "Judged or blamed", false),
    ("probe", "Probed with closed questions", false),
    ("self", "Turned it to themselves", false),
];

/// An observer's tallies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Checklist {
    pub counts: SortedMap<String, u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChecklistAction {
    Tick(String),
    Untick(String),
    Clear,
}

impl Checklist {
    pub fn count(&self, id: &str) -> u32 {
        self.counts.get(id).copied().unwrap_or(0)
    }

    /// The tallies after `action`; unknown items are ignored, counts never go below zero.
    pub fn apply(&self, action: ChecklistAction) -> Checklist {
        let mut next = self.clone();
        match action {
            ChecklistAction::Tick(id) if ITEMS.iter().any(|(i, _, _)| *i == id) => {
                let n = next.counts.get_or_default(id);
                *n = n.saturating_add(1);
            }
            ChecklistAction::Untick(id) => {
                if let Some(n) = next.counts.get_mut(&id) {
                    *n = n.saturating_sub(1);
                    if *n == 0 {
                        next.counts.remove(&id);
                    }
                }
            }
            ChecklistAction::Clear => next.counts.clear(),
            ChecklistAction::Tick(_) => {}
        }
        next
    }

    /// Totals of what helped and what got in the way.
    pub fn totals(&self) -> (u32, u32) {
        ITEMS.iter().fold((0, 0), |(good, bad), (id, _, helps)| {
            let n = self.count(id);
            if *helps {
                (good + n, bad)
            } else {
                (good, bad + n)
            }
        })
    }
}

impl Record for Checklist {
    const KEY: &'static str = "rapport.checklist";
    const LABEL: &'static str = "observer checklist";
    const SCHEMA: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_count_up_and_down_but_not_below_zero() {
        let c = Checklist::default()
            .apply(ChecklistAction::Tick("feeling".into()))
            .apply(ChecklistAction::Tick("feeling".into()))
            .apply(ChecklistAction::Tick("advice".into()))
            .apply(ChecklistAction::Tick("made-up".into()))
            .apply(ChecklistAction::Untick("advice".into()))
            .apply(ChecklistAction::Untick("advice".into()));
        assert_eq!(c.count("feeling"), 2);
        assert_eq!(c.count("advice"), 0);
        assert_eq!(c.totals(), (2, 0));
        assert_eq!(c.counts.len(), 1);
        assert_eq!(c.apply(ChecklistAction::Clear), Checklist::default());
    }
}
