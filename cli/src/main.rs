//! The `rapport` command line: the same core library the app uses, for authors and for
//! scripts. `rapport score` reads JSON Lines of statement/response pairs on stdin and
//! writes the listening coach's assessment of each, one JSON object per line; `rapport
//! check` checks content files; `rapport package` writes a SCORM package.

mod manifest;
mod package;

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use rapport_core::coach::{assess, Annotations};
use rapport_core::content::check;
use rapport_core::content::diagnostic::Diagnostic;
use serde::Deserialize;

const USAGE: &str = "\
usage: rapport <command>

commands:
  score    read JSON Lines on stdin, one object per line with \"statement\" and
           \"response\" (optional \"feelings\" and \"key_points\" lists), and write the
           listening coach's assessment of each, one JSON object per line, in order.
           A line that cannot be read gets {\"line\": N, \"error\": \"...\"} instead.
  check [--json] FILE...
           read drill, scenario and content-pack files (docs/authoring.md), check
           them as the app does, and print every problem with file, line and a
           suggested fix;
           exits 1 when there is any problem
  package --scorm 1.2|2004 --dist DIR --out FILE.zip --title TITLE
          [--scenario ID]... [--drill ID]... [--pack FILE] [--plan FILE] [--send-replies]
           write a SCORM package for an LMS: the release build in DIR (from
           `trunk build --release`), the exercises named (a pack's, or a workshop
           plan's, given its link in FILE) and imsmanifest.xml; --send-replies sends
           each drill reply's words with its verdict
  help     show this message
";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    statement: String,
    response: String,
    #[serde(default)]
    feelings: Vec<String>,
    #[serde(default)]
    key_points: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("score") if args.len() == 1 => match score(io::stdin().lock(), io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("rapport score: {error}");
                ExitCode::FAILURE
            }
        },
        Some("check") => check(&args[1..]),
        Some("package") => package::run(&args[1..]),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Checks content files; prints diagnostics (as text or JSON) and fails on any.
fn check(args: &[String]) -> ExitCode {
    let json = args.iter().any(|a| a == "--json");
    let paths: Vec<&str> = args
        .iter()
        .filter(|a| *a != "--json")
        .map(String::as_str)
        .collect();
    if paths.is_empty() {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    }
    let (report, ok) = check_report(&paths, json);
    print!("{report}");
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The report for `paths`, and whether they are free of problems.
fn check_report(paths: &[&str], json: bool) -> (String, bool) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::read_to_string(path) {
            Ok(text) => sources.push((*path, text)),
            Err(error) => problems.push(Diagnostic::new(
                path,
                0,
                0,
                format!("cannot read the file: {error}"),
            )),
        }
    }
    let files: Vec<(&str, &str)> = sources.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let checked = check::check(&files);
    problems.extend(checked.problems);
    let mut out = String::new();
    if json {
        let report = serde_json::json!({ "drills": checked.drills, "scenarios": checked.scenarios, "problems": problems });
        out = format!("{report}\n");
    } else {
        for problem in &problems {
            out.push_str(&format!("{problem}\n"));
        }
        let count = paths.len();
        let fine = format!(
            "{} drills and {} scenarios",
            checked.drills, checked.scenarios
        );
        out.push_str(&match problems.len() {
            0 => format!("{fine} in {count} file(s): no problems\n"),
            n => format!("{n} problem(s) in {count} file(s); {fine} are fine\n"),
        });
    }
    (out, problems.is_empty())
}

/// Scores every line of `input`, writing one JSON object per line to `output`.
fn score(input: impl BufRead, output: impl Write) -> io::Result<()> {
    let mut out = BufWriter::new(output);
    for (index, line) in input.split(b'\n').enumerate() {
        let line = line?;
        let number = index + 1;
        match parse(&line) {
            Ok(request) => {
                let annotations = Annotations {
                    feelings: request.feelings,
                    key_points: request.key_points,
                };
                let assessment = assess(&request.statement, &request.response, Some(&annotations));
                serde_json::to_writer(&mut out, &assessment)?;
            }
            Err(message) => serde_json::to_writer(&mut out, &error(number, &message))?,
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn parse(line: &[u8]) -> Result<Request, String> {
    let text = std::str::from_utf8(line).map_err(|_| "the line is not valid UTF-8".to_owned())?;
    let text = text.strip_suffix('\r').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(
            "the line is empty; expected a JSON object with \"statement\" and \"response\"".into(),
        );
    }
    serde_json::from_str(text).map_err(|e| e.to_string())
}

fn error(line: usize, message: &str) -> serde_json::Value {
    serde_json::json!({ "line": line, "error": message })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        score(input.as_bytes(), &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn scores_in_order_and_reports_bad_lines_by_number() {
        let input = concat!(
            r#"{"statement":"I was up all night.","response":"Sounds exhausting. Is that right?"}"#,
            "\n",
            "not json\n",
            "\n",
            r#"{"statement":"x"}"#,
            "\n",
            r#"{"statement":"I missed it.","response":"Don't worry!","feelings":["guilty"],"key_points":["missed it"]}"#,
            "\n",
        );
        let out = run(input);
        assert_eq!(out.len(), 5);
        assert!(out[0]["score"].as_u64().unwrap() > 50);
        assert_eq!(out[0]["reflection"], true);
        assert!(
            out[0].get("annotations").is_none(),
            "empty annotations are left out"
        );
        assert_eq!(out[1]["line"], 2);
        assert!(out[1]["error"].as_str().unwrap().contains("expected"));
        assert_eq!(out[2]["line"], 3);
        assert_eq!(out[3]["line"], 4);
        assert!(out[3]["error"].as_str().unwrap().contains("response"));
        assert_eq!(out[4]["roadblocks"], serde_json::json!(["reassuring"]));
        assert_eq!(
            out[4]["annotations"]["feelings"]["missed"],
            serde_json::json!(["guilty"])
        );
    }

    #[test]
    fn check_names_the_lines_of_a_broken_file() {
        let path = std::env::temp_dir().join(format!("rapport-check-{}.txt", std::process::id()));
        std::fs::write(
            &path,
            "drill: x\nkind: reflex\ntitle: T\nthemes: empaty\ndifficulty: 2\n",
        )
        .unwrap();
        let path = path.to_string_lossy().into_owned();
        let (text, ok) = check_report(&[&path], false);
        assert!(!ok);
        assert!(
            text.contains(&format!("{path}:2:7: unknown drill kind `reflex`")),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "{path}:4:1: drill `x` names an unknown theme `empaty`"
            )),
            "{text}"
        );
        let (json, _) = check_report(&[&path], true);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let problems = value["problems"].as_array().unwrap();
        assert!(problems
            .iter()
            .any(|p| p["line"] == 2 && p["column"] == 7 && p["fix"].is_string()));
        let (missing, ok) = check_report(&["/no/such/file.txt"], false);
        assert!(!ok && missing.contains("cannot read the file"));
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn check_reads_scenario_files_and_names_their_lines() {
        let path =
            std::env::temp_dir().join(format!("rapport-scenario-{}.txt", std::process::id()));
        let broken = "scenario: s\ntitle: T\nthemes: empathy\ncharacter: Ana, lead, Lisbon\nbeat: start\n  mood: calm\n  says: Hi.\n  choice: Hello.\n    feedback: ok\n    next: nowhere\n";
        std::fs::write(&path, broken).unwrap();
        let path = path.to_string_lossy().into_owned();
        let (text, ok) = check_report(&[&path], false);
        assert!(!ok);
        assert!(
            text.contains(&format!(
                "{path}:10:1: `next:` names a beat that does not exist: `nowhere`"
            )),
            "{text}"
        );
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn checks_packs_in_words_and_in_json() {
        // The example pack from the authoring guide, and the same pack broken.
        let guide = include_str!("../../docs/authoring.md");
        let start = guide.find("```pack\n").unwrap() + 8;
        let example = &guide[start..start + guide[start..].find("```").unwrap()];
        let dir = std::env::temp_dir().join(format!("rapport-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.txt");
        let bad = dir.join("bad.txt");
        std::fs::write(&good, example).unwrap();
        std::fs::write(&bad, example.replace("version: 1", "version: latest")).unwrap();
        let (out, ok) = check_report(&[good.to_str().unwrap()], false);
        assert!(ok, "{out}");
        assert!(out.contains("1 drills and 1 scenarios"), "{out}");

        let (out, ok) = check_report(&[bad.to_str().unwrap()], false);
        assert!(!ok);
        let line = example
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

        let (out, ok) = check_report(&[bad.to_str().unwrap()], true);
        assert!(!ok);
        let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(report["problems"][0]["line"], line);
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn the_built_in_content_checks_clean() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
        let files: Vec<String> = ["drills", "scenarios"]
            .iter()
            .flat_map(|sub| std::fs::read_dir(format!("{dir}/{sub}")).unwrap())
            .map(|e| e.unwrap().path().to_string_lossy().into_owned())
            .collect();
        let paths: Vec<&str> = files.iter().map(String::as_str).collect();
        let (text, ok) = check_report(&paths, false);
        assert!(ok, "{text}");
    }

    #[test]
    fn invalid_utf8_and_crlf_are_handled() {
        let mut input = b"\xff\xfe\n".to_vec();
        input.extend_from_slice(b"{\"statement\":\"a\",\"response\":\"b\"}\r\n");
        let mut out = Vec::new();
        score(&input[..], &mut out).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["error"], "the line is not valid UTF-8");
        assert!(lines[1]["score"].is_u64());
    }
}
