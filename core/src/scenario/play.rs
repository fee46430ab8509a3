//! The learner's role-play progress and its reducer: the current (or last) run of each
//! scenario as the answers given, the endings found, and private notes from the debrief.
//! Persisted as one record; everything else is derived by replaying the answers.

use crate::marks::Marks;
use crate::sorted::{SortedMap, SortedSet};

use serde::{Deserialize, Serialize};

use super::engine::{Answer, State};
use super::model::Scenario;
use super::restarts::Restarts;
use crate::content::Catalog;
use crate::practice::MAX_REPLY;
use crate::storage::Record;

/// The longest private note kept, in characters.
pub const MAX_NOTE: usize = 10_000;

/// Role-play progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plays {
    /// The answers of the current or last run, by scenario id.
    pub runs: SortedMap<String, Vec<Answer>>,
    /// Ending beat ids reached, by scenario id.
    pub endings: SortedMap<String, SortedSet<String>>,
    /// Private debrief notes, by scenario id.
    pub notes: SortedMap<String, String>,
    /// The seed that orders the choices of the current run, by scenario id, so a resumed
    /// run shows them as it did and a fresh run shows them anew.
    #[serde(skip_serializing_if = "SortedMap::is_empty")]
    pub orders: SortedMap<String, u32>,
    /// A free-text reply being written, by scenario id, so a reload or a rewind keeps it.
    #[serde(skip_serializing_if = "SortedMap::is_empty")]
    pub drafts: SortedMap<String, Draft>,
    /// How many times all progress was cleared, so that other tabs follow a clear.
    #[serde(skip_serializing_if = "is_zero")]
    pub clears: u32,
    /// Role-plays whose progress was forgotten (their pack removed with it), so that another
    /// tab's copy is dropped too; and those played again since, kept again.
    #[serde(skip_serializing_if = "Marks::is_empty")]
    pub forgotten: Marks,
    /// How often each role-play's run was started afresh, so that another tab still
    /// holding the run from before takes the fresh one instead of bringing the old back.
    #[serde(skip_serializing_if = "Restarts::is_empty")]
    pub restarts: Restarts,
}

/// A free-text reply not yet said, and the beat it answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub beat: String,
    pub text: String,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Record for Plays {
    const KEY: &'static str = "rapport.roleplays";
    const LABEL: &'static str = "role-play progress";
    const SCHEMA: u32 = 1;

    fn damage(&self) -> Option<String> {
        use crate::bounded::{damage, left_out, malformed};
        damage([
            left_out(self.forgotten.trimmed(), "records of forgotten role-plays"),
            left_out(self.restarts.trimmed(), "counts of restarted role-plays"),
            malformed(
                self.forgotten.malformed(),
                "the list of forgotten role-plays",
            ),
            malformed(
                self.restarts.malformed(),
                "the counts of restarted role-plays",
            ),
        ])
    }
}

/// Where the learner stands with a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    NotStarted,
    InProgress,
    /// Endings found, of how many.
    Found(usize, usize),
}

impl Standing {
    pub fn words(self) -> String {
        match self {
            Standing::NotStarted => "Not started".to_owned(),
            Standing::InProgress => "In progress".to_owned(),
            Standing::Found(n, m) => format!("Endings found: {n} of {m}"),
        }
    }
}

/// What the learner can do in a role-play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlayAction {
    /// The role-play is on screen: a run without a seed gets `seed` to order its choices.
    Begin {
        scenario: String,
        seed: u32,
    },
    Answer {
        scenario: String,
        answer: Answer,
    },
    /// The free-text reply being written changed.
    Draft {
        scenario: String,
        text: String,
    },
    Rewind {
        scenario: String,
    },
    /// A fresh run, its choices ordered by a new `seed`.
    Restart {
        scenario: String,
        seed: u32,
    },
    Note {
        scenario: String,
        text: String,
    },
}

impl PlayAction {
    /// The role-play it acts on.
    pub fn scenario(&self) -> &str {
        match self {
            PlayAction::Begin { scenario, .. }
            | PlayAction::Answer { scenario, .. }
            | PlayAction::Draft { scenario, .. }
            | PlayAction::Rewind { scenario }
            | PlayAction::Restart { scenario, .. }
            | PlayAction::Note { scenario, .. } => scenario,
        }
    }
}

impl Plays {
    /// The run of `scenario`, replayed; answers that no longer fit the content are dropped.
    pub fn state(&self, scenario: &Scenario) -> State {
        let answers = self
            .runs
            .get(&scenario.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        match State::replay(scenario, answers) {
            Ok(state) => state,
            Err((state, _)) => state,
        }
    }

    /// The choices on screen in `state` of `scenario`, in the order this run shows them.
    pub fn choices<'a>(
        &self,
        scenario: &'a Scenario,
        state: &State,
    ) -> Vec<(usize, &'a super::model::Choice)> {
        let seed = self.orders.get(&scenario.id).copied().unwrap_or(0);
        state.choices_in_order(scenario, seed)
    }

    /// The reply being written at the beat `state` of `scenario` is on ("" when none).
    pub fn draft(&self, scenario: &Scenario, state: &State) -> &str {
        self.drafts
            .get(&scenario.id)
            .filter(|d| d.beat == state.beat)
            .map_or("", |d| d.text.as_str())
    }

    /// How far the learner has got with `scenario`.
    pub fn standing(&self, scenario: &Scenario) -> Standing {
        let found = self.endings.get(&scenario.id).map_or(0, SortedSet::len);
        let started = self.runs.get(&scenario.id).is_some_and(|a| !a.is_empty());
        let ended = started && self.state(scenario).ended(scenario);
        match (found, started && !ended) {
            (0, false) => Standing::NotStarted,
            (0, true) => Standing::InProgress,
            (n, _) => Standing::Found(n, scenario.endings().count()),
        }
    }

    /// The progress after `action`, or `None` when it changes nothing. A role-play played
    /// again after its progress was forgotten is kept again.
    pub fn apply(&self, action: PlayAction, scenarios: &Catalog) -> Option<Plays> {
        let scenario = action.scenario().to_owned();
        let mut next = self.step(action, scenarios)?;
        next.forgotten.bring_back([scenario.as_str()]);
        Some(next)
    }

    fn step(&self, action: PlayAction, scenarios: &Catalog) -> Option<Plays> {
        let find = |id: &str| scenarios.scenario(id);
        let mut next = self.clone();
        match action {
            PlayAction::Begin { scenario, seed } => {
                find(&scenario)?;
                if !next.orders.contains_key(&scenario) {
                    next.orders.insert(scenario, seed);
                }
            }
            PlayAction::Answer { scenario, answer } => {
                let s = find(&scenario)?;
                let answer = match answer {
                    Answer::Reply(text) => Answer::Reply(text.chars().take(MAX_REPLY).collect()),
                    choice => choice,
                };
                let state = self.state(s).step(s, answer).ok()?;
                next.runs.insert(scenario.clone(), state.answers());
                next.drafts.remove(&scenario);
                if state.ended(s) {
                    next.endings.get_or_default(scenario).insert(state.beat);
                }
            }
            PlayAction::Draft { scenario, text } => {
                let s = find(&scenario)?;
                let beat = self.state(s).beat;
                let text: String = text.chars().take(MAX_REPLY).collect();
                if text.trim().is_empty() {
                    next.drafts.remove(&scenario);
                } else {
                    next.drafts.insert(scenario, Draft { beat, text });
                }
            }
            PlayAction::Rewind { scenario } => {
                let s = find(&scenario)?;
                let mut state = self.state(s);
                let turn = state.turns.pop()?;
                // The reply taken back is there to edit, as a drill's "Edit and check again".
                if let Answer::Reply(text) = turn.answer {
                    next.drafts.insert(
                        scenario.clone(),
                        Draft {
                            beat: turn.beat,
                            text,
                        },
                    );
                }
                next.runs.insert(scenario, state.answers());
            }
            PlayAction::Restart { scenario, seed } => {
                next.runs.remove(&scenario)?;
                next.drafts.remove(&scenario);
                next.restarts.bump([scenario.as_str()]);
                next.orders.insert(scenario, seed);
            }
            PlayAction::Note { scenario, text } => {
                find(&scenario)?;
                next.notes
                    .insert(scenario, text.chars().take(MAX_NOTE).collect());
            }
        }
        (next != *self).then_some(next)
    }
}

impl Plays {
    /// Forgets the runs, endings and notes of the role-plays `ids`, remembering them so that
    /// other tabs forget them too; whether anything changed.
    pub fn forget(&mut self, ids: &[String]) -> bool {
        let before = self.clone();
        // A run played after this is a fresh one, later than any another tab still holds.
        let played = ids.iter().filter(|id| self.runs.contains_key(*id));
        self.restarts.bump(played.map(String::as_str));
        self.runs.retain(|id, _| !ids.contains(id));
        self.endings.retain(|id, _| !ids.contains(id));
        self.notes.retain(|id, _| !ids.contains(id));
        self.orders.retain(|id, _| !ids.contains(id));
        self.drafts.retain(|id, _| !ids.contains(id));
        self.forgotten.delete_all(ids.iter().map(String::as_str));
        *self != before
    }

    /// Drops what this holds of role-plays forgotten; how many runs, notes and sets of
    /// endings went.
    fn drop_forgotten(&mut self) -> usize {
        let before = self.runs.len() + self.notes.len() + self.endings.len();
        let forgotten = &self.forgotten;
        self.runs.retain(|id, _| !forgotten.is_gone(id));
        self.notes.retain(|id, _| !forgotten.is_gone(id));
        self.endings.retain(|id, _| !forgotten.is_gone(id));
        self.orders.retain(|id, _| !forgotten.is_gone(id));
        self.drafts.retain(|id, _| !forgotten.is_gone(id));
        before - (self.runs.len() + self.notes.len() + self.endings.len())
    }
}

/// What merging another role-play progress into this one did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlaysMerged {
    pub endings_added: usize,
    pub notes_added: usize,
    pub runs_added: usize,
    /// Runs replaced here by another tab's fresh start of the role-play (or its run since).
    pub runs_restarted: usize,
    /// Runs, notes and sets of endings removed here because another tab forgot them.
    pub removed: usize,
    /// The other's save lacks something this has (a later clear, a forgotten role-play, an
    /// ending, a run or a note): storage holds that save, so this tab writes its own back.
    pub behind: bool,
    /// Everything here was replaced by another tab's, cleared since.
    pub replaced: bool,
}

impl PlaysMerged {
    /// Whether anything changed.
    pub fn changed(&self) -> bool {
        self.replaced
            || self.behind
            || self.endings_added
                + self.notes_added
                + self.runs_added
                + self.runs_restarted
                + self.removed
                > 0
    }
}

impl Plays {
    /// What another tab saved: merged as [`Plays::merge`] when both have cleared all
    /// progress as often, except that role-plays forgotten in either tab stay forgotten
    /// (the later mark winning); taken whole when the other has cleared since; ignored when
    /// this one has (the other's is all from before), which is then [`PlaysMerged::behind`].
    pub fn merge_from_tab(&mut self, other: &Plays) -> PlaysMerged {
        if other.clears > self.clears {
            *self = other.clone();
            return PlaysMerged {
                replaced: true,
                ..PlaysMerged::default()
            };
        }
        if other.clears < self.clears {
            return PlaysMerged {
                behind: true,
                ..PlaysMerged::default()
            };
        }
        self.forgotten.merge(&other.forgotten);
        let removed = self.drop_forgotten();
        let runs_restarted = self.take_fresh_runs(other);
        let merged = self.merge_items(other, true);
        PlaysMerged {
            removed,
            runs_restarted,
            behind: self.gives_to(other),
            ..merged
        }
    }

    /// Takes `other`'s run of each role-play it started afresh more often than this tab
    /// (its run, or having none yet, is the later one), with its order and draft; how many.
    fn take_fresh_runs(&mut self, other: &Plays) -> usize {
        let fresh: Vec<(String, u32)> = self
            .restarts
            .behind(&other.restarts)
            .map(|(id, count)| (id.to_owned(), count))
            .collect();
        for (id, count) in &fresh {
            self.restarts.set(id, *count);
            if self.forgotten.is_gone(id) {
                continue;
            }
            match other.runs.get(id) {
                Some(run) => self.runs.insert(id.clone(), run.clone()),
                None => self.runs.remove(id),
            };
            match other.orders.get(id) {
                Some(seed) => self.orders.insert(id.clone(), *seed),
                None => self.orders.remove(id),
            };
            match other.drafts.get(id) {
                Some(draft) => self.drafts.insert(id.clone(), draft.clone()),
                None => self.drafts.remove(id),
            };
        }
        fresh.len()
    }

    /// Whether merging this into `other` would change it: only what a merge takes counts
    /// (not a different run of one role-play, which it leaves as it is), so two tabs that
    /// write back what the other lacks stop once they agree.
    fn gives_to(&self, other: &Plays) -> bool {
        let lacks = |mine: bool, theirs: Option<bool>| mine && !theirs.unwrap_or(false);
        self.forgotten != other.forgotten
            || self.restarts.ahead_of(&other.restarts)
            || self.endings.iter().any(|(id, endings)| {
                let theirs = other.endings.get(id);
                endings
                    .iter()
                    .any(|e| !theirs.is_some_and(|t| t.contains(e)))
            })
            || self.notes.iter().any(|(id, note)| {
                lacks(!note.is_empty(), other.notes.get(id).map(|n| !n.is_empty()))
            })
            || self
                .runs
                .iter()
                .any(|(id, run)| lacks(!run.is_empty(), other.runs.get(id).map(|r| !r.is_empty())))
    }

    /// Adds what `other` has and this lacks: endings found (a union), runs and notes for
    /// scenarios that have none here. Nothing here is overwritten. The learner asked for
    /// these, so a role-play forgotten here comes back when the file has it.
    pub fn merge(&mut self, other: &Plays) -> PlaysMerged {
        let ids = other.runs.keys().chain(other.notes.keys());
        self.forgotten
            .bring_back(ids.chain(other.endings.keys()).map(String::as_str));
        self.merge_items(other, false)
    }

    /// [`Plays::merge`] without bringing anything back: what `other` has of role-plays
    /// forgotten here is left out, and with `by_restarts` (another tab's save, whose counts
    /// of fresh starts are this learner's too) its runs from before a restart made here.
    fn merge_items(&mut self, other: &Plays, by_restarts: bool) -> PlaysMerged {
        let mut report = PlaysMerged::default();
        let forgotten = self.forgotten.clone();
        let restarts = self.restarts.clone();
        let older = |id: &String| by_restarts && other.restarts.of(id) < restarts.of(id);
        let kept = |id: &String| !forgotten.is_gone(id);
        let current = |id: &String| kept(id) && !older(id);
        for (scenario, endings) in other.endings.iter().filter(|(id, _)| kept(id)) {
            let mine = self.endings.get_or_default(scenario.clone());
            for ending in endings {
                report.endings_added += usize::from(mine.insert(ending.clone()));
            }
        }
        for (scenario, note) in other.notes.iter().filter(|(id, _)| kept(id)) {
            if !note.is_empty() && self.notes.get(scenario).is_none_or(String::is_empty) {
                self.notes.insert(scenario.clone(), note.clone());
                report.notes_added += 1;
            }
        }
        for (scenario, run) in other.runs.iter().filter(|(id, _)| current(id)) {
            if !run.is_empty() && self.runs.get(scenario).is_none_or(Vec::is_empty) {
                self.runs.insert(scenario.clone(), run.clone());
                // The run is shown as it was played: in its own order, with its own draft.
                if let Some(seed) = other.orders.get(scenario) {
                    self.orders.insert(scenario.clone(), *seed);
                }
                self.drafts.remove(scenario);
                report.runs_added += 1;
            }
        }
        for (scenario, seed) in other.orders.iter().filter(|(id, _)| current(id)) {
            if !self.orders.contains_key(scenario) {
                self.orders.insert(scenario.clone(), *seed);
            }
        }
        for (scenario, draft) in other.drafts.iter().filter(|(id, _)| current(id)) {
            if !self.drafts.contains_key(scenario) {
                self.drafts.insert(scenario.clone(), draft.clone());
            }
        }
        report
    }
}

/// The fewest and most turns from the start to an ending, following every `next:` (a
/// guide for the scenario list, ignoring conditions).
pub fn length(scenario: &Scenario) -> (usize, usize) {
    fn walk(
        s: &Scenario,
        beat: &str,
        depth: usize,
        path: &mut Vec<String>,
        out: &mut (usize, usize),
    ) {
        let Some(b) = s.beat(beat) else { return };
        if b.ending.is_some() {
            out.0 = out.0.min(depth);
            out.1 = out.1.max(depth);
            return;
        }
        if path.iter().any(|p| p == beat) || depth > 50 {
            return;
        }
        path.push(beat.to_owned());
        let targets: SortedSet<&str> = b.targets().map(|t| t.beat.as_str()).collect();
        for target in targets {
            walk(s, target, depth + 1, path, out);
        }
        path.pop();
    }
    let mut out = (usize::MAX, 0);
    walk(scenario, &scenario.start, 0, &mut Vec::new(), &mut out);
    if out.0 == usize::MAX {
        (0, 0)
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Catalog;
    use crate::scenario::library::find;

    #[test]
    fn answers_rewinds_restarts_and_endings() {
        let s = find("the-handover").unwrap();
        let id = "the-handover".to_owned();
        let answer = |plays: &Plays, i| {
            plays
                .apply(
                    PlayAction::Answer {
                        scenario: id.clone(),
                        answer: Answer::Choice(i),
                    },
                    &Catalog::default(),
                )
                .unwrap()
        };
        let plays = Plays::default();
        assert_eq!(plays.standing(s), Standing::NotStarted);
        let plays = answer(&plays, 0);
        assert_eq!(plays.standing(s), Standing::InProgress);
        let plays = answer(&answer(&plays, 0), 0);
        assert_eq!(plays.state(s).beat, "trust-rebuilt");
        assert_eq!(plays.standing(s), Standing::Found(1, 4));
        assert!(
            plays
                .apply(
                    PlayAction::Answer {
                        scenario: id.clone(),
                        answer: Answer::Choice(0)
                    },
                    &Catalog::default()
                )
                .is_none(),
            "an ended run takes no answer"
        );
        let plays = plays
            .apply(
                PlayAction::Rewind {
                    scenario: id.clone(),
                },
                &Catalog::default(),
            )
            .unwrap();
        assert_eq!(plays.state(s).beat, "working");
        assert_eq!(
            plays.standing(s),
            Standing::Found(1, 4),
            "endings found stay found"
        );
        let plays = plays
            .apply(
                PlayAction::Restart {
                    scenario: id.clone(),
                    seed: 9,
                },
                &Catalog::default(),
            )
            .unwrap();
        assert_eq!(plays.state(s).beat, "start");
        assert_eq!(plays.orders[&id], 9, "a fresh run, a fresh order");
        assert!(plays
            .apply(
                PlayAction::Rewind {
                    scenario: id.clone()
                },
                &Catalog::default()
            )
            .is_none());
        let noted = plays
            .apply(
                PlayAction::Note {
                    scenario: id.clone(),
                    text: "x".repeat(MAX_NOTE + 5),
                },
                &Catalog::default(),
            )
            .unwrap();
        assert_eq!(noted.notes[&id].len(), MAX_NOTE);
        assert!(plays
            .apply(
                PlayAction::Note {
                    scenario: "nope".into(),
                    text: "x".into()
                },
                &Catalog::default()
            )
            .is_none());
    }

    #[test]
    fn saved_runs_survive_a_round_trip_and_stale_answers_are_dropped() {
        let s = find("the-handover").unwrap();
        let mut plays = Plays::default();
        plays.runs.insert(
            s.id.clone(),
            vec![Answer::Choice(1), Answer::Reply("I hear you.".into())],
        );
        let text = crate::storage::encode(&plays).unwrap();
        assert!(
            text.contains(r#"[{"choice":1},{"reply":"I hear you."}]"#),
            "{text}"
        );
        assert_eq!(
            crate::storage::decode::<Plays>(&text),
            crate::storage::Decoded::Current(plays.clone())
        );
        plays
            .runs
            .insert(s.id.clone(), vec![Answer::Choice(0), Answer::Choice(42)]);
        assert_eq!(plays.state(s).beat, "support");
    }

    #[test]
    fn a_tab_ahead_of_the_stored_save_writes_its_own_back() {
        let mut plays = Plays::default();
        plays
            .runs
            .insert("the-handover".into(), vec![Answer::Choice(0)]);
        let stale = plays.clone();
        let mut cleared = Plays {
            clears: 1,
            ..Plays::default()
        };
        assert!(
            cleared.merge_from_tab(&stale).changed(),
            "storage lacks the clear"
        );
        assert_eq!(cleared.clears, 1);
        let mut forgot = plays.clone();
        assert!(forgot.forget(&["the-handover".to_owned()]));
        assert!(
            forgot.merge_from_tab(&stale).changed(),
            "storage lacks the forgetting"
        );
        assert!(forgot.runs.is_empty());
        let mut ended = plays.clone();
        ended
            .endings
            .get_or_default("the-handover".into())
            .insert("steady".into());
        assert!(
            ended.merge_from_tab(&stale).changed(),
            "storage lacks the ending"
        );
        let mut other = stale;
        other.merge_from_tab(&ended);
        assert!(!ended.merge_from_tab(&other).changed(), "both agree now");
    }

    fn act(plays: &Plays, action: PlayAction) -> Plays {
        plays.apply(action, &Catalog::default()).unwrap()
    }

    #[test]
    fn a_run_keeps_the_order_it_was_given() {
        let id = "the-handover".to_owned();
        let begun = act(
            &Plays::default(),
            PlayAction::Begin {
                scenario: id.clone(),
                seed: 41,
            },
        );
        assert_eq!(begun.orders[&id], 41);
        assert!(
            begun
                .apply(
                    PlayAction::Begin {
                        scenario: id.clone(),
                        seed: 42
                    },
                    &Catalog::default()
                )
                .is_none(),
            "opening the role-play again keeps its order"
        );
        let text = crate::storage::encode(&begun).unwrap();
        let crate::storage::Decoded::Current(read) = crate::storage::decode::<Plays>(&text) else {
            panic!("{text}");
        };
        let s = find(&id).unwrap();
        assert_eq!(
            read.choices(s, &read.state(s)),
            begun.choices(s, &begun.state(s)),
            "a reload shows the choices as they were"
        );
    }

    #[test]
    fn a_draft_survives_a_reload_and_a_rewind_brings_the_reply_back() {
        let s = find("after-the-layoffs").unwrap();
        let id = s.id.clone();
        // Walk to the first free-text turn by choices.
        let mut plays = Plays::default();
        while plays.state(s).current(s).unwrap().respond.is_none() {
            let state = plays.state(s);
            let (index, _) = state.visible_choices(s)[0];
            plays = act(
                &plays,
                PlayAction::Answer {
                    scenario: id.clone(),
                    answer: Answer::Choice(index),
                },
            );
        }
        let drafted = act(
            &plays,
            PlayAction::Draft {
                scenario: id.clone(),
                text: "You are scared you are next".into(),
            },
        );
        let text = crate::storage::encode(&drafted).unwrap();
        let crate::storage::Decoded::Current(reloaded) = crate::storage::decode::<Plays>(&text)
        else {
            panic!("{text}");
        };
        assert_eq!(
            reloaded.draft(s, &reloaded.state(s)),
            "You are scared you are next"
        );

        let said = act(
            &reloaded,
            PlayAction::Answer {
                scenario: id.clone(),
                answer: Answer::Reply("You are scared you are next.".into()),
            },
        );
        assert_eq!(
            said.draft(s, &said.state(s)),
            "",
            "said, so no longer a draft"
        );
        let rewound = act(
            &said,
            PlayAction::Rewind {
                scenario: id.clone(),
            },
        );
        assert_eq!(
            rewound.draft(s, &rewound.state(s)),
            "You are scared you are next.",
            "the reply taken back is there to edit"
        );
        let restarted = act(
            &rewound,
            PlayAction::Restart {
                scenario: id.clone(),
                seed: 3,
            },
        );
        assert!(restarted.drafts.is_empty());
        let emptied = act(
            &drafted,
            PlayAction::Draft {
                scenario: id,
                text: "  ".into(),
            },
        );
        assert!(emptied.drafts.is_empty(), "an emptied field keeps no draft");
    }

    #[test]
    fn another_tab_s_run_comes_with_its_order() {
        let id = "the-handover".to_owned();
        let theirs = act(
            &act(
                &Plays::default(),
                PlayAction::Begin {
                    scenario: id.clone(),
                    seed: 5,
                },
            ),
            PlayAction::Answer {
                scenario: id.clone(),
                answer: Answer::Choice(1),
            },
        );
        let mut mine = act(
            &Plays::default(),
            PlayAction::Begin {
                scenario: id.clone(),
                seed: 6,
            },
        );
        assert!(mine.merge_from_tab(&theirs).changed());
        assert_eq!(mine.runs[&id], vec![Answer::Choice(1)]);
        assert_eq!(mine.orders[&id], 5, "the run is shown in its own order");
        assert!(mine.forget(std::slice::from_ref(&id)));
        assert!(mine.orders.is_empty() && mine.drafts.is_empty());
    }

    /// A save as another tab reads it: written and read back.
    fn through_storage(plays: &Plays) -> Plays {
        match crate::storage::decode::<Plays>(&crate::storage::encode(plays).unwrap()) {
            crate::storage::Decoded::Current(read) => read,
            other => panic!("not read back: {other:?}"),
        }
    }

    #[test]
    fn a_restart_holds_in_a_tab_that_still_had_the_old_run_and_a_later_run_wins() {
        let id = "the-handover".to_owned();
        let answer = |plays: &Plays, i| {
            act(
                plays,
                PlayAction::Answer {
                    scenario: id.clone(),
                    answer: Answer::Choice(i),
                },
            )
        };
        let begun = act(
            &Plays::default(),
            PlayAction::Begin {
                scenario: id.clone(),
                seed: 1,
            },
        );
        let played = answer(&answer(&begun, 0), 0);
        // Two tabs hold the same run; tab A starts it afresh.
        let mut b = played.clone();
        let restart = |plays: &Plays, seed| {
            act(
                plays,
                PlayAction::Restart {
                    scenario: id.clone(),
                    seed,
                },
            )
        };
        let mut a = restart(&played, 2);
        // Tab B, not yet told, saves its old run (a draft too) and A hears of it.
        b = act(
            &b,
            PlayAction::Note {
                scenario: id.clone(),
                text: "kept".into(),
            },
        );
        assert!(
            a.merge_from_tab(&through_storage(&b)).changed(),
            "storage lacks the restart: A writes it back"
        );
        assert!(a.runs.get(&id).is_none_or(Vec::is_empty), "{:?}", a.runs);
        assert_eq!(a.orders[&id], 2, "the fresh run's order");
        assert_eq!(a.notes[&id], "kept", "what is not the run still merges");
        // B hears of A's save: it starts afresh too, and stays so.
        assert!(b.merge_from_tab(&through_storage(&a)).changed());
        assert!(b.runs.get(&id).is_none_or(Vec::is_empty), "{:?}", b.runs);
        assert_eq!(b.orders[&id], 2);
        assert!(
            !a.merge_from_tab(&through_storage(&b)).changed(),
            "both agree"
        );

        // A run played after the restart, in either tab, wins over the empty one.
        let b = answer(&b, 0);
        assert!(a.merge_from_tab(&through_storage(&b)).changed());
        assert_eq!(a.runs[&id], [Answer::Choice(0)]);
        // A second restart, in B this time, while A plays on from where it was.
        let b = restart(&b, 3);
        let s = find(&id).unwrap();
        let a = answer(&a, a.state(s).visible_choices(s)[0].0);
        let mut heard = a.clone();
        heard.merge_from_tab(&through_storage(&b));
        assert!(
            heard.runs.get(&id).is_none_or(Vec::is_empty),
            "{:?}",
            heard.runs
        );
        assert_eq!(heard.orders[&id], 3);
        let mut b = b;
        b.merge_from_tab(&through_storage(&a));
        assert!(b.runs.get(&id).is_none_or(Vec::is_empty), "{:?}", b.runs);
    }

    #[test]
    fn mark_lists_far_over_the_limit_are_read_to_it_and_reported_with_the_runs_kept() {
        use crate::storage::{Backend, MemoryBackend, StorageIssue, Store};
        let n = crate::marks::LIMIT * 10;
        let many = |prefix: &str| {
            (0..n)
                .map(|i| format!("\"{prefix}{i:07}\":1"))
                .collect::<Vec<_>>()
                .join(",")
        };
        let text = format!(
            r#"{{"schema":1,"data":{{"runs":{{"the-handover":[{{"choice":0}}]}},"endings":{{}},"notes":{{}},"forgotten":{{"gone":{{{}}}}},"restarts":{{{}}}}}}}"#,
            many("f"),
            many("r")
        );
        let mut backend = MemoryBackend::new();
        backend.set(Plays::KEY, &text).unwrap();
        let (mut store, _) = Store::open(Ok(backend));
        let loaded = store.load::<Plays>();
        assert_eq!(loaded.value.runs["the-handover"], [Answer::Choice(0)]);
        assert_eq!(loaded.value.forgotten.len(), crate::marks::LIMIT);
        assert_eq!(loaded.value.restarts.len(), crate::marks::LIMIT);
        assert_eq!(
            loaded.issues,
            [StorageIssue::PartlyRead {
                label: "role-play progress".into(),
                what: "180,000 records of forgotten role-plays (it keeps 20,000) and 180,000 counts of restarted role-plays (it keeps 20,000)".into(),
                backup_key: Some("rapport.roleplays.backup-1".into()),
            }]
        );
    }

    #[test]
    fn a_malformed_mark_field_is_read_as_empty_and_reported_with_the_runs_kept() {
        use crate::storage::{Backend, MemoryBackend, StorageIssue, Store};
        for (field, what) in [
            (r#""forgotten":"x""#, "the list of forgotten role-plays"),
            (
                r#""forgotten":{"back":{"a":"x"}}"#,
                "the list of forgotten role-plays",
            ),
            (
                r#""restarts":["the-handover"]"#,
                "the counts of restarted role-plays",
            ),
            (
                r#""restarts":{"the-handover":-1}"#,
                "the counts of restarted role-plays",
            ),
        ] {
            let text = format!(
                r#"{{"schema":1,"data":{{"runs":{{"the-handover":[{{"choice":0}}]}},"endings":{{"the-handover":["cold"]}},"notes":{{}},{field}}}}}"#
            );
            let mut backend = MemoryBackend::new();
            backend.set(Plays::KEY, &text).unwrap();
            let (mut store, _) = Store::open(Ok(backend));
            let loaded = store.load::<Plays>();
            assert_eq!(
                loaded.value.runs.get("the-handover").map(Vec::len),
                Some(1),
                "{field}: {:?}",
                loaded.issues
            );
            assert_eq!(
                loaded.issues,
                [StorageIssue::PartlyRead {
                    label: "role-play progress".into(),
                    what: what.into(),
                    backup_key: Some("rapport.roleplays.backup-1".into()),
                }],
                "{field}"
            );
        }
    }

    #[test]
    fn length_counts_turns_to_the_endings() {
        assert_eq!(length(find("the-handover").unwrap()), (3, 3));
    }
}
