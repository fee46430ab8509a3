//! The progress page: streak and totals, listening skills from the coach's flags, mastery
//! per theme, scores over time and roadblocks per week, role-play endings, what is due
//! next, the searchable history, and the learner's data (export, import, clear).

use rapport_core::progress::stats::{due_next, skills, streak, themes, weeks};
use rapport_core::when;
use yew::prelude::*;

use crate::app::AppContext;
use crate::clock;
use crate::components::charts::{bar_chart, line_chart, ChartProps, Point};
use crate::components::history::History;
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::components::your_data::YourData;
use crate::route::Route;

/// How many recent replies the skills are drawn from.
const RECENT: usize = 20;

#[function_component]
pub fn ProgressPage() -> Html {
    use_page_title("Progress");
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let progress = &ctx.0.practice.progress;
    let plays = &ctx.0.plays;
    let now = clock::now();
    let zone = clock::BrowserZone;
    let library = &ctx.0.content;
    let endings_found: usize = plays.endings.values().map(|e| e.len()).sum();
    let practised = progress.cards.len();
    let days = streak(progress, now, &zone);

    let score_points: Vec<Point> = {
        let recent: Vec<_> = progress.attempts.iter().rev().take(30).collect();
        recent
            .into_iter()
            .rev()
            .map(|a| Point {
                label: when::date(a.at, &zone),
                value: i32::from(a.score),
                words: format!("{} / 100", a.score),
            })
            .collect()
    };
    let week_points: Vec<Point> = weeks(progress, now, &zone, 8)
        .into_iter()
        .map(|w| Point {
            label: when::date(w.start, &zone)[5..].to_owned(),
            value: w.roadblocks as i32,
            words: w.words(),
        })
        .collect();

    html! {
        <div class="page page--progress">
            <h1 tabindex="-1">{ "Progress" }</h1>
            <p class="lede">{ "What your practice shows so far. Everything here is worked out on this device from your own history." }</p>

            <ul class="stats">
                <li class="stat"><span class="stat__number">{ days }</span><span class="stat__label">{ if days == 1 { "day in a row" } else { "days in a row" } }</span></li>
                <li class="stat"><span class="stat__number">{ progress.attempts.len() }</span><span class="stat__label">{ if progress.attempts.len() == 1 { "reply checked" } else { "replies checked" } }</span></li>
                <li class="stat"><span class="stat__number">{ practised }</span><span class="stat__label">{ format!("of {} drills practised", library.drills().count()) }</span></li>
                <li class="stat"><span class="stat__number">{ endings_found }</span><span class="stat__label">{ if endings_found == 1 { "role-play ending found" } else { "role-play endings found" } }</span></li>
            </ul>

            if progress.attempts.is_empty() {
                <section class="card empty-state">
                    <h2>{ "Nothing to show yet" }</h2>
                    <p>{ "Check a reply to a drill and your skills, scores and history will appear here." }</p>
                    <p>{ link(Route::Practice, "button button--primary", html! { { "Go to practice" } }) }</p>
                </section>
            } else {
                <div class="progress-grid">
                    <section aria-labelledby="skills-title">
                        <h2 id="skills-title">{ "Listening skills" }</h2>
                        <p class="section-note">{ match progress.attempts.len().min(RECENT) { 1 => "From your one reply so far.".to_owned(), n => format!("From your last {n} replies.") } }</p>
                        <ul class="skills">
                            { for skills(progress, RECENT).into_iter().map(|s| html! {
                                <li class="skill">
                                    <span class="skill__name">{ s.name }</span>
                                    <svg class="skill__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                        <rect class="skill__track" x="0" y="0" width="100" height="8" rx="4" />
                                        <rect class="skill__fill" x="0" y="0" width={s.percent().to_string()} height="8" rx="4" />
                                    </svg>
                                    <span class="skill__figure">{ s.figure() }</span>
                                </li>
                            }) }
                        </ul>
                    </section>
                    <section aria-labelledby="themes-title">
                        <h2 id="themes-title">{ "Themes" }</h2>
                        <table class="data-table">
                            <caption class="sr-only">{ "Average score of your last ten replies per theme" }</caption>
                            <thead><tr><th scope="col">{ "Theme" }</th><th scope="col">{ "Replies" }</th><th scope="col">{ "Recent average" }</th></tr></thead>
                            <tbody>
                                { for themes(progress, library).into_iter().map(|t| html! {
                                    <tr><td data-label="Theme">{ t.theme.name }</td><td data-label="Replies">{ t.attempts }</td><td data-label="Recent average">{ format!("{} / 100", t.average) }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </section>
                    <section aria-labelledby="scores-title">
                        <h2 id="scores-title">{ "Scores over time" }</h2>
                        { line_chart(&ChartProps { title: match score_points.len() { 1 => "Score of your one reply so far".into(), n => format!("Scores of your last {n} replies").into() }, points: score_points, low: 0, high: 100, column: "Reply".into(), value_column: "Score".into() }) }
                    </section>
                    <section aria-labelledby="weeks-title">
                        <h2 id="weeks-title">{ "Roadblocks caught per week" }</h2>
                        { bar_chart(&ChartProps { title: "Roadblocks the coach caught in each of the last eight weeks".into(), points: week_points, low: 0, high: 4, column: "Week from".into(), value_column: "Roadblocks".into() }) }
                    </section>
                </div>
            }

            <div class="progress-grid">
                <section aria-labelledby="endings-title">
                    <h2 id="endings-title">{ "Role-play endings" }</h2>
                    <ul class="endings">
                        { for library.scenarios().map(|s| {
                            let found = plays.endings.get(&s.id).map_or(0, |e| e.len());
                            html! {
                                <li>
                                    { link(Route::Scenario { id: s.id.clone() }, "", html! { { &s.title } }) }
                                    <span class="endings__count">{ format!("{found} of {}", s.endings().count()) }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
                <section aria-labelledby="due-title">
                    <h2 id="due-title">{ "Due next" }</h2>
                    if progress.cards.is_empty() {
                        <p>{ "Rate a drill after checking it and it will be scheduled here." }</p>
                    } else {
                        <ul class="due">
                            { for due_next(progress, library, 6).into_iter().map(|(d, due)| html! {
                                <li>{ link(Route::Drill { id: d.id.clone() }, "", html! { { &d.title } }) }<span>{ when::due(due, now, &zone) }</span></li>
                            }) }
                        </ul>
                    }
                </section>
            </div>

            if !progress.attempts.is_empty() {
                <History />
            }
            <YourData />
        </div>
    }
}
