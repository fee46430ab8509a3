//! A long practice history of made-up attempts, one a minute over the built-in drills, for
//! the benchmarks and tests that need a device used for years (shared by the native tests
//! and, through `#[path]`, the browser's growth benchmark).

use rapport_core::content::library::built_in;
use rapport_core::progress::{Attempt, Progress};

/// `count` attempts, the `i`-th replying `response(i)`.
pub fn history(count: usize, response: impl Fn(usize) -> String) -> Progress {
    let drills: Vec<&str> = built_in().drills.iter().map(|d| d.id.as_str()).collect();
    let attempts = (0..count)
        .map(|i| {
            let at = 1_700_000_000_000 + i as i64 * 61_000;
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
