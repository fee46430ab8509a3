//! `rapport check` on content packs, as an author runs it: the guide's example passes, a
//! broken pack fails with the problem's line, column and fix, in words and in JSON.

use std::process::Command;

fn example() -> String {
    let guide = include_str!("../../docs/authoring.md");
    let start = guide.find("```pack\n").unwrap() + 8;
    let end = start + guide[start..].find("```").unwrap();
    guide[start..end].to_owned()
}

fn run(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rapport"))
        .args(args)
        .output()
        .expect("the CLI runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn checks_packs_in_words_and_in_json() {
    let dir = std::env::temp_dir().join(format!("rapport-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.txt");
    let bad = dir.join("bad.txt");
    std::fs::write(&good, example()).unwrap();
    std::fs::write(&bad, example().replace("version: 1", "version: latest")).unwrap();
    let (ok, out) = run(&["check", good.to_str().unwrap()]);
    assert!(ok, "{out}");
    assert!(out.contains("1 drills and 1 scenarios"), "{out}");

    let (ok, out) = run(&["check", bad.to_str().unwrap()]);
    assert!(!ok);
    let line = example()
        .lines()
        .position(|l| l.starts_with("version:"))
        .unwrap()
        + 1;
    assert!(
        out.contains(&format!(
            "bad.txt:{line}:10: version `latest` is not a whole number above zero"
        )),
        "{out}"
    );
    assert!(out.contains("fix: write `version: 1`"), "{out}");

    let (ok, out) = run(&["check", "--json", bad.to_str().unwrap()]);
    assert!(!ok);
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report["problems"][0]["line"], line);
    std::fs::remove_dir_all(dir).ok();
}
