//! A diagnostic's text, or any text of the format's, with its `quoted` parts (keys, ids,
//! values from the file) set as code: shared by the pages and components that list problems
//! or describe the format.

use rapport_core::words::quoted_parts;
use yew::prelude::*;

/// `text` with its `quoted` parts as code; still text, never markup, whatever the file held.
pub fn quoted(text: &str) -> Html {
    quoted_parts(text)
        .into_iter()
        .map(|(part, code)| {
            if code {
                html! { <code>{ part }</code> }
            } else {
                html! { part }
            }
        })
        .collect()
}
