//! The app's routes. Hash routes (`#/privacy`) so deep links work from any static server
//! and from any sub-path, with no server-side fallback to configure.

use yew::{html, Html};

use crate::course::CourseView;
use crate::pages;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Practice,
    Drill {
        id: String,
    },
    Scenarios,
    Progress,
    Scenario {
        id: String,
    },
    Swap {
        id: String,
    },
    Privacy,
    Workshop,
    Projector,
    Print,
    SharedPlan {
        code: String,
    },
    Packs,
    PackFormat,
    /// The authoring studio, opening the imported pack `pack` when one is named.
    Studio {
        pack: Option<String>,
    },
    Card {
        topic: String,
        role: String,
    },
    NotFound,
}

impl Route {
    /// The routes the header links to, with their link text.
    pub const NAV: &'static [(Route, &'static str)] = &[
        (Route::Home, "Home"),
        (Route::Practice, "Practice"),
        (Route::Scenarios, "Role-plays"),
        (Route::Progress, "Progress"),
        (Route::Workshop, "Workshop"),
        (Route::Packs, "Packs"),
        (Route::Privacy, "Privacy"),
    ];

    /// The header's links in LMS mode: the course and what it sends.
    pub const COURSE_NAV: &'static [(Route, &'static str)] =
        &[(Route::Home, "Course"), (Route::Privacy, "Privacy")];

    /// The header's section this page belongs to: a drill is part of Practice, a role-play
    /// (and its swapped seats) of Role-plays, and everything a facilitator prints, projects
    /// or hands out of Workshop. The pages the header links to are their own section; the
    /// not-found page is in none, and answers itself.
    pub fn section(&self) -> Route {
        match self {
            Route::Drill { .. } => Route::Practice,
            Route::Scenario { .. } | Route::Swap { .. } => Route::Scenarios,
            Route::Projector | Route::Print | Route::SharedPlan { .. } | Route::Card { .. } => {
                Route::Workshop
            }
            Route::PackFormat | Route::Studio { .. } => Route::Packs,
            other => other.clone(),
        }
    }
}

impl Route {
    /// The path of this route, as it stands after the `#`.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Practice => "/practice".into(),
            Route::Drill { id } => format!("/drills/{id}"),
            Route::Scenarios => "/roleplays".into(),
            Route::Progress => "/progress".into(),
            Route::Scenario { id } => format!("/roleplays/{id}"),
            Route::Swap { id } => format!("/roleplays/{id}/swap"),
            Route::Privacy => "/privacy".into(),
            Route::Workshop => "/workshop".into(),
            Route::Projector => "/workshop/run".into(),
            Route::Print => "/workshop/print".into(),
            Route::SharedPlan { code } => format!("/workshop/plan/{code}"),
            Route::Packs => "/packs".into(),
            Route::PackFormat => "/packs/format".into(),
            Route::Studio { pack: None } => "/packs/edit".into(),
            Route::Studio { pack: Some(id) } => format!("/packs/edit/{id}"),
            Route::Card { topic, role } => format!("/card/{topic}/{role}"),
            Route::NotFound => "/not-found".into(),
        }
    }

    /// The route a path names, or `NotFound`. Empty segments are ignored, so a trailing
    /// slash changes nothing, and escaped characters (`%2D`) are read as themselves.
    pub fn parse(path: &str) -> Route {
        let path = path.split('?').next().unwrap_or_default();
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(unescape)
            .collect();
        let id = |s: &str| s.to_owned();
        match segments.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            [] => Route::Home,
            ["practice"] => Route::Practice,
            ["drills", drill] => Route::Drill { id: id(drill) },
            ["roleplays"] => Route::Scenarios,
            ["progress"] => Route::Progress,
            ["roleplays", scenario] => Route::Scenario { id: id(scenario) },
            ["roleplays", scenario, "swap"] => Route::Swap { id: id(scenario) },
            ["privacy"] => Route::Privacy,
            ["workshop"] => Route::Workshop,
            ["workshop", "run"] => Route::Projector,
            ["workshop", "print"] => Route::Print,
            ["workshop", "plan", code] => Route::SharedPlan { code: id(code) },
            ["packs"] => Route::Packs,
            ["packs", "format"] => Route::PackFormat,
            ["packs", "edit"] => Route::Studio { pack: None },
            ["packs", "edit", pack] => Route::Studio {
                pack: Some(id(pack)),
            },
            ["card", topic, role] => Route::Card {
                topic: id(topic),
                role: id(role),
            },
            _ => Route::NotFound,
        }
    }

    /// The route a location hash (`#/privacy`, `#privacy` or empty) names.
    pub fn from_hash(hash: &str) -> Route {
        Route::parse(hash.strip_prefix('#').unwrap_or(hash))
    }

    /// Whether this route is one of the facilitator's tools (the workshop planner, the
    /// projector, the print deck, the packs and the studio). A learner and a participant
    /// never need them, so the learner's build (`index.html`) leaves them out and links to
    /// the full build (`workshop.html`) instead. A role card is a participant's page.
    pub fn is_facilitator_tool(&self) -> bool {
        matches!(
            self,
            Route::Workshop
                | Route::Projector
                | Route::Print
                | Route::SharedPlan { .. }
                | Route::Packs
                | Route::PackFormat
                | Route::Studio { .. }
        )
    }

    /// The link target for this route: a hash the browser follows without any script, on
    /// the page of the build that has the route (an ordinary page load from the learner's
    /// build to a facilitator's tool; the full build has every route).
    pub fn href(&self) -> String {
        if !HAS_FACILITATOR_TOOLS && self.is_facilitator_tool() {
            format!("{FACILITATOR_PAGE}#{}", self.path())
        } else {
            format!("#{}", self.path())
        }
    }
}

/// Whether this build has the facilitator's tools (the `facilitator` feature: the full
/// build, `workshop.html`) or is the learner's (`index.html`).
pub const HAS_FACILITATOR_TOOLS: bool = cfg!(feature = "facilitator");

/// The page of the full build, beside the learner's `index.html`.
pub const FACILITATOR_PAGE: &str = "workshop.html";

impl Route {}

/// `segment` with its `%XX` escapes decoded; left as it is when they do not make UTF-8.
fn unescape(segment: &str) -> String {
    if !segment.contains('%') {
        return segment.to_owned();
    }
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| segment.to_owned())
}

/// The full address of `route` in this copy of the app, for links that leave the screen
/// (QR codes, shared plans): on the learner's page for what a learner or participant
/// opens (a role card on a phone loads the small build), on the full build's for a
/// facilitator's tool, whichever page this is.
pub fn absolute(route: &Route) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    address_in(&here, route)
}

/// `route`'s address beside the page at `here`.
fn address_in(here: &str, route: &Route) -> String {
    let base = here.split('#').next().unwrap_or_default();
    let (page, query) = base.split_at(base.find('?').unwrap_or(base.len()));
    let folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    let file = if route.is_facilitator_tool() {
        FACILITATOR_PAGE
    } else {
        ""
    };
    format!("{folder}{file}{query}#{}", route.path())
}

/// The hash to switch to when `hash` is not a route path (`#privacy`, or a bare anchor),
/// so the address shows the route's own link; `None` when it is already fine. No hash at
/// all is the home page as it is: rewriting it is a same-document navigation, which took
/// 2 to 10 ms of every start at the plain address.
pub fn normalised_hash(hash: &str) -> Option<String> {
    let rest = hash.strip_prefix('#').unwrap_or(hash);
    if rest.is_empty() || rest.starts_with('/') {
        return None;
    }
    Some(format!("#/{rest}"))
}

/// The page for a route. In LMS mode (`course`) the home page and the exercise lists are
/// the course's page, which offers only the packaged exercises. The course goes to the two
/// pages that show it as a property: a context of its own cost more code.
pub fn switch(route: Route, course: Option<CourseView>) -> Html {
    match (route, course) {
        (Route::Home | Route::Practice | Route::Scenarios, Some(course)) => {
            html! { <pages::course::CoursePage {course} /> }
        }
        (Route::Privacy, course) => html! { <pages::privacy::Privacy {course} /> },
        (route, _) => switch_page(route),
    }
}

fn switch_page(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::Home /> },
        Route::Privacy => html! { <pages::privacy::Privacy course={None::<CourseView>} /> },
        Route::Practice => html! { <pages::practice::PracticePage /> },
        Route::Drill { id } => html! { <pages::drill::DrillPage {id} /> },
        Route::Scenarios => html! { <pages::scenarios::ScenariosPage /> },
        Route::Progress => html! { <pages::progress::ProgressPage /> },
        Route::Scenario { id } => html! { <pages::scenario::ScenarioPage {id} /> },
        Route::Swap { id } => html! { <pages::swap::SwapPage {id} /> },
        Route::Card { topic, role } => html! { <pages::card::CardPage {topic} {role} /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
        tool => facilitator_page(tool),
    }
}

/// A facilitator's tool, in the full build.
#[cfg(feature = "facilitator")]
fn facilitator_page(route: Route) -> Html {
    match route {
        Route::Workshop => html! { <pages::workshop::WorkshopPage /> },
        Route::Projector => html! { <pages::projector::ProjectorPage /> },
        Route::Print => html! { <pages::print::PrintPage /> },
        Route::SharedPlan { code } => html! { <pages::shared_plan::SharedPlanPage {code} /> },
        Route::Packs => html! { <pages::packs::PacksPage /> },
        Route::PackFormat => html! { <pages::format::FormatPage /> },
        Route::Studio { pack } => html! { <pages::studio::StudioPage {pack} /> },
        _ => html! { <pages::not_found::NotFound /> },
    }
}

/// A facilitator's tool asked of the learner's build (a link typed or kept from before
/// the split): the page that opens it in the full build.
#[cfg(not(feature = "facilitator"))]
fn facilitator_page(route: Route) -> Html {
    html! { <pages::elsewhere::Elsewhere {route} /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_addresses_open_the_build_that_has_the_route() {
        let card = Route::Card {
            topic: "t".into(),
            role: "observer".into(),
        };
        for here in [
            "https://x.org/team/rapport/",
            "https://x.org/team/rapport/index.html#/workshop",
            "https://x.org/team/rapport/workshop.html#/workshop/run",
        ] {
            assert_eq!(
                address_in(here, &card),
                "https://x.org/team/rapport/#/card/t/observer"
            );
            assert_eq!(
                address_in(here, &Route::Workshop),
                "https://x.org/team/rapport/workshop.html#/workshop"
            );
        }
        assert_eq!(
            address_in("https://x.org/r/workshop.html?lms=1#/", &Route::Home),
            "https://x.org/r/?lms=1#/"
        );
    }

    #[test]
    fn facilitator_tools_are_the_planner_projector_print_packs_and_studio() {
        let tools: Vec<&str> = [
            "/workshop",
            "/workshop/run",
            "/workshop/print",
            "/workshop/plan/x",
            "/packs",
            "/packs/format",
            "/packs/edit",
            "/packs/edit/p",
        ]
        .into_iter()
        .filter(|p| Route::parse(p).is_facilitator_tool())
        .collect();
        assert_eq!(tools.len(), 8);
        for learner in [
            "/",
            "/practice",
            "/drills/d",
            "/roleplays",
            "/roleplays/s",
            "/roleplays/s/swap",
            "/progress",
            "/privacy",
            "/card/t/r",
            "/nope",
        ] {
            assert!(!Route::parse(learner).is_facilitator_tool(), "{learner}");
        }
        // The tests build the full app, where every route is a hash on this page.
        assert_eq!(Route::Studio { pack: None }.href(), "#/packs/edit");
    }

    #[test]
    fn route_links_are_hash_paths() {
        assert_eq!(Route::Home.href(), "#/");
        assert_eq!(Route::Privacy.href(), "#/privacy");
        assert_eq!(Route::parse("/packs/format"), Route::PackFormat);
        assert_eq!(Route::PackFormat.section(), Route::Packs);
        assert_eq!(
            Route::Drill {
                id: "late-pings".into()
            }
            .href(),
            "#/drills/late-pings"
        );
    }

    #[test]
    fn every_route_reads_back_from_its_own_link() {
        let id = || "late-pings".to_owned();
        let routes = [
            Route::Home,
            Route::Practice,
            Route::Drill { id: id() },
            Route::Scenarios,
            Route::Progress,
            Route::Scenario { id: id() },
            Route::Swap { id: id() },
            Route::Privacy,
            Route::Workshop,
            Route::Projector,
            Route::Print,
            Route::SharedPlan {
                code: "MQpUZWFt-_".into(),
            },
            Route::Packs,
            Route::Studio { pack: None },
            Route::Studio { pack: Some(id()) },
            Route::Card {
                topic: id(),
                role: "observer".into(),
            },
            Route::NotFound,
        ];
        for route in routes {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }

    #[test]
    fn every_page_is_in_the_section_the_header_marks() {
        let id = || "late-pings".to_owned();
        let cases = [
            (Route::Drill { id: id() }, Route::Practice),
            (Route::Scenario { id: id() }, Route::Scenarios),
            (Route::Swap { id: id() }, Route::Scenarios),
            (Route::Projector, Route::Workshop),
            (Route::Print, Route::Workshop),
            (Route::SharedPlan { code: id() }, Route::Workshop),
            (Route::Studio { pack: None }, Route::Packs),
            (Route::Studio { pack: Some(id()) }, Route::Packs),
            (
                Route::Card {
                    topic: id(),
                    role: "observer".into(),
                },
                Route::Workshop,
            ),
        ];
        for (page, section) in cases {
            assert_eq!(page.section(), section, "{page:?}");
        }
        for (page, _) in Route::NAV {
            assert_eq!(page.section(), *page, "a linked page is its own section");
        }
        assert!(!Route::NAV
            .iter()
            .any(|(r, _)| *r == Route::NotFound.section()));
    }

    #[test]
    fn unknown_odd_and_escaped_paths() {
        assert_eq!(Route::parse("/nope"), Route::NotFound);
        assert_eq!(Route::parse("/drills"), Route::NotFound);
        assert_eq!(Route::parse("/drills/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/practice/"), Route::Practice);
        assert_eq!(Route::parse("/practice?x=1"), Route::Practice);
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#privacy"), Route::Privacy);
        assert_eq!(
            Route::parse("/drills/late%2Dpings"),
            Route::Drill {
                id: "late-pings".into()
            }
        );
        assert_eq!(
            Route::parse("/drills/100%"),
            Route::Drill { id: "100%".into() }
        );
        assert_eq!(
            Route::parse("/drills/%FF"),
            Route::Drill { id: "%FF".into() }
        );
    }

    #[test]
    fn relative_hashes_become_paths() {
        assert_eq!(normalised_hash("#/privacy"), None);
        assert_eq!(normalised_hash("#privacy").as_deref(), Some("#/privacy"));
        assert_eq!(normalised_hash(""), None);
        assert_eq!(normalised_hash("#"), None);
        assert_eq!(Route::from_hash(""), Route::Home);
    }
}
