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

/// `n` with a comma between each group of three digits: "50,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            text.push(',');
        }
        text.push(c);
    }
    text
}

/// "advice", "advice and praise", "advice, praise and probing".
pub fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
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

/// `x` rounded to one decimal place ("12.3", "-0.5"), written with integer formatting:
/// the standard library's float formatting is about 12 KB of WebAssembly, and drawing
/// charts and naming file sizes are all Rapport needs it for.
pub fn one_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round();
    // NaN and infinities never reach here from a chart or a file size; they must not
    // panic or print garbage if they ever do.
    let tenths = if tenths.is_finite() { tenths as i64 } else { 0 };
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}

/// A size in megabytes of a million bytes (as file managers count them), to one decimal:
/// "2.5 MB".
pub fn megabytes(bytes: usize) -> String {
    format!("{} MB", one_decimal(bytes as f64 / 1_000_000.0))
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_are_written_in_thousands() {
        use super::thousands;
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(super::list(&[]), "");
        assert_eq!(super::list(&["advice"]), "advice");
        assert_eq!(super::list(&["a", "b", "c"]), "a, b and c");
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn one_decimal_rounds_to_tenths() {
        assert_eq!(one_decimal(0.0), "0.0");
        assert_eq!(one_decimal(12.34), "12.3");
        assert_eq!(one_decimal(12.35), "12.4");
        assert_eq!(one_decimal(-0.04), "0.0");
        assert_eq!(one_decimal(-2.25), "-2.3");
        assert_eq!(one_decimal(480.0), "480.0");
        assert_eq!(one_decimal(f64::NAN), "0.0");
        assert_eq!(megabytes(20_000_000), "20.0 MB");
        assert_eq!(megabytes(1_450_000), "1.5 MB");
    }

    proptest! {
        /// Whatever the value, the text reads back within half a tenth of it.
        #[test]
        fn one_decimal_is_within_half_a_tenth(x in -1.0e6f64..1.0e6) {
            let text = one_decimal(x);
            let back: f64 = text.parse().unwrap();
            prop_assert!((back - x).abs() <= 0.050_001, "{x} -> {text}");
            prop_assert_eq!(text.split('.').nth(1).map(str::len), Some(1));
        }
    }

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
