//! The site header: the brand, the main navigation (current page marked) and the
//! larger-text switch.

use yew::prelude::*;

use crate::components::icons;
use crate::components::route_link::RouteLink;
use crate::route::Route;

#[derive(PartialEq)]
pub struct HeaderProps {
    pub large_text: bool,
    pub on_large_text: Callback<bool>,
}

pub fn header(props: &HeaderProps) -> Html {
    let toggle = {
        let on = !props.large_text;
        props.on_large_text.reform(move |_: MouseEvent| on)
    };
    html! {
        <header class="site-header">
            <div class="site-header__inner">
                <RouteLink to={Route::Home} class="brand">
                    { icons::logo() }
                    <span>{ "Rapport" }</span>
                </RouteLink>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        { for Route::NAV.iter().map(|(route, label)| html! {
                            <li><RouteLink to={route.clone()} class="nav-link">{ *label }</RouteLink></li>
                        }) }
                    </ul>
                </nav>
                <button type="button" class="text-size" aria-pressed={props.large_text.to_string()} onclick={toggle}>
                    { icons::text_size() }
                    <span>{ "Larger text" }</span>
                </button>
            </div>
        </header>
    }
}
