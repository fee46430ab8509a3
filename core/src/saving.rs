//! Which stored records this tab has to write. The app state holds each record behind an
//! `Rc`, so a state made from another by one action shares every record the action left
//! alone (a keystroke copies no history), and a record this tab changes is a new
//! allocation: comparing pointers with the copy last written says what changed, with no
//! deep comparison and no revision counter to keep in step by hand.

use std::rc::{Rc, Weak};

use crate::packs::{Draft, Packs};
use crate::practice::Session;
use crate::progress::Progress;
use crate::scenario::play::Plays;
use crate::settings::Settings;
use crate::state::AppState;
use crate::workshop::{Checklist, Workshop};

/// Which copy of a shared record a state held, without keeping the copy's contents alive.
/// The `Weak` keeps its allocation, so no later copy can be given the same address.
pub struct Seen<T>(Weak<T>);

impl<T> Seen<T> {
    pub fn of(record: &Rc<T>) -> Seen<T> {
        Seen(Rc::downgrade(record))
    }

    /// Whether `record` is that same copy.
    pub fn is(&self, record: &Rc<T>) -> bool {
        std::ptr::eq(self.0.as_ptr(), Rc::as_ptr(record))
    }
}

/// Nothing seen yet: no record is this.
impl<T> Default for Seen<T> {
    fn default() -> Self {
        Seen(Weak::new())
    }
}

impl<T> Clone for Seen<T> {
    fn clone(&self) -> Self {
        Seen(self.0.clone())
    }
}

/// The same copy, not equal contents.
impl<T> PartialEq for Seen<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0.ptr_eq(&other.0)
    }
}

impl<T> std::fmt::Debug for Seen<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Seen({:p})", self.0.as_ptr())
    }
}

/// A stored record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Settings,
    Progress,
    Session,
    Plays,
    Workshop,
    Checklist,
    Packs,
    Draft,
}

/// Which copy of each stored record a state held.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Copies {
    pub(crate) settings: Seen<Settings>,
    pub(crate) progress: Seen<Progress>,
    pub(crate) session: Seen<Session>,
    pub(crate) plays: Seen<Plays>,
    pub(crate) workshop: Seen<Workshop>,
    pub(crate) checklist: Seen<Checklist>,
    pub(crate) packs: Seen<Packs>,
    pub(crate) draft: Seen<Draft>,
}

impl Copies {
    /// The copies `state` holds.
    pub fn of(state: &AppState) -> Copies {
        Copies {
            settings: Seen::of(&state.settings),
            progress: Seen::of(&state.practice.progress),
            session: Seen::of(&state.practice.session),
            plays: Seen::of(&state.plays),
            workshop: Seen::of(&state.workshop),
            checklist: Seen::of(&state.checklist),
            packs: Seen::of(&state.packs),
            draft: Seen::of(&state.draft),
        }
    }

    /// The records `state` changed since these copies were written (or read at startup),
    /// leaving out any that is the copy taken from another tab's save, which storage holds
    /// already; from then on these stand for `state`'s copies, as written.
    pub fn unsaved(&mut self, state: &AppState) -> Vec<Kind> {
        fn due<T>(written: &Seen<T>, taken: &Seen<T>, now: &Rc<T>) -> bool {
            !written.is(now) && !taken.is(now)
        }
        let (t, p) = (&state.stored, &state.practice);
        let due = [
            (
                due(&self.settings, &t.settings, &state.settings),
                Kind::Settings,
            ),
            (
                due(&self.progress, &t.progress, &p.progress),
                Kind::Progress,
            ),
            (due(&self.session, &t.session, &p.session), Kind::Session),
            (due(&self.plays, &t.plays, &state.plays), Kind::Plays),
            (
                due(&self.workshop, &t.workshop, &state.workshop),
                Kind::Workshop,
            ),
            (
                due(&self.checklist, &t.checklist, &state.checklist),
                Kind::Checklist,
            ),
            (due(&self.packs, &t.packs, &state.packs), Kind::Packs),
            (due(&self.draft, &t.draft, &state.draft), Kind::Draft),
        ];
        *self = Copies::of(state);
        due.into_iter()
            .filter(|(d, _)| *d)
            .map(|(_, k)| k)
            .collect()
    }
}

/// Applies `change` to a copy of `record`, kept only when `change` says it changed
/// something: the record then moves to a new copy (and is written) only when it changed.
pub(crate) fn change_if<T: Clone>(record: &mut Rc<T>, change: impl FnOnce(&mut T) -> bool) -> bool {
    let mut next = T::clone(record);
    let changed = change(&mut next);
    if changed {
        *record = Rc::new(next);
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_told_from_an_equal_one_and_from_a_later_one_at_any_address() {
        let first = Rc::new(String::from("a"));
        let seen = Seen::of(&first);
        assert!(seen.is(&first));
        assert!(!seen.is(&Rc::new(String::from("a"))), "equal, not the same");
        drop(first);
        // The allocation stays, so a new copy cannot take its place and pass for it.
        let later: Vec<Rc<String>> = (0..100).map(|_| Rc::new(String::from("a"))).collect();
        assert!(later.iter().all(|l| !seen.is(l)));
        assert!(!Seen::<String>::default().is(&later[0]));
    }
}
