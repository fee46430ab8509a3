//! What the coach's model sees of a reply: the rules' findings as named features, and the
//! words of each clause as one- and two-word features with the clause's opening words, its
//! subject and its form. Names are plain text so that the trained weights (`model.txt`)
//! can be read, and so that a verdict can be traced to the clause whose words weigh most.

use super::analysis::{ClauseRead, Found, QuestionKind};
use super::clause::{Form, Subject};

/// The features of one clause, each once.
pub fn clause_features(clause: &ClauseRead) -> Vec<String> {
    let mut out = Vec::with_capacity(clause.words.len() * 2 + 4);
    let words = &clause.words;
    out.push(format!("s:{}", subject_name(clause.subject)));
    out.push(format!("f:{}", form_name(clause.form)));
    // The stance a clause is said in, with whom it is about: "Well, you…" judges more often
    // than "So you…", which sums up.
    if let Some(lead) = &clause.lead {
        out.push(format!("l:{lead}"));
        out.push(format!("l:{lead}_{}", subject_name(clause.subject)));
    }
    match words.as_slice() {
        [] => {}
        [one] => out.push(format!("o:{one}")),
        [first, second, ..] => {
            out.push(format!("o:{first}"));
            out.push(format!("o:{first}_{second}"));
        }
    }
    for (i, word) in words.iter().enumerate() {
        out.push(format!("w:{word}"));
        if let Some(next) = words.get(i + 1) {
            out.push(format!("b:{word}_{next}"));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The rules' findings on the whole reply.
pub fn reply_features(found: &Found, parroting: bool) -> Vec<String> {
    let mut out = vec!["bias".to_owned()];
    let mut flag = |on: bool, name: &str| {
        if on {
            out.push(format!("r:{name}"));
        }
    };
    let reflective = found.clauses.iter().filter(|c| c.reflective).count();
    flag(reflective >= 1, "reflective");
    flag(reflective >= 2, "reflective_2");
    flag(
        found.feelings.iter().any(|f| f.reflected),
        "feeling_reflected",
    );
    flag(!found.feelings.is_empty(), "feeling_named");
    flag(!found.checks.is_empty(), "check");
    flag(!found.tentative.is_empty(), "tentative");
    flag(!found.owned.is_empty(), "owned");
    flag(parroting, "parroting");
    flag(found.echo.copied > 0.5, "copied");
    for (kind, name) in [
        (QuestionKind::Probing, "q_probing"),
        (QuestionKind::Reflective, "q_reflective"),
        (QuestionKind::Check, "q_check"),
    ] {
        flag(found.questions.iter().any(|(k, _)| *k == kind), name);
    }
    flag(found.overlap == 0.0, "overlap_none");
    flag(found.overlap > 0.0 && found.overlap < 0.15, "overlap_low");
    flag((0.15..0.35).contains(&found.overlap), "overlap_some");
    flag(found.overlap >= 0.35, "overlap_high");
    let length = match found.words {
        0..=1 => "len_1",
        2..=3 => "len_2",
        4..=8 => "len_4",
        9..=20 => "len_9",
        21..=40 => "len_21",
        _ => "len_41",
    };
    flag(true, length);
    let all_blocked = !found.clauses.is_empty() && found.clauses.iter().all(|c| c.blocked);
    flag(all_blocked, "all_blocked");
    if let Some(first) = found.clauses.first() {
        flag(true, &format!("first_{}", subject_name(first.subject)));
        flag(true, &format!("first_{}", form_name(first.form)));
    }
    let mut names: Vec<&str> = found
        .roadblocks
        .iter()
        .map(|h| h.roadblock.name())
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        out.push(format!("r:rb_{name}"));
    }
    out
}

fn subject_name(subject: Subject) -> &'static str {
    match subject {
        Subject::Speaker => "speaker",
        Subject::Experience => "experience",
        Subject::Listener => "listener",
        Subject::Other => "other",
        Subject::None => "none",
    }
}

fn form_name(form: Form) -> &'static str {
    match form {
        Form::Statement => "statement",
        Form::Rising => "rising",
        Form::Inverted => "inverted",
        Form::Wh => "wh",
    }
}
