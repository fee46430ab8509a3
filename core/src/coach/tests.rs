//! The coach's behaviour on replies that show each rule, and the shape of what it returns.

use super::*;

const STATEMENT: &str = "I stayed up until 2am to finish the report for the client call, and then the call got cancelled an hour before without anyone telling me why.";

fn hint_text<'a>(response: &'a str, a: &Assessment, code: &str) -> Vec<&'a str> {
    a.hints
        .iter()
        .filter(|h| h.code == code)
        .map(|h| &response[h.start..h.end])
        .collect()
}

#[test]
fn a_good_reflection_is_recognised_and_praised_first() {
    let reply = "Sounds like you're really frustrated: you gave up sleep for that report and the call was dropped with no explanation. Is that right?";
    let a = assess(STATEMENT, reply, None);
    assert!(
        a.reflection && a.feeling.reflected && !a.question && !a.parroting,
        "{a:?}"
    );
    assert!(a.roadblocks.is_empty());
    assert!(a.score >= 85, "{}", a.score);
    assert_eq!(hint_text(reply, &a, "named_feeling"), ["frustrated"]);
    assert_eq!(
        hint_text(reply, &a, "checked_understanding"),
        ["Is that right"]
    );
    assert_eq!(hint_text(reply, &a, "tentative"), ["Sounds like"]);
    assert_eq!(a.hints[0].kind, HintKind::WentWell);
    assert!(a.hints.iter().all(|h| h.kind != HintKind::GotInTheWay));
}

#[test]
fn advice_is_flagged_on_its_own_words() {
    let reply = "That's rough. Next time you should ask for confirmation before you stay up late.";
    let a = assess(STATEMENT, reply, None);
    assert_eq!(a.roadblocks, vec![Roadblock::Advising]);
    let spans = hint_text(reply, &a, "advising");
    assert!(
        spans.contains(&"Next time") && spans.contains(&"you should"),
        "{spans:?}"
    );
    assert!(a.score < 60, "{}", a.score);
}

#[test]
fn reassurance_and_its_feeling_word_do_not_count_as_reflecting() {
    let reply = "Don't worry, I'm sure they'll reschedule and it won't be stressful.";
    let a = assess(STATEMENT, reply, None);
    assert_eq!(a.roadblocks, vec![Roadblock::Reassuring]);
    assert!(!a.feeling.reflected, "{:?}", a.feeling);
    assert_eq!(
        hint_text(reply, &a, "reassuring"),
        ["Don't worry", "I'm sure"]
    );
}

#[test]
fn parroting_with_pronouns_swapped_is_caught() {
    let reply = "So you stayed up until 2am to finish the report for the client call, and then the call got cancelled an hour before without anyone telling you why.";
    let a = assess(STATEMENT, reply, None);
    assert!(a.parroting && !a.reflection, "{a:?}");
    assert!(a.score < 30);
    assert!(a
        .hints
        .iter()
        .any(|h| h.code == "parroting" && h.end - h.start > 50));
}

#[test]
fn a_fact_finding_question_is_probing_but_a_check_is_not() {
    let a = assess(STATEMENT, "What time was the call supposed to be?", None);
    assert!(a.question);
    assert_eq!(a.roadblocks, vec![Roadblock::Probing]);
    let b = assess(
        STATEMENT,
        "You lost a night's sleep for a call that never happened. Is that it?",
        None,
    );
    assert!(
        !b.question && b.roadblocks.is_empty() && b.reflection,
        "{b:?}"
    );
}

#[test]
fn a_reflective_question_reflects() {
    let a = assess(
        STATEMENT,
        "Are you feeling let down that nobody told you why the call was cancelled?",
        None,
    );
    assert!(
        a.question && a.reflection && a.roadblocks.is_empty(),
        "{a:?}"
    );
}

#[test]
fn talking_about_oneself_is_diverting_and_feelings_there_are_not_theirs() {
    let a = assess(
        STATEMENT,
        "When I was at my last job I was exhausted all the time too.",
        None,
    );
    assert!(a.roadblocks.contains(&Roadblock::Diverting), "{a:?}");
    assert!(a.feeling.named && !a.feeling.reflected);
}

#[test]
fn an_anyway_that_closes_a_reading_is_not_a_change_of_subject() {
    let a = assess(
        STATEMENT,
        "Working late for nothing. That's what I'm picking up, anyway, so tell me if I'm off.",
        None,
    );
    assert!(a.roadblocks.is_empty(), "{a:?}");
    let b = assess(
        STATEMENT,
        "That's rough, anyway, did you see the match?",
        None,
    );
    assert!(b.roadblocks.contains(&Roadblock::Diverting), "{b:?}");
}

#[test]
fn everyday_roadblocks_are_named() {
    for (reply, roadblock) in [
        (
            "Relax, they can't blame you if it's in the notes.",
            Roadblock::Reassuring,
        ),
        (
            "You can relax now, they've sorted themselves out.",
            Roadblock::Reassuring,
        ),
        (
            "Well done you for getting them to change.",
            Roadblock::Praising,
        ),
        ("An agreement's an agreement.", Roadblock::Moralizing),
        ("The rota is the rota, though.", Roadblock::Moralizing),
        ("Honestly, that looks bad on you.", Roadblock::Judging),
        (
            "If you'd gone to the briefing, you'd know.",
            Roadblock::Judging,
        ),
        (
            "Nah dont overthink it, its a good thing.",
            Roadblock::Reassuring,
        ),
        (
            "By next week nobody will even remember.",
            Roadblock::Reassuring,
        ),
        (
            "You're going to be such a good coordinator.",
            Roadblock::Praising,
        ),
        (
            "Maybe you can make a small FAQ for support.",
            Roadblock::Advising,
        ),
        (
            "Same with our IT, the rules change every time.",
            Roadblock::Diverting,
        ),
        (
            "It's not really about the client at all, it's your pride.",
            Roadblock::Interpreting,
        ),
        (
            "If I've followed you right, maybe just send a plain text the night before.",
            Roadblock::Advising,
        ),
        (
            "Don't lift a pencil until the money is in your account.",
            Roadblock::Ordering,
        ),
        (
            "If it had gone wrong, it'd be your registration on the line, not the hub's.",
            Roadblock::Warning,
        ),
        (
            "Wait that long next time and you could end up explaining yourself.",
            Roadblock::Warning,
        ),
        (
            "be carefull, if you blame the volunteer they will think we are a shambles",
            Roadblock::Warning,
        ),
        (
            "Well, stretching yourself sometimes is what the role is for.",
            Roadblock::Moralizing,
        ),
        (
            "Sounds like you're trusting the forecast blindly.",
            Roadblock::Judging,
        ),
        (
            "The work wasn't up to scratch, honestly.",
            Roadblock::Judging,
        ),
        ("sounds like shes just flaky", Roadblock::NameCalling),
        (
            "Some callers are just rude know-it-alls.",
            Roadblock::NameCalling,
        ),
        ("She sounds like a control freak.", Roadblock::NameCalling),
        (
            "I reckon you're really after their approval.",
            Roadblock::Interpreting,
        ),
        (
            "Callers say all sorts, I wouldn't take it to heart.",
            Roadblock::Reassuring,
        ),
        (
            "Before we get into that, can we quickly look at next month's schedule?",
            Roadblock::Diverting,
        ),
        (
            "Maybe roster one extra person as a buffer.",
            Roadblock::Advising,
        ),
        (
            "Did you try talking to the planners first?",
            Roadblock::Advising,
        ),
        (
            "Sign blind and it goes south, that's your head on the block.",
            Roadblock::Warning,
        ),
        (
            "People left waiting will complain eventually, and it'll land on you.",
            Roadblock::Warning,
        ),
        (
            "We've all got to pull our weight in the busy season, mate.",
            Roadblock::Moralizing,
        ),
        (
            "Dana's a nightmare, everybody knows it.",
            Roadblock::NameCalling,
        ),
        (
            "Happens with all of them, don't sweat it.",
            Roadblock::Reassuring,
        ),
        ("Good thing you caught it. Great work.", Roadblock::Praising),
        (
            "Those scripts are there for a reason.",
            Roadblock::Lecturing,
        ),
        (
            "Well, assuming it would be free was a bit optimistic of you.",
            Roadblock::Judging,
        ),
        (
            "Maybe you only said yes to look modern.",
            Roadblock::Interpreting,
        ),
        (
            "Your crew know you, nobody there really thinks you're hiding anything.",
            Roadblock::Reassuring,
        ),
        (
            "They'd never get rid of us. There'll always be people who need a human.",
            Roadblock::Reassuring,
        ),
        (
            "Well, I know you're the one who actually carries that team.",
            Roadblock::Praising,
        ),
        (
            "Well, your emails can come across a little blunt, to be honest.",
            Roadblock::Judging,
        ),
        (
            "You know what this is really about? You never wanted her to get that job.",
            Roadblock::Interpreting,
        ),
        (
            "Come off the rota now and you can kiss that promotion goodbye.",
            Roadblock::Warning,
        ),
        (
            "Nothing to hide means nothing to mind. That's what being accountable means.",
            Roadblock::Moralizing,
        ),
        ("The fleet director is such a suit.", Roadblock::NameCalling),
        (
            "So, about the damage report for Q3, did you send it yet?",
            Roadblock::Diverting,
        ),
        (
            "If I've understood you, the easiest thing is just to reply and ask.",
            Roadblock::Advising,
        ),
        (
            "If I've understood you, put it in writing to the programme director.",
            Roadblock::Advising,
        ),
        // After a framing, a bare verb still orders: the framing is not a suggestion.
        (
            "If I've got the gist, drop the poetry slam. Today.",
            Roadblock::Ordering,
        ),
        (
            "So if I'm hearing you, ask her straight out what she meant.",
            Roadblock::Ordering,
        ),
        ("If I've got it: message the producer.", Roadblock::Ordering),
        (
            "Ask for a clear definition in writing.",
            Roadblock::Ordering,
        ),
        ("You're overanalyzing it, to be honest.", Roadblock::Judging),
        (
            "Good on you, you were absolutely right to say it.",
            Roadblock::Praising,
        ),
        (
            "No one's going to begrudge you a cup of tea, honestly.",
            Roadblock::Reassuring,
        ),
        (
            "You should be grateful he trusts you with it at all.",
            Roadblock::Moralizing,
        ),
        (
            "If you're doing your job properly you shouldn't mind.",
            Roadblock::Moralizing,
        ),
        (
            "There's always been a divide in utilities. It's cultural.",
            Roadblock::Lecturing,
        ),
        (
            "Did I ever tell you about the time our van broke down?",
            Roadblock::Diverting,
        ),
        (
            "If I get you right, the quickest fix is a weekly reminder.",
            Roadblock::Advising,
        ),
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(a.roadblocks.contains(&roadblock), "{reply}: {a:?}");
    }
    // A noun said twice is not a principle when the clause goes on to describe it.
    let a = assess(
        STATEMENT,
        "The deadline is the deadline you agreed with them.",
        None,
    );
    assert!(!a.roadblocks.contains(&Roadblock::Moralizing), "{a:?}");
}

#[test]
fn an_order_is_ordering_unless_it_mirrors_their_own_obligation() {
    let a = assess(STATEMENT, "Call the client today and ask why.", None);
    assert!(a.roadblocks.contains(&Roadblock::Ordering));
    let b = assess(
        "I have to tell the team the bonus is smaller.",
        "You have to tell the team the bonus shrank, and you're dreading it.",
        None,
    );
    assert!(!b.roadblocks.contains(&Roadblock::Ordering), "{b:?}");
}

#[test]
fn annotations_report_what_was_captured_and_missed() {
    let annotations = Annotations {
        feelings: vec!["angry".into(), "unappreciated".into()],
        key_points: vec![
            "worked late|stayed up".into(),
            "cancelled without explanation|nobody said why".into(),
        ],
    };
    let reply = "You stayed up all night and it sounds infuriating.";
    let a = assess(STATEMENT, reply, Some(&annotations));
    let report = a.annotations.as_ref().unwrap();
    assert_eq!(report.feelings.captured, ["angry"]);
    assert_eq!(report.feelings.missed, ["unappreciated"]);
    assert_eq!(report.key_points.captured, ["worked late|stayed up"]);
    assert!(a
        .hints
        .iter()
        .any(|h| h.code == "key_point" && h.text.contains("cancelled without explanation")));
}

#[test]
fn empty_and_blank_replies_get_a_gentle_prompt() {
    for reply in ["", "   \n"] {
        let a = assess(STATEMENT, reply, None);
        assert_eq!(a.score, 0);
        assert_eq!(a.hints.len(), 1);
        assert_eq!(a.hints[0].code, "empty");
    }
}

#[test]
fn at_most_two_things_to_try() {
    let a = assess(STATEMENT, "ok", None);
    let tries = a
        .hints
        .iter()
        .filter(|h| h.kind == HintKind::TryNext)
        .count();
    assert!((1..=2).contains(&tries), "{:?}", a.hints);
}

#[test]
fn json_has_the_documented_shape() {
    let a = assess(STATEMENT, "It sounds exhausting. Is that right?", None);
    let json = serde_json::to_value(&a).unwrap();
    for field in [
        "score",
        "reflection",
        "question",
        "parroting",
        "roadblocks",
        "feeling",
        "hints",
    ] {
        assert!(json.get(field).is_some(), "{field} missing from {json}");
    }
    assert!(json["score"].is_u64());
    assert!(json.get("annotations").is_none());
    let hint = &json["hints"][0];
    for field in ["kind", "code", "text", "start", "end"] {
        assert!(hint.get(field).is_some(), "{field} missing from {hint}");
    }
    assert_eq!(json["feeling"]["words"][0]["family"], "tiredness");
    assert!(
        hint.get("also").is_none(),
        "one run of words has no `also`: {hint}"
    );
}

#[test]
fn every_feeling_named_and_every_check_made_is_marked() {
    let reply = "It sounds exhausting, and a bit lonely. Is that right? Did I miss anything?";
    let a = assess(STATEMENT, reply, None);
    let marked = |code: &str| -> Vec<&str> {
        let h = a.hints.iter().find(|h| h.code == code).expect(code);
        h.spans().map(|(s, e)| &reply[s..e]).collect()
    };
    assert_eq!(marked("named_feeling"), ["exhausting", "lonely"], "{a:?}");
    assert_eq!(
        marked("checked_understanding"),
        ["Is that right", "Did I miss anything"]
    );
    let feeling = a.hints.iter().find(|h| h.code == "named_feeling").unwrap();
    assert!(
        feeling
            .text
            .starts_with("You named feelings (\u{201c}exhausting\u{201d}, \u{201c}lonely\u{201d})"),
        "{}",
        feeling.text
    );
    let json = serde_json::to_value(feeling).unwrap();
    assert_eq!(json["also"][0][0], reply.find("lonely").unwrap());
}

#[test]
fn a_check_back_is_never_inside_a_roadblock_hint() {
    for reply in [
        "Correct me if I'm wrong, but you should have asked them first.",
        "Sorry, just to check I follow: why did you stay up so late?",
        "Tell me if I'm off base, but you're probably just overtired.",
        "Sorry, I just want to be sure I understand. Why didn't you ask before starting?",
        "Let me play that back: you stayed up, and that was your call.",
        "Let me see if I've got it: they cancelled, so just bill them for the hours.",
        "Just to be clear, did anyone tell you why?",
        "Forgive me if I've misread this, but you need to set boundaries.",
        "I might have this wrong, but honestly it was a bit naive to stay up.",
        "Can I check something? Did you agree to that deadline?",
        "Let me make sure I heard you: you did it anyway, which is on you.",
        "Stop me if I'm wrong, but next time just go to bed.",
        "Tell me if this is off, but clients cancel all the time, that's business.",
        "I want to check I've understood: you're just annoyed you lost sleep.",
        "If I've understood you, you should email the client today.",
        "Just checking, was it the account manager who cancelled?",
    ] {
        assert_checks_clear(reply, &assess(STATEMENT, reply, None));
    }
}

/// The reply's check is praised, and no roadblock hint covers it.
fn assert_checks_clear(reply: &str, a: &Assessment) {
    let checks: Vec<_> = a
        .hints
        .iter()
        .filter(|h| h.code == "checked_understanding")
        .collect();
    assert!(!checks.is_empty(), "{reply}: {a:?}");
    for block in a.hints.iter().filter(|h| h.kind == HintKind::GotInTheWay) {
        for check in &checks {
            assert!(
                block.end <= check.start || check.end <= block.start,
                "{reply}: {:?} covers the check {:?}",
                &reply[block.start..block.end],
                &reply[check.start..check.end]
            );
        }
    }
}

#[test]
fn a_roadblock_after_a_check_is_named_and_leaves_the_check_clear() {
    for (reply, roadblock) in [
        // A bare verb after a check or a hedge is where the reply starts, even after "but".
        (
            "Correct me if I'm wrong, but just close it and link the policy.",
            Roadblock::Ordering,
        ),
        (
            "So if I get you, just tell him to type it out.",
            Roadblock::Ordering,
        ),
        (
            "so if i got it tell them no more doubles",
            Roadblock::Ordering,
        ),
        (
            "From what you say, send one email to the team now.",
            Roadblock::Ordering,
        ),
        (
            "If I'm hearing this right, maybe put your capacity in writing.",
            Roadblock::Advising,
        ),
        // A check after a comma with one word before it, and a doubt about understanding.
        (
            "You're relieved but still wobbly, is that fair? Maybe do a test shoot first.",
            Roadblock::Advising,
        ),
        (
            "Not sure I've understood, but careful, if your numbers stay up they'll put you on a plan.",
            Roadblock::Warning,
        ),
        (
            "If I'm getting this, they're probably testing you to see if you'll give up.",
            Roadblock::Interpreting,
        ),
        // Which thing they meant, offered for correction.
        (
            "If it's the new rota you mean, just swap with Sam.",
            Roadblock::Ordering,
        ),
        // The consequence said first: "…unless you flag it".
        (
            "If that's the situation, it'll end up in your review unless you flag it soon.",
            Roadblock::Warning,
        ),
        // A check typed without its commas, and advice after it.
        (
            "so you send it off and its just crickets am i close maybe ask them for a thumbs up",
            Roadblock::Advising,
        ),
        // An interjection before the framing, and the idiom for misreading.
        (
            "Wait, just so I'm following, did they unban everyone?",
            Roadblock::Probing,
        ),
        (
            "Sorry if I've got the wrong end of the stick, but email them and get it in writing today.",
            Roadblock::Ordering,
        ),
        // Everyday warnings and judging after an invitation to correct.
        (
            "Tell me if I'm off, but if anyone traces it back to you later, that's your career done.",
            Roadblock::Warning,
        ),
        (
            "Correct me if I'm wrong, but anyone who checks work email at 2am is asking for it.",
            Roadblock::Judging,
        ),
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(a.roadblocks.contains(&roadblock), "{reply}: {a:?}");
        assert_checks_clear(reply, &a);
    }
}

#[test]
fn well_opening_a_reply_about_what_they_did_is_a_verdict() {
    let reply = "Well, you knew about the time difference when you took the job.";
    let a = assess(STATEMENT, reply, None);
    assert!(a.roadblocks.contains(&Roadblock::Judging), "{a:?}");
    // Without the challenge, what they knew is theirs: "You knew it was coming, and it
    // still hurt."
    let b = assess(
        STATEMENT,
        "You knew it was coming, and it still stung.",
        None,
    );
    assert!(b.roadblocks.is_empty(), "{b:?}");
}

#[test]
fn what_follows_an_opener_is_not_a_question_without_its_mark() {
    let reply = "I can see why you're cross after a night like that.";
    let a = assess(STATEMENT, reply, None);
    assert!(!a.roadblocks.contains(&Roadblock::Probing), "{a:?}");
}

#[test]
fn a_span_loses_only_the_check_it_overlaps() {
    use analysis::Span;
    let text = "Correct me if I'm wrong, but you should email them.";
    let whole = Span {
        start: 0,
        end: text.len(),
        sentence: 0,
    };
    let check = Span {
        start: 0,
        end: "Correct me if I'm wrong".len(),
        sentence: 0,
    };
    let left = whole.without(&check, text).expect("the advice is left");
    assert_eq!(&text[left.start..left.end], "but you should email them");
    assert_eq!(check.without(&check, text), None);
}

#[test]
fn a_check_closing_a_sentence_or_a_question_is_a_check() {
    for (reply, roadblocks) in [
        (
            "You gave up your night for a call that was dropped, if I've got that right.",
            vec![],
        ),
        (
            "So you gave up your night for nothing or have I got the situation wrong",
            vec![],
        ),
        (
            "Let me check my understanding: you gave up your night for a call that was dropped.",
            vec![],
        ),
        (
            "So the call was dropped, have I got that? You gave up your night for nothing.",
            vec![],
        ),
        // A check set off by commas in the middle of a sentence is a check on its own.
        (
            "You gave up your night, if I've understood you, so could you skip the next one?",
            vec![Roadblock::Advising],
        ),
        // What is left once the check is taken off still asks, and still advises.
        (
            "Have you thought about telling them no next time, or have I got this wrong?",
            vec![Roadblock::Advising],
        ),
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(
            a.hints.iter().any(|h| h.code == "checked_understanding"),
            "{reply}: {a:?}"
        );
        assert!(
            roadblocks.iter().all(|r| a.roadblocks.contains(r)),
            "{reply}: {:?}",
            a.roadblocks
        );
        if roadblocks.is_empty() {
            assert!(a.roadblocks.is_empty(), "{reply}: {:?}", a.roadblocks);
        }
    }
}

#[test]
fn advice_that_looks_like_a_check_is_still_advice() {
    for reply in [
        "That sounds stressful. Or would it help to take a day off?",
        "You sound exhausted, or is it time to find another job?",
        "Is talking to your manager the best way?",
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(
            !a.hints.iter().any(|h| h.code == "checked_understanding"),
            "{reply} is read as a check: {a:?}"
        );
    }
    let a = assess(
        STATEMENT,
        "That sounds stressful. Or would it help to take a day off?",
        None,
    );
    assert!(a.roadblocks.contains(&Roadblock::Advising), "{a:?}");
}

#[test]
fn a_question_about_the_listener_that_does_not_check_is_not_a_check() {
    for reply in [
        "Did I ever tell you about my old job? Same thing happened there.",
        "Do I need to talk to your manager for you?",
        "Have I shown you the rota template? Just use that.",
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(
            !a.hints.iter().any(|h| h.code == "checked_understanding"),
            "{reply} is read as a check: {a:?}"
        );
    }
}

#[test]
fn an_opening_that_checks_the_listeners_own_understanding_is_all_check() {
    // What the framing checks has the listener for its subject ("I've followed this"), so
    // none of it is a request ("make sure …") or a change of subject ("I've got …").
    for opening in [
        "Let me just make sure I've followed this properly.",
        "Let me quickly check I have the order right.",
        "Let me make sure I have the timeline:",
        "Let me check I've got the sequence.",
        "I want to be sure I understand you, so stop me if this is off:",
        "Just to check I caught all of it:",
        "I might have this wrong, so stop me if so:",
    ] {
        let reply =
            format!("{opening} you gave up your night for a call that was dropped without a word.");
        let a = assess(STATEMENT, &reply, None);
        assert!(
            a.hints.iter().any(|h| h.code == "checked_understanding"),
            "{opening} is not read as a check: {a:?}"
        );
        assert!(a.roadblocks.is_empty(), "{opening}: {:?}", a.roadblocks);
    }
    // Advice after such an opening, or after a check, still gets in the way.
    for reply in [
        "Let me make sure I have your back: email the client today.",
        "Is that right, or should you just email the client today?",
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(!a.roadblocks.is_empty(), "{reply}: {a:?}");
    }
}

#[test]
fn an_invitation_to_correct_opening_a_reading_leaves_the_reading_whole() {
    for reply in [
        "Tell me if I'm wrong, you felt left on your own with a job you couldn't make sense of?",
        "So, stop me if I'm wrong, you added your own checks and nobody has acknowledged it.",
        "Sounds like, and tell me if I'm off, every reply is a test nobody explained, which must be stressful.",
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(a.reflection, "{reply}: {a:?}");
        assert!(a.roadblocks.is_empty(), "{reply}: {a:?}");
    }
    // A hedge set off by commas is an aside, not the listener turning to themselves.
    for reply in [
        "You're exhausted, I'd guess, and tomorrow feels like a mountain.",
        "I think I get it — you're fed up, and nobody has listened.",
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(a.reflection, "{reply}: {a:?}");
        assert!(a.roadblocks.is_empty(), "{reply}: {a:?}");
    }
    // "If I get u right" is a framing too, however it is typed, and never inside the order.
    let reply = "ok if i get u right just tell him no. seriously.";
    let a = assess(STATEMENT, reply, None);
    assert!(a.roadblocks.contains(&Roadblock::Ordering), "{a:?}");
    assert!(
        hint_text(reply, &a, "ordering")
            .iter()
            .all(|t| !t.contains("get u right")),
        "{:?}",
        hint_text(reply, &a, "ordering")
    );
}

#[test]
fn check_backs_in_their_many_forms_are_checks_not_roadblocks() {
    let reflection = "So you gave up your night for a call that was dropped without a word.";
    for check in [
        "Does that sound about right?",
        "Is that anywhere near it?",
        "How'd I do?",
        "Anything missing?",
        "Is that a fair read?",
        "Have I understood you?",
        "Is that where you are?",
        "Would you say that's right?",
        "Am I in the right ballpark?",
        "Tell me if I've got that wrong.",
        "Let me know if I've missed something.",
        "Feel free to correct me.",
        "Happy to be corrected.",
        "Yes?",
        "No?",
        "Or have I got that wrong?",
        "Is that it?",
        "Is that the crux of it?",
        "Is that close to it?",
        "Did I get that right?",
        "Is that how it feels?",
        "Is that about the size of it?",
        "Have I misunderstood?",
        "Please correct me if not.",
        "I may have this wrong, though.",
        "I could be wrong.",
        "Am I tracking?",
        "Am I following you?",
        "Am I with you so far?",
        "Is that what you mean?",
        "Is that what you're saying?",
        "Does that capture it?",
        "Did I catch that right?",
        "Is that how you see it?",
        "Am I reading you right?",
        "Is that your experience?",
        "Have I got the gist?",
        "Or is it more that nobody asked you?",
        "Or is something else going on?",
        "Is that the heart of it?",
        "Does that land?",
        "Does that ring true?",
        "Or am I off?",
        "Have I got that the wrong way round?",
        "Does that fit?",
        "Is that roughly it?",
        "Does that match how it felt?",
        "Is that a fair way to put it?",
        "Would that be fair?",
        "Sound right?",
        "Fair?",
        "Close?",
        "Right?",
        "Did I miss anything?",
        "What am I missing?",
        "Anything I've left out?",
        "Tell me more if I've missed it.",
        "Is there more to it?",
        "Am I close?",
        "Is that closer?",
        "Is worn out the right word?",
        "Would angry be the right word?",
        "Or is the issue something else?",
        "Or is part of it that nobody asked?",
        // An alternative offered after the check is part of it.
        "Is that it, or is it more about the timing?",
        "Is that fair, or was it more the way they did it?",
        // The listener asking after their own understanding, without inversion.
        "I understood correctly?",
        "I heard you right?",
        "I got that right?",
        "Is it so?",
        // A yes/no question about the listener's own reading, whatever its verb, with or
        // without an alternative after its comma.
        "Have I summarised it fairly?",
        "Did I word that fairly?",
        "Have I read that right, or is it more the hours?",
        "Have I got the gist, or is there more to it?",
        // An invitation to correct, said as an order.
        "Say so if I've misread it.",
        "Shout if I've got this wrong.",
        // Offering to play it back, the mark, a typo, the word for the feeling.
        "Can I play that back?",
        "Am I near the mark?",
        "Is that rihgt?",
        "Is gutted the word?",
        "Or more the hours?",
        "Something missing?",
        "Or am I reading too much into it?",
        "Or have I misunderstood the question?",
        "That everything?",
        "Or does that overstate it?",
    ] {
        let reply = format!("{reflection} {check}");
        let a = assess(STATEMENT, &reply, None);
        assert!(
            a.hints.iter().any(|h| h.code == "checked_understanding"),
            "{check} is not read as a check: {a:?}"
        );
        assert!(a.roadblocks.is_empty(), "{check}: {:?}", a.roadblocks);
    }
}

#[test]
fn quoted_and_described_words_are_not_the_listeners_moves() {
    for reply in [
        // A quoted order is what they were told, not an order.
        "\u{201c}Keep going\u{201d} is all you've had, and it tells you nothing.",
        // "tries to" describes them; it does not advise.
        "So they pad to protect themselves, and you are the one who tries to make it safe.",
        // A feeling made by how they were treated is not name-calling.
        "You were made to feel like a fraud in front of the whole crew.",
        // What lands on them is their situation, not a threat.
        "The planning is theirs, but the blame lands on you.",
    ] {
        let a = assess(STATEMENT, reply, None);
        assert!(a.roadblocks.is_empty(), "{reply}: {a:?}");
    }
    // A reading offered for correction describes; it does not lecture.
    let a = assess(
        STATEMENT,
        "The lists keep growing and nothing is taken away. That's how it sounds to me, anyway.",
        None,
    );
    assert!(a.roadblocks.is_empty() && a.reflection, "{a:?}");
    // Their own "I don't know" does not make the listener's "don't" theirs.
    let a = assess(
        "They want me to start before the money arrives and I don't know if I can trust them.",
        "Don't start until the money is in your account.",
        None,
    );
    assert!(a.roadblocks.contains(&Roadblock::Ordering), "{a:?}");
}

/// The replies the coach issue quoted as getting the wrong feedback, with what a listening
/// trainer would say of each.
#[test]
fn the_replies_once_misjudged_get_feedback_a_trainer_would_sign() {
    let said = "My manager moved our one-to-one again, the third time this month, and now I hear the team had a planning session without me. I'm starting to think I don't matter here.";
    for (reply, roadblock) in [
        (
            "Of course you matter, managers are just busy, it's nothing personal.",
            Roadblock::Reassuring,
        ),
        (
            "Nobody thinks you're slacking, you're doing fine.",
            Roadblock::Reassuring,
        ),
        (
            "Don't worry, nobody minds if you take a day to reply.",
            Roadblock::Reassuring,
        ),
        (
            "That sounds a bit paranoid, to be honest.",
            Roadblock::Judging,
        ),
        (
            "Anyway, did you see the new release notes?",
            Roadblock::Diverting,
        ),
        (
            "You should just ask your manager to put the one-to-one back in the diary.",
            Roadblock::Advising,
        ),
        (
            "When that happened to me last year I just quit.",
            Roadblock::Diverting,
        ),
    ] {
        let a = assess(said, reply, None);
        assert!(!a.reflection && a.score < 35, "{reply}: {a:?}");
        assert!(a.roadblocks.contains(&roadblock), "{reply}: {a:?}");
        assert!(
            !a.hints.iter().any(|h| h.code == "captured_point"),
            "{reply}: {a:?}"
        );
    }
    // Telling them what they feel is not a good reflection, whatever it names.
    let told = assess(
        said,
        "You are not angry, you are just disappointed in the process, right?",
        None,
    );
    assert!(
        told.roadblocks.contains(&Roadblock::Interpreting),
        "{told:?}"
    );
    assert_eq!(told.band(), "Partly there");
    // A summary with its check-backs is a strong reflection, and its checks are praised.
    let summary = "Let me check I have this: your one-to-one has moved three times this month, the team planned without you, and you're starting to wonder whether you matter here. Did I miss anything?";
    let s = assess(said, summary, None);
    assert!(
        s.reflection && s.roadblocks.is_empty() && s.score >= 80,
        "{s:?}"
    );
    let checks: Vec<&str> = s
        .hints
        .iter()
        .filter(|h| h.code == "checked_understanding")
        .flat_map(|h| std::iter::once((h.start, h.end)).chain(h.also.iter().map(|&(a, b)| (a, b))))
        .map(|(a, b)| &summary[a..b])
        .collect();
    assert_eq!(checks, ["Let me check I have this", "Did I miss anything"]);
}
