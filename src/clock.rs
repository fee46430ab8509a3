//! The current time for practice actions, in Unix milliseconds: the one place the app
//! reads the clock, so the core stays deterministic.

/// Milliseconds since the Unix epoch.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// The browser's time zone, asked for the offset of each moment (daylight saving changes
/// it during the year), so the core can count local days.
pub struct BrowserZone;

impl rapport_core::when::Zone for BrowserZone {
    fn offset_minutes(&self, at: i64) -> i32 {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
        -(date.get_timezone_offset() as i32)
    }
}
