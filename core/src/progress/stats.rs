//! What the learner's history says: streak, skills drawn from the coach's flags, mastery
//! per theme, scores over time, roadblocks per week, what is due next, and search. Local
//! days are computed in the learner's time zone, each time with its own offset.

use crate::coach::Roadblock;
use crate::content::drill::Drill;
use crate::content::Catalog;
use crate::themes::{Theme, THEMES};

use super::{Attempt, Progress};
use crate::when::{local_day as day, Zone};
use crate::words::plural;

const DAY: i64 = 24 * 60 * 60 * 1000;

/// Consecutive local days with practice, ending today (or yesterday, if today has none yet).
pub fn streak(progress: &Progress, now: i64, zone: &dyn Zone) -> usize {
    let mut days: Vec<i64> = progress.attempts.iter().map(|a| day(a.at, zone)).collect();
    crate::order::sort(&mut days);
    days.dedup();
    let today = day(now, zone);
    let mut expected = match days.last() {
        Some(&last) if last == today || last == today - 1 => last,
        _ => return 0,
    };
    let mut count = 0;
    for d in days.iter().rev() {
        if *d == expected {
            count += 1;
            expected -= 1;
        } else {
            break;
        }
    }
    count
}

/// One listening skill and how often recent replies showed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    pub name: &'static str,
    pub explanation: &'static str,
    /// Recent replies that showed it.
    pub shown: usize,
    pub out_of: usize,
}

impl Skill {
    /// The figure in words: "3 of 10 replies without reassurance", and "0 of 1 reply …"
    /// after a first reply.
    pub fn figure(&self) -> String {
        let rest = self
            .explanation
            .strip_prefix("replies ")
            .unwrap_or(self.explanation);
        format!(
            "{} of {} {rest}",
            self.shown,
            plural(self.out_of, "reply", "replies")
        )
    }

    /// Percentage, 0–100.
    pub fn percent(&self) -> u8 {
        (self.shown * 100).checked_div(self.out_of).unwrap_or(0) as u8
    }
}

type Test = fn(&Attempt) -> bool;

const SKILLS: &[(&str, &str, Test)] = &[
    (
        "Naming feelings",
        "replies that named what the colleague seemed to feel",
        |a| a.feeling,
    ),
    (
        "Capturing the point",
        "replies the coach read as a reflection",
        |a| a.reflection && !a.parroting,
    ),
    (
        "Checking understanding",
        "replies that ended with a check such as \u{201c}is that right?\u{201d}",
        |a| a.checked,
    ),
    (
        "Holding back advice",
        "replies without advice or orders",
        |a| {
            !a.roadblocks
                .iter()
                .any(|r| matches!(r, Roadblock::Advising | Roadblock::Ordering))
        },
    ),
    (
        "Holding back reassurance",
        "replies without reassurance",
        |a| !a.roadblocks.contains(&Roadblock::Reassuring),
    ),
    (
        "Keeping the focus on them",
        "replies without questioning, interpreting or talking about yourself",
        |a| {
            !a.roadblocks.iter().any(|r| {
                matches!(
                    r,
                    Roadblock::Probing | Roadblock::Interpreting | Roadblock::Diverting
                )
            })
        },
    ),
];

/// The skills over the last `recent` replies.
pub fn skills(progress: &Progress, recent: usize) -> Vec<Skill> {
    let window: Vec<&Attempt> = progress.attempts.iter().rev().take(recent).collect();
    SKILLS
        .iter()
        .map(|(name, explanation, test)| Skill {
            name,
            explanation,
            shown: window.iter().filter(|a| test(a)).count(),
            out_of: window.len(),
        })
        .collect()
}

/// A theme and how the learner's recent replies on its drills scored.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeScore {
    pub theme: &'static Theme,
    pub attempts: usize,
    /// Average of the last ten scores on the theme's drills.
    pub average: u8,
}

/// Mastery per theme, for themes with at least one attempt.
pub fn themes(progress: &Progress, library: &Catalog) -> Vec<ThemeScore> {
    THEMES
        .iter()
        .filter_map(|theme| {
            let on_theme: Vec<&Attempt> = progress
                .attempts
                .iter()
                .filter(|a| {
                    library
                        .drill(&a.drill)
                        .is_some_and(|d| d.themes.iter().any(|t| t == theme.id))
                })
                .collect();
            if on_theme.is_empty() {
                return None;
            }
            let recent: Vec<u32> = on_theme
                .iter()
                .rev()
                .take(10)
                .map(|a| u32::from(a.score))
                .collect();
            Some(ThemeScore {
                theme,
                attempts: on_theme.len(),
                average: (recent.iter().sum::<u32>() / recent.len() as u32) as u8,
            })
        })
        .collect()
}

/// Roadblocks caught in one local week (Monday to Sunday).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    /// Unix ms of the week's Monday, local midnight.
    pub start: i64,
    pub attempts: usize,
    pub roadblocks: usize,
}

impl Week {
    /// The week in words, for the chart's table: "1 roadblock in 3 replies", "No replies".
    pub fn words(&self) -> String {
        match self.attempts {
            0 => "No replies".to_owned(),
            n => format!(
                "{} in {}",
                plural(self.roadblocks, "roadblock", "roadblocks"),
                plural(n, "reply", "replies")
            ),
        }
    }
}

/// The last `count` weeks up to `now`, oldest first, including empty ones.
pub fn weeks(progress: &Progress, now: i64, zone: &dyn Zone, count: usize) -> Vec<Week> {
    let monday = |at: i64| {
        let d = day(at, zone);
        d - (d + 3).rem_euclid(7)
    };
    let this_week = monday(now);
    (0..count as i64)
        .rev()
        .map(|back| {
            let first = this_week - 7 * back;
            let in_week: Vec<&Attempt> = progress
                .attempts
                .iter()
                .filter(|a| monday(a.at) == first)
                .collect();
            Week {
                start: first * DAY - i64::from(zone.offset_minutes(first * DAY)) * 60_000,
                attempts: in_week.len(),
                roadblocks: in_week.iter().map(|a| a.roadblocks.len()).sum(),
            }
        })
        .collect()
}

/// The next `count` drills by due time, soonest first.
pub fn due_next<'a>(
    progress: &Progress,
    library: &'a Catalog,
    count: usize,
) -> Vec<(&'a Drill, i64)> {
    let mut due: Vec<(&Drill, i64)> = progress
        .cards
        .iter()
        .filter_map(|(id, card)| library.drill(id).map(|d| (d, card.due)))
        .collect();
    crate::order::sort_by_key(&mut due, |(_, at)| *at);
    due.truncate(count);
    due
}

/// Attempts whose reply or drill title contains `query` (any case), newest first.
pub fn search<'a>(progress: &'a Progress, library: &Catalog, query: &str) -> Vec<&'a Attempt> {
    let query = query.trim().to_lowercase();
    progress
        .attempts
        .iter()
        .rev()
        .filter(|a| {
            query.is_empty()
                || a.response.to_lowercase().contains(&query)
                || library
                    .drill(&a.drill)
                    .is_some_and(|d| d.title.to_lowercase().contains(&query))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Catalog;
    use crate::when::Fixed;

    #[test]
    fn a_skill_in_words_counts_in_the_right_number() {
        let skill = |shown, out_of| Skill {
            name: "Holding back reassurance",
            explanation: "replies without reassurance",
            shown,
            out_of,
        };
        assert_eq!(skill(0, 1).figure(), "0 of 1 reply without reassurance");
        assert_eq!(skill(1, 1).figure(), "1 of 1 reply without reassurance");
        assert_eq!(skill(3, 10).figure(), "3 of 10 replies without reassurance");
        for (_, explanation, _) in SKILLS {
            assert!(explanation.starts_with("replies "), "{explanation}");
        }
    }

    #[test]
    fn a_week_in_words_counts_in_the_right_number() {
        let week = |attempts, roadblocks| Week {
            start: 0,
            attempts,
            roadblocks,
        };
        assert_eq!(week(0, 0).words(), "No replies");
        assert_eq!(week(1, 1).words(), "1 roadblock in 1 reply");
        assert_eq!(week(3, 0).words(), "0 roadblocks in 3 replies");
        assert_eq!(week(5, 2).words(), "2 roadblocks in 5 replies");
    }

    /// Central Europe around the spring change: one hour east of UTC until `change`, two after.
    struct Spring {
        change: i64,
    }

    impl Zone for Spring {
        fn offset_minutes(&self, at: i64) -> i32 {
            if at < self.change {
                60
            } else {
                120
            }
        }
    }

    #[test]
    fn each_time_keeps_its_own_offset_across_a_daylight_saving_change() {
        // Sunday 2023-03-26 01:00 UTC the clocks went forward. A reply at 23:30 local on
        // Saturday (22:30 UTC) and one at noon local on Sunday make a two-day streak; read
        // with Sunday's offset, the Saturday reply would land on Sunday, 00:30.
        let change = 1_679_792_400_000;
        let zone = Spring { change };
        let saturday_late = change - 150 * 60_000;
        let sunday_noon = change + 9 * 3_600_000;
        let p = Progress {
            attempts: vec![
                attempt(saturday_late, vec![], false),
                attempt(sunday_noon, vec![], false),
            ],
            ..Progress::default()
        };
        assert_eq!(streak(&p, sunday_noon + 60_000, &zone), 2);
        assert_eq!(
            streak(&p, sunday_noon + 60_000, &Fixed(120)),
            1,
            "today's offset for every time gets it wrong"
        );
        assert_eq!(crate::when::date(saturday_late, &zone), "2023-03-25");
    }

    const MONDAY_NOON: i64 = 1_700_481_600_000; // 2023-11-20 12:00 UTC, a Monday

    fn attempt(at: i64, roadblocks: Vec<Roadblock>, feeling: bool) -> Attempt {
        Attempt {
            id: format!("{at:x}-pinged-at-ten"),
            drill: "pinged-at-ten".into(),
            at,
            response: "It sounds exhausting".into(),
            score: if roadblocks.is_empty() { 80 } else { 20 },
            reflection: roadblocks.is_empty(),
            feeling,
            question: false,
            parroting: false,
            checked: false,
            roadblocks,
            rating: None,
        }
    }

    #[test]
    fn streaks_count_consecutive_local_days() {
        let mut p = Progress::default();
        for back in [0, 1, 2, 4] {
            p.attempts
                .push(attempt(MONDAY_NOON - back * DAY, vec![], true));
        }
        p.attempts.sort_by_key(|a| a.at);
        assert_eq!(streak(&p, MONDAY_NOON, &Fixed(0)), 3);
        assert_eq!(
            streak(&p, MONDAY_NOON + DAY, &Fixed(0)),
            3,
            "yesterday still counts"
        );
        assert_eq!(streak(&p, MONDAY_NOON + 2 * DAY, &Fixed(0)), 0);
        // 12:00 UTC is already the next day at UTC+13.
        assert_eq!(streak(&p, MONDAY_NOON + 12 * 3_600_000, &Fixed(13 * 60)), 3);
    }

    #[test]
    fn skills_read_the_coach_flags() {
        let mut p = Progress::default();
        p.attempts
            .push(attempt(1, vec![Roadblock::Advising], false));
        p.attempts.push(attempt(2, vec![], true));
        let s = skills(&p, 20);
        assert_eq!(s[0].name, "Naming feelings");
        assert_eq!((s[0].shown, s[0].out_of, s[0].percent()), (1, 2, 50));
        assert_eq!(s[3].shown, 1, "one reply gave advice");
    }

    #[test]
    fn weeks_group_roadblocks_from_monday() {
        let mut p = Progress::default();
        p.attempts.push(attempt(
            MONDAY_NOON - 8 * DAY,
            vec![Roadblock::Advising, Roadblock::Probing],
            false,
        ));
        p.attempts
            .push(attempt(MONDAY_NOON, vec![Roadblock::Reassuring], false));
        p.attempts
            .push(attempt(MONDAY_NOON + 6 * DAY, vec![], true));
        let w = weeks(&p, MONDAY_NOON + 6 * DAY, &Fixed(0), 3);
        let counts: Vec<(usize, usize)> = w.iter().map(|w| (w.attempts, w.roadblocks)).collect();
        assert_eq!(
            counts,
            [(1, 2), (0, 0), (2, 1)],
            "a Sunday belongs to the week of the Monday before"
        );
        assert_eq!(w[2].start, MONDAY_NOON - 12 * 3_600_000);
    }

    #[test]
    fn themes_due_and_search_use_the_library() {
        let mut p = Progress::default();
        p.attempts.push(attempt(1, vec![], true));
        let t = themes(&p, &Catalog::default());
        assert!(t
            .iter()
            .any(|t| t.theme.id == "expectations-boundaries" && t.average == 80));
        p.cards
            .insert("pinged-at-ten".into(), crate::schedule::Card::new(5));
        assert_eq!(
            due_next(&p, &Catalog::default(), 3)[0].0.id,
            "pinged-at-ten"
        );
        assert_eq!(search(&p, &Catalog::default(), "EXHAUST").len(), 1);
        assert_eq!(
            search(&p, &Catalog::default(), "never off").len(),
            1,
            "by drill title"
        );
        assert_eq!(search(&p, &Catalog::default(), "zebra").len(), 0);
    }
}
