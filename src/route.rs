//! The app's routes. Hash routes (`#/privacy`) so deep links work from any static server
//! and from any sub-path, with no server-side fallback to configure.

use yew::{html, Html};
use yew_router::Routable;

use crate::pages;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/practice")]
    Practice,
    #[at("/drills/:id")]
    Drill { id: String },
    #[at("/roleplays")]
    Scenarios,
    #[at("/progress")]
    Progress,
    #[at("/roleplays/:id")]
    Scenario { id: String },
    #[at("/roleplays/:id/swap")]
    Swap { id: String },
    #[at("/privacy")]
    Privacy,
    #[at("/workshop")]
    Workshop,
    #[at("/workshop/run")]
    Projector,
    #[at("/workshop/print")]
    Print,
    #[at("/workshop/plan/:code")]
    SharedPlan { code: String },
    #[at("/packs")]
    Packs,
    #[at("/card/:topic/:role")]
    Card { topic: String, role: String },
    #[not_found]
    #[at("/not-found")]
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
}

impl Route {
    /// The link target for this route: a hash the browser follows without any script.
    pub fn href(&self) -> String {
        format!("#{}", self.to_path())
    }
}

/// The full address of `route` in this copy of the app, for links that leave the screen
/// (QR codes, shared plans).
pub fn absolute(route: &Route) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    format!("{base}{}", route.href())
}

/// The hash to switch to when `hash` is not a route path (`#privacy`, `#`, or a bare
/// anchor), so the router never sees a relative path; `None` when it is already fine.
pub fn normalised_hash(hash: &str) -> Option<String> {
    let rest = hash.strip_prefix('#').unwrap_or(hash);
    if rest.starts_with('/') {
        return None;
    }
    Some(format!("#/{rest}"))
}

/// The page for a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::Home /> },
        Route::Privacy => html! { <pages::privacy::Privacy /> },
        Route::Practice => html! { <pages::practice::PracticePage /> },
        Route::Drill { id } => html! { <pages::drill::DrillPage {id} /> },
        Route::Scenarios => html! { <pages::scenarios::ScenariosPage /> },
        Route::Progress => html! { <pages::progress::ProgressPage /> },
        Route::Scenario { id } => html! { <pages::scenario::ScenarioPage {id} /> },
        Route::Swap { id } => html! { <pages::swap::SwapPage {id} /> },
        Route::Workshop => html! { <pages::workshop::WorkshopPage /> },
        Route::Projector => html! { <pages::projector::ProjectorPage /> },
        Route::Print => html! { <pages::print::PrintPage /> },
        Route::SharedPlan { code } => html! { <pages::shared_plan::SharedPlanPage {code} /> },
        Route::Packs => html! { <pages::packs::PacksPage /> },
        Route::Card { topic, role } => html! { <pages::card::CardPage {topic} {role} /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_links_are_hash_paths() {
        assert_eq!(Route::Home.href(), "#/");
        assert_eq!(Route::Privacy.href(), "#/privacy");
        assert_eq!(
            Route::Drill {
                id: "late-pings".into()
            }
            .href(),
            "#/drills/late-pings"
        );
        assert_eq!(
            Route::recognize("/drills/x"),
            Some(Route::Drill { id: "x".into() })
        );
        assert_eq!(Route::recognize("/privacy"), Some(Route::Privacy));
        assert_eq!(Route::recognize("/nope"), Some(Route::NotFound));
    }

    #[test]
    fn relative_hashes_become_paths() {
        assert_eq!(normalised_hash("#/privacy"), None);
        assert_eq!(normalised_hash("#privacy").as_deref(), Some("#/privacy"));
        assert_eq!(normalised_hash("").as_deref(), Some("#/"));
        assert_eq!(normalised_hash("#").as_deref(), Some("#/"));
    }
}
