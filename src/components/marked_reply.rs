//! The learner's checked reply with the words behind each hint marked, numbered to match
//! the hint list, and labelled for screen readers.

use rapport_core::coach::highlight::{label, numbers, segments};
use rapport_core::coach::{Assessment, HintKind};
use yew::prelude::*;

pub fn marked_reply(response: &str, assessment: &Assessment) -> Html {
    html! {
        <blockquote class="reply">{ marks(response, assessment) }</blockquote>
    }
}

/// The reply's words with the marks alone, for a caller that frames them itself (a chat
/// bubble in a role-play).
pub fn marks(response: &str, assessment: &Assessment) -> Html {
    let hints = &assessment.hints;
    let numbers = numbers(hints);
    html! {
        <>
            { for segments(response, hints).into_iter().map(|segment| {
                let text = &response[segment.start..segment.end];
                if segment.hints.is_empty() {
                    return html! { { text } };
                }
                let blocked = segment.hints.iter().any(|i| hints[*i].kind == HintKind::GotInTheWay);
                let class = if blocked { "mark mark--blocked" } else { "mark mark--well" };
                let refs: Vec<usize> = segment.hints.iter().filter_map(|i| numbers[*i]).collect();
                let spoken: Vec<String> = segment.hints.iter().filter_map(|i| numbers[*i].map(|n| label(&hints[*i], n))).collect();
                html! {
                    <mark {class}>
                        { text }
                        <sup class="mark__ref" aria-hidden="true">{ refs.iter().map(ToString::to_string).collect::<Vec<_>>().join(",") }</sup>
                        <span class="sr-only">{ format!(" ({})", spoken.join("; ")) }</span>
                    </mark>
                }
            }) }
        </>
    }
}
