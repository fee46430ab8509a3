//! The app shell: loads what is stored, owns the reducer, shares it and the route the
//! address names with the pages through contexts, persists each record in one effect when
//! it changes, and lays out the header, notices, page and footer.

use std::cell::RefCell;
use std::rc::Rc;

use rapport_core::packs::{Draft, Packs};
use rapport_core::practice::{Practice, Session};
use rapport_core::progress::Progress;
use rapport_core::saving::{Copies, Kind};
use rapport_core::scenario::play::Plays;
use rapport_core::settings::Settings;
use rapport_core::state::{Action, Adopted, AppState};
use rapport_core::storage::Record;
use rapport_core::workshop::{Checklist, Workshop};
use yew::prelude::*;

use crate::components::footer::footer;
use crate::components::header::{header, HeaderProps};
use crate::components::notices::{notices, NoticesProps};
use crate::components::skip_link::skip_link;
use crate::route::{switch, Route};
use crate::router::use_address_route;
use crate::storage::{self, BrowserStore};

/// The core state, made reducible by Yew, with a count of the actions applied to it.
/// Cloning it for each action copies only pointers to its records (see
/// `rapport_core::saving`): a keystroke no longer copies the whole history and every pack.
#[derive(Debug)]
pub struct Shared(pub AppState, u64);

/// States are told apart by that count, not by comparing every field: a deep comparison of
/// the whole state after each action cost more code (and time) than the re-render it saves.
impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        self.1 == other.1
    }
}

impl Reducible for Shared {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Shared(self.0.clone().apply(action), self.1 + 1))
    }
}

/// What pages receive: the state and a way to dispatch actions.
pub type AppContext = UseReducerHandle<Shared>;

/// What startup produced: the open store and the state to begin with.
struct Boot {
    store: RefCell<BrowserStore>,
    initial: AppState,
}

impl Boot {
    fn start() -> Self {
        let (mut store, opened) = storage::open();
        let settings = store.load::<Settings>();
        let progress = store.load::<Progress>();
        let session = store.load::<Session>();
        let plays = store.load::<Plays>();
        let issues = opened
            .into_iter()
            .chain(settings.issues)
            .chain(progress.issues)
            .chain(session.issues)
            .chain(plays.issues);
        let workshop = store.load::<Workshop>();
        let checklist = store.load::<Checklist>();
        let packs = store.load::<Packs>();
        let draft = store.load::<Draft>();
        let issues = issues
            .chain(workshop.issues)
            .chain(checklist.issues)
            .chain(packs.issues)
            .chain(draft.issues);
        Self {
            initial: AppState::new(settings.value, Practice::default(), plays.value, issues)
                .with_packs(packs.value)
                .with_practice(progress.value, session.value)
                .with_workshop(workshop.value, checklist.value)
                .with_draft(draft.value),
            store: RefCell::new(store),
        }
    }

    /// Saves a record, reporting any problem as a notice.
    fn save<T: Record>(&self, value: &T, dispatch: &UseReducerDispatcher<Shared>) {
        if let Err(issue) = self.store.borrow_mut().save(value) {
            dispatch.dispatch(Action::Report(issue));
        }
    }
}

/// What the app starts from. Its default reads storage, so the renderer's props are made
/// before Yew's first time slice: Yew yields to the browser once a slice passes 16 ms,
/// and a first slice that also read storage went past it, making a click sent at start
/// wait for the first frame.
#[derive(Properties, Clone)]
pub struct AppProps {
    boot: Rc<Boot>,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            boot: Rc::new(Boot::start()),
        }
    }
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.boot, &other.boot)
    }
}

/// Saves each record this tab changed since its last save (a new copy of it, not the one
/// taken from another tab); not on the first render, which would only rewrite what was
/// just read. One effect for all of them: an effect per record cost 14 hooks in the first
/// render and their code once per record type.
#[hook]
fn use_persist(boot: Rc<Boot>, state: &AppContext) {
    let now = Copies::of(&state.0);
    let saved = use_mut_ref(|| now.clone());
    let dispatch = state.dispatcher();
    let current = state.clone();
    use_effect_with(now, move |_| {
        let s = &current.0;
        let due = saved.borrow_mut().unsaved(s);
        for kind in due {
            match kind {
                Kind::Settings => boot.save(&*s.settings, &dispatch),
                Kind::Progress => boot.save(&*s.practice.progress, &dispatch),
                Kind::Session => boot.save(&*s.practice.session, &dispatch),
                Kind::Plays => boot.save(&*s.plays, &dispatch),
                Kind::Workshop => boot.save(&*s.workshop, &dispatch),
                Kind::Checklist => boot.save(&*s.checklist, &dispatch),
                Kind::Packs => boot.save(&*s.packs, &dispatch),
                Kind::Draft => boot.save(&*s.draft, &dispatch),
            }
        }
    });
}

/// The whole app: the shell around the page the address names.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let boot = props.boot.clone();
    let state = {
        let boot = boot.clone();
        use_reducer(move || Shared(boot.initial.clone(), 0))
    };

    use_persist(boot.clone(), &state);

    {
        // Another tab saved: merge the history it has, so neither tab loses the other's
        // attempts, and take its version of every other record, so this tab never writes
        // older data back over it.
        let boot = boot.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = storage::on_change(move |key| {
                let store = boot.store.borrow();
                let wants = |record: &str| key.as_deref().is_none_or(|k| k == record);
                let progress = wants(Progress::KEY)
                    .then(|| store.reread::<Progress>())
                    .flatten()
                    .map(Box::new);
                let plays = wants(Plays::KEY)
                    .then(|| store.reread::<Plays>())
                    .flatten()
                    .map(Box::new);
                if progress.is_some() || plays.is_some() {
                    dispatch.dispatch(Action::External { progress, plays });
                }
                let take = |key: &str, read: fn(&BrowserStore) -> Option<Adopted>| {
                    wants(key).then(|| read(&store)).flatten()
                };
                // Packs first: a session or plan may name their exercises.
                let adopted = [
                    take(Packs::KEY, |s| s.reread().map(Adopted::Packs)),
                    take(Settings::KEY, |s| s.reread().map(Adopted::Settings)),
                    take(Session::KEY, |s| s.reread().map(Adopted::Session)),
                    take(Workshop::KEY, |s| s.reread().map(Adopted::Workshop)),
                    take(Checklist::KEY, |s| s.reread().map(Adopted::Checklist)),
                    take(Draft::KEY, |s| s.reread().map(Adopted::Draft)),
                ];
                for record in adopted.into_iter().flatten() {
                    dispatch.dispatch(Action::Adopt(Box::new(record)));
                }
            });
            move || drop(listener)
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            // A course inside an LMS is the LMS's to serve and update: no service worker.
            if !crate::course::launched_as_course() {
                crate::offline::register(move || dispatch.dispatch(Action::UpdateReady))
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

    let course = crate::course::use_course(&state);
    let current = use_address_route();
    let on_large_text = {
        let dispatch = state.dispatcher();
        Callback::from(move |on: bool| dispatch.dispatch(Action::SetLargeText(on)))
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |id: u32| dispatch.dispatch(Action::Dismiss(id)))
    };

    html! {
        <ContextProvider<Route> context={current.clone()}>
        <ContextProvider<AppContext> context={state.clone()}>
            { skip_link("main") }
            { header(&HeaderProps { large_text: state.0.settings.large_text, on_large_text, current: current.clone(), course: course.is_some() }) }
            <main id="main" tabindex="-1">
                if state.0.update_ready {
                    <div class="update-banner" role="status">
                        <p>{ "A new version of Rapport is ready. Your progress is kept." }</p>
                        <button type="button" class="button--primary" onclick={Callback::from(|_: MouseEvent| crate::offline::activate_update())}>{ "Reload now" }</button>
                    </div>
                }
                if let Some(trouble) = course.as_ref().and_then(|c| c.trouble.clone()) {
                    <div class="notice notice--problem lms-trouble" role="status">
                        { crate::components::icons::tone(rapport_core::notice::Tone::Problem) }
                        <p class="notice__text"><strong>{ "Problem: " }</strong>{ trouble }</p>
                    </div>
                }
                { notices(&NoticesProps { notices: state.0.notices.clone(), on_dismiss }) }
                { switch(current, course.clone()) }
            </main>
            { footer(course.as_ref().map(|c| c.selection.send_replies)) }
        </ContextProvider<AppContext>>
        </ContextProvider<Route>>
    }
}
