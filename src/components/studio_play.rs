//! The studio's play-test and drill try-out: a scenario played from the beat the author
//! chose, as a learner plays it (the conversation and the coach's notes drawn by the same
//! transcript as the role-play page, trust and flags in words beside it), and a drill's
//! message with a reply box and the coach's verdict. The core runs both; nothing is saved.
//! [`StudioDrills`] lists the drills to try, drawn again only when they change.

use std::rc::Rc;

use rapport_core::coach::Assessment;
use rapport_core::content::drill::Drill;
use rapport_core::scenario::engine::trust_words;
use rapport_core::scenario::playtest::{refusal, try_drill, PlayTest};
use rapport_core::scenario::Answer;
use yew::prelude::*;

use crate::components::feedback::feedback;
use crate::components::marked_reply::marked_reply;
use crate::components::transcript::transcript;

#[derive(Properties, PartialEq)]
pub struct PlayerProps {
    pub play: Rc<PlayTest>,
    pub on_answer: Callback<Answer>,
    pub on_restart: Callback<()>,
    /// Restart with this trust and these flags (as written).
    pub on_restart_with: Callback<(i32, String)>,
    pub on_close: Callback<()>,
}

/// A play-test under way.
#[function_component]
pub fn StudioPlayer(props: &PlayerProps) -> Html {
    let reply = use_node_ref();
    let play = &props.play;
    let (scenario, state) = (&play.scenario, &play.state);
    let beat = state.current(scenario);
    let restart = {
        let on_restart = props.on_restart.clone();
        Callback::from(move |_: MouseEvent| on_restart.emit(()))
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let (trust_field, flags_field) = (use_node_ref(), use_node_ref());
    let restart_with = {
        let (on, trust_field, flags_field) = (
            props.on_restart_with.clone(),
            trust_field.clone(),
            flags_field.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(trust), Some(flags)) = (
                trust_field.cast::<web_sys::HtmlInputElement>(),
                flags_field.cast::<web_sys::HtmlInputElement>(),
            ) else {
                return;
            };
            let trust = trust.value().trim().parse::<i32>().unwrap_or(0);
            on.emit((trust, flags.value()));
        })
    };
    let given_flags: Vec<&str> = play.from.flags.iter().map(String::as_str).collect();
    let turn = match beat {
        Some(b) if b.ending.is_none() => {
            if let Some(respond) = &b.respond {
                let on_submit = {
                    let (reply, on_answer) = (reply.clone(), props.on_answer.clone());
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        if let Some(field) = reply.cast::<web_sys::HtmlTextAreaElement>() {
                            let text = field.value();
                            if !text.trim().is_empty() {
                                field.set_value("");
                                on_answer.emit(Answer::Reply(text.trim().to_owned()));
                            }
                        }
                    })
                };
                html! {
                    <form class="respond" onsubmit={on_submit}>
                        <label for="studio-play-reply">{ &respond.prompt }</label>
                        <p class="instruction" id="studio-play-note">{ "In your own words, as a learner would: the listening coach reads the reply." }</p>
                        <textarea id="studio-play-reply" ref={reply} rows="4" aria-describedby="studio-play-note" />
                        <p class="actions"><button type="submit" class="button--primary">{ "Say it" }</button></p>
                    </form>
                }
            } else {
                html! {
                    <ul class="choices">
                        { for state.visible_choices(scenario).into_iter().map(|(index, choice)| {
                            let on_answer = props.on_answer.clone();
                            let onclick = Callback::from(move |_: MouseEvent| on_answer.emit(Answer::Choice(index)));
                            html! { <li><button type="button" class="choice" {onclick}>{ &choice.text }</button></li> }
                        }) }
                    </ul>
                }
            }
        }
        _ => html! {},
    };
    let flags: Vec<&str> = state.flags.iter().map(String::as_str).collect();
    html! {
        <section class="studio-play card" aria-labelledby="studio-play-title">
            <h2 id="studio-play-title" tabindex="-1">
                { format!("Play-test: {}, from {}", scenario.title, play.from.beat) }
            </h2>
            <p class="actions">
                <button type="button" onclick={restart}>{ "Restart" }</button>
                <button type="button" onclick={close}>{ "Back to editing" }</button>
            </p>
            <details class="studio-play__from">
                <summary>{ "Start this beat with other trust or flags" }</summary>
                <form onsubmit={restart_with}>
                    <p>
                        <label for="studio-play-trust">{ "Trust, from \u{2212}10 to 10" }</label>
                        <input id="studio-play-trust" ref={trust_field} type="number" min="-10" max="10" step="1"
                            value={play.from.trust.to_string()} />
                    </p>
                    <p>
                        <label for="studio-play-flags">{ "Flags set, separated by commas" }</label>
                        <input id="studio-play-flags" ref={flags_field} type="text" autocapitalize="off" spellcheck="false"
                            value={given_flags.join(", ")} />
                    </p>
                    <p class="actions"><button type="submit">{ "Restart with these" }</button></p>
                </form>
            </details>
            <dl class="studio-play__state" aria-live="polite">
                <div><dt>{ "Trust" }</dt><dd class="studio-play__trust">{ format!("{} ({})", trust_words(state.trust), state.trust) }</dd></div>
                <div><dt>{ "Flags" }</dt><dd class="studio-play__flags">{ if flags.is_empty() { "none".to_owned() } else { flags.join(", ") } }</dd></div>
                <div><dt>{ "Beat" }</dt><dd><code>{ &state.beat }</code></dd></div>
            </dl>
            <div aria-live="polite">
                { transcript(scenario, state, "You") }
            </div>
            if let Some(error) = &play.error {
                <p role="alert" class="studio-play__stuck">{ "\u{26a0} " }{ refusal(error) }</p>
            }
            if let Some(ending) = beat.and_then(|b| b.ending.as_ref()) {
                <div class="studio-play__ending" role="status">
                    <p><strong>{ "Ending: " }</strong>{ &ending.title }</p>
                    <p>{ &ending.debrief }</p>
                </div>
            } else if beat.is_none() {
                <p role="alert" class="studio-play__stuck">{ format!("\u{26a0} There is no beat `{}`.", state.beat) }</p>
            }
            { turn }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TryDrillProps {
    pub drill: Rc<Drill>,
    pub on_close: Callback<()>,
}

/// A drill of the pack, tried against the coach.
#[function_component]
pub fn StudioTryDrill(props: &TryDrillProps) -> Html {
    let reply = use_node_ref();
    let heading = use_node_ref();
    let verdict = use_state(|| None::<(String, Assessment)>);
    let drill = &props.drill;
    let on_submit = {
        let (reply, verdict, drill) = (reply.clone(), verdict.clone(), drill.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = reply.cast::<web_sys::HtmlTextAreaElement>() {
                let text = field.value().trim().to_owned();
                if !text.is_empty() {
                    let assessment = try_drill(&drill, &text);
                    verdict.set(Some((text, assessment)));
                }
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <section class="studio-play card" aria-labelledby="studio-drill-title">
            <h2 id="studio-drill-title" tabindex="-1">{ format!("Try this drill: {}", drill.title) }</h2>
            <p class="actions"><button type="button" onclick={close}>{ "Back to editing" }</button></p>
            <blockquote class="studio-play__message">
                <p class="bubble__who"><strong>{ &drill.from.name }</strong></p>
                <p class="studio-play__text">{ drill.statement() }</p>
            </blockquote>
            <form class="respond" onsubmit={on_submit}>
                <label for="studio-drill-reply">{ "Your reply" }</label>
                <textarea id="studio-drill-reply" ref={reply} rows="4" />
                <p class="actions"><button type="submit" class="button--primary">{ "Check my reply" }</button></p>
            </form>
            <div aria-live="polite">
                if let Some((text, assessment)) = &*verdict {
                    { marked_reply(text, assessment) }
                    { feedback(assessment, heading.clone()) }
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct StudioDrillsProps {
    pub drills: Rc<Vec<Rc<Drill>>>,
    pub on_try: Callback<Rc<Drill>>,
}

/// Each drill of the pack, with a button to try it.
#[function_component]
pub fn StudioDrills(props: &StudioDrillsProps) -> Html {
    if props.drills.is_empty() {
        return html! {};
    }
    html! {
        <section class="studio-drills card" aria-labelledby="studio-drills-title">
            <h2 id="studio-drills-title">{ "Drills" }</h2>
            <ul class="studio-drills__list">
                { for props.drills.iter().map(|drill| {
                    let (on_try, this) = (props.on_try.clone(), drill.clone());
                    let onclick = Callback::from(move |_: MouseEvent| on_try.emit(this.clone()));
                    html! {
                        <li>
                            <span>{ &drill.title }{ format!(" (line {})", drill.line) }</span>
                            <button type="button" {onclick} aria-label={format!("Try this drill: {}", drill.title)}>{ "Try this drill" }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
