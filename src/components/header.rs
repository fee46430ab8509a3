//! The site header: the brand, the main navigation (the current section marked) and the
//! larger-text switch. On phones the navigation folds behind a "Menu" button, so the page
//! starts in the first screen instead of under three rows of links.

use yew::prelude::*;

use crate::components::icons;
use crate::components::route_link::marked_link;
use crate::route::Route;

#[derive(PartialEq, Properties)]
pub struct HeaderProps {
    pub large_text: bool,
    pub on_large_text: Callback<bool>,
    /// The page shown.
    pub current: Route,
    /// LMS mode: the header links to the course and the privacy page only.
    pub course: bool,
}

/// The header for the shell, which calls it as a function (as it calls the other parts).
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <Header large_text={props.large_text} on_large_text={props.on_large_text.clone()} current={props.current.clone()} course={props.course} />
    }
}

const NAV_ID: &str = "site-nav";

#[function_component]
fn Header(props: &HeaderProps) -> Html {
    // Only the phone layout shows the button; on wider screens the list is always shown
    // and this stays false.
    let open = use_state_eq(|| false);
    let button = use_node_ref();
    // Any change of page closes the menu, however it came (a link in the page, Back): an
    // open list left over would push the new page's heading out of sight.
    {
        let open = open.clone();
        use_effect_with(props.current.clone(), move |_| open.set(false));
    }
    let toggle = {
        let on = !props.large_text;
        props.on_large_text.reform(move |_: MouseEvent| on)
    };
    let flip = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Escape anywhere in the open menu closes it and gives focus back to the button, which
    // is where a keyboard user opened it from.
    let on_key = {
        let open = open.clone();
        let button = button.clone();
        Callback::from(move |e: KeyboardEvent| {
            if *open && e.key() == "Escape" {
                e.prevent_default();
                open.set(false);
                if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    // Following a link closes the menu: the page it opens starts with its heading, not
    // under the list.
    let on_nav_click = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            let on_link = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("a").ok().flatten())
                .is_some();
            if on_link {
                open.set(false);
            }
        })
    };
    let section = props.current.section();
    let mark = |route: &Route| -> Option<&'static str> {
        if props.current == *route {
            Some("page")
        } else if section == *route {
            // A page inside the section (a drill in Practice): "true", not "page", since
            // the link leads to the section, not to the page shown.
            Some("true")
        } else {
            None
        }
    };
    html! {
        <header class="site-header">
            <div class="site-header__inner" onkeydown={on_key}>
                { marked_link(Route::Home, "brand", props.current == Route::Home, html! {
                    <>{ icons::logo() }<span>{ "Rapport" }</span></>
                }) }
                <button type="button" class="nav-toggle" ref={button} aria-expanded={open.to_string()} aria-controls={NAV_ID} onclick={flip}>
                    { icons::menu() }
                    <span>{ "Menu" }</span>
                </button>
                <nav id={NAV_ID} aria-label="Main" class={classes!(open.then_some("is-open"))} onclick={on_nav_click}>
                    <ul class="nav-list">
                        { for (if props.course { Route::COURSE_NAV } else { Route::NAV }).iter().map(|(route, label)| html! {
                            <li>{ nav_link(route, label, mark(route)) }</li>
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

fn nav_link(route: &Route, label: &'static str, current: Option<&'static str>) -> Html {
    html! {
        <a href={route.href()} class="nav-link" aria-current={current}>{ label }</a>
    }
}
