//! The debrief map: beats laid out in layers by distance from the start, with the edges
//! the learner followed marked against those they did not. The UI draws it as SVG.

use std::collections::VecDeque;

use crate::sorted::SortedMap;

use super::model::Scenario;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapNode {
    pub id: String,
    /// Column within its layer and layer (row), from 0.
    pub column: usize,
    pub layer: usize,
    pub ending: bool,
    pub visited: bool,
    /// For an ending, its title; otherwise the colleague's mood.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapEdge {
    pub from: usize,
    pub to: usize,
    pub taken: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Map {
    pub nodes: Vec<MapNode>,
    pub edges: Vec<MapEdge>,
    /// The widest layer's size, and the number of layers.
    pub columns: usize,
    pub layers: usize,
}

/// The map of `scenario`, with `path` (the beats visited, in order) marked.
pub fn map(scenario: &Scenario, path: &[String]) -> Map {
    let index = scenario.beat_positions();
    let mut depth: Vec<Option<usize>> = vec![None; scenario.beats.len()];
    let mut queue = VecDeque::new();
    if let Some(&start) = index.get(scenario.start.as_str()) {
        depth[start] = Some(0);
        queue.push_back(start);
    }
    let mut edges: Vec<(usize, usize)> = Vec::new();
    while let Some(i) = queue.pop_front() {
        for target in scenario.beats[i].targets() {
            let Some(&j) = index.get(target.beat.as_str()) else {
                continue;
            };
            if !edges.contains(&(i, j)) {
                edges.push((i, j));
            }
            if depth[j].is_none() {
                depth[j] = Some(depth[i].unwrap_or(0) + 1);
                queue.push_back(j);
            }
        }
    }
    let deepest = depth.iter().flatten().max().copied().unwrap_or(0);
    let mut per_layer: SortedMap<usize, usize> = SortedMap::new();
    let nodes: Vec<MapNode> = scenario
        .beats
        .iter()
        .enumerate()
        .map(|(i, beat)| {
            let layer = depth[i].unwrap_or(deepest + 1);
            let next = per_layer.get_or_default(layer);
            let column = *next;
            *next += 1;
            MapNode {
                id: beat.id.clone(),
                column,
                layer,
                ending: beat.ending.is_some(),
                visited: path.contains(&beat.id),
                label: beat
                    .ending
                    .as_ref()
                    .map_or_else(|| beat.mood.clone(), |e| e.title.clone()),
            }
        })
        .collect();
    let taken = |from: usize, to: usize| {
        path.windows(2)
            .any(|w| w[0] == scenario.beats[from].id && w[1] == scenario.beats[to].id)
    };
    Map {
        edges: edges
            .into_iter()
            .map(|(from, to)| MapEdge {
                from,
                to,
                taken: taken(from, to),
            })
            .collect(),
        columns: per_layer.values().max().map_or(1, |c| c + 1),
        layers: nodes.iter().map(|n| n.layer + 1).max().unwrap_or(1),
        nodes,
    }
}
