//! The current time for practice actions, in Unix milliseconds: the one place the app
//! reads the clock, so the core stays deterministic.

/// Milliseconds since the Unix epoch.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes east of UTC in the browser's time zone, so the core can count local days.
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
