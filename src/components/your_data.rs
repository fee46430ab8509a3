//! Export, import and clear-all: the learner's data in their own hands. An import is read,
//! validated and previewed as a merge before anything changes; clearing everything asks
//! first and offers an export.

use rapport_core::progress::exchange::{self, Incoming, Preview};
use rapport_core::state::Action;
use rapport_core::when;
use rapport_core::words::plural;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::download;

const CLEARED: &str =
    "Cleared: your replies, review schedule and role-play progress are gone from this device.";

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Previewing {
        name: String,
        incoming: Box<Incoming>,
        preview: Preview,
    },
    Failed(String),
    ConfirmingClear,
    /// What the last import or clear did, said beside the controls, where the learner is.
    Done(String),
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
    let on_choose = {
        let (ctx, stage, then_focus) = (ctx.clone(), stage.clone(), then_focus.clone());
        download::on_choose(input.clone(), exchange::MAX_IMPORT, move |name, text| {
            let next = match text
                .map_err(|e| format!("The file could not be read: {e}."))
                .and_then(|t| {
                    exchange::read(&t, crate::clock::now(), &ctx.0.content).map_err(|e| e.message())
                }) {
                Ok(incoming) => {
                    let (_, _, preview) =
                        exchange::merge(&ctx.0.practice.progress, &ctx.0.plays, &incoming);
                    then_focus("preview-title");
                    Stage::Previewing {
                        name,
                        incoming: Box::new(incoming),
                        preview,
                    }
                }
                Err(message) => {
                    then_focus("import-error");
                    Stage::Failed(message)
                }
            };
            stage.set(next);
        })
    };
    // Back to where the learner started: the file field after an import, the clear button
    // after clearing was called off.
    let cancel_to = |id: &'static str| {
        let (stage, then_focus) = (stage.clone(), then_focus.clone());
        Callback::from(move |_: MouseEvent| {
            then_focus(id);
            stage.set(Stage::Idle);
        })
    };
    let cancel = cancel_to("import-file");

    let body = match &*stage {
        Stage::Previewing {
            name,
            incoming,
            preview,
        } => {
            let apply = {
                let (ctx, stage, incoming) = (ctx.clone(), stage.clone(), incoming.clone());
                let then_focus = then_focus.clone();
                Callback::from(move |_: MouseEvent| {
                    // The same merge the reducer makes, on the same state, for its summary.
                    let (_, _, done) =
                        exchange::merge(&ctx.0.practice.progress, &ctx.0.plays, &incoming);
                    ctx.dispatch(Action::Import(incoming.clone()));
                    then_focus("data-result");
                    stage.set(Stage::Done(done.imported(!incoming.skipped.is_empty())));
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
                    if !incoming.skipped.is_empty() {
                        <p id="import-skipped-title">{ "Left out of this import:" }</p>
                        <ul id="import-skipped" aria-labelledby="import-skipped-title">
                            { for incoming.skipped.iter().map(|s| html! { <li>{ s }</li> }) }
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
