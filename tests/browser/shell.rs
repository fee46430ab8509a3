//! The app shell mounted in a real browser: navigation, notices from storage, and the
//! larger-text setting reaching localStorage.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::*;

#[wasm_bindgen_test]
async fn home_says_what_rapport_is_and_links_to_real_pages() {
    clear_storage();
    let (root, app) = start_at("#/").await;
    assert_eq!(
        text(&root, "main h1"),
        "Practise the conversations that build trust"
    );
    let links: Vec<_> = find_all(&root, "nav[aria-label=Main] a")
        .iter()
        .map(|a| {
            (
                a.get_attribute("href").unwrap(),
                a.get_attribute("aria-current"),
            )
        })
        .collect();
    assert_eq!(
        links,
        vec![
            ("#/".to_owned(), Some("page".to_owned())),
            ("#/practice".to_owned(), None),
            ("#/roleplays".to_owned(), None),
            ("#/progress".to_owned(), None),
            ("#/workshop".to_owned(), None),
            ("#/packs".to_owned(), None),
            ("#/privacy".to_owned(), None)
        ]
    );
    assert_eq!(find_all(&root, ".theme").len(), 13);
    assert_eq!(
        find(&root, ".skip-link").get_attribute("href").as_deref(),
        Some("#main")
    );
    assert_eq!(
        document().title(),
        "Practise the conversations that build trust \u{b7} Rapport"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn unknown_addresses_get_the_not_found_page() {
    clear_storage();
    let (root, app) = start_at("#/no/such/page").await;
    assert_eq!(text(&root, "main h1"), "Page not found");
    assert_eq!(
        find(&root, "main a.button")
            .get_attribute("href")
            .as_deref(),
        Some("#/")
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn privacy_lists_what_is_stored() {
    clear_storage();
    local_storage()
        .set_item(
            "rapport.settings",
            r#"{"schema":1,"data":{"large_text":false}}"#,
        )
        .unwrap();
    let (root, app) = start_at("#/privacy").await;
    assert_eq!(text(&root, "main h1"), "Privacy");
    let row = text(&root, ".data-table tbody tr");
    assert!(
        row.contains("Your settings") && row.contains("rapport.settings"),
        "{row}"
    );
    app.destroy();
    clear_storage();
}

#[wasm_bindgen_test]
async fn corrupt_settings_are_reported_and_the_notice_dismissed() {
    clear_storage();
    local_storage()
        .set_item("rapport.settings", "not json at all")
        .unwrap();
    let (root, app) = start_at("#/").await;
    let notice = text(&root, ".notices .notice");
    assert!(
        notice.starts_with("Heads up: Rapport could not read your saved settings"),
        "{notice}"
    );
    assert!(notice.contains("rapport.settings.backup-1"), "{notice}");
    assert_eq!(
        find(&root, ".notices")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    click(&root, ".notice__dismiss");
    yew::scheduler::flush().await;
    assert!(find_all(&root, ".notice").is_empty());
    assert_eq!(
        local_storage()
            .get_item("rapport.settings.backup-1")
            .unwrap()
            .as_deref(),
        Some("not json at all")
    );
    app.destroy();
    clear_storage();
}

#[wasm_bindgen_test]
async fn larger_text_is_applied_and_saved() {
    clear_storage();
    let (root, app) = start_at("#/").await;
    assert_eq!(
        find(&root, ".text-size")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    click(&root, ".text-size");
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, ".text-size")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("data-text").as_deref(), Some("large"));
    assert_eq!(
        local_storage()
            .get_item("rapport.settings")
            .unwrap()
            .as_deref(),
        Some(r#"{"data":{"large_text":true,"practice_filter":""},"schema":1}"#)
    );
    app.destroy();

    // A new visit starts with the saved setting.
    let (root, app) = start_at("#/").await;
    assert_eq!(
        find(&root, ".text-size")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    app.destroy();
    clear_storage();
}
