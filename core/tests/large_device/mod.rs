//! A device with a long history and four large packs, as the keystroke benchmark and the
//! test of what a keystroke copies load it.

mod attempts;

use rapport_core::content::pack::EXAMPLE;
use rapport_core::practice::{Practice, PracticeAction, Session};
use rapport_core::progress::Progress;
use rapport_core::scenario::play::Plays;
use rapport_core::settings::Settings;
use rapport_core::state::{Action, AppState, PacksAction};

pub fn ten_thousand_attempts() -> Progress {
    attempts::history(10_000, |i| {
        format!(
            "It sounds like you're worn out by the late messages from the other time zone (attempt {i}). Is that right?"
        )
    })
}

/// A pack of the guide's example: its drill and role-play 40 times over (the most
/// role-plays a pack may hold) and its drill 360 times more (the most drills a pack may hold), under the id `name`.
pub fn large_pack(name: &str) -> String {
    let body = EXAMPLE.find("\ndrill:").expect("the example has a drill");
    let scenario = EXAMPLE
        .find("\nscenario:")
        .expect("the example has a role-play");
    let mut pack = EXAMPLE[..body].replace("team-north", name);
    for n in 0..40 {
        pack += &EXAMPLE[body..].replace("team-north-", &format!("{name}-{n}-"));
    }
    for n in 40..400 {
        pack += &EXAMPLE[body..scenario].replace("team-north-", &format!("{name}-{n}-"));
    }
    pack.replace("team-north", name)
}

/// The state with 10,000 attempts and four packs of about 465 KB each, a drill open;
/// and the packs' size in bytes.
pub fn loaded() -> (AppState, usize) {
    let mut state = AppState::new(
        Settings::default(),
        Practice::default(),
        Plays::default(),
        [],
    );
    let mut bytes = 0;
    for (n, name) in ["team-a", "team-b", "team-c", "team-d"].iter().enumerate() {
        let source = large_pack(name);
        bytes += source.len();
        state = state.apply(Action::Packs(PacksAction::Import {
            file: format!("{name}.txt"),
            source,
            now: n as i64,
        }));
    }
    assert_eq!(state.packs.list.len(), 4, "{:?}", state.pack_report);
    let state = state
        .with_practice(ten_thousand_attempts(), Session::default())
        .apply(Action::Practice(PracticeAction::Open {
            drill: "pinged-at-ten".into(),
            now: 1,
        }));
    assert!(state.practice.session.is_active());
    (state, bytes)
}
