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
    known
        .into_iter()
        .map(|k| (distance(word, k), k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
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
}
