//! The studio's map of one scenario: the core's layout drawn as SVG (beats as labelled
//! boxes, choices as arrows, the start, endings and problems marked in words as well as
//! colour) and the same told as a list beside it. Choosing a beat, in either, asks for the
//! cursor on its line; "Play from here" asks for a play-test from it (offered where there
//! is something to play: not at an ending, nor at a beat no run reaches).
//!
//! [`StudioMaps`] puts every scenario's map in its own section; as a component it is drawn
//! again only when the maps change, not at each keystroke or turn of a check.

use std::rc::Rc;

use rapport_core::scenario::studio_map::{StudioMap, BOX_HEIGHT, BOX_WIDTH};
use rapport_core::words::plural;
use yew::prelude::*;

/// Room to the right of the boxes for the arrows that turn back to an earlier layer.
const BACK_ROOM: u32 = 44;

#[derive(Properties, PartialEq)]
pub struct StudioMapProps {
    pub map: Rc<StudioMap>,
    /// Its place among the pack's scenarios, for ids unique on the page.
    pub at: usize,
    /// The line to put the cursor on.
    pub on_line: Callback<usize>,
    /// The beat to play from, by id, when a play-test is offered.
    #[prop_or_default]
    pub on_play: Option<Callback<String>>,
}

/// What marks a beat, in words: the same words in its box and in the list.
fn marks(beat: &rapport_core::scenario::studio_map::MapBeat) -> Vec<&'static str> {
    let mut marks = Vec::new();
    if beat.start {
        marks.push("start");
    }
    if beat.ending.is_some() {
        marks.push("ending");
    }
    if beat.unreachable {
        marks.push("\u{26a0} unreachable");
    }
    if beat.dead_end {
        marks.push("\u{26a0} dead end");
    }
    marks
}

fn summary(map: &StudioMap) -> String {
    let mut text = format!(
        "Map of \u{201c}{}\u{201d}: {}, {}, {}",
        map.title,
        plural(map.beats.len(), "beat", "beats"),
        plural(map.choices.len(), "way on", "ways on"),
        plural(map.endings(), "ending", "endings"),
    );
    for (count, one, many) in [
        (map.unreachable(), "unreachable beat", "unreachable beats"),
        (map.dead_ends(), "dead end", "dead ends"),
    ] {
        if count > 0 {
            text.push_str(&format!(", {}", plural(count, one, many)));
        }
    }
    text.push_str(". The list beside it says the same in words.");
    text
}

/// The arrows, one per pair of beats however many choices join them: down to a later
/// layer from the bottom of a box to the top of the next, or, to the same or an earlier
/// layer, round the right-hand side.
fn arrows(map: &StudioMap, marker: &str) -> Html {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for choice in &map.choices {
        if let Some(to) = choice.to {
            if !pairs.contains(&(choice.from, to)) {
                pairs.push((choice.from, to));
            }
        }
    }
    let (w, h) = (BOX_WIDTH, BOX_HEIGHT);
    pairs
        .into_iter()
        .map(|(from, to)| {
            let (a, b) = (&map.beats[from], &map.beats[to]);
            let d = if b.layer > a.layer {
                let (x1, y1, x2, y2) = (a.x + w / 2, a.y + h, b.x + w / 2, b.y);
                let mid = (y1 + y2) / 2;
                format!("M{x1} {y1} C{x1} {mid} {x2} {mid} {x2} {}", y2 - 2)
            } else {
                let (x1, y1, x2, y2) = (a.x + w, a.y + h / 3, b.x + w, b.y + 2 * h / 3);
                let out = x1.max(x2) + BACK_ROOM - 8;
                format!("M{x1} {y1} C{out} {y1} {out} {y2} {}  {y2}", x2 + 2)
            };
            let class = classes!(
                "studio-map__arrow",
                (b.unreachable || b.dead_end).then_some("studio-map__arrow--problem")
            );
            html! { <path {class} d={d} marker-end={format!("url(#{marker})")} /> }
        })
        .collect()
}

#[function_component]
pub fn StudioMapView(props: &StudioMapProps) -> Html {
    let map = &props.map;
    let marker = format!("studio-arrow-{}", props.at);
    let width = map.width + BACK_ROOM;
    let choose = |line: usize| {
        let on_line = props.on_line.clone();
        Callback::from(move |_: MouseEvent| on_line.emit(line))
    };
    let keys = |line: usize| {
        let on_line = props.on_line.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_line.emit(line);
            }
        })
    };
    let play = |on_play: &Callback<String>, beat: &str| {
        let (on_play, beat) = (on_play.clone(), beat.to_owned());
        Callback::from(move |_: MouseEvent| on_play.emit(beat.clone()))
    };
    html! {
        <div class="studio-map">
            <div class="studio-map__drawing">
                <svg class="studio-map__svg" role="img" aria-label={summary(map)}
                    width={width.to_string()} height={map.height.to_string()}
                    viewBox={format!("0 0 {width} {}", map.height)}>
                    <defs>
                        <marker id={marker.clone()} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M0 0 L10 5 L0 10 z" class="studio-map__head" />
                        </marker>
                    </defs>
                    { arrows(map, &marker) }
                    { for map.beats.iter().map(|beat| {
                        let problem = beat.unreachable || beat.dead_end;
                        let class = classes!(
                            "studio-map__beat",
                            beat.start.then_some("studio-map__beat--start"),
                            beat.ending.is_some().then_some("studio-map__beat--ending"),
                            problem.then_some("studio-map__beat--problem"),
                        );
                        let words = marks(beat);
                        html! {
                            <g {class}>
                                <rect x={beat.x.to_string()} y={beat.y.to_string()} width={BOX_WIDTH.to_string()} height={BOX_HEIGHT.to_string()} rx="8" />
                                if beat.ending.is_some() {
                                    <rect class="studio-map__inner" x={(beat.x + 4).to_string()} y={(beat.y + 4).to_string()}
                                        width={(BOX_WIDTH - 8).to_string()} height={(BOX_HEIGHT - 8).to_string()} rx="5" />
                                }
                                <text class="studio-map__id" x={(beat.x + BOX_WIDTH / 2).to_string()} y={(beat.y + 24).to_string()} text-anchor="middle">{ &beat.label }</text>
                                <text class="studio-map__mark" x={(beat.x + BOX_WIDTH / 2).to_string()} y={(beat.y + 44).to_string()} text-anchor="middle">
                                    { if words.is_empty() { format!("line {}", beat.line) } else { words.join(" \u{b7} ") } }
                                </text>
                            </g>
                        }
                    }) }
                </svg>
                // The beats to choose lie over the drawing, in an SVG of their own: a
                // drawing read as one image cannot hold controls.
                <svg class="studio-map__keys" role="group" aria-label={format!("Beats of \u{201c}{}\u{201d}", map.title)}
                    width={width.to_string()} height={map.height.to_string()}
                    viewBox={format!("0 0 {width} {}", map.height)}>
                    { for map.beats.iter().map(|beat| {
                        let words = marks(beat);
                        let label = format!("{}, line {}{}{}: put the cursor on its line", beat.id, beat.line,
                            if words.is_empty() { "" } else { ", " }, words.join(", "));
                        html! {
                            <g class="studio-map__key" tabindex="0" role="button" aria-label={label}
                                onclick={choose(beat.line)} onkeydown={keys(beat.line)}>
                                <rect x={beat.x.to_string()} y={beat.y.to_string()} width={BOX_WIDTH.to_string()} height={BOX_HEIGHT.to_string()} rx="8" />
                            </g>
                        }
                    }) }
                </svg>
            </div>
            <ol class="studio-map__list">
                { for map.beats.iter().map(|beat| {
                    let words = marks(beat);
                    html! {
                        <li class={classes!((beat.unreachable || beat.dead_end).then_some("studio-map__item--problem"))}>
                            <p class="studio-map__row">
                                <button type="button" class="studio-map__goto" onclick={choose(beat.line)}>
                                    <code>{ &beat.id }</code>{ format!(" \u{2014} line {}", beat.line) }
                                </button>
                                { for words.iter().map(|w| html! { <span class="studio-map__tag">{ *w }</span> }) }
                                if let Some(title) = &beat.ending {
                                    <span class="studio-map__ending">{ format!("\u{201c}{title}\u{201d}") }</span>
                                }
                                if let (Some(on_play), false) = (&props.on_play, beat.unreachable || beat.ending.is_some()) {
                                    <button type="button" class="studio-map__play" onclick={play(on_play, &beat.id)}
                                        aria-label={format!("Play from here, beat {}", beat.id)}>{ "Play from here" }</button>
                                }
                            </p>
                            if !beat.choices.is_empty() {
                                <ul class="studio-map__ways">
                                    { for beat.choices.iter().map(|&c| {
                                        let way = &map.choices[c];
                                        let to = match way.to {
                                            Some(_) => format!(" \u{2192} {}", way.target),
                                            None => format!(" \u{2192} {}, which names no beat", way.target),
                                        };
                                        html! {
                                            <li>
                                                { format!("\u{201c}{}\u{201d}", way.label) }{ to }
                                                if way.conditional { { " (when its condition holds)" } }
                                            </li>
                                        }
                                    }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ol>
            if map.left_off > 0 {
                <p>{ format!("{} more are not drawn.", plural(map.left_off, "beat", "beats")) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StudioMapsProps {
    pub maps: Rc<Vec<Rc<StudioMap>>>,
    /// The line to put the cursor on.
    pub on_line: Callback<usize>,
    /// A play-test of the scenario at this place among the maps, from the beat named.
    pub on_play: Callback<(usize, String)>,
}

/// A map of each scenario, each in its own section.
#[function_component]
pub fn StudioMaps(props: &StudioMapsProps) -> Html {
    if props.maps.is_empty() {
        return html! {};
    }
    html! {
        <div class="studio-maps">
            { for props.maps.iter().enumerate().map(|(at, map)| {
                let title = format!("studio-map-title-{at}");
                html! {
                    <section class="studio-maps__scenario card" aria-labelledby={title.clone()}>
                        <h2 id={title}>{ "Map: " }{ &map.title }</h2>
                        <p class="studio-maps__how">{ "Choose a beat, in the drawing or the list, to put the cursor on its line, or play the scenario from it as a learner would." }</p>
                        <StudioMapView map={map.clone()} {at} on_line={props.on_line.clone()}
                            on_play={props.on_play.reform(move |beat: String| (at, beat))} />
                    </section>
                }
            }) }
        </div>
    }
}
