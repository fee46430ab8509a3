//! Export, import and clear-all: the learner's data in their own hands. An import is read,
//! validated and previewed as a merge before anything changes, a step at a time, saying
//! how far it has got (a long one takes a second or more); clearing everything asks first
//! and offers an export.

use std::cell::RefCell;
use std::rc::Rc;

use rapport_core::progress::exchange::{self, Preview};
use rapport_core::progress::importing::{Importing, Next, Prepared, Status};
use rapport_core::state::Action;
use rapport_core::when;
use rapport_core::words::{plural, thousands};
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::download;
use crate::turns;

const CLEARED: &str =
    "Cleared: your replies, review schedule and role-play progress are gone from this device.";

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    /// An import being read and compared with the history, a step at a time.
    Importing {
        name: String,
        status: Status,
    },
    Previewing {
        name: String,
        preview: Preview,
        /// What the file held that was left out, in plain words.
        skipped: Vec<String>,
    },
    Failed(String),
    ConfirmingClear,
    /// What the last import or clear did, said beside the controls, where the learner is.
    Done(String),
}

/// What an import under way needs between its turns.
#[derive(Clone)]
struct Job {
    stage: UseStateHandle<Stage>,
    /// The import read and merged ahead, until it is applied or put away.
    ready: Rc<RefCell<Option<Box<Prepared>>>>,
    /// Counts imports started and stopped: a turn whose count is no longer the latest
    /// belongs to an import put away (cancelled, replaced, or the page left) and stops.
    latest_job: Rc<RefCell<u32>>,
    /// The app's state as last rendered: a turn merges into the records on the device
    /// then, not those of the render that started the import.
    state: Rc<RefCell<AppContext>>,
    focus_next: Rc<RefCell<Option<&'static str>>>,
}

impl Job {
    /// Puts away any import under way or ready; the number of the next one.
    fn stop(&self) -> u32 {
        self.ready.borrow_mut().take();
        let mut latest = self.latest_job.borrow_mut();
        *latest = latest.wrapping_add(1);
        *latest
    }

    fn show(&self, stage: Stage, focus: Option<&'static str>) {
        if focus.is_some() {
            *self.focus_next.borrow_mut() = focus;
        }
        self.stage.set(stage);
    }

    /// Takes `importing` through to its preview (or its error), giving the browser a turn
    /// every [`turns::TURN_MS`] and saying how far it has got.
    async fn run(self, mut importing: Importing, name: String, number: u32) {
        loop {
            turns::next().await;
            let started = turns::now_ms();
            loop {
                if *self.latest_job.borrow() != number {
                    return;
                }
                let ctx = self.state.borrow().clone();
                let (progress, plays) = (&ctx.0.practice.progress, &ctx.0.plays);
                match importing.step(progress, plays, &ctx.0.content) {
                    Next::Going(next, status) => {
                        importing = *next;
                        if turns::now_ms() - started >= turns::TURN_MS {
                            self.show(
                                Stage::Importing {
                                    name: name.clone(),
                                    status,
                                },
                                None,
                            );
                            break;
                        }
                    }
                    Next::Ready(prepared) => {
                        let stage = Stage::Previewing {
                            name,
                            preview: prepared.preview,
                            skipped: prepared.incoming.skipped.clone(),
                        };
                        *self.ready.borrow_mut() = Some(prepared);
                        self.show(stage, Some("preview-title"));
                        return;
                    }
                    Next::Failed(error) => {
                        self.show(Stage::Failed(error.message()), Some("import-error"));
                        return;
                    }
                }
            }
        }
    }
}

/// How far an import has got, in words.
fn status_words(name: &str, status: Status) -> String {
    match status {
        Status::Reading => format!("Reading \u{201c}{name}\u{201d}\u{2026}"),
        Status::Comparing { done, total } => format!(
            "Reading \u{201c}{name}\u{201d}: {} of {} {} compared with yours\u{2026}",
            thousands(done),
            thousands(total),
            if total == 1 { "reply" } else { "replies" }
        ),
    }
}

fn export(ctx: &AppContext) -> Result<(), String> {
    let now = clock::now();
    let text = exchange::export(&ctx.0.practice.progress, &ctx.0.plays, now)?;
    let name = format!(
        "rapport-progress-{}.json",
        when::date(now, &clock::BrowserZone)
    );
    download::save(&name, &text, "application/json")
        .map_err(|_| "the browser refused the download".to_owned())
}

#[function_component]
pub fn YourData() -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let stage = use_state(|| Stage::Idle);
    let input = use_node_ref();
    // Each action's result replaces the control that was used: focus goes to the result
    // (by id, once it is rendered), not to <body>.
    let focus_next = use_mut_ref(|| None::<&'static str>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                crate::focus::by_id(id);
            }
        });
    }
    let then_focus = {
        let focus_next = focus_next.clone();
        move |id: &'static str| *focus_next.borrow_mut() = Some(id)
    };

    let on_export = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = export(&ctx) {
                ctx.dispatch(Action::Inform(format!(
                    "The export could not be saved: {e}."
                )));
            }
        })
    };
    let job = Job {
        stage: stage.clone(),
        ready: use_mut_ref(|| None),
        latest_job: use_mut_ref(|| 0),
        state: use_mut_ref(|| ctx.clone()),
        focus_next: focus_next.clone(),
    };
    *job.state.borrow_mut() = ctx.clone();
    {
        // Leaving the page puts away an import under way.
        let job = job.clone();
        use_effect_with((), move |_| {
            move || {
                job.stop();
            }
        });
    }
    let on_choose = {
        let job = job.clone();
        download::on_choose(input.clone(), exchange::MAX_IMPORT, move |name, text| {
            let number = job.stop();
            match text {
                Ok(text) => {
                    job.show(
                        Stage::Importing {
                            name: name.clone(),
                            status: Status::Reading,
                        },
                        None,
                    );
                    let importing = Importing::start(text, clock::now());
                    wasm_bindgen_futures::spawn_local(job.clone().run(importing, name, number));
                }
                Err(e) => job.show(
                    Stage::Failed(format!("The file could not be read: {e}.")),
                    Some("import-error"),
                ),
            }
        })
    };
    // Back to where the learner started: the file field after an import, the clear button
    // after clearing was called off.
    let cancel_to = |id: &'static str| {
        let job = job.clone();
        Callback::from(move |_: MouseEvent| {
            job.stop();
            job.show(Stage::Idle, Some(id));
        })
    };
    let cancel = cancel_to("import-file");

    let body = match &*stage {
        Stage::Importing { name, status } => html! {
            <div class="import-progress">
                <p class="data-result" id="import-status" role="status">{ status_words(name, *status) }</p>
                <p class="actions">
                    <button type="button" onclick={cancel.clone()}>{ "Cancel" }</button>
                </p>
            </div>
        },
        Stage::Previewing {
            name,
            preview,
            skipped,
        } => {
            let apply = {
                let (ctx, job) = (ctx.clone(), job.clone());
                Callback::from(move |_: MouseEvent| {
                    let Some(prepared) = job.ready.borrow_mut().take() else {
                        return;
                    };
                    // What the reducer's import does, on the same state, for its summary:
                    // the merge made ahead, unless the records changed since.
                    let done = prepared.preview_for(&ctx.0.practice.progress, &ctx.0.plays);
                    let left_out = !prepared.incoming.skipped.is_empty();
                    ctx.dispatch(Action::Import(prepared));
                    job.show(Stage::Done(done.imported(left_out)), Some("data-result"));
                })
            };
            html! {
                <div class="import-preview" role="region" aria-labelledby="preview-title">
                    <h3 id="preview-title" tabindex="-1">{ format!("Import \u{201c}{name}\u{201d}?") }</h3>
                    <ul>
                        <li>{ format!("{} in the file: {} new, {} you already have (skipped)", plural(preview.attempts_in_file, "reply", "replies"), preview.attempts_new, preview.attempts_duplicate) }</li>
                        <li>{ plural(preview.cards_new, "new review schedule", "new review schedules") }</li>
                        <li>{ format!("{}, {} and {} that are new here", plural(preview.endings_new, "role-play ending", "role-play endings"), plural(preview.notes_new, "note", "notes"), plural(preview.runs_new, "run", "runs")) }</li>
                    </ul>
                    if !skipped.is_empty() {
                        <p id="import-skipped-title">{ "Left out of this import:" }</p>
                        <ul id="import-skipped" aria-labelledby="import-skipped-title">
                            { for skipped.iter().map(|s| html! { <li>{ s }</li> }) }
                        </ul>
                    }
                    <p>{ "Nothing you already have will be changed or removed." }</p>
                    <p class="actions">
                        <button type="button" class="button--primary" onclick={apply} disabled={!preview.adds_anything()}>
                            { if preview.adds_anything() { "Import" } else { "Nothing new to import" } }
                        </button>
                        <button type="button" onclick={cancel.clone()}>{ "Cancel" }</button>
                    </p>
                </div>
            }
        }
        Stage::Failed(message) => html! {
            <div class="import-error" id="import-error" role="alert" tabindex="-1">
                <p><strong>{ "Not imported. " }</strong>{ message }</p>
                <p>{ "Your data on this device was not changed." }</p>
                <button type="button" onclick={cancel.clone()}>{ "OK" }</button>
            </div>
        },
        Stage::ConfirmingClear => {
            let count = ctx.0.practice.progress.attempts.len();
            let clear = {
                let (ctx, stage, then_focus) = (ctx.clone(), stage.clone(), then_focus.clone());
                Callback::from(move |_: MouseEvent| {
                    ctx.dispatch(Action::ClearHistory);
                    then_focus("data-result");
                    stage.set(Stage::Done(CLEARED.to_owned()));
                })
            };
            let export_then_clear = {
                let (ctx, stage, then_focus) = (ctx.clone(), stage.clone(), then_focus.clone());
                Callback::from(move |_: MouseEvent| match export(&ctx) {
                    Ok(()) => {
                        ctx.dispatch(Action::ClearHistory);
                        then_focus("data-result");
                        stage.set(Stage::Done(format!("Exported, then cleared. {CLEARED}")));
                    }
                    Err(e) => {
                        then_focus("import-error");
                        stage.set(Stage::Failed(format!(
                            "The export could not be saved ({e}), so nothing was cleared."
                        )))
                    }
                })
            };
            html! {
                <div class="confirm-clear" id="confirm-clear" role="alertdialog" tabindex="-1" aria-labelledby="clear-title" aria-describedby="clear-text">
                    <h3 id="clear-title">{ "Clear everything?" }</h3>
                    <p id="clear-text">{ format!("This removes {count} replies, your review schedule and your role-play progress from this device. It cannot be undone. Export a copy first if you might want it back.") }</p>
                    <p class="actions">
                        <button type="button" class="button--primary" onclick={export_then_clear}>{ "Export, then clear" }</button>
                        <button type="button" class="button--danger" onclick={clear}>{ "Clear without exporting" }</button>
                        <button type="button" onclick={cancel_to("clear-all")}>{ "Cancel" }</button>
                    </p>
                </div>
            }
        }
        Stage::Idle | Stage::Done(_) => {
            let ask = {
                let (stage, then_focus) = (stage.clone(), then_focus.clone());
                Callback::from(move |_: MouseEvent| {
                    then_focus("confirm-clear");
                    stage.set(Stage::ConfirmingClear)
                })
            };
            html! {
                <>
                    if let Stage::Done(text) = &*stage {
                        <p class="data-result" id="data-result" role="status" tabindex="-1">{ text }</p>
                    }
                    <p class="actions">
                        <button type="button" class="button--danger" id="clear-all" onclick={ask}>{ "Clear all progress\u{2026}" }</button>
                    </p>
                </>
            }
        }
    };

    html! {
        <section class="your-data" id="your-data" aria-labelledby="data-title">
            <h2 id="data-title">{ "Your data" }</h2>
            <p>{ "Keep a copy of your progress, move it to another browser, or start afresh. Files stay on your device." }</p>
            <div class="data-actions">
                <button type="button" class="button--primary" onclick={on_export}>{ "Export progress" }</button>
                <div class="field">
                    <label for="import-file">{ "Import a Rapport export" }</label>
                    <input id="import-file" type="file" accept=".json,application/json" ref={input} onchange={on_choose} />
                </div>
            </div>
            { body }
        </section>
    }
}
