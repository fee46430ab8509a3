//! A session plan: ordered activities with durations, its edits, and the ready-made plans.

use serde::{Deserialize, Serialize};

use super::activity::Activity;
use crate::content::Catalog;
use crate::words::plural;

/// One activity with its duration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub activity: Activity,
    pub minutes: u32,
}

/// A whole session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub title: String,
    pub steps: Vec<Step>,
}

/// Limits that keep a plan (and a shared link) sensible.
pub const MAX_STEPS: usize = 20;
pub const MINUTES: std::ops::RangeInclusive<u32> = 1..=60;
pub const MAX_TITLE: usize = 80;
/// The lengths of the ready-made plans.
pub const READY_MADE: [u32; 3] = [45, 60, 90];

/// A change to the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanEdit {
    SetTitle(String),
    Add(Activity),
    Remove(usize),
    /// Move the step at `from` one place up (`up`) or down.
    Move {
        from: usize,
        up: bool,
    },
    SetMinutes(usize, u32),
    SetExercise(usize, String),
    Replace(Plan),
}

impl Default for Plan {
    fn default() -> Self {
        Plan::ready_made(45).unwrap_or(Plan {
            title: String::new(),
            steps: Vec::new(),
        })
    }
}

fn step(activity: Activity, minutes: u32) -> Step {
    Step { activity, minutes }
}

fn drill(id: &str) -> Activity {
    Activity::DrillRound { drill: id.into() }
}

fn room(id: &str) -> Activity {
    Activity::RoomPlay {
        scenario: id.into(),
    }
}

fn triad(id: &str) -> Activity {
    Activity::Triad {
        scenario: Some(id.into()),
    }
}

impl Plan {
    /// The ready-made plan of `minutes` (45, 60 or 90).
    pub fn ready_made(minutes: u32) -> Option<Plan> {
        use Activity::{Break, Debrief, Opening};
        if !READY_MADE.contains(&minutes) {
            return None;
        }
        // Each longer plan adds to the shorter one: a room role-play at 60, a second half at 90.
        let mut steps = vec![step(Opening, 5), step(drill("async-silence"), 10)];
        if minutes >= 60 {
            steps.push(step(room("not-by-friday"), 15));
        }
        steps.push(step(triad("the-late-meeting"), 18));
        if minutes >= 90 {
            steps.extend([
                step(Break, 5),
                step(drill("interesting-means-no"), 10),
                step(room("after-the-layoffs"), 15),
            ]);
        }
        steps.push(step(Debrief, 12));
        Some(Plan {
            title: format!("Trust in remote work: {minutes}-minute session"),
            steps,
        })
    }

    /// The planned length in minutes.
    pub fn total_minutes(&self) -> u32 {
        self.minutes_from(0)
    }

    /// How many activities, counted in words: "1 activity", "4 activities".
    pub fn activities(&self) -> String {
        plural(self.steps.len(), "activity", "activities")
    }

    /// The plan's size in one line: "4 activities, 45 minutes in total" (and "1 activity,
    /// 1 minute in total" for a plan that small).
    pub fn summary(&self) -> String {
        format!(
            "{}, {} in total",
            self.activities(),
            plural(self.total_minutes() as usize, "minute", "minutes")
        )
    }

    /// Minutes from step `first` to the end; saturating, so a save edited by hand cannot overflow.
    pub fn minutes_from(&self, first: usize) -> u32 {
        self.steps
            .iter()
            .skip(first)
            .fold(0u32, |total, s| total.saturating_add(s.minutes))
    }

    /// Whether the plan holds someone's work: it is neither a ready-made plan as it comes
    /// (the one a first visit starts with, or one picked and left alone) nor empty. Replacing
    /// such a plan loses nothing, so only an edited one is worth a question first.
    pub fn edited(&self) -> bool {
        let empty = self.steps.is_empty() && self.title.trim().is_empty();
        !empty
            && !READY_MADE
                .iter()
                .any(|m| Plan::ready_made(*m).as_ref() == Some(self))
    }

    /// What each step is called where its name must stand alone, as in a button's label:
    /// its title, with its place in the plan when another step has the same title.
    pub fn step_names(&self, content: &Catalog) -> Vec<String> {
        let titles: Vec<String> = self
            .steps
            .iter()
            .map(|s| s.activity.title(content))
            .collect();
        titles
            .iter()
            .enumerate()
            .map(|(at, title)| {
                if titles.iter().filter(|t| *t == title).count() > 1 {
                    format!("{title}, activity {}", at + 1)
                } else {
                    title.clone()
                }
            })
            .collect()
    }

    /// The plan after `edit`; edits that make no sense leave it as it is.
    pub fn edit(&self, edit: PlanEdit) -> Plan {
        let mut plan = self.clone();
        match edit {
            PlanEdit::SetTitle(title) => plan.title = title.chars().take(MAX_TITLE).collect(),
            PlanEdit::Add(activity) if plan.steps.len() < MAX_STEPS => {
                let minutes = match activity {
                    Activity::Triad { .. } => 18,
                    Activity::RoomPlay { .. } => 15,
                    Activity::DrillRound { .. } | Activity::Debrief => 10,
                    _ => 5,
                };
                plan.steps.push(step(activity, minutes));
            }
            PlanEdit::Remove(at) if at < plan.steps.len() => {
                plan.steps.remove(at);
            }
            PlanEdit::Move { from, up } => {
                let to = if up {
                    from.checked_sub(1)
                } else {
                    Some(from + 1)
                };
                if let Some(to) = to.filter(|to| *to < plan.steps.len() && from < plan.steps.len())
                {
                    plan.steps.swap(from, to);
                }
            }
            PlanEdit::SetMinutes(at, minutes) => {
                if let Some(s) = plan.steps.get_mut(at) {
                    s.minutes = minutes.clamp(*MINUTES.start(), *MINUTES.end());
                }
            }
            PlanEdit::SetExercise(at, id) => {
                if let Some(s) = plan.steps.get_mut(at) {
                    s.activity = s.activity.with_exercise(&id);
                }
            }
            PlanEdit::Replace(new) => plan = new,
            _ => {}
        }
        plan
    }
}

/// The minutes a minutes field's `text` gives a step that has `current`: the number, kept
/// within [`MINUTES`], or `current` when the field was emptied or holds no number. The field
/// is then set to this, so that it always shows what the total counts.
pub fn minutes_from_field(text: &str, current: u32) -> u32 {
    match text.trim().parse::<u64>() {
        Ok(n) => u32::try_from(n)
            .unwrap_or(u32::MAX)
            .clamp(*MINUTES.start(), *MINUTES.end()),
        Err(_) => current,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_in_words_that_fit_the_number() {
        let mut plan = Plan::ready_made(45).unwrap();
        assert_eq!(plan.summary(), "4 activities, 45 minutes in total");
        plan.steps.truncate(1);
        plan.steps[0].minutes = 1;
        assert_eq!(plan.summary(), "1 activity, 1 minute in total");
        assert_eq!(plan.activities(), "1 activity");
        plan.steps.clear();
        assert_eq!(plan.summary(), "0 activities, 0 minutes in total");
    }

    #[test]
    fn ready_made_plans_last_what_they_say_and_use_real_content() {
        for minutes in READY_MADE {
            let plan = Plan::ready_made(minutes).unwrap();
            assert_eq!(plan.total_minutes(), minutes);
            for s in &plan.steps {
                assert_eq!(
                    s.activity.problem(&crate::content::Catalog::default()),
                    None,
                    "{:?}",
                    s.activity
                );
                assert!(MINUTES.contains(&s.minutes));
            }
        }
        assert_eq!(Plan::ready_made(30), None);
    }

    #[test]
    fn edits_stay_within_bounds() {
        let plan = Plan::ready_made(45).unwrap();
        let moved = plan.edit(PlanEdit::Move { from: 1, up: true });
        assert_eq!(moved.steps[0], plan.steps[1]);
        assert_eq!(plan.edit(PlanEdit::Move { from: 0, up: true }), plan);
        assert_eq!(plan.edit(PlanEdit::Move { from: 3, up: false }), plan);
        assert_eq!(plan.edit(PlanEdit::Remove(9)), plan);
        assert_eq!(plan.edit(PlanEdit::SetMinutes(0, 500)).steps[0].minutes, 60);
        assert_eq!(plan.edit(PlanEdit::SetMinutes(0, 0)).steps[0].minutes, 1);
        let added = plan.edit(PlanEdit::Add(Activity::Break));
        assert_eq!(added.total_minutes(), 50);
        let mut full = plan.clone();
        for _ in 0..40 {
            full = full.edit(PlanEdit::Add(Activity::Break));
        }
        assert_eq!(full.steps.len(), MAX_STEPS);
        let titled = plan.edit(PlanEdit::SetTitle("x".repeat(200)));
        assert_eq!(titled.title.chars().count(), MAX_TITLE);
        let changed = plan.edit(PlanEdit::SetExercise(1, "the-ten-pm-ping".into()));
        assert_eq!(
            changed.steps[1].activity.exercise(),
            Some("the-ten-pm-ping")
        );
    }

    #[test]
    fn only_a_plan_someone_made_or_changed_counts_as_edited() {
        assert!(!Plan::default().edited());
        for minutes in READY_MADE {
            assert!(!Plan::ready_made(minutes).unwrap().edited());
        }
        let plan = Plan::default();
        assert!(plan.edit(PlanEdit::SetTitle("Team North".into())).edited());
        assert!(plan.edit(PlanEdit::SetMinutes(0, 6)).edited());
        assert!(plan.edit(PlanEdit::Remove(0)).edited());
        assert!(plan.edit(PlanEdit::Move { from: 0, up: false }).edited());
        // Changed and changed back is the ready-made plan again.
        let back = plan
            .edit(PlanEdit::SetMinutes(0, 6))
            .edit(PlanEdit::SetMinutes(0, 5));
        assert!(!back.edited());
        let empty = Plan {
            title: " ".into(),
            steps: Vec::new(),
        };
        assert!(!empty.edited());
        let scratch = Plan {
            title: String::new(),
            steps: vec![step(Activity::Break, 5)],
        };
        assert!(scratch.edited());
    }

    #[test]
    fn steps_are_named_by_their_title_and_told_apart_by_place_when_titles_repeat() {
        let content = Catalog::default();
        let plan = Plan::ready_made(45).unwrap();
        let names = plan.step_names(&content);
        assert_eq!(names[0], "Opening check-in");
        assert!(names[2].starts_with("Listening triads: "), "{}", names[2]);
        let breaks = plan
            .edit(PlanEdit::Add(Activity::Break))
            .edit(PlanEdit::Add(Activity::Break));
        let names = breaks.step_names(&content);
        assert_eq!(names[4], "Break, activity 5");
        assert_eq!(names[5], "Break, activity 6");
        assert_eq!(names[0], "Opening check-in");
    }

    #[test]
    fn a_minutes_field_gives_what_the_plan_will_count() {
        assert_eq!(minutes_from_field("12", 5), 12);
        assert_eq!(minutes_from_field(" 7 ", 5), 7);
        assert_eq!(minutes_from_field("", 5), 5);
        assert_eq!(minutes_from_field("abc", 5), 5);
        assert_eq!(minutes_from_field("0", 5), 1);
        assert_eq!(minutes_from_field("-3", 5), 5);
        assert_eq!(minutes_from_field("500", 5), 60);
        assert_eq!(minutes_from_field("99999999999", 5), 60);
        assert_eq!(minutes_from_field("2.5", 5), 5);
    }
}
