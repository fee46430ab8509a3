//! Small helpers for sentences the app builds from pieces of content and labels.

/// `text` with its first letter in lower case ("Your settings" → "your settings").
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `text` with its first letter in upper case ("tired" → "Tired").
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "1 drill", "3 drills": `n` with the word that fits it.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` cut at its backticks into (part, is it quoted) pieces, so a message can set
/// the keys and ids it quotes as code; unbalanced backticks leave the text whole.
pub fn quoted_parts(text: &str) -> Vec<(&str, bool)> {
    if text.matches('`').count() % 2 == 1 {
        return vec![(text, false)];
    }
    text.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| (part, i % 2 == 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_quoted_parts() {
        assert_eq!(plural(1, "drill", "drills"), "1 drill");
        assert_eq!(plural(0, "drill", "drills"), "0 drills");
        assert_eq!(
            quoted_parts("`authr:` is not a `key`."),
            vec![
                ("authr:", true),
                (" is not a ", false),
                ("key", true),
                (".", false)
            ]
        );
        assert_eq!(quoted_parts("one ` alone"), vec![("one ` alone", false)]);
        assert_eq!(quoted_parts("<b>no</b>"), vec![("<b>no</b>", false)]);
    }

    #[test]
    fn changes_only_the_first_letter() {
        assert_eq!(lower_first("Your Data"), "your Data");
        assert_eq!(upper_first("ébahi et las"), "Ébahi et las");
        assert_eq!(upper_first(""), "");
    }
}
