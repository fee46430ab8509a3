//! Trust over the conversation, as a small line chart with the same figures in a table
//! behind a toggle, so the chart is never the only way to read them.

use rapport_core::scenario::engine::trust_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrustChartProps {
    /// Trust at the start and after each turn.
    pub points: Vec<i32>,
}

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 160.0;
const PAD: f64 = 28.0;

#[function_component]
pub fn TrustChart(props: &TrustChartProps) -> Html {
    let points = &props.points;
    let top = points.iter().copied().max().unwrap_or(0).max(3);
    let bottom = points.iter().copied().min().unwrap_or(0).min(-3);
    let x = |i: usize| {
        PAD + i as f64 * (WIDTH - 2.0 * PAD) / (points.len().saturating_sub(1).max(1)) as f64
    };
    let y = |v: i32| PAD + (top - v) as f64 * (HEIGHT - 2.0 * PAD) / (top - bottom) as f64;
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v)))
        .collect();
    let last = points.last().copied().unwrap_or(0);
    html! {
        <figure class="trust-chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={format!("Trust over the conversation, from {} to {}", trust_words(points[0]), trust_words(last))}>
                <line class="trust-chart__zero" x1={PAD.to_string()} x2={(WIDTH - PAD).to_string()} y1={y(0).to_string()} y2={y(0).to_string()} />
                <text class="trust-chart__label" x="2" y={(y(0) + 4.0).to_string()}>{ "0" }</text>
                <polyline class="trust-chart__line" points={line.join(" ")} />
                { for points.iter().enumerate().map(|(i, v)| html! {
                    <circle class="trust-chart__point" cx={x(i).to_string()} cy={y(*v).to_string()} r="4" />
                }) }
            </svg>
            <details class="trust-chart__table">
                <summary>{ "Show the figures as a table" }</summary>
                <table class="data-table">
                    <thead><tr><th scope="col">{ "After" }</th><th scope="col">{ "Trust" }</th></tr></thead>
                    <tbody>
                        { for points.iter().enumerate().map(|(i, v)| html! {
                            <tr>
                                <td>{ if i == 0 { "The start".to_owned() } else { format!("Turn {i}") } }</td>
                                <td>{ format!("{} ({v:+})", trust_words(*v)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
