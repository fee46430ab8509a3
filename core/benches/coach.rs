//! How many replies per second the listening coach assesses: `cargo bench -p rapport-core
//! --bench coach`. Replies are the labelled development set, cut or padded to 40 words.
//! Prints figures; asserts nothing (timing belongs in a benchmark, not in a test).

use std::hint::black_box;
use std::time::Instant;

use rapport_core::coach::assess;

fn main() {
    let text = include_str!("../tests/coach/devset.txt");
    let mut pairs = Vec::new();
    let mut statement = "";
    for line in text.lines() {
        if let Some(s) = line.strip_prefix("S: ") {
            statement = s;
        } else if let Some((label, reply)) = line.split_once(": ") {
            if label.chars().all(|c| c.is_ascii_lowercase() || c == '_') && label.len() > 1 {
                let words: Vec<&str> = reply.split_whitespace().cycle().take(40).collect();
                pairs.push((statement, words.join(" ")));
            }
        }
    }
    // Warm up the lexicons.
    for (s, r) in &pairs {
        black_box(assess(s, r, None));
    }
    let rounds = 50;
    let mut times = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..rounds {
            for (s, r) in &pairs {
                black_box(assess(black_box(s), black_box(r), None));
            }
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let replies = (rounds * pairs.len()) as f64;
    let median = times[times.len() / 2];
    println!(
        "listening coach: {} distinct 40-word replies x {rounds} rounds, 5 runs",
        pairs.len()
    );
    println!(
        "median {:.0} replies/s, {:.1} µs per reply (best {:.0} replies/s)",
        replies / median,
        median / replies * 1e6,
        replies / times[0]
    );
}
