//! The listening coach runs unchanged in the browser: the same verdicts as natively, and
//! fast enough to answer as the learner finishes typing. The speed test prints its figures
//! (the test command also runs it in the release build) and fails far above them, on a
//! slowdown of an order of magnitude, such as work that grows with the square of a reply.

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

/// Milliseconds per call of `assess` on `reply`, the median of five runs of `rounds` calls.
fn per_reply(performance: &web_sys::Performance, reply: &str, rounds: u32) -> f64 {
    let mut runs: Vec<f64> = (0..5)
        .map(|_| {
            let start = performance.now();
            for _ in 0..rounds {
                std::hint::black_box(assess(STATEMENT, std::hint::black_box(reply), None));
            }
            (performance.now() - start) / f64::from(rounds)
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[2]
}

#[wasm_bindgen_test]
fn coach_speed_in_the_browser() {
    let typical = "It sounds like the late messages from San Francisco mean you never really get an evening to yourself, and that is wearing you down. Have I got that right, or is there more to it?";
    // The longest reply the app takes (4,000 characters), of mixed moves.
    let sentence = "You should just mute them, honestly, but I hear you're exhausted and it isn't fair, is it? ";
    let longest: String = sentence.repeat(4_000 / sentence.len());
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance");
    let _ = assess(STATEMENT, typical, None);
    let short = per_reply(&performance, typical, 200);
    let long = per_reply(&performance, &longest, 5);
    console_log!(
        "listening coach in the browser: {short:.3} ms per 40-word reply, {long:.1} ms for a 4,000-character reply"
    );
    // The release figures are in the README; the debug build is a few times slower. These
    // bounds fail only on a regression of an order of magnitude.
    assert!(short < 25.0, "{short} ms per 40-word reply");
    assert!(long < 1_000.0, "{long} ms for a 4,000-character reply");
}
