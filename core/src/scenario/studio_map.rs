//! The studio's map of a scenario being written: its beats and the choices between them,
//! the start and the endings marked, and the beats the checks found unreachable or a dead
//! end, laid out in layers by distance from the start with every coordinate computed here,
//! so the UI only draws boxes and arrows where it is told and lists the same in words.
//!
//! It is built from the pack the studio's check has already read and from the problems
//! that check found, so drawing it costs no second reading or exploration of the text.

use std::collections::VecDeque;

use super::model::{Beat, Scenario};
use super::validate::{beat_problem, BeatProblem, MAX_BEATS};
use crate::content::Diagnostic;
use crate::sorted::SortedMap;

/// A beat's box, in the map's own units (the SVG's user units).
pub const BOX_WIDTH: u32 = 168;
pub const BOX_HEIGHT: u32 = 56;
/// Space between two boxes of a layer, between layers, and around the whole map.
pub const GAP_X: u32 = 28;
pub const GAP_Y: u32 = 64;
pub const MARGIN: u32 = 12;
/// The most characters of a beat id inside its box, and of a choice in an arrow's title:
/// the whole text is in the list beside the map.
pub const LABEL_CHARS: usize = 18;
pub const CHOICE_CHARS: usize = 60;

/// One beat on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapBeat {
    pub id: String,
    /// The id, shortened to fit its box.
    pub label: String,
    /// Where `beat:` is written, for the studio to put the cursor there.
    pub line: usize,
    /// Shortest distance from the start in choices; unreached beats are in the last layer.
    pub layer: usize,
    /// Top-left corner of the beat's box.
    pub x: u32,
    pub y: u32,
    pub start: bool,
    /// For an ending, its title.
    pub ending: Option<String>,
    pub unreachable: bool,
    pub dead_end: bool,
    /// This beat's ways on, as indices into [`StudioMap::choices`], in the order written.
    pub choices: Vec<usize>,
}

/// One way from a beat to another: a choice's `next:`, or a free-text reply's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapChoice {
    pub from: usize,
    /// The choice's words (shortened), or which reply leads this way.
    pub label: String,
    /// The beat it names, and its index when that beat exists.
    pub target: String,
    pub to: Option<usize>,
    /// Taken only when a condition holds (`next: x if …`).
    pub conditional: bool,
}

/// The map of one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudioMap {
    pub scenario: String,
    pub title: String,
    pub beats: Vec<MapBeat>,
    pub choices: Vec<MapChoice>,
    pub layers: usize,
    /// The whole drawing's size.
    pub width: u32,
    pub height: u32,
    /// Beats past [`MAX_BEATS`] are left off (the checks already refuse such a scenario).
    pub left_off: usize,
}

impl StudioMap {
    pub fn endings(&self) -> usize {
        self.beats.iter().filter(|b| b.ending.is_some()).count()
    }

    pub fn unreachable(&self) -> usize {
        self.beats.iter().filter(|b| b.unreachable).count()
    }

    pub fn dead_ends(&self) -> usize {
        self.beats.iter().filter(|b| b.dead_end).count()
    }
}

/// The maps of every scenario of a pack, marked with the `problems` its check found.
pub fn studio_maps(scenarios: &[&Scenario], problems: &[Diagnostic]) -> Vec<StudioMap> {
    // Problems by line, so each beat looks only at those on its own line.
    let mut by_line: SortedMap<usize, Vec<&Diagnostic>> = SortedMap::new();
    for problem in problems {
        by_line.get_or_default(problem.line).push(problem);
    }
    scenarios.iter().map(|s| studio_map(s, &by_line)).collect()
}

fn studio_map(s: &Scenario, by_line: &SortedMap<usize, Vec<&Diagnostic>>) -> StudioMap {
    let beats = &s.beats[..s.beats.len().min(MAX_BEATS)];
    let marks: Vec<(bool, bool)> = beats
        .iter()
        .map(|beat| {
            let found: Vec<BeatProblem> = by_line
                .get(&beat.line)
                .into_iter()
                .flatten()
                .filter_map(|p| beat_problem(beat, p))
                .collect();
            (
                found.contains(&BeatProblem::Unreachable),
                found.contains(&BeatProblem::DeadEnd),
            )
        })
        .collect();
    // The first beat of an id is the one a `next:` leads to, as in the engine.
    let mut index: SortedMap<&str, usize> = SortedMap::new();
    for (i, beat) in beats.iter().enumerate() {
        index.get_or_insert_with(beat.id.as_str(), || i);
    }
    let mut choices = Vec::new();
    let mut ways: Vec<Vec<usize>> = vec![Vec::new(); beats.len()];
    for (from, beat) in beats.iter().enumerate() {
        for (label, targets) in ways_on(beat) {
            for target in targets {
                ways[from].push(choices.len());
                choices.push(MapChoice {
                    from,
                    label: label.clone(),
                    target: target.beat.clone(),
                    to: index.get(target.beat.as_str()).copied(),
                    conditional: !target.when.parts.is_empty(),
                });
            }
        }
    }
    // Layers: breadth first from the start, never through a beat the checks found no run
    // reaches (it may still be named by a choice no run can make).
    let mut layer: Vec<Option<usize>> = vec![None; beats.len()];
    let mut queue = VecDeque::new();
    if let Some(&start) = index.get(s.start.as_str()) {
        if !marks[start].0 {
            layer[start] = Some(0);
            queue.push_back(start);
        }
    }
    while let Some(i) = queue.pop_front() {
        let next = layer[i].map_or(0, |l| l + 1);
        for &c in &ways[i] {
            if let Some(j) = choices[c].to {
                if layer[j].is_none() && !marks[j].0 {
                    layer[j] = Some(next);
                    queue.push_back(j);
                }
            }
        }
    }
    let last = layer.iter().flatten().max().map_or(0, |l| l + 1);
    let layer: Vec<usize> = layer.into_iter().map(|l| l.unwrap_or(last)).collect();
    let layers = layer.iter().max().map_or(0, |l| l + 1);
    // Each layer's beats in file order, the layer centred on the widest.
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for (i, l) in layer.iter().enumerate() {
        rows[*l].push(i);
    }
    let widest = rows.iter().map(Vec::len).max().unwrap_or(0) as u32;
    let pitch_x = BOX_WIDTH + GAP_X;
    let width = MARGIN * 2 + (widest * pitch_x).saturating_sub(GAP_X);
    let height = MARGIN * 2 + (layers as u32 * (BOX_HEIGHT + GAP_Y)).saturating_sub(GAP_Y);
    let mut place = vec![(0, 0); beats.len()];
    for (l, row) in rows.iter().enumerate() {
        let inset = (widest - row.len() as u32) * pitch_x / 2;
        for (column, &i) in row.iter().enumerate() {
            place[i] = (
                MARGIN + inset + column as u32 * pitch_x,
                MARGIN + l as u32 * (BOX_HEIGHT + GAP_Y),
            );
        }
    }
    StudioMap {
        scenario: s.id.clone(),
        title: s.title.clone(),
        beats: beats
            .iter()
            .enumerate()
            .map(|(i, beat)| MapBeat {
                id: beat.id.clone(),
                label: shorten(&beat.id, LABEL_CHARS),
                line: beat.line,
                layer: layer[i],
                x: place[i].0,
                y: place[i].1,
                start: beat.id == s.start && index.get(s.start.as_str()) == Some(&i),
                ending: beat.ending.as_ref().map(|e| e.title.clone()),
                unreachable: marks[i].0,
                dead_end: marks[i].1,
                choices: std::mem::take(&mut ways[i]),
            })
            .collect(),
        choices,
        layers,
        width,
        height,
        left_off: s.beats.len() - beats.len(),
    }
}

/// A beat's ways on with the words that take them: each choice, then a free-text reply's
/// good and poor outcomes.
fn ways_on(beat: &Beat) -> Vec<(String, &[super::model::Target])> {
    let mut ways: Vec<(String, &[super::model::Target])> = beat
        .choices
        .iter()
        .map(|c| (shorten(&c.text, CHOICE_CHARS), c.next.as_slice()))
        .collect();
    if let Some(r) = &beat.respond {
        ways.push(("A good free-text reply".to_owned(), r.good.next.as_slice()));
        ways.push(("A poor free-text reply".to_owned(), r.poor.next.as_slice()));
    }
    ways
}

/// `text` cut to at most `chars` characters, an ellipsis saying so.
pub fn shorten(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars.saturating_sub(1)) {
        Some((at, _)) if text[at..].chars().count() > 1 => format!("{}\u{2026}", &text[..at]),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pack::EXAMPLE;
    use crate::content::problems::studio_check;

    fn map_of(text: &str) -> (StudioMap, Vec<Diagnostic>) {
        let mut check = studio_check(text);
        assert_eq!(check.maps.len(), 1);
        (check.maps.remove(0), check.problems)
    }

    fn layers(map: &StudioMap) -> Vec<Vec<&str>> {
        let mut rows = vec![Vec::new(); map.layers];
        for beat in &map.beats {
            rows[beat.layer].push(beat.id.as_str());
        }
        rows
    }

    fn edges(map: &StudioMap) -> Vec<(&str, &str)> {
        map.choices
            .iter()
            .map(|c| (map.beats[c.from].id.as_str(), c.target.as_str()))
            .collect()
    }

    #[test]
    fn the_example_s_layers_edges_and_endings() {
        let (map, problems) = map_of(EXAMPLE);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(map.scenario, "team-north-missed-handoff");
        assert_eq!(
            layers(&map),
            vec![
                vec!["start"],
                vec!["cost"],
                vec!["fix"],
                vec!["kept", "wary"]
            ]
        );
        assert_eq!(
            edges(&map),
            vec![
                ("start", "cost"),
                ("start", "cost"),
                ("cost", "fix"),
                ("cost", "fix"),
                ("fix", "kept"),
                ("fix", "wary"),
                ("fix", "wary"),
            ]
        );
        assert!(map.choices[4].conditional && !map.choices[5].conditional);
        assert_eq!(map.choices[2].label, "A good free-text reply");
        assert_eq!(
            map.choices[1].label,
            "The branch status was in the tracker, though."
        );
        let start: Vec<_> = map
            .beats
            .iter()
            .filter(|b| b.start)
            .map(|b| &b.id)
            .collect();
        assert_eq!(start, ["start"]);
        let endings: Vec<_> = map
            .beats
            .iter()
            .filter_map(|b| b.ending.as_deref())
            .collect();
        assert_eq!(
            endings,
            ["An agreement she can check", "Planning around you"]
        );
        assert_eq!((map.unreachable(), map.dead_ends()), (0, 0));
        let line = EXAMPLE.lines().position(|l| l == "beat: fix").unwrap() + 1;
        assert_eq!(map.beats[2].line, line);
        assert_eq!(map.beats[2].choices, [4, 5, 6]);
    }

    #[test]
    fn boxes_sit_in_their_layers_without_overlapping() {
        let (map, _) = map_of(EXAMPLE);
        // The widest layer holds two beats; a single beat is centred above them.
        assert_eq!(map.width, MARGIN * 2 + BOX_WIDTH * 2 + GAP_X);
        assert_eq!(map.height, MARGIN * 2 + BOX_HEIGHT * 4 + GAP_Y * 3);
        let [start, cost, _, kept, wary] = &map.beats[..] else {
            panic!()
        };
        assert_eq!(
            (start.x, start.y),
            (MARGIN + (BOX_WIDTH + GAP_X) / 2, MARGIN)
        );
        assert_eq!(cost.y, MARGIN + BOX_HEIGHT + GAP_Y);
        assert_eq!((kept.x, wary.x), (MARGIN, MARGIN + BOX_WIDTH + GAP_X));
        assert_eq!(kept.y, wary.y);
        for beat in &map.beats {
            assert!(beat.x + BOX_WIDTH + MARGIN <= map.width);
            assert!(beat.y + BOX_HEIGHT + MARGIN <= map.height);
        }
    }

    /// The example with a beat nothing leads to and a beat that leads nowhere.
    fn with_an_orphan_and_a_dead_end() -> String {
        let orphan = "\nbeat: aside\n  mood: calm\n  says: By the way.\n  thought: Nobody asks.\n  choice: Go on.\n    feedback: Fine.\n    next: wary\n";
        let stuck = "\nbeat: stuck\n  mood: lost\n  says: And then?\n  thought: Nothing follows.\n";
        let text = EXAMPLE.replace(
            "  choice: I'll try to remember.\n",
            "  choice: Wait.\n    feedback: She waits.\n    next: stuck\n  choice: I'll try to remember.\n",
        );
        format!("{text}{orphan}{stuck}")
    }

    #[test]
    fn unreachable_beats_and_dead_ends_are_marked_as_the_checks_say() {
        let text = with_an_orphan_and_a_dead_end();
        let (map, problems) = map_of(&text);
        let said: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(
            said.contains(&"beat `aside` can never be reached"),
            "{said:?}"
        );
        assert!(
            said.contains(&"beat `stuck` has no way forward and is not an ending"),
            "{said:?}"
        );
        let marked = |f: fn(&MapBeat) -> bool| -> Vec<&str> {
            map.beats
                .iter()
                .filter(|b| f(b))
                .map(|b| b.id.as_str())
                .collect()
        };
        assert_eq!(marked(|b| b.unreachable), ["aside"]);
        // Only `stuck` is a dead end: `fix`, which leads to it, has other ways on.
        assert_eq!(marked(|b| b.dead_end), ["stuck"]);
        // Each mark is a problem of the list, on the marked beat's line.
        for beat in map.beats.iter().filter(|b| b.unreachable || b.dead_end) {
            assert!(problems.iter().any(|p| p.line == beat.line), "{}", beat.id);
        }
        // The unreached beat sits alone in a last layer, after the endings.
        assert_eq!(
            layers(&map),
            vec![
                vec!["start"],
                vec!["cost"],
                vec!["fix"],
                vec!["kept", "wary", "stuck"],
                vec!["aside"]
            ]
        );
    }

    #[test]
    fn a_state_where_no_choice_is_shown_is_a_dead_end() {
        // `fix` shows its only choices when a flag is set that the first answer may not set.
        let text = EXAMPLE
            .replace(
                "  choice: I'll try to remember.\n",
                "  choice: I'll try to remember.\n    if: owned\n",
            )
            .replace(
                "  choice: I'll post the note before I log off every day, and if I can't, I'll message you directly. Can we check in on Friday to see if it's working?\n",
                "  choice: I'll post the note before I log off every day, and if I can't, I'll message you directly. Can we check in on Friday to see if it's working?\n    if: owned\n",
            );
        let (map, problems) = map_of(&text);
        let stuck: Vec<_> = problems
            .iter()
            .filter(|p| p.message.starts_with("at beat `fix`"))
            .collect();
        assert!(!stuck.is_empty(), "{problems:?}");
        let fix = map.beats.iter().find(|b| b.id == "fix").unwrap();
        assert!(fix.dead_end && !fix.unreachable);
        assert_eq!(map.dead_ends(), 1);
    }

    #[test]
    fn a_broken_target_is_drawn_as_leading_nowhere() {
        let text = EXAMPLE.replace("    next: fix\n", "    next: fixx\n");
        let (map, _) = map_of(&text);
        let broken: Vec<_> = map.choices.iter().filter(|c| c.to.is_none()).collect();
        assert_eq!(broken.len(), 1);
        assert_eq!(broken[0].target, "fixx");
        // Exploration is not run over a broken target, so nothing is marked unreachable.
        assert_eq!(map.unreachable(), 0);
    }

    #[test]
    fn labels_are_shortened_by_characters() {
        assert_eq!(shorten("short", 18), "short");
        assert_eq!(shorten("exactly-eighteen-c", 18), "exactly-eighteen-c");
        assert_eq!(
            shorten("a-much-longer-beat-id", 18),
            "a-much-longer-bea\u{2026}"
        );
        assert_eq!(shorten("\u{e9}\u{e9}\u{e9}", 2), "\u{e9}\u{2026}");
    }

    #[test]
    fn every_layer_keeps_the_file_order() {
        let text = EXAMPLE.replace(
            "    next: kept if trust >= 2\n    next: wary\n",
            "    next: wary if trust < 2\n    next: kept\n",
        );
        let (map, _) = map_of(&text);
        assert_eq!(layers(&map)[3], ["kept", "wary"]);
    }
}
