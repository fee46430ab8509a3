//! The page for an address that matches no route.

use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::components::route_link::RouteLink;
use crate::route::Route;

#[function_component]
pub fn NotFound() -> Html {
    use_page_title("Page not found");
    html! {
        <div class="page page--narrow">
            <h1 tabindex="-1">{ "Page not found" }</h1>
            <p>{ "There is no page at this address. The link may be mistyped, or it may point to a part of Rapport this version does not have." }</p>
            <p><RouteLink to={Route::Home} class="button">{ "Go to the home page" }</RouteLink></p>
        </div>
    }
}
