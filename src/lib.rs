//! The Rapport web app: a thin Yew layer that renders the core crate's state and
//! dispatches its actions. Domain rules live in `rapport-core`; the only browser storage
//! access lives in [`storage`].

pub mod app;
pub mod clock;
pub mod components;
pub mod course;
pub mod download;
pub mod events;
pub mod focus;
pub mod lms;
pub mod offline;
pub mod pages;
pub mod route;
pub mod router;
pub mod storage;
pub mod studio_turns;
pub mod turns;

/// Rewrites a hash that is not a route path (typed by hand, or a bare anchor) into one, so
/// the address shows the route's own link, the one a copy of it should share.
fn guard_hash() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let fix = || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        if let Some(fixed) = route::normalised_hash(&hash) {
            if let Ok(history) = window.history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fixed));
            }
        }
    };
    fix();
    if let Some(window) = web_sys::window() {
        let listener = Closure::<dyn Fn()>::new(fix);
        // `popstate` comes before `hashchange`, which the router follows.
        let _ =
            window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

/// Replaces the loading message in `#app` (or the body, if missing) with the running app.
pub fn start() {
    guard_hash();
    let document = web_sys::window().and_then(|w| w.document());
    let root = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("app"))
        .or_else(|| document.as_ref().and_then(|d| d.body()).map(Into::into));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
