//! The privacy page: what Rapport does with data (nothing leaves the device; in LMS mode,
//! exactly what goes to the organisation's LMS), and what it has stored in this browser
//! right now.

use rapport_core::lms::privacy::what_is_sent;
use rapport_core::storage::describe_key;
use rapport_core::words::plural;
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::course::CourseView;
use crate::storage::WebStorage;

#[derive(Properties, PartialEq)]
pub struct PrivacyProps {
    /// LMS mode's course, when the app runs as one.
    pub course: Option<CourseView>,
}

#[function_component]
pub fn Privacy(props: &PrivacyProps) -> Html {
    use_page_title("Privacy");
    let course = &props.course;
    html! {
        <div class="page page--narrow">
            <h1 tabindex="-1">{ "Privacy" }</h1>
            if let Some(course) = course {
                <p class="lede">{ "In this course, Rapport tells your organisation\u{2019}s learning platform how you are getting on, as listed below, and nothing else. Everything else you do stays on this device." }</p>
                <h2>{ "What this course sends to your learning platform" }</h2>
                <p>{ "Rapport hands these to the learning platform that opened the course, which keeps them with your name as it keeps any course\u{2019}s results. Your organisation decides who can see them." }</p>
                <ul class="promise-list lms-sent">
                    { for what_is_sent(&course.selection).into_iter().map(|item| html! { <li>{ item }</li> }) }
                </ul>
                <h2>{ "Everything else" }</h2>
            } else {
                <p class="lede">{ "Nothing you do in Rapport leaves this device." }</p>
            }
            <ul class="promise-list">
                if course.is_some() {
                    <li>{ "There is no Rapport server and no account. The app is a set of files your learning platform serves; it makes no network requests of its own except to read those files." }</li>
                } else {
                    <li>{ "There is no Rapport server and no account. The app is a set of files your browser downloads once; after that, it makes no network requests." }</li>
                }
                <li>{ "There are no analytics, no cookies, no trackers and no third-party fonts or scripts." }</li>
                <li>{ "What you write and how you practise are stored only in this browser\u{2019}s local storage, on this device. Another browser or device does not see them." }</li>
                <li>{ "When stored data cannot be read, Rapport keeps a backup copy beside it instead of deleting it, and tells you." }</li>
            </ul>

            <h2>{ "What is stored on this device now" }</h2>
            { inventory() }

            <h2>{ "How to remove it" }</h2>
            <p>{ "Clearing this site\u{2019}s data in your browser\u{2019}s settings removes everything Rapport has stored. Rapport cannot recover it afterwards, because no copy exists anywhere else." }</p>
        </div>
    }
}

fn inventory() -> Html {
    let entries = match WebStorage::local().and_then(|storage| storage.inventory()) {
        Ok(entries) => entries,
        Err(_) => {
            return html! {
                <p>{ "Your browser is not letting Rapport use storage at the moment, so nothing is stored. Your changes last until you close the tab." }</p>
            }
        }
    };
    if entries.is_empty() {
        return html! { <p>{ "Nothing yet. Rapport stores something only once you change a setting or practise." }</p> };
    }
    html! {
        <table class="data-table">
            <caption>{ "Everything Rapport keeps in this browser" }</caption>
            <thead>
                <tr><th scope="col">{ "What" }</th><th scope="col">{ "Storage key" }</th><th scope="col">{ "Size" }</th></tr>
            </thead>
            <tbody>
                { for entries.iter().map(|(key, size)| html! {
                    <tr>
                        <td data-label="What">{ describe_key(key) }</td>
                        <td data-label="Storage key"><code>{ key }</code></td>
                        <td data-label="Size">{ plural(*size, "character", "characters") }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
