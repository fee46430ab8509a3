//! The app-wide state and its reducer: the UI dispatches [`Action`]s and renders the result;
//! every rule about what changes lives here.

use std::collections::BTreeSet;

use crate::content::library::built_in;
use crate::notice::Notice;
use crate::practice::{Practice, PracticeAction};
use crate::scenario::play::{PlayAction, Plays};
use crate::settings::Settings;
use crate::storage::StorageIssue;

/// Everything the shell renders.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    pub settings: Settings,
    pub practice: Practice,
    pub plays: Plays,
    /// Bumped whenever `plays` changes, so the UI saves it only then.
    pub plays_revision: u64,
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

    /// The state after `action`.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetLargeText(on) => self.settings.large_text = on,
            Action::Practice(action) => self.practice = self.practice.apply(action, built_in()),
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

    #[test]
    fn large_text_toggles() {
        let state = AppState::default().apply(Action::SetLargeText(true));
        assert!(state.settings.large_text);
        assert!(!state.apply(Action::SetLargeText(false)).settings.large_text);
    }
}
