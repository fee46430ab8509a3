//! The store's promises, checked against a memory backend that can be full, broken or absent.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::*;

#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
struct Notes {
    lines: Vec<String>,
}

impl Record for Notes {
    const KEY: &'static str = "t.notes";
    const LABEL: &'static str = "notes";
    const SCHEMA: u32 = 2;

    // Schema 1 kept one string with newlines.
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        let text = data.get("text").and_then(Value::as_str).ok_or("no text")?;
        assert_eq!(from, 1);
        Ok(serde_json::json!({ "lines": text.lines().collect::<Vec<_>>() }))
    }
}

fn notes(lines: &[&str]) -> Notes {
    Notes {
        lines: lines.iter().map(|l| l.to_string()).collect(),
    }
}

fn open_with(entries: &[(&str, &str)]) -> Store<MemoryBackend> {
    let mut backend = MemoryBackend::new();
    for (key, value) in entries {
        backend.set(key, value).unwrap();
    }
    let (store, issue) = Store::open(Ok(backend));
    assert_eq!(issue, None);
    store
}

fn reopen(store: &Store<MemoryBackend>) -> Store<MemoryBackend> {
    Store::open(Ok(store.backend().unwrap().clone())).0
}

fn stored(store: &Store<MemoryBackend>, key: &str) -> Option<String> {
    store.backend().unwrap().get(key).unwrap()
}

#[test]
fn a_fresh_store_gives_defaults_and_persists_saves() {
    let mut store = open_with(&[]);
    assert_eq!(
        store.load::<Notes>(),
        Loaded {
            value: Notes::default(),
            issues: vec![]
        }
    );
    store.save(&notes(&["hello"])).unwrap();
    assert_eq!(
        stored(&store, "t.notes").as_deref(),
        Some(r#"{"data":{"lines":["hello"]},"schema":2}"#)
    );
    assert_eq!(reopen(&store).load::<Notes>().value, notes(&["hello"]));
}

#[test]
fn unavailable_storage_keeps_working_in_memory() {
    let (mut store, issue) = Store::<MemoryBackend>::open(Err(BackendError::Unavailable(
        "SecurityError: access denied".into(),
    )));
    assert!(matches!(issue, Some(StorageIssue::Unavailable { .. })));
    assert!(!store.is_persistent());
    assert_eq!(store.save(&notes(&["kept"])), Ok(()));
    assert_eq!(store.load::<Notes>().value, notes(&["kept"]));
}

#[test]
fn corrupt_data_is_backed_up_never_deleted() {
    let mut store = open_with(&[("t.notes", "{oops"), ("t.notes.backup-1", "older")]);
    let loaded = store.load::<Notes>();
    assert_eq!(loaded.value, Notes::default());
    assert_eq!(
        loaded.issues,
        vec![StorageIssue::BackedUp {
            label: "notes".into(),
            backup_key: "t.notes.backup-2".into()
        }]
    );
    assert_eq!(stored(&store, "t.notes.backup-2").as_deref(), Some("{oops"));
    assert_eq!(stored(&store, "t.notes.backup-1").as_deref(), Some("older"));
    assert_eq!(stored(&store, "t.notes"), None);
    // A reload does not report it again: the bad value is out of the way.
    assert_eq!(reopen(&store).load::<Notes>().issues, vec![]);
}

#[test]
fn data_that_cannot_be_backed_up_is_left_untouched() {
    let raw = r#"{"schema":2,"data":{"lines":"not a list"}}"#;
    let mut store = open_with(&[("t.notes", raw)]);
    store.backend_mut().unwrap().quota = Some(raw.len() + 10);
    let loaded = store.load::<Notes>();
    assert_eq!(
        loaded.issues,
        vec![StorageIssue::LeftUntouched {
            label: "notes".into()
        }]
    );
    assert!(store.is_protected("t.notes"));
    assert_eq!(store.save(&notes(&["new"])), Ok(()));
    assert_eq!(stored(&store, "t.notes").as_deref(), Some(raw));
    assert_eq!(store.load::<Notes>().value, notes(&["new"]));
}

#[test]
fn reread_sees_what_another_tab_wrote() {
    let mut store = open_with(&[]);
    store.save(&notes(&["mine"])).unwrap();
    store
        .backend_mut()
        .unwrap()
        .set("t.notes", r#"{"schema":2,"data":{"lines":["theirs"]}}"#)
        .unwrap();
    assert_eq!(store.reread::<Notes>(), Some(notes(&["theirs"])));
    assert_eq!(
        store.load::<Notes>().value,
        notes(&["mine"]),
        "this session's copy is unchanged"
    );
    store
        .backend_mut()
        .unwrap()
        .set("t.notes", "garbage")
        .unwrap();
    assert_eq!(store.reread::<Notes>(), None);
}

#[test]
fn a_newer_schema_is_never_overwritten() {
    let raw = r#"{"schema":9,"data":{"pages":[]}}"#;
    let mut store = open_with(&[("t.notes", raw)]);
    let loaded = store.load::<Notes>();
    assert_eq!(
        loaded.issues,
        vec![StorageIssue::Newer {
            label: "notes".into()
        }]
    );
    store.save(&notes(&["mine"])).unwrap();
    assert_eq!(stored(&store, "t.notes").as_deref(), Some(raw));
    assert_eq!(store.backend().unwrap().keys(), vec!["t.notes".to_owned()]);
}

#[test]
fn a_full_storage_keeps_the_old_value_and_the_new_one_in_memory() {
    let mut store = open_with(&[]);
    store.save(&notes(&["first"])).unwrap();
    store.backend_mut().unwrap().quota = Some(50);
    let long = "x".repeat(100);
    assert_eq!(
        store.save(&notes(&[&long])),
        Err(StorageIssue::Full {
            label: "notes".into()
        })
    );
    assert_eq!(store.load::<Notes>().value, notes(&[&long]));
    assert_eq!(reopen(&store).load::<Notes>().value, notes(&["first"]));
}

#[test]
fn a_backend_that_breaks_mid_session_falls_back_to_memory() {
    let mut store = open_with(&[]);
    store.save(&notes(&["a"])).unwrap();
    store.backend_mut().unwrap().broken = Some(BackendError::Failed("gone".into()));
    assert_eq!(
        store.save(&notes(&["b"])),
        Err(StorageIssue::Unavailable {
            detail: "gone".into()
        })
    );
    assert!(!store.is_persistent());
    assert_eq!(store.save(&notes(&["c"])), Ok(()));
    assert_eq!(store.load::<Notes>().value, notes(&["c"]));
}

#[test]
fn a_read_failure_is_reported_once_and_memory_takes_over() {
    let mut store = open_with(&[("t.notes", r#"{"schema":2,"data":{"lines":["x"]}}"#)]);
    store.backend_mut().unwrap().broken = Some(BackendError::Unavailable("blocked".into()));
    let loaded = store.load::<Notes>();
    assert_eq!(loaded.value, Notes::default());
    assert_eq!(
        loaded.issues,
        vec![StorageIssue::Unavailable {
            detail: "blocked".into()
        }]
    );
    assert_eq!(store.load::<Notes>().issues, vec![]);
}

#[test]
fn an_older_schema_is_migrated_and_its_backup_dropped_once_written() {
    let mut store = open_with(&[("t.notes", r#"{"schema":1,"data":{"text":"a\nb"}}"#)]);
    let loaded = store.load::<Notes>();
    assert_eq!(loaded.value, notes(&["a", "b"]));
    assert_eq!(
        loaded.issues,
        vec![StorageIssue::Migrated {
            label: "notes".into(),
            from: 1
        }]
    );
    assert_eq!(
        stored(&store, "t.notes").as_deref(),
        Some(r#"{"data":{"lines":["a","b"]},"schema":2}"#)
    );
    assert_eq!(store.backend().unwrap().keys(), vec!["t.notes".to_owned()]);
}

#[test]
fn a_migration_without_room_for_a_backup_leaves_the_original() {
    let raw = r#"{"schema":1,"data":{"text":"a\nb"}}"#;
    let mut store = open_with(&[("t.notes", raw)]);
    store.backend_mut().unwrap().quota = Some(raw.len() + 10);
    let loaded = store.load::<Notes>();
    assert_eq!(loaded.value, notes(&["a", "b"]));
    assert_eq!(
        loaded.issues,
        vec![StorageIssue::Full {
            label: "notes".into()
        }]
    );
    store.save(&notes(&["c"])).unwrap();
    assert_eq!(stored(&store, "t.notes").as_deref(), Some(raw));
}
