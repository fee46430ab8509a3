//! Offline support: registers the service worker that precaches the build (release builds
//! only, so development always sees fresh files), reports when a new version is waiting,
//! and hands over to it, reloading the page, when the learner says so.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let navigator = window.navigator();
    // Browsers without service workers (or pages opened from a file) simply run online.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return None;
    }
    Some(navigator.service_worker())
}

/// Registers `sw.js` beside the page; calls `update_ready` when a new version is installed
/// and waiting (not on the very first install).
pub fn register(update_ready: impl Fn() + Clone + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = container() else { return };
    // Registering installs the worker, which fetches every file of the build again: wait
    // until startup is over so it does not compete with the learner's first click.
    gloo::timers::callback::Timeout::new(REGISTER_AFTER_MS, move || {
        wasm_bindgen_futures::spawn_local(watch(container, update_ready));
    })
    .forget();
}

/// How long after startup the service worker is registered.
const REGISTER_AFTER_MS: u32 = 1_500;

async fn watch(
    container: web_sys::ServiceWorkerContainer,
    update_ready: impl Fn() + Clone + 'static,
) {
    let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else {
        return;
    };
    let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
        return;
    };
    let controlled = container.controller().is_some();
    if registration.waiting().is_some() && controlled {
        update_ready();
    }
    let watched = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = watched.installing() else {
            return;
        };
        let (seen, notify) = (worker.clone(), update_ready.clone());
        let on_state = Closure::<dyn Fn()>::new(move || {
            let has_controller = container_controls();
            if seen.state() == web_sys::ServiceWorkerState::Installed && has_controller {
                notify();
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

fn container_controls() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Lets the waiting version take over, then reloads once it controls the page.
pub fn activate_update() {
    let Some(container) = container() else { return };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        match registration.waiting() {
            Some(worker) => {
                let _ = worker.post_message(&"skip-waiting".into());
            }
            None => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        }
    });
}
