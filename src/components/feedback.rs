//! The coach's feedback on a checked reply: the score in numbers and words, what went
//! well first, then what got in the way, then one or two things to try, and which
//! expected feelings and key points the reply captured.

use rapport_core::coach::highlight::numbers;
use rapport_core::coach::{Assessment, Captured, Hint, HintKind};
use yew::prelude::*;

fn hint_list(
    title: &str,
    class: &str,
    hints: &[(usize, &Hint)],
    numbers: &[Option<usize>],
) -> Html {
    if hints.is_empty() {
        return html! {};
    }
    html! {
        <section class={classes!("hints", class.to_owned())}>
            <h3>{ title }</h3>
            <ul>
                { for hints.iter().map(|(i, hint)| html! {
                    <li>
                        if let Some(n) = numbers[*i] { <span class="hint__ref" aria-label={format!("hint {n}")}>{ n }</span> }
                        { &hint.text }
                    </li>
                }) }
            </ul>
        </section>
    }
}

fn captured(title: &str, items: &Captured, missed_title: &str) -> Html {
    if items.captured.is_empty() && items.missed.is_empty() {
        return html! {};
    }
    let show = |item: &String| item.split('|').next().unwrap_or(item).trim().to_owned();
    html! {
        <div class="captured">
            <h4>{ title }</h4>
            <ul class="captured__list">
                { for items.captured.iter().map(|item| html! { <li class="captured__yes"><span class="captured__mark">{ "Captured: " }</span>{ show(item) }</li> }) }
                { for items.missed.iter().map(|item| html! { <li class="captured__no"><span class="captured__mark">{ format!("{missed_title}: ") }</span>{ show(item) }</li> }) }
            </ul>
        </div>
    }
}

pub fn feedback(a: &Assessment, heading_ref: NodeRef) -> Html {
    html! {
        <section class="feedback" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading" tabindex="-1" ref={heading_ref}>{ "Coach feedback" }</h2>
            <p class="score">
                <span class="score__number">{ a.score }</span>
                <span class="score__of">{ "/ 100" }</span>
                <span class="score__band">{ a.band() }</span>
            </p>
            { coaching(a) }
        </section>
    }
}

/// What went well, what got in the way, what to try, and what the author hoped for: the
/// drill's feedback, and the same under a role-play's free-text turn.
pub fn coaching(a: &Assessment) -> Html {
    let numbers = numbers(&a.hints);
    let of = |kind: HintKind| -> Vec<(usize, &Hint)> {
        a.hints
            .iter()
            .enumerate()
            .filter(|(_, h)| h.kind == kind)
            .collect()
    };
    html! {
        <>
            { hint_list("What worked", "hints--well", &of(HintKind::WentWell), &numbers) }
            { hint_list("What got in the way", "hints--blocked", &of(HintKind::GotInTheWay), &numbers) }
            { hint_list("Try next", "hints--try", &of(HintKind::TryNext), &numbers) }
            if let Some(report) = &a.annotations {
                <section class="hints hints--captured">
                    <h3>{ "What the author hoped you'd pick up" }</h3>
                    { captured("Feelings", &report.feelings, "Not yet named") }
                    { captured("Key points", &report.key_points, "Not yet reflected") }
                </section>
            }
        </>
    }
}
