//! The authoring studio's draft (`rapport.draft`): the pack text being written, kept on
//! the device so a reload loses nothing, with the time it was last changed, so that a tab
//! holding older text never writes it over another tab's newer draft; and, when another
//! tab's newer draft replaces text written in this one, that text set aside until the
//! author takes it back or lets it go.

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
    /// Texts another tab's newer draft replaced, newest first, at most [`SET_ASIDE_KEPT`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<SetAside>,
}

/// A text the studio showed until another tab's newer draft replaced it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SetAside {
    pub text: String,
    /// When it was last changed (ms since the epoch).
    pub edited_at: i64,
}

impl SetAside {
    /// How the studio names it: its first line that says something (the pack's id, as a
    /// rule), and how many lines it has.
    pub fn label(&self) -> (String, usize) {
        let first = self
            .text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("(empty)");
        let shown: String = first.chars().take(60).collect();
        let shown = if shown.len() < first.len() {
            format!("{shown}\u{2026}")
        } else {
            shown
        };
        (shown, self.text.lines().count())
    }
}

/// How many set-aside texts are kept: enough for an author typing in a few tabs at once,
/// few enough that the draft record stays small.
pub const SET_ASIDE_KEPT: usize = 3;

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
            set_aside: self.set_aside.clone(),
        })
    }

    /// `newer` (another tab's draft) in place of this one. When this tab's text was written
    /// here (`edited_here`) and differs, it is set aside in `newer` rather than lost; the
    /// second value says whether it was.
    pub fn replaced_by(&self, mut newer: Draft, edited_here: bool) -> (Draft, bool) {
        let known =
            |d: &Draft, text: &str| d.text == text || d.set_aside.iter().any(|s| s.text == text);
        let keep = edited_here && !self.text.trim().is_empty() && !known(&newer, &self.text);
        if keep {
            newer.set_aside.insert(
                0,
                SetAside {
                    text: self.text.clone(),
                    edited_at: self.edited_at,
                },
            );
        }
        // What this tab had set aside stays when the other tab wrote newer text without having
        // seen it; a save of the same edit (one that let a text go) is taken as it is.
        let edited_since = newer.edited_at > self.edited_at;
        for earlier in self.set_aside.iter().filter(|_| edited_since) {
            if !known(&newer, &earlier.text) {
                newer.set_aside.push(earlier.clone());
            }
        }
        newer.set_aside.truncate(SET_ASIDE_KEPT);
        (newer, keep)
    }

    /// The set-aside text at `index` back in the studio, as an edit at `now`; the text it
    /// replaces is set aside in its place, so taking one back loses nothing either.
    pub fn take_back(&self, index: usize, now: i64) -> Option<Draft> {
        let chosen = self.set_aside.get(index)?;
        let mut set_aside = self.set_aside.clone();
        set_aside.remove(index);
        if !self.text.trim().is_empty() {
            set_aside.insert(
                0,
                SetAside {
                    text: self.text.clone(),
                    edited_at: self.edited_at,
                },
            );
        }
        set_aside.truncate(SET_ASIDE_KEPT);
        Some(Draft {
            text: chosen.text.clone(),
            edited_at: now.max(self.edited_at.saturating_add(1)),
            set_aside,
        })
    }

    /// The draft without the set-aside text at `index`.
    pub fn let_go(&self, index: usize) -> Option<Draft> {
        (index < self.set_aside.len()).then(|| {
            let mut draft = self.clone();
            draft.set_aside.remove(index);
            draft
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
    fn text_written_here_is_set_aside_when_another_tab_s_newer_draft_replaces_it() {
        let mine = Draft::default().edited("pack: mine\n", 1_000).unwrap();
        let theirs = Draft::default().edited("pack: theirs\n", 2_000).unwrap();
        let (taken, kept) = mine.replaced_by(theirs.clone(), true);
        assert!(kept);
        assert_eq!(taken.text, "pack: theirs\n");
        assert_eq!(taken.edited_at, 2_000);
        assert_eq!(
            taken.set_aside,
            [SetAside {
                text: "pack: mine\n".into(),
                edited_at: 1_000
            }]
        );
        // Text this tab only showed (it was another tab's) is not set aside, nor is text the
        // newer draft already holds, so the tabs do not set each other's text aside in turn.
        assert!(!mine.replaced_by(theirs.clone(), false).1);
        assert!(!taken.replaced_by(taken.clone(), true).1);
        let echoed = Draft {
            set_aside: taken.set_aside.clone(),
            ..theirs.clone()
        };
        let (again, kept) = mine.replaced_by(echoed, true);
        assert!(!kept);
        assert_eq!(again.set_aside.len(), 1);
        // Taking it back sets aside the text it replaces; letting it go forgets it.
        let back = taken.take_back(0, 3_000).unwrap();
        assert_eq!(back.text, "pack: mine\n");
        assert!(back.edited_at > taken.edited_at);
        assert_eq!(back.set_aside[0].text, "pack: theirs\n");
        assert_eq!(back.let_go(0).unwrap().set_aside, []);
        // A text let go in another tab is gone here too; one set aside here stays when the
        // other tab wrote newer text without having seen it.
        let (after, _) = back.replaced_by(back.let_go(0).unwrap(), false);
        assert_eq!(after.set_aside, []);
        let unseen = Draft {
            text: "pack: later\n".into(),
            edited_at: back.edited_at + 1,
            set_aside: vec![],
        };
        assert_eq!(back.replaced_by(unseen, false).0.set_aside, back.set_aside);
        assert_eq!(back.take_back(5, 4_000), None);
        assert_eq!(back.let_go(5), None);
        // At most SET_ASIDE_KEPT are kept, the newest first.
        let mut draft = Draft::default();
        for n in 0..5 {
            let here = draft.edited(&format!("pack: tab {n}\n"), 10 * n).unwrap();
            let other = Draft {
                text: format!("pack: other {n}\n"),
                edited_at: 10 * n + 5,
                set_aside: vec![],
            };
            draft = here.replaced_by(other, true).0;
        }
        assert_eq!(draft.set_aside.len(), SET_ASIDE_KEPT);
        assert_eq!(draft.set_aside[0].text, "pack: tab 4\n");
        // Named by its first line that says something, cut on a character boundary.
        let long = SetAside {
            text: format!("\n  \npack: {}\ntitle: T\n", "é".repeat(70)),
            edited_at: 0,
        };
        let (first, lines) = long.label();
        assert_eq!(first, format!("pack: {}\u{2026}", "é".repeat(54)));
        assert_eq!(lines, 4);
        assert_eq!(SetAside::default().label(), ("(empty)".to_owned(), 0));
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
