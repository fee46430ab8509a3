//! Spaced repetition for drills: a documented variant of SM-2 (Wozniak, 1990), chosen
//! over FSRS because the maintained FSRS crate brings chrono (and, in the browser,
//! js-sys) into this dependency-free core, and a few dozen drills reviewed by rating do
//! not need FSRS's model fitting. Times are Unix milliseconds supplied by the caller, so
//! scheduling is deterministic and testable.
//!
//! The variant, per rating:
//! - **again**: the drill comes back in 10 minutes; repetitions restart; ease −0.20;
//! - **hard**: interval × 1.2 (at least 1 day); ease −0.15;
//! - **good**: 1 day, then 3 days, then interval × ease;
//! - **easy**: as good, × 1.3, and ease +0.15.
//!
//! Ease starts at 2.5 and never drops below 1.3, with no ceiling (the intervals it
//! multiplies are capped at a year instead).

use serde::{Deserialize, Serialize};

const MINUTE: i64 = 60_000;
const DAY: i64 = 24 * 60 * MINUTE;
const START_EASE: f64 = 2.5;
const MIN_EASE: f64 = 1.3;
/// What an Easy rating adds to the ease, the only rating that raises it.
const EASY_STEP: f64 = 0.15;
const MAX_DAYS: f64 = 365.0;

/// Every ease a card can have. Only Easy raises it, by 0.15, and a card's ratings
/// are counted in a `u32`, so no ease above this top is reachable; anything from the floor
/// up to it is (a learner who rates a drill Easy often goes past 5 in a few weeks).
pub const EASES: std::ops::RangeInclusive<f64> =
    MIN_EASE..=START_EASE + EASY_STEP * u32::MAX as f64;

/// How the learner rated a drill after seeing the feedback and model answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Again,
    Hard,
    Good,
    Easy,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn label(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }

    /// What choosing it means, for the button's description.
    pub fn meaning(self) -> &'static str {
        match self {
            Rating::Again => "I missed it: show it again soon",
            Rating::Hard => "I got there with effort",
            Rating::Good => "I got it",
            Rating::Easy => "It came easily",
        }
    }
}

/// A drill's review state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Successful reviews in a row.
    pub reps: u32,
    pub interval_days: f64,
    pub ease: f64,
    /// When the drill is next due (Unix ms).
    pub due: i64,
    pub lapses: u32,
    /// When the learner first rated it (Unix ms).
    pub introduced: i64,
    /// How many times it has been rated, so the most recent of two copies can be told.
    #[serde(default)]
    pub reviews: u32,
}

impl Card {
    /// A card for a drill first rated at `now`.
    pub fn new(now: i64) -> Card {
        Card {
            reps: 0,
            interval_days: 0.0,
            ease: START_EASE,
            due: now,
            lapses: 0,
            introduced: now,
            reviews: 0,
        }
    }

    /// Whether the drill is due at `now`.
    pub fn is_due(&self, now: i64) -> bool {
        self.due <= now
    }

    /// The card after a review rated `rating` at `now`.
    pub fn review(&self, rating: Rating, now: i64) -> Card {
        let mut next = self.clone();
        next.reviews = next.reviews.saturating_add(1);
        match rating {
            Rating::Again => {
                next.reps = 0;
                next.lapses = next.lapses.saturating_add(1);
                next.ease -= 0.20;
                next.interval_days = 0.0;
                next.due = now + 10 * MINUTE;
            }
            Rating::Hard => {
                next.ease -= 0.15;
                next.interval_days = (self.interval_days * 1.2).max(1.0);
                next.reps = next.reps.saturating_add(1);
            }
            Rating::Good | Rating::Easy => {
                next.interval_days = match self.reps {
                    0 => 1.0,
                    1 => 3.0,
                    _ => self.interval_days * self.ease,
                };
                if rating == Rating::Easy {
                    next.interval_days *= 1.3;
                    next.ease += EASY_STEP;
                }
                next.reps += 1;
            }
        }
        next.ease = next.ease.max(MIN_EASE);
        if rating != Rating::Again {
            next.interval_days = next.interval_days.min(MAX_DAYS);
            next.due = now + (next.interval_days * DAY as f64).round() as i64;
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000_000;

    fn days(card: &Card, from: i64) -> f64 {
        (card.due - from) as f64 / DAY as f64
    }

    #[test]
    fn good_reviews_space_out() {
        let mut card = Card::new(NOW);
        let mut now = NOW;
        let mut gaps = Vec::new();
        for _ in 0..4 {
            card = card.review(Rating::Good, now);
            gaps.push(days(&card, now));
            now = card.due;
        }
        assert_eq!(gaps, [1.0, 3.0, 7.5, 18.75]);
    }

    #[test]
    fn again_brings_it_back_soon_and_lowers_ease() {
        let card = Card::new(NOW)
            .review(Rating::Good, NOW)
            .review(Rating::Again, NOW + DAY);
        assert_eq!(card.due, NOW + DAY + 10 * MINUTE);
        assert_eq!((card.reps, card.lapses), (0, 1));
        assert!((card.ease - 2.3).abs() < 1e-9);
    }

    #[test]
    fn ease_has_a_floor_and_intervals_a_ceiling() {
        let mut card = Card::new(NOW);
        for _ in 0..20 {
            card = card.review(Rating::Again, NOW);
        }
        assert_eq!(card.ease, MIN_EASE);
        let mut card = Card::new(NOW);
        for _ in 0..30 {
            card = card.review(Rating::Easy, NOW);
        }
        assert!(days(&card, NOW) <= MAX_DAYS);
    }

    #[test]
    fn every_ease_the_scheduler_sets_is_in_range() {
        let mut card = Card::new(NOW);
        let mut now = NOW;
        for i in 0..500 {
            let rating = if i % 7 == 3 {
                Rating::Again
            } else {
                Rating::Easy
            };
            card = card.review(rating, now);
            now += DAY;
            assert!(EASES.contains(&card.ease), "{}", card.ease);
        }
        assert!(card.ease > 50.0, "{}", card.ease);
    }

    #[test]
    fn hard_and_easy_bracket_good() {
        let base = Card::new(NOW)
            .review(Rating::Good, NOW)
            .review(Rating::Good, NOW);
        let hard = days(&base.review(Rating::Hard, NOW), NOW);
        let good = days(&base.review(Rating::Good, NOW), NOW);
        let easy = days(&base.review(Rating::Easy, NOW), NOW);
        assert!(hard < good && good < easy, "{hard} {good} {easy}");
    }
}
