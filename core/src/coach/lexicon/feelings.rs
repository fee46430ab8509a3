//! Feeling words grouped by family, so "anxious" counts when an author expected "worried".
//! Single words match by stem; phrases ("left out", "fed up") by pattern. Words that are
//! feelings only in some uses ("down", "hard") appear only inside phrases.

use crate::sorted::SortedMap;
use std::sync::OnceLock;

use crate::coach::pattern::PatternSet;
use crate::coach::stem::stem;
use crate::coach::text::Word;

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
            "infuriated", "maddening", "galling", "cross", "fuming", "seething", "raging", "peeved", "miffed", "grumpy", "cranky", "insulted", "insulting", "offended", "offensive", "disrespected", "disrespectful", "patronised", "patronized", "patronising", "patronizing", "condescending", "belittled", "belittling", "rotten", "outrageous", "maddened", "incensed", "aggrieved",
        ],
        &["pissed off", "wound up", "ticked off", "hacked off", "put out", "sick of", "sick and tired", "fed up with", "had enough", "at the end of your rope", "at the end of your tether"],
    ),
    (
        "frustration",
        &[
            "frustrated", "frustrating", "frustration", "exasperated", "exasperating", "thwarted", "stuck",
            "fed-up", "frustrates", "hate", "hates", "hated", "hating", "loathe", "stonewalled", "hamstrung", "exasperation", "annoyance", "irritation",
        ],
        &["fed up", "at your wits end", "up against a wall"],
    ),
    (
        "fear",
        &[
            "afraid", "scared", "anxious", "anxiety", "worried", "worry", "worrying", "nervous", "uneasy", "unease",
            "unsettled", "unsettling", "fearful", "fear", "panicked", "panicky", "apprehensive", "dreading",
            "dread", "tense", "insecure", "unsafe", "threatened", "jittery", "alarmed", "unnerving", "unnerved", "creepy", "vulnerable", "wary", "suspicious", "nerve-racking", "nerve-wracking", "uncertain",
            "uncertainty", "terrified", "petrified", "frightened", "frightening", "scary", "nervy", "jumpy", "rattled", "shaken", "panicking", "panic", "freaking", "edgy", "distrustful", "sceptical", "skeptical", "doubtful", "second-guessing", 
        ],
        &["on edge", "freaked out", "not safe", "on tenterhooks", "in limbo", "second guessing", "doubting yourself", "walking on eggshells", "losing sleep", "keeps you up", "kept you up"],
    ),
    (
        "concern",
        &[
            "concerned", "concern", "bothered", "bothers", "troubled", "troubling", "uncomfortable",
            "disturbed", "disturbing", "uneasy",
        ],
        &["bothers you", "weighing on you", "weighs on you", "on your mind", "playing on your mind", "eating at you", "eating you up", "gets to you", "getting to you", "got to you", "nagging at you"],
    ),
    (
        "sadness",
        &[
            "sad", "sadness", "disappointed", "disappointing", "disappointment", "discouraged", "discouraging",
            "disheartened", "disheartening", "deflated", "dejected", "gutted", "heartbroken", "upset",
            "unhappy", "miserable", "demoralised", "demoralized", "demoralising", "hopeless", "defeated",
            "grief", "grieving", "heartbreaking", "soul-destroying", "gutting", "devastated", "devastating", "crestfallen", "downhearted", "demoralizing", "dispiriting", "dispirited", "deflating", "glum", "despondent", "sorrow", "heartache",
        ],
        &[
            "feel down", "feeling down", "feel low", "feeling low", "let down",
        ],
    ),
    (
        "hurt",
        &[
            "hurt", "hurtful", "hurting", "stings", "sting", "stung", "wounded", "rejected", "rejection",
            "crushed", "slighted", "snubbed", "stinging", "bruised", "bruising", "wounding", "painful",
        ],
        &["stings a bit", "cut deep", "cuts deep", "slap in the face", "kick in the teeth", "punch in the gut"],
    ),
    (
        "shame",
        &[
            "embarrassed", "embarrassing", "embarrassment", "ashamed", "shame", "humiliated", "humiliating",
            "mortified", "awkward", "exposed", "self-conscious", "foolish", "sheepish", "humiliation", "mortifying", "cringe", "cringeworthy",
        ],
        &["put on the spot", "showed up", "feel stupid", "feel like an idiot", "feel like a fool", "feel like a fraud", "feel like a liar", "like a liar", "like a fraud", "like an idiot", "made to look", "look bad", "looking bad", "lose face", "losing face", "red-faced", "hung out to dry"],
    ),
    (
        "guilt",
        &["guilty", "guilt", "remorse", "regret", "sorry", "guilt-ridden", "regretful", "conscience"],
        &["feel bad", "feeling bad", "feel terrible"],
    ),
    (
        "isolation",
        &[
            "lonely", "loneliness", "isolated", "isolating", "isolation", "disconnected", "excluded", "alone",
            "cut-off", "isolating", "unwelcome", "sidelined", "outsider", "forgotten",
        ],
        &["left out", "out of the loop", "on your own", "cut off", "shut out", "kept at a distance", "at arm's length"],
    ),
    (
        "unappreciated",
        &[
            "unappreciated", "undervalued", "overlooked", "invisible", "unnoticed", "unrecognised",
            "unrecognized", "unseen", "unimportant", "unvalued", "forgotten", "ignored", "sidelined", "underappreciated", "unthanked", "thankless", "disregarded", "dismissive",
        ],
        &[
            "taken for granted", "not valued", "not appreciated", "not seen", "went unnoticed", "don't count",
            "does not count", "didn't count", "did not count",
        ],
    ),
    (
        "unheard",
        &[
            "dismissed", "unheard", "misunderstood", "silenced", "brushed", "misread", "unlistened", "overruled", "steamrolled", "bulldozed",
        ],
        &[
            "not heard", "not being heard", "not listened to", "talked over", "brushed off", "shut down",
        ],
    ),
    (
        "betrayal",
        &[
            "betrayed", "betrayal", "blindsided", "undermined", "cheated", "deceived", "misled", "abandoned", "exploited", "duped", "conned", "backstabbed", "double-crossed", "let-down",
        ],
        &["feel used", "feeling used", "lied to", "let down", "thrown under the bus", "stabbed in the back",
        ],
    ),
    (
        "overwhelm",
        &[
            "overwhelmed", "overwhelming", "stressed", "stressful", "stress", "swamped", "overloaded",
            "overstretched", "stretched", "pressured", "pressure", "drowning", "trapped", "cornered", "torn",
            "unsupported", "squeezed", "buried", "helpless", "powerless", "overworked", "frazzled", "frayed", "harried", "besieged", "suffocating", "smothered", "boxed", "overstretched",
        ],
        &[
            "under pressure", "stretched thin", "in over your head", "too much", "pulled in", "stressed out",
            "hands tied", "hands are tied", "caught in the middle", "stuck in the middle", "between a rock",
        ],
    ),
    (
        "tiredness",
        &[
            "tired", "exhausted", "exhausting", "exhaustion", "drained", "draining", "weary", "fatigued",
            "depleted", "burnout", "burnt-out", "burned-out", "sleepless", "knackered", "shattered", "wrecked", "fried", "run-down", "wiped", "jaded",
        ],
        &[
            "worn out", "worn down", "burnt out", "burned out", "run down", "wearing you down", "wiped out",
            "wear you down", "wears you down", "wearing on you", "wearing thin", "running on empty", "out of steam",
        ],
    ),
    (
        "confusion",
        &[
            "confused", "confusing", "confusion", "unsure", "puzzled", "bewildered", "baffled", "conflicted",
            "uncertain", "unclear", "disoriented", "mystified", "perplexed", "muddled", "torn", "ambivalent", "unclear", "lost",
        ],
        &[
            "feel lost", "feeling lost", "at a loss", "not sure", "in the dark",
        ],
    ),
    (
        "surprise",
        &["surprised", "shocked", "stunned", "startled", "blindsided", "floored", "astonished", "gobsmacked", "thrown"],
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
            "blamed", "accused", "attacked", "judged", "criticised", "criticized", "defensive", "scapegoated", "blamed", "targeted", "singled", "scolded", "reprimanded", "shamed",
        ],
        &["unfairly blamed", "singled out", "picked on", "told off", "thrown under the bus", "painted as", "made out to be", "cast as the villain", "the bad guy", "the villain", "the scapegoat"],
    ),
    (
        "distress",
        &[
            "awful", "painful", "rough", "tough", "unfair", "upsetting", "distressing", "distressed", "scary",
            "horrible", "terrible", "heavy", "brutal", "grim", "harsh", "bleak", "miserable", "nightmare", "stressful", "distressing", "hard-going",
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
            "happy", "glad", "excited", "delighted", "pleased", "thrilled", "joy", "enjoy", "enjoying", "chuffed", "elated", "overjoyed", "buzzing",
        ],
        &[],
    ),
    ("relief", &["relieved", "relief", "calm", "reassured"], &[]),
    (
        "pride",
        &["proud", "pride", "confident", "accomplished", "satisfied", "vindicated", "validated"],
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

/// Words that share a stem with a feeling but are not one: "silence" is what happened,
/// "silenced" how it felt.
const NOT_FEELINGS: &[&str] = &[
    "silence",
    "silent",
    "concerns",
    "concerning",
    "hopefully",
    "stressing",
    "pressures",
    "pressured",
    "stretch",
    "stretching",
    "trap",
    "crush",
    "hurting",
    "fears",
    "worrying",
    "targets",
];

/// The compiled lexicon.
pub struct Feelings {
    /// Each stem's family and every listed word with that stem.
    by_stem: SortedMap<String, (Family, Vec<&'static str>)>,
    /// Single words by their first letter, for replies typed with a slip ("frustating").
    by_initial: SortedMap<char, Vec<(&'static str, Family)>>,
    pub phrases: PatternSet<Family>,
}

/// The lexicon, compiled on first use.
pub fn lexicon() -> &'static Feelings {
    static LEXICON: OnceLock<Feelings> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut by_stem = SortedMap::new();
        let mut by_initial: SortedMap<char, Vec<(&'static str, Family)>> = SortedMap::new();
        for (family, words, _) in FAMILIES {
            for word in *words {
                by_stem
                    .get_or_insert_with(stem(word), || (*family, Vec::new()))
                    .1
                    .push(*word);
                if let Some(initial) = word.chars().next() {
                    by_initial.get_or_default(initial).push((*word, *family));
                }
            }
        }
        let phrases = PatternSet::new(
            FAMILIES
                .iter()
                .flat_map(|(family, _, multi)| multi.iter().map(|p| (*family, *p))),
        );
        Feelings {
            by_stem,
            by_initial,
            phrases,
        }
    })
}

impl Feelings {
    /// The family of a single word, by its stem.
    pub fn family_of_stem(&self, stem: &str) -> Option<Family> {
        self.by_stem.get(stem).map(|(family, _)| *family)
    }

    /// The family of a word in a reply: by its stem, or, for a longer word the lexicon does
    /// not know, a feeling word one slip away from it (two for long words), with the same
    /// first letter.
    pub fn family_of_word(&self, word: &Word) -> Option<Family> {
        if NOT_FEELINGS.contains(&word.norm.as_str()) {
            return None;
        }
        if let Some((family, known)) = self.by_stem.get(&word.stem) {
            return (!other_word_of_the_stem(known, &word.norm)).then_some(*family);
        }
        // Shorter words are too often other words one letter away ("shared", "better").
        let length = word.norm.chars().count();
        if length < 8 || !word.norm.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let allowed = if length >= 10 { 2 } else { 1 };
        let initial = word.norm.chars().next()?;
        self.by_initial
            .get(&initial)?
            .iter()
            .find_map(|(known, family)| {
                (known.len().abs_diff(word.norm.len()) <= allowed
                    && within_edits(known, &word.norm, allowed))
                .then_some(*family)
            })
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

/// A word that shares a feeling word's stem without being one of the listed words: the
/// feeling word with an "e" added ("mad", "made") or, for one ending "ed", the word it was
/// made from ("singled", "single"; "tired", "tire"; "supported", "support"; "valued",
/// "values"). "Stress" is a feeling because it is listed beside "stressed".
fn other_word_of_the_stem(known: &[&str], word: &str) -> bool {
    !known.contains(&word)
        && known.iter().any(|known| {
            let base = known.strip_suffix('d').filter(|_| known.ends_with("ed"));
            word.strip_suffix('e') == Some(known)
                || base.is_some_and(|base| {
                    word == base
                        || Some(word) == known.strip_suffix("ed")
                        || (!base.ends_with("ie") && word.strip_suffix('s') == Some(base))
                })
        })
}

/// Whether `a` becomes `b` in at most `limit` insertions, deletions, substitutions or swaps
/// of neighbouring letters (ASCII only; the caller checks).
fn within_edits(a: &str, b: &str, limit: usize) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // Three rows of the optimal-string-alignment table are enough.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current.iter().min().is_some_and(|m| *m > limit) {
            return false;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()] <= limit
}

/// Every family with its single words and phrases, for the content format's reference.
pub fn listing() -> impl Iterator<Item = (Family, &'static [&'static str], &'static [&'static str])>
{
    FAMILIES.iter().copied()
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
    fn slips_are_forgiven_and_look_alikes_are_not_feelings() {
        let lex = lexicon();
        let word = |w: &str| crate::coach::text::Text::new(w).words.remove(0);
        assert_eq!(lex.family_of_word(&word("frustating")), Some("frustration"));
        assert_eq!(lex.family_of_word(&word("embarassed")), Some("shame"));
        assert_eq!(lex.family_of_word(&word("dissapointed")), Some("sadness"));
        assert_eq!(lex.family_of_word(&word("silence")), None);
        assert_eq!(lex.family_of_word(&word("shared")), None);
        assert_eq!(lex.family_of_word(&word("better")), None);
        assert_eq!(lex.family_of_word(&word("meeting")), None);
        // Words that share a feeling's stem without being a form of it.
        for other in [
            "made", "single", "tire", "support", "values", "attack", "targets",
        ] {
            assert_eq!(lex.family_of_word(&word(other)), None, "{other}");
        }
        for form in [
            "thankless",
            "creepy",
            "mad",
            "singled",
            "tired",
            "tiring",
            "supported",
            "valued",
            "stress",
            "worries",
        ] {
            assert!(lex.family_of_word(&word(form)).is_some(), "{form}");
        }
        for felt in [
            "sting",
            "discouraging",
            "second-guessing",
            "gutting",
            "insulting",
        ] {
            assert!(lex.family_of_word(&word(felt)).is_some(), "{felt}");
        }
        assert!(within_edits("abcd", "abdc", 1));
        assert!(!within_edits("abcd", "dcba", 2));
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
