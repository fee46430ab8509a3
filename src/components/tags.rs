//! An exercise's tags: its themes, and for an exercise from a content pack, the pack, so
//! pack exercises stand out beside the built-in ones wherever exercises are listed.

use rapport_core::content::Catalog;
use rapport_core::themes;
use yew::prelude::*;

/// The tags of the exercise `id` with the theme ids `themes`, its pack looked up in `content`.
pub fn tags(id: &str, themes: &[String], content: &Catalog) -> Html {
    let pack = content.pack_of(id);
    html! {
        <ul class="tags" aria-label="Themes">
            { for themes.iter().filter_map(|t| themes::find(t)).map(|t| html! { <li class="tag">{ t.name }</li> }) }
            if let Some(pack) = pack {
                <li class="tag tag--pack">{ format!("Pack: {}", pack.title) }</li>
            }
        </ul>
    }
}
