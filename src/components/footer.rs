//! The site footer: the privacy promise in one line, with a link to the details. Launched
//! as a course, the promise is the course's: progress goes to the learning platform.

use yew::prelude::*;

use crate::components::icons;
use crate::components::route_link::link;
use crate::route::Route;

/// `course`: launched from an LMS package, and whether it sends the words of drill replies.
pub fn footer(course: Option<bool>) -> Html {
    let promise = match course {
        None => " Rapport runs entirely in your browser. Nothing you write leaves this device. ",
        Some(false) => " In this course your progress goes to your organisation\u{2019}s learning platform; the words you write stay on this device. ",
        Some(true) => " In this course your progress and the words of your drill replies go to your organisation\u{2019}s learning platform. ",
    };
    let details = if course.is_some() {
        "What is sent"
    } else {
        "How your data is kept"
    };
    html! {
        <footer class="site-footer">
            <p>
                { icons::lock() }
                { promise }
                { link(Route::Privacy, "", html! { { details } }) }
            </p>
        </footer>
    }
}
