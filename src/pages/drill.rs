//! The drill screen: the colleague's message, the reply box and "check", then the coach's
//! feedback beside the reply with the triggering words marked, the model answers, and
//! the self-rating that moves the session on.

use rapport_core::practice::PracticeAction;
use rapport_core::schedule::Rating;
use rapport_core::state::Action;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::components::feedback::feedback;
use crate::components::marked_reply::marked_reply;
use crate::components::message::message;
use crate::components::model_answers::model_answers;
use crate::components::page_title::use_page_title;
use crate::components::rating::rating_buttons;
use crate::components::route_link::link;
use crate::components::tags::tags;
use crate::pages::not_found::NotFound;
use crate::route::Route;
use crate::router::go_to;

#[derive(Properties, PartialEq)]
pub struct DrillPageProps {
    pub id: AttrValue,
}

#[function_component]
pub fn DrillPage(props: &DrillPageProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let library = &ctx.0.content;
    let id = props.id.to_string();
    let drill = library.drill(&id);
    use_page_title(drill.map_or("Drill", |d| d.title.as_str()));

    // Open this drill, unless the session already shows it.
    {
        let ctx = ctx.clone();
        use_effect_with(id.clone(), move |id| {
            ctx.dispatch(Action::Practice(PracticeAction::Open {
                drill: id.clone(),
                now: clock::now(),
            }));
        });
    }
    // Follow the session once it moves past this drill.
    let shown = use_mut_ref(|| false);
    {
        let session = &ctx.0.practice.session;
        let current = session.current().map(str::to_owned);
        let finished = session.is_finished();
        let id = id.clone();
        let shown = shown.clone();
        use_effect_with((current, finished), move |(current, finished)| {
            if current.as_deref() == Some(id.as_str()) {
                *shown.borrow_mut() = true;
            } else if *shown.borrow() {
                match (current, finished) {
                    (Some(next), _) => go_to(&Route::Drill { id: next.clone() }),
                    (None, true) => go_to(&Route::Practice),
                    _ => {}
                }
            }
        });
    }

    let heading = use_node_ref();
    let checked = ctx.0.practice.session.checked.is_some();
    {
        let heading = heading.clone();
        use_effect_with(checked, move |checked| {
            if *checked {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }

    // After "Edit and check again" the reply field is back: focus goes there, not to <body>.
    let revising = use_mut_ref(|| false);
    {
        let revising = revising.clone();
        use_effect(move || {
            if !checked && revising.replace(false) {
                crate::focus::by_id("reply");
            }
        });
    }
    // After a rating, focus lands on the note saying when that drill comes back (after the
    // page heading's focus on navigation, so the note wins).
    {
        let session = &ctx.0.practice.session;
        let shown = session.current() == Some(id.as_str());
        let rated = ctx.0.practice.rated.is_some();
        use_effect_with((rated, session.index, shown), |(rated, _, shown)| {
            if *rated && *shown {
                crate::focus::by_id("rated-note");
            }
        });
    }

    let Some(drill) = drill else {
        return html! { <NotFound exercise=true /> };
    };
    let practice = &ctx.0.practice;
    if practice.session.current() != Some(id.as_str()) {
        return html! { <div class="page"><p class="loading">{ "Opening the drill\u{2026}" }</p></div> };
    }

    let on_input = {
        let ctx = ctx.clone();
        Callback::from(move |event: InputEvent| {
            ctx.dispatch(Action::Practice(PracticeAction::Draft(
                crate::events::value(&event),
            )));
        })
    };
    let on_submit = {
        let ctx = ctx.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            ctx.dispatch(Action::Practice(PracticeAction::Check {
                now: clock::now(),
            }));
        })
    };
    let on_keydown = {
        let ctx = ctx.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && (event.ctrl_key() || event.meta_key()) {
                event.prevent_default();
                ctx.dispatch(Action::Practice(PracticeAction::Check {
                    now: clock::now(),
                }));
            }
        })
    };
    let on_revise = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            *revising.borrow_mut() = true;
            ctx.dispatch(Action::Practice(PracticeAction::Revise));
        })
    };
    let on_rate = {
        let ctx = ctx.clone();
        Callback::from(move |rating: Rating| {
            ctx.dispatch(Action::Practice(PracticeAction::Rate {
                rating,
                now: clock::now(),
            }))
        })
    };

    let session = &practice.session;
    let (position, total) = session.position();
    let status = practice.assessment.as_ref().map(|a| a.announcement());
    let rated_note = practice.rated.as_ref().map(|r| {
        let title = library
            .drill(&r.drill)
            .map_or(r.drill.as_str(), |d| d.title.as_str());
        r.words(title, clock::now(), &clock::BrowserZone)
    });

    html! {
        <div class="page page--drill">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                { link(Route::Practice, "", html! { { "Practice" } }) }
                <span aria-hidden="true">{ " \u{203a} " }</span>
                <span>{ if total > 1 { format!("Drill {position} of {total}") } else { "Single drill".to_owned() } }</span>
            </nav>
            if let Some(note) = rated_note {
                <p class="rated-note" id="rated-note" tabindex="-1" role="status">{ note }</p>
            }
            <div class="drill-layout">
                <div class="drill-main">
                    <header class="drill-head">
                        <p class="eyebrow">{ format!("{} \u{b7} {}", drill.kind.label(), drill.difficulty_label()) }</p>
                        <h1 tabindex="-1">{ &drill.title }</h1>
                        { tags(&drill.id, &drill.themes, &ctx.0.content) }
                    </header>
                    { message(drill) }
                    <section class="reply-section" aria-labelledby="reply-title">
                        <h2 id="reply-title">{ "Your reply" }</h2>
                        <p class="instruction" id="reply-instruction">{ drill.kind.instruction() }</p>
                        if let (Some(reply), Some(assessment)) = (&session.checked, &practice.assessment) {
                            { marked_reply(reply, assessment) }
                            <p class="actions">
                                <button type="button" onclick={on_revise}>{ "Edit and check again" }</button>
                            </p>
                        } else {
                            <form class="reply-form" onsubmit={on_submit}>
                                <label for="reply" class="sr-only">{ "Your reply" }</label>
                                <textarea id="reply" rows="6" aria-describedby="reply-instruction reply-shortcut"
                                    value={session.draft.clone()} oninput={on_input} onkeydown={on_keydown}
                                    placeholder={drill.kind.placeholder()} />
                                <p class="actions">
                                    <button type="submit" class="button--primary" disabled={session.draft.trim().is_empty()}>{ "Check my reply" }</button>
                                    <span class="shortcut" id="reply-shortcut">{ "Shortcut: Ctrl + Enter checks your reply." }</span>
                                </p>
                            </form>
                        }
                    </section>
                </div>
                <aside class="drill-side" aria-label="Coach">
                    if let Some(assessment) = &practice.assessment {
                        { feedback(assessment, heading.clone()) }
                        { model_answers(&drill.models) }
                        { rating_buttons(on_rate) }
                    } else {
                        <section class="coach-waiting">
                            <h2>{ "Coach" }</h2>
                            <p>{ "Write your reply and check it. The coach will show what worked and what got in the way, with the words that prompted each hint marked in your reply." }</p>
                            <p>{ "Model answers appear after you check, so they do not steer your own words." }</p>
                        </section>
                    }
                </aside>
            </div>
            <div class="sr-only" role="status" aria-live="polite">{ status.unwrap_or_default() }</div>
        </div>
    }
}
