//! Conversions between Rust values and [`Json`]: the building blocks (numbers, text,
//! lists, options, maps) that each record's own conversion is made of.

use super::Json;
use crate::sorted::{SortedMap, SortedSet};

/// A value that can be written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// A value that can be read from JSON; the error says, in words, what did not fit.
pub trait FromJson: Sized {
    fn from_json(json: &Json) -> Result<Self, String>;
}

fn expected<T>(what: &str, found: &Json) -> Result<T, String> {
    Err(format!("expected {what}, found {}", found.kind()))
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Bool(b) => Ok(*b),
            other => expected("true or false", other),
        }
    }
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::Str(self.clone())
    }
}

impl ToJson for str {
    fn to_json(&self) -> Json {
        Json::Str(self.to_owned())
    }
}

impl FromJson for String {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Str(s) => Ok(s.clone()),
            other => expected("text", other),
        }
    }
}

/// Whole numbers: written as such, and read only from a whole number in the type's range.
macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Json {
                Json::Int(*self as i64)
            }
        }

        impl FromJson for $t {
            fn from_json(json: &Json) -> Result<Self, String> {
                match json {
                    Json::Int(n) => <$t>::try_from(*n).map_err(|_| {
                        format!("expected a whole number from {} to {}, found {n}", <$t>::MIN, <$t>::MAX)
                    }),
                    other => expected("a whole number", other),
                }
            }
        }
    )*};
}

whole_numbers!(u8, u32, usize, i64);

impl ToJson for f64 {
    fn to_json(&self) -> Json {
        Json::Float(*self)
    }
}

impl FromJson for f64 {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Int(n) => Ok(*n as f64),
            Json::Float(x) => Ok(*x),
            other => expected("a number", other),
        }
    }
}

/// Any value as itself, so a list can be read first and taken apart by position.
impl FromJson for Json {
    fn from_json(json: &Json) -> Result<Self, String> {
        Ok(json.clone())
    }
}

/// `None` is `null`.
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Arr(self.iter().map(T::to_json).collect())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Arr(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| T::from_json(item).map_err(|e| format!("item {}: {e}", i + 1)))
                .collect(),
            other => expected("a list", other),
        }
    }
}

/// A map is an object; a key that repeats keeps its last value.
impl<V: ToJson> ToJson for SortedMap<String, V> {
    fn to_json(&self) -> Json {
        Json::Obj(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}

impl<V: FromJson> FromJson for SortedMap<String, V> {
    fn from_json(json: &Json) -> Result<Self, String> {
        let Json::Obj(members) = json else {
            return expected("an object", json);
        };
        let mut map = SortedMap::new();
        for (key, value) in members {
            map.insert(
                key.clone(),
                V::from_json(value).map_err(|e| format!("`{key}`: {e}"))?,
            );
        }
        Ok(map)
    }
}

/// A set is a list in sorted order; repeats are dropped when read.
impl ToJson for SortedSet<String> {
    fn to_json(&self) -> Json {
        Json::Arr(self.iter().map(|s| s.to_json()).collect())
    }
}

impl FromJson for SortedSet<String> {
    fn from_json(json: &Json) -> Result<Self, String> {
        Vec::<String>::from_json(json).map(SortedSet::from_iter)
    }
}
