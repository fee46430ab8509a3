//! A link to a route: a plain anchor to its hash, marked `aria-current` on its own page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[function_component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let here = use_route::<Route>().as_ref() == Some(&props.to);
    html! {
        <a href={props.to.href()} class={props.class.clone()} aria-current={here.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
