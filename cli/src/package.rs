//! `rapport package`: a SCORM zip of the release build, the selection of exercises it
//! offers (`rapport-selection.json`), a content pack when the selection draws on one, and
//! `imsmanifest.xml`. Every problem (an unknown id, an empty or too large selection, a
//! missing build) is reported before anything is written.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rapport_core::content::pack::read_pack;
use rapport_core::content::Catalog;
use rapport_core::lms::selection::{FILE, PACK_FILE};
use rapport_core::lms::{ScormVersion, Selection};
use rapport_core::workshop::activity::Activity;
use rapport_core::workshop::link::decode;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::manifest::{manifest, LAUNCH};

/// The most files taken from the build, and how deep its folders may go: a release build
/// has a few dozen files in two levels.
pub const MAX_FILES: usize = 5_000;
pub const MAX_DEPTH: usize = 8;
/// Names the package writes itself, which the build must not hold.
const OURS: [&str; 3] = ["imsmanifest.xml", FILE, PACK_FILE];

pub const USAGE: &str = "\
usage: rapport package --scorm 1.2|2004 --dist DIR --out FILE.zip --title TITLE
                       [--scenario ID]... [--drill ID]... [--pack FILE] [--plan FILE]
                       [--send-replies]";

/// What the command was asked for.
#[derive(Debug, Default, PartialEq)]
pub struct Request {
    pub scorm: Option<ScormVersion>,
    pub dist: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub title: Option<String>,
    pub scenarios: Vec<String>,
    pub drills: Vec<String>,
    pub pack: Option<PathBuf>,
    pub plan: Option<PathBuf>,
    pub send_replies: bool,
}

/// The request in `args` (after `package`), or what is wrong with them.
pub fn parse(args: &[String]) -> Result<Request, String> {
    let mut request = Request::default();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        if flag == "--send-replies" {
            request.send_replies = true;
            continue;
        }
        let value = || {
            args.clone()
                .next()
                .filter(|v| !v.starts_with("--"))
                .cloned()
                .ok_or(format!("{flag} needs a value"))
        };
        let value = match flag.as_str() {
            "--scorm" | "--dist" | "--out" | "--title" | "--scenario" | "--drill" | "--pack"
            | "--plan" => value()?,
            other => return Err(format!("unknown option `{other}`")),
        };
        args.next();
        let once = |slot: bool| {
            if slot {
                Err(format!("{flag} is given twice"))
            } else {
                Ok(())
            }
        };
        match flag.as_str() {
            "--scorm" => {
                once(request.scorm.is_some())?;
                request.scorm = Some(
                    ScormVersion::parse(&value)
                        .ok_or(format!("--scorm must be 1.2 or 2004, not `{value}`"))?,
                );
            }
            "--dist" => {
                once(request.dist.is_some())?;
                request.dist = Some(value.into());
            }
            "--out" => {
                once(request.out.is_some())?;
                request.out = Some(value.into());
            }
            "--title" => {
                once(request.title.is_some())?;
                request.title = Some(value);
            }
            "--pack" => {
                once(request.pack.is_some())?;
                request.pack = Some(value.into());
            }
            "--plan" => {
                once(request.plan.is_some())?;
                request.plan = Some(value.into());
            }
            "--scenario" => request.scenarios.push(value),
            _ => request.drills.push(value),
        }
    }
    for (missing, flag) in [
        (request.scorm.is_none(), "--scorm"),
        (request.dist.is_none(), "--dist"),
        (request.out.is_none(), "--out"),
        (request.title.is_none(), "--title"),
    ] {
        if missing {
            return Err(format!("{flag} is required"));
        }
    }
    Ok(request)
}

/// What was written.
#[derive(Debug)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
    pub selection: Selection,
}

/// Writes the package `request` asks for, or returns every problem found.
pub fn package(request: &Request) -> Result<Written, Vec<String>> {
    let (Some(scorm), Some(dist), Some(out), Some(title)) = (
        request.scorm,
        request.dist.as_deref(),
        request.out.as_deref(),
        request.title.as_deref(),
    ) else {
        return Err(vec![
            "--scorm, --dist, --out and --title are required".into()
        ]);
    };
    let mut problems = Vec::new();
    let files = match build_files(dist) {
        Ok(files) => files,
        Err(problem) => {
            problems.push(problem);
            Vec::new()
        }
    };
    let (catalog, pack_text, mut scenarios, mut drills) = match &request.pack {
        Some(path) => match pack(path) {
            Ok((pack, text)) => {
                let scenarios: Vec<String> = pack.scenarios.iter().map(|s| s.id.clone()).collect();
                let drills: Vec<String> = pack.drills.iter().map(|d| d.id.clone()).collect();
                (
                    Catalog::with_packs(vec![pack]),
                    Some(text),
                    scenarios,
                    drills,
                )
            }
            Err(mut found) => {
                problems.append(&mut found);
                (Catalog::default(), None, Vec::new(), Vec::new())
            }
        },
        None => (Catalog::default(), None, Vec::new(), Vec::new()),
    };
    scenarios.extend(request.scenarios.iter().cloned());
    drills.extend(request.drills.iter().cloned());
    if let Some(path) = &request.plan {
        match plan(path, &catalog) {
            Ok((s, d)) => {
                scenarios.extend(s);
                drills.extend(d);
            }
            Err(problem) => problems.push(problem),
        }
    }
    let mut selection = Selection::new(title, scorm, &scenarios, &drills);
    selection.send_replies = request.send_replies;
    selection.pack = pack_text.as_ref().map(|_| PACK_FILE.to_owned());
    problems.extend(selection.problems(&catalog).iter().map(ToString::to_string));
    if !problems.is_empty() {
        return Err(problems);
    }
    write_zip(out, dist, &files, &selection, pack_text.as_deref()).map_err(|e| {
        fs::remove_file(out).ok();
        vec![format!("cannot write {}: {e}", out.display())]
    })?;
    let bytes = fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(Written {
        files: files.len() + 2 + usize::from(pack_text.is_some()),
        bytes,
        selection,
    })
}

/// The content pack at `path`, checked as the app checks one, with its text.
fn pack(path: &Path) -> Result<(rapport_core::content::pack::Pack, String), Vec<String>> {
    let name = path.display().to_string();
    let text =
        fs::read_to_string(path).map_err(|e| vec![format!("cannot read the pack {name}: {e}")])?;
    let (pack, problems) = read_pack(&name, &text);
    match pack {
        Some(pack) if problems.is_empty() => Ok((pack, text)),
        _ => Err(problems
            .iter()
            .map(|p| p.to_string())
            .chain([format!(
                "the pack {name} has problems: `rapport check {name}` lists them with their fixes"
            )])
            .collect()),
    }
}

/// The role-plays and drills of the workshop plan in the file at `path`: the plan's link,
/// as the planner shares it, or the code at its end.
fn plan(path: &Path, catalog: &Catalog) -> Result<(Vec<String>, Vec<String>), String> {
    let name = path.display();
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read the plan {name}: {e}"))?;
    let code = text.trim().rsplit('/').next().unwrap_or_default();
    let plan =
        decode(code, catalog).map_err(|why| format!("the plan {name} cannot be read: {why}"))?;
    let (mut scenarios, mut drills) = (Vec::new(), Vec::new());
    for step in &plan.steps {
        match &step.activity {
            Activity::DrillRound { drill } => drills.push(drill.clone()),
            Activity::RoomPlay { scenario }
            | Activity::Triad {
                scenario: Some(scenario),
            } => scenarios.push(scenario.clone()),
            _ => {}
        }
    }
    Ok((scenarios, drills))
}

/// Every file of the release build in `dist`, as paths inside it with `/` between folders,
/// sorted; an error when it is missing, not a release build, or holds a name the package
/// writes itself.
pub fn build_files(dist: &Path) -> Result<Vec<String>, String> {
    let name = dist.display();
    if !dist.is_dir() {
        return Err(format!(
            "the build {name} does not exist or is not a folder: run `trunk build --release` first"
        ));
    }
    let mut files = Vec::new();
    let mut folders = vec![(dist.to_path_buf(), 0)];
    while let Some((folder, depth)) = folders.pop() {
        let entries =
            fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
            let path = entry.path();
            let kind = entry
                .file_type()
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            if kind.is_dir() {
                if depth + 1 > MAX_DEPTH {
                    return Err(format!(
                        "{name} has folders more than {MAX_DEPTH} deep: is it a release build?"
                    ));
                }
                folders.push((path, depth + 1));
            } else if kind.is_file() {
                let inside = path
                    .strip_prefix(dist)
                    .ok()
                    .and_then(|p| p.to_str())
                    .ok_or(format!("{} has a name that is not UTF-8", path.display()))?
                    .replace(std::path::MAIN_SEPARATOR, "/");
                files.push(inside);
                if files.len() > MAX_FILES {
                    return Err(format!(
                        "{name} has more than {MAX_FILES} files: is it a release build?"
                    ));
                }
            }
        }
    }
    files.sort();
    // The build's `.br` and `.gz` copies are for static hosts that serve them; an LMS
    // serves each file as it is, so they would only double the upload.
    let all = files.clone();
    files.retain(|f| {
        let original = f.strip_suffix(".br").or_else(|| f.strip_suffix(".gz"));
        original.is_none_or(|o| all.binary_search_by(|x| x.as_str().cmp(o)).is_err())
    });
    // A course is the learner's build: the full one (the facilitator's tools, on its own
    // page, with its script and wasm named after its binary) would only add to the upload.
    files.retain(|f| f != "workshop.html" && !f.starts_with("rapport-workshop-"));
    if !files.iter().any(|f| f == "index.html") {
        return Err(format!(
            "{name} has no index.html: run `trunk build --release` first"
        ));
    }
    if let Some(clash) = files.iter().find(|f| OURS.contains(&f.as_str())) {
        return Err(format!(
            "{name} already holds {clash}, which the package writes itself"
        ));
    }
    Ok(files)
}

/// A file name as a URL path for the manifest's `href`: reserved characters escaped.
fn href(path: &str) -> String {
    let mut out = String::new();
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn write_zip(
    out: &Path,
    dist: &Path,
    files: &[String],
    selection: &Selection,
    pack: Option<&str>,
) -> io::Result<()> {
    let mut listed: Vec<String> = files.to_vec();
    listed.push(FILE.to_owned());
    if pack.is_some() {
        listed.push(PACK_FILE.to_owned());
    }
    let hrefs: Vec<String> = listed.iter().map(|f| href(f)).collect();
    let xml = manifest(selection.scorm, &selection.course, &selection.title, &hrefs);
    let mut zip = ZipWriter::new(File::create(out)?);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9));
    zip.start_file("imsmanifest.xml", options)?;
    zip.write_all(xml.as_bytes())?;
    zip.start_file(FILE, options)?;
    zip.write_all(selection.to_json().as_bytes())?;
    if let Some(text) = pack {
        zip.start_file(PACK_FILE, options)?;
        zip.write_all(text.as_bytes())?;
    }
    for file in files {
        zip.start_file(file.as_str(), options)?;
        io::copy(&mut File::open(dist.join(file))?, &mut zip)?;
    }
    zip.finish()?.flush()
}

/// Runs the command: prints what was written, or every problem; the exit code says which.
pub fn run(args: &[String]) -> std::process::ExitCode {
    let request = match parse(args) {
        Ok(request) => request,
        Err(problem) => {
            eprintln!("rapport package: {problem}\n{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    match package(&request) {
        Ok(written) => {
            let s = &written.selection;
            println!(
                "wrote {}: SCORM {}, {} role-plays and {} drills, {} files, {} bytes; launch page {LAUNCH}",
                request.out.as_deref().unwrap_or(Path::new("")).display(),
                match s.scorm {
                    ScormVersion::V12 => "1.2",
                    ScormVersion::V2004 => "2004 4th edition",
                },
                s.scenarios.len(),
                s.drills.len(),
                written.files,
                written.bytes
            );
            std::process::ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("rapport package: {problem}");
            }
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests;
