//! Small closed word classes: who a sentence is about, words that carry no content,
//! how "I" becomes "you" when a reply repeats the speaker, and workplace synonyms that
//! let a paraphrase in other words still count as capturing the point.

/// Words that refer to the person being listened to.
#[rustfmt::skip]
pub const SECOND_PERSON: &[&str] = &["you", "your", "yours", "yourself", "yourselves"];

/// Words by which the listener talks about themselves.
#[rustfmt::skip]
pub const FIRST_PERSON: &[&str] = &["i", "me", "my", "mine", "myself"];

/// Question words and auxiliaries that open a question even without a question mark.
#[rustfmt::skip]
pub const QUESTION_OPENERS: &[&str] = &[
    "why", "what", "when", "where", "who", "whom", "whose", "which", "how", "did", "do", "does",
    "have", "has", "had", "is", "are", "was", "were", "can", "could", "would", "will", "should",
    "shall", "may", "might", "am",
];

/// Function words and fillers that say nothing about the situation.
#[rustfmt::skip]
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "if", "so", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "up", "about", "into", "over", "after", "before", "than", "then", "that", "this", "these", "those", "there",
    "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing",
    "have", "has", "had", "having", "will", "would", "can", "could", "should", "shall", "may", "might", "must",
    "not", "no", "yes", "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "we", "us",
    "our", "ours", "they", "them", "their", "theirs", "he", "him", "his", "she", "her", "hers", "what", "which",
    "who", "whom", "when", "where", "why", "how", "all", "any", "some", "just", "only", "really", "very", "too",
    "also", "even", "still", "again", "as", "like", "sounds", "sound", "seems", "seem", "feel", "feels",
    "feeling", "felt", "get", "got", "go", "going", "one", "much", "more", "most", "lot", "bit", "kind", "sort",
    "thing", "things", "way", "actually", "maybe", "perhaps", "right", "okay", "ok", "well", "now", "because",
    "while", "though", "although", "since", "until", "anyone", "someone", "everyone", "nobody", "anything",
    "something", "everything", "nothing", "said", "say", "says", "saying", "tell", "told", "know", "think",
    "hear", "hearing", "mean", "own", "other", "same", "each", "every", "both", "either", "neither", "let",
    "make", "made", "put", "take", "took", "come", "came", "want", "wanted", "need", "needed", "way", "back",
    "out", "off", "down", "through", "without", "against", "around",
];

/// How the speaker's first person reads from the listener's side, for spotting repetition.
pub fn swap_person(word: &str) -> &str {
    match word {
        "i" | "me" | "we" | "us" => "you",
        "my" | "our" => "your",
        "mine" | "ours" => "yours",
        "myself" | "ourselves" => "yourself",
        "am" => "are",
        "was" => "were",
        other => other,
    }
}

/// Groups of words that mean the same thing in a workplace conversation; the first word
/// names the group.
#[rustfmt::skip]
pub const SYNONYMS: &[&[&str]] = &[
    &[
        "deadline", "due", "cut-off", "cutoff", "date", "friday", "tuesday", "timeline", "schedule",
    ],
    &[
        "late", "delay", "delayed", "slip", "slipped", "slipping", "behind", "overdue", "missed",
        "miss",
    ],
    &["manager", "boss", "lead", "supervisor", "director", "head"],
    &["colleague", "teammate", "coworker", "co-worker", "peer"],
    &["team", "squad", "group", "crew"],
    &[
        "meeting", "call", "standup", "stand-up", "sync", "one-to-one", "1:1", "all-hands", "retro", "session",
    ],
    &[
        "cancel", "cancelled", "canceled", "dropped", "scrapped", "called",
    ],
    &[
        "night", "2am", "midnight", "evening", "late-night", "sleep", "asleep", "overnight", "10pm", "9pm",
    ],
    &[
        "message", "ping", "pinged", "email", "chat", "slack", "text", "dm",
    ],
    &[
        "client", "customer", "partner", "investor", "investors", "stakeholder",
    ],
    &[
        "work", "job", "task", "tasks", "project", "projects", "workload", "effort",
    ],
    &[
        "promise", "promised", "commit", "committed", "agreed", "agreement", "said",
    ],
    &[
        "feedback", "criticism", "criticised", "criticized", "review", "comment", "comments", "called",
    ],
    &[
        "ignore", "ignored", "overlooked", "unnoticed", "noticed", "notice", "recognition", "recognised",
        "thanked", "acknowledged",
    ],
    &["help", "support", "assist", "cover", "covering"],
    &["remote", "virtual", "online", "distributed"],
    &["time", "hours", "timezone", "time-zone"],
    &["explain", "explanation", "reason", "why"],
    &["leave", "quit", "left", "resign"],
    &["meet", "met", "person", "face", "face-to-face", "in-person"],
    &["new", "joined", "weeks", "onboarding", "newcomer"],
    &["idea", "ideas", "proposal", "suggestion", "suggestions"],
    &["scope", "features", "requirements"],
    &["blame", "blamed", "fault"],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapping_turns_the_speaker_into_you() {
        let swapped: Vec<_> = "i am sure my work was fine"
            .split(' ')
            .map(swap_person)
            .collect();
        assert_eq!(swapped.join(" "), "you are sure your work were fine");
    }
}
