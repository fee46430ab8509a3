//! The course page in LMS mode: only the packaged exercises, each with where the learner
//! stands (from the session's progress, which includes what the LMS kept from another
//! device), the status and score the LMS has, and a clear way to finish.

use rapport_core::lms::rules::{done, score, status, LessonStatus};
use rapport_core::scenario::play::Standing;
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::page_title::use_page_title;
use crate::components::route_link::link;
use crate::course::CourseView;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CourseProps {
    pub course: CourseView,
}

#[function_component]
pub fn CoursePage(props: &CourseProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let course = &props.course;
    use_page_title(&course.selection.title);
    let content = &ctx.0.content;
    let progress = &course.progress;
    let (finished, of) = done(progress);
    let state = match status(progress) {
        LessonStatus::Completed => "Completed",
        LessonStatus::Incomplete => "Not completed yet",
    };
    let selection = &course.selection;
    let scenarios = selection.scenarios.iter().enumerate().map(|(i, id)| {
        let ended = progress.scenarios.get(i).is_some_and(|s| s.ended);
        let Some(scenario) = content.scenario(id) else {
            return missing(id);
        };
        let (words, action) = match (ctx.0.plays.standing(scenario), ended) {
            (_, true) => ("Done: you reached an ending".to_owned(), "Play again"),
            (Standing::InProgress, _) => ("In progress".to_owned(), "Continue"),
            _ if progress.scenarios.get(i).is_some_and(|s| !s.run.is_empty()) => {
                ("In progress".to_owned(), "Continue")
            }
            _ => ("Not done yet".to_owned(), "Start"),
        };
        html! {
            <li class="scenario-card">
                <h3 class="scenario-card__title">{ &scenario.title }</h3>
                <p class="scenario-card__who">{ format!("Role-play with {}", scenario.character.described()) }</p>
                <p class={classes!("standing", ended.then_some("standing--found"))}>{ words }</p>
                <p class="actions">
                    { link(Route::Scenario { id: id.clone() }, "button button--primary", html! { <>{ action }<span class="sr-only">{ format!(": {}", scenario.title) }</span></> }) }
                </p>
            </li>
        }
    });
    let drills = selection.drills.iter().enumerate().map(|(i, id)| {
        let best = progress.drills.get(i).copied().flatten();
        let Some(drill) = content.drill(id) else {
            return missing(id);
        };
        let (words, action) = match best {
            Some(points) => (format!("Done: your best coach score is {points} of 100"), "Practise again"),
            None => ("Not done yet".to_owned(), "Practise"),
        };
        html! {
            <li class="scenario-card">
                <h3 class="scenario-card__title">{ &drill.title }</h3>
                <p class="scenario-card__who">{ format!("{} \u{b7} {}", drill.kind.label(), drill.difficulty_label()) }</p>
                <p class={classes!("standing", best.is_some().then_some("standing--found"))}>{ words }</p>
                <p class="actions">
                    { link(Route::Drill { id: id.clone() }, "button button--primary", html! { <>{ action }<span class="sr-only">{ format!(": {}", drill.title) }</span></> }) }
                </p>
            </li>
        }
    });
    let on_finish = course.on_finish.reform(|_: MouseEvent| ());
    html! {
        <div class="page page--course">
            <h1 tabindex="-1">{ &selection.title }</h1>
            <p class="lede">{ "This course is yours to work through in Rapport. Do each exercise below once to complete it; after every answer your progress goes to your organisation\u{2019}s learning platform, and you can carry on later from any device." }</p>
            <p class="course-status">
                <span>{ format!("{state}: {finished} of {of} exercises done") }</span>
                <span>{ format!("Score: {} of 100", score(progress)) }</span>
            </p>
            if !selection.scenarios.is_empty() {
                <h2>{ "Role-plays" }</h2>
                <ul class="scenario-list">{ for scenarios }</ul>
            }
            if !selection.drills.is_empty() {
                <h2>{ "Listening drills" }</h2>
                <ul class="scenario-list">{ for drills }</ul>
            }
            <h2>{ "Finish" }</h2>
            if course.finished {
                <p class="course-finished" role="status">{ "You have finished this session, and your learning platform has your progress. You can close this window; when you open the course again, you carry on where you left off." }</p>
            } else if course.finishing {
                <p class="course-finished" role="status">{ "Finishing: Rapport is still sending your progress to your learning platform. Your work is kept on this device meanwhile." }</p>
            } else {
                <p>{ "When you are done for now, finish the session: your time and your place in the course go to your learning platform, so you can carry on later." }</p>
                <p class="actions"><button type="button" class="button--primary" onclick={on_finish}>{ "Finish" }</button></p>
            }
        </div>
    }
}

/// A packaged exercise this device does not have (its pack could not be imported).
fn missing(id: &str) -> Html {
    html! {
        <li class="scenario-card">
            <h3 class="scenario-card__title">{ id }</h3>
            <p>{ "This exercise is not available on this device: the course\u{2019}s content pack could not be added. Your other exercises work as usual." }</p>
        </li>
    }
}
