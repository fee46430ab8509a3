//! The content format's reference, as data: every key of a pack's header, a drill, a
//! scenario, a beat, a choice and a free-text turn, with what it means and whether it is
//! needed; and every rule the checks enforce, with the limits the checks use. The app shows
//! it to pack authors (the Packs page links to it), and a test keeps its keys the same as
//! the ones the readers accept, so the two cannot drift apart.

use super::document::MAX_LINES;
use super::pack::{MAX_DRILLS, MAX_PACK_BYTES, MAX_SCENARIOS};
use crate::packs::MAX_PACKS;
use crate::scenario::validate::{MAX_BEATS, MAX_STATES};

/// Whether a key must be there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Needed in some kinds of exercise only; the text says which.
    Sometimes(&'static str),
    /// May be given more than once.
    Repeated(&'static str),
}

impl Need {
    /// In words, for the reference's table.
    pub fn words(self) -> &'static str {
        match self {
            Need::Required => "required",
            Need::Optional => "optional",
            Need::Sometimes(when) | Need::Repeated(when) => when,
        }
    }
}

/// One key of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub key: &'static str,
    pub need: Need,
    pub meaning: &'static str,
}

/// A group of keys: where they are written, and the keys themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub where_written: &'static str,
    pub keys: &'static [Key],
}

const fn key(key: &'static str, need: Need, meaning: &'static str) -> Key {
    Key { key, need, meaning }
}

use Need::{Optional, Repeated, Required, Sometimes};

/// Every section of the format, in the order a pack is written.
pub const SECTIONS: &[Section] = &[
    Section {
        id: "header",
        title: "The pack's header",
        where_written: "The first lines of the file, before any drill or scenario.",
        keys: &[
            key("pack", Required, "The pack's id: lower-case words joined by hyphens, such as team-north."),
            key("title", Required, "What people see in the app."),
            key("author", Required, "You, or your team."),
            key("version", Required, "A whole number above zero. Raise it each time you change the pack, so importing it again replaces the older version."),
            key("language", Required, "A language tag such as en, fr or pt-BR."),
        ],
    },
    Section {
        id: "drill",
        title: "A drill",
        where_written: "A line `drill: an-id` starts a drill; its keys follow, one per line.",
        keys: &[
            key("drill", Required, "The drill's id, unique in the pack and not a built-in id."),
            key("kind", Required, "paraphrase (restate and check), reflect (name the feeling and why) or summarise (a thread: positions and the open question)."),
            key("title", Required, "A short title."),
            key("themes", Required, "Theme ids, separated by commas (see the themes below)."),
            key("difficulty", Required, "1 (starter), 2 (core) or 3 (stretch)."),
            key("channel", Optional, "chat, email or call."),
            key("from", Sometimes("paraphrase and reflect"), "The colleague: Name, role, place."),
            key("message", Sometimes("paraphrase and reflect"), "What they wrote. Indented lines below continue it; a blank line starts a paragraph."),
            key("post", Sometimes("summarise: 3 to 6"), "One message of the thread: Name, role, place, with the message indented below."),
            key("feelings", Sometimes("paraphrase and reflect"), "Feelings a reflection could name, separated by commas; any word of the same family counts (see the feelings below)."),
            key("point", Repeated("at least one"), "A key point a good reply captures. Repeat the key, or separate points with ;. A | separates other wordings of the same point."),
            key("model", Repeated("2 or 3"), "A model answer, shown after the learner's own attempt."),
            key("why", Repeated("one per model"), "Right after its model: one line on why it works."),
        ],
    },
    Section {
        id: "scenario",
        title: "A role-play (scenario)",
        where_written: "A line `scenario: an-id` starts one; it runs until the next `drill:` or `scenario:` line.",
        keys: &[
            key("scenario", Required, "The scenario's id, unique in the pack and not a built-in id."),
            key("title", Required, "Its title."),
            key("summary", Required, "One line for the list of role-plays."),
            key("themes", Required, "Theme ids, separated by commas."),
            key("character", Required, "The colleague: Name, role, place."),
            key("context", Required, "What the learner knows before the conversation starts."),
            key("start", Optional, "The id of the first beat; the first beat written, if left out."),
            key("trust", Optional, "Trust at the start, from -10 to 10 (0 if left out)."),
            key("choice-order", Optional, "shuffled (each run orders a beat's choices its own way; the default) or as written."),
            key("beat", Repeated("at least one"), "A beat: `beat: an-id`, with its keys indented below."),
        ],
    },
    Section {
        id: "beat",
        title: "A beat",
        where_written: "Indented under `beat: an-id`.",
        keys: &[
            key("mood", Required, "How the colleague is, shown in words beside their name."),
            key("says", Required, "What the colleague says."),
            key("thought", Required, "What they think but do not say, shown in Swap seats and on the speaker's card."),
            key("choice", Repeated("any number"), "What the learner can say, with its keys indented below."),
            key("respond", Optional, "A prompt for a reply in the learner's own words, scored by the listening coach, with its keys indented below."),
            key("ending", Optional, "Makes the beat an ending, with this name."),
            key("debrief", Sometimes("endings"), "What this ending shows about trust."),
            key("question", Sometimes("endings: 2 or 3"), "A question to reflect on after the ending."),
        ],
    },
    Section {
        id: "choice",
        title: "A choice",
        where_written: "Indented under `choice:` in a beat.",
        keys: &[
            key("feedback", Required, "Why it helps or hurts trust, shown after it is chosen."),
            key("trust", Optional, "The change in trust, from -10 to 10, such as +2."),
            key("set", Optional, "Flags it sets, separated by commas."),
            key("clear", Optional, "Flags it clears."),
            key("if", Optional, "Offer the choice only when this holds: a flag, !flag (or not flag), or trust >= n (also <=, >, <), joined by and."),
            key("next", Repeated("required, one or more"), "The beat it leads to, with an optional condition (`next: support if trust >= 4`). The first whose condition holds is taken; end with one without a condition."),
        ],
    },
    Section {
        id: "respond",
        title: "A free-text turn",
        where_written: "Indented under `respond:` in a beat.",
        keys: &[
            key("feelings", Optional, "Feelings a good reply could name."),
            key("point", Repeated("at least one"), "A key point a good reply captures."),
            key("pass", Optional, "The coach score a reply needs, from 0 to 100 (60 if left out), with no roadblock."),
            key("example", Required, "One way to say it well; it must pass its own bar."),
            key("good", Required, "Feedback for a reply that passes."),
            key("good-trust", Optional, "The change in trust after a good reply."),
            key("good-set", Optional, "Flags a good reply sets."),
            key("next", Required, "Where a good reply leads."),
            key("poor", Required, "Feedback for a reply that does not pass."),
            key("poor-trust", Optional, "The change in trust after a poor reply."),
            key("poor-set", Optional, "Flags a poor reply sets."),
            key("else", Required, "Where a poor reply leads."),
        ],
    },
];

/// Every rule the checks hold a pack to, in plain words, with the limits they use.
pub fn rules() -> Vec<String> {
    vec![
        "One `key: value` per line, keys in lower case; `#` starts a comment line. A value continues on the next lines when they are indented by two spaces.".into(),
        "Ids are lower-case words joined by hyphens, unique in the pack, and never a built-in exercise's id.".into(),
        format!("A pack is at most {} KB, {MAX_LINES} lines, {MAX_DRILLS} drills and {MAX_SCENARIOS} scenarios; a device keeps at most {MAX_PACKS} packs.", MAX_PACK_BYTES / 1000),
        "Every theme is one of the themes below, and every feeling one the coach knows.".into(),
        "A drill has at least one key point and 2 or 3 model answers, each followed by its why; a summarise drill has a thread of 3 to 6 posts.".into(),
        "The listening coach reads every model answer as a reflection with no roadblock and no parroting, capturing at least one key point.".into(),
        format!("A scenario has at most {MAX_BEATS} beats, each id once; every `next:` names a beat of the scenario, and every beat can be reached."),
        "Every beat that is not an ending has a way forward; every ending has a debrief and 2 or 3 questions; every choice has feedback.".into(),
        "A condition reads only flags that some choice or reply sets.".into(),
        "A free-text turn's example passes its own bar with the coach.".into(),
        "A scenario has at least 3 decision points and at least 2 endings that can be reached.".into(),
        format!("Exploring every reachable combination of beat, trust and flags (at most {MAX_STATES}), no run gets stuck or loops for ever short of an ending."),
        "A newer version of a pack replaces the older one and keeps its progress; the same text again changes nothing; a different text with the same or a lower version is refused.".into(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(id: &str) -> Vec<&'static str> {
        let section = SECTIONS.iter().find(|s| s.id == id).unwrap();
        section.keys.iter().map(|k| k.key).collect()
    }

    #[test]
    fn the_reference_names_exactly_the_keys_the_readers_accept() {
        use crate::scenario::read::{BEAT_KEYS, CHOICE_KEYS, RESPOND_KEYS, SCENARIO_KEYS};
        let sorted = |mut v: Vec<&'static str>| {
            v.sort_unstable();
            v
        };
        assert_eq!(keys("header"), super::super::pack::HEADER_KEYS.to_vec());
        assert_eq!(
            sorted(keys("drill")),
            sorted(super::super::drill::KEYS.to_vec())
        );
        assert_eq!(sorted(keys("scenario")), sorted(SCENARIO_KEYS.to_vec()));
        assert_eq!(sorted(keys("beat")), sorted(BEAT_KEYS.to_vec()));
        assert_eq!(sorted(keys("choice")), sorted(CHOICE_KEYS.to_vec()));
        assert_eq!(sorted(keys("respond")), sorted(RESPOND_KEYS.to_vec()));
    }

    #[test]
    fn the_rules_give_the_limits_the_checks_use() {
        let all = rules().join(" ");
        for limit in [
            MAX_LINES,
            MAX_DRILLS,
            MAX_SCENARIOS,
            MAX_PACKS,
            MAX_BEATS,
            MAX_STATES,
        ] {
            assert!(all.contains(&limit.to_string()), "{limit}: {all}");
        }
    }
}
