//! Content overlap: which of the statement's content words (by stem, with workplace
//! synonyms folded together) the reply picks up, and whether an author's key point is
//! covered.

use crate::sorted::{SortedMap, SortedSet};
use std::sync::OnceLock;

use super::lexicon::words::{STOP_WORDS, SYNONYMS};
use super::stem::stem;
use super::text::{Text, Word};

/// The concept a word stands for: its synonym group, or its own stem.
pub fn concept(word: &Word) -> Option<String> {
    if word.norm.chars().count() < 2 || STOP_WORDS.contains(&word.norm.as_str()) {
        return None;
    }
    static GROUPS: OnceLock<SortedMap<String, &'static str>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let mut map = SortedMap::new();
        for group in SYNONYMS {
            for member in *group {
                map.get_or_insert_with(stem(member), || group[0]);
            }
        }
        map
    });
    Some(match groups.get(&word.stem) {
        Some(group) => (*group).to_owned(),
        None => word.stem.clone(),
    })
}

/// The set of concepts in a text.
pub fn concepts(text: &Text) -> SortedSet<String> {
    text.words.iter().filter_map(concept).collect()
}

/// Whether the reply covers a key point: at least half the content of one of its
/// `|`-separated wordings.
pub fn covers(reply: &SortedSet<String>, key_point: &str) -> bool {
    key_point.split('|').any(|wording| {
        let wanted = concepts(&Text::new(wording));
        if wanted.is_empty() {
            return false;
        }
        let hit = wanted.iter().filter(|c| reply.contains(*c)).count();
        hit * 2 >= wanted.len()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_and_stems_meet() {
        let statement = concepts(&Text::new("My boss cancelled the meeting"));
        let reply = concepts(&Text::new("your manager called off the call"));
        let shared: SortedSet<_> = statement.intersection(&reply).cloned().collect();
        assert!(
            shared.contains("manager") && shared.contains("meeting"),
            "{shared:?}"
        );
    }

    #[test]
    fn key_points_need_half_of_one_wording() {
        let reply = concepts(&Text::new("you stayed up all night to finish the report"));
        assert!(covers(
            &reply,
            "stayed up late to finish the report|worked into the night"
        ));
        assert!(!covers(
            &reply,
            "the call was cancelled without explanation"
        ));
        assert!(!covers(&reply, "|"));
    }
}
