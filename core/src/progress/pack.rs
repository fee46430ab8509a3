//! A small LZ77 compressor for the text of a learner's replies, which repeat themselves a
//! great deal ("it sounds like you…", "is that right?"). Output stays a valid string so it
//! can live inside JSON in localStorage, where every UTF-16 unit counts against the quota.
//!
//! Encoding, over characters: a literal is itself; a back-reference of `len` characters at
//! `dist` back is three private-use characters: `LEN_BASE + (len - MIN_MATCH)`, then
//! `dist` in two base-2048 digits. A literal inside the reserved private-use block is
//! written after `ESCAPE`.

const ESCAPE: u32 = 0xE000;
const LEN_BASE: u32 = 0xE100;
const DIGIT_BASE: u32 = 0xE800;
const RESERVED: std::ops::RangeInclusive<u32> = 0xE000..=0xEFFF;
const MIN_MATCH: usize = 4;
const MAX_MATCH: usize = MIN_MATCH + 255;
const MAX_DIST: usize = 2048 * 2048 - 1;
const CHAIN: usize = 48;
const HASH_BITS: u32 = 16;

fn hash(window: &[char]) -> usize {
    let mut h: u32 = 0;
    for c in window {
        h = h.wrapping_mul(0x9E37_79B1).wrapping_add(*c as u32);
    }
    (h >> (32 - HASH_BITS)) as usize
}

fn push_char(out: &mut String, code: u32) {
    out.push(char::from_u32(code).expect("private-use code points are valid chars"));
}

/// Compresses `text`.
pub fn pack(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut prev = vec![usize::MAX; chars.len()];
    let mut out = String::with_capacity(text.len() / 2);
    let insert = |head: &mut Vec<usize>, prev: &mut Vec<usize>, at: usize| {
        if at + MIN_MATCH <= chars.len() {
            let h = hash(&chars[at..at + MIN_MATCH]);
            prev[at] = head[h];
            head[h] = at;
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let (mut best_len, mut best_dist) = (0, 0);
        if i + MIN_MATCH <= chars.len() {
            let mut candidate = head[hash(&chars[i..i + MIN_MATCH])];
            let mut tries = 0;
            while candidate != usize::MAX && tries < CHAIN && i - candidate <= MAX_DIST {
                let limit = (chars.len() - i).min(MAX_MATCH);
                let len = (0..limit)
                    .take_while(|k| chars[candidate + k] == chars[i + k])
                    .count();
                if len > best_len {
                    (best_len, best_dist) = (len, i - candidate);
                    if len == limit {
                        break;
                    }
                }
                candidate = prev[candidate];
                tries += 1;
            }
        }
        if best_len >= MIN_MATCH {
            push_char(&mut out, LEN_BASE + (best_len - MIN_MATCH) as u32);
            push_char(&mut out, DIGIT_BASE + (best_dist / 2048) as u32);
            push_char(&mut out, DIGIT_BASE + (best_dist % 2048) as u32);
            for at in i..i + best_len {
                insert(&mut head, &mut prev, at);
            }
            i += best_len;
        } else {
            let c = chars[i];
            if RESERVED.contains(&(c as u32)) {
                push_char(&mut out, ESCAPE);
            }
            out.push(c);
            insert(&mut head, &mut prev, i);
            i += 1;
        }
    }
    out
}

/// Expands what [`pack`] wrote; malformed input is an error, never a panic.
pub fn unpack(packed: &str) -> Result<String, String> {
    let mut out: Vec<char> = Vec::with_capacity(packed.len() * 2);
    let mut input = packed.chars();
    while let Some(c) = input.next() {
        let code = c as u32;
        if code == ESCAPE {
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
            let from = out.len() - dist;
            for k in 0..len {
                out.push(out[from + k]);
            }
        } else if RESERVED.contains(&code) {
            return Err(format!("an unexpected character U+{code:04X}"));
        } else {
            out.push(c);
        }
    }
    Ok(out.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repetitive_replies_shrink_and_come_back() {
        let replies = "It sounds like you feel left out. Is that right?\u{1e}It sounds like you're exhausted. Is that right?\u{1e}";
        let text = replies.repeat(50);
        let packed = pack(&text);
        assert_eq!(unpack(&packed).unwrap(), text);
        assert!(
            packed.chars().count() * 10 < text.chars().count(),
            "{} -> {}",
            text.len(),
            packed.chars().count()
        );
    }

    #[test]
    fn reserved_characters_and_overlaps_round_trip() {
        for text in [
            "",
            "a",
            "aaaaaaaaaaaaaaaaaaaaaa",
            "\u{e000}\u{e100}\u{e800}\u{efff}",
            "😀😀😀😀😀😀😀😀 ok",
            "abcabcabcabcabcabcx",
        ] {
            assert_eq!(unpack(&pack(text)).unwrap(), text, "{text:?}");
        }
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
            assert!(unpack(bad).is_err(), "{bad:?}");
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
        fn any_text_round_trips(text in "\\PC{0,400}") {
            prop_assert_eq!(unpack(&pack(&text)).unwrap(), text);
        }

        #[test]
        fn repetitive_text_round_trips(parts in prop::collection::vec("(It sounds like |you |Is that right\\?|\u{e100}|\u{1e}|[a-z]{1,6} )", 0..200)) {
            let text = parts.concat();
            prop_assert_eq!(unpack(&pack(&text)).unwrap(), text);
        }

        #[test]
        fn unpacking_garbage_never_panics(text in "[\u{e000}-\u{e102}\u{e7fe}-\u{e802}a-c]{0,50}") {
            let _ = unpack(&text);
        }
    }
}
