//! One triad role card: the role, what to do, and what only this role knows. Used on a
//! participant's phone and in the printed deck.

use rapport_core::workshop::RoleCard;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct RoleCardProps {
    pub card: RoleCard,
}

pub fn role_card(props: &RoleCardProps) -> Html {
    let card = &props.card;
    html! {
        <article class={classes!("role-card", format!("role-card--{}", card.role.id()))}>
            <p class="role-card__topic">{ &card.topic }</p>
            <h2 class="role-card__role">{ format!("You are the {}", card.role.label().to_lowercase()) }</h2>
            <ol class="role-card__steps">
                { for card.steps.iter().map(|s| html! { <li>{ s }</li> }) }
            </ol>
            { for card.private.iter().map(|(heading, text)| html! {
                <section class="role-card__private">
                    <h3>{ heading }</h3>
                    <p>{ text }</p>
                </section>
            }) }
        </article>
    }
}
