//! The studio's map as a component: the core's map of the example with an orphan beat
//! drawn with a box per beat and the orphan marked in words, a beat chosen in the drawing
//! asking for its line, and "Play from here" offered only where there is something to play.

use std::cell::RefCell;
use std::rc::Rc;

use rapport::components::studio_map::{StudioMapProps, StudioMapView};
use rapport_core::content::pack::EXAMPLE;
use rapport_core::content::problems::studio_check;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::harness::{find, find_all, mount_point};

const ORPHAN: &str = "\nbeat: aside\n  mood: calm\n  says: By the way.\n  thought: Nobody asks.\n  choice: Go on.\n    feedback: Fine.\n    next: wary\n";

fn click(element: &web_sys::Element) {
    let event = web_sys::Event::new("click").unwrap();
    element.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_map_draws_every_beat_marks_the_orphan_and_asks_for_lines_and_plays() {
    let text = format!("{EXAMPLE}{ORPHAN}");
    let mut check = studio_check(&text);
    let map = Rc::new(check.maps.remove(0));
    let fix_line = map.beats.iter().find(|b| b.id == "fix").unwrap().line;
    let (lines, plays) = (
        Rc::new(RefCell::new(Vec::new())),
        Rc::new(RefCell::new(Vec::new())),
    );
    let on_line = {
        let lines = lines.clone();
        Callback::from(move |line| lines.borrow_mut().push(line))
    };
    let on_play = {
        let plays = plays.clone();
        Callback::from(move |beat: String| plays.borrow_mut().push(beat))
    };
    let root = mount_point();
    let app = yew::Renderer::<StudioMapView>::with_root_and_props(
        root.clone(),
        StudioMapProps {
            map,
            at: 0,
            on_line,
            on_play: Some(on_play),
        },
    )
    .render();
    yew::scheduler::flush().await;

    assert_eq!(find_all(&root, ".studio-map__beat").len(), 6);
    let problem = find_all(&root, ".studio-map__beat--problem");
    assert_eq!(problem.len(), 1);
    assert!(problem[0].text_content().unwrap().contains("aside"));
    assert!(problem[0].text_content().unwrap().contains("unreachable"));
    let label = find(&root, ".studio-map__svg")
        .get_attribute("aria-label")
        .unwrap();
    assert!(
        label.contains("6 beats") && label.contains("1 unreachable beat"),
        "{label}"
    );
    // One control per beat over the drawing, none of them inside the image.
    assert_eq!(find_all(&root, ".studio-map__key").len(), 6);
    assert!(find_all(&root, ".studio-map__svg [tabindex]").is_empty());

    let fix = find(&root, ".studio-map__key[aria-label^=\"fix,\"]");
    click(&fix);
    assert_eq!(*lines.borrow(), [fix_line]);
    // Played from start, cost and fix; not from an ending nor the orphan.
    let play = find_all(&root, ".studio-map__play");
    let named: Vec<_> = play
        .iter()
        .map(|b| b.get_attribute("aria-label").unwrap())
        .collect();
    assert_eq!(
        named,
        [
            "Play from here, beat start",
            "Play from here, beat cost",
            "Play from here, beat fix"
        ]
    );
    play[1]
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    assert_eq!(*plays.borrow(), ["cost"]);
    app.destroy();
}
