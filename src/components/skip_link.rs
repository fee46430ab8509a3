//! The "skip to main content" link. Routes live in the URL hash, so a plain `#main` link
//! would navigate; this one moves focus instead.

use yew::prelude::*;

/// The link to the element with the id `target`.
pub fn skip_link(target: &'static str) -> Html {
    let onclick = {
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(target));
            if let Some(element) =
                element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = element.focus();
            }
        })
    };
    html! {
        <a class="skip-link" href={format!("#{target}")} {onclick}>{ "Skip to main content" }</a>
    }
}
