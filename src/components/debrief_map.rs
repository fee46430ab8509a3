//! The debrief map: every beat of the scenario as a node, laid out by the core, the path
//! the learner took drawn solid and the roads not taken dashed, with a text summary.

use rapport_core::scenario::map::Map;
use rapport_core::words::one_decimal;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct DebriefMapProps {
    pub map: Map,
    /// Read by screen readers in place of the drawing.
    pub summary: AttrValue,
}

const WIDTH: f64 = 640.0;
const ROW: f64 = 86.0;

pub fn debrief_map(props: &DebriefMapProps) -> Html {
    let m = &props.map;
    let per_layer =
        |layer: usize| m.nodes.iter().filter(|n| n.layer == layer).count().max(1) as f64;
    let point = |i: usize| {
        let n = &m.nodes[i];
        (
            (n.column as f64 + 0.5) * WIDTH / per_layer(n.layer),
            36.0 + n.layer as f64 * ROW,
        )
    };
    let height = 36.0 + m.layers as f64 * ROW;
    html! {
        <figure class="debrief-map">
            <svg viewBox={format!("0 0 {} {}", one_decimal(WIDTH), one_decimal(height))} role="img" aria-labelledby="map-title map-desc" preserveAspectRatio="xMidYMin meet">
                <title id="map-title">{ "Map of the conversation" }</title>
                <desc id="map-desc">{ props.summary.clone() }</desc>
                { for m.edges.iter().map(|e| {
                    let ((x1, y1), (x2, y2)) = (point(e.from), point(e.to));
                    html! { <line class={if e.taken { "edge edge--taken" } else { "edge" }} x1={one_decimal(x1)} y1={one_decimal(y1)} x2={one_decimal(x2)} y2={one_decimal(y2)} /> }
                }) }
                { for m.nodes.iter().enumerate().map(|(i, n)| {
                    let (x, y) = point(i);
                    let class = classes!("node", n.ending.then_some("node--ending"), n.visited.then_some("node--visited"));
                    html! {
                        <g {class}>
                            <title>{ format!("{}{}", if n.visited { "Visited: " } else { "Not visited: " }, n.label) }</title>
                            if n.ending {
                                <rect x={one_decimal(x - 15.0)} y={one_decimal(y - 15.0)} width="30" height="30" rx="6" />
                                <text x={one_decimal(x)} y={one_decimal(y + 32.0)} text-anchor="middle">{ &n.label }</text>
                            } else {
                                <circle cx={one_decimal(x)} cy={one_decimal(y)} r="13" />
                            }
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="debrief-map__key">
                <span class="key key--taken">{ "Solid line and filled shape: the path you took" }</span>
                <span class="key key--other">{ "Dashed line and hollow shape: paths not taken" }</span>
                <span class="key key--ending">{ "Squares: endings" }</span>
            </figcaption>
        </figure>
    }
}
