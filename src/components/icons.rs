//! The handful of inline SVG icons the app uses: decorative beside their words, so they
//! are hidden from assistive technology; no icon font, no remote assets.

use rapport_core::notice::Tone;
use yew::{html, Html};

/// Two overlapping speech bubbles.
pub fn logo() -> Html {
    html! {
        <svg class="icon icon--logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M4 6h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H11l-5 4v-4H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2z" fill="currentColor" />
            <path d="M24 11h4a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-1v4l-5-4h-7a2 2 0 0 1-2-2v-1h8a4 4 0 0 0 4-4z" fill="currentColor" opacity="0.55" />
        </svg>
    }
}

/// A small and a large letter A.
pub fn text_size() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 19l4-11 4 11M4.5 15h5M13 19l5-14 5 14M15 14h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// Three lines, for the phone layout's menu button.
pub fn menu() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 7h16M4 12h16M4 17h16" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
    }
}

/// A cross, for dismiss buttons.
pub fn close() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
    }
}

/// The shape that goes with a notice's tone, so tone never rests on colour alone.
pub fn tone(tone: Tone) -> Html {
    let shape = match tone {
        Tone::Info => html! {
            <>
                <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
                <path d="M12 11v6M12 7.5v.5" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
            </>
        },
        Tone::Warning => html! {
            <>
                <path d="M12 3l10 18H2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
                <path d="M12 10v5M12 18v.5" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
            </>
        },
        Tone::Problem => html! {
            <>
                <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
                <path d="M9 9l6 6M15 9l-6 6" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
            </>
        },
    };
    html! {
        <svg class="icon icon--tone" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{ shape }</svg>
    }
}

/// A lock, for privacy.
pub fn lock() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="4" y="10" width="16" height="11" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
            <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
    }
}
