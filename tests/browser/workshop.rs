//! Workshop mode in the browser: the phase timer reads the clock, not ticks, and gives its
//! end-of-phase cue once; a corrupt workshop save is kept aside and the projector still opens.

use std::cell::RefCell;
use std::rc::Rc;

use rapport::components::timer::{PhaseTimer, PhaseTimerProps};
use rapport_core::workshop::Timer;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::harness::*;

/// Mounts a running phase timer of `length_ms` started `elapsed_ms` ago (sound muted); also
/// returns how many times it has given its end-of-phase cue.
async fn running_timer(
    length_ms: f64,
    elapsed_ms: f64,
) -> (
    web_sys::Element,
    yew::AppHandle<PhaseTimer>,
    Rc<RefCell<u32>>,
) {
    let timer = Timer {
        length_ms,
        banked_ms: 0.0,
        started_at: Some(js_sys::Date::now() - elapsed_ms),
    };
    let cued = Rc::new(RefCell::new(0));
    let props = PhaseTimerProps {
        timer,
        label: "Round 1 of 3".into(),
        muted: true,
        cued: false,
        on_toggle: Callback::noop(),
        on_add_minute: Callback::noop(),
        on_mute: Callback::noop(),
        on_cued: {
            let cued = cued.clone();
            Callback::from(move |_| *cued.borrow_mut() += 1)
        },
    };
    let root = mount_point();
    let app = yew::Renderer::<PhaseTimer>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, app, cued)
}

#[wasm_bindgen_test]
async fn a_timer_started_earlier_shows_the_time_left_now() {
    let (root, app, cued) = running_timer(300_000.0, 90_000.0).await;
    let shown = text(&root, ".timer__time");
    assert!(shown == "3:30" || shown == "3:29", "{shown}");
    assert_eq!(text(&root, ".timer__state"), "Running");
    assert_eq!(text(&root, ".timer__controls button"), "Pause");
    assert_eq!(*cued.borrow(), 0);
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_finished_phase_says_so_and_cues_once() {
    let (root, app, cued) = running_timer(60_000.0, 65_000.0).await;
    assert_eq!(text(&root, ".timer__state"), "Time is up");
    assert!(text(&root, ".timer__time").starts_with('\u{2212}'));
    assert!(find(&root, ".timer").class_name().contains("timer--up"));
    assert_eq!(*cued.borrow(), 1);
    yew::scheduler::flush().await;
    assert_eq!(*cued.borrow(), 1, "the cue is given once");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_corrupt_workshop_save_is_kept_aside_and_the_projector_opens() {
    clear_storage();
    local_storage()
        .set_item("rapport.workshop", "{not json")
        .unwrap();
    let (root, app) = start_at("#/workshop/run").await;
    assert_eq!(text(&root, "main h1"), "Opening check-in");
    assert!(
        text(&root, ".notices").contains("workshop plan"),
        "{}",
        text(&root, ".notices")
    );
    assert_eq!(
        local_storage()
            .get_item("rapport.workshop.backup-1")
            .unwrap()
            .as_deref(),
        Some("{not json")
    );
    app.destroy();
}
