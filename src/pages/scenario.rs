//! A role-play: the situation, the conversation so far, your turn (choices or your own
//! words), rewind and restart; once it ends, the debrief: the map of your path, trust over
//! time, the feedback collected, and reflection questions with a private notes box.

use rapport_core::scenario::engine::{trust_words, Answer};
use rapport_core::scenario::hidden::hidden_choices;
use rapport_core::scenario::map::map;
use rapport_core::scenario::play::PlayAction;
use rapport_core::state::Action;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::components::charts::{line_chart, ChartProps, Point};
use crate::components::debrief_map::{debrief_map, DebriefMapProps};
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::components::tags::tags;
use crate::components::transcript::transcript;
use crate::components::unavailable::{aria_disabled, only_if};
use crate::pages::not_found::NotFound;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ScenarioPageProps {
    pub id: AttrValue,
}

#[function_component]
pub fn ScenarioPage(props: &ScenarioPageProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let scenario = ctx.0.content.scenario(&props.id);
    use_page_title(scenario.map_or("Role-play", |s| s.title.as_str()));
    let turn_heading = use_node_ref();
    let confirming = use_state(|| false);
    let restart_button = use_node_ref();
    let confirm_heading = use_node_ref();
    {
        // A run without a seed gets one now, before its first choices are read.
        let ctx = ctx.clone();
        use_effect_with(props.id.clone(), move |id| {
            ctx.dispatch(Action::Play(PlayAction::Begin {
                scenario: id.to_string(),
                seed: clock::seed(),
            }));
        });
    }
    {
        // A question asked about one run is not left open for another role-play, or once
        // there is no run left to restart.
        let confirming = confirming.clone();
        let played = scenario.is_some_and(|s| !ctx.0.plays.state(s).turns.is_empty());
        use_effect_with((props.id.clone(), played), move |_| confirming.set(false));
    }
    {
        // The confirmation takes focus when it opens.
        let heading = confirm_heading.clone();
        use_effect_with(*confirming, move |open| {
            if *open {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let turns = scenario.map_or(0, |s| ctx.0.plays.state(s).turns.len());
    {
        // After each answer, keep keyboard focus at the new turn instead of losing it.
        let heading = turn_heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(turns, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let Some(scenario) = scenario else {
        return html! { <NotFound exercise=true /> };
    };
    let state = ctx.0.plays.state(scenario);
    let played = !state.turns.is_empty();
    let id = scenario.id.clone();
    let play = {
        let ctx = ctx.clone();
        move |action: PlayAction| ctx.dispatch(Action::Play(action))
    };
    let beat = state.current(scenario);
    let ended = state.ended(scenario);
    let name = &scenario.character.name;
    let announce = beat
        .map(|b| format!("{name}, {}: {}", b.mood, b.says))
        .unwrap_or_default();

    let your_turn = match beat {
        Some(b) if b.ending.is_none() => {
            if let Some(respond) = &b.respond {
                let draft = ctx.0.plays.draft(scenario, &state).to_owned();
                let on_input = {
                    let (play, id) = (play.clone(), id.clone());
                    Callback::from(move |e: InputEvent| {
                        play(PlayAction::Draft {
                            scenario: id.clone(),
                            text: crate::events::value(&e),
                        })
                    })
                };
                let on_submit = {
                    let (draft, play, id) = (draft.clone(), play.clone(), id.clone());
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        if !draft.trim().is_empty() {
                            play(PlayAction::Answer {
                                scenario: id.clone(),
                                answer: Answer::Reply(draft.trim().to_owned()),
                            });
                        }
                    })
                };
                html! {
                    <form class="respond" onsubmit={on_submit}>
                        <label for="respond">{ &respond.prompt }</label>
                        <p class="instruction" id="respond-note">{ "In your own words. The listening coach reads your reply." }</p>
                        <textarea id="respond" rows="4" aria-describedby="respond-note" value={draft.clone()} oninput={on_input} placeholder="It sounds like\u{2026}" />
                        <p class="actions"><button type="submit" class="button--primary" disabled={draft.trim().is_empty()}>{ "Say it" }</button></p>
                    </form>
                }
            } else {
                html! {
                    <ul class="choices">
                        { for ctx.0.plays.choices(scenario, &state).into_iter().map(|(index, choice)| {
                            let (play, id) = (play.clone(), id.clone());
                            let onclick = Callback::from(move |_: MouseEvent| play(PlayAction::Answer { scenario: id.clone(), answer: Answer::Choice(index) }));
                            html! { <li><button type="button" class="choice" {onclick}>{ &choice.text }</button></li> }
                        }) }
                    </ul>
                }
            }
        }
        _ => html! {},
    };

    let rewind = {
        let (play, id) = (play.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            play(PlayAction::Rewind {
                scenario: id.clone(),
            })
        })
    };
    // Restarting drops the run (and its debrief), so it asks first; endings found and
    // notes stay.
    let restart = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let start_again = {
        let (play, id, confirming) = (play.clone(), id.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            play(PlayAction::Restart {
                scenario: id.clone(),
                seed: clock::seed(),
            })
        })
    };
    let keep_run = {
        let (confirming, button) = (confirming.clone(), restart_button.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        })
    };
    let confirmation = html! {
        <section class="confirm-restart" aria-labelledby="restart-title">
            <h3 id="restart-title" tabindex="-1" ref={confirm_heading.clone()}>{ "Start this role-play again?" }</h3>
            <p>{ if ended {
                "This run and its debrief go. The endings you have found and your notes stay."
            } else {
                "The turns of this run go. The endings you have found and your notes stay."
            } }</p>
            <p class="actions">
                <button type="button" class="button--primary" onclick={start_again}>{ "Start again" }</button>
                <button type="button" onclick={keep_run}>{ "Keep this run" }</button>
            </p>
        </section>
    };

    html! {
        <div class="page page--scenario">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                { link(Route::Scenarios, "", html! { { "Role-plays" } }) }
                <span aria-hidden="true">{ " \u{203a} " }</span>
                <span>{ &scenario.title }</span>
            </nav>
            <div class="drill-layout">
                <div class="drill-main">
                    <header class="drill-head">
                        <p class="eyebrow">{ "Role-play" }</p>
                        <h1 tabindex="-1">{ &scenario.title }</h1>
                        { tags(&scenario.id, &scenario.themes, &ctx.0.content) }
                    </header>
                    <section class="situation" aria-labelledby="situation-title">
                        <h2 id="situation-title">{ "The situation" }</h2>
                        <p>{ &scenario.context }</p>
                        <p class="situation__who">{ format!("You are talking with {}.", scenario.character.described()) }</p>
                    </section>
                    { transcript(scenario, &state, "You") }
                    if !ended {
                        <section class="your-turn" aria-labelledby="turn-title">
                            <h2 id="turn-title" tabindex="-1" ref={turn_heading.clone()}>{ "Your turn" }</h2>
                            { your_turn }
                        </section>
                    }
                </div>
                <aside class="drill-side" aria-label="How it is going">
                    <section class="trust-panel">
                        <h2>{ "Trust" }</h2>
                        <p class="trust-panel__word">{ trust_words(state.trust) }</p>
                        <meter min="-10" max="10" low="-2" high="2" optimum="10" value={state.trust.to_string()} aria-label={format!("Trust: {}", trust_words(state.trust))} />
                        <p class="trust-panel__turns">{ format!("{} of your turns so far", state.turns.len()) }</p>
                        <p class="actions">
                            <button type="button" onclick={only_if(played, rewind)} aria-disabled={aria_disabled(played)}>{ "Rewind one turn" }</button>
                            <button type="button" ref={restart_button} onclick={only_if(played, restart)} aria-disabled={aria_disabled(played)} aria-expanded={(played && *confirming).to_string()}>{ "Restart" }</button>
                        </p>
                        if played && *confirming {
                            { confirmation }
                        }
                    </section>
                </aside>
            </div>
            if ended {
                { debrief(&ctx, scenario, &state, turn_heading.clone()) }
            }
            <div class="sr-only" role="status" aria-live="polite">{ announce }</div>
        </div>
    }
}

fn trust_points(values: &[i32]) -> Vec<Point> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| Point {
            label: if i == 0 {
                "Start".to_owned()
            } else {
                format!("Turn {i}")
            },
            value: *v,
            words: format!("{} ({v:+})", trust_words(*v)),
        })
        .collect()
}

fn debrief(
    ctx: &AppContext,
    scenario: &rapport_core::scenario::Scenario,
    state: &rapport_core::scenario::State,
    heading: NodeRef,
) -> Html {
    let Some(ending) = state.current(scenario).and_then(|b| b.ending.as_ref()) else {
        return html! {};
    };
    let path = state.path();
    let hidden = hidden_choices(scenario, state);
    let summary = format!(
        "You went through {} of {} beats and reached the ending \u{201c}{}\u{201d}. The scenario has {} endings.",
        path.len(),
        scenario.beats.len(),
        ending.title,
        scenario.endings().count()
    );
    let note = ctx
        .0
        .plays
        .notes
        .get(&scenario.id)
        .cloned()
        .unwrap_or_default();
    let on_note = {
        let (ctx, id) = (ctx.clone(), scenario.id.clone());
        Callback::from(move |e: InputEvent| {
            ctx.dispatch(Action::Play(PlayAction::Note {
                scenario: id.clone(),
                text: crate::events::value(&e),
            }))
        })
    };
    html! {
        <section class="debrief" aria-labelledby="debrief-title">
            <h2 id="debrief-title" tabindex="-1" ref={heading}>{ format!("Debrief: {}", ending.title) }</h2>
            <p class="debrief__text">{ &ending.debrief }</p>
            <div class="debrief__grid">
                <section aria-labelledby="map-heading">
                    <h3 id="map-heading">{ "Your path" }</h3>
                    { debrief_map(&DebriefMapProps { map: map(scenario, &path), summary: summary.into() }) }
                </section>
                <section aria-labelledby="trust-heading">
                    <h3 id="trust-heading">{ "Trust over time" }</h3>
                    { line_chart(&ChartProps {
                        title: format!("Trust over the conversation, ending {}", trust_words(state.trust)).into(),
                        points: trust_points(&state.trust_over_time(scenario)),
                        low: -3, high: 3, column: "After".into(), value_column: "Trust".into() }) }
                </section>
            </div>
            <section aria-labelledby="collected-heading">
                <h3 id="collected-heading">{ "The feedback you collected" }</h3>
                <ol class="collected">
                    { for state.turns.iter().map(|t| html! {
                        <li><p class="collected__said">{ format!("\u{201c}{}\u{201d}", t.said) }</p><p>{ &t.feedback }</p></li>
                    }) }
                </ol>
            </section>
            if !hidden.is_empty() {
                <section aria-labelledby="hidden-heading">
                    <h3 id="hidden-heading">{ "What your path did not offer" }</h3>
                    <ul class="collected collected--hidden">
                        { for hidden.iter().map(|h| html! {
                            <li>
                                <p class="collected__said">{ format!("Turn {}: \u{201c}{}\u{201d}", h.turn, h.text) }</p>
                                <p>{ &h.why }</p>
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="reflect-heading">
                <h3 id="reflect-heading">{ "Reflect" }</h3>
                <ul class="questions">
                    { for ending.questions.iter().map(|q| html! { <li>{ q }</li> }) }
                </ul>
                <label for="notes" class="notes-label">{ "Your private notes" }</label>
                <p class="instruction" id="notes-note">{ "Saved on this device only, as you type." }</p>
                <textarea id="notes" rows="5" aria-describedby="notes-note" value={note} oninput={on_note} />
            </section>
            <p class="actions">
                { link(Route::Swap { id: scenario.id.clone() }, "button button--primary", html! { { "Swap seats: replay it from their side" } }) }
                { link(Route::Scenarios, "button", html! { { "All role-plays" } }) }
            </p>
        </section>
    }
}
