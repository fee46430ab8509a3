//! Turns a reply into words the coach can reason about: lower-cased, contractions
//! expanded ("you're" becomes "you are"), each word keeping the byte span of the text it
//! came from, grouped into sentences that know whether they ask a question.

use super::stem::stem;

/// One normalised word and where it came from in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lower-case form, contractions expanded ("don't" gives "do" then "not").
    pub norm: String,
    /// The stem of `norm`, for matching across inflections.
    pub stem: String,
    /// Byte offsets of the source token; both parts of a contraction share it.
    pub start: usize,
    pub end: usize,
    /// Index of the sentence this word belongs to.
    pub sentence: usize,
    /// A comma (or a bracket) stands between this word and the one before it: "…, isn't
    /// it?" is a tag, "isn't it" alone is not.
    pub after_comma: bool,
    /// Inside double quotation marks: someone's words being quoted ("all good", "soon").
    pub quoted: bool,
}

/// A sentence: a run of words ended by `.`, `!`, `?`, `;`, a colon or a line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Range of indices into the word list.
    pub words: std::ops::Range<usize>,
    /// Byte span from the first word to the end of its closing punctuation.
    pub start: usize,
    pub end: usize,
    /// Ends with a question mark.
    pub question_mark: bool,
}

/// A tokenised text.
#[derive(Debug, Clone, Default)]
pub struct Text {
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
}

impl Text {
    /// Tokenises `source`. Never panics, whatever the input.
    pub fn new(source: &str) -> Self {
        let mut text = Text::default();
        let mut sentence_start: Option<usize> = None;
        let mut first_word = 0;
        let mut chars = source.char_indices().peekable();
        let mut comma = false;
        let mut quoted = false;
        while let Some((start, c)) = chars.next() {
            if is_word_char(c) {
                let mut end = start + c.len_utf8();
                while let Some(&(i, next)) = chars.peek() {
                    let joins = is_word_char(next)
                        || (is_joiner(next)
                            && chars
                                .clone()
                                .nth(1)
                                .is_some_and(|(_, after)| is_word_char(after)));
                    if !joins {
                        break;
                    }
                    end = i + next.len_utf8();
                    chars.next();
                }
                sentence_start.get_or_insert(start);
                let index = text.sentences.len();
                for (part, norm) in expand(&source[start..end]).into_iter().enumerate() {
                    text.words.push(Word {
                        stem: stem(&norm),
                        norm,
                        start,
                        end,
                        sentence: index,
                        after_comma: comma && part == 0,
                        quoted,
                    });
                }
                comma = false;
            } else if matches!(c, ',' | '(' | ')') {
                comma = true;
            } else if matches!(c, '"' | '\u{201c}' | '\u{201d}') {
                quoted = match c {
                    '\u{201c}' => true,
                    '\u{201d}' => false,
                    _ => !quoted,
                };
            } else if c == '?'
                && quoted
                && chars
                    .peek()
                    .is_some_and(|(_, n)| matches!(n, '"' | '\u{201d}'))
            {
                // A question inside a quotation ("Can you handle?") does not end the sentence.
            } else if matches!(c, '.' | '!' | '?' | ';' | ':' | '\n' | '\u{2026}')
                || is_spaced_dash(source, start, c)
            {
                // An unclosed quotation mark does not make the rest of the reply a quote.
                comma = false;
                quoted = false;
                let question = c == '?';
                let end = start + c.len_utf8();
                if let Some(begin) = sentence_start.take() {
                    text.sentences.push(Sentence {
                        words: first_word..text.words.len(),
                        start: begin,
                        end,
                        question_mark: question,
                    });
                    first_word = text.words.len();
                } else if question {
                    // "right ?" or "?!" after a sentence already closed: the last sentence asks.
                    if let Some(last) = text.sentences.last_mut() {
                        last.question_mark = true;
                        last.end = end;
                    }
                }
            }
        }
        if let Some(begin) = sentence_start {
            let end = text.words.last().map_or(begin, |w| w.end);
            text.sentences.push(Sentence {
                words: first_word..text.words.len(),
                start: begin,
                end,
                question_mark: false,
            });
        }
        text
    }

    /// The words of sentence `index`.
    pub fn sentence_words(&self, index: usize) -> &[Word] {
        &self.words[self.sentences[index].words.clone()]
    }
}

/// A dash between spaces ("so you said no — have I got that?") ends a clause the way a
/// full stop does; a hyphen inside a word does not.
fn is_spaced_dash(source: &str, at: usize, c: char) -> bool {
    if !matches!(c, '\u{2014}' | '\u{2013}' | '-') {
        return false;
    }
    let before = source[..at].chars().next_back();
    let after = source[at + c.len_utf8()..].chars().next();
    before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Characters that join two word parts: apostrophes and hyphens inside a word.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '-' | '\u{2010}' | '\u{2011}'
    )
}

/// Pronouns and question words whose "'s" means "is" (or "us") rather than a possessive.
const S_IS: &[&str] = &[
    "it",
    "that",
    "there",
    "what",
    "he",
    "she",
    "who",
    "here",
    "where",
    "how",
    "this",
    "everything",
    "somebody",
    "anybody",
    "everybody",
    "anyone",
    "nothing",
    "something",
    "everyone",
    "nobody",
    "someone",
    "that",
];

/// The normalised word(s) of one token: lower-cased, apostrophes unified, contractions expanded.
fn expand(token: &str) -> Vec<String> {
    let lower: String = token
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            other => other,
        })
        .collect();
    let whole = |word: &str| vec![word.to_owned()];
    if let Some(parts) = unapostrophed(&lower) {
        return parts.iter().map(|p| (*p).to_owned()).collect();
    }
    match lower.as_str() {
        "can't" | "cannot" => return vec!["can".into(), "not".into()],
        "won't" => return vec!["will".into(), "not".into()],
        "shan't" => return vec!["shall".into(), "not".into()],
        "ain't" => return vec!["is".into(), "not".into()],
        "let's" => return vec!["let".into(), "us".into()],
        "y'all" => return whole("you"),
        _ => {}
    }
    let Some((base, suffix)) = lower.rsplit_once('\'') else {
        return whole(&lower);
    };
    if base.is_empty() {
        return whole(suffix);
    }
    let expanded = match suffix {
        "t" if base.ends_with('n') => Some((base.trim_end_matches('n').to_owned(), "not")),
        "re" => Some((base.to_owned(), "are")),
        "ve" => Some((base.to_owned(), "have")),
        "ll" => Some((base.to_owned(), "will")),
        "d" => Some((base.to_owned(), "would")),
        "m" => Some((base.to_owned(), "am")),
        "s" if S_IS.contains(&base) => Some((base.to_owned(), "is")),
        "s" | "" => return whole(base),
        _ => None,
    };
    match expanded {
        Some((head, tail)) => vec![head, tail.to_owned()],
        None => whole(&lower),
    }
}

/// Contractions typed without their apostrophe ("dont", "youre", "itll"), as people do
/// on phones. Only forms that are not also ordinary words ("well", "ill", "were", "id",
/// "hell", "shell" and "wont" stay as they are).
fn unapostrophed(word: &str) -> Option<&'static [&'static str]> {
    Some(match word {
        "dont" => &["do", "not"],
        "doesnt" => &["does", "not"],
        "didnt" => &["did", "not"],
        "isnt" => &["is", "not"],
        "arent" => &["are", "not"],
        "wasnt" => &["was", "not"],
        "werent" => &["were", "not"],
        "havent" => &["have", "not"],
        "hasnt" => &["has", "not"],
        "hadnt" => &["had", "not"],
        "cant" => &["can", "not"],
        "couldnt" => &["could", "not"],
        "wouldnt" => &["would", "not"],
        "shouldnt" => &["should", "not"],
        "mustnt" => &["must", "not"],
        "im" => &["i", "am"],
        "ive" => &["i", "have"],
        "youre" => &["you", "are"],
        "youve" => &["you", "have"],
        "youll" => &["you", "will"],
        "youd" => &["you", "would"],
        "theyre" => &["they", "are"],
        "theyve" => &["they", "have"],
        "theyll" => &["they", "will"],
        "theyd" => &["they", "would"],
        "weve" => &["we", "have"],
        "itll" => &["it", "will"],
        "itd" => &["it", "would"],
        "thats" => &["that", "is"],
        "whats" => &["what", "is"],
        "theres" => &["there", "is"],
        "hes" => &["he", "is"],
        "shes" => &["she", "is"],
        "wheres" => &["where", "is"],
        "whos" => &["who", "is"],
        "hows" => &["how", "is"],
        "thatll" => &["that", "will"],
        "u" | "ya" => &["you"],
        "its" => &["it", "is"],
        "ur" | "yr" => &["your"],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &Text) -> Vec<&str> {
        text.words.iter().map(|w| w.norm.as_str()).collect()
    }

    #[test]
    fn expands_contractions_and_keeps_spans() {
        let source = "You’re worried they won't call, aren't you?";
        let text = Text::new(source);
        assert_eq!(
            norms(&text),
            ["you", "are", "worried", "they", "will", "not", "call", "are", "not", "you"]
        );
        assert_eq!(&source[text.words[0].start..text.words[0].end], "You’re");
        assert_eq!(text.sentences.len(), 1);
        assert!(text.sentences[0].question_mark);
    }

    #[test]
    fn possessives_lose_their_s_but_pronouns_gain_is() {
        let text = Text::new("It's Kenji's pull request; that's one-to-one work");
        assert_eq!(
            norms(&text),
            [
                "it",
                "is",
                "kenji",
                "pull",
                "request",
                "that",
                "is",
                "one-to-one",
                "work"
            ]
        );
        assert_eq!(text.sentences.len(), 2);
    }

    #[test]
    fn splits_sentences_and_marks_questions() {
        let text = Text::new("So you feel stuck. Is that right ?  Okay");
        let asks: Vec<_> = text.sentences.iter().map(|s| s.question_mark).collect();
        assert_eq!(asks, [false, true, false]);
        assert_eq!(text.sentence_words(1).len(), 3);
    }

    #[test]
    fn handles_odd_input() {
        for source in [
            "",
            "   ",
            "???",
            "'",
            "-'-",
            "😀 👍",
            "مرحبا بك؟",
            "a'",
            "'s",
        ] {
            let text = Text::new(source);
            for word in &text.words {
                assert!(source.is_char_boundary(word.start) && source.is_char_boundary(word.end));
            }
        }
    }
}
