//! Play-testing in the studio: a scenario being written, played as a learner plays it but
//! from any beat the author picks, with trust and flags the author may set, through the
//! same engine the role-play page runs. Nothing of it is saved: it is the author's check.

use super::engine::{Answer, EngineError, State};
use super::model::{Scenario, TRUST_RANGE};
use crate::coach::{assess, Assessment};
use crate::content::drill::Drill;
use crate::sorted::SortedSet;

/// The state a run is in at `beat` of `scenario`, as if it had arrived there with `trust`
/// (the scenario's own starting trust when `None`, kept within [`TRUST_RANGE`]) and `flags`
/// set, with no turns behind it.
pub fn start_at(
    scenario: &Scenario,
    beat: &str,
    trust: Option<i32>,
    flags: &[String],
) -> Result<State, EngineError> {
    if scenario.beat(beat).is_none() {
        return Err(EngineError::NoSuchBeat(beat.to_owned()));
    }
    let trust = trust
        .unwrap_or(scenario.trust)
        .clamp(*TRUST_RANGE.start(), *TRUST_RANGE.end());
    Ok(State {
        beat: beat.to_owned(),
        trust,
        flags: flags.iter().cloned().collect::<SortedSet<String>>(),
        turns: Vec::new(),
    })
}

/// A play-test under way: the scenario as last checked, where it began and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct PlayTest {
    pub scenario: Scenario,
    /// Where it began, to restart from.
    pub from: State,
    pub state: State,
    /// Why the last answer could not be taken (a free-text turn with nowhere to go, say).
    pub error: Option<EngineError>,
}

impl PlayTest {
    /// A play-test of `scenario` from `beat`, with the scenario's starting trust and no flags.
    pub fn new(scenario: Scenario, beat: &str) -> Result<PlayTest, EngineError> {
        let from = start_at(&scenario, beat, None, &[])?;
        Ok(PlayTest {
            scenario,
            state: from.clone(),
            from,
            error: None,
        })
    }

    /// Takes `answer`; an answer the engine refuses leaves the run where it was and says why.
    pub fn answer(&mut self, answer: Answer) {
        match self.state.step(&self.scenario, answer) {
            Ok(next) => {
                self.state = next;
                self.error = None;
            }
            Err(error) => self.error = Some(error),
        }
    }

    /// Back to where it began, now with `trust` and `flags` (read by [`flags_from`]).
    pub fn restart_with(&mut self, trust: i32, flags: &str) {
        if let Ok(from) = start_at(
            &self.scenario,
            &self.from.beat,
            Some(trust),
            &flags_from(flags),
        ) {
            self.from = from;
        }
        self.restart();
    }

    /// Back to where it began.
    pub fn restart(&mut self) {
        self.state = self.from.clone();
        self.error = None;
    }

    pub fn ended(&self) -> bool {
        self.state.ended(&self.scenario)
    }
}

/// The most flags an author can start a play-test with: more than any scenario reads.
pub const MAX_START_FLAGS: usize = 20;

/// The flags written in `text`, separated by commas or spaces, each once, at most
/// [`MAX_START_FLAGS`] of them.
pub fn flags_from(text: &str) -> Vec<String> {
    let mut flags: Vec<String> = Vec::new();
    for flag in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|f| !f.is_empty())
        .take(MAX_START_FLAGS * 4)
    {
        if flags.len() == MAX_START_FLAGS {
            break;
        }
        if !flags.iter().any(|f| f == flag) {
            flags.push(flag.to_owned());
        }
    }
    flags
}

/// What the coach says of `reply` to `drill`, as Practice would score it: the author's
/// "Try this drill", which records nothing.
pub fn try_drill(drill: &Drill, reply: &str) -> Assessment {
    assess(&drill.statement(), reply, Some(&drill.annotations()))
}

/// Why the engine refused, in words for the author.
pub fn refusal(error: &EngineError) -> String {
    match error {
        EngineError::NoSuchBeat(beat) => format!("There is no beat `{beat}` to go to."),
        EngineError::NoWayForward(beat) => format!(
            "From `{beat}` no `next:` condition holds with this trust and these flags: a learner would be stuck here."
        ),
        EngineError::Ended => "The conversation has ended.".to_owned(),
        EngineError::NoSuchChoice(_) | EngineError::ChoiceHidden(_) => {
            "That choice is not shown here.".to_owned()
        }
        EngineError::NotThisKindOfTurn => "This beat does not take that kind of answer.".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pack::{read_pack, EXAMPLE};

    fn example() -> Scenario {
        read_pack("t", EXAMPLE).0.unwrap().scenarios.remove(0)
    }

    #[test]
    fn a_run_can_start_at_any_beat_with_given_trust_and_flags() {
        let s = example();
        let state = start_at(&s, "fix", None, &[]).unwrap();
        assert_eq!((state.beat.as_str(), state.trust), ("fix", s.trust));
        assert!(state.flags.is_empty() && state.turns.is_empty());
        let state = start_at(&s, "fix", Some(3), &["owned".to_owned()]).unwrap();
        assert_eq!(state.trust, 3);
        assert!(state.flags.contains("owned"));
        // Trust stays in range, whatever is asked.
        assert_eq!(start_at(&s, "fix", Some(99), &[]).unwrap().trust, 10);
        assert_eq!(start_at(&s, "fix", Some(-99), &[]).unwrap().trust, -10);
        assert_eq!(
            start_at(&s, "nowhere", None, &[]),
            Err(EngineError::NoSuchBeat("nowhere".to_owned()))
        );
    }

    #[test]
    fn the_trust_it_starts_with_decides_where_a_condition_leads() {
        let s = example();
        // At `fix`, the concrete promise leads to `kept` only with trust 2 or more after it.
        let warm = start_at(&s, "fix", Some(1), &[]).unwrap();
        assert_eq!(warm.step(&s, Answer::Choice(0)).unwrap().beat, "kept");
        let cold = start_at(&s, "fix", Some(-1), &[]).unwrap();
        assert_eq!(cold.step(&s, Answer::Choice(0)).unwrap().beat, "wary");
    }

    #[test]
    fn a_play_test_goes_to_an_ending_and_restarts_where_it_began() {
        let mut play = PlayTest::new(example(), "cost").unwrap();
        play.answer(Answer::Reply(
            "So it's the second time this month, and today you lost half a day. That sounds really frustrating. Have I got that right?".to_owned(),
        ));
        assert_eq!(play.state.beat, "fix");
        let (verdict, passed) = play.state.turns[0].coached.clone().unwrap();
        assert!(passed, "{}", verdict.score);
        assert!(!verdict.hints.is_empty());
        assert_eq!(play.state.trust, 2);
        play.answer(Answer::Choice(0));
        assert!(play.ended());
        assert_eq!(play.state.beat, "kept");
        // Past an ending the engine refuses, and the run stays.
        play.answer(Answer::Choice(0));
        assert_eq!(play.error, Some(EngineError::Ended));
        assert_eq!(play.state.beat, "kept");
        play.restart();
        assert_eq!(
            (play.state.beat.as_str(), play.state.turns.len()),
            ("cost", 0)
        );
        assert_eq!(play.error, None);
    }

    #[test]
    fn a_drill_is_tried_as_practice_scores_it() {
        let drill = read_pack("t", EXAMPLE).0.unwrap().drills.remove(0);
        let good = try_drill(&drill, &drill.models[0].text);
        let poor = try_drill(&drill, "You should just work fewer hours.");
        assert!(good.score > poor.score, "{} vs {}", good.score, poor.score);
        assert!(!poor.roadblocks.is_empty());
        assert_eq!(
            good,
            assess(
                &drill.statement(),
                &drill.models[0].text,
                Some(&drill.annotations())
            )
        );
    }

    #[test]
    fn a_play_test_restarts_with_the_trust_and_flags_the_author_gives() {
        let mut play = PlayTest::new(example(), "fix").unwrap();
        play.answer(Answer::Choice(0));
        assert_eq!(play.state.beat, "kept", "from trust 0, +2 reaches 2");
        play.restart_with(-1, "owned, late owned");
        assert_eq!((play.state.beat.as_str(), play.state.trust), ("fix", -1));
        let flags: Vec<_> = play.state.flags.iter().map(String::as_str).collect();
        assert_eq!(flags, ["late", "owned"]);
        play.answer(Answer::Choice(0));
        assert_eq!(
            play.state.beat, "wary",
            "from trust -1, +2 falls short of 2"
        );
        // A plain restart keeps what was given.
        play.restart();
        assert_eq!(play.state.trust, -1);
        play.restart_with(40, "");
        assert_eq!((play.state.trust, play.state.flags.len()), (10, 0));
    }

    #[test]
    fn flags_are_read_once_each_and_bounded() {
        assert_eq!(flags_from(" a,b  a ,,c "), ["a", "b", "c"]);
        assert!(flags_from("").is_empty());
        let many: String = (0..1000).map(|n| format!("f{n} ")).collect();
        assert_eq!(flags_from(&many).len(), MAX_START_FLAGS);
    }

    #[test]
    fn a_poor_reply_takes_the_poor_way() {
        let mut play = PlayTest::new(example(), "cost").unwrap();
        play.answer(Answer::Reply("Calm down, it happens.".to_owned()));
        assert_eq!(play.state.beat, "fix");
        assert_eq!(play.state.trust, -1);
        assert!(!play.state.turns[0].coached.as_ref().unwrap().1);
    }
}
