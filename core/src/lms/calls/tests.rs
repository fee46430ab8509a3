//! Every value the calls carry, held to its element's rule in SCORM 1.2 (the Run-Time
//! Environment's data types: CMIDecimal, CMIIdentifier, CMITimespan, CMIString255/4096 and
//! each vocabulary) and in SCORM 2004 4th edition (real(10,7), long and short identifiers,
//! timeinterval, time(second,10,0), characterstring and each state).

use proptest::prelude::*;

use super::*;
use crate::lms::selection::{MAX_CHOICES, MAX_EXERCISES};
use crate::lms::suspend::{ScenarioProgress, LIMIT, MAX_RUN};

fn decimal(value: &str, range: std::ops::RangeInclusive<f64>) -> Result<(), String> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let ok = !digits.is_empty()
        && digits.split('.').count() <= 2
        && digits
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    match value.parse::<f64>() {
        Ok(n) if ok && range.contains(&n) => Ok(()),
        _ => Err(format!("{value:?} is not a decimal in {range:?}")),
    }
}

fn one_of(value: &str, vocabulary: &[&str]) -> Result<(), String> {
    if vocabulary.contains(&value) {
        Ok(())
    } else {
        Err(format!("{value:?} is not one of {vocabulary:?}"))
    }
}

fn at_most(value: &str, most: usize) -> Result<(), String> {
    let n = value.chars().count();
    if n <= most {
        Ok(())
    } else {
        Err(format!("{n} characters, over {most}"))
    }
}

fn identifier(value: &str, most: usize) -> Result<(), String> {
    at_most(value, most)?;
    if value.is_empty() || !value.chars().all(|c| c.is_ascii_graphic()) {
        return Err(format!("{value:?} is not an identifier"));
    }
    Ok(())
}

fn two_digits_below(part: &str, limit: u32) -> bool {
    part.len() == 2 && part.parse::<u32>().is_ok_and(|n| n < limit)
}

/// CMITimespan: HHHH:MM:SS.SS (hours 2 to 4 digits, hundredths optional).
fn timespan(value: &str) -> Result<(), String> {
    let parts: Vec<&str> = value.split(':').collect();
    let [hours, minutes, seconds] = parts[..] else {
        return Err(format!("{value:?} is not HHHH:MM:SS.SS"));
    };
    let (whole, hundredths) = seconds.split_once('.').unwrap_or((seconds, "0"));
    let ok = (2..=4).contains(&hours.len())
        && hours.bytes().all(|b| b.is_ascii_digit())
        && two_digits_below(minutes, 60)
        && two_digits_below(whole, 60)
        && (1..=2).contains(&hundredths.len())
        && hundredths.bytes().all(|b| b.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(format!("{value:?} is not HHHH:MM:SS.SS"))
    }
}

/// timeinterval (second,10,2): P[yY][mM][dD][T[hH][nM][s[.s]S]], with at least one part.
fn interval(value: &str) -> Result<(), String> {
    let bad = || Err(format!("{value:?} is not an ISO 8601 duration"));
    let Some(rest) = value.strip_prefix('P') else {
        return bad();
    };
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    if !date.is_empty() || time.is_empty() {
        return bad();
    }
    let mut number = String::new();
    let mut seen = Vec::new();
    for c in time.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            'H' | 'M' | 'S' => {
                let order = "HMS".find(c).unwrap();
                if number.is_empty() || seen.last().is_some_and(|&last| last >= order) {
                    return bad();
                }
                let (whole, fraction) = number.split_once('.').unwrap_or((&number, ""));
                if whole.is_empty() || (c != 'S' && number.contains('.')) || fraction.len() > 2 {
                    return bad();
                }
                seen.push(order);
                number.clear();
            }
            _ => return bad(),
        }
    }
    if number.is_empty() && !seen.is_empty() {
        Ok(())
    } else {
        bad()
    }
}

/// time (second,10,0): YYYY-MM-DDThh:mm:ss.s with a zone after the fraction.
fn time(value: &str) -> Result<(), String> {
    let bad = || Err(format!("{value:?} is not a SCORM 2004 timestamp"));
    let b = value.as_bytes();
    if b.len() < 22
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'.'
    {
        return bad();
    }
    let year: u32 = value[..4].parse().unwrap_or(0);
    let fraction = &value[20..];
    let fraction = fraction.strip_suffix('Z').unwrap_or(fraction);
    if !(1970..=2038).contains(&year)
        || !two_digits_below(&value[5..7], 13)
        || !two_digits_below(&value[8..10], 32)
        || !two_digits_below(&value[11..13], 24)
        || !two_digits_below(&value[14..16], 60)
        || !two_digits_below(&value[17..19], 60)
        || !(1..=2).contains(&fraction.len())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return bad();
    }
    Ok(())
}

/// Holds every pair to its element's rule in `version`.
fn check(version: ScormVersion, pairs: &[(String, String)]) -> Result<(), String> {
    let mut types = std::collections::HashMap::new();
    for (element, value) in pairs {
        let interaction = element
            .strip_prefix("cmi.interactions.")
            .and_then(|rest| rest.split_once('.'))
            .filter(|(n, _)| n.parse::<u32>().is_ok());
        let result = match (version, interaction, element.as_str()) {
            (ScormVersion::V12, None, "cmi.core.lesson_status") => one_of(
                value,
                &[
                    "passed",
                    "completed",
                    "failed",
                    "incomplete",
                    "browsed",
                    "not attempted",
                ],
            ),
            (
                ScormVersion::V12,
                None,
                "cmi.core.score.raw" | "cmi.core.score.min" | "cmi.core.score.max",
            ) => decimal(value, 0.0..=100.0),
            (ScormVersion::V12, None, "cmi.suspend_data") => at_most(value, 4096),
            (ScormVersion::V12, None, "cmi.core.session_time") => timespan(value),
            (ScormVersion::V12, None, "cmi.core.exit") => {
                one_of(value, &["time-out", "suspend", "logout", ""])
            }
            (ScormVersion::V2004, None, "cmi.completion_status") => one_of(
                value,
                &["completed", "incomplete", "not attempted", "unknown"],
            ),
            (ScormVersion::V2004, None, "cmi.progress_measure") => decimal(value, 0.0..=1.0),
            (ScormVersion::V2004, None, "cmi.score.scaled") => decimal(value, -1.0..=1.0),
            (ScormVersion::V2004, None, "cmi.score.raw" | "cmi.score.min" | "cmi.score.max") => {
                decimal(value, f64::MIN..=f64::MAX)
            }
            (ScormVersion::V2004, None, "cmi.suspend_data") => at_most(value, 64_000),
            (ScormVersion::V2004, None, "cmi.session_time") => interval(value),
            (ScormVersion::V2004, None, "cmi.exit") => {
                one_of(value, &["time-out", "suspend", "logout", "normal", ""])
            }
            (ScormVersion::V12, Some((n, "id")), _) => {
                types.remove(n);
                identifier(value, 255)
            }
            (ScormVersion::V2004, Some((n, "id")), _) => {
                types.remove(n);
                identifier(value, 4000)
            }
            (ScormVersion::V12, Some((n, "type")), _) => {
                types.insert(n.to_owned(), value.clone());
                one_of(
                    value,
                    &[
                        "true-false",
                        "choice",
                        "fill-in",
                        "matching",
                        "performance",
                        "sequencing",
                        "likert",
                        "numeric",
                    ],
                )
            }
            (ScormVersion::V2004, Some((n, "type")), _) => {
                types.insert(n.to_owned(), value.clone());
                one_of(
                    value,
                    &[
                        "true-false",
                        "choice",
                        "fill-in",
                        "long-fill-in",
                        "matching",
                        "performance",
                        "sequencing",
                        "likert",
                        "numeric",
                        "other",
                    ],
                )
            }
            (ScormVersion::V12, Some((n, "student_response")), _) => {
                match types.get(n).map(String::as_str) {
                    Some("choice")
                        if value.len() == 1
                            && value
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) =>
                    {
                        Ok(())
                    }
                    Some("choice") => Err(format!("{value:?} is not a 1.2 choice response")),
                    Some(_) => at_most(value, 255),
                    None => Err("a response before its type".into()),
                }
            }
            (ScormVersion::V2004, Some((n, "learner_response")), _) => {
                match types.get(n).map(String::as_str) {
                    Some("choice") => value
                        .split("[,]")
                        .all(|id| {
                            !id.is_empty()
                                && id.len() <= 250
                                && id
                                    .bytes()
                                    .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
                        })
                        .then_some(())
                        .ok_or(format!("{value:?} is not a set of short identifiers")),
                    Some("other") => at_most(value, 4000),
                    _ => Err("a response before its type".into()),
                }
            }
            (ScormVersion::V12, Some((_, "result")), _) => {
                one_of(value, &["correct", "wrong", "unanticipated", "neutral"])
                    .or_else(|_| decimal(value, f64::MIN..=f64::MAX))
            }
            (ScormVersion::V2004, Some((_, "result")), _) => {
                one_of(value, &["correct", "incorrect", "unanticipated", "neutral"])
                    .or_else(|_| decimal(value, f64::MIN..=f64::MAX))
            }
            (ScormVersion::V2004, Some((_, "timestamp")), _) => time(value),
            _ => Err("not an element this version has, or not one Rapport sets".into()),
        };
        result.map_err(|why| format!("{element} = {value:?}: {why}"))?;
    }
    Ok(())
}

fn selection(scenarios: usize, drills: usize) -> Selection {
    let ids = |p: &str, n: usize| -> Vec<String> { (0..n).map(|i| format!("{p}-{i}")).collect() };
    Selection::new(
        "T",
        ScormVersion::V12,
        &ids("s", scenarios),
        &ids("d", drills),
    )
}

const BOTH: [ScormVersion; 2] = [ScormVersion::V12, ScormVersion::V2004];

#[test]
fn the_checks_themselves_refuse_what_the_standards_refuse() {
    assert!(timespan("0001:02:03.50").is_ok());
    assert!(timespan("1:02:03").is_err() && timespan("0001:60:00").is_err());
    assert!(interval("PT1H2M3.5S").is_ok() && interval("PT0S").is_ok());
    assert!(
        interval("PT").is_err()
            && interval("P1H").is_err()
            && interval("PT3.555S").is_err()
            && interval("PT2M1H").is_err()
    );
    assert!(time("2026-12-02T05:00:00.0Z").is_ok());
    assert!(time("2026-12-02T05:00:00Z").is_err() && time("2040-01-01T00:00:00.0Z").is_err());
    assert!(
        decimal("72", 0.0..=100.0).is_ok()
            && decimal("101", 0.0..=100.0).is_err()
            && decimal("7e1", 0.0..=100.0).is_err()
    );
    let bad = vec![("cmi.core.lesson_status".to_owned(), "done".to_owned())];
    assert!(check(ScormVersion::V12, &bad).is_err());
    let wrong_version = vec![("cmi.completion_status".to_owned(), "completed".to_owned())];
    assert!(check(ScormVersion::V12, &wrong_version).is_err());
}

#[test]
fn progress_sets_status_score_and_suspend_data_in_each_version() {
    let selection = selection(1, 2);
    let progress = PackageProgress {
        drills: vec![Some(72), None],
        scenarios: vec![ScenarioProgress {
            ended: true,
            run: vec![0, 2],
        }],
        interactions: 4,
    };
    let change = Change::Progress {
        selection: &selection,
        progress: &progress,
    };
    let v12 = calls(ScormVersion::V12, change);
    let data = progress.encode(&selection);
    // (72 + 0 + 100) / 3 = 57.33 -> 57.
    assert_eq!(
        v12,
        [
            ("cmi.core.lesson_status", "incomplete"),
            ("cmi.core.score.raw", "57"),
            ("cmi.core.score.min", "0"),
            ("cmi.core.score.max", "100"),
            ("cmi.suspend_data", data.as_str()),
        ]
        .map(|(e, v)| (e.to_owned(), v.to_owned()))
    );
    let v2004 = calls(ScormVersion::V2004, change);
    assert_eq!(
        v2004,
        [
            ("cmi.completion_status", "incomplete"),
            ("cmi.progress_measure", "0.67"),
            ("cmi.score.scaled", "0.57"),
            ("cmi.score.raw", "57"),
            ("cmi.score.min", "0"),
            ("cmi.score.max", "100"),
            ("cmi.suspend_data", data.as_str()),
        ]
        .map(|(e, v)| (e.to_owned(), v.to_owned()))
    );
    for version in BOTH {
        check(version, &calls(version, change)).unwrap();
    }
    let finished = PackageProgress {
        drills: vec![Some(100), Some(100)],
        ..progress
    };
    let change = Change::Progress {
        selection: &selection,
        progress: &finished,
    };
    assert_eq!(calls(ScormVersion::V12, change)[0].1, "completed");
    assert_eq!(calls(ScormVersion::V2004, change)[0].1, "completed");
    assert_eq!(calls(ScormVersion::V2004, change)[2].1, "1");
}

#[test]
fn answers_become_numbered_interactions_in_each_version() {
    let choice = Interaction {
        id: "roleplay.not-by-friday.start".into(),
        response: Response::Choice(2),
        at: 1_764_651_600_000,
    };
    let pairs = calls(
        ScormVersion::V12,
        Change::Answered {
            index: 3,
            interaction: &choice,
        },
    );
    assert_eq!(
        pairs,
        [
            ("cmi.interactions.3.id", "roleplay.not-by-friday.start"),
            ("cmi.interactions.3.type", "choice"),
            ("cmi.interactions.3.student_response", "c"),
            ("cmi.interactions.3.result", "neutral"),
        ]
        .map(|(e, v)| (e.to_owned(), v.to_owned()))
    );
    let pairs = calls(
        ScormVersion::V2004,
        Change::Answered {
            index: 0,
            interaction: &choice,
        },
    );
    assert_eq!(
        pairs[2],
        ("cmi.interactions.0.learner_response".into(), "c".into())
    );
    assert_eq!(
        pairs[4],
        (
            "cmi.interactions.0.timestamp".into(),
            "2025-12-02T05:00:00.0Z".into()
        )
    );
    let drill = Interaction {
        id: "drill.async-silence".into(),
        response: Response::Reply {
            score: 72,
            passed: None,
            verdict: "72 of 100: a reflection".into(),
            words: None,
        },
        at: 0,
    };
    let v12 = calls(
        ScormVersion::V12,
        Change::Answered {
            index: 1,
            interaction: &drill,
        },
    );
    assert_eq!(v12[1].1, "performance");
    assert_eq!(v12[2].1, "72 of 100: a reflection");
    assert_eq!(v12[3].1, "72");
    let v2004 = calls(
        ScormVersion::V2004,
        Change::Answered {
            index: 1,
            interaction: &drill,
        },
    );
    assert_eq!(v2004[1].1, "other");
    let failed = Interaction {
        response: Response::Reply {
            score: 20,
            passed: Some(false),
            verdict: "20 of 100".into(),
            words: Some("x".repeat(5000)),
        },
        ..drill.clone()
    };
    let v12 = calls(
        ScormVersion::V12,
        Change::Answered {
            index: 1,
            interaction: &failed,
        },
    );
    assert_eq!((v12[2].1.len(), v12[3].1.as_str()), (255, "wrong"));
    let v2004 = calls(
        ScormVersion::V2004,
        Change::Answered {
            index: 1,
            interaction: &failed,
        },
    );
    assert_eq!((v2004[2].1.len(), v2004[3].1.as_str()), (4000, "incorrect"));
    for version in BOTH {
        for record in [&choice, &drill, &failed] {
            check(
                version,
                &calls(
                    version,
                    Change::Answered {
                        index: 9,
                        interaction: record,
                    },
                ),
            )
            .unwrap();
        }
    }
}

#[test]
fn session_time_and_exit_in_each_versions_format() {
    let millis = 3_723_500; // 1 h 2 min 3.5 s
    assert_eq!(
        calls(ScormVersion::V12, Change::Exit { millis }),
        [
            ("cmi.core.session_time", "0001:02:03.50"),
            ("cmi.core.exit", "suspend")
        ]
        .map(|(e, v)| (e.to_owned(), v.to_owned()))
    );
    assert_eq!(
        calls(ScormVersion::V2004, Change::Exit { millis }),
        [("cmi.session_time", "PT1H2M3.5S"), ("cmi.exit", "suspend")]
            .map(|(e, v)| (e.to_owned(), v.to_owned()))
    );
    assert_eq!(duration_2004(0), "PT0S");
    assert_eq!(duration_2004(120_000), "PT2M");
    assert_eq!(duration_2004(1_010), "PT1.01S");
    assert_eq!(timespan_12(u64::MAX), "9999:59:59.99");
    assert_eq!(timestamp(i64::MAX), "2038-01-19T03:14:07.0Z");
    assert_eq!(timestamp(-5), "1970-01-01T00:00:00.0Z");
}

proptest! {
    #[test]
    fn every_value_sent_keeps_to_its_rule(
        scenarios in 0..=MAX_EXERCISES / 2,
        drills in 0..=MAX_EXERCISES / 2,
        scores in prop::collection::vec(prop::option::of(any::<u8>()), 0..=MAX_EXERCISES),
        runs in prop::collection::vec((any::<bool>(), prop::collection::vec(any::<u8>(), 0..=MAX_RUN + 5)), 0..=MAX_EXERCISES),
        interactions in any::<u32>(),
        millis in any::<u64>(),
        at in any::<i64>(),
        index in 0u32..1_000_000,
        choice in 0usize..MAX_CHOICES * 2,
        score in any::<u8>(),
        passed in prop::option::of(any::<bool>()),
        words in prop::option::of(".{0,300}"),
    ) {
        let selection = selection(scenarios, drills);
        let progress = PackageProgress {
            drills: scores,
            scenarios: runs.into_iter().map(|(ended, run)| ScenarioProgress { ended, run }).collect(),
            interactions,
        };
        let verdict = format!("{score} of 100");
        let records = [
            Interaction { id: "roleplay.s-1.b".into(), response: Response::Choice(choice), at },
            Interaction { id: "drill.d-1".into(), response: Response::Reply { score, passed, verdict, words }, at },
        ];
        for version in BOTH {
            let progress_calls = calls(version, Change::Progress { selection: &selection, progress: &progress });
            prop_assert!(check(version, &progress_calls).is_ok(), "{:?}", check(version, &progress_calls));
            let data = &progress_calls.last().unwrap().1;
            prop_assert!(data.chars().count() <= LIMIT);
            for record in &records {
                let pairs = calls(version, Change::Answered { index, interaction: record });
                prop_assert!(check(version, &pairs).is_ok(), "{:?}", check(version, &pairs));
            }
            let exit = calls(version, Change::Exit { millis });
            prop_assert!(check(version, &exit).is_ok(), "{:?}", check(version, &exit));
        }
    }
}
