//! The app shell: loads what is stored, owns the reducer, persists settings through the
//! one storage effect, and lays out the header, notices, page and footer.

use std::cell::RefCell;
use std::rc::Rc;

use rapport_core::settings::Settings;
use rapport_core::state::{Action, AppState};
use yew::prelude::*;
use yew_router::HashRouter;
use yew_router::Switch;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::notices::Notices;
use crate::components::skip_link::SkipLink;
use crate::route::{switch, Route};
use crate::storage::{self, BrowserStore};

/// The core state, made reducible by Yew.
#[derive(Debug, PartialEq)]
pub struct Shared(pub AppState);

impl Reducible for Shared {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Shared(self.0.clone().apply(action)))
    }
}

/// What startup produced: the open store and the state to begin with.
struct Boot {
    store: RefCell<BrowserStore>,
    initial: AppState,
}

impl Boot {
    fn start() -> Self {
        let (mut store, opened) = storage::open();
        let loaded = store.load::<Settings>();
        let issues = opened.into_iter().chain(loaded.issues);
        Self {
            initial: AppState::new(loaded.value, issues),
            store: RefCell::new(store),
        }
    }
}

/// The whole app, router included.
#[function_component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <Shell />
        </HashRouter>
    }
}

#[function_component]
fn Shell() -> Html {
    let boot = use_memo((), |_| Boot::start());
    let state = {
        let boot = boot.clone();
        use_reducer_eq(move || Shared(boot.initial.clone()))
    };

    {
        // Persist settings when they change; the first run would only rewrite what was just read.
        let boot = boot.clone();
        let dispatch = state.dispatcher();
        let first = use_mut_ref(|| true);
        use_effect_with(state.0.settings.clone(), move |settings| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Err(issue) = boot.store.borrow_mut().save(settings) {
                    dispatch.dispatch(Action::Report(issue));
                }
            }
        });
    }
    use_effect_with(state.0.settings.large_text, |large| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-text", if *large { "large" } else { "normal" });
        }
    });

    let on_large_text = {
        let dispatch = state.dispatcher();
        Callback::from(move |on: bool| dispatch.dispatch(Action::SetLargeText(on)))
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |id: u32| dispatch.dispatch(Action::Dismiss(id)))
    };

    html! {
        <>
            <SkipLink target="main" />
            <Header large_text={state.0.settings.large_text} {on_large_text} />
            <main id="main" tabindex="-1">
                <Notices notices={state.0.notices.clone()} {on_dismiss} />
                <Switch<Route> render={switch} />
            </main>
            <Footer />
        </>
    }
}
