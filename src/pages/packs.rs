//! Content packs: import a pack from a file or pasted text (checked exactly as `rapport
//! check` checks it, every problem listed with line, column and fix), and manage the packs
//! on this device: turn on or off, export the file back, remove with or without progress.

use rapport_core::content::pack::{EXAMPLE, MAX_PACK_BYTES};
use rapport_core::content::Diagnostic;
use rapport_core::packs::{ImportReport, InstalledPack, PASTED_FILE};
use rapport_core::saving::Seen;
use rapport_core::state::{Action, PacksAction};
use rapport_core::when;
use rapport_core::words::plural;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::components::page_title::use_page_title;
use crate::components::quoted::quoted;
use crate::components::route_link::link;
use crate::download;
use crate::route::Route;

/// Which file is being checked, while it is.
type Checking = UseStateHandle<Option<String>>;

/// How long the "Checking…" status has to be painted before the check starts: checking a
/// large pack takes a moment (up to a second on a slow laptop), and the page cannot
/// repaint while it runs.
const PAINT_MS: u32 = 50;

/// Says the pack is being checked, then checks and imports it. The controls stay enabled
/// (disabling the focused one would drop keyboard focus); a second import asked for
/// while one is being checked is ignored.
fn import(ctx: &AppContext, checking: &Checking, file: String, source: String) {
    if checking.is_some() {
        return;
    }
    checking.set(Some(file.clone()));
    let (ctx, checking) = (ctx.clone(), checking.clone());
    gloo::timers::callback::Timeout::new(PAINT_MS, move || {
        ctx.dispatch(Action::Packs(PacksAction::Import {
            file,
            source,
            now: clock::now(),
        }));
        checking.set(None);
    })
    .forget();
}

/// Offers a pack's text as a file download, saying so if the browser refuses.
fn offer(ctx: &AppContext, name: &str, text: &str) {
    if download::save(name, text, "text/plain").is_err() {
        ctx.dispatch(Action::Inform(format!(
            "The browser refused to save {name}."
        )));
    }
}

#[function_component]
pub fn PacksPage() -> Html {
    use_page_title("Content packs");
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let pasted = use_state(String::new);
    let input = use_node_ref();
    let checking: Checking = use_state(|| None);

    let on_choose = {
        let (ctx, checking) = (ctx.clone(), checking.clone());
        download::on_choose(
            input.clone(),
            MAX_PACK_BYTES,
            move |name, text| match text {
                Ok(source) => import(&ctx, &checking, name, source),
                Err(e) => ctx.dispatch(Action::Inform(format!(
                    "The file “{name}” could not be read: {e}."
                ))),
            },
        )
    };
    {
        // Once the pasted pack is in, the box empties, ready for the next one.
        let (pasted, ctx) = (pasted.clone(), ctx.clone());
        use_effect_with(Seen::of(&ctx.0.packs), move |_| {
            if !pasted.is_empty() && ctx.0.packs.list.iter().any(|p| p.source == *pasted) {
                pasted.set(String::new());
            }
        });
    }
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| pasted.set(crate::events::value(&e)))
    };
    let on_check = {
        let (ctx, pasted, checking) = (ctx.clone(), pasted.clone(), checking.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            import(&ctx, &checking, PASTED_FILE.to_owned(), (*pasted).clone());
        })
    };
    let on_example = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| offer(&ctx, "example-pack.txt", EXAMPLE))
    };
    let packs = &ctx.0.packs.list;
    html! {
        <div class="page page--packs">
            <h1 tabindex="-1">{ "Content packs" }</h1>
            <p class="lede">{ "A content pack is one plain-text file of drills and role-plays, written by a facilitator in the same format as Rapport's own. Its exercises appear beside the built-in ones, marked with the pack's name. A pack stays on this device: nothing is uploaded." }</p>
            <div class="pack-example">
                <p>
                    { "To write one, start from the example (one drill and one role-play, with the header every pack needs) and change it in any text editor. " }
                    { link(Route::PackFormat, "", html! { { "The pack format" } }) }
                    { " lists every key, the themes, the feelings the coach knows and every rule a pack is checked against." }
                </p>
                <p>
                    { "Or write it here: " }
                    { link(Route::Studio { pack: None }, "", html! { { "the pack studio" } }) }
                    { " checks the text as you type, lists every problem with its line and fix, and imports it when there are none." }
                </p>
                <p>
                    <button type="button" class="button--small" onclick={on_example}>{ "Download the example pack" }</button>
                </p>
            </div>

            <section class="card pack-import" aria-labelledby="import-title">
                <h2 id="import-title">{ "Import a pack" }</h2>
                <p>{ "Rapport checks the pack first and imports it only when it has no problems. A newer version of a pack you have replaces it, and your progress on its exercises is kept." }</p>
                <p class="field">
                    <label for="pack-file">{ "Choose a pack file (.txt)" }</label>
                    <input id="pack-file" type="file" accept=".txt,text/plain" ref={input} onchange={on_choose} />
                </p>
                <form onsubmit={on_check}>
                    <p class="field">
                        <label for="pack-text">{ "Or paste the pack's text" }</label>
                        <textarea id="pack-text" rows="8" spellcheck="false" required=true value={(*pasted).clone()} oninput={on_paste} />
                    </p>
                    // Never disabled: the box empties once its pack is in, and a button disabled
                    // under the keyboard would drop focus; an empty box is the browser's to flag.
                    <p><button type="submit">{ "Check and import" }</button></p>
                </form>
                { report(&ctx, checking.as_deref()) }
            </section>

            <section aria-labelledby="installed-title">
                <h2 id="installed-title" tabindex="-1">{ format!("On this device ({})", packs.len()) }</h2>
                if packs.is_empty() {
                    <p class="muted">{ "No packs yet. Only the built-in exercises are here." }</p>
                } else {
                    <ul class="card-grid">
                        { for packs.iter().map(|pack| html! { <PackItem key={pack.header.id.clone()} pack={pack.clone()} /> }) }
                    </ul>
                }
            </section>
        </div>
    }
}

/// What the last import did: a confirmation, or every problem that stopped it; or, while
/// a file is being checked, that it is.
fn report(ctx: &AppContext, checking: Option<&str>) -> Html {
    let clear = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Packs(PacksAction::ClearReport)))
    };
    if let Some(file) = checking {
        return html! {
            <div role="status" aria-live="polite" class="pack-report pack-report--checking">
                <p>{ format!("Checking \u{201c}{file}\u{201d}\u{2026}") }</p>
            </div>
        };
    }
    match &ctx.0.pack_report {
        None => html! { <div role="status" aria-live="polite"></div> },
        Some(ImportReport::Imported(text)) => html! {
            <div role="status" aria-live="polite" class="pack-report pack-report--ok">
                <p>{ text }</p>
                <p><button type="button" class="button--small" onclick={clear}>{ "Done" }</button></p>
            </div>
        },
        Some(refused @ ImportReport::Refused { file, problems }) => html! {
            <div role="alert" class="pack-report pack-report--problems">
                <h3>{ format!("Nothing was imported: {} in {file}", plural(problems.len(), "problem", "problems")) }</h3>
                <p>{ refused.remedy().unwrap_or_default() }</p>
                <ol class="diagnostics">
                    { for problems.iter().map(diagnostic) }
                </ol>
                <p><button type="button" class="button--small" onclick={clear}>{ "Dismiss" }</button></p>
            </div>
        },
    }
}

fn diagnostic(d: &Diagnostic) -> Html {
    html! {
        <li>
            <p><strong>{ d.place() }</strong>{ ": " }{ quoted(&d.message) }</p>
            if let Some(fix) = &d.fix {
                <p class="diagnostics__fix">{ "Fix: " }{ quoted(fix) }</p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct PackItemProps {
    pack: InstalledPack,
}

/// One pack on the device, with its controls.
#[function_component]
fn PackItem(props: &PackItemProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let removing = use_state(|| false);
    let forget = use_state(|| false);
    let remove_button = use_node_ref();
    let pack = &props.pack;
    let id = pack.header.id.clone();
    let field = |what: &str| format!("pack-{id}-{what}");
    let on_enabled = {
        let (ctx, id) = (ctx.clone(), id.clone());
        Callback::from(move |e: Event| {
            ctx.dispatch(Action::Packs(PacksAction::SetEnabled {
                id: id.clone(),
                enabled: crate::events::checked(&e),
            }))
        })
    };
    let on_export = {
        let (ctx, pack) = (ctx.clone(), pack.clone());
        Callback::from(move |_: MouseEvent| offer(&ctx, &pack.export_name(), &pack.source))
    };
    // "Remove…" opens and closes the question; it stays enabled, so keyboard focus stays on it.
    let ask = {
        let removing = removing.clone();
        Callback::from(move |_: MouseEvent| removing.set(!*removing))
    };
    // "Keep it" disappears with the question: focus goes back to "Remove…".
    let cancel = {
        let (removing, forget, button) = (removing.clone(), forget.clone(), remove_button.clone());
        Callback::from(move |_: MouseEvent| {
            removing.set(false);
            forget.set(false);
            if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let on_forget = {
        let forget = forget.clone();
        Callback::from(move |e: Event| forget.set(crate::events::checked(&e)))
    };
    // The pack's card goes with it: focus moves to the list's heading first.
    let remove = {
        let (ctx, id, forget) = (ctx.clone(), id.clone(), forget.clone());
        Callback::from(move |_: MouseEvent| {
            crate::focus::by_id("installed-title");
            ctx.dispatch(Action::Packs(PacksAction::Remove {
                id: id.clone(),
                forget_progress: *forget,
            }))
        })
    };
    let header = &pack.header;
    let content = &ctx.0.content;
    let imported = when::date(pack.imported_at, &clock::BrowserZone);
    html! {
        <li class={classes!("card", "pack", (!pack.enabled).then_some("pack--off"))}>
            <h3>{ &header.title }</h3>
            <p class="pack__meta">
                { format!("By {} \u{b7} version {} \u{b7} language {} \u{b7} {} \u{b7} imported {imported} from {}", header.author, header.version, header.language, pack.contents(), pack.file) }
            </p>
            if pack.enabled {
                <ul class="pack__exercises" aria-label={format!("Exercises in {}", header.title)}>
                    { for pack.drills.iter().filter_map(|id| content.drill(id)).map(|d| html! {
                        <li>{ link(Route::Drill { id: d.id.clone() }, "", html! { { &d.title } }) }{ " (drill)" }</li>
                    }) }
                    { for pack.scenarios.iter().filter_map(|id| content.scenario(id)).map(|s| html! {
                        <li>{ link(Route::Scenario { id: s.id.clone() }, "", html! { { &s.title } }) }{ " (role-play)" }</li>
                    }) }
                </ul>
            }
            <p class="field field--check">
                <input id={field("on")} type="checkbox" checked={pack.enabled} onchange={on_enabled} />
                <label for={field("on")}>{ "Use this pack: show its exercises in Practice, Role-plays and Workshop" }</label>
            </p>
            <p class="actions">
                <button type="button" class="button--small" onclick={on_export}>
                    { "Export the file" }<span class="sr-only">{ format!(": {}", header.title) }</span>
                </button>
                { link(Route::Studio { pack: Some(id.clone()) }, "button button--small", html! {
                    <>{ "Edit" }<span class="sr-only">{ format!(" {} in the studio", header.title) }</span></>
                }) }
                <button type="button" class="button--small" ref={remove_button} onclick={ask} aria-expanded={removing.to_string()} aria-controls={field("remove")}>
                    { "Remove\u{2026}" }<span class="sr-only">{ format!(" {}", header.title) }</span>
                </button>
            </p>
            if *removing {
                <div class="pack__remove" id={field("remove")} role="group" aria-label={format!("Remove {}", header.title)}>
                    <p>{ format!("Remove “{}” from this device? Export it first if you have no other copy.", header.title) }</p>
                    <p class="field field--check">
                        <input id={field("forget")} type="checkbox" checked={*forget} onchange={on_forget} />
                        <label for={field("forget")}>{ "Also forget my progress on its exercises" }</label>
                    </p>
                    <p class="actions">
                        <button type="button" class="button--danger" onclick={remove}>{ "Remove the pack" }</button>
                        <button type="button" onclick={cancel}>{ "Keep it" }</button>
                    </p>
                </div>
            }
        </li>
    }
}
