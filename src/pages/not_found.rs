//! The page for an address that matches no route, or names an exercise this device does
//! not have (a pack's exercise opened from a link on a device without the pack).

use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::route::Route;

#[derive(Properties, PartialEq, Default)]
pub struct NotFoundProps {
    /// The address names an exercise (drill, role-play or role card) that is not here.
    #[prop_or_default]
    pub exercise: bool,
}

#[function_component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    use_page_title("Page not found");
    html! {
        <div class="page page--narrow">
            <h1 tabindex="-1">{ "Page not found" }</h1>
            if props.exercise {
                <p>{ "This exercise is not on this device. It may come from a content pack that was not imported here, or that is turned off: ask whoever shared the link for the pack file, and import it under Packs." }</p>
                <p class="actions">
                    { link(Route::Packs, "button", html! { { "Open Packs" } }) }
                    { link(Route::Home, "button", html! { { "Go to the home page" } }) }
                </p>
            } else {
                <p>{ "There is no page at this address. The link may be mistyped, or it may point to a part of Rapport this version does not have." }</p>
                <p>{ link(Route::Home, "button", html! { { "Go to the home page" } }) }</p>
            }
        </div>
    }
}
