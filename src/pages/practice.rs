//! The practice page: today's queue and a start button, filters, the session in progress
//! or just finished, the whole drill library with each drill's status, and recent replies.

use rapport_core::content::drill::DrillKind;
use rapport_core::practice::{status, Filter, More, PracticeAction, NEW_PER_DAY};
use rapport_core::state::Action;
use rapport_core::themes::THEMES;
use rapport_core::when;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::components::drill_card::drill_card;
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::route::Route;
use crate::router::go_to;

#[function_component]
pub fn PracticePage() -> Html {
    use_page_title("Practice");
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let library = &ctx.0.content;
    let practice = &ctx.0.practice;
    let now = clock::now();
    let today = practice.today(library, now);
    let filter = practice.filter.clone();

    let start = {
        let ctx = ctx.clone();
        let first = today.queue().first().cloned();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::Practice(PracticeAction::StartToday {
                now: clock::now(),
            }));
            if let Some(id) = first.clone() {
                go_to(&Route::Drill { id });
            }
        })
    };
    let more = |what: More, first: Option<String>| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            ctx.dispatch(Action::Practice(PracticeAction::PractiseMore {
                what,
                now: clock::now(),
            }));
            if let Some(id) = first.clone() {
                go_to(&Route::Drill { id });
            }
        })
    };
    let more_new = more(More::New, today.more_new.first().cloned());
    let more_weakest = more(More::Weakest, today.weakest.first().cloned());
    // Arriving from the last rating of a session, focus goes to its summary, which says
    // when that drill comes back.
    {
        let finished = practice.session.is_finished() && practice.rated.is_some();
        use_effect_with(finished, |finished| {
            if *finished {
                crate::focus::by_id("done-title");
            }
        });
    }
    let leave = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Practice(PracticeAction::Leave)))
    };
    let set_filter = |update: fn(&mut Filter, String)| {
        let ctx = ctx.clone();
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let mut next = filter.clone();
            update(&mut next, crate::events::value(&event));
            ctx.dispatch(Action::Practice(PracticeAction::SetFilter(next)));
        })
    };
    let on_theme = set_filter(|f, v| f.theme = (!v.is_empty()).then_some(v));
    let on_kind = set_filter(|f, v| f.kind = DrillKind::from_id(&v));
    let on_difficulty = set_filter(|f, v| f.difficulty = v.parse().ok());

    let drills: Vec<_> = library.drills().filter(|d| filter.fits(d)).collect();
    let session = &practice.session;

    html! {
        <div class="page page--practice">
            <h1 tabindex="-1">{ "Practice" }</h1>
            <p class="lede">{ "Read a message from a remote colleague, write what you would say back, and the coach shows what worked and what got in the way." }</p>

            if session.is_finished() {
                <section class="card session-done" aria-labelledby="done-title">
                    <h2 id="done-title" tabindex="-1">{ "Session complete" }</h2>
                    if let Some(rated) = &practice.rated {
                        <p class="rated-note">{ rated.words(library.drill(&rated.drill).map_or(rated.drill.as_str(), |d| d.title.as_str()), now, &clock::BrowserZone) }</p>
                    }
                    <p>{ format!("You checked {}. Well done for practising.", rapport_core::words::plural(practice.session_attempts().len(), "reply", "replies")) }</p>
                    <ul class="attempt-list">
                        { for practice.session_attempts().into_iter().map(|a| html! {
                            <li>
                                <span class="attempt-list__title">{ library.drill(&a.drill).map_or(a.drill.as_str(), |d| d.title.as_str()) }</span>
                                <span class="attempt-list__score">{ format!("{} / 100", a.score) }</span>
                            </li>
                        }) }
                    </ul>
                    <button type="button" onclick={leave.clone()}>{ "Close the summary" }</button>
                </section>
            } else if let Some(current) = session.current() {
                <section class="card session-banner" aria-labelledby="session-title">
                    <h2 id="session-title">{ "You are in a session" }</h2>
                    <p>{ format!("Drill {} of {}.", session.position().0, session.position().1) }</p>
                    <p class="actions">
                        { link(Route::Drill { id: current.to_owned() }, "button button--primary", html! { { "Continue" } }) }
                        <button type="button" onclick={leave}>{ "Leave the session" }</button>
                    </p>
                </section>
            }

            <section class="card today" aria-labelledby="today-title">
                <h2 id="today-title">{ "Today" }</h2>
                <p class="today__counts">
                    <span><strong>{ today.due.len() }</strong>{ if today.due.len() == 1 { " review due" } else { " reviews due" } }</span>
                    <span><strong>{ today.new.len() }</strong>{ if today.new.len() == 1 { " new drill" } else { " new drills" } }</span>
                </p>
                if !today.queue().is_empty() {
                    <button type="button" class="button--primary start" onclick={start}>{ "Start today's practice" }</button>
                } else if today.more_new.is_empty() && today.weakest.is_empty() && today.next_due.is_none() {
                    <p>{ "Nothing matches your filters today. Try widening them below." }</p>
                } else {
                    <p>{ match (today.next_due, today.more_new.is_empty()) {
                        (_, false) => format!("You have done today's {NEW_PER_DAY} new drills. You can practise more now, or come back tomorrow."),
                        (Some(due), true) => format!("Nothing is due right now. Your next review is {}.", when::due(due, now, &clock::BrowserZone)),
                        (None, true) => "You have practised every drill that matches your filters.".to_owned(),
                    } }</p>
                    <p class="actions more">
                        if !today.more_new.is_empty() {
                            <button type="button" class="button--primary" onclick={more_new}>{ match today.more_new.len() { 1 => "Practise 1 more new drill".to_owned(), n => format!("Practise {n} more new drills") } }</button>
                        }
                        if !today.weakest.is_empty() {
                            <button type="button" onclick={more_weakest}>{ match today.weakest.len() { 1 => "Review your weakest drill".to_owned(), n => format!("Review your {n} weakest drills") } }</button>
                        }
                    </p>
                }
            </section>

            <section aria-labelledby="filters-title">
                <h2 id="filters-title">{ "Choose what to practise" }</h2>
                <div class="filters">
                    <div class="field">
                        <label for="filter-theme">{ "Theme" }</label>
                        <select id="filter-theme" onchange={on_theme}>
                            <option value="" selected={filter.theme.is_none()}>{ "All themes" }</option>
                            { for THEMES.iter().map(|t| html! {
                                <option value={t.id} selected={filter.theme.as_deref() == Some(t.id)}>{ t.name }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-kind">{ "Kind" }</label>
                        <select id="filter-kind" onchange={on_kind}>
                            <option value="" selected={filter.kind.is_none()}>{ "All kinds" }</option>
                            { for DrillKind::ALL.iter().map(|k| html! {
                                <option value={k.id()} selected={filter.kind == Some(*k)}>{ k.label() }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-difficulty">{ "Difficulty" }</label>
                        <select id="filter-difficulty" onchange={on_difficulty}>
                            <option value="" selected={filter.difficulty.is_none()}>{ "Any difficulty" }</option>
                            { for (1..=3u8).map(|d| html! {
                                <option value={d.to_string()} selected={filter.difficulty == Some(d)}>{ rapport_core::content::drill::difficulty_label(d) }</option>
                            }) }
                        </select>
                    </div>
                </div>
            </section>

            <section aria-labelledby="library-title">
                <h2 id="library-title">{ format!("Drills ({} of {})", drills.len(), library.drills().count()) }</h2>
                <ul class="drill-grid">
                    { for drills.iter().map(|d| html! {
                        { drill_card(d, status(&practice.progress, &d.id, now), now, library) }
                    }) }
                </ul>
            </section>

            if !practice.progress.attempts.is_empty() {
                <section aria-labelledby="recent-title">
                    <h2 id="recent-title">{ "Your recent replies" }</h2>
                    <ul class="attempt-list">
                        { for practice.progress.recent(5).map(|a| html! {
                            <li>
                                <span class="attempt-list__title">{ library.drill(&a.drill).map_or(a.drill.as_str(), |d| d.title.as_str()) }</span>
                                <span class="attempt-list__when">{ when::ago(a.at, now) }</span>
                                <span class="attempt-list__score">{ format!("{} / 100", a.score) }</span>
                            </li>
                        }) }
                    </ul>
                </section>
            }
        </div>
    }
}
