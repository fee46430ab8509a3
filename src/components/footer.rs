//! The site footer: the privacy promise in one line, with a link to the details.

use yew::prelude::*;

use crate::components::icons;
use crate::components::route_link::link;
use crate::route::Route;

pub fn footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { icons::lock() }
                { " Rapport runs entirely in your browser. Nothing you write leaves this device. " }
                { link(Route::Privacy, "", html! { { "How your data is kept" } }) }
            </p>
        </footer>
    }
}
