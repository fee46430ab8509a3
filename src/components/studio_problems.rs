//! The studio's list of problems: each a button that puts the cursor where it is, with its
//! fix. A component of its own, drawn again only when the list changes, so that the turns
//! of a check and the keys typed meanwhile do not redraw up to 200 problems each time.

use std::rc::Rc;

use rapport_core::content::problems::LISTED_AT_MOST;
use rapport_core::content::Diagnostic;
use yew::prelude::*;

use crate::components::quoted::quoted;

/// The note that says the problems listed are the last check's, which the list and each of
/// its problems name as their description while it is shown.
pub const BEFORE_ID: &str = "studio-before";

#[derive(Properties, PartialEq)]
pub struct StudioProblemsProps {
    pub problems: Rc<Vec<Diagnostic>>,
    /// The list is the last check's, from before a change to the text.
    pub stale: bool,
    /// The problem chosen, by its place in the list, and its line and column.
    pub on_choose: Callback<(usize, usize, usize)>,
}

/// The problems, the first [`LISTED_AT_MOST`] listed and the rest counted.
#[function_component]
pub fn StudioProblems(props: &StudioProblemsProps) -> Html {
    let problems = &props.problems;
    // The note saying so stays out of the live region, which would read it out at the
    // first key typed; each problem is described by it instead, when it reaches one.
    let before = props.stale.then_some(BEFORE_ID);
    html! {
        <>
            <ol class="diagnostics studio__list" aria-describedby={before}>
                { for problems.iter().take(LISTED_AT_MOST).enumerate().map(|(at, d)| problem(at, d, before, &props.on_choose)) }
            </ol>
            if problems.len() > LISTED_AT_MOST {
                <p>{ format!("{} more are not listed: fix these first.", problems.len() - LISTED_AT_MOST) }</p>
            }
        </>
    }
}

/// One problem: a button that puts the cursor where it is, and its fix.
fn problem(
    at: usize,
    d: &Diagnostic,
    before: Option<&'static str>,
    on_choose: &Callback<(usize, usize, usize)>,
) -> Html {
    let onclick = {
        let (on_choose, line, column) = (on_choose.clone(), d.line, d.column);
        Callback::from(move |_: MouseEvent| on_choose.emit((at, line, column)))
    };
    html! {
        <li>
            <button type="button" class="studio__problem" id={format!("studio-problem-{at}")} aria-describedby={before} {onclick}>
                <strong>{ d.place() }</strong>{ ": " }{ quoted(&d.message) }
            </button>
            if let Some(fix) = &d.fix {
                <p class="diagnostics__fix">{ "Fix: " }{ quoted(fix) }</p>
            }
        </li>
    }
}
