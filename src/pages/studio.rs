//! The authoring studio (`#/packs/edit`): a pack's text with line numbers, every problem
//! of it checked a moment after the author stops typing and listed with line, column and
//! fix (choosing one puts the cursor there), and the import the Packs page makes once
//! there are none. The text is kept on the device as the studio's draft.
//!
//! Under them, a map of each scenario (`components/studio_map.rs`), drawn from the same
//! check, so it follows the text as the list does and costs typing nothing more; from a
//! map's beat a play-test of the scenario as last checked, and beside the maps each drill
//! to try against the coach (`components/studio_play.rs`).
//!
//! The text field is left to the browser while the author types: a keystroke only counts
//! lines; the draft is saved and checked once typing pauses, and the check runs in short
//! turns (`studio_turns.rs`), so a long pack never makes typing wait for a check: a key
//! typed during one stops it, and it starts again at the next pause. Until a check is done
//! the problems the last one found stay listed, said to be from before the change; the
//! list, the maps and the drills are components drawn again only when a check changes them.

use rapport_core::content::pack::EXAMPLE;
use std::rc::Rc;

use rapport_core::content::drill::Drill;
use rapport_core::content::problems::{utf16_offset, StudioCheck, LISTED_AT_MOST, STUDIO_FILE};
use rapport_core::content::Diagnostic;
use rapport_core::packs::{ImportReport, Opening};
use rapport_core::saving::Seen;
use rapport_core::scenario::playtest::PlayTest;
use rapport_core::scenario::studio_map::StudioMap;
use rapport_core::scenario::{Answer, Scenario};
use rapport_core::state::{Action, PacksAction};
use rapport_core::words::plural;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::components::page_title::use_page_title;
use crate::components::quoted::quoted;
use crate::components::route_link::link;
use crate::components::studio_map::StudioMaps;
use crate::components::studio_play::{StudioDrills, StudioPlayer, StudioTryDrill};
use crate::components::studio_problems::{StudioProblems, BEFORE_ID};
use crate::components::studio_set_aside::StudioSetAside;
use crate::route::Route;
use crate::studio_turns::Checker;

/// How long after the last keystroke the text is saved and checked: long enough not to
/// check mid-word, short enough to feel immediate.
pub const PAUSE_MS: u32 = 300;

/// What the last check found, each part shared so that a change of the rest redraws none
/// of the components that show it.
#[derive(Clone, PartialEq, Default)]
struct Checked {
    problems: Rc<Vec<Diagnostic>>,
    /// The map of each scenario read.
    maps: Rc<Vec<Rc<StudioMap>>>,
    /// The scenarios mapped, in the same order, and the drills read, to play and try.
    scenarios: Rc<Vec<Scenario>>,
    drills: Rc<Vec<Rc<Drill>>>,
    /// Nothing has been checked yet.
    none_yet: bool,
}

impl Checked {
    fn of(found: StudioCheck, none_yet: bool) -> Self {
        Checked {
            problems: Rc::new(found.problems),
            maps: Rc::new(found.maps.into_iter().map(Rc::new).collect()),
            scenarios: Rc::new(found.scenarios),
            drills: Rc::new(found.drills.into_iter().map(Rc::new).collect()),
            none_yet,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StudioProps {
    /// The imported pack to open, when the page was opened from its Edit button.
    #[prop_or_default]
    pub pack: Option<String>,
}

fn area_of(area: &NodeRef) -> Option<web_sys::HtmlTextAreaElement> {
    area.cast::<web_sys::HtmlTextAreaElement>()
}

/// The line numbers beside the text, one per line.
fn numbers(lines: usize) -> String {
    let mut out = String::with_capacity(lines * 6);
    for n in 1..=lines {
        out.push_str(&n.to_string());
        out.push('\n');
    }
    out
}

fn count_lines(text: &str) -> usize {
    text.bytes().filter(|b| *b == b'\n').count() + 1
}

/// Goes to the studio's own address, without a history entry, once a pack is open in it:
/// a reload then shows the draft instead of asking about the pack again.
fn settle_address() {
    if let Some(window) = web_sys::window() {
        let _ = window
            .location()
            .replace(&Route::Studio { pack: None }.href());
    }
}

#[function_component]
pub fn StudioPage(props: &StudioProps) -> Html {
    use_page_title("Pack studio");
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let area = use_node_ref();
    let gutter = use_node_ref();
    let lines = use_state(|| count_lines(&ctx.0.draft.text));
    // Made again only when the count changes: 20,000 numbers are not written at each render.
    let line_numbers = use_memo(*lines, |lines| AttrValue::from(numbers(*lines)));
    let checked = use_state(|| Checked {
        none_yet: true,
        ..Checked::default()
    });
    // The text changed after the last check; a new one is due when typing pauses.
    let stale = use_state(|| false);
    // A check is under way, and how far it has got once that is told: parts done and parts
    // in all.
    let running = use_state_eq(|| false);
    let progress = use_state_eq(|| None::<(usize, usize)>);
    // The problem that had focus when a check gave a new list, by its place in the list.
    let focused = use_mut_ref(|| None::<usize>);
    // The text this tab last saved as the draft: a draft that differs came from elsewhere
    // (the example, a pack, another tab) and is put into the field.
    let sent = use_mut_ref(|| ctx.0.draft.text.clone());
    let checker = use_memo((), |_| Checker::default());
    let chosen = use_state(|| None::<usize>);
    let imported = use_state(|| false);
    // The play-test or drill open, if any: in place, above the maps.
    let playing = use_state(|| None::<Rc<PlayTest>>);
    let trying = use_state(|| None::<Rc<Drill>>);
    let asking = use_state(|| false);

    // What a check found: shown in place of the last one's.
    let on_done = {
        let (checked, stale, running, progress, focused) = (
            checked.clone(),
            stale.clone(),
            running.clone(),
            progress.clone(),
            focused.clone(),
        );
        use_callback((), move |found: StudioCheck, _| {
            *focused.borrow_mut() = focused_problem();
            checked.set(Checked::of(found, false));
            stale.set(false);
            running.set(false);
            progress.set(None);
        })
    };
    let on_progress = {
        let progress = progress.clone();
        use_callback((), move |done: (usize, usize), _| progress.set(Some(done)))
    };
    // Saves the field's text now and starts checking it.
    let check_now = {
        let (area, ctx, checked, stale, sent, checker, running, focused) = (
            area.clone(),
            ctx.clone(),
            checked.clone(),
            stale.clone(),
            sent.clone(),
            checker.clone(),
            running.clone(),
            focused.clone(),
        );
        let (on_progress, on_done) = (on_progress.clone(), on_done.clone());
        Callback::from(move |_: ()| {
            let Some(field) = area_of(&area) else { return };
            let text = field.value();
            *sent.borrow_mut() = text.clone();
            ctx.dispatch(Action::EditDraft {
                text: text.clone(),
                now: clock::now(),
            });
            if text.is_empty() {
                checker.stop();
                *focused.borrow_mut() = focused_problem();
                checked.set(Checked::of(StudioCheck::default(), true));
                stale.set(false);
            } else {
                checker.start(text, on_progress.clone(), on_done.clone());
                running.set(true);
            }
        })
    };
    // Checks the text in `ms`, stopping any check under way (its progress no longer shown).
    let schedule = {
        let (checker, check_now, running, progress) = (
            checker.clone(),
            check_now.clone(),
            running.clone(),
            progress.clone(),
        );
        Callback::from(move |ms: u32| {
            let check_now = check_now.clone();
            checker.after(ms, move || check_now.emit(()));
            running.set(false);
            progress.set(None);
        })
    };
    {
        // A new list can be shorter than the last: the element of the problem that had
        // focus may be gone, which drops focus to the page's body, and the one chosen last
        // may be past its end. Focus goes to the nearest problem left, or the heading when none is.
        let (focused, chosen) = (focused.clone(), chosen.clone());
        use_effect_with(checked.problems.clone(), move |problems| {
            let listed = problems.len().min(LISTED_AT_MOST);
            let nearest = |at: usize| (listed > 0).then(|| at.min(listed - 1));
            if let Some(at) = focused.borrow_mut().take() {
                if focus_lost() {
                    match nearest(at) {
                        Some(near) => crate::focus::by_id(&problem_id(near)),
                        None => crate::focus::by_id("studio-problems-title"),
                    }
                }
            }
            let clamped = chosen.and_then(nearest);
            if *chosen != clamped {
                chosen.set(clamped);
            }
        });
    }
    {
        // Leaving the page stops the check and the pause it waits for.
        let checker = checker.clone();
        use_effect_with((), move |_| move || checker.stop());
    }
    {
        // A draft that did not come from this field's typing is put into it and checked.
        let (area, sent, lines, stale, schedule) = (
            area.clone(),
            sent.clone(),
            lines.clone(),
            stale.clone(),
            schedule.clone(),
        );
        // The draft shared, not its text copied, at every render.
        let draft = ctx.0.draft.clone();
        use_effect_with(Seen::of(&ctx.0.draft), move |_| {
            let text = &draft.text;
            if let Some(field) = area_of(&area) {
                let first = field.value().is_empty() && !text.is_empty();
                if first || *sent.borrow() != *text {
                    field.set_value(text);
                    *sent.borrow_mut() = text.clone();
                    lines.set(count_lines(text));
                    stale.set(true);
                    schedule.emit(0);
                }
            }
        });
    }
    {
        // Opened from a pack's Edit button: its text, at once or after asking.
        let (ctx, asking) = (ctx.clone(), asking.clone());
        use_effect_with(props.pack.clone(), move |pack| {
            if let Some(installed) = pack.as_deref().and_then(|id| ctx.0.packs.get(id)) {
                match ctx.0.draft.opening(&installed.source) {
                    Opening::Take => {
                        ctx.dispatch(Action::EditDraft {
                            text: installed.source.clone(),
                            now: clock::now(),
                        });
                        settle_address();
                    }
                    Opening::Ask => asking.set(true),
                }
            } else if pack.is_some() {
                settle_address();
            }
        });
    }

    let on_input = {
        let (lines, stale, schedule) = (lines.clone(), stale.clone(), schedule.clone());
        Callback::from(move |e: InputEvent| {
            // Typing a character leaves the lines as they were: the text (a megabyte, at
            // most) is read and its lines counted only for an edit that may change them.
            let same_lines =
                e.input_type() == "insertText" && e.data().is_some_and(|d| !d.contains('\n'));
            if !same_lines {
                let count = count_lines(&crate::events::value(&e));
                if count != *lines {
                    lines.set(count);
                }
            }
            if !*stale {
                stale.set(true);
            }
            schedule.emit(PAUSE_MS);
        })
    };
    let on_scroll = {
        let (area, gutter) = (area.clone(), gutter.clone());
        Callback::from(move |_: Event| {
            if let (Some(field), Some(numbers)) =
                (area_of(&area), gutter.cast::<web_sys::Element>())
            {
                numbers.set_scroll_top(field.scroll_top());
            }
        })
    };
    // Escape leaves the text for the problem chosen last (or the list's heading).
    let on_key = {
        let chosen = chosen.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                match *chosen {
                    Some(at) => crate::focus::by_id(&problem_id(at)),
                    None => crate::focus::by_id("studio-problems-title"),
                }
            }
        })
    };
    // Puts the cursor at a line and column of the text, the line brought into view.
    let put_cursor = {
        let (area, gutter) = (area.clone(), gutter.clone());
        use_callback((), move |(line, column): (usize, usize), _| {
            let Some(field) = area_of(&area) else { return };
            let offset = utf16_offset(&field.value(), line, column) as u32;
            let _ = field.focus();
            let _ = field.set_selection_range(offset, offset);
            // The line is brought to the middle of the field: the browser scrolls only as
            // far as the cursor, which can leave it on the last visible line.
            if let Some(numbers) = gutter.cast::<web_sys::Element>() {
                let count = count_lines(&field.value()) + 2;
                let per_line = f64::from(numbers.scroll_height()) / count as f64;
                let top = per_line * line.saturating_sub(1) as f64
                    - f64::from(field.client_height()) / 2.0;
                field.set_scroll_top(top.max(0.0) as i32);
                numbers.set_scroll_top(field.scroll_top());
            }
        })
    };
    // The callbacks the memoised components take are made once (or once per check), so
    // that a render of the page leaves those components alone.
    let jump = {
        let (put_cursor, chosen) = (put_cursor.clone(), chosen.clone());
        use_callback((), move |(at, line, column): (usize, usize, usize), _| {
            chosen.set(Some(at));
            put_cursor.emit((line, column));
        })
    };
    let to_line = {
        let put_cursor = put_cursor.clone();
        use_callback((), move |line: usize, _| put_cursor.emit((line, 1)))
    };
    let on_example = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::EditDraft {
                text: EXAMPLE.to_owned(),
                now: clock::now(),
            });
            crate::focus::by_id("studio-text");
        })
    };
    let on_import = {
        let (ctx, area, imported) = (ctx.clone(), area.clone(), imported.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(field) = area_of(&area) else { return };
            imported.set(true);
            ctx.dispatch(Action::Packs(PacksAction::Import {
                file: STUDIO_FILE.to_owned(),
                source: field.value(),
                now: clock::now(),
            }));
        })
    };
    let asked_pack = props
        .pack
        .as_deref()
        .and_then(|id| ctx.0.packs.get(id))
        .cloned();
    let replace = {
        let (ctx, asking, pack) = (ctx.clone(), asking.clone(), asked_pack.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(pack) = &pack {
                ctx.dispatch(Action::EditDraft {
                    text: pack.source.clone(),
                    now: clock::now(),
                });
            }
            asking.set(false);
            settle_address();
            crate::focus::by_id("studio-text");
        })
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            settle_address();
            crate::focus::by_id("studio-text");
        })
    };

    let on_play = {
        let (playing, trying) = (playing.clone(), trying.clone());
        use_callback(
            checked.scenarios.clone(),
            move |(at, beat): (usize, String), scenarios| {
                if let Some(scenario) = scenarios.get(at) {
                    if let Ok(play) = PlayTest::new(scenario.clone(), &beat) {
                        trying.set(None);
                        playing.set(Some(Rc::new(play)));
                        focus_soon("studio-play-title");
                    }
                }
            },
        )
    };
    let on_answer = {
        let playing = playing.clone();
        Callback::from(move |answer: Answer| {
            if let Some(play) = &*playing {
                let mut next = (**play).clone();
                next.answer(answer);
                playing.set(Some(Rc::new(next)));
            }
        })
    };
    let on_restart = {
        let playing = playing.clone();
        Callback::from(move |_: ()| {
            if let Some(play) = &*playing {
                let mut next = (**play).clone();
                next.restart();
                playing.set(Some(Rc::new(next)));
            }
        })
    };
    let on_restart_with = {
        let playing = playing.clone();
        Callback::from(move |(trust, flags): (i32, String)| {
            if let Some(play) = &*playing {
                let mut next = (**play).clone();
                next.restart_with(trust, &flags);
                playing.set(Some(Rc::new(next)));
            }
        })
    };
    let on_try = {
        let (playing, trying) = (playing.clone(), trying.clone());
        use_callback((), move |drill: Rc<Drill>, _| {
            playing.set(None);
            trying.set(Some(drill));
            focus_soon("studio-drill-title");
        })
    };
    let on_close = {
        let (playing, trying) = (playing.clone(), trying.clone());
        Callback::from(move |_: ()| {
            playing.set(None);
            trying.set(None);
            crate::focus::by_id("studio-text");
        })
    };
    let empty = ctx.0.draft.text.is_empty() && checked.none_yet;
    // A text set aside comes back into the editor, where the author goes on with it; one
    // let go leaves the author among the others, or in the editor once none is left.
    let on_take_back = {
        let ctx = ctx.clone();
        Callback::from(move |index: usize| {
            ctx.dispatch(Action::TakeBackDraft {
                index,
                now: clock::now(),
            });
            crate::focus::by_id("studio-text");
        })
    };
    let on_let_go = {
        let ctx = ctx.clone();
        Callback::from(move |index: usize| {
            let last = ctx.0.draft.set_aside.len() <= 1;
            ctx.dispatch(Action::LetGoDraft(index));
            crate::focus::by_id(if last {
                "studio-text"
            } else {
                "studio-set-aside-title"
            });
        })
    };
    let can_import = !*stale && !*running && !checked.none_yet && checked.problems.is_empty();
    // What the polite live region says only once a check is done (it is busy meanwhile, so
    // the changes between are not read out); how far a long check has got is told apart.
    let summary = if *running {
        "Checking\u{2026}".to_owned()
    } else if *stale {
        "Checking when you pause typing\u{2026}".to_owned()
    } else if checked.none_yet {
        "Nothing to check yet.".to_owned()
    } else if checked.problems.is_empty() {
        "No problems: this pack can be imported.".to_owned()
    } else {
        format!(
            "{}: fix them here, then import.",
            plural(checked.problems.len(), "problem", "problems")
        )
    };
    html! {
        <div class="page page--studio">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                { link(Route::Packs, "", html! { { "Content packs" } }) }
                <span aria-hidden="true">{ " \u{203a} " }</span>
                <span>{ "Pack studio" }</span>
            </nav>
            <h1 tabindex="-1">{ "Pack studio" }</h1>
            <p class="lede">
                { "Write a pack here and see every problem as you type, each with its line and a fix; import it when there are none. The text stays on this device, saved as you go. " }
                { link(Route::PackFormat, "", html! { { "The pack format" } }) }
                { " lists every key and rule." }
            </p>
            if *asking {
                if let Some(pack) = &asked_pack {
                    <div class="card studio__ask" role="group" aria-labelledby="studio-ask-title">
                        <p id="studio-ask-title">{ format!("Your draft holds other text. Replace it with “{}”?", pack.header.title) }</p>
                        <p class="actions">
                            <button type="button" class="button--primary" onclick={replace}>{ "Replace my draft" }</button>
                            <button type="button" onclick={keep}>{ "Keep my draft" }</button>
                        </p>
                    </div>
                }
            }
            <StudioSetAside
                set_aside={Rc::new(ctx.0.draft.set_aside.clone())}
                now={clock::now()}
                {on_take_back}
                {on_let_go}
            />
            if empty {
                <p class="studio__start">
                    <button type="button" class="button--primary" onclick={on_example}>{ "Start from the example" }</button>
                    { " one drill and one role-play with the header every pack needs, or type your own." }
                </p>
            }
            <div class="studio">
                <div class="studio__editor">
                    <label for="studio-text">{ "The pack's text" }</label>
                    <p id="studio-keys" class="studio__keys">{ "Tab leaves the text for the list of problems; Escape goes back to the problem you chose." }</p>
                    <div class="studio__frame">
                        <pre class="studio__lines" aria-hidden="true" ref={gutter}>{ (*line_numbers).clone() }{ "\n\n" }</pre>
                        <textarea id="studio-text" ref={area} wrap="off" spellcheck="false" autocapitalize="off"
                            aria-describedby="studio-keys" oninput={on_input} onscroll={on_scroll} onkeydown={on_key} />
                    </div>
                </div>
                <section class="studio__problems" aria-labelledby="studio-problems-title">
                    <h2 id="studio-problems-title" tabindex="-1">{ "Problems" }</h2>
                    <div aria-live="polite" aria-busy={(*stale || *running).to_string()} class="studio__live">
                        <p class="studio__summary">{ summary }</p>
                    </div>
                    <p aria-live="polite" class="studio__progress">
                        if let Some((done, parts)) = *progress {
                            { format!("{done} of {} done", plural(parts, "part", "parts")) }
                        }
                    </p>
                    if !checked.problems.is_empty() {
                        if *stale {
                            <p id={BEFORE_ID} class="studio__before">{ "Listed from before your last change:" }</p>
                        }
                        <StudioProblems problems={checked.problems.clone()} stale={*stale} on_choose={jump} />
                    }
                    <p>
                        <button type="button" class="button--primary" disabled={!can_import} onclick={on_import}>{ "Import this pack" }</button>
                    </p>
                    <div aria-live="polite">
                        if *imported {
                            { report(&ctx) }
                        }
                    </div>
                </section>
            </div>
            if let Some(play) = &*playing {
                <StudioPlayer play={play.clone()} {on_answer} {on_restart} {on_restart_with} on_close={on_close.clone()} />
            }
            if let Some(drill) = &*trying {
                <StudioTryDrill drill={drill.clone()} on_close={on_close.clone()} />
            }
            <StudioMaps maps={checked.maps.clone()} on_line={to_line} {on_play} />
            <StudioDrills drills={checked.drills.clone()} {on_try} />
        </div>
    }
}

/// What the import from the studio did.
fn report(ctx: &AppContext) -> Html {
    match &ctx.0.pack_report {
        None => html! {},
        Some(ImportReport::Imported(text)) => html! {
            <div role="status" class="pack-report pack-report--ok">
                <p>{ text }</p>
                <p>{ link(Route::Practice, "", html! { { "Practise its drills in Practice" } }) }</p>
            </div>
        },
        Some(refused @ ImportReport::Refused { problems, .. }) => html! {
            <div role="alert" class="pack-report pack-report--problems">
                <p>{ "Nothing was imported. " }{ refused.remedy().unwrap_or_default() }</p>
                <ol class="diagnostics">
                    { for problems.iter().map(|d| html! {
                        <li>
                            <p><strong>{ d.place() }</strong>{ ": " }{ quoted(&d.message) }</p>
                            if let Some(fix) = &d.fix {
                                <p class="diagnostics__fix">{ "Fix: " }{ quoted(fix) }</p>
                            }
                        </li>
                    }) }
                </ol>
            </div>
        },
    }
}

fn problem_id(at: usize) -> String {
    format!("studio-problem-{at}")
}

/// Whether focus has dropped to the page's body, as it does when the element that had it
/// is removed (a problem's id is no sign: the list's elements are reused, ids and all).
fn focus_lost() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    match document.active_element() {
        None => true,
        Some(active) => document.body().is_some_and(|body| *body == active),
    }
}

/// The problem of the list that has focus, by its place in the list.
fn focused_problem() -> Option<usize> {
    let id = web_sys::window()?.document()?.active_element()?.id();
    id.strip_prefix("studio-problem-")?.parse().ok()
}

/// Focuses `id` once the render that adds it is done.
fn focus_soon(id: &'static str) {
    gloo::timers::callback::Timeout::new(0, move || crate::focus::by_id(id)).forget();
}
