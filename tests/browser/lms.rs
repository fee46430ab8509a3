//! The LMS's API found the standard way and called with the core's pairs, against a fake
//! runtime that records every call: in this window, in a parent frame (and not past the
//! depth allowed), and an LMS that refuses or throws reported as an error, never a panic.

use js_sys::{Array, Function, Reflect};
use rapport::lms::{find, find_from};
use rapport_core::lms::calls::{calls, Change};
use rapport_core::lms::{PackageProgress, ScormVersion, Selection};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Window;

use crate::harness::document;

/// A fake runtime for `version` on `window` under its standard name: each function records
/// `[name, ...args]` in the returned list; `SetValue` answers `set_answer`.
fn fake_api(window: &Window, version: ScormVersion, set_answer: &str) -> Array {
    let log = Array::new();
    let api = js_sys::Object::new();
    let names: &[&str] = match version {
        ScormVersion::V12 => &[
            "LMSInitialize",
            "LMSGetValue",
            "LMSSetValue",
            "LMSCommit",
            "LMSFinish",
        ],
        ScormVersion::V2004 => &["Initialize", "GetValue", "SetValue", "Commit", "Terminate"],
    };
    for name in names {
        let answer = if name.ends_with("SetValue") {
            set_answer
        } else {
            "true"
        };
        let body = format!(
            "return function() {{ log.push(['{name}', ...arguments]); return {}; }};",
            if name.ends_with("GetValue") {
                "'R1.saved'".to_owned()
            } else {
                format!("'{answer}'")
            }
        );
        let make = Function::new_with_args("log", &body);
        let function = make.call1(&JsValue::NULL, &log).unwrap();
        Reflect::set(&api, &(*name).into(), &function).unwrap();
    }
    let last = match version {
        ScormVersion::V12 => "LMSGetLastError",
        ScormVersion::V2004 => "GetLastError",
    };
    let code = if set_answer == "true" { "0" } else { "405" };
    Reflect::set(
        &api,
        &last.into(),
        &Function::new_no_args(&format!("return '{code}';")),
    )
    .unwrap();
    let name = match version {
        ScormVersion::V12 => "API",
        ScormVersion::V2004 => "API_1484_11",
    };
    Reflect::set(window, &name.into(), &api).unwrap();
    log
}

fn remove_apis(window: &Window) {
    for name in ["API", "API_1484_11"] {
        Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &name.into()).unwrap();
    }
}

fn logged(log: &Array) -> Vec<Vec<String>> {
    log.iter()
        .map(|entry| {
            Array::from(&entry)
                .iter()
                .map(|v| v.as_string().unwrap_or_default())
                .collect()
        })
        .collect()
}

#[wasm_bindgen_test]
fn each_version_finds_its_own_api_and_sends_the_cores_pairs_in_order() {
    let window = web_sys::window().unwrap();
    for version in [ScormVersion::V12, ScormVersion::V2004] {
        remove_apis(&window);
        let other = match version {
            ScormVersion::V12 => ScormVersion::V2004,
            ScormVersion::V2004 => ScormVersion::V12,
        };
        assert!(find(version).is_none());
        let log = fake_api(&window, version, "true");
        assert!(
            find(other).is_none(),
            "the other version's name is not taken for this one"
        );
        let api = find(version).expect("the API on this window");
        assert_eq!(api.version(), version);
        api.initialize().unwrap();
        assert_eq!(api.get("cmi.suspend_data").unwrap(), "R1.saved");
        let selection = Selection::new("T", version, &[], &["async-silence".into()]);
        let progress = PackageProgress {
            drills: vec![Some(80)],
            ..PackageProgress::fresh(&selection)
        };
        let pairs = calls(
            version,
            Change::Progress {
                selection: &selection,
                progress: &progress,
            },
        );
        api.set_all(&pairs).unwrap();
        api.commit().unwrap();
        api.finish().unwrap();
        let calls = logged(&log);
        let set = if version == ScormVersion::V12 {
            "LMSSetValue"
        } else {
            "SetValue"
        };
        let sent: Vec<(String, String)> = calls
            .iter()
            .filter(|c| c[0] == set)
            .map(|c| (c[1].clone(), c[2].clone()))
            .collect();
        assert_eq!(sent, pairs);
        let order: Vec<&str> = calls.iter().map(|c| c[0].as_str()).collect();
        assert_eq!(
            order.first().copied(),
            Some(if version == ScormVersion::V12 {
                "LMSInitialize"
            } else {
                "Initialize"
            })
        );
        assert_eq!(
            order.last().copied(),
            Some(if version == ScormVersion::V12 {
                "LMSFinish"
            } else {
                "Terminate"
            })
        );
    }
    remove_apis(&window);
}

#[wasm_bindgen_test]
fn an_api_in_a_parent_frame_is_found_within_the_depth_allowed() {
    let window = web_sys::window().unwrap();
    remove_apis(&window);
    let frame = document().create_element("iframe").unwrap();
    document().body().unwrap().append_child(&frame).unwrap();
    let inner: Window = Reflect::get(&frame, &"contentWindow".into())
        .unwrap()
        .unchecked_into();
    assert!(find_from(&inner, ScormVersion::V2004, 10).is_none());
    fake_api(&window, ScormVersion::V2004, "true");
    assert!(
        find_from(&inner, ScormVersion::V2004, 1).is_some(),
        "one frame up"
    );
    assert!(
        find_from(&inner, ScormVersion::V2004, 0).is_none(),
        "not past the depth allowed"
    );
    remove_apis(&window);
    frame.remove();
}

#[wasm_bindgen_test]
fn an_lms_that_refuses_or_throws_is_an_error_with_its_code() {
    let window = web_sys::window().unwrap();
    remove_apis(&window);
    fake_api(&window, ScormVersion::V12, "false");
    let api = find(ScormVersion::V12).unwrap();
    let pairs = vec![
        ("cmi.core.lesson_status".to_owned(), "completed".to_owned()),
        ("cmi.core.score.raw".to_owned(), "80".to_owned()),
    ];
    let error = api.set_all(&pairs).unwrap_err();
    assert_eq!((error.call, error.code.as_str()), ("LMSSetValue", "405"));
    let api_object = Reflect::get(&window, &"API".into()).unwrap();
    Reflect::set(
        &api_object,
        &"LMSCommit".into(),
        &Function::new_no_args("throw new Error('LMS down');"),
    )
    .unwrap();
    let error = api.commit().unwrap_err();
    assert_eq!(error.call, "LMSCommit");
    Reflect::delete_property(
        api_object.unchecked_ref::<js_sys::Object>(),
        &"LMSFinish".into(),
    )
    .unwrap();
    assert_eq!(api.finish().unwrap_err().call, "LMSFinish");
    remove_apis(&window);
}

#[wasm_bindgen_test]
fn an_api_in_the_window_that_opened_the_course_is_found_when_no_frame_has_one() {
    let window = web_sys::window().unwrap();
    remove_apis(&window);
    // `window.opener` can be replaced by a script: a stand-in for the LMS's window, its own
    // parent as a top window is.
    let opener = js_sys::Object::new();
    Reflect::set(&opener, &"parent".into(), &opener).unwrap();
    let opener: Window = opener.unchecked_into();
    let log = fake_api(&opener, ScormVersion::V12, "true");
    Reflect::set(&window, &"opener".into(), &opener).unwrap();
    let api = find(ScormVersion::V12).expect("found through the opener");
    api.initialize().unwrap();
    assert_eq!(logged(&log)[0][0], "LMSInitialize");
    assert!(find(ScormVersion::V2004).is_none());
    Reflect::set(&window, &"opener".into(), &JsValue::NULL).unwrap();
    assert!(find(ScormVersion::V12).is_none());
}
