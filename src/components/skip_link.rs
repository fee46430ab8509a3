//! The "skip to main content" link. Routes live in the URL hash, so a plain `#main` link
//! would navigate; this one moves focus instead.

use yew::prelude::*;

/// The link to the element with the id `target`.
pub fn skip_link(target: &'static str) -> Html {
    let onclick = {
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            crate::focus::by_id(target);
        })
    };
    html! {
        <a class="skip-link" href={format!("#{target}")} {onclick}>{ "Skip to main content" }</a>
    }
}
