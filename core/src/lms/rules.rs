//! The rules that turn a learner's progress in a package into what an LMS records: the
//! lesson status, the score, and one interaction record per answer. The README states
//! them; the calls for each SCORM version are in [`super::calls`].

use super::selection::Selection;
use super::suspend::PackageProgress;
use crate::progress::{clean_reply, Attempt};
use crate::scenario::engine::{Answer, Turn};

/// Where the learner stands in the package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    /// Something packaged has not been done yet.
    Incomplete,
    /// Every packaged exercise has been done once: each drill answered and checked, each
    /// role-play played to an ending.
    Completed,
}

/// The lesson status: completed once every packaged exercise has been done once.
pub fn status(progress: &PackageProgress) -> LessonStatus {
    let drills = progress.drills.iter().all(Option::is_some);
    let plays = progress.scenarios.iter().all(|s| s.ended);
    if drills && plays {
        LessonStatus::Completed
    } else {
        LessonStatus::Incomplete
    }
}

/// How many packaged exercises have been done once, of how many.
pub fn done(progress: &PackageProgress) -> (usize, usize) {
    let drills = progress.drills.iter().filter(|d| d.is_some()).count();
    let plays = progress.scenarios.iter().filter(|s| s.ended).count();
    (
        drills + plays,
        progress.drills.len() + progress.scenarios.len(),
    )
}

/// The score, 0 to 100: the mean, over every packaged exercise, of its points, rounded to
/// the nearest whole number (halves up). A drill's points are the coach's score of its best
/// reply (0 until it is answered); a role-play's are 100 once an ending has been reached in
/// any run, 0 before. Exercises not yet done count, so the score only rises as the learner
/// goes on, and reaches a drill's best only when everything else is done too.
pub fn score(progress: &PackageProgress) -> u8 {
    let drills = progress
        .drills
        .iter()
        .map(|d| u32::from(d.unwrap_or(0).min(100)));
    let plays = progress
        .scenarios
        .iter()
        .map(|s| if s.ended { 100 } else { 0 });
    let (sum, count) = drills
        .chain(plays)
        .fold((0u32, 0u32), |(sum, n), p| (sum + p, n + 1));
    if count == 0 {
        return 0;
    }
    ((sum * 2 + count) / (count * 2)) as u8
}

/// One answer, as an LMS records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    /// `drill.<drill id>` or `roleplay.<role-play id>.<beat id>`.
    pub id: String,
    pub response: Response,
    /// When it was answered, Unix milliseconds.
    pub at: i64,
}

/// What was answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// A role-play choice: its index among the beat's choices (as the author wrote them,
    /// whatever order the learner saw them in).
    Choice(usize),
    /// A reply the coach judged.
    Reply {
        /// The coach's score, 0 to 100.
        score: u8,
        /// For a role-play's free-text turn, whether the reply reached the beat's bar; a
        /// drill has no bar, so its verdict is the score alone.
        passed: Option<bool>,
        /// The coach's verdict in words ("72 of 100: a reflection; named a feeling").
        verdict: String,
        /// The reply's own words, only when the selection sends them.
        words: Option<String>,
    },
}

/// The verdict in words: the score, then what the coach noticed.
fn verdict(attempt: &Attempt) -> String {
    let noticed = attempt.summary();
    if noticed.is_empty() {
        format!("{} of 100", attempt.score)
    } else {
        format!("{} of 100: {}", attempt.score, noticed.join("; "))
    }
}

/// The reply's words for the LMS, on one line.
fn words(reply: &str, selection: &Selection) -> Option<String> {
    selection
        .send_replies
        .then(|| clean_reply(reply).replace('\n', " ").trim().to_owned())
}

impl Interaction {
    /// The record of a drill reply the coach checked.
    pub fn of_attempt(attempt: &Attempt, selection: &Selection) -> Interaction {
        Interaction {
            id: id(&["drill", &attempt.drill]),
            response: Response::Reply {
                score: attempt.score.min(100),
                passed: None,
                verdict: verdict(attempt),
                words: words(&attempt.response, selection),
            },
            at: attempt.at,
        }
    }

    /// The record of one turn of a role-play, answered at `at`.
    pub fn of_turn(scenario: &str, turn: &Turn, at: i64, selection: &Selection) -> Interaction {
        let response = match (&turn.answer, &turn.coached) {
            (Answer::Choice(i), _) => Response::Choice(*i),
            (Answer::Reply(text), Some((assessment, passed))) => {
                let attempt = Attempt::new(scenario, at, text, assessment);
                Response::Reply {
                    score: attempt.score.min(100),
                    passed: Some(*passed),
                    verdict: verdict(&attempt),
                    words: words(text, selection),
                }
            }
            // The engine judges every reply it takes; one without a verdict is recorded as such.
            (Answer::Reply(text), None) => Response::Reply {
                score: 0,
                passed: None,
                verdict: "not judged".to_owned(),
                words: words(text, selection),
            },
        };
        Interaction {
            id: id(&["roleplay", scenario, &turn.beat]),
            response,
            at,
        }
    }
}

/// An interaction id from its parts: characters SCORM identifiers allow (letters, digits,
/// `-`), parts joined by `.`, at most 255 characters.
fn id(parts: &[&str]) -> String {
    let joined = parts.join(".");
    joined
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .take(255)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lms::selection::ScormVersion;
    use crate::lms::suspend::ScenarioProgress;

    fn progress(drills: &[Option<u8>], ended: &[bool]) -> PackageProgress {
        PackageProgress {
            drills: drills.to_vec(),
            scenarios: ended
                .iter()
                .map(|&ended| ScenarioProgress {
                    ended,
                    run: Vec::new(),
                })
                .collect(),
            interactions: 0,
        }
    }

    #[test]
    fn completed_only_when_every_exercise_is_done_once() {
        assert_eq!(
            status(&progress(&[Some(0), Some(90)], &[true])),
            LessonStatus::Completed
        );
        assert_eq!(
            status(&progress(&[Some(50), None], &[true])),
            LessonStatus::Incomplete
        );
        assert_eq!(
            status(&progress(&[Some(50)], &[true, false])),
            LessonStatus::Incomplete
        );
        assert_eq!(done(&progress(&[Some(50), None], &[true, false])), (2, 4));
    }

    #[test]
    fn the_score_is_the_rounded_mean_over_every_exercise() {
        // (75 + 0 + 100 + 0) / 4 = 43.75 -> 44.
        assert_eq!(score(&progress(&[Some(75), None], &[true, false])), 44);
        // (81 + 100) / 2 = 90.5 -> 91, halves up.
        assert_eq!(score(&progress(&[Some(81)], &[true])), 91);
        assert_eq!(score(&progress(&[Some(100); 3], &[true; 2])), 100);
        assert_eq!(score(&progress(&[None], &[false])), 0);
        assert_eq!(score(&progress(&[], &[])), 0);
        // A corrupt score above 100 cannot push the mean past 100.
        assert_eq!(score(&progress(&[Some(250)], &[])), 100);
    }

    fn selection(send_replies: bool) -> Selection {
        let mut s = Selection::new("T", ScormVersion::V12, &[], &["async-silence".into()]);
        s.send_replies = send_replies;
        s
    }

    #[test]
    fn a_drill_reply_sends_its_verdict_and_its_words_only_when_asked() {
        let assessment = crate::coach::assess(
            "I've been waiting two days for a reply and I'm starting to feel ignored.",
            "It sounds like the silence has left you feeling ignored. Is that right?",
            None,
        );
        let attempt = Attempt::new(
            "async-silence",
            1_700_000_000_000,
            "It sounds like the silence\nhas left you feeling ignored.",
            &assessment,
        );
        let record = Interaction::of_attempt(&attempt, &selection(false));
        assert_eq!(record.id, "drill.async-silence");
        let Response::Reply {
            score,
            passed,
            verdict,
            words,
        } = &record.response
        else {
            panic!("{record:?}")
        };
        assert_eq!(*score, assessment.score);
        assert_eq!(*passed, None);
        assert!(
            verdict.starts_with(&format!("{} of 100", assessment.score)),
            "{verdict}"
        );
        assert!(verdict.contains("a reflection"), "{verdict}");
        assert!(!verdict.contains("silence"), "{verdict}");
        assert_eq!(*words, None);
        let sent = Interaction::of_attempt(&attempt, &selection(true));
        let Response::Reply { words, .. } = sent.response else {
            panic!()
        };
        assert_eq!(
            words.as_deref(),
            Some("It sounds like the silence has left you feeling ignored.")
        );
    }

    #[test]
    fn a_role_play_turn_is_a_choice_or_a_judged_reply() {
        let scenario = crate::scenario::library::built_in()
            .iter()
            .find(|s| s.id == "not-by-friday")
            .unwrap();
        let state = crate::scenario::engine::State::start(scenario);
        let (index, _) = state.visible_choices(scenario)[0];
        let next = state.step(scenario, Answer::Choice(index)).unwrap();
        let turn = &next.turns[0];
        let record = Interaction::of_turn("not-by-friday", turn, 5, &selection(false));
        assert_eq!(record.id, format!("roleplay.not-by-friday.{}", turn.beat));
        assert_eq!(record.response, Response::Choice(index));
        let reply = Turn {
            answer: Answer::Reply("You sound worried about Friday.".into()),
            coached: Some((
                crate::coach::assess("I'm worried.", "Just relax.", None),
                false,
            )),
            ..turn.clone()
        };
        let record = Interaction::of_turn("not-by-friday", &reply, 5, &selection(false));
        assert!(matches!(
            record.response,
            Response::Reply {
                passed: Some(false),
                words: None,
                ..
            }
        ));
    }

    #[test]
    fn ids_keep_to_safe_characters_and_length() {
        assert_eq!(id(&["roleplay", "a b", "c/d"]), "roleplay.a-b.c-d");
        assert_eq!(id(&["drill", &"x".repeat(400)]).len(), 255);
    }
}
