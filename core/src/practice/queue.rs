//! What to practise now: drills whose review is due, plus a few new ones a day, within the
//! learner's filters.

use crate::content::drill::{Drill, DrillKind};
use crate::content::Catalog;
use crate::progress::Progress;

/// New drills introduced per rolling day, so the queue grows gently.
pub const NEW_PER_DAY: usize = 5;
const DAY: i64 = 24 * 60 * 60 * 1000;

/// Which drills the learner wants; `None` means any. Kept with the settings (as
/// [`Filter::to_text`]), so the practice page opens as the learner left it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub theme: Option<String>,
    pub kind: Option<DrillKind>,
    pub difficulty: Option<u8>,
}

impl Filter {
    /// The filter as one short line, `theme kind difficulty` with `-` for any: stored as a
    /// string rather than through serde, whose code for it cost 2 KB of the first load.
    pub fn to_text(&self) -> String {
        let kind = self.kind.map(DrillKind::id);
        let difficulty = self.difficulty.map(|d| d.to_string());
        [self.theme.as_deref(), kind, difficulty.as_deref()]
            .map(|part| part.unwrap_or("-"))
            .join(" ")
    }

    /// The filter [`Filter::to_text`] wrote; any part it does not recognise means any.
    pub fn from_text(text: &str) -> Filter {
        let mut parts = text
            .split(' ')
            .map(|p| (p != "-" && !p.is_empty()).then_some(p));
        let (theme, kind, difficulty) = (
            parts.next().flatten(),
            parts.next().flatten(),
            parts.next().flatten(),
        );
        Filter {
            theme: theme
                .filter(|t| crate::themes::find(t).is_some())
                .map(str::to_owned),
            kind: kind.and_then(DrillKind::from_id),
            difficulty: difficulty.and_then(|d| d.parse().ok()),
        }
    }

    /// Whether `drill` passes the filter.
    pub fn fits(&self, drill: &Drill) -> bool {
        self.theme.as_ref().is_none_or(|t| drill.themes.contains(t))
            && self.kind.is_none_or(|k| drill.kind == k)
            && self.difficulty.is_none_or(|d| drill.difficulty == d)
    }
}

/// Where a drill stands for the learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    New,
    Due,
    /// Next due at this time (Unix ms).
    Later(i64),
}

/// The status of drill `id` at `now`.
pub fn status(progress: &Progress, id: &str, now: i64) -> Status {
    match progress.cards.get(id) {
        None => Status::New,
        Some(card) if card.is_due(now) => Status::Due,
        Some(card) => Status::Later(card.due),
    }
}

/// Today's practice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Today {
    /// Due reviews, most overdue first.
    pub due: Vec<String>,
    /// New drills to introduce now, easiest first.
    pub new: Vec<String>,
    /// When the next review falls due, if nothing is due now.
    pub next_due: Option<i64>,
    /// The next new drills past today's allowance, easiest first, so a learner who has
    /// done the day's new drills can go on ("practise more").
    pub more_new: Vec<String>,
    /// Once nothing is due and no new drill is left for today: the practised drills whose
    /// latest reply scored lowest, lowest first, for a review of the weakest.
    pub weakest: Vec<String>,
}

/// What "practise more" offers once today's queue is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum More {
    /// The next new drills past today's allowance.
    New,
    /// The practised drills that went worst last time.
    Weakest,
}

impl Today {
    /// Every drill of the session, reviews first.
    pub fn queue(&self) -> Vec<String> {
        self.due.iter().chain(&self.new).cloned().collect()
    }
}

/// What is due at `now` within `filter`.
pub fn today(library: &Catalog, progress: &Progress, filter: &Filter, now: i64) -> Today {
    let mut due: Vec<(i64, &Drill)> = Vec::new();
    let mut fresh: Vec<&Drill> = Vec::new();
    let mut waiting: Vec<&Drill> = Vec::new();
    let mut next_due: Option<i64> = None;
    for drill in library.drills().filter(|d| filter.fits(d)) {
        match progress.cards.get(&drill.id) {
            Some(card) if card.is_due(now) => due.push((card.due, drill)),
            Some(card) => {
                next_due = Some(next_due.map_or(card.due, |n| n.min(card.due)));
                waiting.push(drill);
            }
            None => fresh.push(drill),
        }
    }
    crate::order::sort_by_key(&mut due, |(at, _)| *at);
    crate::order::sort_by_key(&mut fresh, |d| d.difficulty);
    let introduced_today = progress
        .cards
        .values()
        .filter(|c| c.introduced > now - DAY)
        .count();
    let allowance = NEW_PER_DAY.saturating_sub(introduced_today);
    let ids = |drills: &[&Drill], skip: usize| -> Vec<String> {
        drills
            .iter()
            .skip(skip)
            .take(NEW_PER_DAY)
            .map(|d| d.id.clone())
            .collect()
    };
    let mut today = Today {
        due: due.into_iter().map(|(_, d)| d.id.clone()).collect(),
        new: ids(&fresh, 0).into_iter().take(allowance).collect(),
        next_due,
        more_new: ids(&fresh, allowance),
        weakest: Vec::new(),
    };
    // Only looked for when it is offered: it reads the whole history.
    if today.queue().is_empty() {
        let mut scored: Vec<(u8, &Drill)> = waiting
            .into_iter()
            .filter_map(|d| {
                let last = progress.attempts.iter().rev().find(|a| a.drill == d.id)?;
                Some((last.score, d))
            })
            .collect();
        crate::order::sort_by_key(&mut scored, |(score, _)| *score);
        today.weakest = scored
            .into_iter()
            .take(NEW_PER_DAY)
            .map(|(_, d)| d.id.clone())
            .collect();
    }
    today
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Catalog;
    use crate::schedule::{Card, Rating};

    #[test]
    fn a_filter_reads_back_from_its_text_and_odd_text_means_any() {
        let filter = Filter {
            theme: Some("empathy".into()),
            kind: Some(DrillKind::Summarise),
            difficulty: Some(3),
        };
        assert_eq!(filter.to_text(), "empathy summarise 3");
        assert_eq!(Filter::from_text(&filter.to_text()), filter);
        assert_eq!(Filter::default().to_text(), "- - -");
        assert_eq!(Filter::from_text("- - -"), Filter::default());
        assert_eq!(Filter::from_text(""), Filter::default());
        let odd = Filter::from_text("no-such-theme shout x extra");
        assert_eq!(odd, Filter::default());
        let partial = Filter::from_text("- paraphrase");
        assert_eq!(partial.kind, Some(DrillKind::Paraphrase));
        assert_eq!((partial.theme, partial.difficulty), (None, None));
    }

    const NOW: i64 = 1_800_000_000_000;

    #[test]
    fn a_new_learner_gets_five_easy_new_drills() {
        let t = today(
            &Catalog::default(),
            &Progress::default(),
            &Filter::default(),
            NOW,
        );
        assert!(t.due.is_empty());
        assert_eq!(t.new.len(), NEW_PER_DAY);
        let library = &Catalog::default();
        assert!(t
            .new
            .iter()
            .all(|id| library.drill(id).unwrap().difficulty == 1));
    }

    #[test]
    fn due_reviews_come_first_and_new_ones_are_rationed() {
        let library = &Catalog::default();
        let mut progress = Progress::default();
        let ids: Vec<String> = library.drills().take(3).map(|d| d.id.clone()).collect();
        for (i, id) in ids.iter().enumerate() {
            let card = Card::new(NOW - 3 * DAY).review(Rating::Good, NOW - 3 * DAY + i as i64);
            progress.cards.insert(id.clone(), card);
        }
        let t = today(library, &progress, &Filter::default(), NOW);
        assert_eq!(
            t.due, ids,
            "due a day after a good first review, oldest first"
        );
        assert_eq!(t.new.len(), NEW_PER_DAY);
        // Introduced today: only two more new drills allowed.
        for id in &ids {
            progress.cards.get_mut(id).unwrap().introduced = NOW - 1000;
        }
        assert_eq!(
            today(library, &progress, &Filter::default(), NOW).new.len(),
            NEW_PER_DAY - 3
        );
    }

    #[test]
    fn filters_narrow_everything() {
        let filter = Filter {
            theme: Some("cultural-differences".into()),
            kind: Some(DrillKind::Reflect),
            difficulty: None,
        };
        let library = &Catalog::default();
        let t = today(library, &Progress::default(), &filter, NOW);
        assert!(!t.new.is_empty());
        for id in t.queue() {
            assert!(filter.fits(library.drill(&id).unwrap()));
        }
    }

    #[test]
    fn status_follows_the_card() {
        let mut progress = Progress::default();
        assert_eq!(status(&progress, "x", NOW), Status::New);
        progress
            .cards
            .insert("x".into(), Card::new(NOW).review(Rating::Good, NOW));
        assert_eq!(status(&progress, "x", NOW), Status::Later(NOW + DAY));
        assert_eq!(status(&progress, "x", NOW + DAY), Status::Due);
    }
}
