//! Reads JSON text (RFC 8259, strictly) into a [`Json`] value; a problem is reported with
//! its line and column.

use super::Json;

/// Deeper nesting is refused, so a hostile file cannot exhaust the stack (serde_json, which
/// this replaces, kept the same limit).
const MAX_DEPTH: usize = 128;

/// The value `text` holds, or what is wrong with it and where.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = reader.value().and_then(|value| {
        reader.blank();
        match reader.at < reader.bytes.len() {
            true => Err("more text after the value"),
            false => Ok(value),
        }
    });
    value.map_err(|what| {
        // A bad escape can stop the reader inside a character: report at its start.
        let mut at = reader.at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{what} at line {line}, column {column}")
    })
}

type Step<T> = Result<T, &'static str>;

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn blank(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let here = self.bytes.get(self.at) == Some(&byte);
        self.at += usize::from(here);
        here
    }

    fn value(&mut self) -> Step<Json> {
        self.blank();
        match self.bytes.get(self.at) {
            None => Err("the text ends where a value should be"),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err("expected a value"),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Step<Json> {
        match self.bytes[self.at..].starts_with(word.as_bytes()) {
            true => {
                self.at += word.len();
                Ok(value)
            }
            false => Err("expected a value"),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Step<Json>) -> Step<Json> {
        if self.depth == MAX_DEPTH {
            return Err("lists and objects nested too deeply");
        }
        self.depth += 1;
        self.at += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Step<Json> {
        let mut items = Vec::new();
        self.blank();
        if self.eat(b']') {
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value()?);
            self.blank();
            if self.eat(b']') {
                return Ok(Json::Arr(items));
            }
            if !self.eat(b',') {
                return Err("expected `,` or `]`");
            }
        }
    }

    fn object(&mut self) -> Step<Json> {
        let mut members = Vec::new();
        self.blank();
        if self.eat(b'}') {
            return Ok(Json::Obj(members));
        }
        loop {
            self.blank();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err("expected a key in double quotes");
            }
            let key = self.string()?;
            self.blank();
            if !self.eat(b':') {
                return Err("expected `:`");
            }
            members.push((key, self.value()?));
            self.blank();
            if self.eat(b'}') {
                return Ok(Json::Obj(members));
            }
            if !self.eat(b',') {
                return Err("expected `,` or `}`");
            }
        }
    }

    fn string(&mut self) -> Step<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Runs end at ASCII bytes, so they are whole characters of the &str.
            out.push_str(&self.text[start..self.at]);
            match self.bytes.get(self.at) {
                None => return Err("the text ends inside a string"),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err("a control character inside a string"),
            }
        }
    }

    fn escape(&mut self) -> Step<char> {
        let byte = *self
            .bytes
            .get(self.at)
            .ok_or("the text ends inside a string")?;
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&unit) {
                    let low = match self.eat(b'\\') && self.eat(b'u') {
                        true => self.hex4()?,
                        false => 0,
                    };
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err("half of a surrogate pair in a \\u escape");
                    }
                    0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    unit
                };
                char::from_u32(code).ok_or("half of a surrogate pair in a \\u escape")?
            }
            _ => return Err("an unknown escape in a string"),
        })
    }

    fn hex4(&mut self) -> Step<u32> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or("expected four hex digits")?;
        let mut value = 0;
        for &d in digits {
            value = value * 16
                + char::from(d)
                    .to_digit(16)
                    .ok_or("expected four hex digits")?;
        }
        self.at += 4;
        Ok(value)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Step<Json> {
        let start = self.at;
        self.eat(b'-');
        let first = self.at;
        match self.digits() {
            0 => return Err("expected a digit"),
            n if n > 1 && self.bytes[first] == b'0' => return Err("a number starting with 0"),
            _ => {}
        }
        let mut whole = true;
        if self.eat(b'.') {
            whole = false;
            if self.digits() == 0 {
                return Err("expected a digit after `.`");
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            whole = false;
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err("expected a digit in the exponent");
            }
        }
        let text = &self.text[start..self.at];
        match whole.then(|| text.parse::<i64>().ok()).flatten() {
            Some(n) => Ok(Json::Int(n)),
            None => Ok(Json::Float(decimal(text))),
        }
    }
}

/// The value of a well-formed JSON number: exact when its digits fit in 2^53 and its
/// power of ten is within 10^22, as for every number Rapport writes; within a rounding or
/// two otherwise. (The standard library's float parser would cost kilobytes for this.)
fn decimal(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, exponent) = match text.split_once(['e', 'E']) {
        Some((digits, e)) => (
            digits,
            // An exponent too long for an i32 is far beyond any float either way.
            e.parse::<i32>()
                .unwrap_or(if e.starts_with('-') { -9999 } else { 9999 }),
        ),
        None => (text, 0),
    };
    let (mut mantissa, mut scale, mut after_point) = (0u64, 0i32, false);
    for b in digits.bytes() {
        match b {
            b'.' => after_point = true,
            _ if mantissa < u64::MAX / 10 - 9 => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                scale -= i32::from(after_point);
            }
            // Digits past u64's precision: those before the point still scale the value.
            _ => scale += i32::from(!after_point),
        }
    }
    let power = exponent.saturating_add(scale);
    let m = mantissa as f64;
    let value = match power {
        _ if mantissa == 0 => 0.0,
        0..=22 => m * 10f64.powi(power),
        -22..=-1 => m / 10f64.powi(-power),
        _ => m * 10f64.powi(power.clamp(-400, 400)),
    };
    if negative {
        -value
    } else {
        value
    }
}
