//! `imsmanifest.xml` for a SCORM package: the course, one organization with one item, and
//! one SCO resource that launches the app in LMS mode and lists every file of the package.
//! Written with quick-xml, which escapes titles and file names as XML requires.

use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use rapport_core::lms::ScormVersion;

/// The page the LMS opens: the app, told by `?lms=1` to read the package's selection.
pub const LAUNCH: &str = "index.html?lms=1";

/// The namespaces and metadata of each version.
struct Schema {
    namespaces: &'static [(&'static str, &'static str)],
    version: &'static str,
    scorm_type: &'static str,
}

fn schema(version: ScormVersion) -> Schema {
    match version {
        // SCORM 1.2: IMS Content Packaging 1.1.2 with ADL's 1.2 extensions.
        ScormVersion::V12 => Schema {
            namespaces: &[
                ("xmlns", "http://www.imsproject.org/xsd/imscp_rootv1p1p2"),
                ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_rootv1p2"),
            ],
            version: "1.2",
            scorm_type: "adlcp:scormtype",
        },
        // SCORM 2004 4th edition: IMS Content Packaging 1.1.4 with ADL's v1p3 extensions.
        ScormVersion::V2004 => Schema {
            namespaces: &[
                ("xmlns", "http://www.imsglobal.org/xsd/imscp_v1p1"),
                ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_v1p3"),
                ("xmlns:adlseq", "http://www.adlnet.org/xsd/adlseq_v1p3"),
                ("xmlns:adlnav", "http://www.adlnet.org/xsd/adlnav_v1p3"),
                ("xmlns:imsss", "http://www.imsglobal.org/xsd/imsss"),
            ],
            version: "2004 4th Edition",
            scorm_type: "adlcp:scormType",
        },
    }
}

/// The manifest of a package of `files` (paths inside the zip, `/`-separated) for the
/// course `course` titled `title`.
pub fn manifest(version: ScormVersion, course: &str, title: &str, files: &[String]) -> String {
    // Writing into a vector cannot fail.
    write(version, course, title, files).unwrap_or_default()
}

fn write(version: ScormVersion, course: &str, title: &str, files: &[String]) -> io::Result<String> {
    let schema = schema(version);
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = w
        .create_element("manifest")
        .with_attribute(("identifier", course))
        .with_attribute(("version", "1"));
    for &(name, uri) in schema.namespaces {
        root = root.with_attribute((name, uri));
    }
    root.write_inner_content(|w| {
        w.create_element("metadata").write_inner_content(|w| {
            w.create_element("schema")
                .write_text_content(BytesText::new("ADL SCORM"))?;
            w.create_element("schemaversion")
                .write_text_content(BytesText::new(schema.version))?;
            Ok(())
        })?;
        w.create_element("organizations")
            .with_attribute(("default", "rapport-organization"))
            .write_inner_content(|w| {
                w.create_element("organization")
                    .with_attribute(("identifier", "rapport-organization"))
                    .write_inner_content(|w| {
                        w.create_element("title")
                            .write_text_content(BytesText::new(title))?;
                        w.create_element("item")
                            .with_attribute(("identifier", "rapport-item"))
                            .with_attribute(("identifierref", "rapport-sco"))
                            .with_attribute(("isvisible", "true"))
                            .write_inner_content(|w| {
                                w.create_element("title")
                                    .write_text_content(BytesText::new(title))?;
                                Ok(())
                            })?;
                        Ok(())
                    })?;
                Ok(())
            })?;
        w.create_element("resources").write_inner_content(|w| {
            w.create_element("resource")
                .with_attribute(("identifier", "rapport-sco"))
                .with_attribute(("type", "webcontent"))
                .with_attribute((schema.scorm_type, "sco"))
                .with_attribute(("href", LAUNCH))
                .write_inner_content(|w| {
                    for file in files {
                        w.create_element("file")
                            .with_attribute(("href", file.as_str()))
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
        Ok(())
    })?;
    String::from_utf8(w.into_inner()).map_err(io::Error::other)
}
