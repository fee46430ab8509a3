//! A long practice history of made-up attempts, one a minute over the built-in drills, for
//! the benchmarks and tests that need a device used for years (shared by the native tests
//! and, through `#[path]`, the import benchmark and the browser's growth benchmark).

// Each test crate that reads this file uses some of it.
#![allow(dead_code)]

use rapport_core::content::library::built_in;
use rapport_core::progress::{Attempt, Progress};

/// `count` attempts, the `i`-th replying `response(i)`.
pub fn history(count: usize, response: impl Fn(usize) -> String) -> Progress {
    history_from(count, 1_700_000_000_000, response)
}

/// `count` attempts a minute apart from `start`, the `i`-th replying `response(i)`.
pub fn history_from(count: usize, start: i64, response: impl Fn(usize) -> String) -> Progress {
    let drills: Vec<&str> = built_in().drills.iter().map(|d| d.id.as_str()).collect();
    let attempts = (0..count)
        .map(|i| {
            let at = start + i as i64 * 61_000;
            let drill = drills[(i * 7) % drills.len()];
            Attempt {
                id: format!("{at:x}-{drill}"),
                drill: drill.to_owned(),
                at,
                response: response(i),
                score: (i % 101) as u8,
                reflection: i % 2 == 0,
                feeling: i % 3 == 0,
                question: false,
                parroting: false,
                checked: i % 4 == 0,
                roadblocks: Vec::new(),
                rating: None,
            }
        })
        .collect();
    Progress {
        attempts,
        ..Progress::default()
    }
}
