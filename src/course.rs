//! LMS mode: launched from a SCORM package (`index.html?lms=1`) with the LMS's API found,
//! the app reads the package's selection (and its content pack), starts a
//! [`rapport_core::lms::Session`] and carries out the calls it decides: at launch, after
//! each answer, on a retry while the LMS fails, and at the finish (the learner's, or the
//! page going away). What is sent, when, and what the learner is told are the core's.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use rapport_core::lms::selection::{Selection, FILE, PACK_FILE};
use rapport_core::lms::session::MISSING;
use rapport_core::lms::{Call, Launch, PackageProgress, Session};
use rapport_core::progress::Progress;
use rapport_core::scenario::play::Plays;
use rapport_core::state::{Action, PacksAction};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::AppContext;
use crate::lms::{self, Api};

/// How often calls the LMS refused are tried again.
const RETRY_MS: u32 = 10_000;

/// Whether the page was launched as a course: the package's launch address says `lms=1`.
pub fn launched_as_course() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .any(|p| p == "lms=1")
        })
}

/// What the pages see of the course.
#[derive(Clone, PartialEq)]
pub struct CourseView {
    pub selection: Rc<Selection>,
    pub progress: PackageProgress,
    /// What to tell the learner while the LMS fails.
    pub trouble: Option<String>,
    pub finishing: bool,
    pub finished: bool,
    pub on_finish: Callback<()>,
}

/// The session with the LMS, and what it needs between calls.
struct Live {
    session: Session,
    api: Api,
    /// This device's role-play progress as last seen, for a launch that comes late.
    plays: Rc<Plays>,
}

type Shared = Rc<RefCell<Option<Live>>>;

/// The records a session follows, told apart by pointer: a new copy is a change.
#[derive(Clone)]
struct Records(Rc<Progress>, Rc<Plays>);

impl PartialEq for Records {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) && Rc::ptr_eq(&self.1, &other.1)
    }
}

/// A file of the package, beside the page, as text.
async fn fetch_text(path: &str) -> Result<String, String> {
    let failed = || format!("{path} could not be read from the package");
    let window = web_sys::window().ok_or_else(failed)?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    if !response.ok() {
        return Err(format!(
            "{path} is not in the package (the server answered {})",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(|_| failed())?)
        .await
        .map_err(|_| failed())?;
    text.as_string().ok_or_else(failed)
}

/// The package's selection and, when it names one, its content pack's text.
async fn load() -> Result<(Selection, Option<String>), String> {
    let selection = Selection::read(&fetch_text(FILE).await?).map_err(|e| e.to_string())?;
    let pack = match selection.pack.as_deref() {
        // The package holds its pack under one name; another is not looked for.
        Some(PACK_FILE) => Some(fetch_text(PACK_FILE).await?),
        Some(other) => {
            return Err(format!(
                "the selection names a pack file, {other}, that packages do not hold"
            ))
        }
        None => None,
    };
    Ok((selection, pack))
}

fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// Makes the calls the session asks for until one fails or none is left; what launching
/// found, when the LMS started the session on this pass.
fn pump(live: &mut Live) -> Option<Launch> {
    let mut launch = None;
    while let Some(call) = live.session.next() {
        let result = match &call {
            Call::Initialize => live.api.initialize(),
            Call::Set(pairs) => live.api.set_all(pairs),
            Call::Commit => live.api.commit(),
            Call::Finish => live.api.finish(),
        };
        match (result, &call) {
            (Ok(()), Call::Initialize) => {
                let suspend = live.api.get("cmi.suspend_data").unwrap_or_default();
                let count = live.api.get("cmi.interactions._count").ok();
                launch = Some(
                    live.session
                        .initialised(&suspend, count.as_deref(), &live.plays),
                );
            }
            (Ok(()), _) => live.session.sent(),
            (Err(error), _) => {
                live.session.failed(error.call, &error.code);
                break;
            }
        }
    }
    launch
}

/// What the course's pages show, and what they can do.
#[derive(Clone, PartialEq)]
struct Snapshot {
    selection: Rc<Selection>,
    progress: PackageProgress,
    trouble: Option<String>,
    finishing: bool,
    finished: bool,
}

fn snapshot(live: &Live, selection: &Rc<Selection>) -> Snapshot {
    Snapshot {
        selection: selection.clone(),
        progress: live.session.progress.clone(),
        trouble: live.session.trouble(),
        finishing: live.session.finishing,
        finished: live.session.finished,
    }
}

/// Carries out `then` on the live session, makes the calls it leads to, and hands on
/// what changed: resumed runs and unread suspend data to the app, the view to the pages.
fn run(
    shared: &Shared,
    selection: &Rc<Selection>,
    dispatch: &UseReducerDispatcher<crate::app::Shared>,
    view: &UseStateSetter<Option<Snapshot>>,
    then: impl FnOnce(&mut Live),
) {
    let mut guard = shared.borrow_mut();
    let Some(live) = guard.as_mut() else { return };
    then(live);
    let launch = pump(live);
    view.set(Some(snapshot(live, selection)));
    drop(guard);
    if let Some(launch) = launch {
        for action in launch.resume {
            dispatch.dispatch(Action::Play(action));
        }
        if let Some(text) = launch.unread {
            dispatch.dispatch(Action::Inform(text));
        }
    }
}

/// LMS mode for the shell: `None` outside it (and until the package has been read).
#[hook]
pub fn use_course(state: &AppContext) -> Option<CourseView> {
    let shared: Shared = use_mut_ref(|| None);
    let loaded = use_state(|| None::<(Rc<Selection>, Api)>);
    let view = use_state_eq(|| None::<Snapshot>);
    {
        let loaded = loaded.setter();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            if launched_as_course() {
                wasm_bindgen_futures::spawn_local(async move {
                    match load().await {
                        Ok((selection, pack)) => match lms::find(selection.scorm) {
                            None => dispatch.dispatch(Action::Inform(MISSING.to_owned())),
                            Some(api) => {
                                if let Some(source) = pack {
                                    dispatch.dispatch(Action::Packs(PacksAction::Import {
                                        file: PACK_FILE.to_owned(),
                                        source,
                                        now: now(),
                                    }));
                                }
                                loaded.set(Some((Rc::new(selection), api)));
                            }
                        },
                        Err(why) => dispatch.dispatch(Action::Inform(format!(
                            "Rapport was opened as a course, but the course\u{2019}s list of exercises could not be used: {why}. Rapport runs as it does anywhere, and your work is kept on this device."
                        ))),
                    }
                });
            }
        });
    }
    let selection = loaded.as_ref().map(|(s, _)| s.clone());
    {
        // Every change to the history or the role-plays: a session starts once the package is
        // read, then each new answer is sent.
        let records = Records(state.0.practice.progress.clone(), state.0.plays.clone());
        let (shared, loaded, view) = (shared.clone(), loaded.clone(), view.setter());
        let (dispatch, content) = (state.dispatcher(), state.0.content.clone());
        use_effect_with((records, loaded.is_some()), move |(records, _)| {
            let Some((selection, api)) = loaded.as_ref() else {
                return;
            };
            let Records(progress, plays) = records;
            if shared.borrow().is_none() {
                *shared.borrow_mut() = Some(Live {
                    session: Session::start(Selection::clone(selection), progress, plays, now()),
                    api: api.clone(),
                    plays: plays.clone(),
                });
            }
            run(&shared, selection, &dispatch, &view, |live| {
                live.plays = plays.clone();
                live.session.observe(progress, plays, &content, now());
            });
        });
    }
    let failing = view.as_ref().is_some_and(|v| v.trouble.is_some());
    {
        // While the LMS fails, its calls are tried again now and then.
        let (shared, selection, view) = (shared.clone(), selection.clone(), view.setter());
        let dispatch = state.dispatcher();
        use_effect_with(failing, move |failing| {
            let timer = (*failing).then(|| {
                gloo::timers::callback::Interval::new(RETRY_MS, move || {
                    if let Some(selection) = &selection {
                        run(&shared, selection, &dispatch, &view, |_| {});
                    }
                })
            });
            move || drop(timer)
        });
    }
    let finish = {
        let (shared, selection, view) = (shared.clone(), selection.clone(), view.setter());
        let dispatch = state.dispatcher();
        Rc::new(move || {
            if let Some(selection) = &selection {
                run(&shared, selection, &dispatch, &view, |live| {
                    live.session.finish(now());
                });
            }
        })
    };
    {
        // A page closed or navigated away without Finish still ends the session, so the
        // LMS keeps the suspend data and the time.
        let finish = finish.clone();
        use_effect_with(selection.is_some(), move |on| {
            let listener = (*on)
                .then(web_sys::window)
                .flatten()
                .map(|window| EventListener::new(&window, "pagehide", move |_| finish()));
            move || drop(listener)
        });
    }
    let snapshot = (*view).clone()?;
    Some(CourseView {
        selection: snapshot.selection,
        progress: snapshot.progress,
        trouble: snapshot.trouble,
        finishing: snapshot.finishing,
        finished: snapshot.finished,
        on_finish: Callback::from(move |()| finish()),
    })
}
