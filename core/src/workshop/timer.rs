//! The phase timer, computed from timestamps rather than ticks, so a throttled background tab,
//! a sleeping laptop or a reload never makes it drift.

use serde::{Deserialize, Serialize};

/// A countdown. Times are milliseconds since the epoch, read by the app once per action.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timer {
    /// The phase's length, including added minutes.
    pub length_ms: f64,
    /// Time run before the current start.
    pub banked_ms: f64,
    /// When it was last started, while it runs.
    pub started_at: Option<f64>,
}

impl Timer {
    /// A stopped timer of `seconds`.
    pub fn new(seconds: u32) -> Timer {
        Timer {
            length_ms: f64::from(seconds) * 1000.0,
            ..Timer::default()
        }
    }

    pub fn running(&self) -> bool {
        self.started_at.is_some()
    }

    /// Time run so far; a clock that went backwards counts as no time.
    pub fn elapsed(&self, now: f64) -> f64 {
        self.banked_ms + self.started_at.map_or(0.0, |at| (now - at).max(0.0))
    }

    /// Whole seconds left (negative once overrun), rounded up so 0 shows only at the end.
    pub fn remaining_seconds(&self, now: f64) -> i64 {
        ((self.length_ms - self.elapsed(now)) / 1000.0).ceil() as i64
    }

    pub fn finished(&self, now: f64) -> bool {
        self.elapsed(now) >= self.length_ms
    }

    /// The phase is over (a timer of no length never is).
    pub fn up(&self, now: f64) -> bool {
        self.length_ms > 0.0 && self.finished(now)
    }

    /// Where the timer stands, in words for the screen.
    pub fn status(&self, now: f64) -> &'static str {
        if self.up(now) {
            "Time is up"
        } else if self.running() {
            "Running"
        } else if self.banked_ms > 0.0 {
            "Paused"
        } else {
            "Ready"
        }
    }

    /// The label of the start/pause button.
    pub fn toggle_label(&self) -> &'static str {
        if self.running() {
            "Pause"
        } else if self.banked_ms > 0.0 {
            "Resume"
        } else {
            "Start"
        }
    }

    pub fn start(&mut self, now: f64) {
        if self.started_at.is_none() {
            self.started_at = Some(now);
        }
    }

    pub fn pause(&mut self, now: f64) {
        self.banked_ms = self.elapsed(now);
        self.started_at = None;
    }

    pub fn add_minute(&mut self) {
        self.length_ms += 60_000.0;
    }
}

/// `m:ss`, with a minus sign once the phase has overrun.
pub fn display(seconds: i64) -> String {
    let sign = if seconds < 0 { "−" } else { "" };
    let s = seconds.unsigned_abs();
    format!("{sign}{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_from_timestamps_across_pauses() {
        let mut t = Timer::new(120);
        assert_eq!(t.remaining_seconds(5_000.0), 120);
        t.start(10_000.0);
        assert_eq!(t.remaining_seconds(10_500.0), 120, "rounded up");
        assert_eq!(t.remaining_seconds(40_000.0), 90);
        t.pause(40_000.0);
        assert!(!t.running());
        assert_eq!(
            t.remaining_seconds(1_000_000.0),
            90,
            "paused time does not count"
        );
        t.start(1_000_000.0);
        t.start(1_005_000.0);
        assert_eq!(
            t.remaining_seconds(1_010_000.0),
            80,
            "a second start is ignored"
        );
        t.add_minute();
        assert_eq!(t.remaining_seconds(1_010_000.0), 140);
        assert!(!t.finished(1_010_000.0));
        assert!(t.finished(1_150_000.0));
        assert_eq!(t.remaining_seconds(1_160_000.0), -10);
        assert_eq!(
            t.remaining_seconds(0.0),
            150,
            "a clock set back counts as no time"
        );
    }

    #[test]
    fn says_where_it_stands() {
        let mut t = Timer::new(60);
        assert_eq!((t.status(0.0), t.toggle_label()), ("Ready", "Start"));
        t.start(0.0);
        assert_eq!((t.status(1_000.0), t.toggle_label()), ("Running", "Pause"));
        t.pause(2_000.0);
        assert_eq!((t.status(9_000.0), t.toggle_label()), ("Paused", "Resume"));
        t.start(10_000.0);
        assert_eq!(t.status(70_000.0), "Time is up");
        assert!(!Timer::new(0).up(5.0), "an empty phase is never up");
    }

    #[test]
    fn displays_minutes_and_seconds() {
        assert_eq!(display(0), "0:00");
        assert_eq!(display(405), "6:45");
        assert_eq!(display(-7), "−0:07");
    }
}
