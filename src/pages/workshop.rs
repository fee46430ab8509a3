//! The facilitator's session plan: ready-made plans, activities with durations in order, the
//! total, each activity's notes, a link that shares the plan, and the way to the projector
//! view and the printed deck.

use rapport_core::content::Catalog;
use rapport_core::state::Action;
use rapport_core::words::plural;
use rapport_core::workshop::activity::KINDS;
use rapport_core::workshop::link::encode;
use rapport_core::workshop::plan::{minutes_from_field, MAX_STEPS, MAX_TITLE, MINUTES, READY_MADE};
use rapport_core::workshop::{Activity, Notes, Plan, PlanEdit, Step, WorkshopAction};
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::components::unavailable::{aria_disabled, only_if};
use crate::events::value;
use crate::route::{absolute, Route};

#[function_component]
pub fn WorkshopPage() -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    use_page_title("Workshop");
    let plan = &ctx.0.workshop.plan;
    let room = plan.steps.len() < MAX_STEPS;
    let edit = {
        let dispatch = ctx.dispatcher();
        move |edit: PlanEdit| dispatch.dispatch(Action::Workshop(WorkshopAction::Edit(edit)))
    };
    let adding = use_state(|| "triad".to_owned());
    // The ready-made plan waiting for the facilitator's word before it replaces an edited one.
    let asking = use_state(|| None::<u32>);
    // Where keyboard focus goes once a step has moved or gone: the same button on the
    // step's new place, or the nearest step's, instead of the top of the page.
    let refocus: Refocus = use_mut_ref(|| None);
    {
        let refocus = refocus.clone();
        use_effect(move || {
            if let Some(id) = refocus.borrow_mut().take() {
                crate::focus::by_id(&id);
            }
        });
    }
    let on_title = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| edit(PlanEdit::SetTitle(value(&e))))
    };
    let on_kind = {
        let adding = adding.clone();
        Callback::from(move |e: Event| adding.set(value(&e)))
    };
    let on_add = {
        let (edit, adding) = (edit.clone(), adding.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(activity) = Activity::of_kind(&adding) {
                edit(PlanEdit::Add(activity));
            }
        })
    };
    let shared = absolute(&Route::SharedPlan { code: encode(plan) });
    let copied = use_state(|| false);
    let on_copy = {
        let (shared, copied) = (shared.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(window) = web_sys::window() {
                let _ = window.navigator().clipboard().write_text(&shared);
                copied.set(true);
            }
        })
    };
    // Going back to the start stops the clock and forgets the room's role-plays, so a
    // session under way asks first.
    let resetting = use_state(|| false);
    let restart_button = use_node_ref();
    let reset_question = use_node_ref();
    {
        let question = reset_question.clone();
        use_effect_with(*resetting, move |open| {
            if *open {
                if let Some(q) = question.cast::<web_sys::HtmlElement>() {
                    let _ = q.focus();
                }
            }
        });
    }
    let under_way = ctx.0.workshop.under_way();
    let restart = {
        let (dispatch, resetting) = (ctx.dispatcher(), resetting.clone());
        Callback::from(move |_: MouseEvent| {
            if under_way {
                resetting.set(true);
            } else {
                dispatch.dispatch(Action::Workshop(WorkshopAction::Restart))
            }
        })
    };
    let reset = {
        let (dispatch, resetting, button) =
            (ctx.dispatcher(), resetting.clone(), restart_button.clone());
        Callback::from(move |_: MouseEvent| {
            resetting.set(false);
            dispatch.dispatch(Action::Workshop(WorkshopAction::Restart));
            if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        })
    };
    let stay = {
        let (resetting, button) = (resetting.clone(), restart_button.clone());
        Callback::from(move |_: MouseEvent| {
            resetting.set(false);
            if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        })
    };
    html! {
        <div class="page page--narrow page--workshop">
            <h1 tabindex="-1">{ "Workshop" }</h1>
            <p class="lede">{ "Plan a trust-building session for a room, half of it remote if need be: one laptop on a projector, role cards on phones or paper, no accounts and no server." }</p>
            <section aria-labelledby="ready-title">
                <h2 id="ready-title">{ "Start from a ready-made plan" }</h2>
                <p class="actions">
                    { for READY_MADE.iter().map(|minutes| {
                        let (edit, asking, refocus) = (edit.clone(), asking.clone(), refocus.clone());
                        let minutes = *minutes;
                        let edited = plan.edited();
                        let onclick = Callback::from(move |_: MouseEvent| {
                            if edited {
                                asking.set(Some(minutes));
                                *refocus.borrow_mut() = Some(CONFIRM_ID.to_owned());
                            } else if let Some(plan) = Plan::ready_made(minutes) {
                                edit(PlanEdit::Replace(plan));
                            }
                        });
                        html! { <button type="button" id={ready_id(minutes)} {onclick}>{ format!("{minutes} minutes") }</button> }
                    }) }
                </p>
                if let Some(minutes) = *asking {
                    { confirm_replace(minutes, plan, &edit, &asking, &refocus) }
                }
            </section>
            <section aria-labelledby="plan-title">
                <h2 id="plan-title">{ "Your plan" }</h2>
                <p class="field">
                    <label for="plan-name">{ "Session title" }</label>
                    <input id="plan-name" type="text" maxlength={MAX_TITLE.to_string()} value={plan.title.clone()} oninput={on_title} />
                </p>
                <p class="plan__total" role="status">
                    { plan.summary() }
                </p>
                <ol class="plan">
                    { for plan.steps.iter().zip(plan.step_names(&ctx.0.content)).enumerate().map(|(at, (step, name))| step_item(at, step, &name, plan.steps.len(), &edit, &refocus, &ctx.0.content)) }
                </ol>
                <div class="plan__add">
                    <label for="add-kind">{ "Add an activity" }</label>
                    <select id="add-kind" onchange={on_kind}>
                        { for KINDS.iter().map(|(kind, label)| html! {
                            <option value={*kind} selected={*kind == adding.as_str()}>{ *label }</option>
                        }) }
                    </select>
                    <button type="button" onclick={only_if(room, on_add)} aria-disabled={aria_disabled(room)}>{ "Add" }</button>
                </div>
            </section>
            <section aria-labelledby="run-title">
                <h2 id="run-title">{ "Run it" }</h2>
                <p class="actions">
                    { link(Route::Projector, "button button--primary", html! { { "Open the projector view" } }) }
                    { link(Route::Print, "button", html! { { "Print the cards" } }) }
                    <button type="button" ref={restart_button} onclick={restart} aria-expanded={(*resetting).to_string()}>{ "Back to the first activity" }</button>
                </p>
                if *resetting {
                    <div class="confirm-replace" role="alertdialog" tabindex="-1" ref={reset_question}
                        aria-labelledby="reset-title" aria-describedby="reset-text">
                        <h3 id="reset-title">{ "Go back to the first activity?" }</h3>
                        <p id="reset-text">{ format!("The session is at activity {} of {}. Going back stops the timer and starts the room role-plays afresh; the plan itself stays as it is.", ctx.0.workshop.step + 1, plan.steps.len()) }</p>
                        <p class="actions">
                            <button type="button" onclick={stay}>{ "Stay where we are" }</button>
                            <button type="button" class="button--danger" onclick={reset}>{ "Go back to the start" }</button>
                        </p>
                    </div>
                }
                <p class="field">
                    <label for="plan-link">{ "Share this plan: the link holds the whole plan, nothing is uploaded" }</label>
                    <input id="plan-link" type="text" readonly=true value={shared} />
                </p>
                <p><button type="button" onclick={on_copy}>{ "Copy the link" }</button>
                    <span role="status" class="muted">{ if *copied { " Copied." } else { "" } }</span></p>
            </section>
        </div>
    }
}

/// The id of the question asked before a ready-made plan replaces an edited one.
const CONFIRM_ID: &str = "replace-plan";

fn ready_id(minutes: u32) -> String {
    format!("ready-{minutes}")
}

/// The question before the ready-made plan of `minutes` replaces an edited `plan`, asked in
/// the page (not a browser dialog, which cannot be styled, read in order or tested) and
/// holding focus until answered; either answer returns focus to the button that asked.
fn confirm_replace(
    minutes: u32,
    plan: &Plan,
    edit: &(impl Fn(PlanEdit) + Clone + 'static),
    asking: &UseStateHandle<Option<u32>>,
    refocus: &Refocus,
) -> Html {
    let answer = |replace: bool| {
        let (edit, asking, refocus) = (edit.clone(), asking.clone(), refocus.clone());
        move || {
            if replace {
                if let Some(plan) = Plan::ready_made(minutes) {
                    edit(PlanEdit::Replace(plan));
                }
            }
            *refocus.borrow_mut() = Some(ready_id(minutes));
            asking.set(None);
        }
    };
    let (replace, keep) = (answer(true), answer(false));
    let on_replace = Callback::from(move |_: MouseEvent| replace());
    let on_keep = {
        let keep = keep.clone();
        Callback::from(move |_: MouseEvent| keep())
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            keep();
        }
    });
    let title = if plan.title.trim().is_empty() {
        "your plan".to_owned()
    } else {
        format!("\u{201c}{}\u{201d}", plan.title.trim())
    };
    html! {
        <div id={CONFIRM_ID} class="confirm-replace" role="alertdialog" tabindex="-1"
            aria-labelledby="replace-title" aria-describedby="replace-text" onkeydown={on_key}>
            <h3 id="replace-title">{ format!("Replace your plan with the {minutes}-minute plan?") }</h3>
            <p id="replace-text">{ format!("You have edited {title} ({}, {}). The {minutes}-minute plan takes its place, and your edits cannot be brought back.", plan.activities(), plural(plan.total_minutes() as usize, "minute", "minutes")) }</p>
            <p class="actions">
                <button type="button" onclick={on_keep}>{ "Keep my plan" }</button>
                <button type="button" class="button--danger" onclick={on_replace}>{ "Replace it" }</button>
            </p>
        </div>
    }
}

/// The exercises an activity can use: (id, title).
/// A pack's exercises are marked with their pack, so a facilitator knows what each device needs.
fn exercises(activity: &Activity, content: &Catalog) -> Vec<(String, String)> {
    let option = |id: &str, title: &str| (id.to_owned(), content.marked(id, title));
    match activity {
        Activity::DrillRound { .. } => content.drills().map(|d| option(&d.id, &d.title)).collect(),
        Activity::RoomPlay { .. } => content
            .scenarios()
            .map(|s| option(&s.id, &s.title))
            .collect(),
        Activity::Triad { .. } => {
            std::iter::once((String::new(), "The speaker's own topic".to_owned()))
                .chain(content.scenarios().map(|s| option(&s.id, &s.title)))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The id of an element to focus after the next render.
type Refocus = std::rc::Rc<std::cell::RefCell<Option<String>>>;

/// Where focus goes after `edit` on step `at` of `count`: the id of a step's button.
fn after(edit: &PlanEdit, at: usize, count: usize) -> String {
    let button = |step: usize, what: &str| format!("step-{step}-{what}");
    match edit {
        PlanEdit::Move { up: true, .. } => button(at.saturating_sub(1), "up"),
        PlanEdit::Move { up: false, .. } => button((at + 1).min(count - 1), "down"),
        // The next step slides into this place; the last step's removal goes to the one before.
        _ if at + 1 < count => button(at, "remove"),
        _ if at > 0 => button(at - 1, "remove"),
        _ => "add-kind".to_owned(),
    }
}

fn step_item(
    at: usize,
    step: &Step,
    name: &str,
    count: usize,
    edit: &(impl Fn(PlanEdit) + Clone + 'static),
    refocus: &Refocus,
    content: &Catalog,
) -> Html {
    let id = |what: &str| format!("step-{at}-{what}");
    let on_minutes = {
        let (edit, current) = (edit.clone(), step.minutes);
        Callback::from(move |e: Event| {
            let minutes = minutes_from_field(&value(&e), current);
            // Set the field itself: when the plan does not change (an emptied field, or one
            // clamped back to what it held), nothing re-renders it and it would disagree with
            // the total.
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                input.set_value(&minutes.to_string());
            }
            edit(PlanEdit::SetMinutes(at, minutes));
        })
    };
    let on_exercise = {
        let edit = edit.clone();
        Callback::from(move |e: Event| edit(PlanEdit::SetExercise(at, value(&e))))
    };
    let button = |label: &str, what: &str, edit_to: PlanEdit, available: bool| {
        let (edit, refocus) = (edit.clone(), refocus.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = Some(after(&edit_to, at, count));
            edit(edit_to.clone());
        });
        html! {
            <button type="button" class="button--small" id={id(what)} onclick={only_if(available, onclick)}
                aria-disabled={aria_disabled(available)} aria-label={format!("{label}: {name}")}>{ label.to_owned() }</button>
        }
    };
    let options = exercises(&step.activity, content);
    let current = step.activity.exercise().unwrap_or_default().to_owned();
    let notes: Notes = step.activity.notes(step.minutes, content);
    html! {
        <li class="plan__step">
            <h3>{ step.activity.title(content) }</h3>
            if let Some(problem) = step.activity.problem(content) {
                <p class="notice notice--warning">{ problem }</p>
            }
            <div class="plan__fields">
                <p class="field field--minutes">
                    <label for={id("minutes")}>{ "Minutes" }</label>
                    <input id={id("minutes")} type="number" inputmode="numeric" min={MINUTES.start().to_string()} max={MINUTES.end().to_string()} value={step.minutes.to_string()} onchange={on_minutes} />
                </p>
                if !options.is_empty() {
                    <p class="field">
                        <label for={id("exercise")}>{ "Exercise" }</label>
                        <select id={id("exercise")} onchange={on_exercise}>
                            { for options.iter().map(|(value, title)| html! {
                                <option value={value.clone()} selected={*value == current}>{ title }</option>
                            }) }
                        </select>
                    </p>
                }
            </div>
            <p class="plan__buttons">
                { button("Move up", "up", PlanEdit::Move { from: at, up: true }, at > 0) }
                { button("Move down", "down", PlanEdit::Move { from: at, up: false }, at + 1 < count) }
                { button("Remove", "remove", PlanEdit::Remove(at), true) }
            </p>
            <details class="notes">
                <summary>{ "Facilitator notes" }</summary>
                { notes_view(&notes) }
            </details>
        </li>
    }
}

/// Purpose, setup, timing and debrief questions.
pub fn notes_view(notes: &Notes) -> Html {
    html! {
        <dl class="notes__list">
            <dt>{ "Purpose" }</dt><dd>{ &notes.purpose }</dd>
            <dt>{ "Setup" }</dt><dd>{ &notes.setup }</dd>
            <dt>{ "Timing" }</dt><dd>{ &notes.timing }</dd>
            if !notes.questions.is_empty() {
                <dt>{ "Debrief questions" }</dt>
                <dd><ul>{ for notes.questions.iter().map(|q| html! { <li>{ q }</li> }) }</ul></dd>
            }
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_follows_a_moved_step_and_lands_on_the_nearest_after_a_removal() {
        let up = PlanEdit::Move { from: 2, up: true };
        let down = PlanEdit::Move { from: 2, up: false };
        assert_eq!(after(&up, 2, 4), "step-1-up");
        assert_eq!(after(&down, 2, 4), "step-3-down");
        // The next step takes a removed step's place; the last goes to the one before.
        assert_eq!(after(&PlanEdit::Remove(1), 1, 4), "step-1-remove");
        assert_eq!(after(&PlanEdit::Remove(3), 3, 4), "step-2-remove");
        // Removing the only step leaves the way to add one.
        assert_eq!(after(&PlanEdit::Remove(0), 0, 1), "add-kind");
    }
}
