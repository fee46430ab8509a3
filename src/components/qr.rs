//! A QR code for a link, drawn as SVG from the core's module path, with the link in words
//! beside it for anyone who cannot scan.

use rapport_core::workshop::qr::qr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrProps {
    pub link: AttrValue,
    /// What the code opens, for its accessible name ("Speaker's card").
    pub label: AttrValue,
}

#[function_component]
pub fn Qr(props: &QrProps) -> Html {
    let drawn = use_memo(props.link.clone(), |link| qr(link));
    let Some(code) = drawn.as_ref() else {
        return html! { <p class="qr__link"><a href={props.link.clone()}>{ &props.link }</a></p> };
    };
    let view = format!("0 0 {0} {0}", code.size);
    html! {
        <figure class="qr">
            <svg class="qr__code" viewBox={view} role="img" aria-label={format!("QR code: {}", props.label)} shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d={code.path.clone()} fill="#000" />
            </svg>
            <figcaption><a class="qr__link" href={props.link.clone()}>{ &props.label }</a></figcaption>
        </figure>
    }
}
