//! The app-wide state and its reducer: the UI dispatches [`Action`]s and renders the result;
//! every rule about what changes lives here.

use std::collections::BTreeSet;

use crate::content::library::built_in;
use crate::notice::{Notice, Tone};
use crate::practice::{Practice, PracticeAction};
use crate::progress::exchange::{self, Incoming};
use crate::progress::Progress;
use crate::scenario::play::{PlayAction, Plays};
use crate::settings::Settings;
use crate::storage::StorageIssue;
use crate::workshop::{Checklist, ChecklistAction, Workshop, WorkshopAction};

/// Everything the shell renders.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    pub settings: Settings,
    pub practice: Practice,
    pub plays: Plays,
    /// Bumped whenever `plays` changes, so the UI saves it only then.
    pub plays_revision: u64,
    /// A new version of the app is installed and waiting for the learner's word.
    pub update_ready: bool,
    /// The facilitator's workshop plan and where the session stands.
    pub workshop: Workshop,
    pub workshop_revision: u64,
    /// An observer's tallies in a listening triad.
    pub checklist: Checklist,
    pub checklist_revision: u64,
    /// Notices on screen, oldest first.
    pub notices: Vec<Notice>,
    next_id: u32,
    /// Kinds the user dismissed this session; a repeat of the same situation stays quiet.
    dismissed: BTreeSet<String>,
}

/// What the user (or the storage layer) can do to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLargeText(bool),
    Dismiss(u32),
    Report(StorageIssue),
    Practice(PracticeAction),
    Play(PlayAction),
    /// Remove one attempt from the history.
    DeleteAttempt(String),
    /// Remove all practice history, the session and role-play progress.
    ClearHistory,
    /// Merge an export file's contents (validated already); nothing is overwritten.
    Import(Box<Incoming>),
    /// Another tab saved: merge what it has (by attempt id; newer cards win).
    External {
        progress: Option<Box<Progress>>,
        plays: Option<Box<Plays>>,
    },
    /// A plain-language message for the learner.
    Inform(String),
    /// A new version of the app is ready to take over.
    UpdateReady,
    Workshop(WorkshopAction),
    Checklist(ChecklistAction),
}

impl AppState {
    /// The state at startup: loaded settings and practice, plus whatever storage had to say.
    pub fn new(
        settings: Settings,
        practice: Practice,
        plays: Plays,
        issues: impl IntoIterator<Item = StorageIssue>,
    ) -> Self {
        let start = Self {
            settings,
            practice,
            plays,
            ..Self::default()
        };
        issues
            .into_iter()
            .fold(start, |state, issue| state.apply(Action::Report(issue)))
    }

    /// The state with the workshop records loaded from storage.
    pub fn with_workshop(self, workshop: Workshop, checklist: Checklist) -> Self {
        Self {
            workshop,
            checklist,
            ..self
        }
    }

    /// The state after `action`.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetLargeText(on) => self.settings.large_text = on,
            Action::Practice(action) => self.practice = self.practice.apply(action, built_in()),
            Action::DeleteAttempt(id) => {
                if self.practice.progress.delete(&id) {
                    self.practice.progress_revision += 1;
                }
            }
            Action::ClearHistory => {
                self.practice = Practice {
                    progress_revision: self.practice.progress_revision + 1,
                    session_revision: self.practice.session_revision + 1,
                    ..Practice::default()
                };
                self.plays = Plays::default();
                self.plays_revision += 1;
            }
            Action::Import(incoming) => {
                let (progress, plays, preview) =
                    exchange::merge(&self.practice.progress, &self.plays, &incoming);
                self.practice.progress = progress;
                self.plays = plays;
                self.practice.progress_revision += 1;
                self.plays_revision += 1;
                let text = format!(
                    "Imported {} new replies and {} role-play endings; {} replies you already had were skipped. Nothing was overwritten.",
                    preview.attempts_new, preview.endings_new, preview.attempts_duplicate
                );
                return self.apply(Action::Inform(text));
            }
            Action::External { progress, plays } => {
                if let Some(progress) = progress {
                    if self.practice.progress.merge(&progress, true).changed() {
                        self.practice.progress_revision += 1;
                    }
                }
                if let Some(plays) = plays {
                    let merged = self.plays.merge(&plays);
                    if merged.endings_added + merged.notes_added + merged.runs_added > 0 {
                        self.plays_revision += 1;
                    }
                }
            }
            Action::UpdateReady => self.update_ready = true,
            Action::Workshop(action) => {
                let next = self.workshop.apply(action);
                if next != self.workshop {
                    self.workshop = next;
                    self.workshop_revision += 1;
                }
            }
            Action::Checklist(action) => {
                let next = self.checklist.apply(action);
                if next != self.checklist {
                    self.checklist = next;
                    self.checklist_revision += 1;
                }
            }
            Action::Inform(text) => {
                self.next_id += 1;
                self.notices.push(Notice {
                    id: self.next_id,
                    tone: Tone::Info,
                    kind_key: format!("info:{text}"),
                    text,
                    offer_export: false,
                });
            }
            Action::Play(action) => {
                if let Some(plays) = self
                    .plays
                    .apply(action, crate::scenario::library::built_in())
                {
                    self.plays = plays;
                    self.plays_revision += 1;
                }
            }
            Action::Dismiss(id) => {
                if let Some(at) = self.notices.iter().position(|n| n.id == id) {
                    let notice = self.notices.remove(at);
                    self.dismissed.insert(notice.kind_key);
                }
            }
            Action::Report(issue) => {
                let key = issue.kind_key();
                let showing = self.notices.iter().any(|n| n.kind_key == key);
                if !showing && !self.dismissed.contains(&key) {
                    self.next_id += 1;
                    self.notices.push(Notice::from_issue(self.next_id, &issue));
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> StorageIssue {
        StorageIssue::Full {
            label: "settings".into(),
        }
    }

    #[test]
    fn startup_issues_become_notices() {
        let state = AppState::new(
            Settings::default(),
            Practice::default(),
            Plays::default(),
            [full(), StorageIssue::Unavailable { detail: "x".into() }],
        );
        let ids: Vec<_> = state.notices.iter().map(|n| n.id).collect();
        assert_eq!(ids, vec![1, 2]);
    }

    #[test]
    fn a_repeated_issue_shows_once_and_stays_dismissed() {
        let state = AppState::default()
            .apply(Action::Report(full()))
            .apply(Action::Report(full()));
        assert_eq!(state.notices.len(), 1);
        let id = state.notices[0].id;
        let state = state
            .apply(Action::Dismiss(id))
            .apply(Action::Report(full()));
        assert!(state.notices.is_empty());
    }

    #[test]
    fn dismissing_an_unknown_id_changes_nothing() {
        let state = AppState::default().apply(Action::Report(full()));
        assert_eq!(state.clone().apply(Action::Dismiss(99)), state);
    }

    fn with_attempts(ats: &[i64]) -> AppState {
        let mut state = AppState::default();
        for at in ats {
            state = state.apply(Action::Practice(PracticeAction::Open {
                drill: "pinged-at-ten".into(),
                now: *at,
            }));
            state = state.apply(Action::Practice(PracticeAction::Draft(format!(
                "It sounds exhausting {at}"
            ))));
            state = state.apply(Action::Practice(PracticeAction::Check { now: *at }));
            state = state.apply(Action::Practice(PracticeAction::Leave));
        }
        state
    }

    #[test]
    fn history_can_be_deleted_one_by_one_or_all_at_once() {
        let state = with_attempts(&[10, 20]);
        let id = state.practice.progress.attempts[0].id.clone();
        let before = state.practice.progress_revision;
        let state = state.apply(Action::DeleteAttempt(id.clone()));
        assert_eq!(state.practice.progress.attempts.len(), 1);
        assert_eq!(state.practice.progress_revision, before + 1);
        let unchanged = state.clone().apply(Action::DeleteAttempt(id));
        assert_eq!(unchanged.practice.progress_revision, before + 1);
        let cleared = state.apply(Action::ClearHistory);
        assert!(cleared.practice.progress.attempts.is_empty() && cleared.plays == Plays::default());
    }

    #[test]
    fn an_import_merges_and_says_what_it_did() {
        let theirs = with_attempts(&[10, 30]);
        let incoming = Incoming {
            progress: theirs.practice.progress.clone(),
            plays: Plays::default(),
            exported_at: None,
        };
        let state = with_attempts(&[10]).apply(Action::Import(Box::new(incoming)));
        assert_eq!(state.practice.progress.attempts.len(), 2);
        let notice = state.notices.last().unwrap();
        assert!(notice.text.starts_with("Imported 1 new replies and 0 role-play endings; 1 replies you already had were skipped."), "{}", notice.text);
    }

    #[test]
    fn another_tab_s_attempts_are_merged_once() {
        let other = with_attempts(&[50]);
        let state = with_attempts(&[10]);
        let revision = state.practice.progress_revision;
        let external = || Action::External {
            progress: Some(Box::new(other.practice.progress.clone())),
            plays: None,
        };
        let state = state.apply(external());
        assert_eq!(state.practice.progress.attempts.len(), 2);
        assert_eq!(state.practice.progress_revision, revision + 1);
        let again = state.apply(external());
        assert_eq!(
            again.practice.progress_revision,
            revision + 1,
            "nothing new, nothing to save"
        );
    }

    #[test]
    fn large_text_toggles() {
        let state = AppState::default().apply(Action::SetLargeText(true));
        assert!(state.settings.large_text);
        assert!(!state.apply(Action::SetLargeText(false)).settings.large_text);
    }
}
