//! The printed deck: the participants' cards (triad role cards, the observer checklist,
//! drill prompts) first, then the facilitator's notes as a section of their own, so the
//! sheets handed out never carry the notes. One card per half page on A4 and Letter.

use rapport_core::content::Catalog;
use rapport_core::workshop::checklist::ITEMS;
use rapport_core::workshop::triad::{card, Role, OWN_TOPIC, ROLES};
use rapport_core::workshop::{Activity, Step};
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::message::message;
use crate::components::page_title::use_page_title;
use crate::components::role_card::{role_card, RoleCardProps};
use crate::components::route_link::link;
use crate::events::checked;
use crate::pages::workshop::notes_view;
use crate::route::Route;

/// Enough ruled lines for the rest of any card; print clips the ones below its end.
const LINES: usize = 12;

#[function_component]
pub fn PrintPage() -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    use_page_title("Printable cards");
    let participants_only = use_state_eq(|| false);
    let plan = &ctx.0.workshop.plan;
    let content = &ctx.0.content;
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let on_only = {
        let participants_only = participants_only.clone();
        Callback::from(move |e: Event| participants_only.set(checked(&e)))
    };
    let cards: Vec<Html> = plan
        .steps
        .iter()
        .flat_map(|step| participant_cards(step, content))
        .collect();
    html! {
        <div class="page page--print">
            <div class="print-intro">
                <h1 tabindex="-1">{ format!("Cards: {}", plan.title) }</h1>
                <p>{ "Each card fills half a sheet (A4 or Letter). Print, cut along the dashed line, and hand out. The facilitator\u{2019}s notes come last, on sheets of their own." }</p>
                <p class="field field--check">
                    <input id="participants-only" type="checkbox" checked={*participants_only} onchange={on_only} aria-describedby="print-what" />
                    <label for="participants-only">{ "Participant cards only (leave out the facilitator\u{2019}s notes)" }</label>
                </p>
                <p id="print-what" role="status">{ if *participants_only { "Printing the participant cards only." } else { "Printing the participant cards, then the facilitator\u{2019}s notes." } }</p>
                <p class="actions">
                    <button type="button" class="button--primary" onclick={print}>{ "Print" }</button>
                    { link(Route::Workshop, "button", html! { { "Back to the plan" } }) }
                </p>
            </div>
            if !cards.is_empty() {
                <section class="print-section print-section--participants" aria-labelledby="print-participants">
                    <h2 id="print-participants" class="print-section__title">{ "Participant cards" }</h2>
                    { for cards }
                </section>
            }
            if !*participants_only {
                <section class="print-section print-section--notes" aria-labelledby="print-notes">
                    <h2 id="print-notes" class="print-section__title">{ "Facilitator notes" }</h2>
                    { for plan.steps.iter().enumerate().map(|(at, step)| notes(at, step, content)) }
                </section>
            }
        </div>
    }
}

fn notes(at: usize, step: &Step, content: &Catalog) -> Html {
    html! {
        <section class="print-card print-card--notes">
            <p class="print-card__kicker">{ format!("Facilitator \u{b7} activity {} \u{b7} {} min", at + 1, step.minutes) }</p>
            <h3>{ step.activity.title(content) }</h3>
            { notes_view(&step.activity.notes(step.minutes, content)) }
        </section>
    }
}

/// Lines to write on, drawn as borders: browsers leave backgrounds out of a print unless
/// asked, so ruled backgrounds came out as blank paper.
fn ruled(label: &'static str) -> Html {
    html! {
        <div class="print-card__write">
            <p class="print-card__write-label">{ label }</p>
            <div class="print-card__lines" aria-hidden="true">
                { for (0..LINES).map(|_| html! { <div class="print-card__line"></div> }) }
            </div>
        </div>
    }
}

fn participant_cards(step: &Step, content: &Catalog) -> Vec<Html> {
    match &step.activity {
        Activity::Triad { scenario } => {
            let topic = scenario.as_deref().unwrap_or(OWN_TOPIC);
            let mut out: Vec<Html> = ROLES
                .iter()
                .filter_map(|role| card(topic, *role, content))
                .map(|c| {
                    let observer = c.role == Role::Observer;
                    html! {
                        <section class="print-card print-card--role">
                            { role_card(&RoleCardProps { card: c }) }
                            if observer { { ruled("The exact words that worked:") } }
                        </section>
                    }
                })
                .collect();
            out.push(checklist());
            out
        }
        Activity::DrillRound { drill } => content
            .drill(drill)
            .map(|drill| {
                html! {
                    <section class="print-card print-card--drill">
                        <p class="print-card__kicker">{ format!("Drill \u{b7} {}", drill.kind.label()) }</p>
                        <h3>{ &drill.title }</h3>
                        { message(drill) }
                        <p>{ drill.kind.instruction() }</p>
                        { ruled("Your reply:") }
                    </section>
                }
            })
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// The observer's checklist on paper: what helped and what got in the way in groups of
/// their own, each named in words and a mark, so a black-and-white print still tells them
/// apart.
fn checklist() -> Html {
    let group = |helps: bool| {
        let (mark, name) = if helps {
            ("\u{2713}", "Helped")
        } else {
            ("\u{2717}", "Got in the way")
        };
        html! {
            <tbody>
                <tr class="print-checklist__group"><th scope="colgroup" colspan="2">{ format!("{mark} {name}") }</th></tr>
                { for ITEMS.iter().filter(|(_, _, h)| *h == helps).map(|(_, label, _)| html! {
                    <tr><th scope="row">{ format!("{mark} {label}") }</th><td></td></tr>
                }) }
            </tbody>
        }
    };
    html! {
        <section class="print-card print-card--checklist">
            <p class="print-card__kicker">{ "Observer checklist" }</p>
            <h3>{ "Tick each time you notice it" }</h3>
            <table class="print-checklist">
                <thead><tr><th scope="col">{ "What the listener did" }</th><th scope="col">{ "Tally" }</th></tr></thead>
                { group(true) }
                { group(false) }
            </table>
        </section>
    }
}
