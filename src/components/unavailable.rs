//! Buttons that are unavailable for now but stay focusable. A button disabled while it has
//! keyboard focus (Next on reaching the last step, Rewind on reaching the start) drops that
//! focus to the top of the page; marked `aria-disabled` instead, it keeps focus, is
//! announced as unavailable, looks dimmed, and does nothing when pressed.

use yew::{Callback, MouseEvent};

/// The `aria-disabled` value for a button that is `available` or not.
pub fn aria_disabled(available: bool) -> Option<&'static str> {
    (!available).then_some("true")
}

/// `on`, while the button is `available`; nothing otherwise.
pub fn only_if(available: bool, on: Callback<MouseEvent>) -> Callback<MouseEvent> {
    if available {
        on
    } else {
        Callback::noop()
    }
}
