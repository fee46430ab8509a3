//! Stored lists and maps of marks (deletions, restorations, forgotten exercises, fresh
//! starts), read with at most [`LIMIT`] items kept. A record never holds more than that,
//! so a longer list is a hand-edited or hostile save: reading it whole would allocate
//! (and sort) without bound before the limit could be applied, so the reader keeps the
//! first [`LIMIT`], skips the rest unread and says how many it left out.
//!
//! They are read leniently too: these fields are optional and newer than the records
//! around them, so a value of the wrong kind in one (`"deleted": "x"`) reads as empty and
//! is noted as malformed, for the store to report, instead of making the whole record,
//! attempts and all, unreadable. The store reads every record from a parsed JSON value,
//! where each field's value is its own, so an error in one can be set aside safely.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::words::thousands;

/// How many items a stored list of marks may hold.
pub const LIMIT: usize = crate::marks::LIMIT;

/// The items of a stored list, at most [`LIMIT`], and how many more it listed; or none,
/// `malformed`, when the stored value was not a list of such items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List<T> {
    pub items: Vec<T>,
    pub left_out: usize,
    pub malformed: bool,
}

/// The entries of a stored map, in the order stored, at most [`LIMIT`], and how many more
/// it held; or none, `malformed`, when the stored value was not a map of such entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entries<K, V> {
    pub items: Vec<(K, V)>,
    pub left_out: usize,
    pub malformed: bool,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List {
            items: Vec::new(),
            left_out: 0,
            malformed: false,
        }
    }
}

impl<K, V> Default for Entries<K, V> {
    fn default() -> Self {
        Entries {
            items: Vec::new(),
            left_out: 0,
            malformed: false,
        }
    }
}

impl<T> List<T> {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many items the stored list held.
    pub fn listed(&self) -> usize {
        self.items.len() + self.left_out
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List {
            items,
            ..List::default()
        }
    }
}

impl<K, V> Entries<K, V> {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<K, V> FromIterator<(K, V)> for Entries<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        Entries {
            items: items.into_iter().collect(),
            ..Entries::default()
        }
    }
}

/// Written as a plain list of the items kept.
impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.items.len()))?;
        for item in &self.items {
            seq.serialize_element(item)?;
        }
        seq.end()
    }
}

/// Written as a plain map of the entries kept.
impl<K: Serialize, V: Serialize> Serialize for Entries<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.items.len()))?;
        for (key, value) in &self.items {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Room for the items a list says it holds, but never more than it may keep: a hint is
/// the stored text's word, not a promise.
fn room(hint: Option<usize>) -> usize {
    hint.unwrap_or(0).min(LIMIT)
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Items<T> {
            type Value = List<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut list = List {
                    items: Vec::with_capacity(room(seq.size_hint())),
                    ..List::default()
                };
                while list.items.len() < LIMIT {
                    match seq.next_element()? {
                        Some(item) => list.items.push(item),
                        None => return Ok(list),
                    }
                }
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    list.left_out += 1;
                }
                Ok(list)
            }
        }

        Ok(deserializer
            .deserialize_seq(Items(PhantomData))
            .unwrap_or_else(|_| List {
                malformed: true,
                ..List::default()
            }))
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Entries<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs<K, V>(PhantomData<(K, V)>);

        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Pairs<K, V> {
            type Value = Entries<K, V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<K, V>, A::Error> {
                let mut entries = Entries {
                    items: Vec::with_capacity(room(map.size_hint())),
                    ..Entries::default()
                };
                while entries.items.len() < LIMIT {
                    match map.next_entry()? {
                        Some(entry) => entries.items.push(entry),
                        None => return Ok(entries),
                    }
                }
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    entries.left_out += 1;
                }
                Ok(entries)
            }
        }

        Ok(deserializer
            .deserialize_map(Pairs(PhantomData))
            .unwrap_or_else(|_| Entries {
                malformed: true,
                ..Entries::default()
            }))
    }
}

/// "980,000 records of deleted replies (it keeps 20,000)": what a notice says was left out
/// of a record's `what`; none when nothing was.
pub fn left_out(left_out: usize, what: &str) -> Option<String> {
    (left_out > 0).then(|| {
        format!(
            "{} {what} (it keeps {})",
            thousands(left_out),
            thousands(LIMIT)
        )
    })
}

/// `what`, when it was `malformed` and read as empty: a part a notice names.
pub fn malformed(malformed: bool, what: &str) -> Option<String> {
    malformed.then(|| what.to_owned())
}

/// What could not be read of a record, its parts joined in one phrase ("A and B"), for
/// [`crate::storage::Record::damage`]; none when every part was read.
pub fn damage(parts: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().flatten().collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    (!parts.is_empty()).then(|| crate::words::list(&parts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_far_over_the_limit_keeps_the_limit_and_counts_the_rest() {
        let ids: Vec<String> = (0..LIMIT * 10).map(|i| format!("id-{i}")).collect();
        let text = serde_json::to_string(&ids).unwrap();
        let read: List<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(read.items.len(), LIMIT);
        assert_eq!(read.items[LIMIT - 1], format!("id-{}", LIMIT - 1));
        assert_eq!(read.left_out, LIMIT * 9);
        assert_eq!(read.listed(), LIMIT * 10);
        // Skipped items are not read, so their kind does not matter.
        let mixed = format!("[{}{}]", "1,".repeat(LIMIT), r#"{"a":[true]},"x",null"#);
        let read: List<u32> = serde_json::from_str(&mixed).unwrap();
        assert_eq!((read.items.len(), read.left_out), (LIMIT, 3));
    }

    #[test]
    fn a_map_far_over_the_limit_keeps_the_limit_and_counts_the_rest() {
        let entries: Vec<String> = (0..LIMIT * 10).map(|i| format!("\"k{i}\":{i}")).collect();
        let text = format!("{{{}}}", entries.join(","));
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let read: Entries<String, u32> = serde_json::from_value(value).unwrap();
        assert_eq!(read.items.len(), LIMIT);
        assert_eq!(read.left_out, LIMIT * 9);
    }

    #[test]
    fn lists_within_the_limit_read_and_write_as_plain_json() {
        let list: List<String> = serde_json::from_str(r#"["a","b"]"#).unwrap();
        assert_eq!(list, List::from(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(serde_json::to_string(&list).unwrap(), r#"["a","b"]"#);
        let map: Entries<String, u32> = serde_json::from_str(r#"{"b":2,"a":1}"#).unwrap();
        assert_eq!(map.items, [("b".to_owned(), 2), ("a".to_owned(), 1)]);
        assert_eq!(serde_json::to_string(&map).unwrap(), r#"{"b":2,"a":1}"#);
    }

    fn read<T: serde::de::DeserializeOwned>(json: &str) -> T {
        serde_json::from_value(serde_json::from_str(json).unwrap()).unwrap()
    }

    #[test]
    fn a_value_of_the_wrong_kind_reads_as_empty_and_malformed() {
        for json in [
            r#""x""#,
            "5",
            "null",
            "true",
            r#"{"a":1}"#,
            r#"["x"]"#,
            "[1,\"x\",2]",
        ] {
            let list: List<u32> = read(json);
            assert!(list.malformed && list.items.is_empty(), "{json}: {list:?}");
        }
        for json in [r#""x""#, "[1]", r#"{"a":"x"}"#, r#"{"a":1,"b":[]}"#] {
            let map: Entries<String, u32> = read(json);
            assert!(map.malformed && map.items.is_empty(), "{json}: {map:?}");
        }
        let fine: List<u32> = read("[1,2]");
        assert!(!fine.malformed);
        // Within a record, the fields around a malformed one still read.
        #[derive(Deserialize)]
        struct Around {
            list: List<u32>,
            after: String,
        }
        let around: Around = read(r#"{"list":"x","after":"kept"}"#);
        assert!(around.list.malformed);
        assert_eq!(around.after, "kept");
    }

    #[test]
    fn what_was_left_out_is_said_in_words() {
        assert_eq!(
            left_out(980_000, "records").as_deref(),
            Some("980,000 records (it keeps 20,000)")
        );
        assert_eq!(left_out(0, "records"), None);
        assert_eq!(
            damage([Some("a".into()), None, Some("b".into())]).as_deref(),
            Some("a and b")
        );
        assert_eq!(damage([None]), None);
    }
}
