//! The notices component on its own: tone in words and shape, dismissal by id.

use std::cell::RefCell;
use std::rc::Rc;

use rapport::components::notices::{notices, NoticesProps};
use rapport_core::notice::Notice;
use rapport_core::storage::StorageIssue;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::{function_component, Callback, Html};

/// Mounts the notices on their own.
#[function_component]
fn Notices(props: &NoticesProps) -> Html {
    notices(props)
}

use crate::harness::*;

#[wasm_bindgen_test]
async fn each_notice_says_its_tone_in_words_and_dismisses_by_id() {
    let notices = vec![
        Notice::from_issue(
            4,
            &StorageIssue::Full {
                label: "settings".into(),
            },
        ),
        Notice::from_issue(
            9,
            &StorageIssue::Migrated {
                label: "settings".into(),
                from: 1,
            },
        ),
    ];
    let dismissed = Rc::new(RefCell::new(Vec::new()));
    let on_dismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |id| dismissed.borrow_mut().push(id))
    };
    let root = mount_point();
    let app = yew::Renderer::<Notices>::with_root_and_props(
        root.clone(),
        NoticesProps {
            notices,
            on_dismiss,
        },
    )
    .render();
    yew::scheduler::flush().await;

    let items = find_all(&root, ".notice");
    assert_eq!(items.len(), 2);
    assert!(items[0].text_content().unwrap().starts_with("Problem: "));
    assert!(items[1].text_content().unwrap().starts_with("Note: "));
    assert_eq!(items[0].class_name(), "notice notice--problem");
    for icon in find_all(&root, "svg") {
        assert_eq!(icon.get_attribute("aria-hidden").as_deref(), Some("true"));
    }
    let buttons = find_all(&root, ".notice__dismiss");
    assert_eq!(
        buttons[1].get_attribute("aria-label").as_deref(),
        Some("Dismiss this notice (note)")
    );
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(buttons[1].clone())
        .unwrap()
        .click();
    assert_eq!(*dismissed.borrow(), vec![9]);
    app.destroy();
}
