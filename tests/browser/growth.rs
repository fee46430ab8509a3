//! Growth benchmark: ten thousand attempts saved to localStorage and loaded back in a real
//! browser. Prints the stored size and the load time (median of five); asserts only the
//! size, which is deterministic. Run with `-- --nocapture` to see the figures.

use rapport::storage;
use rapport_core::progress::Progress;
use rapport_core::storage::Record;
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

use crate::harness::{clear_storage, local_storage};

#[path = "../../core/tests/large_device/attempts.rs"]
mod attempts;

const OPENINGS: &[&str] = &[
    "It sounds like you're",
    "So you're saying you feel",
    "You sound",
    "I hear that you're",
    "It must be hard to feel",
    "You should probably",
    "Don't worry, you'll be",
    "Why didn't you tell us you were",
];
const MIDDLES: &[&str] = &[
    "frustrated that the deadline moved without anyone asking you",
    "worn out by the late messages from the other time zone",
    "left out when decisions happen in meetings you can't join",
    "worried the client will lose trust after the delay",
    "unappreciated after finishing the migration early",
    "torn between two managers with different priorities",
    "embarrassed that the joke was taken literally",
    "anxious about telling the team the bonus is smaller",
];
const ENDINGS: &[&str] = &[
    "",
    " Is that right?",
    " Have I got that right?",
    " Did I get that?",
];

fn ten_thousand() -> Progress {
    attempts::history(10_000, |i| {
        format!(
            "{} {} (attempt {i}).{}",
            OPENINGS[i % OPENINGS.len()],
            MIDDLES[(i / 3) % MIDDLES.len()],
            ENDINGS[(i / 5) % ENDINGS.len()]
        )
    })
}

#[wasm_bindgen_test]
fn ten_thousand_attempts_load_quickly_in_a_third_of_the_storage() {
    clear_storage();
    let progress = ten_thousand();
    let (mut store, _) = storage::open();
    store.save(&progress).unwrap();
    let stored = local_storage().get_item(Progress::KEY).unwrap().unwrap();
    let units = stored.encode_utf16().count();
    let performance = web_sys::window().and_then(|w| w.performance()).unwrap();
    let mut times = Vec::new();
    for _ in 0..5 {
        let start = performance.now();
        let (mut fresh, _) = storage::open();
        let loaded = fresh.load::<Progress>();
        times.push(performance.now() - start);
        assert_eq!(loaded.value.attempts.len(), 10_000);
    }
    times.sort_by(f64::total_cmp);
    console_log!(
        "growth: 10,000 attempts stored in {units} UTF-16 units ({} bytes UTF-8); load median {:.1} ms (best {:.1} ms)",
        stored.len(),
        times[2],
        times[0]
    );
    // Browsers give a site about five million units; most of it must stay free.
    assert!(units < 1_600_000, "{units} units");
    clear_storage();
}
