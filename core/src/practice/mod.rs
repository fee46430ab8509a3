//! Practice: the session reducer over drills, the coach, the scheduler and the learner's
//! history. The UI dispatches [`PracticeAction`]s with the current time and renders
//! [`Practice`]; every rule about what happens next lives here.

pub mod queue;
pub mod session;

use std::rc::Rc;

use crate::coach::{assess, Assessment};
use crate::content::drill::Drill;
use crate::content::Catalog;
use crate::progress::{clean_reply, Attempt, Progress};
use crate::schedule::Rating;
pub use queue::{status, today, Filter, More, Status, Today, NEW_PER_DAY};
pub use session::Session;

/// The longest reply kept, in characters; longer input is cut, not refused.
pub const MAX_REPLY: usize = 4_000;

/// Everything practice needs to render. The history and the session are shared with the
/// state before an action that leaves them alone, and are new copies after one that
/// changes them (see [`crate::saving`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Practice {
    pub progress: Rc<Progress>,
    pub session: Rc<Session>,
    pub filter: Filter,
    /// The coach's verdict on the checked reply, while it is shown.
    pub assessment: Option<Assessment>,
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
    pub fn restore(
        progress: impl Into<Rc<Progress>>,
        session: impl Into<Rc<Session>>,
        library: &Catalog,
    ) -> Practice {
        let mut practice = Practice {
            progress: progress.into(),
            ..Practice::default()
        };
        practice.adopt(session, library);
        practice
    }

    /// Another tab's session, taken as it saved it: shown as after a reload, with the
    /// coach's feedback on its checked reply recomputed (or none, once it has moved on).
    /// Nothing is saved back: storage holds it already. A tab with a session of its own
    /// takes only that same session's progress: two tabs practising different drills
    /// each keep the drill on screen and its draft. Whether it was taken.
    pub fn adopt(&mut self, session: impl Into<Rc<Session>>, library: &Catalog) -> bool {
        let session = session.into();
        // An empty session is taken whatever: the other tab left, so this one leaves too.
        if !session.queue.is_empty()
            && !self.session.queue.is_empty()
            && !self.session.is_same(&session)
        {
            return false;
        }
        self.session = session;
        if !self.session_fits(library) {
            self.session = Rc::default();
        }
        self.assessment = self.feedback(library);
        true
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
            self.session = Rc::default();
            self.assessment = None;
        }
        self
    }

    /// Forgets every attempt and review schedule of the drills `ids`, in other tabs too;
    /// whether anything changed.
    pub fn forget(&mut self, ids: &[String]) -> bool {
        crate::saving::change_if(&mut self.progress, |p| p.forget(ids))
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
        self.session = Rc::new(Session::new(queue, now));
        self.assessment = None;
        self.rated = None;
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
                    Rc::make_mut(&mut self.session).draft = text.chars().take(MAX_REPLY).collect();
                }
            }
            PracticeAction::Check { now } => self.check(library, now),
            PracticeAction::Revise => {
                if self.session.checked.is_some() {
                    let session = Rc::make_mut(&mut self.session);
                    session.checked = None;
                    session.attempt = None;
                    self.assessment = None;
                }
            }
            PracticeAction::Rate { rating, now } => self.rate(rating, now),
            PracticeAction::Leave => {
                self.session = Rc::default();
                self.assessment = None;
                self.rated = None;
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
        Rc::make_mut(&mut self.session).checked = Some(reply.clone());
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
        let session = Rc::make_mut(&mut self.session);
        if let Some(id) = unchanged {
            session.attempt = Some(id);
            self.assessment = Some(verdict);
            return;
        }
        let attempt = Attempt::new(&drill.id, now, &reply, &verdict);
        session.attempts.push(attempt.id.clone());
        session.attempt = Some(attempt.id.clone());
        Rc::make_mut(&mut self.progress).add(attempt);
        self.assessment = Some(verdict);
    }

    fn rate(&mut self, rating: Rating, now: i64) {
        let (Some(attempt), Some(drill)) = (
            self.session.attempt.clone(),
            self.session.current().map(str::to_owned),
        ) else {
            return;
        };
        let progress = Rc::make_mut(&mut self.progress);
        progress.rate(&attempt, rating, now);
        let session = Rc::make_mut(&mut self.session);
        session.attempt = None;
        let back = if rating == Rating::Again && !session.repeated.contains(&drill) {
            session.queue.push(drill.clone());
            session.repeated.push(drill.clone());
            ComesBack::LaterInSession {
                position: session.queue.len(),
            }
        } else {
            ComesBack::At(progress.cards.get(&drill).map_or(now, |c| c.due))
        };
        self.rated = Some(Rated { drill, back });
        session.index += 1;
        session.draft.clear();
        session.checked = None;
        self.assessment = None;
    }
}

#[cfg(test)]
mod tests;
