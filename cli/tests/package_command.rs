//! `rapport package` run as a user runs it, against a small fake build: a package of two
//! role-plays and five drills is written and reads back, and bad requests exit non-zero
//! with their reason on standard error.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// A fake build of its own for each test: the tests run in parallel, and one clearing a
/// shared folder while another packages it made both fail now and then.
fn fake_dist(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rapport-e2e-dist-{test}-{}", std::process::id()));
    fs::remove_dir_all(&dir).ok();
    fs::create_dir_all(dir.join("icons")).unwrap();
    fs::write(
        dir.join("index.html"),
        "<!doctype html><title>Rapport</title>",
    )
    .unwrap();
    fs::write(dir.join("rapport-app-9f.js"), "export default () => {};").unwrap();
    fs::write(
        dir.join("rapport-app-9f_bg.wasm"),
        [0u8, 97, 115, 109, 1, 0, 0, 0],
    )
    .unwrap();
    fs::write(dir.join("icons/icon-192.png"), [137u8, 80, 78, 71]).unwrap();
    dir
}

fn rapport(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rapport"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn two_role_plays_and_five_drills_for_each_version() {
    let dist = fake_dist("package");
    for version in ["1.2", "2004"] {
        let out =
            std::env::temp_dir().join(format!("rapport-e2e-{version}-{}.zip", std::process::id()));
        let (code, stdout, stderr) = rapport(&[
            "package",
            "--scorm",
            version,
            "--dist",
            dist.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--title",
            "Listening across distance",
            "--scenario",
            "not-by-friday",
            "--scenario",
            "the-late-meeting",
            "--drill",
            "async-silence",
            "--drill",
            "interesting-means-no",
            "--drill",
            "pinged-at-ten",
            "--drill",
            "camera-always-on",
            "--drill",
            "weekend-deploys",
        ]);
        if code != 0 {
            // Which of the five drills exist is the content's business: name the real ones.
            panic!("exit {code}: {stderr}");
        }
        assert!(
            stdout.contains("2 role-plays and 5 drills, 6 files"),
            "{stdout}"
        );
        let mut archive = zip::ZipArchive::new(fs::File::open(&out).unwrap()).unwrap();
        let mut names: Vec<String> = archive.file_names().map(String::from).collect();
        names.sort();
        assert_eq!(
            names,
            [
                "icons/icon-192.png",
                "imsmanifest.xml",
                "index.html",
                "rapport-app-9f.js",
                "rapport-app-9f_bg.wasm",
                "rapport-selection.json",
            ]
        );
        let mut manifest = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("imsmanifest.xml").unwrap(),
            &mut manifest,
        )
        .unwrap();
        let expected = if version == "1.2" {
            "<schemaversion>1.2</schemaversion>"
        } else {
            "<schemaversion>2004 4th Edition</schemaversion>"
        };
        assert!(manifest.contains(expected), "{manifest}");
        fs::remove_file(out).ok();
    }
}

#[test]
fn bad_requests_exit_non_zero_with_their_reason() {
    let dist = fake_dist("bad");
    let out = std::env::temp_dir().join(format!("rapport-e2e-bad-{}.zip", std::process::id()));
    let base = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "package",
            "--scorm",
            "1.2",
            "--dist",
            dist.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--title",
            "T",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args
    };
    let run = |args: Vec<String>| rapport(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let (code, _, stderr) = run(base(&["--drill", "no-such-drill"]));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("rapport package: there is no drill called `no-such-drill`"),
        "{stderr}"
    );
    let (code, _, stderr) = run(base(&[]));
    assert_eq!(code, 1);
    assert!(stderr.contains("the package has no exercises"), "{stderr}");
    let (code, _, stderr) = rapport(&["package", "--scorm", "1.3"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--scorm must be 1.2 or 2004") && stderr.contains("usage: rapport package"),
        "{stderr}"
    );
    let (code, _, stderr) = rapport(&[
        "package",
        "--scorm",
        "2004",
        "--dist",
        "/no/such/dist",
        "--out",
        out.to_str().unwrap(),
        "--title",
        "T",
        "--drill",
        "async-silence",
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/no/such/dist does not exist"), "{stderr}");
    assert!(!out.exists());
}
