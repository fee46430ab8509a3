//! The projector's phase timer: a large countdown computed from timestamps on every tick (so
//! a throttled background tab shows the right time when it returns), its controls, and the
//! end-of-phase sound, played once per phase unless muted.

use gloo::timers::callback::Interval;
use rapport_core::workshop::timer::{display, Timer};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PhaseTimerProps {
    pub timer: Timer,
    pub label: AttrValue,
    pub muted: bool,
    pub cued: bool,
    pub on_toggle: Callback<()>,
    pub on_add_minute: Callback<()>,
    pub on_mute: Callback<bool>,
    /// The sound (or its muted equivalent) has been given for this phase.
    pub on_cued: Callback<()>,
}

/// A short, soft two-note chime through the Web Audio API; silent if audio is unavailable.
fn chime() {
    let Ok(audio) = web_sys::AudioContext::new() else {
        return;
    };
    let start = audio.current_time();
    for (offset, pitch) in [(0.0, 660.0), (0.35, 880.0)] {
        let (Ok(tone), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
            return;
        };
        tone.frequency().set_value(pitch);
        gain.gain().set_value(0.2);
        let _ = tone.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&audio.destination());
        let _ = tone.start_with_when(start + offset);
        let _ = tone.stop_with_when(start + offset + 0.3);
    }
}

#[function_component]
pub fn PhaseTimer(props: &PhaseTimerProps) -> Html {
    let now = use_state(js_sys::Date::now);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick = Interval::new(250, move || now.set(js_sys::Date::now()));
            move || drop(tick)
        });
    }
    let finished = props.timer.up(*now);
    {
        let on_cued = props.on_cued.clone();
        let muted = props.muted;
        use_effect_with((finished, props.cued), move |(finished, cued)| {
            if *finished && !*cued {
                if !muted {
                    chime();
                }
                on_cued.emit(());
            }
        });
    }
    let remaining = props.timer.remaining_seconds(*now);
    let running = props.timer.running();
    let state = props.timer.status(*now);
    let toggle = props.on_toggle.reform(|_: MouseEvent| ());
    let add = props.on_add_minute.reform(|_: MouseEvent| ());
    let mute = {
        let muted = props.muted;
        props.on_mute.reform(move |_: MouseEvent| !muted)
    };
    html! {
        <section class={classes!("timer", finished.then_some("timer--up"), running.then_some("timer--running"))} aria-label="Timer">
            <p class="timer__label">{ &props.label }</p>
            <p class="timer__time" role="timer" aria-label={format!("{} left", display(remaining.max(0)))}>{ display(remaining) }</p>
            <p class="timer__state" role="status">{ state }</p>
            <div class="timer__controls">
                <button type="button" class="button--primary" onclick={toggle} aria-keyshortcuts="Space">
                    { props.timer.toggle_label() }
                </button>
                <button type="button" onclick={add} aria-keyshortcuts="+">{ "+1 minute" }</button>
                <button type="button" onclick={mute} aria-pressed={(!props.muted).to_string()} aria-keyshortcuts="M">
                    { "Sound at the end" }
                </button>
            </div>
            <p class="timer__sound">{ if props.muted { "Sound: off" } else { "Sound: on" } }</p>
        </section>
    }
}
