//! The studio's texts set aside when another tab saved a newer draft: each named by its
//! first line, its length and when it was written, with a way to put it back in the editor
//! (the text there is set aside in its turn, so nothing is lost) or to let it go.

use std::rc::Rc;

use rapport_core::packs::SetAside;
use rapport_core::when;
use rapport_core::words::plural;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub set_aside: Rc<Vec<SetAside>>,
    /// Now (ms since the epoch), for "5 minutes ago".
    pub now: i64,
    pub on_take_back: Callback<usize>,
    pub on_let_go: Callback<usize>,
}

#[function_component(StudioSetAside)]
pub fn studio_set_aside(props: &Props) -> Html {
    if props.set_aside.is_empty() {
        return html! {};
    }
    html! {
        <section class="card studio__set-aside" aria-labelledby="studio-set-aside-title">
            <h2 id="studio-set-aside-title" tabindex="-1">{ "Set aside" }</h2>
            <p>{ "Text you wrote in this tab before another tab saved a newer draft. Put one back to go on with it (the text in the editor is set aside in its place), or let it go." }</p>
            <ul>
                { for props.set_aside.iter().enumerate().map(|(index, kept)| {
                    let (first, lines) = kept.label();
                    let take = props.on_take_back.reform(move |_: MouseEvent| index);
                    let drop = props.on_let_go.reform(move |_: MouseEvent| index);
                    let name = format!("“{first}”, {}, written {}", plural(lines, "line", "lines"), when::ago(kept.edited_at, props.now));
                    html! {
                        <li>
                            <span class="studio__set-aside-name">{ name.clone() }</span>
                            <button type="button" onclick={take} aria-label={format!("Put it back: {name}")}>{ "Put it back" }</button>
                            <button type="button" onclick={drop} aria-label={format!("Let it go: {name}")}>{ "Let it go" }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
