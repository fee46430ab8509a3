//! Helpers shared by the browser tests: a clean localStorage, a fresh mount point, and
//! queries that fail with a useful message.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Storage};

pub fn local_storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Empties localStorage so each test starts as a first visit.
pub fn clear_storage() {
    local_storage().clear().unwrap();
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new, empty element attached to the body, to mount one app into.
pub fn mount_point() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// Points the router at `hash` before the app starts.
pub fn set_hash(hash: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        .unwrap();
}

pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector:?} in {}", root.inner_html()))
}

pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

pub fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

pub fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Mounts the whole app at `hash` and lets it render.
pub async fn start_at(hash: &str) -> (web_sys::Element, yew::AppHandle<rapport::app::App>) {
    set_hash(hash);
    let root = mount_point();
    let handle = yew::Renderer::<rapport::app::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    (root, handle)
}
