//! Suspend data: round trips for arbitrary progress, the 4,096-character limit at the
//! largest selection, and hostile or stale data reported, never a panic.

use proptest::prelude::*;

use super::*;
use crate::lms::selection::ScormVersion;
use crate::progress::Attempt;
use crate::sorted::SortedSet;

fn selection(scenarios: usize, drills: usize) -> Selection {
    let ids = |prefix: &str, n: usize| -> Vec<String> {
        (0..n).map(|i| format!("{prefix}-{i}")).collect()
    };
    Selection::new(
        "T",
        ScormVersion::V12,
        &ids("s", scenarios),
        &ids("d", drills),
    )
}

fn progress_for(selection: &Selection) -> impl Strategy<Value = PackageProgress> {
    let run = prop::collection::vec(0..MAX_CHOICES as u8, 0..=MAX_RUN);
    (
        prop::collection::vec(prop::option::of(0..=100u8), selection.drills.len()),
        prop::collection::vec((any::<bool>(), run), selection.scenarios.len()),
        0..=MAX_INTERACTIONS,
    )
        .prop_map(|(drills, scenarios, interactions)| PackageProgress {
            drills,
            scenarios: scenarios
                .into_iter()
                .map(|(ended, run)| ScenarioProgress { ended, run })
                .collect(),
            interactions,
        })
}

fn any_selection_and_progress() -> impl Strategy<Value = (Selection, PackageProgress)> {
    (0..=MAX_EXERCISES)
        .prop_flat_map(|total| (Just(total), 0..=total))
        .prop_map(|(total, scenarios)| selection(scenarios, total - scenarios))
        .prop_flat_map(|s| {
            let p = progress_for(&s);
            (Just(s), p)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_progress_reads_back_as_written_within_the_limit((selection, progress) in any_selection_and_progress()) {
        let data = progress.encode(&selection);
        prop_assert!(data.len() <= MAX_ENCODED, "{} characters", data.len());
        prop_assert!(data.is_ascii());
        prop_assert_eq!(PackageProgress::decode(&data, &selection), Ok(progress));
    }

    #[test]
    fn arbitrary_text_up_to_the_limit_never_panics(data in prop::collection::vec(any::<char>(), 0..=LIMIT)) {
        let data: String = data.into_iter().collect();
        let selection = selection(3, 4);
        let _ = PackageProgress::decode(&data, &selection);
    }

    #[test]
    fn text_in_the_formats_own_alphabet_never_panics(data in "R1\\.[A-Za-z0-9_\\-.,]{0,4090}") {
        let selection = selection(2, 2);
        if let Ok(read) = PackageProgress::decode(&data, &selection) {
            prop_assert_eq!(read.drills.len(), 2);
            prop_assert_eq!(read.scenarios.len(), 2);
        }
    }
}

#[test]
fn the_largest_progress_of_the_largest_selection_is_exactly_the_computed_maximum() {
    let selection = selection(MAX_EXERCISES, 0);
    let progress = PackageProgress {
        drills: Vec::new(),
        scenarios: vec![
            ScenarioProgress {
                ended: true,
                run: vec![MAX_CHOICES as u8 - 1; MAX_RUN],
            };
            MAX_EXERCISES
        ],
        interactions: MAX_INTERACTIONS,
    };
    let data = progress.encode(&selection);
    assert_eq!(data.chars().count(), MAX_ENCODED);
    assert!(data.chars().count() <= LIMIT);
    assert_eq!(PackageProgress::decode(&data, &selection), Ok(progress));
    // Drills cost less than role-plays: a mixed or all-drill selection stays below.
    let drills = selection_all_drills();
    let done = PackageProgress {
        drills: vec![Some(100); MAX_EXERCISES],
        scenarios: Vec::new(),
        interactions: MAX_INTERACTIONS,
    };
    assert!(done.encode(&drills).len() < MAX_ENCODED);
}

fn selection_all_drills() -> Selection {
    selection(0, MAX_EXERCISES)
}

#[test]
fn data_at_the_limit_is_read_and_one_character_more_is_refused_unread() {
    let selection = selection(1, 0);
    let at_limit = format!(
        "R1.{}.0..o{}",
        fingerprint(&selection),
        "a".repeat(LIMIT - 12)
    );
    assert_eq!(at_limit.len(), LIMIT);
    // Read to the end: refused for what it holds (a run too long), not for its length.
    assert_eq!(
        PackageProgress::decode(&at_limit, &selection),
        Err(SuspendError::Corrupt(
            "a role-play's run is not a list of choices"
        ))
    );
    let over = format!("{at_limit}a");
    assert_eq!(
        PackageProgress::decode(&over, &selection),
        Err(SuspendError::TooLong)
    );
    let wide = "é".repeat(LIMIT + 1);
    assert_eq!(
        PackageProgress::decode(&wide, &selection),
        Err(SuspendError::TooLong)
    );
    let wide_within = "é".repeat(LIMIT);
    assert!(matches!(
        PackageProgress::decode(&wide_within, &selection),
        Err(SuspendError::Corrupt(_))
    ));
}

#[test]
fn other_versions_other_packages_and_broken_data_are_told_apart() {
    let selection = selection(1, 1);
    let good = PackageProgress::fresh(&selection).encode(&selection);
    assert_eq!(
        PackageProgress::decode("", &selection),
        Ok(PackageProgress::fresh(&selection))
    );
    assert_eq!(
        PackageProgress::decode(&good.replacen("R1", "R2", 1), &selection),
        Err(SuspendError::Version("2".into()))
    );
    assert_eq!(
        PackageProgress::decode(&good.replacen("R1", "R0", 1), &selection),
        Err(SuspendError::Version("0".into()))
    );
    assert_eq!(
        PackageProgress::decode(&good, &self::selection(1, 2)),
        Err(SuspendError::OtherSelection)
    );
    for broken in [
        "hello",
        "R",
        "R1.",
        "R1.AAAA",
        &good[..good.len() - 1],
        &format!("{good},o"),
    ] {
        assert!(
            matches!(
                PackageProgress::decode(broken, &selection),
                Err(SuspendError::Corrupt(_) | SuspendError::OtherSelection)
            ),
            "{broken:?}"
        );
    }
    let too_high = good.replace("--", "B6");
    assert_eq!(
        PackageProgress::decode(&too_high, &selection),
        Err(SuspendError::Corrupt("a drill's score is out of range"))
    );
    assert!(SuspendError::Version("2".into())
        .to_string()
        .contains("another version"));
}

#[test]
fn progress_comes_from_the_devices_records_and_keeps_runs_to_their_first_reply() {
    let selection = Selection::new(
        "T",
        ScormVersion::V2004,
        &["not-by-friday".into(), "the-late-meeting".into()],
        &["async-silence".into(), "interesting-means-no".into()],
    );
    let mut progress = Progress::default();
    let assessment = crate::coach::assess("I missed the deadline.", "You missed it?", None);
    for (at, score) in [(1, 40), (2, 75), (3, 60)] {
        let mut attempt = Attempt::new("async-silence", at, "reply", &assessment);
        attempt.score = score;
        progress.attempts.push(attempt);
    }
    let mut other = Attempt::new("somewhere-else", 4, "reply", &assessment);
    other.score = 99;
    progress.attempts.push(other);
    let mut plays = Plays::default();
    plays.runs.insert(
        "not-by-friday".into(),
        vec![
            Answer::Choice(1),
            Answer::Choice(0),
            Answer::Reply("words".into()),
            Answer::Choice(2),
        ],
    );
    let mut endings = SortedSet::new();
    endings.insert("good-end".to_owned());
    plays.endings.insert("the-late-meeting".into(), endings);
    let package = PackageProgress::from_records(&selection, &progress, &plays, 5);
    assert_eq!(package.drills, vec![Some(75), None]);
    assert_eq!(
        package.scenarios,
        vec![
            ScenarioProgress {
                ended: false,
                run: vec![1, 0]
            },
            ScenarioProgress {
                ended: true,
                run: vec![]
            },
        ]
    );
    assert_eq!(package.interactions, 5);
    let data = package.encode(&selection);
    assert!(!data.contains("words"));
    assert_eq!(PackageProgress::decode(&data, &selection), Ok(package));
}

#[test]
fn merging_keeps_the_best_of_both_devices() {
    let a = PackageProgress {
        drills: vec![Some(40), None],
        scenarios: vec![ScenarioProgress {
            ended: true,
            run: vec![0],
        }],
        interactions: 3,
    };
    let b = PackageProgress {
        drills: vec![Some(70), Some(10)],
        scenarios: vec![ScenarioProgress {
            ended: false,
            run: vec![1, 1],
        }],
        interactions: 9,
    };
    let both = a.merged(&b);
    assert_eq!(both.drills, vec![Some(70), Some(10)]);
    assert_eq!(
        both.scenarios,
        vec![ScenarioProgress {
            ended: true,
            run: vec![1, 1]
        }]
    );
    assert_eq!(both.interactions, 9);
    assert_eq!(b.merged(&a), both);
}
