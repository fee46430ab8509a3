//! Links to routes: plain anchors to their hash. Only the header marks the page it is on
//! (`aria-current`), from the route it is given: a link component per anchor read and
//! parsed the location once for every link on the page.

use yew::prelude::*;

use crate::route::Route;

/// An anchor to `to`, with `class` (none when empty) around `children`.
pub fn link(to: Route, class: &'static str, children: Html) -> Html {
    marked_link(to, class, false, children)
}

/// An anchor to `to`, marked as the current page when `here`.
pub fn marked_link(to: Route, class: &'static str, here: bool, children: Html) -> Html {
    html! {
        <a href={to.href()} class={(!class.is_empty()).then_some(class)} aria-current={here.then_some("page")}>
            { children }
        </a>
    }
}
