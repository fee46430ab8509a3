//! The learner's preferences, stored on this device: display, and what to practise.

use serde::{Deserialize, Serialize};

use crate::storage::Record;

/// Preferences. Every field has a default so a later field never breaks an older save.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Larger type and stronger contrast, for a projector or for tired eyes.
    pub large_text: bool,
    /// The practice page's theme, kind and difficulty filters, as
    /// [`crate::practice::Filter::to_text`] writes them.
    pub practice_filter: String,
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
