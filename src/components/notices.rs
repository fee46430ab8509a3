//! The notices above each page: a polite live region, so a notice that appears later
//! (storage filling up) is announced; each one can be dismissed.

use rapport_core::notice::Notice;
use yew::prelude::*;

use crate::components::icons;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<u32>,
}

/// A plain function rather than a component: it has no state of its own, and a component
/// costs code and a mount in the app's first render.
pub fn notices(props: &NoticesProps) -> Html {
    html! {
        <div class="notices" aria-live="polite">
            { for props.notices.iter().map(|notice| {
                let id = notice.id;
                // The button goes with its notice: focus moves to the page's main region first.
                let dismiss = props.on_dismiss.reform(move |_: MouseEvent| {
                    crate::focus::by_id("main");
                    id
                });
                let tone = notice.tone;
                html! {
                    <div class={classes!("notice", format!("notice--{}", tone.class()))} key={id}>
                        { icons::tone(tone) }
                        <p class="notice__text">
                            <strong>{ format!("{}: ", tone.label()) }</strong>{ &notice.text }
                            if notice.offer_export { { " " }<a href={Route::Progress.href()}>{ "Export your progress" }</a> }
                        </p>
                        <button type="button" class="notice__dismiss" onclick={dismiss}
                            aria-label={format!("Dismiss this notice ({})", tone.label().to_lowercase())}>
                            { icons::close() }
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}
