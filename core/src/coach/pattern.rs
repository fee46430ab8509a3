//! Phrase patterns over normalised words, the building block of every lexicon rule.
//!
//! A pattern is a space-separated list of steps:
//! - `word` matches that normalised word; `a|b|c` matches any of them;
//! - `~word` matches any word with the same stem;
//! - `*` matches any one word; `..` skips up to eight words;
//! - `!a|b` (zero-width) requires that the next word is none of them;
//! - a leading `^` anchors the pattern at the start of a sentence, after discourse
//!   fillers such as "so", "well" or "honestly"; a trailing `$` anchors it at the end.
//!
//! Matching never crosses a sentence boundary.

use crate::sorted::SortedMap;

use super::stem::stem;
use super::text::Word;

/// Words that may open a sentence without changing what it does.
const FILLERS: &[&str] = &[
    "so", "well", "ok", "okay", "honestly", "look", "and", "but", "oh", "hey", "yeah", "yes",
    "right", "then", "now", "ha", "hmm", "um", "just", "please", "listen", "anyway", "also",
    "still", "maybe", "perhaps", "sorry", "oof", "ugh", "ah", "wow", "aw", "aww", "gosh", "mm",
    // Interjections the clause reader skips too ("Wait, just so I'm following, …").
    "wait", "alright", "hm", "mmm", "uh", "er", "erm", "yep", "ooh", "ohh", "ahh", "eek", "phew",
    "yikes", "jeez", "blimey", "crikey", "argh", "urgh", "haha", "lol", "dang", "sigh", "uff",
    "pfff", "ouch",
];

#[derive(Debug, Clone)]
enum Step {
    Words(Vec<String>),
    Stem(String),
    Any,
    Gap,
    Not(Vec<String>),
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    steps: Vec<Step>,
    at_start: bool,
    at_end: bool,
    /// The source text, for diagnostics and tests.
    pub source: &'static str,
}

/// Where a pattern matched: a range of word indices (end exclusive) in the searched slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub first: usize,
    pub end: usize,
}

impl Pattern {
    /// Compiles `source`; the syntax is checked by the lexicon tests.
    pub fn new(source: &'static str) -> Self {
        let mut at_start = false;
        let mut at_end = false;
        let mut steps = Vec::new();
        for part in source.split_whitespace() {
            match part {
                "^" => at_start = true,
                "$" => at_end = true,
                "*" => steps.push(Step::Any),
                ".." => steps.push(Step::Gap),
                _ if part.starts_with('!') => {
                    steps.push(Step::Not(part[1..].split('|').map(str::to_owned).collect()))
                }
                _ if part.starts_with('~') => steps.push(Step::Stem(stem(&part[1..]))),
                _ => steps.push(Step::Words(part.split('|').map(str::to_owned).collect())),
            }
        }
        Self {
            steps,
            at_start,
            at_end,
            source,
        }
    }

    /// The first match in one sentence's words, if any.
    pub fn find(&self, words: &[Word]) -> Option<Match> {
        let last = if self.at_start {
            skipped_fillers(words)
        } else {
            words.len().saturating_sub(1)
        };
        (0..=last).find_map(|first| self.match_at(words, first))
    }

    /// A match starting exactly at word `first`, if the pattern allows starting there.
    fn match_at(&self, words: &[Word], first: usize) -> Option<Match> {
        // Fillers are optional: "just send" matches `^ just send` and `^ send`.
        if self.at_start && first > skipped_fillers(words) {
            return None;
        }
        self.match_from(words, first, 0)
            .map(|end| Match { first, end })
    }

    /// Every non-overlapping match in one sentence's words.
    pub fn find_all(&self, words: &[Word]) -> Vec<Match> {
        let mut found = Vec::new();
        let mut from = 0;
        while from < words.len() {
            let Some(m) = self.find(&words[from..]) else {
                break;
            };
            let m = Match {
                first: m.first + from,
                end: m.end + from,
            };
            found.push(m);
            if self.at_start {
                break;
            }
            from = m.end.max(m.first + 1);
        }
        found
    }

    fn match_from(&self, words: &[Word], at: usize, step: usize) -> Option<usize> {
        let Some(current) = self.steps.get(step) else {
            return (!self.at_end || at == words.len()).then_some(at);
        };
        match current {
            Step::Gap => (0..=8).find_map(|skip| {
                (at + skip <= words.len())
                    .then(|| self.match_from(words, at + skip, step + 1))
                    .flatten()
            }),
            Step::Not(banned) => {
                let next = words.get(at).map(|w| w.norm.as_str());
                if next.is_some_and(|n| banned.iter().any(|b| b == n)) {
                    None
                } else {
                    self.match_from(words, at, step + 1)
                }
            }
            _ => {
                let word = words.get(at)?;
                let ok = match current {
                    Step::Words(options) => options.contains(&word.norm),
                    Step::Stem(s) => *s == word.stem,
                    _ => true,
                };
                if ok {
                    self.match_from(words, at + 1, step + 1)
                } else {
                    None
                }
            }
        }
    }
}

/// How many discourse fillers open the sentence.
fn skipped_fillers(words: &[Word]) -> usize {
    (0..words.len())
        .take_while(|&i| {
            FILLERS.contains(&words[i].norm.as_str())
                && !(words[i].norm == "well" && words.get(i + 1).is_some_and(|w| w.norm == "done"))
        })
        .count()
}

/// Many tagged patterns, indexed by their first word so that a sentence is matched
/// against only the patterns that can start at each of its words.
#[derive(Debug, Clone)]
pub struct PatternSet<T> {
    patterns: Vec<(T, Pattern)>,
    by_word: SortedMap<String, Vec<usize>>,
    by_stem: SortedMap<String, Vec<usize>>,
    /// Patterns that open with a wildcard, a gap or a negation: tried everywhere.
    general: Vec<usize>,
}

impl<T: Copy> PatternSet<T> {
    /// Compiles `(tag, pattern)` pairs.
    pub fn new(items: impl IntoIterator<Item = (T, &'static str)>) -> Self {
        let mut set = Self {
            patterns: Vec::new(),
            by_word: SortedMap::new(),
            by_stem: SortedMap::new(),
            general: Vec::new(),
        };
        for (tag, source) in items {
            let index = set.patterns.len();
            let pattern = Pattern::new(source);
            match pattern.steps.first() {
                Some(Step::Words(options)) => {
                    for option in options {
                        set.by_word.get_or_default(option.clone()).push(index);
                    }
                }
                Some(Step::Stem(s)) => set.by_stem.get_or_default(s.clone()).push(index),
                _ => set.general.push(index),
            }
            set.patterns.push((tag, pattern));
        }
        set
    }

    /// Every pattern's non-overlapping matches, ordered by pattern then position, each
    /// with the pattern's tag.
    pub fn find_all(&self, words: &[Word]) -> Vec<(T, Match)> {
        self.find_from(words, words.len())
    }

    /// Like [`find_all`](Self::find_all), for matches that start within the first `starts`
    /// words only (an opener is looked for at the start of a clause, not in all of it).
    pub fn find_opening(&self, words: &[Word], starts: usize) -> Vec<(T, Match)> {
        self.find_from(words, starts.min(words.len()))
    }

    fn find_from(&self, words: &[Word], starts: usize) -> Vec<(T, Match)> {
        let mut raw: Vec<(usize, Match)> = Vec::new();
        for (first, word) in words.iter().enumerate().take(starts) {
            let candidates = self
                .by_word
                .get(word.norm.as_str())
                .into_iter()
                .chain(self.by_stem.get(word.stem.as_str()))
                .flatten();
            for &index in candidates {
                if let Some(m) = self.patterns[index].1.match_at(words, first) {
                    raw.push((index, m));
                }
            }
        }
        for &index in &self.general {
            let pattern = &self.patterns[index].1;
            raw.extend(
                (0..starts)
                    .filter_map(|first| pattern.match_at(words, first))
                    .map(|m| (index, m)),
            );
        }
        crate::order::sort_by_key(&mut raw, |(index, m)| (*index, m.first));
        let mut kept: Vec<(usize, Match)> = Vec::with_capacity(raw.len());
        for (index, m) in raw {
            let overlaps = kept
                .last()
                .is_some_and(|(i, k)| *i == index && m.first < k.end.max(k.first + 1));
            let anchored_again =
                self.patterns[index].1.at_start && kept.last().is_some_and(|(i, _)| *i == index);
            if !overlaps && !anchored_again {
                kept.push((index, m));
            }
        }
        kept.into_iter()
            .map(|(index, m)| (self.patterns[index].0, m))
            .collect()
    }

    /// Whether any pattern matches.
    pub fn any(&self, words: &[Word]) -> bool {
        !self.find_all(words).is_empty()
    }

    /// How many patterns the set holds.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::text::Text;

    fn find(pattern: &'static str, source: &str) -> Option<(usize, usize)> {
        let text = Text::new(source);
        Pattern::new(pattern)
            .find(&text.words)
            .map(|m| (m.first, m.end))
    }

    #[test]
    fn words_alternatives_and_stems() {
        assert_eq!(
            find("do not worry", "Oh, don't worry about it"),
            Some((1, 4))
        );
        assert_eq!(
            find("you are ~frustrate", "You're frustrated"),
            Some((0, 3))
        );
        assert_eq!(find("why not|do", "why do that"), Some((0, 2)));
        assert_eq!(find("it will be fine", "it will be okay"), None);
    }

    #[test]
    fn anchors_skip_fillers() {
        assert_eq!(find("^ send", "Just send it"), Some((1, 2)));
        assert_eq!(find("^ send", "So, just send it"), Some((2, 3)));
        assert_eq!(find("^ send", "You could send it"), None);
        assert_eq!(find("right $", "is that right"), Some((2, 3)));
        assert_eq!(find("right $", "right now"), None);
    }

    #[test]
    fn a_set_finds_what_its_patterns_find_separately() {
        let sources = [
            "do not worry",
            "^ send",
            "* it",
            "~worry",
            "i am sure",
            "it will be fine",
        ];
        let set = PatternSet::new(sources.iter().enumerate().map(|(i, s)| (i, *s)));
        for text in [
            "Don't worry, I'm sure it will be fine. Just send it",
            "worried worrying it it",
            "send send",
        ] {
            let text = Text::new(text);
            for sentence in 0..text.sentences.len() {
                let words = text.sentence_words(sentence);
                let mut separate = Vec::new();
                for (i, source) in sources.iter().enumerate() {
                    separate.extend(
                        Pattern::new(source)
                            .find_all(words)
                            .into_iter()
                            .map(|m| (i, m)),
                    );
                }
                assert_eq!(set.find_all(words), separate);
            }
        }
    }

    #[test]
    fn gaps_wildcards_and_negation() {
        assert_eq!(
            find("if you .. will", "if you keep going they'll stop"),
            Some((0, 6))
        );
        assert_eq!(find("you might !be|feel", "you might be tired"), None);
        assert_eq!(find("you might !be|feel", "you might ask"), Some((0, 2)));
        assert_eq!(find("you * it", "you did it"), Some((0, 3)));
    }
}
