//! Practice: the session reducer over drills, the coach, the scheduler and the learner's
//! history. The UI dispatches [`PracticeAction`]s with the current time and renders
//! [`Practice`]; every rule about what happens next lives here.

pub mod queue;
pub mod session;

use crate::coach::{assess, Assessment};
use crate::content::drill::Drill;
use crate::content::Catalog;
use crate::progress::{clean_reply, Attempt, Progress};
use crate::schedule::Rating;
pub use queue::{status, today, Filter, More, Status, Today, NEW_PER_DAY};
pub use session::Session;

/// The longest reply kept, in characters; longer input is cut, not refused.
pub const MAX_REPLY: usize = 4_000;

/// Everything practice needs to render.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Practice {
    pub progress: Progress,
    pub session: Session,
    pub filter: Filter,
    /// The coach's verdict on the checked reply, while it is shown.
    pub assessment: Option<Assessment>,
    /// Bumped whenever `progress` changes, so the UI saves it only then.
    pub progress_revision: u64,
    /// Bumped whenever `session` changes.
    pub session_revision: u64,
    /// The drill just rated and when it comes back, shown until the next check: an
    /// "again" that silently made "of 5" into "of 6" left learners wondering why.
    pub rated: Option<Rated>,
}

/// When a rated drill comes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComesBack {
    /// Later in this session, at this 1-based position.
    LaterInSession { position: usize },
    /// At its next review (Unix ms).
    At(i64),
}

/// The drill just rated and when it comes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rated {
    pub drill: String,
    pub back: ComesBack,
}

impl Rated {
    /// The note for the learner, its due time worded as on every other page.
    pub fn words(&self, title: &str, now: i64, zone: &dyn crate::when::Zone) -> String {
        match self.back {
            ComesBack::LaterInSession { position } => format!(
                "\u{201c}{title}\u{201d} comes back later in this session, as drill {position} of {position}."
            ),
            ComesBack::At(due) => format!(
                "Next review of \u{201c}{title}\u{201d}: {}.",
                crate::when::due(due, now, zone)
            ),
        }
    }
}

/// What the learner can do.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeAction {
    /// Start a session of today's due and new drills.
    StartToday {
        now: i64,
    },
    /// Practise one drill (unless it is already on screen).
    Open {
        drill: String,
        now: i64,
    },
    /// The reply being written changed.
    Draft(String),
    /// Ask the coach.
    Check {
        now: i64,
    },
    /// Edit the checked reply and check again.
    Revise,
    /// Rate the drill and move on.
    Rate {
        rating: Rating,
        now: i64,
    },
    /// Once today's queue is empty: a session of more new drills or of the weakest ones.
    PractiseMore {
        what: More,
        now: i64,
    },
    /// Leave the session (finished or not).
    Leave,
    SetFilter(Filter),
}

impl Practice {
    /// The state after a reload: stored history and session, with the feedback on screen
    /// recomputed (the coach is deterministic). A session whose drill no longer exists is dropped.
    pub fn restore(progress: Progress, session: Session, library: &Catalog) -> Practice {
        let mut practice = Practice {
            progress,
            ..Practice::default()
        };
        practice.adopt(session, library);
        practice
    }

    /// Another tab's session, taken as it saved it: shown as after a reload, with the
    /// coach's feedback on its checked reply recomputed (or none, once it has moved on).
    /// Nothing is saved back: storage holds it already. A tab with a session of its own
    /// takes only that same session's progress: two tabs practising different drills
    /// each keep the drill on screen and its draft.
    pub fn adopt(&mut self, session: Session, library: &Catalog) {
        // An empty session is taken whatever: the other tab left, so this one leaves too.
        if !session.queue.is_empty()
            && !self.session.queue.is_empty()
            && !self.session.is_same(&session)
        {
            return;
        }
        self.session = session;
        if !self.session_fits(library) {
            self.session = Session::default();
        }
        self.assessment = self.feedback(library);
    }

    /// Whether every drill of the session is in `library`.
    fn session_fits(&self, library: &Catalog) -> bool {
        self.session
            .queue
            .iter()
            .all(|id| library.drill(id).is_some())
    }

    /// The practice once the exercises on the device changed (a pack turned off or
    /// removed): a session that needs a drill no longer there ends; history stays.
    pub fn fit(mut self, library: &Catalog) -> Practice {
        if !self.session_fits(library) {
            self.session = Session::default();
            self.assessment = None;
            self.session_revision += 1;
        }
        self
    }

    /// Forgets every attempt and review schedule of the drills `ids`, in other tabs too;
    /// whether anything changed.
    pub fn forget(&mut self, ids: &[String]) -> bool {
        let changed = self.progress.forget(ids);
        if changed {
            self.progress_revision += 1;
        }
        changed
    }

    /// The drill on screen.
    pub fn current<'a>(&self, library: &'a Catalog) -> Option<&'a Drill> {
        self.session.current().and_then(|id| library.drill(id))
    }

    /// Today's queue under the current filter.
    pub fn today(&self, library: &Catalog, now: i64) -> Today {
        today(library, &self.progress, &self.filter, now)
    }

    /// The attempts of the current session, in order.
    pub fn session_attempts(&self) -> Vec<&Attempt> {
        self.session
            .attempts
            .iter()
            .filter_map(|id| self.progress.attempts.iter().rev().find(|a| &a.id == id))
            .collect()
    }

    fn feedback(&self, library: &Catalog) -> Option<Assessment> {
        let drill = self.current(library)?;
        let reply = self.session.checked.as_ref()?;
        Some(assess(
            &drill.statement(),
            reply,
            Some(&drill.annotations()),
        ))
    }

    fn new_session(&mut self, queue: Vec<String>, now: i64) {
        self.session = Session::new(queue, now);
        self.assessment = None;
        self.rated = None;
        self.session_revision += 1;
    }

    /// The state after `action`.
    pub fn apply(mut self, action: PracticeAction, library: &Catalog) -> Practice {
        match action {
            PracticeAction::StartToday { now } => {
                let queue = self.today(library, now).queue();
                if !queue.is_empty() {
                    self.new_session(queue, now);
                }
            }
            PracticeAction::PractiseMore { what, now } => {
                let today = self.today(library, now);
                let queue = match what {
                    More::New => today.more_new,
                    More::Weakest => today.weakest,
                };
                if !queue.is_empty() {
                    self.new_session(queue, now);
                }
            }
            PracticeAction::Open { drill, now } => {
                if self.session.current() != Some(drill.as_str()) && library.drill(&drill).is_some()
                {
                    self.new_session(vec![drill], now);
                }
            }
            PracticeAction::Draft(text) => {
                if self.session.is_active() && self.session.checked.is_none() {
                    self.session.draft = text.chars().take(MAX_REPLY).collect();
                    self.session_revision += 1;
                }
            }
            PracticeAction::Check { now } => self.check(library, now),
            PracticeAction::Revise => {
                if self.session.checked.take().is_some() {
                    self.session.attempt = None;
                    self.assessment = None;
                    self.session_revision += 1;
                }
            }
            PracticeAction::Rate { rating, now } => self.rate(rating, now),
            PracticeAction::Leave => {
                self.session = Session::default();
                self.assessment = None;
                self.rated = None;
                self.session_revision += 1;
            }
            PracticeAction::SetFilter(filter) => self.filter = filter,
        }
        self
    }

    fn check(&mut self, library: &Catalog, now: i64) {
        let Some(drill) = self.current(library) else {
            return;
        };
        let reply = self.session.draft.trim().to_owned();
        if self.session.checked.is_some() || reply.is_empty() {
            return;
        }
        let verdict = assess(&drill.statement(), &reply, Some(&drill.annotations()));
        self.rated = None;
        self.session.checked = Some(reply.clone());
        self.session_revision += 1;
        // "Edit and check again" with nothing edited is the same attempt, still unrated: a
        // second row would list the drill twice in the summary and count it twice in progress.
        let unchanged = self
            .session
            .attempts
            .last()
            .and_then(|id| self.progress.attempts.iter().rev().find(|a| &a.id == id))
            .filter(|a| {
                a.drill == drill.id && a.rating.is_none() && a.response == clean_reply(&reply)
            })
            .map(|a| a.id.clone());
        if let Some(id) = unchanged {
            self.session.attempt = Some(id);
            self.assessment = Some(verdict);
            return;
        }
        let attempt = Attempt::new(&drill.id, now, &reply, &verdict);
        self.session.attempts.push(attempt.id.clone());
        self.session.attempt = Some(attempt.id.clone());
        self.progress.add(attempt);
        self.assessment = Some(verdict);
        self.progress_revision += 1;
    }

    fn rate(&mut self, rating: Rating, now: i64) {
        let (Some(attempt), Some(drill)) = (
            self.session.attempt.take(),
            self.session.current().map(str::to_owned),
        ) else {
            return;
        };
        self.progress.rate(&attempt, rating, now);
        let back = if rating == Rating::Again && !self.session.repeated.contains(&drill) {
            self.session.queue.push(drill.clone());
            self.session.repeated.push(drill.clone());
            ComesBack::LaterInSession {
                position: self.session.queue.len(),
            }
        } else {
            ComesBack::At(self.progress.cards.get(&drill).map_or(now, |c| c.due))
        };
        self.rated = Some(Rated { drill, back });
        self.session.index += 1;
        self.session.draft.clear();
        self.session.checked = None;
        self.assessment = None;
        self.progress_revision += 1;
        self.session_revision += 1;
    }
}

#[cfg(test)]
mod tests;
