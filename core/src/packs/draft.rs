//! The authoring studio's draft (`rapport.draft`): the pack text being written, kept on
//! the device so a reload loses nothing, with the time it was last changed, so that a tab
//! holding older text never writes it over another tab's newer draft.

use serde::{Deserialize, Serialize};

use crate::storage::Record;

/// The text in the studio.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The pack's text as last written, checked or not.
    pub text: String,
    /// When the text last changed (ms since the epoch); 0 for a draft never written.
    pub edited_at: i64,
}

impl Record for Draft {
    const KEY: &'static str = "rapport.draft";
    const LABEL: &'static str = "studio draft";
    const SCHEMA: u32 = 1;
}

impl Draft {
    /// The draft after the author's text became `text` at `now`; `None` when the text is
    /// what it was. Time only moves forward, so a clock set back cannot make this edit
    /// older than the one before it.
    pub fn edited(&self, text: &str, now: i64) -> Option<Draft> {
        (self.text != text).then(|| Draft {
            text: text.to_owned(),
            edited_at: now.max(self.edited_at.saturating_add(1)),
        })
    }

    /// Whether `other` (another tab's save) should replace this draft: it is as new or
    /// newer. An older one is what this tab has already written over.
    pub fn is_older_than(&self, other: &Draft) -> bool {
        other.edited_at >= self.edited_at
    }
}

/// What opening a pack's text in the studio does to the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// The draft is empty, or holds this text already: it becomes the pack's text.
    Take,
    /// The draft holds other text: the author is asked before it is replaced.
    Ask,
}

impl Draft {
    /// What opening `text` (an imported pack's) does to this draft.
    pub fn opening(&self, text: &str) -> Opening {
        if self.text.trim().is_empty() || self.text == text {
            Opening::Take
        } else {
            Opening::Ask
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{Backend, MemoryBackend, StorageIssue, Store};

    #[test]
    fn an_edit_moves_forward_and_only_when_the_text_changes() {
        let draft = Draft::default();
        let first = draft.edited("pack: a\n", 1_000).unwrap();
        assert_eq!(first.edited_at, 1_000);
        assert_eq!(first.edited("pack: a\n", 2_000), None);
        // A clock set back still makes the later edit the newer one.
        let second = first.edited("pack: b\n", 500).unwrap();
        assert!(second.edited_at > first.edited_at);
        assert!(first.is_older_than(&second));
        assert!(!second.is_older_than(&first));
    }

    #[test]
    fn opening_a_pack_asks_before_it_replaces_other_text() {
        let empty = Draft::default();
        assert_eq!(empty.opening("pack: a"), Opening::Take);
        let same = empty.edited("pack: a", 1).unwrap();
        assert_eq!(same.opening("pack: a"), Opening::Take);
        assert_eq!(same.opening("pack: b"), Opening::Ask);
        let blank = empty.edited("  \n", 1).unwrap();
        assert_eq!(blank.opening("pack: b"), Opening::Take);
    }

    #[test]
    fn a_draft_survives_a_reload() {
        let (mut store, _) = Store::open(Ok(MemoryBackend::default()));
        let draft = Draft::default()
            .edited(
                "pack: team-north\ntitle: \"Q\" \u{1f600}\n",
                1_700_000_000_000,
            )
            .unwrap();
        store.save(&draft).unwrap();
        let backend = store.backend().unwrap().clone();
        let (mut reloaded, _) = Store::open(Ok(backend));
        let loaded = reloaded.load::<Draft>();
        assert_eq!(loaded.value, draft);
        assert_eq!(loaded.issues, vec![]);
        // A draft written with fields this build does not know, or without one it does,
        // still reads.
        let mut backend = MemoryBackend::default();
        backend
            .set(
                Draft::KEY,
                r#"{"schema":1,"data":{"text":"pack: x","later":true}}"#,
            )
            .unwrap();
        let (mut store, _) = Store::open(Ok(backend));
        let loaded = store.load::<Draft>();
        assert_eq!(loaded.value.text, "pack: x");
        assert_eq!(loaded.value.edited_at, 0);
        assert_eq!(loaded.issues, vec![]);
    }

    #[test]
    fn a_corrupt_draft_is_kept_in_a_backup_and_the_author_told() {
        let mut backend = MemoryBackend::default();
        let corrupt = r#"{"schema":1,"data":{"text":"pack: x"#;
        backend.set(Draft::KEY, corrupt).unwrap();
        let (mut store, _) = Store::open(Ok(backend));
        let loaded = store.load::<Draft>();
        assert_eq!(loaded.value, Draft::default());
        assert_eq!(
            loaded.issues,
            vec![StorageIssue::BackedUp {
                label: "studio draft".into(),
                backup_key: "rapport.draft.backup-1".into(),
            }]
        );
        let backend = store.backend().unwrap();
        assert_eq!(
            backend.get("rapport.draft.backup-1").unwrap().as_deref(),
            Some(corrupt)
        );
        assert_eq!(backend.get(Draft::KEY).unwrap(), None);
        // The next draft is written, and the backup stays.
        store
            .save(&Draft::default().edited("pack: y", 1).unwrap())
            .unwrap();
        let backend = store.backend().unwrap();
        assert_eq!(
            backend.get("rapport.draft.backup-1").unwrap().as_deref(),
            Some(corrupt)
        );
    }
}
