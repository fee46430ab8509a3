//! Listening triads: who holds which role in each round, and the role cards with the private
//! context each role holds when the round is built on a scenario.

use crate::content::Catalog;
use crate::scenario::model::Scenario;
use crate::words::upper_first;

/// The three roles of a triad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Speaker,
    Listener,
    Observer,
}

pub const ROLES: [Role; 3] = [Role::Speaker, Role::Listener, Role::Observer];
/// The card topic used when the speaker brings their own.
pub const OWN_TOPIC: &str = "own-topic";

impl Role {
    pub fn id(self) -> &'static str {
        match self {
            Role::Speaker => "speaker",
            Role::Listener => "listener",
            Role::Observer => "observer",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        ROLES.into_iter().find(|r| r.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Speaker => "Speaker",
            Role::Listener => "Listener",
            Role::Observer => "Observer",
        }
    }
}

/// The role of person `person` (0 = A, 1 = B, 2 = C) in round `round` (from 0): each person
/// holds each role once over three rounds.
pub fn role_of(person: usize, round: usize) -> Role {
    ROLES[(person + 3 - round % 3) % 3]
}

/// What one participant reads on their card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleCard {
    pub role: Role,
    /// The scenario's title, or a line saying the topic is the speaker's own.
    pub topic: String,
    /// What to do, in order.
    pub steps: Vec<String>,
    /// What only this role knows: (heading, text).
    pub private: Vec<(String, String)>,
}

/// The card for `role` on `topic` (a scenario id or [`OWN_TOPIC`]); `None` for an unknown topic.
pub fn card(topic: &str, role: Role, content: &Catalog) -> Option<RoleCard> {
    let scenario = if topic == OWN_TOPIC {
        None
    } else {
        Some(content.scenario(topic)?)
    };
    Some(build(scenario, role))
}

fn build(scenario: Option<&Scenario>, role: Role) -> RoleCard {
    let steps: &[&str] = match role {
        Role::Speaker => &[
            "Talk for about three minutes about the situation below, as if it were real.",
            "Say how it feels, not only what happened. Let the listener work: do not help them.",
            "When the round ends, tell the listener one moment you felt heard.",
        ],
        Role::Listener => &[
            "Listen to understand, not to solve. Let pauses happen.",
            "Reflect back what you hear: the point, and the feeling underneath it.",
            "Check your understanding (“Have I got that right?”) before anything else.",
            "Hold back advice, reassurance and your own stories until the speaker asks.",
        ],
        Role::Observer => &[
            "Stay silent during the conversation. Tick the checklist each time you notice something.",
            "Note the exact words that worked; they make the best feedback.",
            "When the timer ends, give one minute of feedback: one thing that worked, one to try.",
        ],
    };
    let mut private = Vec::new();
    let topic = match scenario {
        None => {
            let text = match role {
                Role::Speaker => "Choose a real, moderate work challenge from remote or flexible work: a missed handover, a message that landed badly, feeling out of the loop. Nothing too raw.",
                Role::Listener => "The speaker brings a situation of their own. You know nothing about it yet: that is the point.",
                Role::Observer => "The speaker brings a situation of their own. Watch what the listener does with it.",
            };
            private.push(("The topic".to_owned(), text.to_owned()));
            "A topic of the speaker's own".to_owned()
        }
        Some(s) => {
            let who = &s.character;
            let opening = s.beat(&s.start);
            match role {
                Role::Speaker => {
                    private.push(("Who you are".into(), format!("{}.", who.described())));
                    if let Some(beat) = opening {
                        private.push((
                            "How you feel".into(),
                            format!("{}.", upper_first(&beat.mood)),
                        ));
                        private.push(("Open with".into(), format!("“{}”", beat.says)));
                        private.push(("What you do not say at first".into(), beat.thought.clone()));
                    }
                    private.push((
                        "How to play it".into(),
                        "If you feel heard, open up a little more. If you get advice or reassurance too soon, hold back.".into(),
                    ));
                }
                Role::Listener => {
                    private.push(("Your side".into(), s.context.clone()));
                    private.push((
                        "Who opens".into(),
                        match who.role.as_str() {
                            "" => format!("{} starts the conversation.", who.name),
                            role => format!("{} ({role}) starts the conversation.", who.name),
                        },
                    ));
                }
                Role::Observer => {
                    private.push(("The situation".into(), s.summary.clone()));
                }
            }
            s.title.clone()
        }
    };
    RoleCard {
        role,
        topic,
        steps: steps.iter().map(|l| (*l).to_owned()).collect(),
        private,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Catalog;
    use crate::scenario::library::built_in;

    #[test]
    fn everyone_holds_every_role_once() {
        for person in 0..3 {
            let mut held: Vec<Role> = (0..3).map(|round| role_of(person, round)).collect();
            held.dedup();
            assert_eq!(held.len(), 3);
        }
        for round in 0..3 {
            let roles: Vec<Role> = (0..3).map(|p| role_of(p, round)).collect();
            for role in ROLES {
                assert!(roles.contains(&role));
            }
        }
        assert_eq!(role_of(0, 0), Role::Speaker);
    }

    #[test]
    fn each_role_holds_only_its_own_context() {
        for s in built_in() {
            let speaker = card(&s.id, Role::Speaker, &Catalog::default()).unwrap();
            let listener = card(&s.id, Role::Listener, &Catalog::default()).unwrap();
            let observer = card(&s.id, Role::Observer, &Catalog::default()).unwrap();
            let text = |c: &RoleCard| {
                c.private
                    .iter()
                    .map(|(_, t)| t.as_str())
                    .collect::<String>()
            };
            let thought = &s.beat(&s.start).unwrap().thought;
            assert!(text(&speaker).contains(thought.as_str()), "{}", s.id);
            assert!(!text(&listener).contains(thought.as_str()), "{}", s.id);
            assert!(!text(&observer).contains(thought.as_str()), "{}", s.id);
            assert!(text(&listener).contains(s.context.as_str()));
            assert_eq!(observer.topic, s.title);
        }
        assert!(card(OWN_TOPIC, Role::Observer, &Catalog::default()).is_some());
        assert_eq!(card("nope", Role::Listener, &Catalog::default()), None);
        assert_eq!(Role::from_id("observer"), Some(Role::Observer));
        assert_eq!(Role::from_id("boss"), None);
    }

    #[test]
    fn a_character_without_role_or_place_reads_without_stray_commas() {
        let mut s = built_in()[0].clone();
        s.character = crate::content::drill::Person::parse("Mia Chen");
        let text = |c: RoleCard| {
            c.private
                .into_iter()
                .map(|(_, t)| t)
                .collect::<Vec<_>>()
                .join("\n")
        };
        let speaker = text(build(Some(&s), Role::Speaker));
        assert!(
            speaker.contains("Mia Chen.") && !speaker.contains(", ,"),
            "{speaker}"
        );
        let listener = text(build(Some(&s), Role::Listener));
        assert!(
            listener.contains("Mia Chen starts the conversation."),
            "{listener}"
        );
    }
}
