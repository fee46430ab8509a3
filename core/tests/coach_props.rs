//! Properties of the listening coach that must hold for any input: it never panics, the
//! score stays within 0–100, and every span lies inside the reply on character boundaries.

use proptest::prelude::*;
use rapport_core::coach::{assess, Annotations, Assessment};

fn spans_are_sound(response: &str, a: &Assessment) {
    assert!(a.score <= 100);
    let spans = a
        .hints
        .iter()
        .map(|h| (h.start, h.end))
        .chain(a.feeling.words.iter().map(|w| (w.start, w.end)));
    for (start, end) in spans {
        assert!(
            start <= end && end <= response.len(),
            "span {start}..{end} outside {} bytes",
            response.len()
        );
        assert!(response.is_char_boundary(start) && response.is_char_boundary(end));
    }
}

/// Text mixing words the coach knows with arbitrary Unicode.
fn replyish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("you".to_owned()),
        Just("you're".to_owned()),
        Just("don't worry".to_owned()),
        Just("it sounds like".to_owned()),
        Just("frustrated".to_owned()),
        Just("is that right?".to_owned()),
        Just("why".to_owned()),
        Just("I".to_owned()),
        Just("'s".to_owned()),
        Just("—".to_owned()),
        Just("?".to_owned()),
        Just(".".to_owned()),
        Just("😀".to_owned()),
        Just("مرحبا".to_owned()),
        Just("\u{200f}".to_owned()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_unicode_is_safe(statement in "\\PC{0,200}", response in "\\PC{0,400}") {
        let a = assess(&statement, &response, None);
        spans_are_sound(&response, &a);
    }

    #[test]
    fn word_soup_is_safe(statement in replyish(), response in replyish(), feeling in "\\PC{0,20}", point in "\\PC{0,30}") {
        let annotations = Annotations { feelings: vec![feeling], key_points: vec![point] };
        let a = assess(&statement, &response, Some(&annotations));
        spans_are_sound(&response, &a);
        let b = assess(&statement, &response, Some(&annotations));
        prop_assert_eq!(a, b, "the coach is deterministic");
    }
}

#[test]
fn extreme_inputs() {
    let emoji = "😀🙏🏽👩‍👩‍👧".repeat(2000);
    let rtl = "أنا متعب جدا من العمل الليلي. هل هذا صحيح؟ ".repeat(200);
    let long_words = "frustrated ".repeat(10_000);
    let hundred_kb: String = "It sounds like you're worried, is that right? Why don't you "
        .chars()
        .cycle()
        .take(100_000)
        .collect();
    for response in [
        "",
        " ",
        "?",
        "'",
        "’s",
        &emoji,
        &rtl,
        &long_words,
        &hundred_kb,
    ] {
        let a = assess("I was up all night and nobody noticed.", response, None);
        spans_are_sound(response, &a);
        let b = assess(response, response, None);
        spans_are_sound(response, &b);
    }
}
