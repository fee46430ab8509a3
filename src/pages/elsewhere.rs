//! A facilitator's tool asked of the learner's build, which leaves those tools out so a
//! learner's first visit loads less: it opens the same address in the full build, in
//! place of this one (so Back returns to where the learner was), and says so meanwhile.

use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ElsewhereProps {
    pub route: Route,
}

#[function_component]
pub fn Elsewhere(props: &ElsewhereProps) -> Html {
    use_page_title("Opening the facilitator's tools");
    use_effect_with(props.route.clone(), |route| {
        let href = route.href();
        if !href.starts_with('#') {
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&href);
            }
        }
    });
    html! {
        <div class="page page--narrow">
            <h1 tabindex="-1">{ "Opening the facilitator's tools…" }</h1>
            <p>{ "The workshop planner, the projector, the print deck, the packs and the studio load as a page of their own, so that learners' phones do not load them. If nothing happens, follow this link." }</p>
            <p>{ link(props.route.clone(), "button", html! { { "Open the facilitator's tools" } }) }</p>
        </div>
    }
}
