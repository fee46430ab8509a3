//! The localStorage adapter in a real browser: exceptions become typed errors, corrupt
//! values are backed up, a full quota is reported and nothing stored is lost.

use rapport::storage::{self, WebStorage};
use rapport_core::settings::Settings;
use rapport_core::storage::{Backend, BackendError, Record, StorageIssue};
use serde::{Deserialize, Serialize};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::harness::{clear_storage, local_storage};

#[wasm_bindgen_test]
fn settings_round_trip_through_local_storage() {
    clear_storage();
    let (mut store, issue) = storage::open();
    assert_eq!(issue, None);
    assert!(store.is_persistent());
    store
        .save(&Settings {
            large_text: true,
            ..Settings::default()
        })
        .unwrap();
    assert_eq!(
        local_storage()
            .get_item("rapport.settings")
            .unwrap()
            .as_deref(),
        Some(r#"{"data":{"large_text":true,"practice_filter":""},"schema":1}"#)
    );
    let (mut again, _) = storage::open();
    assert_eq!(
        again.load::<Settings>().value,
        Settings {
            large_text: true,
            ..Settings::default()
        }
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn corrupt_values_move_to_a_backup_key() {
    clear_storage();
    local_storage()
        .set_item("rapport.settings", "{half a value")
        .unwrap();
    let (mut store, _) = storage::open();
    let loaded = store.load::<Settings>();
    assert_eq!(loaded.value, Settings::default());
    assert_eq!(
        loaded.issues,
        vec![StorageIssue::BackedUp {
            label: "settings".into(),
            backup_key: "rapport.settings.backup-1".into()
        }]
    );
    let ls = local_storage();
    assert_eq!(
        ls.get_item("rapport.settings.backup-1").unwrap().as_deref(),
        Some("{half a value")
    );
    assert_eq!(ls.get_item("rapport.settings").unwrap(), None);
    clear_storage();
}

/// A lone surrogate is text a browser can store and a Rust string cannot hold; the backup
/// of an unreadable value must still be the value exactly.
#[wasm_bindgen_test]
fn a_backup_keeps_a_lone_surrogate_exactly() {
    clear_storage();
    let broken = js_sys::eval(
        "localStorage.setItem('rapport.settings', '{broken \\ud800 value'); \
         localStorage.getItem('rapport.settings').length",
    )
    .unwrap();
    assert_eq!(broken.as_f64(), Some(15.0));
    let (mut store, _) = storage::open();
    let loaded = store.load::<Settings>();
    assert!(matches!(loaded.issues[..], [StorageIssue::BackedUp { .. }]));
    let same = js_sys::eval(
        "localStorage.getItem('rapport.settings.backup-1') === '{broken \\ud800 value'",
    )
    .unwrap();
    assert_eq!(
        same.as_bool(),
        Some(true),
        "the backup is byte for byte the original"
    );
    assert_eq!(local_storage().get_item("rapport.settings").unwrap(), None);
    clear_storage();
}

/// A record big enough to overflow whatever room is left.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
struct Notes {
    text: String,
}

impl Record for Notes {
    const KEY: &'static str = "rapport.test-notes";
    const LABEL: &'static str = "notes";
    const SCHEMA: u32 = 1;
}

#[wasm_bindgen_test]
fn a_full_quota_is_a_typed_error_and_loses_nothing() {
    clear_storage();
    let (mut store, _) = storage::open();
    let first = Notes {
        text: "first".into(),
    };
    store.save(&first).unwrap();
    let stored_first = local_storage().get_item(Notes::KEY).unwrap();

    // Fill the origin's quota until the browser refuses even 16 KB more.
    let ls = local_storage();
    let mut filled = 0;
    for size in [512 * 1024, 16 * 1024] {
        let chunk = "x".repeat(size);
        while ls.set_item(&format!("filler-{filled}"), &chunk).is_ok() {
            filled += 1;
            assert!(filled < 2000, "the quota never ran out");
        }
    }
    let mut web = WebStorage::local().unwrap();
    assert_eq!(
        web.set("rapport.probe", &"z".repeat(64 * 1024)),
        Err(BackendError::Full)
    );

    let second = Notes {
        text: "y".repeat(64 * 1024),
    };
    assert_eq!(
        store.save(&second),
        Err(StorageIssue::Full {
            label: "notes".into()
        })
    );
    assert_eq!(
        ls.get_item(Notes::KEY).unwrap(),
        stored_first,
        "the earlier value is still stored"
    );
    assert_eq!(
        store.load::<Notes>().value,
        second,
        "the new value is kept in memory"
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn the_inventory_lists_only_rapport_keys() {
    clear_storage();
    let ls = local_storage();
    ls.set_item("rapport.settings", "abc").unwrap();
    ls.set_item("rapport.settings.backup-1", "{x").unwrap();
    ls.set_item("someone-else", "zzz").unwrap();
    let listed = WebStorage::local().unwrap().inventory().unwrap();
    assert_eq!(
        listed,
        vec![
            ("rapport.settings".to_owned(), 3),
            ("rapport.settings.backup-1".to_owned(), 2)
        ]
    );
    clear_storage();
}
