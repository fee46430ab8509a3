//! Swap seats: the learner's own run replayed from the colleague's side, with what they
//! said, what they were thinking, and how each answer landed.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::pages::not_found::NotFound;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SwapPageProps {
    pub id: AttrValue,
}

#[function_component]
pub fn SwapPage(props: &SwapPageProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let scenario = ctx.0.content.scenario(&props.id);
    use_page_title(&scenario.map_or("Swap seats".to_owned(), |s| {
        format!("Swap seats: {}", s.title)
    }));
    let Some(scenario) = scenario else {
        return html! { <NotFound exercise=true /> };
    };
    let state = ctx.0.plays.state(scenario);
    let name = &scenario.character.name;
    let seat = |beat_id: &str| {
        let Some(beat) = scenario.beat(beat_id) else {
            return html! {};
        };
        html! {
            <>
                <p class="swap__says"><strong>{ format!("{name} says ({}): ", beat.mood) }</strong>{ &beat.says }</p>
                <p class="swap__thought"><strong>{ format!("{name} thinks: ") }</strong>{ &beat.thought }</p>
            </>
        }
    };
    html! {
        <div class="page page--narrow page--swap">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                { link(Route::Scenarios, "", html! { { "Role-plays" } }) }
                <span aria-hidden="true">{ " \u{203a} " }</span>
                { link(Route::Scenario { id: scenario.id.clone() }, "", html! { { &scenario.title } }) }
                <span aria-hidden="true">{ " \u{203a} " }</span>
                <span>{ "Swap seats" }</span>
            </nav>
            <h1 tabindex="-1">{ format!("Swap seats: {}", scenario.title) }</h1>
            <p class="lede">{ swap_lede(name, &scenario.character.detail()) }</p>
            if state.turns.is_empty() {
                <p>{ "You have not played this role-play yet, so there is nothing to replay." }</p>
                <p>{ link(Route::Scenario { id: scenario.id.clone() }, "button button--primary", html! { { "Start the role-play" } }) }</p>
            } else {
                <ol class="swap">
                    { for state.turns.iter().map(|turn| html! {
                        <li class="swap__turn">
                            { seat(&turn.beat) }
                            <p class="swap__you"><strong>{ "You said: " }</strong>{ &turn.said }</p>
                            <p class="swap__landed"><strong>{ "How it landed: " }</strong>{ &turn.feedback }</p>
                        </li>
                    }) }
                    <li class="swap__turn">{ seat(&state.beat) }</li>
                </ol>
                <p class="actions">
                    { link(Route::Scenario { id: scenario.id.clone() }, "button", html! { { "Back to the role-play" } }) }
                </p>
            }
        </div>
    }
}

/// Whose side the replay takes, with their role and place when the scenario gives them.
fn swap_lede(name: &str, detail: &str) -> String {
    let side = match detail {
        "" => format!("Read your conversation again from {name}'s side."),
        d => format!("Read your conversation again from {name}'s side: {d}."),
    };
    format!("{side} What were they carrying, and how did your words land?")
}
