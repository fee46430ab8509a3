//! The reader and writer against serde_json, which wrote every record before them: the
//! same text for the same value, the same verdict on malformed text, and no panic on any.

use proptest::prelude::*;

use super::*;

/// JSON values of the kinds Rapport stores: whole numbers, floats of up to six decimals,
/// any text, lists and objects.
fn values() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        (-(1i64 << 53)..(1i64 << 53)).prop_map(serde_json::Value::from),
        (-1_000_000_000i64..1_000_000_000, 0u32..7).prop_map(|(n, places)| {
            serde_json::Value::from(n as f64 / 10f64.powi(places as i32))
        }),
        any::<String>().prop_map(serde_json::Value::from),
        "[\\x00-\\x1f\"\\\\\u{7f}\u{2028}a-z]{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z\"\\\\é]{0,6}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn writes_what_serde_json_wrote_and_reads_it_back(value in values()) {
        let theirs = serde_json::to_string(&value).unwrap();
        let ours = parse(&theirs).unwrap();
        prop_assert_eq!(ours.to_text(), theirs.clone());
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        prop_assert_eq!(ours.to_pretty_text(), pretty);
        prop_assert_eq!(parse(&ours.to_pretty_text()).unwrap(), ours);
    }

    /// Mostly broken text from JSON's own characters: accepted exactly when serde_json
    /// accepts it, and never a panic.
    #[test]
    fn judges_malformed_text_as_serde_json_did(text in "[\\[\\]{}\",:0-9eE.+\\- \\\\untrlsfa\u{1}é😀]{0,24}") {
        let ours = parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?}", text, ours);
    }

    /// Any float, as Rust writes it, is read back within a rounding or two.
    #[test]
    fn reads_floats_closely(x in -1e300f64..1e300) {
        let Json::Float(back) = parse(&format!("{x:e}")).unwrap() else { panic!() };
        prop_assert!((back - x).abs() <= x.abs() * 1e-15, "{} read as {}", x, back);
    }
}

#[test]
fn reads_the_awkward_parts_of_the_grammar() {
    let text = " [1, -0, 2.5e3, 1E-2, -12.75, \"\\u00e9\\ud83d\\ude00\\/\\b\", {\"a\": {}, \"b\": []}, 123456789012345678901234] ";
    let value = parse(text).unwrap();
    let Json::Arr(items) = &value else { panic!() };
    assert_eq!(items[0], Json::Int(1));
    assert_eq!(items[1], Json::Int(0));
    assert_eq!(items[2], Json::Float(2500.0));
    assert_eq!(items[3], Json::Float(0.01));
    assert_eq!(items[4], Json::Float(-12.75));
    assert_eq!(items[5], Json::Str("\u{e9}\u{1f600}/\u{8}".into()));
    // Too many digits for exactness: close, as the reader promises.
    let Json::Float(big) = items[7] else { panic!() };
    assert!((big / 1.2345678901234568e23 - 1.0).abs() < 1e-15);
    assert_eq!(
        Json::Arr(items[..7].to_vec()).to_text(),
        r#"[1,0,2500.0,0.01,-12.75,"é😀/\b",{"a":{},"b":[]}]"#
    );
}

#[test]
fn says_what_is_wrong_and_where() {
    for (text, what) in [
        (
            "",
            "the text ends where a value should be at line 1, column 1",
        ),
        ("{\"a\": tru}", "expected a value at line 1, column 7"),
        ("[1,\n 2,\n x]", "expected a value at line 3, column 2"),
        ("[1] [2]", "more text after the value at line 1, column 5"),
        ("\"\\ud800\"", "half of a surrogate pair"),
        ("\"a\u{1}\"", "a control character inside a string"),
        ("01", "a number starting with 0"),
    ] {
        let error = parse(text).unwrap_err();
        assert!(error.contains(what), "{text:?}: {error}");
    }
}

#[test]
fn refuses_nesting_deeper_than_serde_json_did() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(128)).is_ok());
    assert!(parse(&nested(129))
        .unwrap_err()
        .contains("nested too deeply"));
    // Twenty megabytes of brackets (the largest import) end in an error, not a crash.
    assert!(parse(&"[".repeat(20_000_000)).is_err());
}

#[test]
fn floats_keep_six_decimals_and_their_point() {
    for (x, text) in [
        (0.0, "0.0"),
        (2.5, "2.5"),
        (-0.5, "-0.5"),
        (-2.25, "-2.25"),
        (2.3000000000000003, "2.3"),
        (1.0 / 3.0, "0.333333"),
        (600_000.0, "600000.0"),
        (1_700_000_000_000.0, "1700000000000.0"),
        (f64::NAN, "null"),
    ] {
        assert_eq!(Json::Float(x).to_text(), text);
    }
}

#[test]
fn fields_read_with_defaults_and_say_where_a_problem_is() {
    let json = parse(r#"{"a": 3, "b": [1, "x"], "a": 4}"#).unwrap();
    let fields = Fields::of(&json).unwrap();
    assert_eq!(
        fields.required::<u32>("a"),
        Ok(4),
        "a repeated key keeps its last value"
    );
    assert_eq!(fields.or_default::<String>("absent"), Ok(String::new()));
    assert_eq!(fields.or::<u32>("absent", 7), Ok(7));
    assert_eq!(
        fields.required::<Vec<u8>>("b"),
        Err("`b`: item 2: expected a whole number, found text".into())
    );
    assert_eq!(fields.required::<u8>("c"), Err("`c` is missing".into()));
    assert_eq!(
        u8::from_json(&Json::Int(300)),
        Err("expected a whole number from 0 to 255, found 300".into())
    );
    assert!(Fields::of(&Json::Arr(vec![])).is_err());
}

#[test]
fn a_problem_inside_a_multibyte_character_is_reported_not_a_panic() {
    for text in ["\"\\é\"", "[\"\\ü", "{\"a\":1,\"\\😀\":2}"] {
        let error = parse(text).unwrap_err();
        assert!(
            error.contains("an unknown escape in a string"),
            "{text:?}: {error}"
        );
    }
}
