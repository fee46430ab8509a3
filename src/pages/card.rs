//! One triad role card, opened on a participant's device from its link or QR code; the
//! observer's card carries the checklist, whose tallies stay on that device.

use rapport_core::state::Action;
use rapport_core::workshop::checklist::ITEMS;
use rapport_core::workshop::triad::{card, Role};
use rapport_core::workshop::ChecklistAction;
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::page_title::use_page_title;
use crate::components::role_card::{role_card, RoleCardProps};
use crate::components::unavailable::{aria_disabled, only_if};
use crate::pages::not_found::NotFound;

#[derive(Properties, PartialEq)]
pub struct CardPageProps {
    pub topic: AttrValue,
    pub role: AttrValue,
}

#[function_component]
pub fn CardPage(props: &CardPageProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let found =
        Role::from_id(&props.role).and_then(|role| card(&props.topic, role, &ctx.0.content));
    use_page_title(&found.as_ref().map_or("Role card".to_owned(), |c| {
        format!("{} card", c.role.label())
    }));
    let Some(found) = found else {
        return html! { <NotFound exercise={Role::from_id(&props.role).is_some()} /> };
    };
    let observer = found.role == Role::Observer;
    html! {
        <div class="page page--narrow page--card">
            <h1 tabindex="-1">{ format!("{} card", found.role.label()) }</h1>
            { role_card(&RoleCardProps { card: found }) }
            if observer {
                <Checklist />
            }
        </div>
    }
}

/// The observer's tallies: one counter per thing to watch for.
#[function_component]
fn Checklist() -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let checklist = &ctx.0.checklist;
    let act = {
        let dispatch = ctx.dispatcher();
        move |action: ChecklistAction| {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch.dispatch(Action::Checklist(action.clone()))
            })
        }
    };
    let (helped, hindered) = checklist.totals();
    html! {
        <section class="checklist" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{ "Observer checklist" }</h2>
            <p>{ "Tap an item each time you notice it. The tallies stay on this device." }</p>
            // What helped and what got in the way in groups named in words and a mark, so
            // they are told apart without colour.
            { for [(true, "\u{2713} Helped"), (false, "\u{2717} Got in the way")].into_iter().map(|(helping, heading)| html! {
                <>
                <h3 class="checklist__group">{ heading }</h3>
                <ul class="checklist__items">
                    { for ITEMS.iter().filter(|(_, _, helps)| *helps == helping).map(|(id, label, helps)| {
                        let count = checklist.count(id);
                        html! {
                            <li class={classes!("checklist__item", if *helps { "checklist__item--helps" } else { "checklist__item--hinders" })}>
                                <button type="button" class="checklist__tick" onclick={act(ChecklistAction::Tick((*id).to_owned()))}>
                                    <span class="checklist__label">{ *label }</span>
                                    <span class="sr-only">{ ", tally " }</span>
                                    <span class="checklist__count">{ count }</span>
                                </button>
                                <button type="button" class="button--small" onclick={only_if(count > 0, act(ChecklistAction::Untick((*id).to_owned())))}
                                    aria-disabled={aria_disabled(count > 0)} aria-label={format!("{label}: take one away")}>{ "\u{2212}" }</button>
                            </li>
                        }
                    }) }
                </ul>
                </>
            }) }
            <p role="status" class="checklist__totals">{ format!("Helped: {helped} \u{b7} Got in the way: {hindered}") }</p>
            <p><button type="button" onclick={act(ChecklistAction::Clear)}>{ "Clear for the next round" }</button></p>
        </section>
    }
}
