//! A small, conservative English suffix stripper: "frustrated", "frustrating" and
//! "frustration" share a stem. Both sides of every comparison go through it, so it
//! only needs to be consistent, not linguistically exact.

/// The stem of a lower-case word.
pub fn stem(word: &str) -> String {
    if word.chars().count() <= 3 || !word.is_ascii() {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    const RULES: &[(&str, &str, usize)] = &[
        // (suffix, replacement, minimum length left before the suffix)
        ("ational", "ate", 2),
        ("ization", "ize", 2),
        ("fulness", "ful", 2),
        ("iveness", "ive", 2),
        ("ousness", "ous", 2),
        ("ations", "ate", 2),
        ("ation", "ate", 2),
        ("nesses", "", 3),
        ("ness", "", 3),
        ("ments", "", 4),
        ("ment", "", 4),
        ("ingly", "", 3),
        ("edly", "", 3),
        ("ings", "", 3),
        ("ing", "", 3),
        ("ied", "i", 2),
        ("ies", "i", 2),
        ("ed", "", 3),
        ("ly", "", 4),
        ("es", "", 3),
        ("s", "", 3),
    ];
    for (suffix, replacement, min) in RULES {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() < *min {
                continue;
            }
            if *suffix == "s" && (base.ends_with('s') || base.ends_with('u') || base.ends_with('i'))
            {
                continue;
            }
            if *suffix == "es"
                && !(base.ends_with('s')
                    || base.ends_with('x')
                    || base.ends_with('z')
                    || base.ends_with("ch")
                    || base.ends_with("sh"))
            {
                // "notes" -> "not" would collide; strip only the "s".
                w = format!("{base}e");
                break;
            }
            w = format!("{base}{replacement}");
            break;
        }
    }
    // Undouble a final consonant ("stopped" -> "stopp" -> "stop"), drop a final "e",
    // and spell a final "y" as "i", so the different forms meet.
    let bytes = w.as_bytes();
    let n = bytes.len();
    if n >= 4 && bytes[n - 1] == bytes[n - 2] && !b"aeiou".contains(&bytes[n - 1]) {
        w.pop();
    }
    if w.len() >= 4 && w.ends_with('e') {
        w.pop();
    }
    if w.len() >= 4 && w.ends_with('y') {
        w.pop();
        w.push('i');
    }
    w
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_meet() {
        let groups: &[&[&str]] = &[
            &["frustrated", "frustrating", "frustrate", "frustrates"],
            &["worried", "worry", "worries", "worrying"],
            &["cancelled", "cancel", "cancels", "cancelling"],
            &["stopped", "stop", "stops", "stopping"],
            &["disappointed", "disappointing", "disappointment"],
            &["notes", "note"],
            &["meetings", "meeting"],
        ];
        for group in groups {
            let stems: Vec<_> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.windows(2).all(|p| p[0] == p[1]),
                "{group:?} -> {stems:?}"
            );
        }
    }

    #[test]
    fn short_and_non_ascii_words_are_kept() {
        assert_eq!(stem("was"), "was");
        assert_eq!(stem("this"), "this");
        assert_eq!(stem("naïve"), "naïve");
        assert_eq!(stem("process"), stem("processes"));
        assert_eq!(stem("status"), "status");
    }
}
