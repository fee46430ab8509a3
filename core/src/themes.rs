//! The themes of trust in flexible work that every exercise trains (see the project's
//! themes list). Content validation accepts only these ids.

/// One theme: a stable id used in content files, a name and a one-line summary in our words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
}

/// Every theme, in the order the app lists them.
pub const THEMES: &[Theme] = &[
    Theme {
        id: "clear-messaging",
        name: "Clear messaging",
        summary: "Say what you need plainly, without jargon the other person may not share.",
    },
    Theme {
        id: "active-listening",
        name: "Active listening",
        summary: "Show people they were heard: paraphrase, reflect, ask before assuming.",
    },
    Theme {
        id: "realistic-commitments",
        name: "Realistic commitments",
        summary: "Understand scope and constraints before you promise, and raise roadblocks early.",
    },
    Theme {
        id: "accountability",
        name: "Accountability",
        summary: "Own your tasks and your mistakes, and keep people posted on progress.",
    },
    Theme {
        id: "honouring-agreements",
        name: "Honouring agreements",
        summary: "Follow through on what was agreed, and say so when plans change.",
    },
    Theme {
        id: "empathy",
        name: "Empathy",
        summary: "Recognise what others feel and see the situation from their side.",
    },
    Theme {
        id: "transparency",
        name: "Transparency",
        summary: "Share goals, progress and problems openly, including the bad news.",
    },
    Theme {
        id: "positive-culture",
        name: "Positive culture",
        summary: "Notice and recognise good work, especially the work nobody sees.",
    },
    Theme {
        id: "expectations-boundaries",
        name: "Expectations and boundaries",
        summary: "Agree on roles, availability and response times; give feedback that lands.",
    },
    Theme {
        id: "cultural-differences",
        name: "Cultural and language differences",
        summary: "Communicate clearly across languages, time zones and directness norms.",
    },
    Theme {
        id: "rebuilding-trust",
        name: "Rebuilding trust",
        summary: "Repair after a broken promise: acknowledge, be open, and listen.",
    },
    Theme {
        id: "virtual-teams",
        name: "Fully virtual teams",
        summary: "Build trust with people you may never meet, through deliberate habits.",
    },
    Theme {
        id: "leading-trust",
        name: "Leading with trust",
        summary: "As a lead, make openness and participation normal in a distributed team.",
    },
];

/// The theme with this id, if it exists.
pub fn find(id: &str) -> Option<&'static Theme> {
    THEMES.iter().find(|theme| theme.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut ids: Vec<_> = THEMES.iter().map(|t| t.id).collect();
        assert!(ids
            .iter()
            .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 13);
        assert_eq!(find("empathy").map(|t| t.name), Some("Empathy"));
        assert_eq!(find("nope"), None);
    }
}
