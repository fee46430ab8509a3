//! Rapport's plain-text content format, before it means anything: lines of `key: value`,
//! `#` comments, and bodies indented under a key (continued text, or nested keys). Every
//! node remembers its line and column so later checks can point at the exact spot.
//!
//! ```text
//! drill: late-pings
//! message: I keep getting pinged at 10pm
//!   and I can never switch off.
//! ```

use super::diagnostic::Diagnostic;

/// The most lines a document may have, so a hostile file cannot exhaust memory or time.
pub const MAX_LINES: usize = 20_000;

/// One line inside a node's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyLine<'a> {
    pub number: usize,
    /// Leading spaces.
    pub indent: usize,
    /// The text without its indentation; empty for a blank line.
    pub text: &'a str,
}

/// `key: value`, with the lines indented beneath it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node<'a> {
    pub key: &'a str,
    pub value: &'a str,
    pub line: usize,
    /// 1-based column of the key.
    pub column: usize,
    pub indent: usize,
    pub body: Vec<BodyLine<'a>>,
}

impl<'a> Node<'a> {
    /// The 1-based column where the value starts.
    pub fn value_column(&self) -> usize {
        self.column + self.key.chars().count() + 2
    }

    /// The value and its continuation lines as one text: lines joined by spaces, blank
    /// lines kept as paragraph breaks.
    pub fn text(&self) -> String {
        let mut out = self.value.trim().to_owned();
        let mut blank = false;
        for line in &self.body {
            if line.text.is_empty() {
                blank = true;
                continue;
            }
            if !out.is_empty() {
                out.push_str(if blank { "\n\n" } else { " " });
            }
            blank = false;
            out.push_str(line.text.trim_end());
        }
        out
    }

    /// The body read as nested nodes.
    pub fn children(&self, file: &str) -> Result<Vec<Node<'a>>, Diagnostic> {
        first_problem(self.children_all(file))
    }

    /// The body read as nested nodes, a line that is not one left out and reported, so
    /// that one bad line does not hide the problems of the lines around it.
    pub fn children_all(&self, file: &str) -> (Vec<Node<'a>>, Vec<Diagnostic>) {
        nodes(file, self.body.iter().cloned())
    }
}

/// The nodes, or the first problem when there is one.
fn first_problem<'a>(
    (nodes, problems): (Vec<Node<'a>>, Vec<Diagnostic>),
) -> Result<Vec<Node<'a>>, Diagnostic> {
    match problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(nodes),
    }
}

/// Splits a document into its top-level nodes.
pub fn parse<'a>(file: &str, source: &'a str) -> Result<Vec<Node<'a>>, Diagnostic> {
    parse_from(file, source, 0)
}

/// The same for a document that is part of a larger file, after `before` lines of it, so
/// that every line number is the file's.
pub fn parse_from<'a>(
    file: &str,
    source: &'a str,
    before: usize,
) -> Result<Vec<Node<'a>>, Diagnostic> {
    first_problem(parse_all_from(file, source, before))
}

/// The same, reading past lines that are not `key: value` (or indented with a tab): each
/// is left out and reported, and the rest is read, so that every problem of a file can be
/// found in one pass. A file over [`MAX_LINES`] is refused at that line, unread beyond it.
pub fn parse_all_from<'a>(
    file: &str,
    source: &'a str,
    before: usize,
) -> (Vec<Node<'a>>, Vec<Diagnostic>) {
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (index, raw) in source.split_inclusive('\n').enumerate() {
        let number = before + index + 1;
        if number > MAX_LINES {
            let limit = Diagnostic::new(
                file,
                number,
                1,
                format!("the file is longer than {MAX_LINES} lines"),
            )
            .fix("split it into several files");
            return (Vec::new(), vec![limit]);
        }
        let raw = unended(raw);
        let text = raw.trim_start_matches(' ');
        let indent = raw.len() - text.len();
        if text.starts_with('\t') {
            problems.push(
                Diagnostic::new(file, number, indent + 1, "a tab is used for indentation")
                    .fix("indent with spaces (two per level)"),
            );
            continue;
        }
        if text.trim_start().starts_with('#') {
            continue;
        }
        lines.push(BodyLine {
            number,
            indent,
            text: if text.trim().is_empty() { "" } else { text },
        });
    }
    let (nodes, found) = nodes(file, lines.into_iter());
    problems.extend(found);
    crate::order::sort_by_key(&mut problems, |p| p.line);
    (nodes, problems)
}

/// Groups lines into nodes: a line at the smallest indentation starts a node, deeper
/// lines (and blank lines) belong to its body. A line at that indentation that is not
/// `key: value` is reported and left out, with what is indented under it.
fn nodes<'a>(
    file: &str,
    lines: impl Iterator<Item = BodyLine<'a>>,
) -> (Vec<Node<'a>>, Vec<Diagnostic>) {
    let lines: Vec<BodyLine<'a>> = lines.collect();
    let mut problems = Vec::new();
    let Some(base) = lines
        .iter()
        .filter(|l| !l.text.is_empty())
        .map(|l| l.indent)
        .min()
    else {
        return (Vec::new(), problems);
    };
    let mut out: Vec<Node<'a>> = Vec::new();
    // Whether the lines indented under the last line at `base` belong to a node: not when
    // that line was left out, since its body would be taken for the node before it.
    let mut open = true;
    for line in lines {
        if line.text.is_empty() || line.indent > base {
            match out.last_mut() {
                Some(node) if open => node.body.push(line),
                _ => continue,
            }
            continue;
        }
        let Some((key, value)) = split_key(line.text) else {
            problems.push(Diagnostic::new(file, line.number, line.indent + 1, format!("expected `key: value`, found \u{201c}{}\u{201d}", preview(line.text)))
                .fix("start the line with a lower-case key and a colon, or indent it to continue the text above"));
            open = false;
            continue;
        };
        open = true;
        out.push(Node {
            key,
            value,
            line: line.number,
            column: line.indent + 1,
            indent: line.indent,
            body: Vec::new(),
        });
    }
    // Trailing blank lines are not part of a body.
    for node in &mut out {
        while node.body.last().is_some_and(|l| l.text.is_empty()) {
            node.body.pop();
        }
    }
    (out, problems)
}

/// A line without its ending: `\n` or `\r\n`, and one `\r` more, for a file saved with
/// `\r\r\n`.
fn unended(line: &str) -> &str {
    let line = line.strip_suffix('\n').unwrap_or(line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    line.strip_suffix('\r').unwrap_or(line)
}

/// The key of an unindented line, given with its ending, when this reader reads the line
/// as `key: value`: the pack's cut asks it where a drill starts, so the cut and the drill
/// reader cannot disagree.
pub(crate) fn key_of(line: &str) -> Option<&str> {
    split_key(unended(line)).map(|(key, _)| key)
}

fn split_key(text: &str) -> Option<(&str, &str)> {
    let (key, rest) = text.split_once(':')?;
    let valid = key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid || !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((key, rest.trim()))
}

fn preview(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}\u{2026}")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# a comment\ndrill: late-pings\nmessage: I keep getting pinged\n  at 10pm.\n\n  Every night.\nbeat: start\n  says: Hello\n  choice: Hi\n    next: end\n";

    #[test]
    fn reads_keys_values_and_bodies() {
        let nodes = parse("x.txt", DOC).unwrap();
        let keys: Vec<_> = nodes.iter().map(|n| (n.key, n.line)).collect();
        assert_eq!(keys, [("drill", 2), ("message", 3), ("beat", 7)]);
        assert_eq!(
            nodes[1].text(),
            "I keep getting pinged at 10pm.\n\nEvery night."
        );
        assert_eq!(nodes[1].value_column(), 10);
        let beat = nodes[2].children("x.txt").unwrap();
        assert_eq!(
            beat.iter().map(|n| n.key).collect::<Vec<_>>(),
            ["says", "choice"]
        );
        let choice = beat[1].children("x.txt").unwrap();
        assert_eq!(
            (
                choice[0].key,
                choice[0].value,
                choice[0].line,
                choice[0].column
            ),
            ("next", "end", 10, 5)
        );
    }

    #[test]
    fn explains_bad_lines() {
        let err = parse("x.txt", "drill: a\nThis line has no key\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(err.message.contains("expected `key: value`"));
        let err = parse("x.txt", "drill: a\n\tkind: x\n").unwrap_err();
        assert!(err.message.contains("tab"));
        assert!(parse("x.txt", "Drill: a").is_err());
        assert!(parse("x.txt", "note:no space").is_err());
    }

    #[test]
    fn a_part_of_a_file_keeps_the_files_line_numbers() {
        let nodes = parse_from("x.txt", "drill: a\n\nmessage: Hi\n  there\n", 40).unwrap();
        let lines: Vec<_> = nodes.iter().map(|n| (n.key, n.line)).collect();
        assert_eq!(lines, [("drill", 41), ("message", 43)]);
        assert_eq!(nodes[1].body[0].number, 44);
        let err = parse_from("x.txt", "drill: a\nno key here\n", 40).unwrap_err();
        assert_eq!((err.line, err.column), (42, 1));
    }

    #[test]
    fn every_bad_line_is_reported_and_the_rest_read() {
        let doc = "drill: a\nno key here\n  indented under it\n\tkind: x\ntitle: T\nAlso: bad\n";
        let (nodes, problems) = parse_all_from("x.txt", doc, 0);
        let places: Vec<_> = problems.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(places, [(2, 1), (4, 1), (6, 1)]);
        assert!(problems[1].message.contains("tab"));
        let keys: Vec<_> = nodes
            .iter()
            .map(|n| (n.key, n.line, n.body.len()))
            .collect();
        assert_eq!(keys, [("drill", 1, 0), ("title", 5, 0)]);
        // The first problem is what the strict reader gives.
        assert_eq!(parse("x.txt", doc).unwrap_err(), problems[0]);
    }

    #[test]
    fn empty_and_comment_only_documents_have_no_nodes() {
        assert_eq!(parse("x.txt", "").unwrap(), vec![]);
        assert_eq!(parse("x.txt", "# only\n\n   \n").unwrap(), vec![]);
    }
}
