//! A learner's path through a session, action by action.

use super::*;
use crate::coach::Roadblock;
use crate::content::Catalog;
use crate::practice::queue::NEW_PER_DAY;

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
    let mut gone = Session::clone(&p.session);
    gone.queue = vec!["deleted-drill".into()];
    assert_eq!(
        *Practice::restore(p.progress.clone(), gone, &Catalog::default()).session,
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

#[test]
fn checking_an_unchanged_reply_again_records_no_second_attempt() {
    let reply = "It sounds exhausting to stay online until midnight. Is that right?";
    let p = run(
        Practice::default(),
        vec![
            PracticeAction::Open {
                drill: "pinged-at-ten".into(),
                now: NOW,
            },
            PracticeAction::Draft(reply.into()),
            PracticeAction::Check { now: NOW },
            PracticeAction::Revise,
            PracticeAction::Check { now: NOW + 5 },
        ],
    );
    assert_eq!(
        p.progress.attempts.len(),
        1,
        "the same reply is one attempt"
    );
    assert_eq!(p.session_attempts().len(), 1);
    assert!(p.assessment.is_some(), "its feedback is shown again");
    // Rating it rates that one attempt.
    let p = run(
        p,
        vec![PracticeAction::Rate {
            rating: Rating::Good,
            now: NOW + 6,
        }],
    );
    assert_eq!(p.progress.attempts[0].rating, Some(Rating::Good));
    assert!(p.session.is_finished());

    // A changed reply is a new attempt, and so is the same reply once the drill was
    // rated and comes back.
    let p = run(
        Practice::default(),
        vec![
            PracticeAction::Open {
                drill: "pinged-at-ten".into(),
                now: NOW,
            },
            PracticeAction::Draft(reply.into()),
            PracticeAction::Check { now: NOW },
            PracticeAction::Rate {
                rating: Rating::Again,
                now: NOW + 1,
            },
            PracticeAction::Draft(reply.into()),
            PracticeAction::Check { now: NOW + 2 },
            PracticeAction::Revise,
            PracticeAction::Draft(format!("{reply} ")),
            PracticeAction::Check { now: NOW + 3 },
        ],
    );
    assert_eq!(
        p.progress.attempts.len(),
        2,
        "trailing spaces change nothing"
    );
    let p = run(
        p,
        vec![
            PracticeAction::Revise,
            PracticeAction::Draft("It sounds tiring. Is that right?".into()),
            PracticeAction::Check { now: NOW + 4 },
        ],
    );
    assert_eq!(p.progress.attempts.len(), 3);
}

#[test]
fn after_rating_the_learner_is_told_when_the_drill_comes_back() {
    let p = run(
        Practice::default(),
        vec![PracticeAction::StartToday { now: NOW }],
    );
    let first = p.session.current().unwrap().to_owned();
    let answer = |p: Practice, rating: Rating, at: i64| {
        run(
            p,
            vec![
                PracticeAction::Draft("It sounds exhausting. Is that right?".into()),
                PracticeAction::Check { now: at },
                PracticeAction::Rate { rating, now: at },
            ],
        )
    };
    let p = answer(p, Rating::Again, NOW + 1);
    let rated = p.rated.clone().unwrap();
    assert_eq!(rated.drill, first);
    assert_eq!(rated.back, ComesBack::LaterInSession { position: 6 });
    let utc = crate::when::Fixed(0);
    assert_eq!(
        rated.words("Pinged at ten", NOW, &utc),
        "\u{201c}Pinged at ten\u{201d} comes back later in this session, as drill 6 of 6."
    );
    // The next check puts the note away.
    let p = run(
        p,
        vec![
            PracticeAction::Draft("You should rest.".into()),
            PracticeAction::Check { now: NOW + 2 },
        ],
    );
    assert_eq!(p.rated, None);
    let p = run(
        p,
        vec![PracticeAction::Rate {
            rating: Rating::Good,
            now: NOW + 3,
        }],
    );
    let rated = p.rated.clone().unwrap();
    let ComesBack::At(due) = rated.back else {
        panic!("{rated:?}");
    };
    assert_eq!(due, p.progress.cards[&rated.drill].due);
    assert_eq!(
        rated.words("Async silence", NOW + 3, &utc),
        format!(
            "Next review of \u{201c}Async silence\u{201d}: {}.",
            crate::when::due(due, NOW + 3, &utc)
        )
    );
    assert!(rated.words("A", NOW + 3, &utc).ends_with(": tomorrow."));
    // A drill that already came back once is scheduled, not repeated again.
    let mut p = p;
    while p.session.current() != Some(first.as_str()) {
        p = answer(p, Rating::Good, NOW + 4);
    }
    let p = answer(p, Rating::Again, NOW + 5);
    assert_eq!(
        p.rated.as_ref().map(|r| &r.back),
        Some(&ComesBack::At(NOW + 5 + 10 * 60_000))
    );
    assert!(p
        .rated
        .unwrap()
        .words("A", NOW + 5, &utc)
        .ends_with(": in 10 minutes."));
}

#[test]
fn once_today_s_new_drills_are_done_the_learner_can_practise_more() {
    let library = &Catalog::default();
    let mut p = run(
        Practice::default(),
        vec![PracticeAction::StartToday { now: NOW }],
    );
    let first_five = p.session.queue.clone();
    let mut score = 0;
    while p.session.is_active() {
        // Replies of different quality, so the weakest can be told apart.
        let reply = if score % 2 == 0 {
            "You should just switch off."
        } else {
            "It sounds exhausting to be on call all the time. Is that right?"
        };
        score += 1;
        p = run(
            p,
            vec![
                PracticeAction::Draft(reply.into()),
                PracticeAction::Check { now: NOW + score },
                PracticeAction::Rate {
                    rating: Rating::Good,
                    now: NOW + score,
                },
            ],
        );
    }
    let today = p.today(library, NOW + 10);
    assert!(today.queue().is_empty(), "{today:?}");
    assert_eq!(today.more_new.len(), NEW_PER_DAY);
    assert!(today.more_new.iter().all(|id| !first_five.contains(id)));
    assert_eq!(today.weakest.len(), NEW_PER_DAY);
    let scores: Vec<u8> = today
        .weakest
        .iter()
        .map(|id| {
            p.progress
                .attempts
                .iter()
                .rev()
                .find(|a| &a.drill == id)
                .unwrap()
                .score
        })
        .collect();
    assert!(scores.windows(2).all(|w| w[0] <= w[1]), "{scores:?}");

    let more = run(
        p.clone(),
        vec![PracticeAction::PractiseMore {
            what: More::New,
            now: NOW + 10,
        }],
    );
    assert_eq!(more.session.queue, today.more_new);
    let weakest = run(
        p.clone(),
        vec![PracticeAction::PractiseMore {
            what: More::Weakest,
            now: NOW + 10,
        }],
    );
    assert_eq!(weakest.session.queue, today.weakest);

    // Within a filter that every drill has been practised under, only the weakest remain.
    let filter = Filter {
        theme: None,
        kind: None,
        difficulty: Some(1),
    };
    let mut p = run(p, vec![PracticeAction::SetFilter(filter.clone())]);
    for drill in library.drills().filter(|d| filter.fits(d)) {
        std::rc::Rc::make_mut(&mut p.progress).cards.insert(
            drill.id.clone(),
            crate::schedule::Card::new(NOW - 1).review(Rating::Good, NOW - 1),
        );
    }
    let today = p.today(library, NOW + 10);
    assert!(today.queue().is_empty() && today.more_new.is_empty());
    assert!(!today.weakest.is_empty());
}
