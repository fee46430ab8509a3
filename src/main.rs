//! Mounts the Rapport app into the page.

fn main() {
    rapport::start();
}
