//! Model answers, shown only after the learner has checked their own reply.

use rapport_core::content::drill::ModelAnswer;
use yew::prelude::*;

pub fn model_answers(models: &[ModelAnswer]) -> Html {
    html! {
        <section class="models" aria-labelledby="models-heading">
            <h2 id="models-heading">{ "Model answers" }</h2>
            <p class="models__note">{ "Other ways to say it. Yours does not need to match them." }</p>
            <ol class="models__list">
                { for models.iter().map(|model| html! {
                    <li>
                        <blockquote>{ &model.text }</blockquote>
                        <p class="models__why"><strong>{ "Why it works: " }</strong>{ &model.why }</p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
