//! The projector view: large type, nothing private, the current activity's instructions, the
//! phase timer and the facilitator's controls, with keyboard shortcuts listed on screen.

use gloo::events::{EventListener, EventListenerOptions};
use rapport_core::content::Catalog;
use rapport_core::scenario::engine::{trust_words, Answer};
use rapport_core::scenario::map::map;
use rapport_core::scenario::State;
use rapport_core::state::Action;
use rapport_core::workshop::facilitation::SHORTCUTS;
use rapport_core::workshop::triad::{role_of, Role, OWN_TOPIC, ROLES};
use rapport_core::workshop::{Activity, Workshop, WorkshopAction};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::components::debrief_map::{debrief_map, DebriefMapProps};
use crate::components::message::message;
use crate::components::model_answers::model_answers;
use crate::components::page_title::use_page_title;
use crate::components::qr::Qr;
use crate::components::route_link::link;
use crate::components::timer::PhaseTimer;
use crate::components::transcript::transcript;
use crate::components::unavailable::{aria_disabled, only_if};
use crate::route::{absolute, Route};

/// Whether `target` takes typed text, where the shortcut letters and Space are the user's
/// words, not commands.
fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    element.is_content_editable()
        || matches!(
            element.tag_name().to_ascii_lowercase().as_str(),
            "input" | "textarea" | "select"
        )
}

/// The action for a key press, unless a modifier is held or the key is typed into a text field.
fn shortcut(event: &web_sys::KeyboardEvent, workshop_muted: bool) -> Option<WorkshopAction> {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || in_text_field(event.target()) {
        return None;
    }
    WorkshopAction::for_key(&event.key(), workshop_muted, js_sys::Date::now())
}

#[function_component]
pub fn ProjectorPage() -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    use_page_title("Projector view");
    let workshop = &ctx.0.workshop;
    {
        let dispatch = ctx.dispatcher();
        let muted = workshop.muted;
        use_effect_with(muted, move |muted| {
            let muted = *muted;
            let document = web_sys::window().and_then(|w| w.document());
            let listeners = document.map(|document| {
                let options = EventListenerOptions::enable_prevent_default();
                // Preventing the keydown keeps a focused button from being activated by Space
                // (or a link from scrolling the page), so the key does only what the list says.
                let down =
                    EventListener::new_with_options(&document, "keydown", options, move |event| {
                        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if let Some(action) = shortcut(key, muted) {
                            key.prevent_default();
                            dispatch.dispatch(Action::Workshop(action));
                        }
                    });
                // A button clicks on Space's keyup; keep that from happening too, whatever the
                // browser did with the keydown.
                let up =
                    EventListener::new_with_options(&document, "keyup", options, move |event| {
                        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if key.key() == " " && shortcut(key, false).is_some() {
                            key.prevent_default();
                        }
                    });
                (down, up)
            });
            move || drop(listeners)
        });
    }
    {
        // Each activity starts at its top, title and clock in view, whatever the last one
        // scrolled to.
        let first = use_mut_ref(|| true);
        use_effect_with(workshop.step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
    }
    {
        // A room role-play gets the seed that orders its choices before the room votes.
        let dispatch = ctx.dispatcher();
        let room_play = workshop
            .plan
            .steps
            .get(workshop.step)
            .is_some_and(|s| matches!(s.activity, Activity::RoomPlay { .. }));
        use_effect_with(room_play && workshop.seed == 0, move |unseeded| {
            if *unseeded {
                dispatch.dispatch(Action::Workshop(WorkshopAction::RoomBegin(clock::seed())));
            }
        });
    }
    let act = {
        let dispatch = ctx.dispatcher();
        move |action: WorkshopAction| dispatch.dispatch(Action::Workshop(action))
    };
    let Some(step) = workshop.plan.steps.get(workshop.step) else {
        return html! {
            <div class="page page--narrow">
                <h1 tabindex="-1">{ "Projector view" }</h1>
                <p>{ "The plan has no activities yet." }</p>
                <p>{ link(Route::Workshop, "button button--primary", html! { { "Plan a session" } }) }</p>
            </div>
        };
    };
    let phases = workshop.phases();
    let phase = phases
        .get(workshop.phase)
        .map(|p| p.label.clone())
        .unwrap_or_default();
    let count = workshop.plan.steps.len();
    let on_toggle = {
        let act = act.clone();
        Callback::from(move |_| act(WorkshopAction::Toggle(js_sys::Date::now())))
    };
    let on_add_minute = {
        let act = act.clone();
        Callback::from(move |_| act(WorkshopAction::AddMinute))
    };
    let on_mute = {
        let act = act.clone();
        Callback::from(move |on: bool| act(WorkshopAction::SetMuted(on)))
    };
    let on_cued = {
        let act = act.clone();
        Callback::from(move |_| act(WorkshopAction::Cued))
    };
    let previous = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act(WorkshopAction::Previous))
    };
    let next = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act(WorkshopAction::Next))
    };
    let last = workshop.step + 1 == count && workshop.phase + 1 >= phases.len();
    let first = workshop.step == 0 && workshop.phase == 0;
    html! {
        <div class="projector">
            <header class="projector__bar">
                <p class="projector__where">
                    <span class="projector__session">{ &workshop.plan.title }</span>
                    { format!(" \u{b7} Activity {} of {count}", workshop.step + 1) }
                    <span>{ format!(" \u{b7} {} min left in the plan", workshop.minutes_left()) }</span>
                </p>
                <p class="projector__actions">
                    <FullScreen />
                    { link(Route::Workshop, "projector__exit", html! { { "Back to the plan" } }) }
                </p>
            </header>
            <div class="projector__grid">
                <section class="projector__activity" aria-labelledby="activity-title">
                    <h1 id="activity-title" tabindex="-1">{ step.activity.title(&ctx.0.content) }</h1>
                    // A room role-play needs the room of the screen for the situation and the
                    // vote, so its few instructions read as one short line.
                    <ul class={classes!("projector__instructions", matches!(step.activity, Activity::RoomPlay { .. }).then_some("projector__instructions--brief"))}>
                        { for step.activity.instructions().iter().map(|l| html! { <li>{ l }</li> }) }
                    </ul>
                    { body(workshop, &step.activity, &act, &ctx.0.content) }
                </section>
                <aside class="projector__side">
                    <PhaseTimer timer={workshop.timer.clone()} label={phase} muted={workshop.muted} cued={workshop.cued}
                        {on_toggle} {on_add_minute} {on_mute} {on_cued} />
                    <nav class="projector__nav" aria-label="Activities">
                        <button type="button" onclick={only_if(!first, previous)} aria-keyshortcuts="P" aria-disabled={aria_disabled(!first)}>{ "Previous" }</button>
                        <button type="button" class="button--primary" onclick={only_if(!last, next)} aria-keyshortcuts="N" aria-disabled={aria_disabled(!last)}>{ "Next" }</button>
                    </nav>
                    if let Activity::RoomPlay { scenario } = &step.activity {
                        if let Some(scenario) = ctx.0.content.scenario(scenario) {
                            { situation(scenario, &workshop.room) }
                        }
                    }
                    <details class="shortcuts">
                        <summary>{ "Keyboard shortcuts" }</summary>
                        <dl>
                            { for SHORTCUTS.iter().map(|(key, what)| html! {
                                <div><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></div>
                            }) }
                        </dl>
                    </details>
                </aside>
            </div>
        </div>
    }
}

/// What the room sees for the activity, beyond its instructions.
fn body(
    workshop: &Workshop,
    activity: &Activity,
    act: &(impl Fn(WorkshopAction) + Clone + 'static),
    content: &Catalog,
) -> Html {
    match activity {
        Activity::DrillRound { drill } => {
            let Some(drill) = content.drill(drill) else {
                return html! {};
            };
            let reveal = {
                let act = act.clone();
                Callback::from(move |_: MouseEvent| act(WorkshopAction::Reveal))
            };
            html! {
                <>
                    { message(drill) }
                    if workshop.revealed {
                        { model_answers(&drill.models) }
                    } else {
                        <p><button type="button" onclick={reveal}>{ "Show a model answer" }</button></p>
                    }
                </>
            }
        }
        Activity::Triad { scenario } => {
            triads(workshop.phase, scenario.as_deref().unwrap_or(OWN_TOPIC))
        }
        Activity::RoomPlay { scenario } => match content.scenario(scenario) {
            Some(scenario) => room(workshop, scenario, act),
            None => html! {},
        },
        _ => html! {},
    }
}

/// Who holds which role this round, and the QR codes that open each card.
fn triads(round: usize, topic: &str) -> Html {
    html! {
        <>
            <table class="rotation">
                <caption>{ format!("Roles in round {}", round + 1) }</caption>
                <thead><tr><th scope="col">{ "Person" }</th><th scope="col">{ "Role" }</th></tr></thead>
                <tbody>
                    { for ["A", "B", "C"].iter().enumerate().map(|(person, name)| html! {
                        <tr><th scope="row">{ *name }</th><td>{ role_of(person, round).label() }</td></tr>
                    }) }
                </tbody>
            </table>
            <div class="qr-row">
                { for ROLES.iter().map(|role: &Role| {
                    let link = absolute(&Route::Card { topic: topic.to_owned(), role: role.id().to_owned() });
                    html! { <Qr link={link} label={format!("{}'s card", role.label())} /> }
                }) }
            </div>
        </>
    }
}

/// The room role-play's situation, who the colleague is, and trust in words, beside the
/// clock: always in view, and leaving the main column to the conversation and the vote.
fn situation(scenario: &rapport_core::scenario::Scenario, answers: &[Answer]) -> Html {
    let state = State::replay(scenario, answers).unwrap_or_else(|(state, _)| state);
    let who = &scenario.character;
    html! {
        <section class="room__situation" aria-labelledby="situation-title">
            <h2 id="situation-title">{ "The situation" }</h2>
            <p>{ &scenario.context }</p>
            <p class="room__who">{ format!("The room is talking with {}.", who.described()) }</p>
            <p class="room__trust">
                { format!("Trust: {}", trust_words(state.trust)) }
                <meter min="-10" max="10" low="-2" high="2" optimum="10" value={state.trust.to_string()} aria-hidden="true" />
            </p>
        </section>
    }
}

/// Presenting on the whole screen (the Fullscreen API), and back; the label follows the
/// browser's state, since Escape also leaves full screen.
#[function_component]
fn FullScreen() -> Html {
    let full = use_state(is_full_screen);
    {
        let full = full.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
                EventListener::new(&d, "fullscreenchange", move |_| full.set(is_full_screen()))
            });
            move || drop(listener)
        });
    }
    let supported = web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_enabled());
    if !supported {
        return html! {};
    }
    let onclick = Callback::from(|_: MouseEvent| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(root) = document.document_element() {
            let _ = root.request_fullscreen();
        }
    });
    html! {
        <button type="button" class="projector__full" {onclick}>
            { if *full { "Leave full screen" } else { "Full screen" } }
        </button>
    }
}

fn is_full_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.fullscreen_element().is_some())
}

/// The room role-play: the situation and who the colleague is, trust in words, the
/// conversation so far, the choices to vote on, the debrief at the end.
fn room(
    workshop: &Workshop,
    scenario: &rapport_core::scenario::Scenario,
    act: &(impl Fn(WorkshopAction) + Clone + 'static),
) -> Html {
    let state = State::replay(scenario, &workshop.room).unwrap_or_else(|(state, _)| state);
    let undo = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act(WorkshopAction::RoomUndo))
    };
    let choose = |index: usize| {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act(WorkshopAction::RoomAnswer(Answer::Choice(index))))
    };
    let beat = state.current(scenario);
    let ending = beat.and_then(|b| b.ending.as_ref());
    let respond = beat.and_then(|b| b.respond.as_ref());
    html! {
        <div class="room">
            { transcript(scenario, &state, "The room") }
            if let Some(ending) = ending {
                <section class="debrief" aria-labelledby="room-debrief">
                    <h2 id="room-debrief">{ format!("Debrief: {}", ending.title) }</h2>
                    <p>{ &ending.debrief }</p>
                    { debrief_map(&DebriefMapProps { map: map(scenario, &state.path()), summary: format!("The room reached the ending \u{201c}{}\u{201d}.", ending.title).into() }) }
                    <h3>{ "Talk about it" }</h3>
                    <ul>{ for ending.questions.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
                </section>
            } else if let Some(respond) = respond {
                <RoomReply prompt={respond.prompt.clone()} on_reply={Callback::from({
                    let act = act.clone();
                    move |text: String| act(WorkshopAction::RoomAnswer(Answer::Reply(text)))
                })} />
            } else {
                <fieldset class="room__vote">
                    <legend>{ "Vote: what do you say?" }</legend>
                    { for state.choices_in_order(scenario, workshop.seed).into_iter().enumerate().map(|(n, (index, choice))| html! {
                        <button type="button" class="room__choice" onclick={choose(index)}>
                            <span class="room__letter">{ format!("{}.", (b'A' + n as u8) as char) }</span>{ " " }{ &choice.text }
                        </button>
                    }) }
                </fieldset>
            }
            if !workshop.room.is_empty() {
                <p><button type="button" onclick={undo}>{ "Take back the last answer" }</button></p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RoomReplyProps {
    prompt: String,
    on_reply: Callback<String>,
}

/// The room's own words for a free-text turn, typed by the facilitator.
#[function_component]
fn RoomReply(props: &RoomReplyProps) -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(crate::events::value(&e)))
    };
    let onsubmit = {
        let (text, on_reply) = (text.clone(), props.on_reply.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !text.trim().is_empty() {
                on_reply.emit((*text).clone());
                text.set(String::new());
            }
        })
    };
    html! {
        <form class="room__reply" {onsubmit}>
            <label for="room-reply">{ format!("{} Type the room's answer:", props.prompt) }</label>
            <textarea id="room-reply" rows="3" value={(*text).clone()} {oninput} />
            <button type="submit" class="button--primary">{ "Say it" }</button>
        </form>
    }
}
