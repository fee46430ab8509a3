//! The listening coach runs unchanged in the browser: the same verdicts as natively, and
//! fast enough to answer as the learner finishes typing (the time is printed, not asserted).

use rapport_core::coach::{assess, Roadblock};
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

const STATEMENT: &str = "I keep getting pinged on Slack at 10pm by the team in San Francisco and I feel like I can never switch off.";

#[wasm_bindgen_test]
fn verdicts_match_the_native_ones() {
    let good = assess(
        STATEMENT,
        "It sounds exhausting to be on call for another time zone every evening. Is that right?",
        None,
    );
    assert!(good.reflection && good.feeling.reflected && good.roadblocks.is_empty());
    assert!(good.score >= 80, "{}", good.score);
    let advice = assess(STATEMENT, "Turn off your notifications after 6pm.", None);
    assert_eq!(advice.roadblocks, vec![Roadblock::Ordering]);
    assert!(advice.score < good.score);
}

#[wasm_bindgen_test]
fn prints_replies_per_second_in_the_browser() {
    let reply = "It sounds like the late messages from San Francisco mean you never really get an evening to yourself, and that is wearing you down. Have I got that right, or is there more to it?";
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance");
    let rounds = 500;
    let start = performance.now();
    for _ in 0..rounds {
        std::hint::black_box(assess(STATEMENT, std::hint::black_box(reply), None));
    }
    let per_reply = (performance.now() - start) / f64::from(rounds);
    console_log!("listening coach in the browser: {per_reply:.3} ms per 40-word reply");
    assert!(per_reply.is_finite());
}
