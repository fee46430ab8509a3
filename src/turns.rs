//! Giving the browser a turn in the middle of long work, so the page paints what it says
//! about the work and answers clicks and keys before the work goes on.

/// How long a turn of long work may hold the page: under a frame at 60 Hz.
pub const TURN_MS: f64 = 12.0;

/// Waits for a 0 ms timer, which the browser runs after the frames and events already
/// waiting. A page with no window waits for ever: there is nothing to give the turn to.
pub async fn next() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Milliseconds since some fixed moment, to time a turn.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
