//! One drill in the library list: title, kind, difficulty, themes and where it stands for
//! the learner, with a link to practise it.

use rapport_core::content::drill::Drill;
use rapport_core::content::Catalog;
use rapport_core::practice::Status;
use rapport_core::when;
use yew::prelude::*;

use crate::components::route_link::link;
use crate::components::tags::tags;
use crate::route::Route;

pub fn drill_card(drill: &Drill, status: Status, now: i64, content: &Catalog) -> Html {
    let (status, class) = match status {
        Status::New => ("New".to_owned(), "status status--new"),
        Status::Due => ("Due now".to_owned(), "status status--due"),
        Status::Later(due) => (
            format!(
                "Next review {}",
                when::due(due, now, &crate::clock::BrowserZone)
            ),
            "status status--later",
        ),
    };
    html! {
        <li class="drill-card">
            <h3 class="drill-card__title">
                { link(Route::Drill { id: drill.id.clone() }, "", html! { { &drill.title } }) }
            </h3>
            <p class="drill-card__meta">{ format!("{} \u{b7} {}", drill.kind.label(), drill.difficulty_label()) }</p>
            { tags(&drill.id, &drill.themes, content) }
            <p class={class}>{ status }</p>
        </li>
    }
}
