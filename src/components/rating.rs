//! The self-rating that schedules the drill's next review: four buttons, each saying
//! what it means.

use rapport_core::schedule::Rating;
use yew::prelude::*;

pub fn rating_buttons(on_rate: Callback<Rating>) -> Html {
    html! {
        <fieldset class="rating">
            <legend>{ "How did that go?" }</legend>
            <p class="rating__note">{ "Your answer decides when this drill comes back." }</p>
            <div class="rating__buttons">
                { for Rating::ALL.iter().map(|rating| {
                    let rating = *rating;
                    let onclick = on_rate.reform(move |_: MouseEvent| rating);
                    html! {
                        <button type="button" class={classes!("rating__button", format!("rating__button--{}", rating.label().to_lowercase()))} {onclick}>
                            <span class="rating__label">{ rating.label() }</span>
                            <span class="rating__meaning">{ rating.meaning() }</span>
                        </button>
                    }
                }) }
            </div>
        </fieldset>
    }
}
