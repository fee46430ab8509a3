//! Content packs as the app meets them in storage: a stored pack's exercises are listed and
//! marked; a pack that no longer reads is kept and explained; an unreadable record is set
//! aside without stopping the app.

use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{clear_storage, find_all, local_storage, start_at, text};

/// The authoring guide's example pack, as the guide prints it.
fn example() -> String {
    let guide = include_str!("../../docs/authoring.md");
    let start = guide.find("```pack\n").unwrap() + 8;
    let end = start + guide[start..].find("```").unwrap();
    guide[start..end].to_owned()
}

/// Stores `source` as an imported, enabled pack, the way the app saves one.
fn store_pack(source: &str) -> String {
    let record = serde_json::json!({
        "schema": 1,
        "data": { "list": [{
            "header": { "id": "team-north", "title": "Team North: listening across time zones",
                        "author": "Ana Lima", "version": 1, "language": "en" },
            "file": "team-north.txt",
            "source": source,
            "enabled": true,
            "imported_at": 1_800_000_000_000_i64,
            "drills": ["team-north-quiet-demo"],
            "scenarios": ["team-north-missed-handoff"],
        }]}
    })
    .to_string();
    local_storage().set_item("rapport.packs", &record).unwrap();
    record
}

#[wasm_bindgen_test]
async fn a_stored_pack_s_role_play_is_listed_with_its_pack() {
    clear_storage();
    store_pack(&example());
    let (root, app) = start_at("#/roleplays").await;
    let cards = find_all(&root, ".scenario-card");
    let card = cards
        .iter()
        .find(|c| {
            c.text_content()
                .unwrap_or_default()
                .contains("The missed hand-off")
        })
        .expect("the pack's role-play is listed");
    assert_eq!(
        card.query_selector(".tag--pack")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Pack: Team North: listening across time zones"
    );
    let marked = cards
        .iter()
        .filter(|c| c.query_selector(".tag--pack").unwrap().is_some())
        .count();
    assert_eq!(marked, 1, "only the pack's role-play is marked");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_stored_pack_that_no_longer_reads_is_kept_and_explained() {
    clear_storage();
    let record = store_pack(&example().replace("kind: reflect", "kind: shout"));
    let (root, app) = start_at("#/packs").await;
    assert!(
        text(&root, ".notices").contains("could not be loaded"),
        "{}",
        text(&root, ".notices")
    );
    assert!(text(&root, ".pack h3").starts_with("Team North"));
    assert_eq!(
        local_storage()
            .get_item("rapport.packs")
            .unwrap()
            .as_deref(),
        Some(record.as_str()),
        "the stored pack is left as it was"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn an_unreadable_packs_record_is_set_aside_and_the_app_opens() {
    clear_storage();
    local_storage().set_item("rapport.packs", "[[[").unwrap();
    let (root, app) = start_at("#/packs").await;
    assert_eq!(text(&root, "main h1"), "Content packs");
    assert!(text(&root, ".notices").contains("content packs"));
    assert_eq!(
        local_storage()
            .get_item("rapport.packs.backup-1")
            .unwrap()
            .as_deref(),
        Some("[[[")
    );
    app.destroy();
}
