//! A plan someone shared as a link: read (and checked) from the link, shown, and used only on
//! the facilitator's word, since it replaces the plan on this device.

use rapport_core::state::Action;
use rapport_core::workshop::link::decode;
use rapport_core::workshop::{PlanEdit, WorkshopAction};
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::route::Route;
use crate::router::go_to;

#[derive(Properties, PartialEq)]
pub struct SharedPlanProps {
    pub code: AttrValue,
}

#[function_component]
pub fn SharedPlanPage(props: &SharedPlanProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    use_page_title("A shared workshop plan");
    let read = decode(&props.code, &ctx.0.content);
    let body = match read {
        Err(why) => html! {
            <>
                <p class="notice notice--problem">{ why }</p>
                <p>{ link(Route::Workshop, "button", html! { { "Go to your own plan" } }) }</p>
            </>
        },
        Ok(plan) => {
            let current = &ctx.0.workshop.plan;
            let onclick = {
                let (dispatch, plan) = (ctx.dispatcher(), plan.clone());
                Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(Action::Workshop(WorkshopAction::Edit(PlanEdit::Replace(
                        plan.clone(),
                    ))));
                    go_to(&Route::Workshop);
                })
            };
            html! {
                <>
                    <h2>{ &plan.title }</h2>
                    <p>{ format!("{}.", plan.summary()) }</p>
                    <ol class="plan plan--preview">
                        { for plan.steps.iter().map(|s| html! { <li>{ format!("{} \u{2014} {} min", s.activity.title(&ctx.0.content), s.minutes) }</li> }) }
                    </ol>
                    // A first visit's plan is a ready-made one nobody chose: warning that it
                    // would be replaced speaks of a plan the visitor never made.
                    if current.edited() {
                        <p>{ format!("Using it replaces your current plan, \u{201c}{}\u{201d} ({}).", current.title, current.activities()) }</p>
                    } else {
                        <p>{ "Using it makes it your plan on this device, ready to change or run." }</p>
                    }
                    <p class="actions">
                        <button type="button" class="button--primary" {onclick}>{ "Use this plan" }</button>
                        { link(Route::Workshop, "button", html! { { if current.edited() { "Keep my plan" } else { "Not now" } } }) }
                    </p>
                </>
            }
        }
    };
    html! {
        <div class="page page--narrow">
            <h1 tabindex="-1">{ "A shared workshop plan" }</h1>
            { body }
        </div>
    }
}
