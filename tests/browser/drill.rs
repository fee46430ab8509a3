//! The drill screen in a real browser: type a reply, check it, see the triggering words
//! marked and the feedback announced, rate it, and find it all in localStorage.

use rapport::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlTextAreaElement;

use crate::harness::*;

async fn type_reply(root: &web_sys::Element, text: &str) {
    let area: HtmlTextAreaElement = find(root, "#reply").dyn_into().unwrap();
    area.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn checking_a_reply_marks_its_words_and_saves_the_attempt() {
    clear_storage();
    let (root, app) = start_at("#/drills/pinged-at-ten").await;
    assert_eq!(text(&root, "main h1"), "Never off");
    assert!(
        find_all(&root, ".models").is_empty(),
        "model answers stay hidden before checking"
    );

    type_reply(&root, "Don't worry, you should just mute Slack.").await;
    click(&root, "button[type=submit]");
    yew::scheduler::flush().await;

    let marks: Vec<String> = find_all(&root, ".reply .mark--blocked")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert!(
        marks.iter().any(|m| m.starts_with("Don't worry")),
        "{marks:?}"
    );
    assert!(
        marks.iter().any(|m| m.starts_with("you should")),
        "{marks:?}"
    );
    assert!(text(&root, ".hints--blocked").contains("jumps to a solution"));
    assert!(text(&root, "[role=status]").starts_with("Feedback ready. Score"));
    assert_eq!(find_all(&root, ".models__list li").len(), 2);
    let saved: serde_json::Value = serde_json::from_str(
        &local_storage()
            .get_item("rapport.progress")
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    // Rows: [drill, time, reply, score, flags, rating]; advice is bit 8 + 3, reassurance bit 8 + 9.
    let advice_and_reassurance = (1 << 11) | (1 << 17);
    let flags = saved["data"]["attempts"][0][4].as_u64().unwrap();
    assert_eq!(
        flags & advice_and_reassurance,
        advice_and_reassurance,
        "{saved}"
    );
    assert_eq!(
        saved["data"]["attempts"][0][2], "Don't worry, you should just mute Slack.",
        "the reply is stored as plain text"
    );

    click(&root, ".rating__button--good");
    yew::scheduler::flush().await;
    let saved: serde_json::Value = serde_json::from_str(
        &local_storage()
            .get_item("rapport.progress")
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(saved["data"]["attempts"][0][5], 3, "rated good: {saved}");
    assert!(
        saved["data"]["cards"]["pinged-at-ten"].is_object(),
        "{saved}"
    );
    app.destroy();
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_draft_survives_a_restart_of_the_app() {
    clear_storage();
    let (root, app) = start_at("#/drills/pinged-at-ten").await;
    type_reply(&root, "It sounds like").await;
    app.destroy();

    let root = mount_point();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let area: HtmlTextAreaElement = find(&root, "#reply").dyn_into().unwrap();
    assert_eq!(area.value(), "It sounds like");
    app.destroy();
    clear_storage();
}
