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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_only_the_first_letter() {
        assert_eq!(lower_first("Your Data"), "your Data");
        assert_eq!(upper_first("ébahi et las"), "Ébahi et las");
        assert_eq!(upper_first(""), "");
    }
}
