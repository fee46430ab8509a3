//! The current time for practice actions, in Unix milliseconds: the one place the app
//! reads the clock, so the core stays deterministic.

/// Milliseconds since the Unix epoch.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}
