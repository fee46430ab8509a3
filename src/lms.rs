//! The LMS's SCORM runtime, seen from the app: finding its API object (`API` for SCORM
//! 1.2, `API_1484_11` for 2004) the way the standards' own discovery algorithm does, in
//! this window, its parents and then its opener's, and sending it the core's
//! `(element, value)` pairs. What to send is decided in `rapport_core::lms`; nothing
//! here decides anything.

use js_sys::{Function, Object, Reflect};
use rapport_core::lms::ScormVersion;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Window;

/// How many parent frames are climbed from one window. ADL's sample discovery code gives up
/// after 7; LMSs nest a course a few frames deep at most, and a bound keeps a hostile or
/// looping chain of frames from holding the page.
pub const MAX_DEPTH: usize = 10;

/// The LMS's API object and the version it speaks.
#[derive(Debug, Clone)]
pub struct Api {
    object: JsValue,
    version: ScormVersion,
}

/// Why a call to the LMS failed: the function's name and the LMS's error code (0 when it
/// gave none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LmsError {
    pub call: &'static str,
    pub code: String,
}

fn name(version: ScormVersion) -> &'static str {
    match version {
        ScormVersion::V12 => "API",
        ScormVersion::V2004 => "API_1484_11",
    }
}

/// The API of `version` in `window` itself, if it has one (a frame of another origin, whose
/// properties cannot be read, has none for us).
fn held_by(window: &JsValue, version: ScormVersion) -> Option<JsValue> {
    let api = Reflect::get(window, &name(version).into()).ok()?;
    (api.is_object()).then_some(api)
}

/// The API found from `start`, climbing at most `depth` parents.
fn climb(start: &Window, version: ScormVersion, depth: usize) -> Option<JsValue> {
    let mut window = start.clone();
    for _ in 0..=depth {
        if let Some(api) = held_by(&window, version) {
            return Some(api);
        }
        let parent = window.parent().ok().flatten()?;
        if Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

/// The LMS's API of `version`, searched from `start` and its parents, then from the window
/// that opened the top one (an LMS that launches a course in a new window) and its parents,
/// each at most `depth` frames up.
pub fn find_from(start: &Window, version: ScormVersion, depth: usize) -> Option<Api> {
    let found = climb(start, version, depth).or_else(|| {
        let top = start.top().ok().flatten()?;
        // A window from another frame fails an `instanceof Window` check made in this one,
        // so the opener is taken as a window once it is an object at all.
        let opener = top.opener().ok().filter(JsValue::is_object)?;
        climb(opener.unchecked_ref::<Window>(), version, depth)
    })?;
    Some(Api {
        object: found,
        version,
    })
}

/// The LMS's API of `version`, searched from this page's window.
pub fn find(version: ScormVersion) -> Option<Api> {
    find_from(&web_sys::window()?, version, MAX_DEPTH)
}

impl Api {
    pub fn version(&self) -> ScormVersion {
        self.version
    }

    /// Calls the API's function `call` of this version with `args`; its answer as text.
    fn call(&self, call: &'static str, args: &[&str]) -> Result<String, LmsError> {
        let failed = |code: String| LmsError { call, code };
        let function = Reflect::get(&self.object, &call.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| failed("0".into()))?;
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        // An LMS's function that throws is an LMS that failed, not an app that crashes.
        let answer = function
            .apply(&self.object, &args)
            .map_err(|_| failed(self.last_error()))?;
        Ok(answer
            .as_string()
            .unwrap_or_else(|| answer.as_bool().map_or_else(String::new, |b| b.to_string())))
    }

    /// Calls a function that answers "true" on success.
    fn must(&self, call: &'static str, args: &[&str]) -> Result<(), LmsError> {
        match self.call(call, args)?.as_str() {
            "true" => Ok(()),
            _ => Err(LmsError {
                call,
                code: self.last_error(),
            }),
        }
    }

    /// The LMS's last error code, "0" when it gives none.
    fn last_error(&self) -> String {
        let call = match self.version {
            ScormVersion::V12 => "LMSGetLastError",
            ScormVersion::V2004 => "GetLastError",
        };
        Reflect::get(&self.object, &call.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call0(&self.object).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "0".into())
    }

    /// Starts the session.
    pub fn initialize(&self) -> Result<(), LmsError> {
        match self.version {
            ScormVersion::V12 => self.must("LMSInitialize", &[""]),
            ScormVersion::V2004 => self.must("Initialize", &[""]),
        }
    }

    /// The value of `element` (such as `cmi.suspend_data`).
    pub fn get(&self, element: &str) -> Result<String, LmsError> {
        match self.version {
            ScormVersion::V12 => self.call("LMSGetValue", &[element]),
            ScormVersion::V2004 => self.call("GetValue", &[element]),
        }
    }

    /// Sets every pair, in order; stops at the first the LMS refuses.
    pub fn set_all(&self, pairs: &[(String, String)]) -> Result<(), LmsError> {
        let call = match self.version {
            ScormVersion::V12 => "LMSSetValue",
            ScormVersion::V2004 => "SetValue",
        };
        pairs
            .iter()
            .try_for_each(|(element, value)| self.must(call, &[element, value]))
    }

    /// Asks the LMS to store what was set.
    pub fn commit(&self) -> Result<(), LmsError> {
        match self.version {
            ScormVersion::V12 => self.must("LMSCommit", &[""]),
            ScormVersion::V2004 => self.must("Commit", &[""]),
        }
    }

    /// Ends the session.
    pub fn finish(&self) -> Result<(), LmsError> {
        match self.version {
            ScormVersion::V12 => self.must("LMSFinish", &[""]),
            ScormVersion::V2004 => self.must("Terminate", &[""]),
        }
    }
}
