//! The conversation so far, chat-style: the colleague on the left with name and mood in
//! words, the learner on the right, and after each answer the feedback on it and what it
//! did to trust; a free-text answer is marked and coached as a drill's reply is.

use rapport_core::scenario::engine::{landing, trust_change};
use rapport_core::scenario::{Scenario, State};
use yew::prelude::*;

use crate::components::feedback::coaching;
use crate::components::marked_reply::marks;

fn them(scenario: &Scenario, beat_id: &str) -> Html {
    let Some(beat) = scenario.beat(beat_id) else {
        return html! {};
    };
    html! {
        <li class="bubble bubble--them">
            <p class="bubble__who">
                <strong>{ &scenario.character.name }</strong>
                <span class="bubble__mood">{ format!(" \u{b7} {}", beat.mood) }</span>
            </p>
            <p class="bubble__text">{ &beat.says }</p>
        </li>
    }
}

/// The turns of `state` in `scenario`; the answers are labelled `answered_by` (the learner
/// or, in a workshop, the room).
pub fn transcript(scenario: &Scenario, state: &State, answered_by: &str) -> Html {
    html! {
        <ol class="transcript" aria-label="Conversation">
            { for state.turns.iter().enumerate().map(|(index, turn)| {
                let respond = scenario.beat(&turn.beat).and_then(|b| b.respond.as_ref());
                let latest = index + 1 == state.turns.len();
                html! {
                <>
                    { them(scenario, &turn.beat) }
                    <li class="bubble bubble--me">
                        <p class="bubble__who"><strong>{ answered_by }</strong></p>
                        <p class="bubble__text">
                            if let Some((verdict, _)) = &turn.coached { { marks(&turn.said, verdict) } } else { { &turn.said } }
                        </p>
                    </li>
                    <li class={classes!("turn-feedback", if turn.trust_after >= turn.trust_before { "turn-feedback--up" } else { "turn-feedback--down" })}>
                        if let Some((verdict, passed)) = &turn.coached {
                            // Whether it landed is said once, on the line below, against the score it needed: a
                            // "did not quite land" here read oddly beside a score of 0.
                            <p class="turn-feedback__coach">{ format!("Coach score {} / 100: {}.", verdict.score, verdict.band()) }</p>
                            <p class="turn-feedback__pass">{ landing(verdict, *passed, respond.map_or(0, |r| r.threshold)) }</p>
                            // Open on the turn just taken; earlier turns keep their notes folded.
                            <details class="turn-feedback__coaching" open={latest}>
                                <summary>{ "What the coach saw in your reply" }</summary>
                                { coaching(verdict) }
                            </details>
                        }
                        <p>{ &turn.feedback }</p>
                        if let Some(example) = respond.map(|r| &r.example) {
                            <p class="turn-feedback__example"><strong>{ "One way to say it: " }</strong>{ example }</p>
                        }
                        <p class="turn-feedback__trust">{ trust_change(turn.trust_before, turn.trust_after) }</p>
                    </li>
                </>
            }}) }
            { them(scenario, &state.beat) }
        </ol>
    }
}
