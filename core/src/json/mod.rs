//! The JSON that Rapport stores and exports: a small value type, its reader and writer,
//! and the conversions of each stored record. Hand-written in place of serde and
//! serde_json, whose generic code for seven records, their migrations and the export
//! cost the app about 20 KB gzip; this writes byte for byte what they wrote (object keys
//! sorted, see `core/src/storage/compat_tests.rs`), so either build reads the other's.

mod convert;
mod read;
mod write;

pub use convert::{FromJson, ToJson};
pub use read::parse;

/// A JSON value. Numbers keep whether they were written as whole numbers: a count must
/// not be read from `2.5`, and a float is written with its decimal point, as before.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Arr(Vec<Json>),
    /// Members in the order read or built; written with keys sorted.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// An object of `members`.
    pub fn object<const N: usize>(members: [(&str, Json); N]) -> Json {
        Json::Obj(members.map(|(k, v)| (k.to_owned(), v)).into())
    }

    /// The member `key` of an object (the last, if it repeats), or `None`.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for messages: "expected a list, found text".
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Int(_) | Json::Float(_) => "a number",
            Json::Str(_) => "text",
            Json::Arr(_) => "a list",
            Json::Obj(_) => "an object",
        }
    }
}

/// An object's members, read as a record's fields.
pub struct Fields<'a>(&'a Json);

impl<'a> Fields<'a> {
    /// The fields of `json`, which must be an object.
    pub fn of(json: &'a Json) -> Result<Self, String> {
        match json {
            Json::Obj(_) => Ok(Fields(json)),
            other => Err(format!("expected an object, found {}", other.kind())),
        }
    }

    /// Field `key`, or `fallback` when it is absent: a field added later never makes an
    /// older save unreadable.
    pub fn or<T: FromJson>(&self, key: &str, fallback: T) -> Result<T, String> {
        self.0
            .get(key)
            .map_or(Ok(fallback), |v| within(key, T::from_json(v)))
    }

    /// Field `key`, or the type's default when it is absent.
    pub fn or_default<T: FromJson + Default>(&self, key: &str) -> Result<T, String> {
        self.or(key, T::default())
    }

    /// Field `key`, which must be present.
    pub fn required<T: FromJson>(&self, key: &str) -> Result<T, String> {
        match self.0.get(key) {
            Some(v) => within(key, T::from_json(v)),
            None => Err(format!("`{key}` is missing")),
        }
    }
}

/// [`ToJson`] and [`FromJson`] for a struct whose fields are each written under their own
/// name and, when absent from a save, take their type's default (most records: a field
/// added later never makes an older save unreadable).
macro_rules! fields_or_default {
    ($t:ty { $($field:ident),* $(,)? }) => {
        impl $crate::json::ToJson for $t {
            fn to_json(&self) -> $crate::json::Json {
                $crate::json::Json::object([
                    $((stringify!($field), $crate::json::ToJson::to_json(&self.$field))),*
                ])
            }
        }

        impl $crate::json::FromJson for $t {
            fn from_json(json: &$crate::json::Json) -> Result<Self, String> {
                let f = $crate::json::Fields::of(json)?;
                Ok(Self { $($field: f.or_default(stringify!($field))?),* })
            }
        }
    };
}
pub(crate) use fields_or_default;

/// A problem inside field `key`, saying where it is.
fn within<T>(key: &str, result: Result<T, String>) -> Result<T, String> {
    result.map_err(|e| format!("`{key}`: {e}"))
}

#[cfg(test)]
mod tests;
