//! Splits a reply into segments for display, each carrying the hints that point at it,
//! so the UI can mark the words that triggered each hint without any logic of its own.

use super::report::{Hint, HintKind};

/// A run of the reply (byte offsets) and the indices of the hints that cover it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub hints: Vec<usize>,
}

/// Whether a hint points at particular words (rather than at the reply as a whole).
pub fn is_marked(hint: &Hint) -> bool {
    hint.kind != HintKind::TryNext && hint.code != "captured_point"
}

/// The reference number (1, 2, …) of each marked hint, shown on its words and in the list.
pub fn numbers(hints: &[Hint]) -> Vec<Option<usize>> {
    let mut next = 0;
    hints
        .iter()
        .map(|h| {
            is_marked(h).then(|| {
                next += 1;
                next
            })
        })
        .collect()
}

/// A label for a marked hint, read by screen readers after the marked words.
pub fn label(hint: &Hint, number: usize) -> String {
    let kind = match hint.kind {
        HintKind::WentWell => "went well",
        HintKind::GotInTheWay => "got in the way",
        HintKind::TryNext => "try next",
    };
    format!("hint {number}, {kind}: {}", hint.code.replace('_', " "))
}

/// The reply cut at every marked hint's edges; unmarked runs have no hints.
pub fn segments(response: &str, hints: &[Hint]) -> Vec<Segment> {
    let marked: Vec<(usize, &Hint)> = hints
        .iter()
        .enumerate()
        .filter(|(_, h)| is_marked(h))
        .collect();
    let fits = |(start, end): &(usize, usize)| start < end && *end <= response.len();
    let mut cuts = vec![0, response.len()];
    for (_, hint) in &marked {
        for (start, end) in hint.spans().filter(fits) {
            cuts.extend([start, end]);
        }
    }
    cuts.retain(|c| response.is_char_boundary(*c));
    crate::order::sort(&mut cuts);
    cuts.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let covering: Vec<usize> = marked
            .iter()
            .filter(|(_, h)| {
                h.spans()
                    .filter(fits)
                    .any(|(from, to)| from <= start && end <= to)
            })
            .map(|(i, _)| *i)
            .collect();
        match out.last_mut() {
            Some(last) if last.hints == covering => last.end = end,
            _ => out.push(Segment {
                start,
                end,
                hints: covering,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::assess;

    #[test]
    fn segments_cover_the_reply_and_carry_their_hints() {
        let reply = "Don't worry, it sounds exhausting. You should rest.";
        let a = assess("I was up all night on the report.", reply, None);
        let parts = segments(reply, &a.hints);
        let joined: String = parts.iter().map(|s| &reply[s.start..s.end]).collect();
        assert_eq!(joined, reply);
        let marked: Vec<(&str, Vec<&str>)> = parts
            .iter()
            .filter(|s| !s.hints.is_empty())
            .map(|s| {
                (
                    &reply[s.start..s.end],
                    s.hints.iter().map(|i| a.hints[*i].code).collect(),
                )
            })
            .collect();
        assert!(
            marked.contains(&("Don't worry", vec!["reassuring"])),
            "{marked:?}"
        );
        assert!(
            marked.contains(&("You should", vec!["advising"])),
            "{marked:?}"
        );
        assert!(marked
            .iter()
            .any(|(text, codes)| *text == "exhausting" && codes.contains(&"named_feeling")));
    }

    #[test]
    fn overlapping_hints_share_a_segment_and_odd_spans_are_ignored() {
        let hint = |start, end, code| Hint {
            kind: HintKind::GotInTheWay,
            code,
            text: String::new(),
            start,
            end,
            also: Vec::new(),
        };
        let reply = "abcdef";
        let parts = segments(reply, &[hint(0, 4, "a"), hint(2, 6, "b"), hint(3, 99, "c")]);
        let spans: Vec<_> = parts
            .iter()
            .map(|s| (s.start, s.end, s.hints.clone()))
            .collect();
        assert_eq!(
            spans,
            [(0, 2, vec![0]), (2, 4, vec![0, 1]), (4, 6, vec![1])]
        );
        assert_eq!(segments("", &[]), vec![]);
        // A hint with more than one run of words marks each of them, and nothing between.
        let mut two = hint(0, 1, "a");
        two.also = vec![(4, 6), (5, 99)];
        let spans: Vec<_> = segments(reply, &[two])
            .iter()
            .map(|s| (s.start, s.end, s.hints.clone()))
            .collect();
        assert_eq!(spans, [(0, 1, vec![0]), (1, 4, vec![]), (4, 6, vec![0])]);
    }
}
