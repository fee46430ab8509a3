//! The facilitator's workshop: the plan, where the session stands in it (step, phase, timer),
//! the room's answers in a room role-play, and the sound setting. One record, one reducer.

use serde::{Deserialize, Serialize};

use super::activity::Phase;
use super::plan::{Plan, PlanEdit};
use super::timer::Timer;
use crate::scenario::engine::Answer;
use crate::sorted::SortedMap;
use crate::storage::Record;

/// The facilitator's workshop, stored on the facilitator's device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workshop {
    pub plan: Plan,
    /// The step on the projector.
    pub step: usize,
    /// The phase within the step (a triad's round).
    pub phase: usize,
    pub timer: Timer,
    /// The end-of-phase sound is off.
    pub muted: bool,
    /// The end-of-phase sound has played for this phase.
    pub cued: bool,
    /// The room's answers in the current room role-play.
    pub room: Vec<Answer>,
    /// The seed that orders the room's choices in the current room role-play (0: none yet).
    #[serde(skip_serializing_if = "is_zero")]
    pub seed: u32,
    /// The room role-plays of the other activities, by step, so going back to one finds
    /// the room where it was (a plan edit or a restart starts them afresh).
    #[serde(skip_serializing_if = "SortedMap::is_empty")]
    pub rooms: SortedMap<usize, RoomRun>,
    /// The drill round's model answer is showing.
    pub revealed: bool,
}

/// A room role-play left for another activity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoomRun {
    pub answers: Vec<Answer>,
    pub seed: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Default for Workshop {
    fn default() -> Self {
        let plan = Plan::default();
        let mut workshop = Workshop {
            plan,
            step: 0,
            phase: 0,
            timer: Timer::default(),
            muted: false,
            cued: false,
            room: Vec::new(),
            seed: 0,
            rooms: SortedMap::new(),
            revealed: false,
        };
        workshop.enter(0, 0, true);
        workshop
    }
}

/// What the facilitator does. Times are milliseconds since the epoch.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkshopAction {
    Edit(PlanEdit),
    /// Start or pause the timer.
    Toggle(f64),
    /// Skip to the next phase or activity.
    Next,
    Previous,
    AddMinute,
    SetMuted(bool),
    /// The end-of-phase sound was played.
    Cued,
    /// The room role-play is on screen: without a seed yet, it gets this one.
    RoomBegin(u32),
    /// The room chose an answer in the room role-play.
    RoomAnswer(Answer),
    /// Take back the room's last answer.
    RoomUndo,
    Reveal,
    /// Back to the first activity, timer stopped.
    Restart,
}

/// The projector's keyboard shortcuts, as listed on screen.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Space", "start or pause"),
    ("N", "next"),
    ("P", "previous"),
    ("+", "add a minute"),
    ("M", "sound on or off"),
];

impl WorkshopAction {
    /// The action for a key pressed on the projector view, wherever focus is outside a text
    /// field. Space starts or pauses even on a focused button: after a click on "Next" focus
    /// stays there, and letting Space activate it would skip an activity instead of doing
    /// what the on-screen list promises. The page stops the browser's own use of the key.
    pub fn for_key(key: &str, muted: bool, now: f64) -> Option<WorkshopAction> {
        match key {
            " " => Some(WorkshopAction::Toggle(now)),
            "n" | "N" => Some(WorkshopAction::Next),
            "p" | "P" => Some(WorkshopAction::Previous),
            "+" | "=" => Some(WorkshopAction::AddMinute),
            "m" | "M" => Some(WorkshopAction::SetMuted(!muted)),
            _ => None,
        }
    }
}

impl Workshop {
    /// The phases of the current step.
    pub fn phases(&self) -> Vec<Phase> {
        self.plan
            .steps
            .get(self.step)
            .map(|s| s.activity.phases(s.minutes))
            .unwrap_or_default()
    }

    /// The session has moved on from where it starts: past the first activity or phase,
    /// the clock started, or a room role-play played.
    pub fn under_way(&self) -> bool {
        self.step > 0
            || self.phase > 0
            || self.timer.running()
            || self.timer.banked_ms > 0.0
            || !self.room.is_empty()
            || !self.rooms.is_empty()
    }

    /// Minutes of the plan still ahead, counting the current step in full.
    pub fn minutes_left(&self) -> u32 {
        self.plan.minutes_from(self.step)
    }

    /// Moves to `phase` of `step` with a fresh timer. A different step hides the model
    /// answer and puts the room role-play aside, to be found again on coming back; a
    /// `fresh` start (a new plan, or back to the beginning) forgets every room role-play.
    fn enter(&mut self, step: usize, phase: usize, fresh: bool) {
        if fresh {
            self.rooms = SortedMap::new();
            self.room.clear();
            self.seed = 0;
            self.revealed = false;
        } else if step != self.step {
            let left = RoomRun {
                answers: std::mem::take(&mut self.room),
                seed: self.seed,
            };
            if left != RoomRun::default() {
                self.rooms.insert(self.step, left);
            }
            let back = self.rooms.remove(&step).unwrap_or_default();
            (self.room, self.seed) = (back.answers, back.seed);
            self.revealed = false;
        }
        self.step = step;
        self.phase = phase;
        let seconds = self.phases().get(phase).map_or(0, |p| p.seconds);
        self.timer = Timer::new(seconds);
        self.cued = false;
    }

    /// The workshop after `action`.
    pub fn apply(&self, action: WorkshopAction) -> Workshop {
        let mut next = self.clone();
        match action {
            WorkshopAction::Edit(edit) => {
                let replaced = matches!(edit, PlanEdit::Replace(_));
                next.plan = self.plan.edit(edit);
                if next.plan != self.plan {
                    let step = if replaced {
                        0
                    } else {
                        self.step.min(next.plan.steps.len().saturating_sub(1))
                    };
                    next.enter(step, 0, true);
                }
            }
            WorkshopAction::Toggle(now) => {
                if next.timer.running() {
                    next.timer.pause(now);
                } else {
                    next.timer.start(now);
                }
            }
            WorkshopAction::Next => {
                if self.phase + 1 < self.phases().len() {
                    next.enter(self.step, self.phase + 1, false);
                } else if self.step + 1 < self.plan.steps.len() {
                    next.enter(self.step + 1, 0, false);
                }
            }
            WorkshopAction::Previous => {
                if self.phase > 0 {
                    next.enter(self.step, self.phase - 1, false);
                } else if self.step > 0 {
                    next.enter(self.step - 1, 0, false);
                } else {
                    next.enter(0, 0, false);
                }
            }
            WorkshopAction::AddMinute => {
                next.timer.add_minute();
                next.cued = false;
            }
            WorkshopAction::SetMuted(muted) => next.muted = muted,
            WorkshopAction::Cued => next.cued = true,
            WorkshopAction::RoomBegin(seed) => {
                if next.seed == 0 {
                    next.seed = seed.max(1);
                }
            }
            WorkshopAction::RoomAnswer(answer) => next.room.push(answer),
            WorkshopAction::RoomUndo => {
                next.room.pop();
            }
            WorkshopAction::Reveal => next.revealed = true,
            WorkshopAction::Restart => {
                next.enter(0, 0, true);
            }
        }
        next
    }
}

impl Record for Workshop {
    const KEY: &'static str = "rapport.workshop";
    const LABEL: &'static str = "workshop plan";
    const SCHEMA: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{decode, encode, Decoded};
    use crate::workshop::activity::Activity;

    #[test]
    fn walks_through_steps_and_triad_rounds() {
        let mut w = Workshop::default();
        assert_eq!(w.plan.total_minutes(), 45);
        assert_eq!(w.timer.remaining_seconds(0.0), 300);
        w = w.apply(WorkshopAction::Toggle(1_000.0));
        assert!(w.timer.running());
        w = w.apply(WorkshopAction::Toggle(61_000.0));
        assert_eq!(w.timer.remaining_seconds(99_000.0), 240);
        w = w.apply(WorkshopAction::Next).apply(WorkshopAction::Next);
        assert!(matches!(
            w.plan.steps[w.step].activity,
            Activity::Triad { .. }
        ));
        assert_eq!((w.phase, w.timer.remaining_seconds(0.0)), (0, 360));
        assert!(!w.timer.running(), "a new phase waits for the facilitator");
        w = w.apply(WorkshopAction::Next);
        assert_eq!((w.step, w.phase), (2, 1));
        w = w
            .apply(WorkshopAction::Previous)
            .apply(WorkshopAction::Previous);
        assert_eq!((w.step, w.phase), (1, 0));
        for _ in 0..20 {
            w = w.apply(WorkshopAction::Next);
        }
        assert_eq!(w.step, w.plan.steps.len() - 1, "stops at the last activity");
        assert_eq!(w.minutes_left(), 12);
        assert!(w.under_way());
        w = w.apply(WorkshopAction::Restart);
        assert_eq!((w.step, w.phase), (0, 0));
        assert!(!w.under_way(), "back at the start, nothing to lose");
        assert!(
            w.apply(WorkshopAction::Toggle(1.0)).under_way(),
            "the clock started"
        );
    }

    #[test]
    fn cue_plays_once_per_phase_and_again_after_an_added_minute() {
        let mut w = Workshop::default().apply(WorkshopAction::Cued);
        assert!(w.cued);
        w = w.apply(WorkshopAction::AddMinute);
        assert!(!w.cued);
        assert_eq!(w.timer.remaining_seconds(0.0), 360);
    }

    #[test]
    fn edits_keep_the_place_within_the_plan() {
        let mut w = Workshop::default();
        for _ in 0..3 {
            w = w.apply(WorkshopAction::Next);
        }
        w = w.apply(WorkshopAction::Edit(PlanEdit::Remove(3)));
        assert_eq!(w.step, 2);
        w = w.apply(WorkshopAction::Edit(PlanEdit::Replace(
            Plan::ready_made(90).unwrap(),
        )));
        assert_eq!((w.step, w.plan.total_minutes()), (0, 90));
        let room = w.apply(WorkshopAction::RoomAnswer(Answer::Choice(1)));
        assert_eq!(room.room.len(), 1);
        assert!(room.apply(WorkshopAction::Next).room.is_empty());
        assert_eq!(
            room.apply(WorkshopAction::Next)
                .apply(WorkshopAction::Previous)
                .room,
            room.room,
            "back on the activity, the room's run is where it was"
        );
    }

    #[test]
    fn keys_map_to_actions_and_space_starts_or_pauses_wherever_focus_is() {
        assert_eq!(
            WorkshopAction::for_key(" ", false, 7.0),
            Some(WorkshopAction::Toggle(7.0))
        );
        assert_eq!(
            WorkshopAction::for_key("N", false, 0.0),
            Some(WorkshopAction::Next)
        );
        assert_eq!(
            WorkshopAction::for_key("p", false, 0.0),
            Some(WorkshopAction::Previous)
        );
        assert_eq!(
            WorkshopAction::for_key("=", false, 0.0),
            Some(WorkshopAction::AddMinute)
        );
        assert_eq!(
            WorkshopAction::for_key("m", true, 0.0),
            Some(WorkshopAction::SetMuted(false))
        );
        assert_eq!(WorkshopAction::for_key("x", false, 0.0), None);
        assert_eq!(SHORTCUTS.len(), 5);
    }

    #[test]
    fn a_tampered_save_cannot_overflow_the_clock() {
        let mut w = Workshop::default();
        w.plan.steps[0].minutes = u32::MAX;
        w.plan.steps[1].minutes = u32::MAX;
        assert_eq!(w.plan.total_minutes(), u32::MAX);
        assert!(w.phases()[0].seconds > 0);
        assert_eq!(w.minutes_left(), u32::MAX);
    }

    #[test]
    fn round_trips_through_storage() {
        let w = Workshop::default().apply(WorkshopAction::Toggle(5.0));
        match decode::<Workshop>(&encode(&w).unwrap()) {
            Decoded::Current(read) => assert_eq!(read, w),
            other => panic!("{other:?}"),
        }
    }
}
