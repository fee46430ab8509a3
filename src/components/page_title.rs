//! Sets the document title for each page and, after an in-app navigation, moves focus to
//! the page's heading so keyboard and screen-reader users land on the new content.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// The first page of a visit keeps the browser's natural focus at the top.
    static FIRST_PAGE: Cell<bool> = const { Cell::new(true) };
}

/// Titles the document "`title` · Rapport" and focuses `main h1` on navigation.
#[hook]
pub fn use_page_title(title: &str) {
    use_effect_with(title.to_owned(), |title| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        document.set_title(&format!("{title} \u{b7} Rapport"));
        if FIRST_PAGE.with(|first| first.replace(false)) {
            return;
        }
        let heading = document.query_selector("main h1").ok().flatten();
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = heading.focus();
        }
    });
}
