//! An exercise's tags: its themes, and for an exercise from a content pack, the pack, so
//! pack exercises stand out beside the built-in ones wherever exercises are listed.

use rapport_core::themes;
use yew::prelude::*;

use crate::app::AppContext;

#[derive(Properties, PartialEq)]
pub struct TagsProps {
    /// The exercise (drill or role-play) id.
    pub id: AttrValue,
    /// Its theme ids.
    pub themes: Vec<String>,
}

#[function_component]
pub fn Tags(props: &TagsProps) -> Html {
    let ctx = use_context::<AppContext>().expect("the app provides its state");
    let pack = ctx.0.content.pack_of(&props.id);
    html! {
        <ul class="tags" aria-label="Themes">
            { for props.themes.iter().filter_map(|t| themes::find(t)).map(|t| html! { <li class="tag">{ t.name }</li> }) }
            if let Some(pack) = pack {
                <li class="tag tag--pack">{ format!("Pack: {}", pack.title) }</li>
            }
        </ul>
    }
}
