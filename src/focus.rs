//! Moving keyboard focus, for when the focused control is about to go away (a dismissed
//! notice, a removed pack or step) or was only a way to get somewhere (the skip link).

use wasm_bindgen::JsCast;

/// Focuses the element with the id `id`, if there is one that can take focus.
pub fn by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
