//! The learner's past replies, searchable, each with the coach's verdict in words and a
//! way to delete it.

use rapport_core::progress::stats::search;
use rapport_core::state::Action;
use rapport_core::when;
use rapport_core::words::plural;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;

/// How many replies are shown before "show more".
const PAGE: usize = 20;

#[function_component]
pub fn History() -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let query = use_state(String::new);
    let shown = use_state(|| PAGE);
    let library = &ctx.0.content;
    let now = clock::now();
    let zone = clock::BrowserZone;
    let found = search(&ctx.0.practice.progress, library, &query);
    let on_search = {
        let (query, shown) = (query.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            query.set(crate::events::value(&e));
            shown.set(PAGE);
        })
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <section class="history" aria-labelledby="history-title">
            <h2 id="history-title">{ "History" }</h2>
            <div class="field">
                <label for="history-search">{ "Search your replies" }</label>
                <input id="history-search" type="search" value={(*query).clone()} oninput={on_search} placeholder="A word from a reply or a drill title" />
            </div>
            <p class="history__count" role="status">{ format!("{} of {}", found.len(), plural(ctx.0.practice.progress.attempts.len(), "reply", "replies")) }</p>
            <ol class="history__list">
                { for found.iter().take(*shown).map(|a| {
                    let title = library.drill(&a.drill).map_or(a.drill.as_str(), |d| d.title.as_str());
                    let delete = {
                        let (ctx, id) = (ctx.clone(), a.id.clone());
                        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::DeleteAttempt(id.clone())))
                    };
                    let summary = a.summary();
                    html! {
                        <li class="history__item">
                            <p class="history__head">
                                <strong>{ title }</strong>
                                <span class="history__when">{ format!("{} ({})", when::ago(a.at, now), when::date(a.at, &zone)) }</span>
                                <span class="history__score">{ format!("{} / 100", a.score) }</span>
                            </p>
                            <blockquote class="history__reply">{ &a.response }</blockquote>
                            <p class="history__flags">{ if summary.is_empty() { "No reflection recognised".to_owned() } else { summary.join(" \u{b7} ") } }</p>
                            <button type="button" class="history__delete" onclick={delete}
                                aria-label={format!("Delete your reply to \u{201c}{title}\u{201d} from {}", when::date(a.at, &zone))}>{ "Delete" }</button>
                        </li>
                    }
                }) }
            </ol>
            if found.len() > *shown {
                <button type="button" onclick={more}>{ format!("Show {} more", (found.len() - *shown).min(PAGE)) }</button>
            }
        </section>
    }
}
