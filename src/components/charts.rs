//! Small SVG charts drawn from figures the core computed, each with the same figures in a
//! table behind a toggle, so a chart is never the only way to read them.

use rapport_core::words::one_decimal;
use yew::prelude::*;

/// One figure: its label on the x axis, its value, and the value in words for the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub label: String,
    pub value: i32,
    pub words: String,
}

#[derive(PartialEq)]
pub struct ChartProps {
    /// What the chart shows, read by screen readers.
    pub title: AttrValue,
    pub points: Vec<Point>,
    /// The value range drawn (widened to fit the points).
    pub low: i32,
    pub high: i32,
    /// Column headings of the table.
    pub column: AttrValue,
    pub value_column: AttrValue,
}

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 170.0;
const PAD: f64 = 28.0;

struct Scale {
    count: usize,
    low: i32,
    high: i32,
}

impl Scale {
    fn new(props: &ChartProps) -> Scale {
        let low = props
            .points
            .iter()
            .map(|p| p.value)
            .min()
            .unwrap_or(props.low)
            .min(props.low);
        let high = props
            .points
            .iter()
            .map(|p| p.value)
            .max()
            .unwrap_or(props.high)
            .max(props.high)
            .max(low + 1);
        Scale {
            count: props.points.len(),
            low,
            high,
        }
    }

    fn x(&self, i: usize) -> f64 {
        PAD + (i as f64 + 0.5) * (WIDTH - 2.0 * PAD) / self.count.max(1) as f64
    }

    fn y(&self, v: i32) -> f64 {
        PAD + (self.high - v) as f64 * (HEIGHT - 2.0 * PAD) / (self.high - self.low) as f64
    }
}

fn table(props: &ChartProps) -> Html {
    html! {
        <details class="chart__table">
            <summary>{ "Show the figures as a table" }</summary>
            <table class="data-table">
                <thead><tr><th scope="col">{ props.column.clone() }</th><th scope="col">{ props.value_column.clone() }</th></tr></thead>
                <tbody>
                    { for props.points.iter().map(|p| html! { <tr><td data-label={props.column.clone()}>{ &p.label }</td><td data-label={props.value_column.clone()}>{ &p.words }</td></tr> }) }
                </tbody>
            </table>
        </details>
    }
}

fn axis(scale: &Scale) -> Html {
    let mut marks = vec![scale.low, scale.high];
    if scale.low < 0 && scale.high > 0 {
        marks.push(0);
    }
    html! {
        { for marks.into_iter().map(|v| html! {
            <>
                <line class="chart__grid" x1={one_decimal(PAD)} x2={one_decimal(WIDTH - PAD)} y1={one_decimal(scale.y(v))} y2={one_decimal(scale.y(v))} />
                <text class="chart__label" x="2" y={one_decimal(scale.y(v) + 4.0)}>{ v }</text>
            </>
        }) }
    }
}

/// A line through the points, in order.
pub fn line_chart(props: &ChartProps) -> Html {
    let scale = Scale::new(props);
    let line: Vec<String> = props
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{},{}",
                one_decimal(scale.x(i)),
                one_decimal(scale.y(p.value))
            )
        })
        .collect();
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", one_decimal(WIDTH), one_decimal(HEIGHT))} role="img" aria-label={props.title.clone()}>
                { axis(&scale) }
                <polyline class="chart__line" points={line.join(" ")} />
                { for props.points.iter().enumerate().map(|(i, p)| html! {
                    <circle class="chart__point" cx={one_decimal(scale.x(i))} cy={one_decimal(scale.y(p.value))} r="4"><title>{ format!("{}: {}", p.label, p.words) }</title></circle>
                }) }
            </svg>
            { table(props) }
        </figure>
    }
}

/// One bar per point, labelled underneath.
pub fn bar_chart(props: &ChartProps) -> Html {
    let scale = Scale::new(props);
    let width = (WIDTH - 2.0 * PAD) / props.points.len().max(1) as f64 * 0.6;
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", one_decimal(WIDTH), one_decimal(HEIGHT + 16.0))} role="img" aria-label={props.title.clone()}>
                { axis(&scale) }
                { for props.points.iter().enumerate().map(|(i, p)| {
                    let (top, bottom) = (scale.y(p.value), scale.y(scale.low.max(0)));
                    html! {
                        <g>
                            <rect class="chart__bar" x={one_decimal(scale.x(i) - width / 2.0)} y={one_decimal(top.min(bottom))} width={one_decimal(width)} height={one_decimal((bottom - top).abs().max(1.0))}><title>{ format!("{}: {}", p.label, p.words) }</title></rect>
                            <text class="chart__label" x={one_decimal(scale.x(i))} y={one_decimal(HEIGHT + 8.0)} text-anchor="middle">{ &p.label }</text>
                        </g>
                    }
                }) }
            </svg>
            { table(props) }
        </figure>
    }
}
