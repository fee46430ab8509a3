//! Problems found in a content file, said the way a good compiler says them: where
//! (file, line, column), what is wrong in plain words, and how to fix it.

use std::fmt;

use serde::Serialize;

/// One problem in a content file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    pub message: String,
    /// A suggestion, when there is an obvious one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Diagnostic {
    pub fn new(file: &str, line: usize, column: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line,
            column,
            message: message.into(),
            fix: None,
        }
    }

    /// Where the problem is, in words: "Line 3, column 1", or "The whole file".
    pub fn place(&self) -> String {
        if self.line == 0 {
            "The whole file".to_owned()
        } else {
            format!("Line {}, column {}", self.line, self.column)
        }
    }

    /// Adds a suggested fix.
    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        if let Some(fix) = &self.fix {
            write!(f, "\n  fix: {fix}")?;
        }
        Ok(())
    }
}

/// The known word closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    nearest(word, known, |k| (k.chars().count() / 3).max(1))
}

/// The key an unknown `key` was most likely meant to be: a key the block needs and lacks,
/// when one is near enough, before any other known key. A typo of a required key is
/// why that key is missing, so it is reported once, as the typo, with this as its fix;
/// the looser bar for those keys lets a worse typo still find the key it stands for.
pub fn meant<'a>(key: &str, missing: &[&'a str], known: &[&'a str]) -> Option<&'a str> {
    nearest(key, missing.iter().copied(), |k| {
        (k.chars().count() / 2).max(1)
    })
    .or_else(|| closest(key, known.iter().copied()))
}

fn nearest<'a>(
    word: &str,
    known: impl IntoIterator<Item = &'a str>,
    bar: impl Fn(&str) -> usize,
) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (distance(word, k), k))
        .filter(|(d, k)| *d <= bar(k))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Edits between two words, in characters, a swap of two neighbours counting as one: the
/// commonest typo (`titel:`, `wyh:`) is then as near as a missing letter.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Three rows of the optimal-string-alignment table: two back, one back, this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (previous[j - 1] + cost)
                .min(row[j - 1] + 1)
                .min(previous[j] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, row);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_a_compiler() {
        let d = Diagnostic::new("content/drills/x.txt", 12, 7, "unknown theme `empaty`")
            .fix("write `empathy`");
        assert_eq!(
            d.to_string(),
            "content/drills/x.txt:12:7: unknown theme `empaty`\n  fix: write `empathy`"
        );
    }

    #[test]
    fn suggests_near_misses_only() {
        let known = ["empathy", "transparency", "accountability"];
        assert_eq!(closest("empaty", known), Some("empathy"));
        assert_eq!(closest("transparancy", known), Some("transparency"));
        assert_eq!(closest("banana", known), None);
    }

    #[test]
    fn a_swap_of_two_letters_is_one_edit() {
        assert_eq!(distance("titel", "title"), 1);
        assert_eq!(distance("wyh", "why"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(closest("titel", ["title", "themes"]), Some("title"));
    }

    #[test]
    fn a_typo_is_taken_first_for_a_key_that_is_missing() {
        let known = ["title", "themes", "point", "post"];
        // `pont` is as near `point` as `post`; only `post` is missing.
        assert_eq!(closest("pont", known), Some("point"));
        assert_eq!(meant("pont", &["post"], &known), Some("post"));
        // Farther than a typo of a present key may be, but near enough for a missing one.
        assert_eq!(closest("feeligs", ["feelings"]), Some("feelings"));
        assert_eq!(closest("flngs", ["feelings"]), None);
        assert_eq!(
            meant("flngs", &["feelings"], &["feelings"]),
            Some("feelings")
        );
        assert_eq!(meant("banana", &["feelings"], &known), None);
    }
}
