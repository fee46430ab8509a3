//! The studio's check run in turns of the page's time: the core's [`SteppedCheck`] stepped
//! for about [`TURN_MS`] at a time, each turn in a 0 ms timer of its own, so that the keys
//! typed during a check of a long pack are handled (and painted) between two turns instead
//! of waiting for the whole check. The pause after typing and the check's next turn share
//! one timer: scheduling either drops what was due, so a keystroke stops a check under way.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use rapport_core::content::problems::StudioCheck;
use rapport_core::content::stepped::SteppedCheck;
use yew::Callback;

use crate::turns::now_ms;

/// How long one turn of the check may hold the page: half a frame at 60 Hz, so a key typed
/// meanwhile waits at most that and one part of the check (the longest, a role-play's
/// exploration, is a few milliseconds).
pub const TURN_MS: f64 = 8.0;

/// How long a check runs before its progress is told, and how often it is told after
/// that: a polite live region says it, and a screen reader should be handed a count only
/// when the wait is long enough to want one, and not so often that it talks of nothing else.
pub const TELL_AFTER_MS: f64 = 2_000.0;
pub const TELL_EVERY_MS: f64 = 2_500.0;

/// A check under way, and whom to tell about it.
struct Running {
    check: SteppedCheck,
    /// Parts done and parts in all.
    on_progress: Callback<(usize, usize)>,
    on_done: Callback<StudioCheck>,
}

/// The studio's one check at a time, with what is due next.
#[derive(Default)]
pub struct Checker {
    running: RefCell<Option<Running>>,
    /// The pause after typing, or the check's next turn; dropping a timeout cancels it.
    due: RefCell<Option<Timeout>>,
    /// When the progress is next told.
    tell_at: Cell<f64>,
}

impl Checker {
    /// Does `then` in `ms` instead of whatever was due; a check under way is dropped.
    pub fn after(&self, ms: u32, then: impl FnOnce() + 'static) {
        self.running.take();
        *self.due.borrow_mut() = Some(Timeout::new(ms, then));
    }

    /// Stops everything: the pause waited for and the check under way.
    pub fn stop(&self) {
        self.running.take();
        self.due.take();
    }

    /// Starts checking `text` in turns, in place of any check under way: `on_progress` is
    /// told how many of its parts are done once it has run [`TELL_AFTER_MS`], then every
    /// [`TELL_EVERY_MS`] at most, and `on_done` what it found.
    pub fn start(
        self: &Rc<Self>,
        text: String,
        on_progress: Callback<(usize, usize)>,
        on_done: Callback<StudioCheck>,
    ) {
        *self.running.borrow_mut() = Some(Running {
            check: SteppedCheck::new(text),
            on_progress,
            on_done,
        });
        self.tell_at.set(now_ms() + TELL_AFTER_MS);
        self.next_turn();
    }

    fn next_turn(self: &Rc<Self>) {
        let me = self.clone();
        *self.due.borrow_mut() = Some(Timeout::new(0, move || me.turn()));
    }

    /// Steps the check until the turn's time is up or it is done, then says so.
    fn turn(self: &Rc<Self>) {
        let started = now_ms();
        let outcome = {
            let mut running = self.running.borrow_mut();
            let Some(run) = running.as_mut() else { return };
            loop {
                if let Some(found) = run.check.step() {
                    let on_done = run.on_done.clone();
                    *running = None;
                    break Ok((on_done, found));
                }
                if now_ms() - started >= TURN_MS {
                    break Err((
                        run.on_progress.clone(),
                        (run.check.done(), run.check.parts()),
                    ));
                }
            }
        };
        // Told once the borrow is over: what they do may start another check.
        match outcome {
            Ok((on_done, found)) => on_done.emit(found),
            Err((on_progress, progress)) => {
                if started >= self.tell_at.get() {
                    self.tell_at.set(started + TELL_EVERY_MS);
                    on_progress.emit(progress);
                }
                self.next_turn();
            }
        }
    }
}
