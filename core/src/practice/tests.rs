//! A learner's path through a session, action by action.

use super::*;
use crate::coach::Roadblock;
use crate::content::Catalog;

const NOW: i64 = 1_800_000_000_000;

fn run(practice: Practice, actions: Vec<PracticeAction>) -> Practice {
    actions
        .into_iter()
        .fold(practice, |p, a| p.apply(a, &Catalog::default()))
}

#[test]
fn a_session_from_poor_reply_to_rating() {
    let p = run(
        Practice::default(),
        vec![PracticeAction::StartToday { now: NOW }],
    );
    assert_eq!(p.session.position(), (1, 5));
    let first = p.session.current().unwrap().to_owned();
    let p = run(
        p,
        vec![
            PracticeAction::Draft("You should just switch your phone off.".into()),
            PracticeAction::Check { now: NOW + 1 },
        ],
    );
    let verdict = p.assessment.as_ref().unwrap();
    assert!(verdict.roadblocks.contains(&Roadblock::Advising));
    assert_eq!(p.progress.attempts.len(), 1);
    assert_eq!(p.progress.attempts[0].drill, first);
    // Drafting is frozen while feedback is shown.
    let p = run(p, vec![PracticeAction::Draft("changed".into())]);
    assert_eq!(
        p.session.checked.as_deref(),
        Some("You should just switch your phone off.")
    );
    let p = run(
        p,
        vec![PracticeAction::Rate {
            rating: Rating::Again,
            now: NOW + 2,
        }],
    );
    assert_eq!(
        p.session.position(),
        (2, 6),
        "an 'again' drill comes back at the end"
    );
    assert_eq!(p.session.draft, "");
    assert_eq!(p.progress.attempts[0].rating, Some(Rating::Again));
    assert!(p.progress.cards.contains_key(&first));
}

#[test]
fn revise_lets_the_learner_try_again_on_the_same_drill() {
    let p = run(
        Practice::default(),
        vec![
            PracticeAction::Open {
                drill: "pinged-at-ten".into(),
                now: NOW,
            },
            PracticeAction::Draft("Don't worry about it.".into()),
            PracticeAction::Check { now: NOW },
            PracticeAction::Revise,
            PracticeAction::Draft(
                "It sounds exhausting to stay online until midnight. Is that right?".into(),
            ),
            PracticeAction::Check { now: NOW + 5 },
        ],
    );
    assert_eq!(p.progress.attempts.len(), 2);
    let verdict = p.assessment.as_ref().unwrap();
    assert!(
        verdict.reflection && verdict.roadblocks.is_empty(),
        "{verdict:?}"
    );
    let p = run(
        p,
        vec![PracticeAction::Rate {
            rating: Rating::Good,
            now: NOW + 6,
        }],
    );
    assert!(p.session.is_finished());
    assert_eq!(p.session_attempts().len(), 2);
}

#[test]
fn empty_replies_unknown_drills_and_stray_actions_change_nothing() {
    let start = run(
        Practice::default(),
        vec![PracticeAction::Open {
            drill: "pinged-at-ten".into(),
            now: NOW,
        }],
    );
    for action in [
        PracticeAction::Check { now: NOW },
        PracticeAction::Rate {
            rating: Rating::Good,
            now: NOW,
        },
        PracticeAction::Revise,
        PracticeAction::Open {
            drill: "no-such-drill".into(),
            now: NOW,
        },
        PracticeAction::Open {
            drill: "pinged-at-ten".into(),
            now: NOW + 9,
        },
    ] {
        assert_eq!(
            start.clone().apply(action.clone(), &Catalog::default()),
            start,
            "{action:?}"
        );
    }
}

#[test]
fn restoring_recomputes_feedback_and_drops_sessions_for_missing_drills() {
    let p = run(
        Practice::default(),
        vec![
            PracticeAction::Open {
                drill: "pinged-at-ten".into(),
                now: NOW,
            },
            PracticeAction::Draft("It sounds exhausting. Is that right?".into()),
            PracticeAction::Check { now: NOW },
        ],
    );
    let restored = Practice::restore(p.progress.clone(), p.session.clone(), &Catalog::default());
    assert_eq!(restored.assessment, p.assessment);
    let mut gone = p.session.clone();
    gone.queue = vec!["deleted-drill".into()];
    assert_eq!(
        Practice::restore(p.progress.clone(), gone, &Catalog::default()).session,
        Session::default()
    );
}

#[test]
fn very_long_replies_are_cut_not_refused() {
    let p = run(
        Practice::default(),
        vec![
            PracticeAction::Open {
                drill: "pinged-at-ten".into(),
                now: NOW,
            },
            PracticeAction::Draft("a".repeat(MAX_REPLY * 3)),
        ],
    );
    assert_eq!(p.session.draft.chars().count(), MAX_REPLY);
}
