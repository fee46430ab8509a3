//! The `{"schema": n, "data": …}` envelope around every stored record, and the
//! classification of a raw stored string: current, migrated from an older schema, or
//! unreadable (and why).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// A value Rapport persists: where it lives, what to call it in messages, and its schema.
pub trait Record: Serialize + DeserializeOwned + Default {
    /// The storage key.
    const KEY: &'static str;
    /// What the user would call this data, for messages ("settings", "practice history").
    const LABEL: &'static str;
    /// The schema version this build writes. Starts at 1.
    const SCHEMA: u32;

    /// Turns `data` written under schema `from` (always below [`Record::SCHEMA`]) into
    /// the current schema's JSON shape. The default knows no older schema.
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        let _ = data;
        Err(format!("this version of Rapport cannot read schema {from}"))
    }

    /// What part of a loaded value could not be read, in words that follow "could not read"
    /// ("2 practised replies"); the store then keeps the original text as a backup.
    fn damage(&self) -> Option<String> {
        None
    }
}

/// Why a stored string could not be turned into a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// The text is not JSON at all.
    NotJson(String),
    /// JSON, but not a `{schema, data}` object with a positive whole schema number.
    NotAnEnvelope,
    /// Written by a newer build, which this one must not overwrite.
    Newer { found: u32 },
    /// An older schema that could not be migrated.
    MigrationFailed { from: u32, reason: String },
    /// The envelope is fine but its data does not have the record's shape.
    BadData { schema: u32, reason: String },
}

impl Unreadable {
    /// Why, in plain words, to follow "could not be read": what a person can act on, not
    /// the shape of this enum.
    pub fn reason(&self) -> String {
        match self {
            Self::NotJson(detail) => format!("it is not valid JSON: {detail}"),
            Self::NotAnEnvelope => {
                "it lacks the format number Rapport writes around everything it saves".to_owned()
            }
            Self::Newer { found } => {
                format!("it was written by a newer version of Rapport (format {found})")
            }
            Self::MigrationFailed { from, reason } => {
                format!("it is in an older format ({from}) that could not be updated: {reason}")
            }
            Self::BadData { reason, .. } => {
                format!("its contents are not what Rapport expects: {reason}")
            }
        }
    }
}

/// What a stored string turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded<T> {
    /// Written under the current schema.
    Current(T),
    /// Written under schema `from` and migrated to the current one.
    Migrated { value: T, from: u32 },
    /// Not usable; the caller decides how to keep it safe.
    Unreadable(Unreadable),
}

/// The envelope text for `value`.
pub fn encode<T: Record>(value: &T) -> Result<String, String> {
    let data = serde_json::to_value(value).map_err(|e| e.to_string())?;
    wrap(data, T::SCHEMA)
}

/// The envelope text around `data`. This and [`open`] hold everything about the envelope
/// that does not depend on the record's type, once, rather than once per record type.
fn wrap(data: Value, schema: u32) -> Result<String, String> {
    let mut envelope = serde_json::Map::new();
    envelope.insert("schema".into(), Value::from(schema));
    envelope.insert("data".into(), data);
    serde_json::to_string(&Value::Object(envelope)).map_err(|e| e.to_string())
}

/// Classifies a raw stored string as a record of type `T`.
pub fn decode<T: Record>(raw: &str) -> Decoded<T> {
    match serde_json::from_str(raw) {
        Ok(parsed) => decode_value(parsed),
        Err(e) => Decoded::Unreadable(Unreadable::NotJson(e.to_string())),
    }
}

/// [`decode`] for an envelope already parsed (one record of an export file, say), so that
/// it is not written out and parsed again.
pub fn decode_value<T: Record>(parsed: Value) -> Decoded<T> {
    let (data, schema) = match open(parsed, T::SCHEMA, T::migrate) {
        Ok(opened) => opened,
        Err(unreadable) => return Decoded::Unreadable(unreadable),
    };
    match serde_json::from_value::<T>(data) {
        Ok(value) if schema == T::SCHEMA => Decoded::Current(value),
        Ok(value) => Decoded::Migrated {
            value,
            from: schema,
        },
        Err(e) => Decoded::Unreadable(Unreadable::BadData {
            schema,
            reason: e.to_string(),
        }),
    }
}

/// The data in the envelope `parsed`, migrated to schema `current`, and the schema it was
/// written under.
fn open(
    parsed: Value,
    current: u32,
    migrate: fn(u32, Value) -> Result<Value, String>,
) -> Result<(Value, u32), Unreadable> {
    let Value::Object(mut envelope) = parsed else {
        return Err(Unreadable::NotAnEnvelope);
    };
    let schema = envelope
        .get("schema")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n > 0);
    let (Some(schema), Some(data)) = (schema, envelope.remove("data")) else {
        return Err(Unreadable::NotAnEnvelope);
    };
    if schema > current {
        return Err(Unreadable::Newer { found: schema });
    }
    if schema == current {
        return Ok((data, schema));
    }
    migrate(schema, data)
        .map(|data| (data, schema))
        .map_err(|reason| Unreadable::MigrationFailed {
            from: schema,
            reason,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    struct Tally {
        count: u32,
    }

    impl Record for Tally {
        const KEY: &'static str = "test.tally";
        const LABEL: &'static str = "tally";
        const SCHEMA: u32 = 2;

        // Schema 1 stored the count as a string.
        fn migrate(from: u32, data: Value) -> Result<Value, String> {
            match from {
                1 => {
                    let text = data
                        .get("count")
                        .and_then(Value::as_str)
                        .ok_or("no count")?;
                    let count: u32 = text
                        .parse()
                        .map_err(|_| format!("{text:?} is not a number"))?;
                    Ok(serde_json::json!({ "count": count }))
                }
                _ => Err(format!("unknown schema {from}")),
            }
        }
    }

    #[test]
    fn round_trips_the_current_schema() {
        let text = encode(&Tally { count: 7 }).unwrap();
        assert_eq!(text, r#"{"data":{"count":7},"schema":2}"#);
        assert_eq!(decode::<Tally>(&text), Decoded::Current(Tally { count: 7 }));
    }

    #[test]
    fn migrates_an_older_schema() {
        let old = r#"{"schema":1,"data":{"count":"12"}}"#;
        assert_eq!(
            decode::<Tally>(old),
            Decoded::Migrated {
                value: Tally { count: 12 },
                from: 1
            }
        );
    }

    #[test]
    fn reports_a_failed_migration() {
        let old = r#"{"schema":1,"data":{"count":"twelve"}}"#;
        assert!(matches!(
            decode::<Tally>(old),
            Decoded::Unreadable(Unreadable::MigrationFailed { from: 1, .. })
        ));
    }

    #[test]
    fn refuses_a_newer_schema() {
        let newer = r#"{"schema":3,"data":{"count":1,"extra":true}}"#;
        assert_eq!(
            decode::<Tally>(newer),
            Decoded::Unreadable(Unreadable::Newer { found: 3 })
        );
    }

    #[test]
    fn classifies_garbage() {
        assert!(matches!(
            decode::<Tally>("{not json"),
            Decoded::Unreadable(Unreadable::NotJson(_))
        ));
        for not_envelope in [
            "[1,2]",
            "42",
            r#"{"count":1}"#,
            r#"{"schema":0,"data":{}}"#,
            r#"{"schema":-1,"data":{}}"#,
            r#"{"schema":"2","data":{}}"#,
            r#"{"schema":2}"#,
        ] {
            assert_eq!(
                decode::<Tally>(not_envelope),
                Decoded::Unreadable(Unreadable::NotAnEnvelope),
                "{not_envelope}"
            );
        }
        assert!(matches!(
            decode::<Tally>(r#"{"schema":2,"data":{"count":"x"}}"#),
            Decoded::Unreadable(Unreadable::BadData { schema: 2, .. })
        ));
    }
}
