//! Importing a pack: the pack's own checks (the same as `rapport check`), then the checks
//! that depend on what is already here: a newer version replaces an older one, the same
//! version is not imported twice with different text, and no two packs share an exercise id.

use super::{ImportReport, InstalledPack, Packs};
use crate::content::pack::read_pack;
use crate::content::Diagnostic;

/// The most packs one device keeps (each may be up to 1 MB, and browsers give a site
/// about 5 MB of storage).
pub const MAX_PACKS: usize = 20;

/// The 1-based line of the header key `key:` in `source`, for diagnostics about it.
fn line_of(source: &str, key: &str) -> usize {
    source
        .lines()
        .position(|l| l.trim_start().starts_with(key))
        .map_or(0, |i| i + 1)
}

impl Packs {
    /// The packs after importing `source`, read from `file` at `now`, with the report to
    /// show; on refusal the packs are unchanged (`None`) and the report lists every problem.
    pub fn import(&self, file: &str, source: &str, now: i64) -> (Option<Packs>, ImportReport) {
        let refuse = |problems: Vec<Diagnostic>| {
            (
                None,
                ImportReport::Refused {
                    file: file.to_owned(),
                    problems,
                },
            )
        };
        let (pack, problems) = read_pack(file, source);
        let pack = match pack {
            Some(pack) if problems.is_empty() => pack,
            _ => return refuse(problems),
        };
        let header = &pack.header;
        let version_line = line_of(source, "version:");
        let at_version = |message: String| Diagnostic::new(file, version_line, 10, message);
        let previous = self.get(&header.id);
        if let Some(old) = previous {
            let old_version = old.header.version;
            if old.source == source {
                return (
                    None,
                    ImportReport::Imported(format!(
                        "“{}” version {} is already imported; nothing changed.",
                        header.title, header.version
                    )),
                );
            }
            if header.version == old_version {
                return refuse(vec![at_version(format!(
                    "version {old_version} of the pack `{}` is already imported, with different text",
                    header.id
                ))
                .fix(format!(
                    "raise the version to `version: {}` so this one replaces it",
                    old_version.saturating_add(1)
                ))]);
            }
            if header.version < old_version {
                return refuse(vec![at_version(format!(
                    "this is version {} of the pack `{}`, older than the imported version {old_version}",
                    header.version, header.id
                ))
                .fix("import the newer file, or remove the imported pack first to go back")]);
            }
        } else if self.list.len() >= MAX_PACKS {
            return refuse(vec![Diagnostic::new(
                file,
                0,
                0,
                format!("this device already has {MAX_PACKS} packs, the most it keeps"),
            )
            .fix("remove a pack you no longer use, then import again")]);
        }
        let mut clashes = Vec::new();
        let others = self.list.iter().filter(|p| p.header.id != header.id);
        for other in others {
            let lines = pack
                .drills
                .iter()
                .map(|d| (d.line, "drill", &d.id))
                .chain(pack.scenarios.iter().map(|s| (s.line, "scenario", &s.id)));
            for (line, what, id) in lines.filter(|(_, _, id)| other.owns(id)) {
                clashes.push(
                    Diagnostic::new(
                        file,
                        line,
                        1,
                        format!(
                            "{what} id `{id}` is already used by the pack “{}”",
                            other.header.title
                        ),
                    )
                    .fix(format!(
                        "give it an id of its own, for example `{}-{id}`",
                        header.id
                    )),
                );
            }
        }
        if !clashes.is_empty() {
            crate::order::sort_by_key(&mut clashes, |d| d.line);
            return refuse(clashes);
        }
        let installed = InstalledPack {
            header: header.clone(),
            file: file.to_owned(),
            source: source.to_owned(),
            enabled: true,
            imported_at: now,
            drills: pack.drills.iter().map(|d| d.id.clone()).collect(),
            scenarios: pack.scenarios.iter().map(|s| s.id.clone()).collect(),
        };
        let mut next = self.clone();
        let text = match previous {
            Some(old) => {
                let text = format!(
                    "Updated “{}” from version {} to {}: {}. Your progress on its exercises is kept.",
                    header.title,
                    old.header.version,
                    header.version,
                    installed.contents()
                );
                if let Some(slot) = next.list.iter_mut().find(|p| p.header.id == header.id) {
                    *slot = installed;
                }
                text
            }
            None => {
                let text = format!(
                    "Imported “{}” (version {}): {}, now beside the built-in exercises in Practice, Role-plays and Workshop.",
                    header.title,
                    header.version,
                    installed.contents()
                );
                next.list.push(installed);
                text
            }
        };
        (Some(next), ImportReport::Imported(text))
    }
}
