//! The only code that touches `localStorage`: a [`Backend`] over the browser's storage
//! that turns every exception into a typed error, so the core [`Store`] can fall back to
//! memory instead of crashing the app.

use rapport_core::storage::{Backend, BackendError, StorageIssue, Store};
use wasm_bindgen::{JsCast, JsValue};

/// Every key Rapport writes starts with this, so its data can be listed and told apart.
pub const PREFIX: &str = "rapport.";

/// `window.localStorage`, with errors as values.
pub struct WebStorage(web_sys::Storage);

/// The store the app uses.
pub type BrowserStore = Store<WebStorage>;

impl Backend for WebStorage {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.0.get_item(key).map_err(to_error)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.0.set_item(key, value).map_err(to_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.0.remove_item(key).map_err(to_error)
    }

    fn copy(&mut self, from: &str, to: &str) -> Result<bool, BackendError> {
        // Read as a JavaScript value, never as a Rust string, so that nothing is replaced.
        let value = raw::get_item(&self.0, from).map_err(to_error)?;
        if value.is_null() || value.is_undefined() {
            return Ok(false);
        }
        raw::set_item(&self.0, to, &value).map_err(to_error)?;
        Ok(true)
    }
}

/// `getItem` and `setItem` on values as JavaScript holds them: web-sys's own versions go
/// through Rust strings, which cannot hold a lone surrogate.
mod raw {
    use wasm_bindgen::{JsCast, JsValue};

    fn call(
        storage: &web_sys::Storage,
        method: &str,
        args: &[&JsValue],
    ) -> Result<JsValue, JsValue> {
        let function: js_sys::Function =
            js_sys::Reflect::get(storage, &JsValue::from_str(method))?.dyn_into()?;
        function.apply(storage, &args.iter().copied().collect())
    }

    pub fn get_item(storage: &web_sys::Storage, key: &str) -> Result<JsValue, JsValue> {
        call(storage, "getItem", &[&JsValue::from_str(key)])
    }

    pub fn set_item(storage: &web_sys::Storage, key: &str, value: &JsValue) -> Result<(), JsValue> {
        call(storage, "setItem", &[&JsValue::from_str(key), value]).map(|_| ())
    }
}

impl WebStorage {
    /// The page's `localStorage`, or why it cannot be used (blocked site data, sandboxing).
    pub fn local() -> Result<Self, BackendError> {
        let window =
            web_sys::window().ok_or_else(|| BackendError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self(storage)),
            Ok(None) => Err(BackendError::Unavailable(
                "this browser has no localStorage".into(),
            )),
            Err(error) => Err(BackendError::Unavailable(describe(&error))),
        }
    }

    /// Rapport's keys on this device with the size of each value in characters, for the privacy page.
    pub fn inventory(&self) -> Result<Vec<(String, usize)>, BackendError> {
        let count = self.0.length().map_err(to_error)?;
        let mut entries = Vec::new();
        for index in 0..count {
            let Some(key) = self.0.key(index).map_err(to_error)? else {
                continue;
            };
            if key.starts_with(PREFIX) {
                let size = self.get(&key)?.map_or(0, |value| value.chars().count());
                entries.push((key, size));
            }
        }
        rapport_core::order::sort(&mut entries);
        Ok(entries)
    }
}

/// Opens the browser store, falling back to memory (with the reason) when storage is refused.
pub fn open() -> (BrowserStore, Option<StorageIssue>) {
    Store::open(WebStorage::local())
}

fn to_error(error: JsValue) -> BackendError {
    match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" => BackendError::Full,
        Some(name) if name == "SecurityError" => BackendError::Unavailable(describe(&error)),
        _ => BackendError::Failed(describe(&error)),
    }
}

fn describe(error: &JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    error.as_string().unwrap_or_else(|| "unknown error".into())
}

/// A subscription to changes other tabs make to Rapport's storage; dropping it unsubscribes.
pub struct ChangeListener {
    closure: wasm_bindgen::closure::Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl Drop for ChangeListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `changed` with the key another tab wrote (or `None` when it cleared everything).
/// The browser only sends these events to other tabs, never to the tab that wrote.
pub fn on_change(changed: impl Fn(Option<String>) + 'static) -> Option<ChangeListener> {
    let window = web_sys::window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::StorageEvent)>::new(
        move |event: web_sys::StorageEvent| match event.key() {
            Some(key) if !key.starts_with(PREFIX) => {}
            key => changed(key),
        },
    );
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(ChangeListener { closure })
}
