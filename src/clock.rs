//! The current time for practice actions, in Unix milliseconds, and fresh seeds for a
//! run's choice order: the one place the app reads the clock or draws a random number, so
//! the core stays deterministic.

/// Milliseconds since the Unix epoch.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// A new seed, so a fresh run shows its choices in an order of its own.
pub fn seed() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
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
