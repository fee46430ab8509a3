//! The package command against a small fake build: the zip reads back with every file of
//! the build, the manifest meets the content-packaging rules of each SCORM version (read
//! back with an XML reader), and every bad request is refused with its reason.

use std::collections::HashSet;
use std::io::Read;

use quick_xml::events::Event;
use quick_xml::Reader;
use rapport_core::lms::selection::MAX_EXERCISES;
use zip::ZipArchive;

use super::*;

/// A fake release build: a page, hashed script and wasm, a service worker, icons in a folder.
pub(crate) fn fake_dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rapport-dist-{name}-{}", std::process::id()));
    fs::remove_dir_all(&dir).ok();
    fs::create_dir_all(dir.join("icons")).unwrap();
    let files: [(&str, &[u8]); 5] = [
        ("index.html", b"<!doctype html><title>Rapport</title>"),
        ("rapport-app-1a2b.js", b"export default function init() {}"),
        (
            "rapport-app-1a2b_bg.wasm",
            &[0, 97, 115, 109, 1, 0, 0, 0, 255, 254],
        ),
        ("sw.js", b"self.addEventListener('fetch', () => {});"),
        ("icons/icon 192.png", &[137, 80, 78, 71]),
    ];
    for (file, bytes) in files {
        fs::write(dir.join(file), bytes).unwrap();
    }
    dir
}

fn request(name: &str, scorm: ScormVersion) -> Request {
    Request {
        scorm: Some(scorm),
        dist: Some(fake_dist(name)),
        out: Some(std::env::temp_dir().join(format!("rapport-{name}-{}.zip", std::process::id()))),
        title: Some("Trust at a distance & <more>".into()),
        scenarios: vec!["not-by-friday".into(), "the-late-meeting".into()],
        drills: ["async-silence", "interesting-means-no"]
            .map(String::from)
            .to_vec(),
        ..Request::default()
    }
}

/// One element of the manifest as read back.
#[derive(Debug, Default)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    text: String,
    children: Vec<Element>,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    fn all(&self, name: &str) -> Vec<&Element> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
    fn one(&self, name: &str) -> &Element {
        let found = self.all(name);
        assert_eq!(found.len(), 1, "one <{name}> in <{}>", self.name);
        found[0]
    }
    fn walk<'a>(&'a self, out: &mut Vec<&'a Element>) {
        out.push(self);
        for child in &self.children {
            child.walk(out);
        }
    }
}

fn read_xml(xml: &str) -> Element {
    let mut reader = Reader::from_str(xml);
    let mut stack = vec![Element::default()];
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let open = |e: &quick_xml::events::BytesStart| Element {
            name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
            attributes: e
                .attributes()
                .map(|a| {
                    let a = a.expect("a well-formed attribute");
                    (
                        String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .unwrap()
                            .into_owned(),
                    )
                })
                .collect(),
            ..Element::default()
        };
        match event {
            Event::Start(e) => stack.push(open(&e)),
            Event::Empty(e) => {
                let element = open(&e);
                stack.last_mut().unwrap().children.push(element);
            }
            Event::End(_) => {
                let mut done = stack.pop().unwrap();
                // Indentation between elements is not text.
                done.text = done.text.trim().to_owned();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(t) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap();
                let c = match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    other => panic!("unknown entity {other}"),
                };
                stack.last_mut().unwrap().text.push(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "every element closed");
    let mut document = stack.pop().unwrap();
    assert_eq!(document.children.len(), 1, "one root element");
    document.children.pop().unwrap()
}

fn unescape_href(href: &str) -> String {
    let bytes = href.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&href[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The zip's files, by name.
fn unzip(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = ZipArchive::new(File::open(path).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            assert_eq!(file.compression(), CompressionMethod::Deflated);
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().to_owned(), bytes)
        })
        .collect()
}

/// The structure rules of IMS Content Packaging as SCORM 1.2 and 2004 4th edition state
/// them, checked on a package's manifest.
fn check_manifest(version: ScormVersion, xml: &str, zip: &[String], selection: &Selection) {
    let root = read_xml(xml);
    assert_eq!(root.name, "manifest");
    assert_eq!(root.attr("identifier"), Some(selection.course.as_str()));
    let (namespace, adlcp, schemaversion, scorm_type) = match version {
        ScormVersion::V12 => (
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
            "http://www.adlnet.org/xsd/adlcp_rootv1p2",
            "1.2",
            "adlcp:scormtype",
        ),
        ScormVersion::V2004 => (
            "http://www.imsglobal.org/xsd/imscp_v1p1",
            "http://www.adlnet.org/xsd/adlcp_v1p3",
            "2004 4th Edition",
            "adlcp:scormType",
        ),
    };
    assert_eq!(root.attr("xmlns"), Some(namespace));
    assert_eq!(root.attr("xmlns:adlcp"), Some(adlcp));
    if version == ScormVersion::V2004 {
        assert_eq!(
            root.attr("xmlns:imsss"),
            Some("http://www.imsglobal.org/xsd/imsss")
        );
        assert_eq!(
            root.attr("xmlns:adlseq"),
            Some("http://www.adlnet.org/xsd/adlseq_v1p3")
        );
        assert_eq!(
            root.attr("xmlns:adlnav"),
            Some("http://www.adlnet.org/xsd/adlnav_v1p3")
        );
    }
    // metadata, organizations, resources: in that order, each once.
    let order: Vec<&str> = root.children.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(order, ["metadata", "organizations", "resources"]);
    let metadata = root.one("metadata");
    assert_eq!(metadata.one("schema").text, "ADL SCORM");
    assert_eq!(metadata.one("schemaversion").text, schemaversion);
    // Every identifier in the manifest is unique.
    let mut all = Vec::new();
    root.walk(&mut all);
    let ids: Vec<&str> = all.iter().filter_map(|e| e.attr("identifier")).collect();
    assert_eq!(
        ids.len(),
        ids.iter().collect::<HashSet<_>>().len(),
        "{ids:?}"
    );
    // The default organization exists, has the title and one item.
    let organizations = root.one("organizations");
    let default = organizations
        .attr("default")
        .expect("a default organization");
    let organization = organizations
        .all("organization")
        .into_iter()
        .find(|o| o.attr("identifier") == Some(default))
        .expect("the default names an organization");
    assert_eq!(organization.one("title").text, selection.title);
    let item = organization.one("item");
    assert_eq!(item.one("title").text, selection.title);
    // The item references the SCO resource.
    let resources = root.one("resources").all("resource");
    assert_eq!(resources.len(), 1);
    let resource = resources[0];
    assert_eq!(item.attr("identifierref"), resource.attr("identifier"));
    assert_eq!(resource.attr("type"), Some("webcontent"));
    assert_eq!(resource.attr(scorm_type), Some("sco"));
    let other_spelling = if scorm_type == "adlcp:scormtype" {
        "adlcp:scormType"
    } else {
        "adlcp:scormtype"
    };
    assert_eq!(resource.attr(other_spelling), None);
    // The launch page is in the zip, and told to start in LMS mode.
    let href = resource.attr("href").expect("a launch page");
    let (page, query) = href.split_once('?').unwrap_or((href, ""));
    assert!(zip.iter().any(|f| f == page), "{page} is in the zip");
    assert_eq!(query, "lms=1");
    // Every file of the zip but the manifest is listed, and every listed file is there.
    let listed: HashSet<String> = resource
        .all("file")
        .iter()
        .map(|f| unescape_href(f.attr("href").unwrap()))
        .collect();
    let packaged: HashSet<String> = zip
        .iter()
        .filter(|f| *f != "imsmanifest.xml")
        .cloned()
        .collect();
    assert_eq!(listed, packaged);
}

#[test]
fn the_builds_precompressed_copies_stay_out_of_the_package() {
    let dist = fake_dist("precompressed");
    fs::write(dist.join("index.html.br"), [1, 2]).unwrap();
    fs::write(dist.join("sw.js.gz"), [3, 4]).unwrap();
    // A file that only looks like a copy is the build's own.
    fs::write(dist.join("notes.gz"), [5]).unwrap();
    let files = build_files(&dist).unwrap();
    assert!(
        !files
            .iter()
            .any(|f| f == "index.html.br" || f == "sw.js.gz"),
        "{files:?}"
    );
    assert!(files.iter().any(|f| f == "notes.gz"), "{files:?}");
    assert_eq!(files.len(), 6);
}

#[test]
fn the_full_build_stays_out_of_the_package() {
    let dist = fake_dist("full-build");
    for name in [
        "workshop.html",
        "rapport-workshop-0a1b_bg.wasm",
        "rapport-workshop-0a1b.js",
    ] {
        fs::write(dist.join(name), [1]).unwrap();
    }
    let before = fake_dist("learner-only");
    let files = build_files(&dist).unwrap();
    assert_eq!(files, build_files(&before).unwrap());
    assert!(!files.iter().any(|f| f.contains("workshop")), "{files:?}");
}

#[test]
fn a_package_for_each_version_holds_the_build_the_selection_and_a_valid_manifest() {
    for (name, version) in [("v12", ScormVersion::V12), ("v2004", ScormVersion::V2004)] {
        let request = request(name, version);
        let written = package(&request).unwrap();
        let dist = request.dist.as_deref().unwrap();
        let build = build_files(dist).unwrap();
        assert_eq!(build.len(), 5);
        assert_eq!(written.files, 7);
        let files = unzip(request.out.as_deref().unwrap());
        assert_eq!(files[0].0, "imsmanifest.xml");
        let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        for file in &build {
            let (_, bytes) = files
                .iter()
                .find(|(n, _)| n == file)
                .unwrap_or_else(|| panic!("{file} missing"));
            assert_eq!(bytes, &fs::read(dist.join(file)).unwrap(), "{file}");
        }
        let selection_json = &files.iter().find(|(n, _)| n == FILE).unwrap().1;
        let selection = Selection::read(std::str::from_utf8(selection_json).unwrap()).unwrap();
        assert_eq!(selection, written.selection);
        assert_eq!(selection.scorm, version);
        assert_eq!(selection.scenarios, request.scenarios);
        assert_eq!(selection.drills, request.drills);
        assert!(!selection.send_replies);
        check_manifest(
            version,
            std::str::from_utf8(&files[0].1).unwrap(),
            &names,
            &selection,
        );
        fs::remove_file(request.out.as_deref().unwrap()).ok();
    }
}

#[test]
fn a_packs_exercises_and_its_text_go_into_the_package() {
    let dir = std::env::temp_dir().join(format!("rapport-pack-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let pack = dir.join("north.txt");
    fs::write(&pack, rapport_core::content::pack::EXAMPLE).unwrap();
    let mut request = request("pack", ScormVersion::V12);
    request.pack = Some(pack.clone());
    request.scenarios.clear();
    request.drills = vec!["async-silence".into()];
    request.send_replies = true;
    let written = package(&request).unwrap();
    let selection = &written.selection;
    assert_eq!(selection.scenarios, ["team-north-missed-handoff"]);
    assert_eq!(selection.drills, ["team-north-quiet-demo", "async-silence"]);
    assert_eq!(selection.pack.as_deref(), Some(PACK_FILE));
    assert!(selection.send_replies);
    let files = unzip(request.out.as_deref().unwrap());
    let text = &files.iter().find(|(n, _)| n == PACK_FILE).unwrap().1;
    assert_eq!(text, &fs::read(&pack).unwrap());
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    check_manifest(
        ScormVersion::V12,
        std::str::from_utf8(&files[0].1).unwrap(),
        &names,
        selection,
    );
    // A pack with a problem is refused with the check's own words.
    fs::write(
        &pack,
        rapport_core::content::pack::EXAMPLE.replace("version: 1", "version: latest"),
    )
    .unwrap();
    let problems = package(&request).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("version `latest` is not a whole number")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("rapport check")),
        "{problems:?}"
    );
    fs::remove_dir_all(dir).ok();
}

#[test]
fn a_workshop_plans_exercises_come_from_its_link() {
    let plan = rapport_core::workshop::plan::Plan::ready_made(90).unwrap();
    let link = format!(
        "https://example.org/rapport/#/workshop/plan/{}\n",
        rapport_core::workshop::link::encode(&plan)
    );
    let file = std::env::temp_dir().join(format!("rapport-plan-{}.txt", std::process::id()));
    fs::write(&file, link).unwrap();
    let mut request = request("plan", ScormVersion::V2004);
    request.scenarios.clear();
    request.drills.clear();
    request.plan = Some(file.clone());
    let written = package(&request).unwrap();
    assert_eq!(
        written.selection.scenarios,
        ["not-by-friday", "the-late-meeting", "after-the-layoffs"]
    );
    assert_eq!(
        written.selection.drills,
        ["async-silence", "interesting-means-no"]
    );
    fs::write(&file, "not a plan").unwrap();
    let problems = package(&request).unwrap_err();
    assert!(problems[0].contains("cannot be read"), "{problems:?}");
    fs::remove_file(file).ok();
}

#[test]
fn every_problem_is_named_and_nothing_is_written() {
    let mut bad = request("bad", ScormVersion::V12);
    bad.scenarios.push("no-such-play".into());
    bad.drills.push("no-such-drill".into());
    let out = bad.out.clone().unwrap();
    fs::remove_file(&out).ok();
    let problems = package(&bad).unwrap_err();
    assert_eq!(
        problems,
        [
            "there is no drill called `no-such-drill`",
            "there is no role-play called `no-such-play`"
        ]
    );
    assert!(!out.exists());

    let mut empty = request("empty", ScormVersion::V12);
    empty.scenarios.clear();
    empty.drills.clear();
    let problems = package(&empty).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("the package has no exercises"),
        "{problems:?}"
    );

    let mut large = request("large", ScormVersion::V12);
    large.drills = rapport_core::content::library::built_in()
        .drills
        .iter()
        .map(|d| d.id.clone())
        .collect();
    large.scenarios = rapport_core::scenario::library::built_in()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    large
        .drills
        .extend((0..MAX_EXERCISES).map(|i| format!("more-{i}")));
    let problems = package(&large).unwrap_err();
    assert!(
        problems[0].contains("a package can have at most 100"),
        "{problems:?}"
    );
    assert!(problems[0].contains("suspend data"), "{problems:?}");

    let mut missing = request("missing", ScormVersion::V12);
    missing.dist = Some(std::env::temp_dir().join("rapport-no-such-dist"));
    let problems = package(&missing).unwrap_err();
    assert!(
        problems[0].contains("does not exist") && problems[0].contains("trunk build --release"),
        "{problems:?}"
    );

    let no_page = fake_dist("no-page");
    fs::remove_file(no_page.join("index.html")).unwrap();
    assert!(build_files(&no_page)
        .unwrap_err()
        .contains("has no index.html"));
    let clash = fake_dist("clash");
    fs::write(clash.join("imsmanifest.xml"), "<old/>").unwrap();
    assert!(build_files(&clash)
        .unwrap_err()
        .contains("already holds imsmanifest.xml"));
}

#[test]
fn bad_arguments_are_refused_with_the_reason() {
    let args = |list: &[&str]| -> Vec<String> { list.iter().map(|s| (*s).to_owned()).collect() };
    let good = [
        "--scorm", "1.2", "--dist", "dist", "--out", "a.zip", "--title", "T",
    ];
    let parsed = parse(&args(
        &[
            &good[..],
            &["--drill", "a", "--drill", "b", "--send-replies"],
        ]
        .concat(),
    ))
    .unwrap();
    assert_eq!(parsed.drills, ["a", "b"]);
    assert!(parsed.send_replies);
    assert_eq!(
        parse(&args(&["--scorm", "3", "--dist", "d"])).unwrap_err(),
        "--scorm must be 1.2 or 2004, not `3`"
    );
    assert_eq!(parse(&args(&good[2..])).unwrap_err(), "--scorm is required");
    assert_eq!(parse(&args(&good[..6])).unwrap_err(), "--title is required");
    assert_eq!(
        parse(&args(&[&good[..], &["--drill"]].concat())).unwrap_err(),
        "--drill needs a value"
    );
    assert_eq!(
        parse(&args(&[&good[..], &["--title", "U"]].concat())).unwrap_err(),
        "--title is given twice"
    );
    assert_eq!(
        parse(&args(&[&good[..], &["--zip"]].concat())).unwrap_err(),
        "unknown option `--zip`"
    );
    assert_eq!(
        parse(&args(&["--dist", "--out"])).unwrap_err(),
        "--dist needs a value"
    );
}

#[test]
fn hrefs_escape_what_a_url_path_cannot_hold() {
    assert_eq!(href("icons/icon 192.png"), "icons/icon%20192.png");
    assert_eq!(href("a&b#c.js"), "a%26b%23c.js");
    assert_eq!(unescape_href(&href("é ü.txt")), "é ü.txt");
}
