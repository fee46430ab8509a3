//! The kinds of activity a session is made of, what the room reads on the projector for each,
//! how each splits into timed phases, and the facilitator's notes.

use serde::{Deserialize, Serialize};

use crate::content::library::built_in as drills;
use crate::content::Catalog;

/// One activity of a plan. Stored as `{"kind": "drill_round", "drill": "…"}`, read and
/// written through [`Stored`] rather than serde's tagged enums, whose buffering machinery
/// cost the app about 30 KB for this one type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Stored", into = "Stored")]
pub enum Activity {
    /// A check-in round that sets the tone.
    Opening,
    /// Everyone answers one drill's message in pairs; the room compares with the model answer.
    DrillRound {
        drill: String,
    },
    /// The room plays a scenario together: the projector shows it, hands vote, the facilitator clicks.
    RoomPlay {
        scenario: String,
    },
    /// Speaker, listener and observer, in rotating rounds, on a scenario's roles or on a topic
    /// of the speaker's own.
    Triad {
        scenario: Option<String>,
    },
    Break,
    /// The closing conversation about what people will do differently.
    Debrief,
}

/// An activity as stored: its kind, and the exercise when the kind has one.
#[derive(Serialize, Deserialize)]
struct Stored {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    drill: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scenario: Option<String>,
}

impl TryFrom<Stored> for Activity {
    type Error = String;

    fn try_from(stored: Stored) -> Result<Activity, String> {
        let Stored {
            kind,
            drill,
            scenario,
        } = stored;
        let missing = |field: &str| format!("a {kind} activity needs `{field}`");
        Ok(match kind.as_str() {
            "opening" => Activity::Opening,
            "drill_round" => Activity::DrillRound {
                drill: drill.ok_or_else(|| missing("drill"))?,
            },
            "room_play" => Activity::RoomPlay {
                scenario: scenario.ok_or_else(|| missing("scenario"))?,
            },
            "triad" => Activity::Triad { scenario },
            "break" => Activity::Break,
            "debrief" => Activity::Debrief,
            other => return Err(format!("unknown activity kind `{other}`")),
        })
    }
}

impl From<Activity> for Stored {
    fn from(activity: Activity) -> Stored {
        let (kind, drill, scenario) = match activity {
            Activity::Opening => ("opening", None, None),
            Activity::DrillRound { drill } => ("drill_round", Some(drill), None),
            Activity::RoomPlay { scenario } => ("room_play", None, Some(scenario)),
            Activity::Triad { scenario } => ("triad", None, scenario),
            Activity::Break => ("break", None, None),
            Activity::Debrief => ("debrief", None, None),
        };
        Stored {
            kind: kind.to_owned(),
            drill,
            scenario,
        }
    }
}

/// A timed part of an activity (a triad has one per round).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub label: String,
    pub seconds: u32,
}

/// What the facilitator reads before and during an activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notes {
    pub purpose: String,
    pub setup: String,
    pub timing: String,
    pub questions: Vec<String>,
}

/// A triad has three rounds, so each person holds each role once.
pub const TRIAD_ROUNDS: u32 = 3;

/// The kinds a facilitator can add, in the order the plan editor offers them.
pub const KINDS: &[(&str, &str)] = &[
    ("opening", "Opening check-in"),
    ("drill", "Drill round"),
    ("room", "Room role-play"),
    ("triad", "Listening triads"),
    ("break", "Break"),
    ("debrief", "Closing debrief"),
];

impl Activity {
    /// The short name of the kind, as in [`KINDS`].
    pub fn kind(&self) -> &'static str {
        match self {
            Activity::Opening => "opening",
            Activity::DrillRound { .. } => "drill",
            Activity::RoomPlay { .. } => "room",
            Activity::Triad { .. } => "triad",
            Activity::Break => "break",
            Activity::Debrief => "debrief",
        }
    }

    /// The kind's label for people.
    pub fn kind_label(&self) -> &'static str {
        let kind = self.kind();
        KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or("Activity", |(_, label)| label)
    }

    /// A new activity of `kind`, on the first built-in exercise that fits.
    pub fn of_kind(kind: &str) -> Option<Activity> {
        Some(match kind {
            "opening" => Activity::Opening,
            "drill" => Activity::DrillRound {
                drill: drills().drills.first()?.id.clone(),
            },
            "room" => Activity::RoomPlay {
                scenario: crate::scenario::library::built_in().first()?.id.clone(),
            },
            "triad" => Activity::Triad { scenario: None },
            "break" => Activity::Break,
            "debrief" => Activity::Debrief,
            _ => return None,
        })
    }

    /// The exercise this activity uses, if any.
    pub fn exercise(&self) -> Option<&str> {
        match self {
            Activity::DrillRound { drill } => Some(drill),
            Activity::RoomPlay { scenario } => Some(scenario),
            Activity::Triad { scenario } => scenario.as_deref(),
            _ => None,
        }
    }

    /// The same activity on another exercise (ignored by kinds that use none).
    pub fn with_exercise(&self, id: &str) -> Activity {
        match self {
            Activity::DrillRound { .. } => Activity::DrillRound { drill: id.into() },
            Activity::RoomPlay { .. } => Activity::RoomPlay {
                scenario: id.into(),
            },
            Activity::Triad { .. } => Activity::Triad {
                scenario: (!id.is_empty()).then(|| id.to_owned()),
            },
            other => other.clone(),
        }
    }

    /// Why the activity cannot run with the content on this device, if it cannot.
    pub fn problem(&self, content: &Catalog) -> Option<String> {
        match self {
            Activity::DrillRound { drill } if content.drill(drill).is_none() => Some(format!(
                "There is no drill called “{drill}” on this device."
            )),
            Activity::RoomPlay { scenario: id } | Activity::Triad { scenario: Some(id) }
                if content.scenario(id).is_none() =>
            {
                Some(format!(
                    "There is no role-play called “{id}” on this device."
                ))
            }
            _ => None,
        }
    }

    /// The title shown in the plan and on the projector.
    pub fn title(&self, content: &Catalog) -> String {
        let named = match self {
            Activity::DrillRound { drill } => content.drill(drill).map(|d| d.title.clone()),
            Activity::RoomPlay { scenario: id } | Activity::Triad { scenario: Some(id) } => {
                content.scenario(id).map(|s| s.title.clone())
            }
            Activity::Triad { scenario: None } => Some("a topic of the speaker's own".into()),
            _ => None,
        };
        match named {
            Some(name) => format!("{}: {}", self.kind_label(), name),
            None => self.kind_label().to_owned(),
        }
    }

    /// The timed phases of this activity when it lasts `minutes`.
    pub fn phases(&self, minutes: u32) -> Vec<Phase> {
        let seconds = minutes.saturating_mul(60);
        match self {
            Activity::Triad { .. } => (1..=TRIAD_ROUNDS)
                .map(|round| Phase {
                    label: format!("Round {round} of {TRIAD_ROUNDS}"),
                    seconds: seconds / TRIAD_ROUNDS,
                })
                .collect(),
            _ => vec![Phase {
                label: self.kind_label().to_owned(),
                seconds,
            }],
        }
    }

    /// What the room reads on the projector: instructions only, nothing private.
    pub fn instructions(&self) -> Vec<String> {
        let lines: &[&str] = match self {
            Activity::Opening => &[
                "In one sentence each: when did someone at work last make you feel really heard?",
                "Remote participants first, then the room.",
                "No discussion yet: just listen.",
            ],
            Activity::DrillRound { .. } => &[
                "Read the message below.",
                "In pairs, write one reply that shows you listened: name the feeling, capture the point, check you understood.",
                "No advice, no reassurance yet. We will compare with a model answer.",
            ],
            Activity::RoomPlay { .. } => &[
                "We play this conversation together.",
                "For each line, vote by show of hands (remote: in the chat) for what to say.",
                "The majority answer is played; we discuss the feedback as we go.",
            ],
            Activity::Triad { .. } => &[
                "Form groups of three: A, B and C. Remote participants form their own triads in breakout rooms.",
                "Open your role card with the QR code or link. The speaker talks; the listener listens and reflects back; the observer ticks the checklist.",
                "When the timer ends: one minute of observer feedback, then rotate roles.",
            ],
            Activity::Break => &["Take a break. Stand up, stretch, look away from the screen."],
            Activity::Debrief => &[
                "What surprised you today?",
                "What made you feel heard, and what got in the way?",
                "One thing you will do differently in your next remote conversation.",
            ],
        };
        lines.iter().map(|l| (*l).to_owned()).collect()
    }

    /// The facilitator's notes for this activity when it lasts `minutes`.
    pub fn notes(&self, minutes: u32, content: &Catalog) -> Notes {
        let (purpose, setup): (&str, &str) = match self {
            Activity::Opening => (
                "Set a safe, curious tone and get every voice, remote and in the room, heard once early.",
                "Have the remote participants' names visible. Go first yourself with a short, honest example.",
            ),
            Activity::DrillRound { .. } => (
                "Practise reflecting before responding: the habit that makes remote messages feel heard.",
                "Pairs need one device or paper each. Show the message; reveal the model answer only after pairs have written theirs.",
            ),
            Activity::RoomPlay { .. } => (
                "See, together and without risk, how each answer moves trust in a hard remote conversation.",
                "Read each line aloud. Count hands (and chat votes); click the majority choice. Pause on the feedback.",
            ),
            Activity::Triad { .. } => (
                "Practise listening under observation, and practise giving specific feedback on it.",
                "Groups of three; each opens their role card by QR code or link, or uses the printed deck. Remote triads use breakout rooms.",
            ),
            Activity::Break => (
                "Rest: listening well is tiring, on screen more than in person.",
                "Tell remote participants the exact time you restart.",
            ),
            Activity::Debrief => (
                "Turn the practice into one concrete commitment each.",
                "Ask for a volunteer from the remote participants first, so the room does not dominate.",
            ),
        };
        let timing = match self {
            Activity::Triad { .. } => {
                let round = minutes.saturating_mul(60) / TRIAD_ROUNDS;
                format!(
                    "{minutes} min: {TRIAD_ROUNDS} rounds of {}; about two thirds talking, the rest observer feedback, then rotate.",
                    clock(round)
                )
            }
            Activity::DrillRound { .. } => format!(
                "{minutes} min: a third writing in pairs, the rest comparing replies and the model answer."
            ),
            _ => format!("{minutes} min."),
        };
        Notes {
            purpose: purpose.into(),
            setup: setup.into(),
            timing,
            questions: self.questions(content),
        }
    }

    fn questions(&self, content: &Catalog) -> Vec<String> {
        match self {
            Activity::RoomPlay { scenario: id } => content
                .scenario(id)
                .map(|s| {
                    let mut all: Vec<String> = Vec::new();
                    for q in s
                        .endings()
                        .flat_map(|b| b.ending.iter())
                        .flat_map(|e| &e.questions)
                    {
                        if !all.contains(q) {
                            all.push(q.clone());
                        }
                    }
                    all.truncate(3);
                    all
                })
                .unwrap_or_default(),
            Activity::DrillRound { .. } => vec![
                "Which replies made the sender feel heard? What exactly did they do?".into(),
                "Where did we reach for advice or reassurance, and why is it tempting?".into(),
            ],
            Activity::Triad { .. } => vec![
                "Speakers: when did you feel heard? What did the listener do?".into(),
                "Observers: what did you tick most often?".into(),
                "Listeners: what was hardest to hold back?".into(),
            ],
            _ => Vec::new(),
        }
    }
}

/// `m:ss` for a number of seconds.
pub fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activities_are_stored_as_before() {
        let all = [
            (Activity::Opening, r#"{"kind":"opening"}"#),
            (
                Activity::DrillRound { drill: "d".into() },
                r#"{"kind":"drill_round","drill":"d"}"#,
            ),
            (
                Activity::RoomPlay {
                    scenario: "s".into(),
                },
                r#"{"kind":"room_play","scenario":"s"}"#,
            ),
            (
                Activity::Triad {
                    scenario: Some("s".into()),
                },
                r#"{"kind":"triad","scenario":"s"}"#,
            ),
            (Activity::Triad { scenario: None }, r#"{"kind":"triad"}"#),
            (Activity::Break, r#"{"kind":"break"}"#),
            (Activity::Debrief, r#"{"kind":"debrief"}"#),
        ];
        for (activity, json) in all {
            assert_eq!(serde_json::to_string(&activity).unwrap(), json);
            assert_eq!(serde_json::from_str::<Activity>(json).unwrap(), activity);
        }
        // Written by the earlier, serde-tagged version.
        let old = r#"{"kind":"triad","scenario":null}"#;
        assert_eq!(
            serde_json::from_str::<Activity>(old).unwrap(),
            Activity::Triad { scenario: None }
        );
        for bad in [
            r#"{"kind":"nap"}"#,
            r#"{"kind":"drill_round"}"#,
            r#"{"drill":"d"}"#,
        ] {
            assert!(serde_json::from_str::<Activity>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn triads_split_into_three_rounds() {
        let phases = Activity::Triad { scenario: None }.phases(18);
        assert_eq!(phases.len(), 3);
        assert!(phases.iter().all(|p| p.seconds == 360));
        assert_eq!(phases[2].label, "Round 3 of 3");
        assert_eq!(Activity::Break.phases(5)[0].seconds, 300);
    }

    #[test]
    fn every_kind_has_notes_and_instructions() {
        for (kind, label) in KINDS {
            let activity = Activity::of_kind(kind).expect(kind);
            assert_eq!(activity.kind(), *kind);
            assert_eq!(activity.kind_label(), *label);
            let notes = activity.notes(10, &Catalog::default());
            assert!(!notes.purpose.is_empty() && !notes.setup.is_empty());
            assert!(notes.timing.starts_with("10 min"));
            assert!(!activity.instructions().is_empty());
            assert_eq!(activity.problem(&Catalog::default()), None);
        }
        let room = Activity::of_kind("room").unwrap();
        assert!(
            !room.notes(10, &Catalog::default()).questions.is_empty(),
            "from the scenario's endings"
        );
        assert!(room
            .title(&Catalog::default())
            .starts_with("Room role-play: "));
    }

    #[test]
    fn unknown_exercises_are_named() {
        let missing = Activity::DrillRound {
            drill: "nope".into(),
        };
        assert!(missing
            .problem(&Catalog::default())
            .unwrap()
            .contains("“nope”"));
        assert_eq!(
            Activity::Triad { scenario: None }.with_exercise("the-handover"),
            Activity::Triad {
                scenario: Some("the-handover".into())
            }
        );
        assert_eq!(clock(400), "6:40");
    }
}
