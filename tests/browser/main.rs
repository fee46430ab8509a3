//! Browser tests of the app's components and its storage adapter, run in headless
//! Chromium by wasm-bindgen-test-runner (`cargo test --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

mod coach;
mod drill;
mod growth;
mod harness;
mod lms;
mod notices;
mod packs;
mod shell;
mod storage;
mod studio;
mod studio_map;
mod workshop;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
