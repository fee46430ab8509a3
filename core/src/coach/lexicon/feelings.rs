//! Feeling words grouped by family, so "anxious" counts when an author expected "worried".
//! Single words match by stem; phrases ("left out", "fed up") by pattern. Words that are
//! feelings only in some uses ("down", "lost", "hard") appear only inside phrases.

use crate::sorted::SortedMap;
use std::sync::OnceLock;

use crate::coach::pattern::PatternSet;
use crate::coach::stem::stem;

/// A family of related feelings, by its id.
pub type Family = &'static str;

/// (family, single words, phrases)
#[rustfmt::skip]
const FAMILIES: &[(Family, &[&str], &[&str])] = &[
    (
        "anger",
        &[
            "angry", "anger", "annoyed", "annoying", "irritated", "irritating", "furious", "mad", "resentful",
            "resentment", "resent", "indignant", "outraged", "bitter", "livid", "irked", "infuriating",
            "infuriated", "maddening", "galling", "cross",
        ],
        &["pissed off", "wound up"],
    ),
    (
        "frustration",
        &[
            "frustrated", "frustrating", "frustration", "exasperated", "exasperating", "thwarted", "stuck",
            "fed-up",
        ],
        &["fed up", "at your wits end", "up against a wall"],
    ),
    (
        "fear",
        &[
            "afraid", "scared", "anxious", "anxiety", "worried", "worry", "worrying", "nervous", "uneasy",
            "unsettled", "unsettling", "fearful", "fear", "panicked", "panicky", "apprehensive", "dreading",
            "dread", "tense", "insecure", "unsafe", "threatened", "jittery", "alarmed", "unnerving", "unnerved", "vulnerable", "wary", "suspicious", "nerve-racking", "nerve-wracking", "uncertain",
            "uncertainty",
        ],
        &["on edge", "freaked out", "not safe"],
    ),
    (
        "concern",
        &[
            "concerned", "concern", "bothered", "bothers", "troubled", "troubling", "uncomfortable",
            "disturbed", "disturbing", "uneasy",
        ],
        &["bothers you", "weighing on you"],
    ),
    (
        "sadness",
        &[
            "sad", "sadness", "disappointed", "disappointing", "disappointment", "discouraged", "discouraging",
            "disheartened", "disheartening", "deflated", "dejected", "gutted", "heartbroken", "upset",
            "unhappy", "miserable", "demoralised", "demoralized", "demoralising", "hopeless", "defeated",
            "grief", "grieving", "heartbreaking", "soul-destroying",
        ],
        &[
            "feel down", "feeling down", "feel low", "feeling low", "let down",
        ],
    ),
    (
        "hurt",
        &[
            "hurt", "hurtful", "hurting", "stings", "sting", "stung", "wounded", "rejected", "rejection",
            "crushed", "slighted", "snubbed",
        ],
        &[],
    ),
    (
        "shame",
        &[
            "embarrassed", "embarrassing", "embarrassment", "ashamed", "shame", "humiliated", "humiliating",
            "mortified", "awkward", "exposed", "self-conscious", "foolish",
        ],
        &["put on the spot", "showed up"],
    ),
    (
        "guilt",
        &["guilty", "guilt", "remorse", "regret", "sorry"],
        &["feel bad", "feeling bad", "feel terrible"],
    ),
    (
        "isolation",
        &[
            "lonely", "loneliness", "isolated", "isolating", "isolation", "disconnected", "excluded", "alone",
            "cut-off",
        ],
        &["left out", "out of the loop", "on your own", "cut off", "shut out", "kept at a distance", "at arm's length"],
    ),
    (
        "unappreciated",
        &[
            "unappreciated", "undervalued", "overlooked", "invisible", "unnoticed", "unrecognised",
            "unrecognized", "unseen", "unimportant", "unvalued", "forgotten", "ignored", "sidelined",
        ],
        &[
            "taken for granted", "not valued", "not appreciated", "not seen", "went unnoticed", "don't count",
            "does not count", "didn't count", "did not count",
        ],
    ),
    (
        "unheard",
        &[
            "dismissed", "unheard", "misunderstood", "silenced", "brushed",
        ],
        &[
            "not heard", "not being heard", "not listened to", "talked over", "brushed off", "shut down",
        ],
    ),
    (
        "betrayal",
        &[
            "betrayed", "betrayal", "blindsided", "undermined", "cheated", "deceived", "misled", "abandoned",
        ],
        &["feel used", "feeling used", "lied to", "let down", "thrown under the bus", "stabbed in the back",
        ],
    ),
    (
        "overwhelm",
        &[
            "overwhelmed", "overwhelming", "stressed", "stressful", "stress", "swamped", "overloaded",
            "overstretched", "stretched", "pressured", "pressure", "drowning", "trapped", "cornered", "torn",
            "unsupported", "squeezed", "buried", "helpless", "powerless",
        ],
        &[
            "under pressure", "stretched thin", "in over your head", "too much", "pulled in", "stressed out",
        ],
    ),
    (
        "tiredness",
        &[
            "tired", "exhausted", "exhausting", "exhaustion", "drained", "draining", "weary", "fatigued",
            "depleted", "burnout", "burnt-out", "burned-out", "sleepless",
        ],
        &[
            "worn out", "worn down", "burnt out", "burned out", "run down", "wearing you down", "wiped out",
        ],
    ),
    (
        "confusion",
        &[
            "confused", "confusing", "confusion", "unsure", "puzzled", "bewildered", "baffled", "conflicted",
            "uncertain", "unclear", "disoriented",
        ],
        &[
            "feel lost", "feeling lost", "at a loss", "not sure", "in the dark",
        ],
    ),
    (
        "surprise",
        &["surprised", "shocked", "stunned", "startled"],
        &["caught off guard", "taken aback", "out of nowhere"],
    ),
    (
        "disengagement",
        &[
            "disengaged", "bored", "apathetic", "demotivated", "unmotivated", "checked-out", "detached", "numb",
            "cynical", "resigned", "disillusioned",
        ],
        &["checked out", "given up"],
    ),
    (
        "blame",
        &[
            "blamed", "accused", "attacked", "judged", "criticised", "criticized", "defensive", "scapegoated",
        ],
        &["unfairly blamed", "singled out", "picked on"],
    ),
    (
        "distress",
        &[
            "awful", "painful", "rough", "tough", "unfair", "upsetting", "distressing", "distressed", "scary",
            "horrible", "terrible",
        ],
        &[
            "sounds hard", "must be hard", "been hard", "so hard", "really hard on", "hard for you",
            "a hard time", "difficult for you", "sounds difficult", "must be difficult", "a lot to carry",
            "a lot on you", "a lot of pressure", "not fair", "doesn't seem fair", "does not seem fair",
        ],
    ),
    (
        "scrutinised",
        &["watched", "monitored", "micromanaged", "scrutinised", "scrutinized", "distrusted", "suspected", "policed"],
        &["not trusted", "under a microscope", "breathing down"],
    ),
    (
        "joy",
        &[
            "happy", "glad", "excited", "delighted", "pleased", "thrilled", "joy", "enjoy", "enjoying",
        ],
        &[],
    ),
    ("relief", &["relieved", "relief", "calm", "reassured"], &[]),
    (
        "pride",
        &["proud", "pride", "confident", "accomplished", "satisfied"],
        &[],
    ),
    (
        "gratitude",
        &[
            "grateful", "thankful", "appreciative", "valued", "appreciated", "supported", "encouraged",
        ],
        &[],
    ),
    (
        "hope",
        &["hopeful", "hope", "optimistic", "eager", "keen"],
        &[],
    ),
];

/// The compiled lexicon.
pub struct Feelings {
    by_stem: SortedMap<String, (Family, &'static str)>,
    pub phrases: PatternSet<Family>,
}

/// The lexicon, compiled on first use.
pub fn lexicon() -> &'static Feelings {
    static LEXICON: OnceLock<Feelings> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut by_stem = SortedMap::new();
        for (family, words, _) in FAMILIES {
            for word in *words {
                by_stem.get_or_insert_with(stem(word), || (*family, *word));
            }
        }
        let phrases = PatternSet::new(
            FAMILIES
                .iter()
                .flat_map(|(family, _, multi)| multi.iter().map(|p| (*family, *p))),
        );
        Feelings { by_stem, phrases }
    })
}

impl Feelings {
    /// The family of a single word, by its stem.
    pub fn family_of_stem(&self, stem: &str) -> Option<Family> {
        self.by_stem.get(stem).map(|(family, _)| *family)
    }

    /// The family an author's expected feeling ("worried", "left out") belongs to.
    pub fn family_of_label(&self, label: &str) -> Option<Family> {
        let text = crate::coach::text::Text::new(label);
        if let Some((family, _)) = self.phrases.find_all(&text.words).first() {
            return Some(family);
        }
        // Words that are feelings only in a phrase ("lost", "down") count as "feel lost".
        let felt = crate::coach::text::Text::new(&format!("feel {label}"));
        if let Some((family, _)) = self.phrases.find_all(&felt.words).first() {
            return Some(family);
        }
        text.words.iter().find_map(|w| self.family_of_stem(&w.stem))
    }
}

/// Every family id, for validating annotations.
pub fn families() -> impl Iterator<Item = Family> {
    FAMILIES.iter().map(|(family, _, _)| *family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_labels_find_their_family() {
        let lex = lexicon();
        assert_eq!(
            lex.family_of_stem(&stem("frustrating")),
            Some("frustration")
        );
        assert_eq!(lex.family_of_stem(&stem("worries")), Some("fear"));
        assert_eq!(lex.family_of_label("left out"), Some("isolation"));
        assert_eq!(lex.family_of_label("unfairly blamed"), Some("blame"));
        assert_eq!(lex.family_of_label("Anxious"), Some("fear"));
        assert_eq!(lex.family_of_label("table"), None);
    }

    #[test]
    fn families_are_unique_and_sizeable() {
        let mut ids: Vec<_> = families().collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count);
        let words: usize = FAMILIES.iter().map(|(_, w, p)| w.len() + p.len()).sum();
        assert!(words > 300, "{words} entries");
    }
}
