//! Reads the reply text of practice histories stored under schema 3, which compressed it
//! with a small LZ77 of its own; schema 4 stores plain text, and this is kept only so that
//! those histories can be migrated. Nothing writes this encoding any more.
//!
//! The encoding, over characters: a literal is itself; a back-reference of `len` characters at
//! `dist` back is three private-use characters: `LEN_BASE + (len - MIN_MATCH)`, then
//! `dist` in two base-2048 digits. A literal inside the reserved private-use block is
//! written after `ESCAPE`.

const ESCAPE: u32 = 0xE000;
const LEN_BASE: u32 = 0xE100;
const DIGIT_BASE: u32 = 0xE800;
const RESERVED: std::ops::RangeInclusive<u32> = 0xE000..=0xEFFF;
const MIN_MATCH: usize = 4;

/// Expands schema 3's text; malformed input, or output longer than `limit` characters
/// (a back-reference can repeat text without end), is an error, never a panic.
pub fn unpack(packed: &str, limit: usize) -> Result<String, String> {
    let too_long = || format!("the text expands beyond {limit} characters");
    let mut out: Vec<char> = Vec::with_capacity(packed.len().min(limit));
    let mut input = packed.chars();
    while let Some(c) = input.next() {
        let code = c as u32;
        if code == ESCAPE {
            if out.len() >= limit {
                return Err(too_long());
            }
            out.push(input.next().ok_or("an escape at the very end")?);
        } else if (LEN_BASE..LEN_BASE + 256).contains(&code) {
            let len = (code - LEN_BASE) as usize + MIN_MATCH;
            let mut digit = || -> Result<usize, String> {
                let d = input.next().ok_or("a back-reference cut short")? as u32;
                if !(DIGIT_BASE..DIGIT_BASE + 2048).contains(&d) {
                    return Err("a back-reference with a bad distance".into());
                }
                Ok((d - DIGIT_BASE) as usize)
            };
            let dist = digit()? * 2048 + digit()?;
            if dist == 0 || dist > out.len() {
                return Err("a back-reference before the start".into());
            }
            if out.len() + len > limit {
                return Err(too_long());
            }
            let from = out.len() - dist;
            for k in 0..len {
                out.push(out[from + k]);
            }
        } else if RESERVED.contains(&code) {
            return Err(format!("an unexpected character U+{code:04X}"));
        } else {
            if out.len() >= limit {
                return Err(too_long());
            }
            out.push(c);
        }
    }
    Ok(out.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "It sounds hard. It sounds hard." as schema 3 wrote it: sixteen literals, then a
    /// back-reference of 15 characters from 16 back.
    const PACKED: &str = "It sounds hard. \u{e10b}\u{e800}\u{e810}";

    #[test]
    fn schema_3_text_expands() {
        assert_eq!(
            unpack(PACKED, 100).unwrap(),
            "It sounds hard. It sounds hard."
        );
        assert_eq!(unpack("\u{e000}\u{e100}x", 100).unwrap(), "\u{e100}x");
    }

    #[test]
    fn output_is_bounded() {
        assert!(unpack(PACKED, 20).is_err());
        assert!(unpack("abc", 2).is_err());
        // Each back-reference triples the text; without a limit this would not stop growing.
        let bomb = format!("abcd{}", "\u{e1ff}\u{e800}\u{e804}".repeat(5_000));
        assert!(unpack(&bomb, 4_000).unwrap_err().contains("beyond 4000"));
    }

    #[test]
    fn malformed_input_is_an_error() {
        for bad in [
            "\u{e000}",
            "\u{e100}",
            "\u{e100}\u{e800}",
            "\u{e104}\u{e800}\u{e805}",
            "\u{e100}x\u{e801}",
            "\u{e700}",
        ] {
            assert!(unpack(bad, 1_000).is_err(), "{bad:?}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn unpacking_garbage_never_panics_nor_exceeds_its_limit(text in "[\u{e000}-\u{e102}\u{e1fe}-\u{e1ff}\u{e7fe}-\u{e802}a-c]{0,50}") {
            if let Ok(out) = unpack(&text, 500) {
                prop_assert!(out.chars().count() <= 500);
            }
        }
    }
}
