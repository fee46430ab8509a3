//! The pack format's reference (`#/packs/format`): every key of a pack, the themes, the
//! feelings the coach knows and every rule the checks hold a pack to, all read from the
//! core, so what a pack author reads here is what the import checks.

use rapport_core::coach::lexicon::feelings;
use rapport_core::content::reference::{rules, Section, SECTIONS};
use rapport_core::themes::THEMES;
use yew::prelude::*;

use crate::components::page_title::use_page_title;
use crate::components::quoted::quoted;
use crate::components::route_link::link;
use crate::route::Route;

#[function_component]
pub fn FormatPage() -> Html {
    use_page_title("Pack format");
    html! {
        <div class="page page--narrow page--format">
            <nav class="breadcrumb" aria-label="Breadcrumb">
                { link(Route::Packs, "", html! { { "Content packs" } }) }
                <span aria-hidden="true">{ " \u{203a} " }</span>
                <span>{ "Pack format" }</span>
            </nav>
            <h1 tabindex="-1">{ "The pack format" }</h1>
            <p class="lede">{ quoted("A pack is one plain-text file: a header, then drills and role-plays, one `key: value` per line. This page lists every key, what it means and whether it is needed, the themes and feelings you can name, and every rule a pack is checked against when it is imported.") }</p>
            { for SECTIONS.iter().map(section) }
            <section aria-labelledby="themes-title">
                <h2 id="themes-title">{ "Themes" }</h2>
                <p>{ quoted("Write a theme by its id, in `themes:`.") }</p>
                <dl class="format-themes">
                    { for THEMES.iter().map(|t| html! {
                        <div>
                            <dt><code>{ t.id }</code>{ format!(" ({})", t.name) }</dt>
                            <dd>{ t.summary }</dd>
                        </div>
                    }) }
                </dl>
            </section>
            <section aria-labelledby="feelings-title">
                <h2 id="feelings-title">{ "Feelings the coach knows" }</h2>
                <p>{ quoted("Name any of these in `feelings:`. A reply that names another word of the same family counts too.") }</p>
                <ul class="format-feelings">
                    { for feelings::listing().map(|(family, words, phrases)| html! {
                        <li>
                            <details>
                                <summary>{ format!("{family} ({} words and phrases)", words.len() + phrases.len()) }</summary>
                                <p>{ words.iter().chain(phrases.iter()).copied().collect::<Vec<_>>().join(", ") }</p>
                            </details>
                        </li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="rules-title">
                <h2 id="rules-title">{ "The rules a pack is checked against" }</h2>
                <p>{ "Import lists every problem at once, each with its line, column and a fix, and imports nothing until there are none." }</p>
                <ol class="format-rules">
                    { for rules().iter().map(|r| html! { <li>{ quoted(r) }</li> }) }
                </ol>
            </section>
            <p>{ link(Route::Packs, "button button--secondary", html! { { "Back to content packs" } }) }</p>
        </div>
    }
}

/// One group of keys, as a table that reads as a list on a phone.
fn section(s: &Section) -> Html {
    let title_id = format!("format-{}", s.id);
    html! {
        <section aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ s.title }</h2>
            <p>{ quoted(s.where_written) }</p>
            <table class="data-table format-keys">
                <thead><tr><th scope="col">{ "Key" }</th><th scope="col">{ "Needed" }</th><th scope="col">{ "Meaning" }</th></tr></thead>
                <tbody>
                    { for s.keys.iter().map(|k| html! {
                        <tr>
                            <td data-label="Key"><code>{ format!("{}:", k.key) }</code></td>
                            <td data-label="Needed">{ k.need.words() }</td>
                            <td data-label="Meaning">{ quoted(k.meaning) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
