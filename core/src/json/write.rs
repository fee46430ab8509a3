//! Writes a [`Json`] value as text, compact for storage or indented for an export file,
//! the way serde_json did: object keys in sorted order, only the characters JSON requires
//! escaped, a float always with its decimal point.

use std::fmt::Write;

use super::Json;
use crate::order::sort_by;

impl Json {
    /// Compact text, as stored.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// Text indented by two spaces a level, for a file a person may open.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    /// Writes the value; `indent` is the current level when pretty, `None` when compact.
    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Json::Float(x) => float(out, *x),
            Json::Str(s) => string(out, s),
            Json::Arr(items) => {
                let items: Vec<_> = items.iter().map(|item| (None, item)).collect();
                list(out, ('[', ']'), &items, indent);
            }
            Json::Obj(members) => {
                let mut members: Vec<_> =
                    members.iter().map(|(k, v)| (Some(k.as_str()), v)).collect();
                sort_by(&mut members, |a, b| a.0.cmp(&b.0));
                list(out, ('{', '}'), &members, indent);
            }
        }
    }
}

/// An array's items or an object's members (with their keys) between `brackets`.
fn list(
    out: &mut String,
    brackets: (char, char),
    items: &[(Option<&str>, &Json)],
    indent: Option<usize>,
) {
    out.push(brackets.0);
    let inner = indent.map(|level| level + 1);
    for (i, (key, value)) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        new_line(out, inner);
        if let Some(key) = key {
            string(out, key);
            out.push_str(if indent.is_some() { ": " } else { ":" });
        }
        value.write(out, inner);
    }
    if !items.is_empty() {
        new_line(out, indent);
    }
    out.push(brackets.1);
}

fn new_line(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A float to six decimal places at most, trailing zeros dropped, with its point kept
/// ("2.5", "600000.0"). Rapport's floats are review intervals, ease factors and timer
/// milliseconds, for which a millionth is far below what matters, and this needs no float
/// formatting code. Not a number, which JSON cannot hold, is written as `null`, as before.
fn float(out: &mut String, x: f64) {
    let millionths = (x * 1e6).round();
    if !millionths.is_finite() || millionths.abs() >= 9e18 {
        if x.is_finite() {
            let _ = write!(out, "{}.0", x.round() as i64);
        } else {
            out.push_str("null");
        }
        return;
    }
    let millionths = millionths as i64;
    let (whole, fraction) = (
        millionths / 1_000_000,
        (millionths % 1_000_000).unsigned_abs(),
    );
    let sign = if millionths < 0 && whole == 0 {
        "-"
    } else {
        ""
    };
    let mut digits = format!("{fraction:06}");
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let _ = write!(out, "{sign}{whole}.{digits}");
}
