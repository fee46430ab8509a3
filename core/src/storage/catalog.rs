//! What each stored key holds, in words, so the privacy page can show a learner exactly
//! what Rapport keeps on their device.

use crate::packs::{Draft, Packs};
use crate::practice::Session;
use crate::progress::Progress;
use crate::scenario::play::Plays;
use crate::settings::Settings;
use crate::storage::Record;
use crate::words::lower_first;
use crate::workshop::{Checklist, Workshop};

/// The records this build writes, with a description for people.
#[rustfmt::skip]
const KNOWN: &[(&str, &str)] = &[
    (Settings::KEY, "Your settings: larger text on or off, and the practice page's filters"),
    (Progress::KEY, "Your practice history: each reply you checked, the coach's flags and your ratings"),
    (Session::KEY, "Your current practice session, including the reply you are writing"),
    (Plays::KEY, "Your role-plays: the answers of each run, the endings you found and your private debrief notes"),
    (Workshop::KEY, "Your workshop plan and where the running session stands (step, timer, the room's answers)"),
    (Checklist::KEY, "Your observer checklist tallies from a listening triad"),
    (Packs::KEY, "The content packs you imported: each pack's text, whether it is turned on, and the ids of its exercises"),
    (Draft::KEY, "The pack you are writing in the studio: its text and when you last changed it"),
];

/// A description of the stored `key`.
pub fn describe_key(key: &str) -> String {
    if let Some((_, what)) = KNOWN.iter().find(|(known, _)| *known == key) {
        return (*what).to_owned();
    }
    if let Some((base, slot)) = key.rsplit_once(".backup-") {
        if slot.parse::<u32>().is_ok() {
            if let Some((_, what)) = KNOWN.iter().find(|(known, _)| *known == base) {
                return format!(
                    "A backup kept because it could not be read: {}",
                    lower_first(what)
                );
            }
        }
    }
    "Data from another version of Rapport, kept as it is".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_records_backups_and_strangers() {
        assert!(describe_key("rapport.settings").starts_with("Your settings"));
        assert_eq!(
            describe_key("rapport.settings.backup-3"),
            "A backup kept because it could not be read: your settings: larger text on or off, and the practice page's filters"
        );
        assert!(describe_key("rapport.settings.backup-x").contains("another version"));
        assert!(describe_key("rapport.future").contains("another version"));
        for key in ["rapport.progress", "rapport.session", "rapport.roleplays"] {
            assert!(describe_key(key).starts_with("Your "), "{key}");
        }
    }
}
