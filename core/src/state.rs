//! The app-wide state and its reducer: the UI dispatches [`Action`]s and renders the result;
//! every rule about what changes lives here.

use std::rc::Rc;

use crate::saving::{change_if, Copies, Seen};
use crate::sorted::SortedSet;

use crate::content::Catalog;
use crate::notice::{Notice, Tone};
use crate::packs::{Draft, ImportReport, Packs};
use crate::practice::{Practice, PracticeAction};
use crate::progress::importing::Prepared;
use crate::progress::Progress;
use crate::scenario::play::{PlayAction, Plays};
use crate::settings::Settings;
use crate::storage::StorageIssue;
use crate::workshop::{Checklist, ChecklistAction, Workshop, WorkshopAction};

/// Everything the shell renders. The records behind an `Rc` are shared with the state
/// before an action that leaves them alone, so an action copies only what it changes;
/// which of them this tab has to save follows from that (see [`crate::saving`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    pub settings: Rc<Settings>,
    pub practice: Practice,
    pub plays: Rc<Plays>,
    /// A new version of the app is installed and waiting for the learner's word.
    pub update_ready: bool,
    /// The facilitator's workshop plan and where the session stands.
    pub workshop: Rc<Workshop>,
    /// An observer's tallies in a listening triad.
    pub checklist: Rc<Checklist>,
    /// Every exercise on this device: the built-in ones and those of the packs turned on.
    pub content: Rc<Catalog>,
    /// The imported content packs.
    pub packs: Rc<Packs>,
    /// The pack being written in the studio.
    pub draft: Rc<Draft>,
    /// The draft's text was last written in this tab (not taken from another's save): if
    /// another tab's newer draft replaces it, it is set aside rather than lost.
    draft_edited_here: bool,
    /// What the last pack import did, shown on the packs page until the next one.
    pub pack_report: Option<ImportReport>,
    /// Notices on screen, oldest first.
    pub notices: Vec<Notice>,
    next_id: u32,
    /// Kinds the user dismissed this session; a repeat of the same situation stays quiet.
    dismissed: SortedSet<String>,
    /// The copies taken from another tab's saves (or found to be what storage holds after a
    /// merge): storage has them already, so they are not written back.
    pub(crate) stored: Copies,
}

/// A record as another tab saved it.
#[derive(Debug, Clone, PartialEq)]
pub enum Adopted {
    Settings(Settings),
    Session(crate::practice::Session),
    Workshop(Workshop),
    Checklist(Checklist),
    Packs(Packs),
    Draft(Draft),
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
    /// Merge an export file's contents (validated, and perhaps merged ahead); nothing is
    /// overwritten.
    Import(Box<Prepared>),
    /// Another tab saved: merge what it has (by attempt id; newer cards win).
    External {
        progress: Option<Box<Progress>>,
        plays: Option<Box<Plays>>,
    },
    /// Another tab saved one of the records changed in one place at a time (settings, the
    /// practice session, the workshop, the checklist, the packs): its version is newer than
    /// this tab's, so take it, and this tab's next change builds on it instead of writing
    /// older data back.
    Adopt(Box<Adopted>),
    /// A plain-language message for the learner.
    Inform(String),
    /// A new version of the app is ready to take over.
    UpdateReady,
    Workshop(WorkshopAction),
    Checklist(ChecklistAction),
    Packs(PacksAction),
    /// The studio's text is now `text` (at `now`, ms since the epoch).
    EditDraft {
        text: String,
        now: i64,
    },
    /// The studio's text set aside at `index` is back (at `now`), and the text it replaces
    /// set aside in its place.
    TakeBackDraft {
        index: usize,
        now: i64,
    },
    /// The studio's text set aside at `index` is no longer kept.
    LetGoDraft(usize),
}

/// What a facilitator can do with content packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PacksAction {
    /// Check `source` (read from `file`) and import it if it passes.
    Import {
        file: String,
        source: String,
        now: i64,
    },
    SetEnabled {
        id: String,
        enabled: bool,
    },
    /// Take a pack off the device; its progress goes too only when asked.
    Remove {
        id: String,
        forget_progress: bool,
    },
    /// Put away the last import's report.
    ClearReport,
}

impl AppState {
    fn inform(&mut self, text: String) {
        self.next_id += 1;
        self.notices.push(Notice {
            id: self.next_id,
            tone: Tone::Info,
            kind_key: format!("info:{text}"),
            text,
            offer_export: false,
        });
    }

    /// The state at startup: loaded settings and practice, plus whatever storage had to say.
    pub fn new(
        settings: Settings,
        practice: Practice,
        plays: Plays,
        issues: impl IntoIterator<Item = StorageIssue>,
    ) -> Self {
        let start = Self {
            settings: Rc::new(settings),
            practice,
            plays: Rc::new(plays),
            ..Self::default()
        };
        issues
            .into_iter()
            .fold(start, |state, issue| state.apply(Action::Report(issue)))
    }

    /// The state with the stored content packs; a pack that no longer reads is kept but
    /// left out, and a notice says so.
    pub fn with_packs(mut self, packs: Packs) -> Self {
        let (content, problems) = packs.catalog_after(&self.content);
        self.content = Rc::new(content);
        self.packs = Rc::new(packs);
        problems
            .into_iter()
            .fold(self, |state, problem| state.apply(Action::Inform(problem)))
    }

    /// The state with the stored practice history and session, checked against the
    /// exercises on this device (so load the packs first).
    pub fn with_practice(mut self, progress: Progress, session: crate::practice::Session) -> Self {
        self.practice = Practice {
            filter: crate::practice::Filter::from_text(&self.settings.practice_filter),
            ..Practice::restore(progress, session, &self.content)
        };
        self
    }

    /// The state with the studio's stored draft.
    pub fn with_draft(self, draft: Draft) -> Self {
        Self {
            draft: Rc::new(draft),
            ..self
        }
    }

    /// The state with the workshop records loaded from storage.
    pub fn with_workshop(self, workshop: Workshop, checklist: Checklist) -> Self {
        Self {
            workshop: Rc::new(workshop),
            checklist: Rc::new(checklist),
            ..self
        }
    }

    /// The state after `action`.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetLargeText(on) => {
                if self.settings.large_text != on {
                    Rc::make_mut(&mut self.settings).large_text = on;
                }
            }
            Action::Practice(action) => {
                if let PracticeAction::SetFilter(filter) = &action {
                    let text = filter.to_text();
                    if self.settings.practice_filter != text {
                        Rc::make_mut(&mut self.settings).practice_filter = text;
                    }
                }
                self.practice = self.practice.apply(action, &self.content)
            }
            Action::DeleteAttempt(id) => {
                change_if(&mut self.practice.progress, |p| p.delete(&id));
            }
            Action::ClearHistory => {
                // The filter is a setting, not history: it stays as the settings keep it.
                self.practice = Practice {
                    progress: Rc::new(self.practice.progress.cleared()),
                    filter: std::mem::take(&mut self.practice.filter),
                    ..Practice::default()
                };
                self.plays = Rc::new(Plays {
                    clears: self.plays.clears.saturating_add(1),
                    ..Plays::default()
                });
            }
            // The page that imported shows what it did beside the import control (with
            // [`exchange::Preview::imported`]), where the learner is: no notice at the top.
            Action::Import(prepared) => {
                let (progress, plays, _) =
                    prepared.applied_to(&self.practice.progress, &self.plays);
                self.practice.progress = Rc::new(progress);
                self.plays = Rc::new(plays);
            }
            // A merge that leaves this tab with nothing the other's save lacks needs no
            // write: storage holds all of it.
            Action::External { progress, plays } => {
                if let Some(progress) = progress {
                    let mut mine = Progress::clone(&self.practice.progress);
                    let changed = mine.merge_from_tab(&progress).changed();
                    self.practice.progress = Rc::new(mine);
                    if !changed {
                        self.stored.progress = Seen::of(&self.practice.progress);
                    }
                }
                if let Some(plays) = plays {
                    let mut mine = Plays::clone(&self.plays);
                    let changed = mine.merge_from_tab(&plays).changed();
                    self.plays = Rc::new(mine);
                    if !changed {
                        self.stored.plays = Seen::of(&self.plays);
                    }
                }
            }
            // Nothing is saved back: storage already holds this.
            Action::Adopt(record) => match *record {
                // What this tab derives from them is derived again, as at startup.
                Adopted::Settings(settings) => {
                    self.practice.filter =
                        crate::practice::Filter::from_text(&settings.practice_filter);
                    self.settings = Rc::new(settings);
                    self.stored.settings = Seen::of(&self.settings);
                }
                Adopted::Session(session) => {
                    if self.practice.adopt(session, &self.content) {
                        self.stored.session = Seen::of(&self.practice.session);
                    }
                }
                Adopted::Workshop(workshop) => {
                    self.workshop = Rc::new(workshop);
                    self.stored.workshop = Seen::of(&self.workshop);
                }
                Adopted::Checklist(checklist) => {
                    self.checklist = Rc::new(checklist);
                    self.stored.checklist = Seen::of(&self.checklist);
                }
                // Another tab's older draft (this tab wrote over it since) is not taken:
                // this tab's newer text is written back instead.
                Adopted::Draft(draft) => {
                    if self.draft.is_older_than(&draft) {
                        let (draft, set_aside) =
                            self.draft.replaced_by(draft, self.draft_edited_here);
                        self.draft = Rc::new(draft);
                        self.draft_edited_here = false;
                        if set_aside {
                            // Written back, so the other tab sees the text set aside too.
                            self.inform("Another tab saved a newer draft in the studio, so it is shown here. The text you wrote in this tab is kept under \u{201c}Set aside\u{201d} in the studio.".into());
                        } else {
                            self.stored.draft = Seen::of(&self.draft);
                        }
                    } else {
                        self.draft = Rc::new(Draft::clone(&self.draft));
                    }
                }
                Adopted::Packs(packs) => {
                    let mut state = self.with_packs(packs);
                    state.stored.packs = Seen::of(&state.packs);
                    return state;
                }
            },
            Action::UpdateReady => self.update_ready = true,
            Action::Workshop(action) => {
                let next = self.workshop.apply(action);
                if next != *self.workshop {
                    self.workshop = Rc::new(next);
                }
            }
            Action::Checklist(action) => {
                let next = self.checklist.apply(action);
                if next != *self.checklist {
                    self.checklist = Rc::new(next);
                }
            }
            Action::Packs(action) => return self.apply_packs(action),
            Action::EditDraft { text, now } => {
                if let Some(draft) = self.draft.edited(&text, now) {
                    self.draft = Rc::new(draft);
                    self.draft_edited_here = true;
                }
            }
            Action::TakeBackDraft { index, now } => {
                if let Some(draft) = self.draft.take_back(index, now) {
                    self.draft = Rc::new(draft);
                    self.draft_edited_here = true;
                }
            }
            Action::LetGoDraft(index) => {
                if let Some(draft) = self.draft.let_go(index) {
                    self.draft = Rc::new(draft);
                }
            }
            Action::Inform(text) => self.inform(text),
            Action::Play(action) => {
                if let Some(plays) = self.plays.apply(action, &self.content) {
                    self.plays = Rc::new(plays);
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

impl AppState {
    fn apply_packs(mut self, action: PacksAction) -> Self {
        let changed = match action {
            PacksAction::Import { file, source, now } => {
                let (next, report) = self.packs.import(&file, &source, now);
                self.pack_report = Some(report);
                next
            }
            PacksAction::SetEnabled { id, enabled } => self.packs.set_enabled(&id, enabled),
            PacksAction::Remove {
                id,
                forget_progress,
            } => self.packs.remove(&id).map(|(next, removed)| {
                let title = &removed.header.title;
                let text = if forget_progress {
                    self.practice.forget(&removed.drills);
                    change_if(&mut self.plays, |p| p.forget(&removed.scenarios));
                    format!("Removed “{title}” and your progress on its exercises.")
                } else {
                    format!("Removed “{title}”. Your progress on its exercises is kept: import the pack again to pick up where you left off.")
                };
                self.pack_report = Some(ImportReport::Imported(text));
                next
            }),
            PacksAction::ClearReport => {
                self.pack_report = None;
                None
            }
        };
        match changed {
            Some(packs) => self.with_packs(packs).refit(),
            None => self,
        }
    }

    /// The practice session ends if it needs a drill that is no longer on the device.
    fn refit(mut self) -> Self {
        self.practice = self.practice.fit(&self.content);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::Session;
    use crate::progress::exchange::{self, Incoming};
    use crate::saving::Kind;

    /// The records a tab writes going from `before`, its last save, to `after`, as the
    /// shell's persistence effect decides it.
    fn writes(before: &AppState, after: &AppState) -> Vec<Kind> {
        Copies::of(before).unsaved(after)
    }

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
        let before = state.clone();
        let state = state.apply(Action::DeleteAttempt(id.clone()));
        assert_eq!(state.practice.progress.attempts.len(), 1);
        assert_eq!(writes(&before, &state), [Kind::Progress]);
        let unchanged = state.clone().apply(Action::DeleteAttempt(id));
        assert_eq!(writes(&state, &unchanged), []);
        let cleared = state.clone().apply(Action::ClearHistory);
        assert!(cleared.practice.progress.attempts.is_empty());
        assert!(
            cleared.practice.progress.deleted.is_empty(),
            "a clear needs no tombstones"
        );
        assert_eq!(
            (cleared.practice.progress.clears, cleared.plays.clears),
            (1, 1)
        );
        assert_eq!(
            cleared.plays,
            Rc::new(Plays {
                clears: 1,
                ..Plays::default()
            })
        );
        assert_eq!(
            writes(&state, &cleared),
            [Kind::Progress, Kind::Session, Kind::Plays]
        );
    }

    #[test]
    fn a_keystroke_shares_what_it_leaves_alone_and_writes_only_the_session() {
        let state = import_example(with_attempts(&[10, 20])).apply(Action::Practice(
            PracticeAction::Open {
                drill: "pinged-at-ten".into(),
                now: 30,
            },
        ));
        let next = state
            .clone()
            .apply(Action::Practice(PracticeAction::Draft("It sounds".into())));
        assert!(Rc::ptr_eq(
            &state.practice.progress,
            &next.practice.progress
        ));
        assert!(Rc::ptr_eq(&state.packs, &next.packs));
        assert!(Rc::ptr_eq(&state.content, &next.content));
        assert!(Rc::ptr_eq(&state.plays, &next.plays));
        assert!(Rc::ptr_eq(&state.settings, &next.settings));
        assert_eq!(writes(&state, &next), [Kind::Session]);
        // Applied to the only copy (no earlier state held), the edit is still seen.
        let mut written = Copies::of(&next);
        let alone = next.apply(Action::Practice(PracticeAction::Draft(
            "It sounds l".into(),
        )));
        assert_eq!(written.unsaved(&alone), [Kind::Session]);
        assert_eq!(written.unsaved(&alone), [], "written once");
    }

    #[test]
    fn an_import_merges_and_says_what_it_did() {
        let theirs = with_attempts(&[10, 30]);
        let incoming = Incoming {
            progress: Progress::clone(&theirs.practice.progress),
            plays: Plays::default(),
            exported_at: None,
            skipped: Vec::new(),
        };
        let before = with_attempts(&[10]);
        let (_, _, preview) = exchange::merge(&before.practice.progress, &before.plays, &incoming);
        let state = before.apply(Action::Import(Box::new(incoming.into())));
        assert_eq!(state.practice.progress.attempts.len(), 2);
        assert!(
            state.notices.is_empty(),
            "said beside the import control instead"
        );
        let text = preview.imported(false);
        assert!(text.starts_with("Imported 1 new reply and 0 role-play endings; 1 reply you already had was skipped."), "{text}");
    }

    #[test]
    fn another_tab_s_attempts_are_merged_once() {
        let other = with_attempts(&[50]);
        let before = with_attempts(&[10]);
        let external = |from: &AppState| Action::External {
            progress: Some(Box::new(Progress::clone(&from.practice.progress))),
            plays: None,
        };
        let state = before.clone().apply(external(&other));
        assert_eq!(state.practice.progress.attempts.len(), 2);
        assert_eq!(writes(&before, &state), [Kind::Progress]);
        // The other tab hears of this one's save and takes its attempt; its save, which
        // storage then holds, is all this tab has.
        let other = other.apply(external(&state));
        let again = state.clone().apply(external(&other));
        assert_eq!(writes(&state, &again), [], "nothing new, nothing to save");
    }

    #[test]
    fn a_tab_ahead_of_the_stored_save_writes_its_history_back() {
        let other = with_attempts(&[10]);
        let cleared = other.clone().apply(Action::ClearHistory);
        // The other tab, not yet told of the clear, saves its older history over it.
        let state = hears(cleared.clone(), &other);
        assert!(state.practice.progress.attempts.is_empty());
        assert_eq!(
            writes(&cleared, &state),
            [Kind::Progress, Kind::Plays],
            "both records are written again, with the clear"
        );
    }

    #[test]
    fn another_tab_s_session_is_shown_with_its_feedback() {
        let checked = with_attempts(&[]).apply(Action::Practice(PracticeAction::Open {
            drill: "pinged-at-ten".into(),
            now: 10,
        }));
        let checked = [
            PracticeAction::Draft("It sounds exhausting to be online so late.".into()),
            PracticeAction::Check { now: 11 },
        ]
        .into_iter()
        .fold(checked, |s, a| s.apply(Action::Practice(a)));
        assert!(checked.practice.assessment.is_some());
        let session = || Box::new(Adopted::Session(Session::clone(&checked.practice.session)));

        let before = AppState::default();
        let adopting = before.clone().apply(Action::Adopt(session()));
        assert_eq!(adopting.practice.session, checked.practice.session);
        assert_eq!(
            adopting.practice.assessment, checked.practice.assessment,
            "the coach's feedback on the adopted reply is shown, as in the tab that checked it"
        );
        assert_eq!(writes(&before, &adopting), [], "not saved back");

        // The other tab moves on: the feedback on the old reply goes too.
        let rated = checked.apply(Action::Practice(PracticeAction::Rate {
            rating: crate::schedule::Rating::Good,
            now: 12,
        }));
        let adopting = adopting.apply(Action::Adopt(Box::new(Adopted::Session(Session::clone(
            &rated.practice.session,
        )))));
        assert_eq!(adopting.practice.assessment, None);
    }

    #[test]
    fn a_tab_practising_another_drill_keeps_its_own_session() {
        let open = |drill: &str, now| {
            with_attempts(&[]).apply(Action::Practice(PracticeAction::Open {
                drill: drill.into(),
                now,
            }))
        };
        let other = [
            PracticeAction::Draft("It sounds exhausting to be online so late.".into()),
            PracticeAction::Check { now: 11 },
        ]
        .into_iter()
        .fold(open("pinged-at-ten", 10), |s, a| {
            s.apply(Action::Practice(a))
        });
        let mine = open("async-silence", 12).apply(Action::Practice(PracticeAction::Draft(
            "You have been waiting".into(),
        )));
        let after = mine
            .clone()
            .apply(Action::Adopt(Box::new(Adopted::Session(Session::clone(
                &other.practice.session,
            )))));
        assert_eq!(
            after.practice.session, mine.practice.session,
            "the drill on screen and its draft stay: the other tab practises something else"
        );
        assert_eq!(after.practice.assessment, None);

        // The same session, lengthened in the other tab by a drill rated "again", is still
        // the same session: its progress is taken.
        let mut longer = Session::clone(&mine.practice.session);
        longer.queue.push("async-silence".into());
        longer.index = 1;
        let after = mine
            .clone()
            .apply(Action::Adopt(Box::new(Adopted::Session(longer.clone()))));
        assert_eq!(*after.practice.session, longer);

        // The other tab left the session: this one leaves it too, so neither brings it back.
        let after = mine.apply(Action::Adopt(Box::new(Adopted::Session(
            crate::practice::Session::default(),
        ))));
        assert!(after.practice.session.queue.is_empty());
    }

    /// A filter on every field, stored as "empathy reflect 2".
    fn empathy_reflect_2() -> crate::practice::Filter {
        crate::practice::Filter {
            theme: Some("empathy".into()),
            kind: Some(crate::content::DrillKind::Reflect),
            difficulty: Some(2),
        }
    }

    #[test]
    fn another_tab_s_settings_set_the_practice_filter_and_are_not_saved_back() {
        let filter = empathy_reflect_2();
        let other =
            AppState::default().apply(Action::Practice(PracticeAction::SetFilter(filter.clone())));
        let before = AppState::default();
        let state = before
            .clone()
            .apply(Action::Adopt(Box::new(Adopted::Settings(Settings::clone(
                &other.settings,
            )))));
        assert_eq!(state.settings, other.settings);
        assert_eq!(state.practice.filter, filter);
        assert_eq!(writes(&before, &state), [], "storage holds it already");
        // This tab's own change is saved, built on the adopted settings.
        let changed = state.clone().apply(Action::SetLargeText(true));
        assert_eq!(writes(&state, &changed), [Kind::Settings]);
        assert_eq!(changed.settings.practice_filter, "empathy reflect 2");
        let unchanged = changed.clone().apply(Action::SetLargeText(true));
        assert_eq!(writes(&changed, &unchanged), [], "nothing changed");
    }

    #[test]
    fn clearing_the_history_keeps_the_practice_filter_its_settings_hold() {
        let filter = empathy_reflect_2();
        let state = AppState::default()
            .apply(Action::Practice(PracticeAction::SetFilter(filter.clone())))
            .apply(Action::ClearHistory);
        assert_eq!(state.practice.filter, filter);
        assert_eq!(state.settings.practice_filter, "empathy reflect 2");
    }

    #[test]
    fn large_text_toggles() {
        let state = AppState::default().apply(Action::SetLargeText(true));
        assert!(state.settings.large_text);
        assert!(!state.apply(Action::SetLargeText(false)).settings.large_text);
    }

    #[test]
    fn practice_filters_are_kept_with_the_settings() {
        let filter = empathy_reflect_2();
        let state =
            AppState::default().apply(Action::Practice(PracticeAction::SetFilter(filter.clone())));
        assert_eq!(state.practice.filter, filter);
        assert_eq!(state.settings.practice_filter, "empathy reflect 2");

        // Written and read back as the settings record, it is the filter the page opens with.
        let text = crate::storage::encode(&*state.settings).unwrap();
        assert!(
            text.contains(r#""practice_filter":"empathy reflect 2""#),
            "{text}"
        );
        let crate::storage::Decoded::Current(settings) = crate::storage::decode::<Settings>(&text)
        else {
            panic!("not read back: {text}");
        };
        let reopened = AppState::new(settings, Practice::default(), Plays::default(), [])
            .with_practice(Progress::default(), crate::practice::Session::default());
        assert_eq!(reopened.practice.filter, filter);
    }

    fn import_example(state: AppState) -> AppState {
        state.apply(Action::Packs(PacksAction::Import {
            file: "north.txt".into(),
            source: crate::content::pack::example(),
            now: 5,
        }))
    }

    fn practise_pack_drill(state: AppState) -> AppState {
        let drill = "team-north-quiet-demo";
        [
            PracticeAction::Open {
                drill: drill.into(),
                now: 10,
            },
            PracticeAction::Draft("You sound disappointed that nobody said a word.".into()),
            PracticeAction::Check { now: 11 },
        ]
        .into_iter()
        .fold(state, |s, a| s.apply(Action::Practice(a)))
    }

    #[test]
    fn a_pack_s_drill_is_practised_and_its_progress_outlives_the_pack_unless_asked() {
        let empty = AppState::default();
        let state = import_example(empty.clone());
        assert_eq!(writes(&empty, &state), [Kind::Packs]);
        assert!(matches!(state.pack_report, Some(ImportReport::Imported(_))));
        let state = practise_pack_drill(state);
        assert_eq!(state.practice.progress.attempts.len(), 1);
        assert_eq!(
            state.practice.session.current(),
            Some("team-north-quiet-demo")
        );

        let off = state.clone().apply(Action::Packs(PacksAction::SetEnabled {
            id: "team-north".into(),
            enabled: false,
        }));
        assert!(off.content.drill("team-north-quiet-demo").is_none());
        assert!(!off.practice.session.is_active(), "its session ended");
        assert_eq!(off.practice.progress.attempts.len(), 1, "history kept");

        let kept = state.clone().apply(Action::Packs(PacksAction::Remove {
            id: "team-north".into(),
            forget_progress: false,
        }));
        assert!(kept.packs.list.is_empty());
        assert_eq!(kept.practice.progress.attempts.len(), 1);
        let back = import_example(kept);
        assert_eq!(back.practice.progress.attempts.len(), 1, "picked up again");

        let forgotten = state.apply(Action::Packs(PacksAction::Remove {
            id: "team-north".into(),
            forget_progress: true,
        }));
        assert!(forgotten.practice.progress.attempts.is_empty());
        assert!(forgotten.practice.progress.cards.is_empty());
    }

    #[test]
    fn a_refused_import_is_reported_and_changes_nothing() {
        let state = import_example(AppState::default());
        let imported = state.clone();
        let state = state.apply(Action::Packs(PacksAction::Import {
            file: "broken.txt".into(),
            source: "pack: broken\n".into(),
            now: 6,
        }));
        assert_eq!(state.packs, imported.packs);
        assert_eq!(writes(&imported, &state), []);
        let Some(ImportReport::Refused { file, problems }) = &state.pack_report else {
            panic!("{:?}", state.pack_report)
        };
        assert_eq!(file, "broken.txt");
        assert!(!problems.is_empty());
        assert!(state.content.drill("team-north-quiet-demo").is_some());
        let cleared = state.apply(Action::Packs(PacksAction::ClearReport));
        assert_eq!(cleared.pack_report, None);
    }

    #[test]
    fn a_pack_s_role_play_is_played_and_forgotten_on_request() {
        let state = import_example(AppState::default());
        let id = "team-north-missed-handoff";
        let state = state.apply(Action::Play(PlayAction::Answer {
            scenario: id.into(),
            answer: crate::scenario::engine::Answer::Choice(0),
        }));
        assert!(state.plays.runs.contains_key(id), "{:?}", state.plays);
        let gone = state.clone().apply(Action::Packs(PacksAction::Remove {
            id: "team-north".into(),
            forget_progress: true,
        }));
        assert!(!gone.plays.runs.contains_key(id));
        assert_eq!(
            writes(&state, &gone),
            [Kind::Progress, Kind::Plays, Kind::Packs],
            "the forgotten drills and role-play are marked so for other tabs"
        );
    }

    /// A record as another tab's save reaches this one: written and read back.
    fn through_storage<T: crate::storage::Record + std::fmt::Debug>(value: &T) -> Box<T> {
        match crate::storage::decode::<T>(&crate::storage::encode(value).unwrap()) {
            crate::storage::Decoded::Current(value) => Box::new(value),
            other => panic!("not read back: {other:?}"),
        }
    }

    fn hears(state: AppState, other: &AppState) -> AppState {
        state.apply(Action::External {
            progress: Some(through_storage(&other.practice.progress)),
            plays: Some(through_storage(&other.plays)),
        })
    }

    #[test]
    fn forgetting_a_pack_s_progress_travels_to_other_tabs() {
        let scenario = "team-north-missed-handoff";
        let state = practise_pack_drill(import_example(AppState::default()))
            .apply(Action::Practice(PracticeAction::Rate {
                rating: crate::schedule::Rating::Good,
                now: 12,
            }))
            .apply(Action::Play(PlayAction::Answer {
                scenario: scenario.into(),
                answer: crate::scenario::engine::Answer::Choice(0),
            }));
        assert!(state
            .practice
            .progress
            .cards
            .contains_key("team-north-quiet-demo"));
        // A second tab holds the same progress.
        let other = state.clone();
        let forgot = state.apply(Action::Packs(PacksAction::Remove {
            id: "team-north".into(),
            forget_progress: true,
        }));
        // The second tab saves its older copy before it hears of the removal.
        let forgot = hears(forgot, &other);
        assert!(
            forgot.practice.progress.attempts.is_empty(),
            "attempts stay forgotten"
        );
        assert!(
            forgot.practice.progress.cards.is_empty(),
            "schedules stay forgotten"
        );
        assert!(
            !forgot.plays.runs.contains_key(scenario),
            "runs stay forgotten"
        );
        // Then it hears, and forgets too.
        let other = hears(other, &forgot);
        assert!(other.practice.progress.attempts.is_empty());
        assert!(other.practice.progress.cards.is_empty());
        assert!(!other.plays.runs.contains_key(scenario));

        // The pack imported again and practised afresh: that progress travels as usual.
        let again =
            practise_pack_drill(import_example(forgot)).apply(Action::Play(PlayAction::Answer {
                scenario: scenario.into(),
                answer: crate::scenario::engine::Answer::Choice(0),
            }));
        let other = hears(import_example(other), &again);
        assert_eq!(other.practice.progress.attempts.len(), 1);
        assert!(other.plays.runs.contains_key(scenario));
        let again = hears(again, &other);
        assert_eq!(again.practice.progress.attempts.len(), 1);
        assert!(again.plays.runs.contains_key(scenario));
    }

    #[test]
    fn a_restart_in_one_tab_is_not_undone_by_another_s_save() {
        let id = "the-handover";
        let played = AppState::default().apply(Action::Play(PlayAction::Answer {
            scenario: id.into(),
            answer: crate::scenario::engine::Answer::Choice(0),
        }));
        let other = played.clone();
        let restarted = played.apply(Action::Play(PlayAction::Restart {
            scenario: id.into(),
            seed: 7,
        }));
        // The other tab, still on the old run, saves before it hears of the restart.
        let heard = hears(restarted.clone(), &other);
        assert!(heard.plays.runs.get(id).is_none_or(Vec::is_empty));
        assert!(
            writes(&restarted, &heard).contains(&Kind::Plays),
            "the restart is written back over the old run"
        );
        let other = hears(other, &heard);
        assert!(other.plays.runs.get(id).is_none_or(Vec::is_empty));
        assert_eq!(other.plays.orders[id], 7, "the fresh run's order");
    }

    #[test]
    fn stored_packs_load_into_the_catalog() {
        let packs = import_example(AppState::default()).packs;
        let state = AppState::default().with_packs(Packs::clone(&packs));
        assert!(state
            .content
            .scenario("team-north-missed-handoff")
            .is_some());
        assert!(state.notices.is_empty());
    }

    #[test]
    fn the_studio_draft_is_written_when_edited_and_never_over_a_newer_tab_s() {
        let start = AppState::default();
        let mine = start.clone().apply(Action::EditDraft {
            text: "pack: mine\n".into(),
            now: 1_000,
        });
        assert_eq!(mine.draft.text, "pack: mine\n");
        assert_eq!(writes(&start, &mine), [Kind::Draft]);
        // The same text again changes nothing, so nothing is written.
        let again = mine.clone().apply(Action::EditDraft {
            text: "pack: mine\n".into(),
            now: 2_000,
        });
        assert_eq!(writes(&mine, &again), []);
        // Another tab's newer draft is taken; the text written here is set aside in it, the
        // author told, and the draft written back so the other tab keeps it too.
        let newer = Draft::default().edited("pack: theirs\n", 5_000).unwrap();
        let taken = mine
            .clone()
            .apply(Action::Adopt(Box::new(Adopted::Draft(*through_storage(
                &newer,
            )))));
        assert_eq!(taken.draft.text, newer.text);
        assert_eq!(taken.draft.edited_at, newer.edited_at);
        assert_eq!(taken.draft.set_aside[0].text, "pack: mine\n");
        assert_eq!(writes(&mine, &taken), [Kind::Draft]);
        assert!(
            taken.notices[0].text.contains("Set aside"),
            "{:?}",
            taken.notices
        );
        // That draft coming back from the other tab changes nothing and says nothing more.
        let echoed =
            taken
                .clone()
                .apply(Action::Adopt(Box::new(Adopted::Draft(*through_storage(
                    &*taken.draft,
                )))));
        assert_eq!(writes(&taken, &echoed), []);
        assert_eq!(echoed.notices.len(), 1);
        // A tab that only showed the draft takes a newer one as it is, without writing it.
        let shown = start
            .clone()
            .apply(Action::Adopt(Box::new(Adopted::Draft(*through_storage(
                &newer,
            )))));
        assert_eq!(*shown.draft, newer);
        assert_eq!(writes(&start, &shown), []);
        assert!(shown.notices.is_empty());
        // Taking the text back sets aside what it replaces; letting it go forgets it.
        let back = taken.clone().apply(Action::TakeBackDraft {
            index: 0,
            now: 6_000,
        });
        assert_eq!(back.draft.text, "pack: mine\n");
        assert_eq!(back.draft.set_aside[0].text, "pack: theirs\n");
        assert_eq!(writes(&taken, &back), [Kind::Draft]);
        let gone = back.clone().apply(Action::LetGoDraft(0));
        assert!(gone.draft.set_aside.is_empty());
        assert_eq!(writes(&back, &gone), [Kind::Draft]);
        // An older one (this tab has written over it since) is not taken: this tab's
        // newer text is written again, over the older text storage now holds.
        let older = Draft::default().edited("pack: old\n", 500).unwrap();
        let kept = mine
            .clone()
            .apply(Action::Adopt(Box::new(Adopted::Draft(older))));
        assert_eq!(kept.draft.text, "pack: mine\n");
        assert_eq!(writes(&mine, &kept), [Kind::Draft]);
        // The next edit builds on the newest text and is newer than it.
        let next = taken.apply(Action::EditDraft {
            text: "pack: theirs, then mine\n".into(),
            now: 4_000,
        });
        assert!(next.draft.edited_at > newer.edited_at);
    }

    #[test]
    fn another_tabs_record_is_taken_and_built_on_not_written_over() {
        use crate::workshop::plan::PlanEdit;
        let projector = AppState::default();
        // The planning tab retitles the plan and saves it.
        let planning = projector
            .clone()
            .apply(Action::Workshop(WorkshopAction::Edit(PlanEdit::SetTitle(
                "Trust across time zones".into(),
            ))));
        // The projector tab hears of it and takes it, without saving it back.
        let taken = projector
            .clone()
            .apply(Action::Adopt(Box::new(Adopted::Workshop(Workshop::clone(
                &planning.workshop,
            )))));
        assert_eq!(taken.workshop, planning.workshop);
        assert_eq!(
            writes(&projector, &taken),
            [],
            "nothing to save: storage holds it"
        );
        // Its next step builds on the adopted plan, so its save keeps the new title.
        let projector = taken.clone().apply(Action::Workshop(WorkshopAction::Next));
        assert_eq!(projector.workshop.plan.title, "Trust across time zones");
        assert_eq!(writes(&taken, &projector), [Kind::Workshop]);

        // Packs: one imported in each tab are both kept.
        let north = crate::content::pack::example();
        let south = north.replace("team-north", "team-south");
        let one = AppState::default().apply(Action::Packs(PacksAction::Import {
            file: "north.txt".into(),
            source: north,
            now: 1,
        }));
        let two = AppState::default()
            .apply(Action::Adopt(Box::new(Adopted::Packs(Packs::clone(
                &one.packs,
            )))))
            .apply(Action::Packs(PacksAction::Import {
                file: "south.txt".into(),
                source: south,
                now: 2,
            }));
        let ids: Vec<&str> = two
            .packs
            .list
            .iter()
            .map(|p| p.header.id.as_str())
            .collect();
        assert_eq!(ids, ["team-north", "team-south"]);
        assert!(two.content.drill("team-north-quiet-demo").is_some());
        assert!(two.content.drill("team-south-quiet-demo").is_some());
    }
}
