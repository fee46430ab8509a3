//! The home page: what Rapport is for, who it serves, and the themes it trains.

use rapport_core::content::library::drill_count;
use rapport_core::themes::THEMES;
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::route::Route;

/// The three ways people use Rapport.
const AUDIENCES: &[(&str, &str)] = &[
    (
        "Practising on your own",
        "Work through a conversation at your own pace, get feedback on every reply, and come back to it later.",
    ),
    (
        "Running a workshop",
        "Put an exercise on the projector, let the room decide what to say next, and debrief together. Participants pair up or work in threes.",
    ),
    (
        "Joining a session",
        "Open the exercise card your facilitator shares on your own phone or laptop. No account, no sign-up.",
    ),
];

#[function_component]
pub fn Home() -> Html {
    use_page_title("Practise the conversations that build trust");
    html! {
        <div class="page page--home">
            <section class="hero" aria-labelledby="home-title">
                <h1 id="home-title" tabindex="-1">{ "Practise the conversations that build trust" }</h1>
                <p class="lede">
                    { "Rapport is a safe place to rehearse the hard moments of remote and flexible work \u{2014} \
                       a deadline missed across time zones, a broken promise, a teammate who feels invisible \u{2014} and to practise \
                       the listening that makes people feel heard. It is for people practising on their \
                       own, facilitators running trust-building workshops and participants joining from \
                       their own device, and everything stays on that device." }
                </p>
                <p class="actions">
                    { link(Route::Practice, "button button--primary", html! { { "Start practising" } }) }
                    <span class="hero__note">{ format!("{} active-listening drills, with feedback on every reply.", drill_count()) }</span>
                </p>
            </section>

            <section aria-labelledby="audiences-title">
                <h2 id="audiences-title">{ "Who it is for" }</h2>
                <ul class="card-grid card-grid--three">
                    { for AUDIENCES.iter().map(|(title, text)| html! {
                        <li class="card">
                            <h3>{ *title }</h3>
                            <p>{ *text }</p>
                        </li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="themes-title">
                <h2 id="themes-title">{ "What Rapport trains" }</h2>
                <p>{ "Every exercise belongs to one or more of these themes of trust in flexible work." }</p>
                <ul class="theme-list">
                    { for THEMES.iter().map(|theme| html! {
                        <li class="theme">
                            <h3 class="theme__name">{ theme.name }</h3>
                            <p class="theme__summary">{ theme.summary }</p>
                        </li>
                    }) }
                </ul>
            </section>

            <aside class="callout" aria-labelledby="privacy-callout">
                <h2 id="privacy-callout">{ "Your practice stays yours" }</h2>
                <p>
                    { "No account, no server, no tracking: what you write is stored only in this browser. " }
                    { link(Route::Privacy, "", html! { { "Read how Rapport keeps your data" } }) }
                </p>
            </aside>
        </div>
    }
}
