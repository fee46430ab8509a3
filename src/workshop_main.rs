//! Mounts the full Rapport app, with the facilitator's tools, into `workshop.html`.

fn main() {
    rapport::start();
}
