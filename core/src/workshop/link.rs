//! A plan as a link: the plan written as short text lines, then base64url, so it fits in a
//! URL's hash and survives any chat tool. Reading a link checks everything: a link is input
//! from a stranger.

use super::activity::{Activity, KINDS};
use super::plan::{Plan, Step, MAX_STEPS, MAX_TITLE, MINUTES};
use crate::content::Catalog;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/// Longer codes are refused before decoding.
pub const MAX_CODE: usize = 2000;
const VERSION: &str = "rapport-plan 1";

/// The link code for `plan`.
pub fn encode(plan: &Plan) -> String {
    let mut text = format!("{VERSION}\n{}\n", plan.title.replace('\n', " "));
    for s in &plan.steps {
        text.push_str(&format!(
            "{} {} {}\n",
            s.activity.kind(),
            s.minutes,
            s.activity.exercise().unwrap_or("-")
        ));
    }
    base64(text.as_bytes())
}

/// The plan in a link code, or a plain sentence saying why it cannot be read.
pub fn decode(code: &str, content: &Catalog) -> Result<Plan, String> {
    const BROKEN: &str =
        "This plan link is incomplete or was changed. Ask for the link again, copied in full.";
    if code.len() > MAX_CODE {
        return Err("This plan link is too long to be a Rapport plan.".into());
    }
    let bytes = unbase64(code.trim()).ok_or(BROKEN)?;
    let text = String::from_utf8(bytes).map_err(|_| BROKEN)?;
    let mut lines = text.lines();
    if lines.next() != Some(VERSION) {
        return Err(BROKEN.into());
    }
    let title: String = lines
        .next()
        .ok_or(BROKEN)?
        .chars()
        .take(MAX_TITLE)
        .collect();
    let mut steps = Vec::new();
    for line in lines {
        if steps.len() == MAX_STEPS {
            return Err(format!("A plan has at most {MAX_STEPS} activities."));
        }
        let mut parts = line.split(' ');
        let (Some(kind), Some(minutes), Some(exercise), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(BROKEN.into());
        };
        if !KINDS.iter().any(|(k, _)| *k == kind) {
            return Err(BROKEN.into());
        }
        let minutes: u32 = minutes.parse().map_err(|_| BROKEN)?;
        if !MINUTES.contains(&minutes) {
            return Err(BROKEN.into());
        }
        let mut activity = Activity::of_kind(kind).ok_or(BROKEN)?;
        if exercise != "-" {
            activity = activity.with_exercise(exercise);
        }
        if let Some(problem) = activity.problem(content) {
            return Err(format!(
                "{problem} The plan may use a content pack you do not have."
            ));
        }
        steps.push(Step { activity, minutes });
    }
    Ok(Plan { title, steps })
}

fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut count) = (0u32, 0);
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|a| *a == c)? as u32;
        bits = bits << 6 | value;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count & 0xff) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::plan::READY_MADE;
    use proptest::prelude::*;

    #[test]
    fn plans_survive_the_round_trip() {
        for minutes in READY_MADE {
            let mut plan = Plan::ready_made(minutes).unwrap();
            plan.title = "Équipe « Nord » — 90′ 🌍".into();
            plan.steps.push(Step {
                activity: Activity::Triad { scenario: None },
                minutes: 9,
            });
            let code = encode(&plan);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            assert_eq!(decode(&code, &Catalog::default()), Ok(plan));
        }
    }

    #[test]
    fn bad_links_say_why() {
        assert!(decode("not base64!", &Catalog::default())
            .unwrap_err()
            .contains("incomplete"));
        assert!(decode(&"A".repeat(MAX_CODE + 1), &Catalog::default())
            .unwrap_err()
            .contains("too long"));
        let unknown = base64(b"rapport-plan 1\nT\ndrill 10 no-such-drill\n");
        assert!(decode(&unknown, &Catalog::default())
            .unwrap_err()
            .contains("no-such-drill"));
        let minutes = base64(b"rapport-plan 1\nT\nbreak 999 -\n");
        assert!(decode(&minutes, &Catalog::default()).is_err());
        let many = format!("rapport-plan 1\nT\n{}", "break 5 -\n".repeat(30));
        assert!(decode(&base64(many.as_bytes()), &Catalog::default())
            .unwrap_err()
            .contains("at most"));
    }

    proptest! {
        #[test]
        fn any_code_is_read_or_refused_without_panic(code in "\\PC{0,300}") {
            let _ = decode(&code, &Catalog::default());
        }

        #[test]
        fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(unbase64(&base64(&bytes)), Some(bytes));
        }
    }
}
