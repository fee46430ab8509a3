//! The role-play list: each scenario with its themes, who you will talk to, how long it
//! runs, and where you stand with it.

use rapport_core::scenario::play::{length, Standing};
use rapport_core::words::plural;
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::components::tags::tags;
use crate::route::Route;

#[function_component]
pub fn ScenariosPage() -> Html {
    use_page_title("Role-plays");
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let plays = &ctx.0.plays;
    html! {
        <div class="page page--scenarios">
            <h1 tabindex="-1">{ "Role-plays" }</h1>
            <p class="lede">{ "Talk a remote colleague through a hard moment. Every answer changes where the conversation goes; every answer gets feedback; each run ends in a debrief." }</p>
            <ul class="scenario-list">
                { for ctx.0.content.scenarios().map(|s| {
                    let standing = plays.standing(s);
                    let (shortest, longest) = length(s);
                    let turns = if shortest == longest { plural(shortest, "turn", "turns") } else { format!("{shortest}\u{2013}{longest} turns") };
                    let action = match standing {
                        Standing::NotStarted => "Start",
                        Standing::InProgress => "Continue",
                        Standing::Found(..) => "Play again",
                    };
                    html! {
                        <li class="scenario-card">
                            <h2 class="scenario-card__title">{ &s.title }</h2>
                            <p class="scenario-card__who">{ format!("With {}", s.character.described()) }</p>
                            <p>{ &s.summary }</p>
                            { tags(&s.id, &s.themes, &ctx.0.content) }
                            <p class="scenario-card__meta">
                                <span>{ turns }</span>
                                <span class={classes!("standing", matches!(standing, Standing::Found(..)).then_some("standing--found"))}>{ standing.words() }</span>
                            </p>
                            <p class="actions">
                                { link(Route::Scenario { id: s.id.clone() }, "button button--primary", html! { <>{ action }<span class="sr-only">{ format!(": {}", s.title) }</span></> }) }
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
