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

/// A fake SCORM 1.2 runtime that keeps what it is given, and a `fetch` that serves the
/// package's selection: the app launched as a course in this test page. Returns the log.
fn fake_course(selection: &str, set_answer: &str) -> Array {
    let install = Function::new_with_args(
        "selection, setAnswer",
        "const log = []; const data = {};
         window.API = {
           LMSInitialize: (a) => { log.push(['LMSInitialize']); return 'true'; },
           LMSGetValue: (e) => { log.push(['LMSGetValue', e]); return e === 'cmi.interactions._count' ? '0' : (data[e] ?? ''); },
           LMSSetValue: (e, v) => { log.push(['LMSSetValue', e, String(v)]); if (setAnswer !== 'true') return 'false'; data[e] = v; return 'true'; },
           LMSCommit: (a) => { log.push(['LMSCommit']); return setAnswer; },
           LMSFinish: (a) => { log.push(['LMSFinish']); return setAnswer; },
           LMSGetLastError: () => setAnswer === 'true' ? '0' : '101',
         };
         window.__realFetch = window.__realFetch || window.fetch;
         window.fetch = (url, init) => String(url).endsWith('rapport-selection.json')
           ? Promise.resolve(new Response(selection))
           : window.__realFetch.call(window, url, init);
         history.replaceState(null, '', '?lms=1#/');
         return log;",
    );
    install
        .call2(&JsValue::NULL, &selection.into(), &set_answer.into())
        .unwrap()
        .into()
}

fn leave_course() {
    Function::new_no_args(
        "delete window.API; if (window.__realFetch) window.fetch = window.__realFetch; history.replaceState(null, '', location.pathname + '#/');",
    )
    .call0(&JsValue::NULL)
    .unwrap();
}

/// Lets the app's fetch and effects run.
async fn settle() {
    for _ in 0..5 {
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
        yew::scheduler::flush().await;
    }
}

fn course_selection() -> String {
    Selection::new(
        "Listening across distance",
        ScormVersion::V12,
        &["not-by-friday".into()],
        &["async-silence".into(), "pinged-at-ten".into()],
    )
    .to_json()
}

#[wasm_bindgen_test]
async fn launched_as_a_course_the_app_shows_only_its_exercises_reports_and_finishes() {
    crate::harness::clear_storage();
    let log = fake_course(&course_selection(), "true");
    let (root, app) = crate::harness::start_at("#/").await;
    settle().await;
    use crate::harness::{click, find_all, text};
    assert_eq!(text(&root, "main h1"), "Listening across distance");
    let exercises: Vec<String> = find_all(&root, ".scenario-card__title")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(exercises.len(), 3, "{exercises:?}");
    let nav: Vec<String> = find_all(&root, "nav[aria-label=Main] a")
        .iter()
        .map(|a| a.text_content().unwrap_or_default())
        .collect();
    assert_eq!(nav, ["Course", "Privacy"]);
    let calls = logged(&log);
    assert_eq!(calls[0][0], "LMSInitialize");
    let set = |calls: &[Vec<String>], element: &str| {
        calls
            .iter()
            .rev()
            .find(|c| c[0] == "LMSSetValue" && c[1] == element)
            .map(|c| c[2].clone())
    };
    assert_eq!(
        set(&calls, "cmi.core.lesson_status").as_deref(),
        Some("incomplete")
    );
    assert!(set(&calls, "cmi.suspend_data").unwrap().starts_with("R1."));
    assert_eq!(calls.last().unwrap()[0], "LMSCommit");

    // The privacy page says what is sent.
    crate::harness::set_hash("#/privacy");
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    settle().await;
    assert!(text(&root, ".lms-sent").contains("not the words you wrote"));
    crate::harness::set_hash("#/");
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    settle().await;

    click(&root, ".page--course button.button--primary");
    settle().await;
    let calls = logged(&log);
    assert_eq!(set(&calls, "cmi.core.exit").as_deref(), Some("suspend"));
    assert!(set(&calls, "cmi.core.session_time").is_some());
    let tail: Vec<&str> = calls.iter().rev().take(2).map(|c| c[0].as_str()).collect();
    assert_eq!(tail, ["LMSFinish", "LMSCommit"]);
    assert!(text(&root, ".course-finished").contains("You have finished this session"));
    app.destroy();
    leave_course();
}

#[wasm_bindgen_test]
async fn an_lms_that_refuses_is_named_and_the_work_stays_on_the_device() {
    crate::harness::clear_storage();
    fake_course(&course_selection(), "false");
    let (root, app) = crate::harness::start_at("#/").await;
    settle().await;
    let said = crate::harness::text(&root, ".lms-trouble");
    assert!(said.contains("kept on this device"), "{said}");
    assert!(said.contains("LMSSetValue, error 101"), "{said}");
    app.destroy();
    leave_course();
}

#[wasm_bindgen_test]
async fn a_course_without_an_lms_runs_as_usual_and_says_so() {
    crate::harness::clear_storage();
    fake_course(&course_selection(), "true");
    remove_apis(&web_sys::window().unwrap());
    let (root, app) = crate::harness::start_at("#/").await;
    settle().await;
    assert_eq!(
        crate::harness::text(&root, "main h1"),
        "Practise the conversations that build trust"
    );
    assert!(crate::harness::text(&root, ".notices").contains("cannot find your organisation"));
    app.destroy();
    leave_course();
}
