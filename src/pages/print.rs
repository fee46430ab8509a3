//! The printed deck: for each activity of the plan, the facilitator's notes, then its cards
//! (triad role cards and the observer checklist, drill prompts), one card per half page.

use rapport_core::content::Catalog;
use rapport_core::workshop::checklist::ITEMS;
use rapport_core::workshop::triad::{card, OWN_TOPIC, ROLES};
use rapport_core::workshop::{Activity, Step};
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::message::message;
use crate::components::page_title::use_page_title;
use crate::components::role_card::{role_card, RoleCardProps};
use crate::components::route_link::link;
use crate::pages::workshop::notes_view;
use crate::route::Route;

#[function_component]
pub fn PrintPage() -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    use_page_title("Printable cards");
    let plan = &ctx.0.workshop.plan;
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <div class="page page--print">
            <div class="print-intro">
                <h1 tabindex="-1">{ format!("Cards: {}", plan.title) }</h1>
                <p>{ "Each card fills half a sheet (A4 or Letter). Print, cut along the middle, and hand out." }</p>
                <p class="actions">
                    <button type="button" class="button--primary" onclick={print}>{ "Print" }</button>
                    { link(Route::Workshop, "button", html! { { "Back to the plan" } }) }
                </p>
            </div>
            { for plan.steps.iter().enumerate().map(|(at, step)| cards(at, step, &ctx.0.content)) }
        </div>
    }
}

fn cards(at: usize, step: &Step, content: &Catalog) -> Html {
    let notes = html! {
        <section class="print-card print-card--notes">
            <p class="print-card__kicker">{ format!("Facilitator \u{b7} activity {} \u{b7} {} min", at + 1, step.minutes) }</p>
            <h2>{ step.activity.title(content) }</h2>
            { notes_view(&step.activity.notes(step.minutes, content)) }
        </section>
    };
    let extra = match &step.activity {
        Activity::Triad { scenario } => {
            let topic = scenario.as_deref().unwrap_or(OWN_TOPIC);
            html! {
                <>
                    { for ROLES.iter().filter_map(|role| card(topic, *role, content)).map(|c| html! {
                        <section class="print-card">{ role_card(&RoleCardProps { card: c }) }</section>
                    }) }
                    <section class="print-card">
                        <p class="print-card__kicker">{ "Observer checklist" }</p>
                        <h2>{ "Tick each time you notice it" }</h2>
                        <table class="print-checklist">
                            <thead><tr><th scope="col">{ "What the listener did" }</th><th scope="col">{ "Tally" }</th></tr></thead>
                            <tbody>
                                { for ITEMS.iter().map(|(_, label, helps)| html! {
                                    <tr><th scope="row">{ format!("{} {label}", if *helps { "\u{2713}" } else { "\u{2717}" }) }</th><td></td></tr>
                                }) }
                            </tbody>
                        </table>
                    </section>
                </>
            }
        }
        Activity::DrillRound { drill } => match content.drill(drill) {
            Some(drill) => html! {
                            <section class="print-card">
                                <p class="print-card__kicker">{ format!("Drill \u{b7} {}", drill.kind.label()) }</p>
                                <h2>{ &drill.title }</h2>
                                { message(drill) }
                                <p>{ drill.kind.instruction() }</p>
                                <p class="print-card__write">{ "Your reply:" }</p>
            <div class="print-card__lines" aria-hidden="true"></div>
                            </section>
                        },
            None => html! {},
        },
        _ => html! {},
    };
    html! { <>{ notes }{ extra }</> }
}
