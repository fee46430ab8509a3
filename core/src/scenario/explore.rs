//! The state space of a scenario: every (beat, trust, flags) combination a learner can
//! reach, explored breadth first, and what validation needs from it: which beats are
//! reached, where a run gets stuck, and where runs can never reach an ending.
//!
//! A state is three small numbers (the beat's index, trust, and the index of its flag set
//! among the distinct sets met so far), so hashing and comparing states costs next to
//! nothing. Keyed by beat id and flag names, a pack at the size limits took seconds to
//! check, at import and again at every start of the app.

use std::collections::{HashMap, VecDeque};

use super::engine::{apply, choose, State};
use super::model::{Effect, Scenario, Target};
use crate::sorted::SortedSet;

/// What exploring a scenario found.
#[derive(Debug, Default)]
pub struct Explored {
    /// More than the limit of states: nothing below is known.
    pub too_many: bool,
    /// By beat index: whether some run reaches the beat.
    pub reached: Vec<bool>,
    /// States where no choice is shown or no `next:` condition holds, in the order met:
    /// beat index, trust and flags.
    pub stuck: Vec<(usize, i32, SortedSet<String>)>,
    /// By beat index: whether some state at the beat has a way on but no way to an ending.
    pub looping: Vec<bool>,
}

/// A state: beat index, trust, flag-set index.
type Key = (usize, i32, usize);

/// Explores `s`, whose targets all name existing beats and whose beat ids are unique,
/// giving up once more than `limit` states are known.
pub fn explore(s: &Scenario, limit: usize) -> Explored {
    let index = s.beat_positions();
    let start = State::start(s);
    let mut flag_sets = FlagSets::default();
    let first: Key = (
        index[start.beat.as_str()],
        start.trust,
        flag_sets.id(start.flags),
    );
    let mut states: Vec<Key> = vec![first];
    let mut ids: HashMap<Key, usize> = HashMap::from([(first, 0)]);
    // Moves out of each explored state; endings have none and are not explored further.
    let mut moves: Vec<Vec<usize>> = Vec::new();
    let mut stuck = Vec::new();
    while moves.len() < states.len() {
        if states.len() > limit {
            return Explored {
                too_many: true,
                ..Explored::default()
            };
        }
        let (at, trust, flags) = states[moves.len()];
        let beat = &s.beats[at];
        let mut out = Vec::new();
        if beat.ending.is_none() {
            let shown = beat
                .choices
                .iter()
                .filter(|c| c.shown.holds(trust, flag_sets.get(flags)))
                .map(|c| (&c.effect, c.next.as_slice()));
            let replies = beat.respond.iter().flat_map(|r| {
                [
                    (&r.good.effect, r.good.next.as_slice()),
                    (&r.poor.effect, r.poor.next.as_slice()),
                ]
            });
            let options: Vec<(&Effect, &[Target])> = shown.chain(replies).collect();
            for (effect, targets) in options {
                let Some((target, trust, flags)) =
                    step(&mut flag_sets, flags, trust, effect, targets)
                else {
                    continue;
                };
                let key = (index[target], trust, flags);
                let id = *ids.entry(key).or_insert_with(|| {
                    states.push(key);
                    states.len() - 1
                });
                out.push(id);
            }
            if out.is_empty() {
                stuck.push((at, trust, flag_sets.get(flags).clone()));
            }
        }
        moves.push(out);
    }
    let mut reached = vec![false; s.beats.len()];
    for &(at, _, _) in &states {
        reached[at] = true;
    }
    let finishing = can_finish(s, &states, &moves);
    let mut looping = vec![false; s.beats.len()];
    for (id, &(at, _, _)) in states.iter().enumerate() {
        if !finishing[id] && !moves[id].is_empty() {
            looping[at] = true;
        }
    }
    Explored {
        too_many: false,
        reached,
        stuck,
        looping,
    }
}

/// The beat id, trust and flag set after taking `effect` and the first of `targets` whose
/// condition holds, if one does.
fn step<'s>(
    flag_sets: &mut FlagSets,
    flags: usize,
    trust: i32,
    effect: &Effect,
    targets: &'s [Target],
) -> Option<(&'s str, i32, usize)> {
    let changes_flags = !effect.set.is_empty() || !effect.clear.is_empty();
    let mut state = State {
        beat: String::new(),
        trust,
        flags: if changes_flags {
            flag_sets.get(flags).clone()
        } else {
            SortedSet::new()
        },
        turns: Vec::new(),
    };
    apply(&mut state, effect);
    let after = if changes_flags {
        &state.flags
    } else {
        flag_sets.get(flags)
    };
    let target = choose(targets, state.trust, after)?;
    let flags = if changes_flags {
        flag_sets.id(state.flags)
    } else {
        flags
    };
    Some((target.beat.as_str(), state.trust, flags))
}

/// By state: whether an ending can be reached from it, found by walking the moves
/// backwards from every ending state once.
fn can_finish(s: &Scenario, states: &[Key], moves: &[Vec<usize>]) -> Vec<bool> {
    let mut into: Vec<Vec<usize>> = vec![Vec::new(); states.len()];
    for (from, out) in moves.iter().enumerate() {
        for &to in out {
            into[to].push(from);
        }
    }
    let mut finishing = vec![false; states.len()];
    let mut queue: VecDeque<usize> = VecDeque::new();
    for (id, &(at, _, _)) in states.iter().enumerate() {
        if s.beats[at].ending.is_some() {
            finishing[id] = true;
            queue.push_back(id);
        }
    }
    while let Some(id) = queue.pop_front() {
        for &from in &into[id] {
            if !finishing[from] {
                finishing[from] = true;
                queue.push_back(from);
            }
        }
    }
    finishing
}

/// The distinct flag sets met while exploring, each stored once and known by its index.
#[derive(Default)]
struct FlagSets {
    sets: Vec<SortedSet<String>>,
    ids: HashMap<SortedSet<String>, usize>,
}

impl FlagSets {
    fn id(&mut self, flags: SortedSet<String>) -> usize {
        if let Some(&id) = self.ids.get(&flags) {
            return id;
        }
        self.sets.push(flags.clone());
        self.ids.insert(flags, self.sets.len() - 1);
        self.sets.len() - 1
    }

    fn get(&self, id: usize) -> &SortedSet<String> {
        &self.sets[id]
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use proptest::prelude::*;

    use super::*;
    use crate::scenario::read::read;

    /// The plain exploration this module replaced, keyed by beat id and flag names, kept as
    /// the reference the fast one must agree with.
    fn reference(s: &Scenario, limit: usize) -> Explored {
        type Key = (String, i32, SortedSet<String>);
        let start = State::start(s);
        let first: Key = (start.beat, start.trust, start.flags);
        let mut order = vec![first.clone()];
        let mut seen: HashSet<Key> = HashSet::from([first]);
        let mut edges: HashMap<Key, Vec<Key>> = HashMap::new();
        let mut stuck = Vec::new();
        let mut next = 0;
        while next < order.len() {
            if seen.len() > limit {
                return Explored {
                    too_many: true,
                    ..Explored::default()
                };
            }
            let key = order[next].clone();
            next += 1;
            let beat = s.beat(&key.0).unwrap();
            if beat.ending.is_some() {
                continue;
            }
            let mut options: Vec<(&Effect, &[Target])> = Vec::new();
            for c in beat.choices.iter().filter(|c| c.shown.holds(key.1, &key.2)) {
                options.push((&c.effect, &c.next));
            }
            if let Some(r) = &beat.respond {
                options.push((&r.good.effect, &r.good.next));
                options.push((&r.poor.effect, &r.poor.next));
            }
            let mut out = Vec::new();
            for (effect, targets) in options {
                let mut state = State {
                    beat: key.0.clone(),
                    trust: key.1,
                    flags: key.2.clone(),
                    turns: Vec::new(),
                };
                apply(&mut state, effect);
                if let Some(t) = choose(targets, state.trust, &state.flags) {
                    out.push((t.beat.clone(), state.trust, state.flags));
                }
            }
            if out.is_empty() {
                let at = s.beats.iter().position(|b| b.id == key.0).unwrap();
                stuck.push((at, key.1, key.2.clone()));
            }
            for n in &out {
                if seen.insert(n.clone()) {
                    order.push(n.clone());
                }
            }
            edges.insert(key, out);
        }
        let mut finishing: HashSet<&Key> = seen
            .iter()
            .filter(|k| s.beat(&k.0).unwrap().ending.is_some())
            .collect();
        loop {
            let before = finishing.len();
            for (key, out) in &edges {
                if out.iter().any(|n| finishing.contains(n)) {
                    finishing.insert(key);
                }
            }
            if finishing.len() == before {
                break;
            }
        }
        let by_beat = |keep: &dyn Fn(&Key) -> bool| -> Vec<bool> {
            s.beats
                .iter()
                .map(|b| seen.iter().any(|k| k.0 == b.id && keep(k)))
                .collect()
        };
        Explored {
            too_many: false,
            reached: by_beat(&|_| true),
            stuck,
            looping: by_beat(&|k| {
                !finishing.contains(k) && edges.get(k).is_some_and(|out| !out.is_empty())
            }),
        }
    }

    const FLAGS: [&str; 3] = ["a", "b", "c"];

    fn condition() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            (0..3usize).prop_map(|f| FLAGS[f].to_owned()),
            (0..3usize).prop_map(|f| format!("!{}", FLAGS[f])),
            (-3..4i32).prop_map(|n| format!("trust >= {n}")),
            ((0..3usize), (-3..4i32)).prop_map(|(f, n)| format!("{} and trust < {n}", FLAGS[f])),
        ]
    }

    fn choice(beats: usize) -> impl Strategy<Value = String> {
        (
            -3..4i32,
            proptest::option::of(0..3usize),
            proptest::option::of(0..3usize),
            condition(),
            proptest::collection::vec((0..beats, condition()), 1..3),
        )
            .prop_map(|(trust, set, clear, shown, next)| {
                let mut text =
                    format!("  choice: Say it.\n    feedback: Why.\n    trust: {trust:+}\n");
                if let Some(f) = set {
                    text += &format!("    set: {}\n", FLAGS[f]);
                }
                if let Some(f) = clear {
                    text += &format!("    clear: {}\n", FLAGS[f]);
                }
                if !shown.is_empty() {
                    text += &format!("    if: {shown}\n");
                }
                for (to, when) in next {
                    let when = if when.is_empty() {
                        String::new()
                    } else {
                        format!(" if {when}")
                    };
                    text += &format!("    next: b{to}{when}\n");
                }
                text
            })
    }

    /// A scenario of 2 to 7 beats with random choices, conditions and effects; some beats
    /// are endings, and any of them may be stuck, looping or out of reach.
    fn scenario() -> impl Strategy<Value = String> {
        (2..8usize).prop_flat_map(|beats| {
            proptest::collection::vec(
                (
                    any::<bool>(),
                    proptest::collection::vec(choice(beats), 1..4),
                ),
                beats,
            )
            .prop_map(move |shapes| {
                let mut text =
                    "scenario: random\ntitle: T\nthemes: empathy\ncharacter: Ana, lead, Lisbon\n"
                        .to_owned();
                for (i, (ending, choices)) in shapes.into_iter().enumerate() {
                    text += &format!("beat: b{i}\n  mood: calm\n  says: Hello.\n");
                    if ending && i > 0 {
                        text +=
                            "  ending: End\n  debrief: Done.\n  question: One?\n  question: Two?\n";
                    } else {
                        text += &choices.concat();
                    }
                }
                text
            })
        })
    }

    fn same(a: &Explored, b: &Explored) -> bool {
        a.too_many == b.too_many
            && a.reached == b.reached
            && a.stuck == b.stuck
            && a.looping == b.looping
    }

    proptest! {
        #[test]
        fn agrees_with_the_plain_exploration(source in scenario(), limit in prop_oneof![Just(6usize), Just(10_000)]) {
            let (scenario, problems) = read("random.txt", &source);
            prop_assert_eq!(problems, vec![], "{}", source);
            let scenario = scenario.unwrap();
            let (fast, plain) = (explore(&scenario, limit), reference(&scenario, limit));
            prop_assert!(same(&fast, &plain), "{source}\nfast {fast:#?}\nplain {plain:#?}");
        }
    }

    /// `beats` beats in a row, each choosing whether to set its own flag: 2^beats paths.
    fn doubling(beats: usize) -> Scenario {
        let mut text =
            "scenario: doubling\ntitle: T\nthemes: empathy\ncharacter: Ana, lead, Lisbon\n"
                .to_owned();
        for i in 0..beats {
            let next = if i + 1 == beats {
                "end".to_owned()
            } else {
                format!("b{}", i + 1)
            };
            text += &format!(
                "beat: {}\n  mood: calm\n  says: Hello.\n  choice: Yes.\n    feedback: Why.\n    set: f{i}\n    next: {next}\n  choice: No.\n    feedback: Why.\n    next: {next}\n",
                if i == 0 { "start".to_owned() } else { format!("b{i}") }
            );
        }
        text += "beat: end\n  mood: calm\n  says: Bye.\n  ending: End\n  debrief: Done.\n  question: One?\n  question: Two?\n";
        read("doubling.txt", &text).0.unwrap()
    }

    #[test]
    fn stops_once_past_the_limit() {
        // 2^0 + 2^1 + … + 2^12 states before the ending, and 2^12 at it: 12,287 in all.
        let s = doubling(12);
        assert!(explore(&s, 5_000).too_many);
        let found = explore(&s, 20_000);
        assert!(!found.too_many);
        assert!(found.reached.iter().all(|r| *r));
        assert!(found.stuck.is_empty());
        assert!(!found.looping.iter().any(|l| *l));
    }
}
