//! Hash routing: the route named by the address, shared through a context that follows
//! `hashchange`, and a way to go to another route. Our routes are a handful of fixed paths
//! in the hash, so this replaces yew-router, whose history-state handling, route matcher
//! and URL decoding made the first load 21 KB (gzip) bigger, and which parsed the location
//! again for every link that asked which page it was on.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::route::Route;

/// The route in the address bar now.
fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::from_hash(&hash)
}

/// The route in the address bar, kept up to date as the hash changes (a link followed,
/// back or forward, or [`go_to`]). The app's shell calls it once and shares the route
/// through a context, which [`use_route`] reads.
#[hook]
pub fn use_address_route() -> Route {
    let route = use_state(current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| route.set(current()))
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// The route shown, as the shell shares it (home outside the app).
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::Home)
}

/// Goes to `route`, as following a link to it would (it joins the browser's history): a
/// new hash on this page, or a load of the other build's page when this one lacks it.
pub fn go_to(route: &Route) {
    if let Some(window) = web_sys::window() {
        let href = route.href();
        let _ = match href.strip_prefix('#') {
            Some(path) => window.location().set_hash(path),
            None => window.location().assign(&href),
        };
    }
}
