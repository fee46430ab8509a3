//! LMS mode's session: what is sent and in which order for each SCORM version, the LMS's
//! suspend data and the device's progress together at launch (the device's never lost, bad
//! data reported and not read), runs resumed from another device without being sent back,
//! and a failing LMS whose queue stays within its bound while nothing is lost.

use super::*;
use crate::coach::assess;
use crate::lms::selection::ScormVersion;
use crate::progress::Attempt;

const DRILLS: [&str; 2] = ["async-silence", "pinged-at-ten"];
const PLAY: &str = "not-by-friday";

fn selection(version: ScormVersion) -> Selection {
    Selection::new(
        "Listening",
        version,
        &[PLAY.to_owned()],
        &DRILLS.map(str::to_owned),
    )
}

fn attempt(drill: &str, at: i64, reply: &str) -> Attempt {
    let content = Catalog::default();
    let statement = content.drill(drill).unwrap().statement();
    Attempt::new(drill, at, reply, &assess(&statement, reply, None))
}

fn with_attempt(progress: &Progress, drill: &str, at: i64, reply: &str) -> Progress {
    let mut next = progress.clone();
    next.add(attempt(drill, at, reply));
    next
}

/// `plays` after choosing the beat's first choice as the author wrote them, `times` times.
fn choose(plays: &Plays, times: usize) -> Plays {
    (0..times).fold(plays.clone(), |plays, _| {
        let content = Catalog::default();
        let scenario = content.scenario(PLAY).unwrap();
        let state = plays.state(scenario);
        let (index, _) = state.visible_choices(scenario)[0];
        plays
            .apply(
                PlayAction::Answer {
                    scenario: PLAY.into(),
                    answer: Answer::Choice(index),
                },
                &content,
            )
            .unwrap()
    })
}

/// Makes every call the session asks for, taking each; returns them.
fn drain(session: &mut Session, suspend: &str, plays: &Plays) -> Vec<Call> {
    let mut made = Vec::new();
    while let Some(call) = session.next() {
        if call == Call::Initialize {
            session.initialised(suspend, Some("0"), plays);
        } else {
            session.sent();
        }
        made.push(call);
    }
    made
}

fn value<'a>(call: &'a Call, element: &str) -> Option<&'a str> {
    match call {
        Call::Set(pairs) => pairs
            .iter()
            .find(|(e, _)| e == element)
            .map(|(_, v)| v.as_str()),
        _ => None,
    }
}

fn set_elements(calls: &[Call]) -> Vec<String> {
    calls
        .iter()
        .flat_map(|c| match c {
            Call::Set(pairs) => pairs.iter().map(|(e, _)| e.clone()).collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn a_session_initialises_sends_progress_and_commits_then_one_record_per_answer() {
    let content = Catalog::default();
    for version in [ScormVersion::V12, ScormVersion::V2004] {
        let (progress, plays) = (Progress::default(), Plays::default());
        let mut session = Session::start(selection(version), &progress, &plays, 1_000);
        let launch = drain(&mut session, "", &plays);
        assert_eq!(launch[0], Call::Initialize);
        assert_eq!(launch[2], Call::Commit);
        assert_eq!(launch.len(), 3);
        let (status, score, suspend) = match version {
            ScormVersion::V12 => (
                "cmi.core.lesson_status",
                "cmi.core.score.raw",
                "cmi.suspend_data",
            ),
            ScormVersion::V2004 => ("cmi.completion_status", "cmi.score.raw", "cmi.suspend_data"),
        };
        assert_eq!(value(&launch[1], status), Some("incomplete"));
        assert_eq!(value(&launch[1], score), Some("0"));
        assert!(value(&launch[1], suspend).unwrap().starts_with("R1."));

        // A drill reply: its verdict, not its words.
        let reply = "It sounds like the silence has left you feeling ignored. Is that right?";
        let progress = with_attempt(&progress, DRILLS[0], 5_000, reply);
        session.observe(&progress, &plays, &content, 5_000);
        let made = drain(&mut session, "", &plays);
        let response = match version {
            ScormVersion::V12 => "cmi.interactions.0.student_response",
            ScormVersion::V2004 => "cmi.interactions.0.learner_response",
        };
        assert_eq!(
            value(&made[0], "cmi.interactions.0.id"),
            Some("drill.async-silence")
        );
        let verdict = value(&made[0], response).unwrap();
        assert!(verdict.contains(" of 100"), "{verdict}");
        assert!(
            !verdict.contains("silence"),
            "the reply's words are not sent: {verdict}"
        );
        assert!(value(&made[1], score).unwrap().parse::<u32>().unwrap() > 0);
        assert_eq!(made[2], Call::Commit);
        assert_eq!(made.len(), 3);

        // A role-play choice: the next record, its letter.
        let plays = choose(&plays, 1);
        session.observe(&progress, &plays, &content, 6_000);
        let made = drain(&mut session, "", &plays);
        assert!(value(&made[0], "cmi.interactions.1.id")
            .unwrap()
            .starts_with("roleplay.not-by-friday."));
        assert_eq!(value(&made[0], "cmi.interactions.1.type"), Some("choice"));
        assert!(value(&made[1], suspend).unwrap().starts_with("R1."));
        // The suspend data counts the records sent, so the next session numbers on.
        let data = value(&made[1], suspend).unwrap();
        assert_eq!(data.split('.').nth(2), Some("2"), "{data}");

        // Nothing new, nothing sent.
        session.observe(&progress, &plays, &content, 7_000);
        assert_eq!(session.next(), None);
    }
}

#[test]
fn the_reply_s_words_go_only_when_the_package_says_so() {
    let mut chosen = selection(ScormVersion::V12);
    chosen.send_replies = true;
    let plays = Plays::default();
    let mut session = Session::start(chosen, &Progress::default(), &plays, 0);
    drain(&mut session, "", &plays);
    let progress = with_attempt(
        &Progress::default(),
        DRILLS[1],
        10,
        "You sound fed up with late pings.",
    );
    session.observe(&progress, &plays, &Catalog::default(), 10);
    let made = drain(&mut session, "", &plays);
    assert_eq!(
        value(&made[0], "cmi.interactions.0.student_response"),
        Some("You sound fed up with late pings.")
    );
}

#[test]
fn what_the_device_held_before_the_session_and_other_exercises_are_not_sent() {
    let before = with_attempt(&Progress::default(), DRILLS[0], 10, "You feel ignored.");
    let plays = choose(&Plays::default(), 2);
    let mut session = Session::start(selection(ScormVersion::V12), &before, &plays, 0);
    let launch = drain(&mut session, "", &plays);
    // The device's own progress is in the first status and suspend data...
    assert!(value(&launch[1], "cmi.suspend_data")
        .unwrap()
        .contains(".o"));
    assert_ne!(value(&launch[1], "cmi.core.score.raw"), Some("0"));
    // ...but not sent as answers of this session.
    assert!(!set_elements(&launch)
        .iter()
        .any(|e| e.starts_with("cmi.interactions")));
    let other = with_attempt(&before, "weekend-deploys", 20, "You sound tired.");
    session.observe(&other, &plays, &Catalog::default(), 20);
    assert_eq!(
        session.next(),
        None,
        "a drill outside the package is not the LMS's"
    );
}

#[test]
fn finishing_sends_the_session_time_and_suspend_exit_then_commits_and_finishes() {
    for (version, time, exit, took) in [
        (
            ScormVersion::V12,
            "cmi.core.session_time",
            "cmi.core.exit",
            "0000:01:02.50",
        ),
        (
            ScormVersion::V2004,
            "cmi.session_time",
            "cmi.exit",
            "PT1M2.5S",
        ),
    ] {
        let plays = Plays::default();
        let mut session = Session::start(selection(version), &Progress::default(), &plays, 1_000);
        drain(&mut session, "", &plays);
        session.finish(63_500);
        assert!(session.finishing && !session.finished);
        let made = drain(&mut session, "", &plays);
        assert!(value(&made[0], "cmi.suspend_data").is_some());
        assert_eq!(value(&made[1], time), Some(took));
        assert_eq!(value(&made[1], exit), Some("suspend"));
        assert_eq!(&made[2..], &[Call::Commit, Call::Finish]);
        assert!(session.finished);
        // Practice after the finish stays on the device only.
        let progress = with_attempt(&Progress::default(), DRILLS[0], 70_000, "You feel ignored.");
        session.observe(&progress, &plays, &Catalog::default(), 70_000);
        session.finish(80_000);
        assert_eq!(session.next(), None);
    }
}

#[test]
fn the_lms_s_progress_joins_the_device_s_and_never_lowers_it() {
    let chosen = selection(ScormVersion::V12);
    let here = with_attempt(
        &Progress::default(),
        DRILLS[0],
        10,
        "It sounds like you feel ignored by the silence.",
    );
    let mine = PackageProgress::from_records(&chosen, &here, &Plays::default(), 0);
    let theirs = PackageProgress {
        drills: vec![Some(1), Some(90)],
        scenarios: vec![ScenarioProgress {
            ended: true,
            run: Vec::new(),
        }],
        interactions: 7,
    };
    let mut session = Session::start(chosen.clone(), &here, &Plays::default(), 0);
    assert_eq!(session.next(), Some(Call::Initialize));
    let launch = session.initialised(&theirs.encode(&chosen), None, &Plays::default());
    assert_eq!(launch, Launch::default());
    assert_eq!(
        session.progress.drills,
        vec![mine.drills[0].max(Some(1)), Some(90)]
    );
    assert!(session.progress.scenarios[0].ended);
    // Without a count from the LMS, records are numbered on from the suspend data's.
    session.observe(
        &with_attempt(&here, DRILLS[1], 20, "You sound fed up."),
        &Plays::default(),
        &Catalog::default(),
        20,
    );
    let made = drain(&mut session, "", &Plays::default());
    assert!(
        made.iter()
            .any(|c| value(c, "cmi.interactions.7.id").is_some()),
        "{made:?}"
    );
    assert_eq!(value(&made[1], "cmi.core.lesson_status"), Some("completed"));
}

#[test]
fn the_lms_s_own_count_numbers_the_records_when_it_gives_one() {
    let plays = Plays::default();
    let chosen = selection(ScormVersion::V2004);
    let data = PackageProgress {
        interactions: 9,
        ..PackageProgress::fresh(&chosen)
    }
    .encode(&chosen);
    let mut session = Session::start(chosen, &Progress::default(), &plays, 0);
    session.initialised(&data, Some("4"), &plays);
    drain(&mut session, "", &plays);
    let progress = with_attempt(&Progress::default(), DRILLS[0], 10, "You feel ignored.");
    session.observe(&progress, &plays, &Catalog::default(), 10);
    assert!(value(&session.next().unwrap(), "cmi.interactions.4.id").is_some());
}

#[test]
fn bad_or_foreign_suspend_data_is_reported_and_not_read() {
    let chosen = selection(ScormVersion::V12);
    let here = with_attempt(
        &Progress::default(),
        DRILLS[0],
        10,
        "It sounds like you feel ignored.",
    );
    let mine = PackageProgress::from_records(&chosen, &here, &Plays::default(), 0);
    let other = Selection::new("Other", ScormVersion::V12, &[], &["weekend-deploys".into()]);
    let foreign = PackageProgress {
        drills: vec![Some(99)],
        ..PackageProgress::fresh(&other)
    }
    .encode(&other);
    for (data, writes_back) in [
        (foreign.as_str(), true),
        ("R1.garbage", true),
        ("not ours at all", true),
        (&*"R1.".repeat(2000), true),
        ("R2.Kx3_.7.--BZ.oab,e", false),
    ] {
        let mut session = Session::start(chosen.clone(), &here, &Plays::default(), 0);
        let launch = session.initialised(data, Some("0"), &Plays::default());
        let said = launch.unread.expect("reported");
        assert!(said.contains("could not use"), "{said}");
        assert!(launch.resume.is_empty());
        assert_eq!(session.progress, mine, "the device's progress as it was");
        let made = drain(&mut session, "", &Plays::default());
        // Another version's data is left for it; anything else that cannot be read is replaced.
        assert_eq!(
            value(&made[0], "cmi.suspend_data").is_some(),
            writes_back,
            "{data}"
        );
        assert!(value(&made[0], "cmi.core.score.raw").is_some());
    }
}

#[test]
fn a_run_taken_further_on_another_device_is_resumed_and_not_sent_back() {
    let content = Catalog::default();
    let chosen = selection(ScormVersion::V12);
    // Another device played two choices; this one has played the first of them.
    let elsewhere = choose(&Plays::default(), 2);
    let theirs = PackageProgress::from_records(&chosen, &Progress::default(), &elsewhere, 3);
    let here = choose(&Plays::default(), 1);
    let mut session = Session::start(chosen.clone(), &Progress::default(), &here, 0);
    let launch = session.initialised(&theirs.encode(&chosen), Some("3"), &here);
    assert_eq!(launch.resume.len(), 1);
    // Before the resumed answers arrive in the device's records, nothing is lost or sent.
    session.observe(&Progress::default(), &here, &content, 1);
    let resumed = launch
        .resume
        .into_iter()
        .fold(here, |plays, action| plays.apply(action, &content).unwrap());
    assert_eq!(resumed.runs.get(PLAY), elsewhere.runs.get(PLAY));
    session.observe(&Progress::default(), &resumed, &content, 2);
    let made = drain(&mut session, "", &resumed);
    assert!(
        !set_elements(&made)
            .iter()
            .any(|e| e.starts_with("cmi.interactions")),
        "{made:?}"
    );
    assert_eq!(session.progress.scenarios[0].run.len(), 2);
    // The next choice is new: record number 3, and it reaches an ending.
    let further = choose(&resumed, 1);
    session.observe(&Progress::default(), &further, &content, 3);
    assert!(value(&session.next().unwrap(), "cmi.interactions.3.id").is_some());
    assert!(session.progress.scenarios[0].ended);
}

#[test]
fn a_run_of_this_device_s_own_is_never_replaced() {
    let content = Catalog::default();
    let chosen = selection(ScormVersion::V12);
    let scenario = content.scenario(PLAY).unwrap();
    // This device chose differently at the first beat.
    let state = Plays::default().state(scenario);
    let (second, _) = state.visible_choices(scenario)[1];
    let here = Plays::default()
        .apply(
            PlayAction::Answer {
                scenario: PLAY.into(),
                answer: Answer::Choice(second),
            },
            &content,
        )
        .unwrap();
    let theirs = PackageProgress::from_records(
        &chosen,
        &Progress::default(),
        &choose(&Plays::default(), 3),
        3,
    );
    let mut session = Session::start(chosen.clone(), &Progress::default(), &here, 0);
    let launch = session.initialised(&theirs.encode(&chosen), None, &here);
    assert!(launch.resume.is_empty());
    assert_eq!(
        session.progress.scenarios[0].run.len(),
        3,
        "the longer run is what the LMS keeps"
    );
    session.observe(&Progress::default(), &here, &content, 1);
    assert_eq!(
        session.progress.scenarios[0].run,
        vec![second as u8],
        "once this device plays on, its own"
    );
}

#[test]
fn a_failing_lms_keeps_every_call_within_the_bound_and_tells_the_learner() {
    for version in [ScormVersion::V12, ScormVersion::V2004] {
        let content = Catalog::default();
        let plays = Plays::default();
        let mut session = Session::start(selection(version), &Progress::default(), &plays, 0);
        // Initialise itself fails: nothing is lost, the learner is told, it is tried again.
        session.failed("LMSInitialize", "101");
        let said = session.trouble().unwrap();
        assert!(
            said.contains("kept on this device") && said.contains("error 101"),
            "{said}"
        );
        assert_eq!(session.next(), Some(Call::Initialize));
        drain(&mut session, "", &plays);
        assert_eq!(session.trouble(), None, "a call taken clears the trouble");

        let mut progress = Progress::default();
        for i in 0..400 {
            progress = with_attempt(
                &progress,
                DRILLS[i % 2],
                1_000 + i as i64,
                &format!("You feel ignored {i}."),
            );
            session.observe(&progress, &plays, &content, 1_000 + i as i64);
            session.failed("SetValue", "391");
            assert!(session.pending() <= MAX_PENDING, "{}", session.pending());
        }
        assert!(session.dropped > 0);
        let said = session.trouble().unwrap();
        assert!(said.contains("earliest answers"), "{said}");
        // The LMS recovers: the records kept go out numbered without a gap, then the progress.
        let made = drain(&mut session, "", &plays);
        let ids: Vec<String> = set_elements(&made)
            .into_iter()
            .filter(|e| e.ends_with(".id") && e.starts_with("cmi.interactions."))
            .collect();
        let kept = 400 - session.dropped as usize;
        assert_eq!(ids.len(), kept);
        assert_eq!(ids[kept - 1], format!("cmi.interactions.{}.id", kept - 1));
        assert_eq!(made.last(), Some(&Call::Commit));
        assert!(
            made.iter()
                .filter(|c| value(c, "cmi.suspend_data").is_some())
                .count()
                == 1
        );
        assert_eq!(session.trouble(), None);
        let data = value(&made[made.len() - 2], "cmi.suspend_data").unwrap();
        assert!(
            data.contains(".") && !data.contains("--"),
            "both drills done: {data}"
        );
    }
}

#[test]
fn the_privacy_page_and_the_missing_lms_say_the_work_is_kept() {
    assert!(MISSING.contains("kept on this device"));
}
