//! The listening coach measured on labelled replies: prints the metrics and fails below
//! the bars set from them. `cargo test -p rapport-core --test coach_eval -- --nocapture`
//! shows the figures.

#[path = "coach/labelled.rs"]
mod labelled;

use labelled::{measure, parse, print};

#[test]
fn development_set_meets_the_bar() {
    let cases = parse(include_str!("coach/devset.txt"));
    assert!(cases.len() >= 150, "{} cases", cases.len());
    let plain = measure(&cases, false);
    print("development set, no annotations", &plain);
    let annotated = measure(&cases, true);
    print("development set, with annotations", &annotated);
    for failure in &plain.failures {
        println!("  miss: {failure}");
    }
    for m in [&plain, &annotated] {
        assert_eq!(
            m.ranked, m.pairs,
            "every good reflection must outscore every poor reply"
        );
        assert!(
            m.correct * 100 >= m.cases * 90,
            "category accuracy below 90%"
        );
        assert_eq!(
            m.clean_good, m.goods,
            "no good reflection may be flagged as a roadblock"
        );
    }
}

#[test]
fn held_out_set_is_reported() {
    let cases = parse(include_str!("coach/heldout.txt"));
    let m = measure(&cases, false);
    print("held-out set, no annotations", &m);
    for failure in &m.failures {
        println!("  miss: {failure}");
    }
    // A looser bar: these replies were not used to shape the rules.
    assert!(m.ranked * 100 >= m.pairs * 90, "held-out ranking below 90%");
    assert!(
        m.correct * 100 >= m.cases * 75,
        "held-out category accuracy below 75%"
    );
}

#[test]
fn blind_set_is_reported() {
    let cases = parse(include_str!("coach/blind.txt"));
    let m = measure(&cases, false);
    print("blind set, no annotations", &m);
    for failure in &m.failures {
        println!("  miss: {failure}");
    }
    assert!(m.ranked * 100 >= m.pairs * 85, "blind ranking below 85%");
    assert!(
        m.correct * 100 >= m.cases * 70,
        "blind category accuracy below 70%"
    );
}
