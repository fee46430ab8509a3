//! The pack studio as it meets its draft in storage: a stored draft opens in the text field
//! with a number beside each line; an unreadable draft is set aside, byte for byte, with a
//! notice, and the studio opens empty, offering the example.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{clear_storage, find, find_all, local_storage, start_at, text};

fn field(root: &web_sys::Element) -> web_sys::HtmlTextAreaElement {
    find(root, "#studio-text").dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn a_stored_draft_opens_in_the_studio_with_its_line_numbers() {
    clear_storage();
    let draft = "pack: mine\ntitle: \u{201c}Mine\u{201d} \u{1f600}\nauthor: A\n";
    let record = serde_json::json!({ "schema": 1, "data": { "text": draft, "edited_at": 1_800_000_000_000_i64 } });
    local_storage()
        .set_item("rapport.draft", &record.to_string())
        .unwrap();
    let (root, app) = start_at("#/packs/edit").await;
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "main h1"), "Pack studio");
    assert_eq!(field(&root).value(), draft);
    let numbers = text(&root, ".studio__lines");
    assert_eq!(
        numbers.split_whitespace().collect::<Vec<_>>(),
        ["1", "2", "3", "4"],
        "one number per line, the empty last line too"
    );
    assert!(
        find_all(&root, ".studio__start").is_empty(),
        "no example offered over a draft"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn an_unreadable_draft_is_set_aside_and_the_studio_opens_empty() {
    clear_storage();
    let broken = "{\"schema\":1,\"data\":{\"text\":\"pack: x";
    local_storage().set_item("rapport.draft", broken).unwrap();
    let (root, app) = start_at("#/packs/edit").await;
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "main h1"), "Pack studio");
    assert!(
        text(&root, ".notices").contains("studio draft"),
        "{}",
        text(&root, ".notices")
    );
    assert_eq!(
        local_storage()
            .get_item("rapport.draft.backup-1")
            .unwrap()
            .as_deref(),
        Some(broken),
        "kept byte for byte"
    );
    assert_eq!(field(&root).value(), "");
    assert!(text(&root, ".studio__start").contains("Start from the example"));
    app.destroy();
}
