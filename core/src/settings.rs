//! The learner's preferences, stored on this device: display, and what to practise.

use crate::json::{Fields, FromJson, Json, ToJson};
use crate::storage::Record;

/// Preferences. Every field has a default so a later field never breaks an older save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// Larger type and stronger contrast, for a projector or for tired eyes.
    pub large_text: bool,
    /// The practice page's theme, kind and difficulty filters, as
    /// [`crate::practice::Filter::to_text`] writes them.
    pub practice_filter: String,
}

impl ToJson for Settings {
    fn to_json(&self) -> Json {
        Json::object([
            ("large_text", self.large_text.to_json()),
            ("practice_filter", self.practice_filter.to_json()),
        ])
    }
}

impl FromJson for Settings {
    fn from_json(json: &Json) -> Result<Self, String> {
        let f = Fields::of(json)?;
        Ok(Settings {
            large_text: f.or_default("large_text")?,
            practice_filter: f.or_default("practice_filter")?,
        })
    }
}

impl Record for Settings {
    const KEY: &'static str = "rapport.settings";
    const LABEL: &'static str = "settings";
    const SCHEMA: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{decode, Decoded};

    #[test]
    fn unknown_and_missing_fields_are_tolerated() {
        let raw = r#"{"schema":1,"data":{"future_field":3}}"#;
        assert_eq!(
            decode::<Settings>(raw),
            Decoded::Current(Settings::default())
        );
    }
}
