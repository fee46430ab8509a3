//! Saving a text file to the learner's device and reading one they choose: the browser's
//! own download and file picker, nothing sent anywhere.

use rapport_core::words::megabytes;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `name`.
pub fn save(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// A change handler for a file input: reads the chosen file, clears the input (so choosing
/// the same file again still counts), then hands `then` the file's name and text. A file
/// larger than `max_bytes` is not read at all (a video chosen by mistake must not fill
/// the tab's memory); `then` gets a sentence saying so instead.
pub fn on_choose(
    input: yew::NodeRef,
    max_bytes: usize,
    then: impl Fn(String, Result<String, String>) + 'static,
) -> yew::Callback<web_sys::Event> {
    let then = std::rc::Rc::new(then);
    yew::Callback::from(move |_: web_sys::Event| {
        let (input, then) = (input.clone(), then.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let Some(element) = input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some((name, text)) = read_chosen(&element, max_bytes).await {
                element.set_value("");
                then(name, text);
            }
        });
    })
}

/// The text of the first file chosen in `input`, if any.
async fn read_chosen(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Option<(String, Result<String, String>)> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    if file.size() > max_bytes as f64 {
        let why = format!(
            "it is {}, and a file here can be at most {}",
            megabytes(file.size() as usize),
            megabytes(max_bytes)
        );
        return Some((name, Err(why)));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| {
            e.as_string()
                .unwrap_or_else(|| "the browser could not read the file".to_owned())
        })
        .and_then(|v| {
            v.as_string()
                .ok_or_else(|| "the file is not text".to_owned())
        });
    Some((name, text))
}
