//! What the privacy page says in LMS mode: exactly what goes to the organisation's LMS,
//! worded from the same selection and rules the calls are made from.

use super::selection::{ScormVersion, Selection};

/// Each kind of thing the package sends, one sentence each.
pub fn what_is_sent(selection: &Selection) -> Vec<String> {
    let v2004 = selection.scorm == ScormVersion::V2004;
    let most = if v2004 { "4,000" } else { "255" };
    let words = if selection.send_replies {
        format!(
            " and, because this course was packaged to send them, the words of your reply (up to {most} characters)"
        )
    } else {
        ", but not the words you wrote".to_owned()
    };
    let mut sent = vec![
        "That you opened and finished this course, and how long each session lasted.".to_owned(),
        format!(
            "Your status in the course (incomplete, or completed once every exercise in it has been done once) and a score from 0 to 100: the mean of your best coach score on each drill and 100 for each role-play played to an ending{}.",
            if v2004 { ", with the share of exercises done" } else { "" }
        ),
        format!(
            "For each drill reply you check: which drill, the coach\u{2019}s score and what it noticed in words (such as \u{201c}72 of 100: a reflection; named a feeling\u{201d}){words}."
        ),
        format!(
            "For each answer in a role-play: which role-play and which step, the letter of the choice you made, or for a reply you wrote the coach\u{2019}s score and whether it reached the step\u{2019}s bar{words}."
        ),
        "Your place in the course as a short code, so that you can carry on from another device: each drill\u{2019}s best score, whether each role-play reached an ending, and the choices of its current run. It holds none of your words.".to_owned(),
    ];
    if v2004 {
        sent.push("The time of each answer.".to_owned());
    }
    sent.push("Nothing else: not your notes, your ratings, your other exercises or anything you did outside this course, which stay on this device as before.".to_owned());
    sent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_says_whether_reply_words_are_sent() {
        let mut selection = Selection::new("T", ScormVersion::V12, &[], &["async-silence".into()]);
        let without = what_is_sent(&selection).join(" ");
        assert!(without.contains("not the words you wrote"), "{without}");
        assert!(!without.contains("time of each answer"));
        selection.send_replies = true;
        selection.scorm = ScormVersion::V2004;
        let with = what_is_sent(&selection).join(" ");
        assert!(
            with.contains("the words of your reply (up to 4,000 characters)"),
            "{with}"
        );
        assert!(with.contains("time of each answer"));
        assert!(with.contains("share of exercises done"));
    }
}
