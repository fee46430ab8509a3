//! The colleague's message (or the thread, for a summarise drill), with who wrote it,
//! from where, and through which channel, in words.

use rapport_core::content::drill::{Drill, Person};
use yew::prelude::*;

fn who(person: &Person) -> Html {
    let detail = person.detail();
    html! {
        <p class="message__from">
            <span class="avatar" aria-hidden="true">{ initials(&person.name) }</span>
            <span><strong>{ &person.name }</strong>
            if !detail.is_empty() { <span class="message__role">{ detail }</span> }</span>
        </p>
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect()
}

fn paragraphs(text: &str) -> Html {
    text.split("\n\n").map(|p| html! { <p>{ p }</p> }).collect()
}

/// The drill's message or thread.
pub fn message(drill: &Drill) -> Html {
    let channel = drill.channel.label();
    if drill.posts.is_empty() {
        return html! {
            <figure class="message">
                <figcaption class="message__meta">{ channel }</figcaption>
                { who(&drill.from) }
                <blockquote class="message__text">{ paragraphs(&drill.message) }</blockquote>
            </figure>
        };
    }
    html! {
        <figure class="message message--thread">
            <figcaption class="message__meta">{ format!("Thread, {} messages", drill.posts.len()) }</figcaption>
            <ol class="thread">
                { for drill.posts.iter().map(|post| html! {
                    <li class="thread__post">
                        { who(&post.author) }
                        <blockquote class="message__text">{ paragraphs(&post.text) }</blockquote>
                    </li>
                }) }
            </ol>
        </figure>
    }
}
