//! The content packs imported on this device (`rapport.packs`): each pack's text as it was
//! imported, so it can be exported back unchanged, whether it is turned on, and the ids of
//! its exercises, so its progress can be found even when the pack is off or gone.

mod draft;
mod import;

use serde::{Deserialize, Serialize};

use crate::content::pack::{read_pack_with, PackHeader};
use crate::content::problems::STUDIO_FILE;
use crate::content::{Catalog, Checking, Diagnostic};
use crate::storage::Record;
use crate::words::plural;

pub use draft::{Draft, Opening, SetAside};
pub use import::MAX_PACKS;

/// One imported pack.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InstalledPack {
    pub header: PackHeader,
    /// The name of the file it was imported from (or "pasted text").
    pub file: String,
    /// The pack's text exactly as imported.
    pub source: String,
    pub enabled: bool,
    /// When it was imported (ms since the epoch).
    pub imported_at: i64,
    pub drills: Vec<String>,
    pub scenarios: Vec<String>,
}

impl InstalledPack {
    /// The file name an export gets: the pack id and version, so versions do not collide.
    pub fn export_name(&self) -> String {
        format!("{}-v{}.txt", self.header.id, self.header.version)
    }

    /// "1 drill and 2 role-plays", for lists and messages.
    pub fn contents(&self) -> String {
        format!(
            "{} and {}",
            plural(self.drills.len(), "drill", "drills"),
            plural(self.scenarios.len(), "role-play", "role-plays")
        )
    }

    /// Whether the exercise `id` is one of this pack's.
    pub fn owns(&self, id: &str) -> bool {
        self.drills
            .iter()
            .chain(&self.scenarios)
            .any(|own| own == id)
    }
}

/// Every imported pack, in import order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Packs {
    pub list: Vec<InstalledPack>,
}

impl Record for Packs {
    const KEY: &'static str = "rapport.packs";
    const LABEL: &'static str = "content packs";
    const SCHEMA: u32 = 1;
}

/// The name an import from the Packs page's text box is reported under.
pub const PASTED_FILE: &str = "pasted text";

/// What happened to an import, for the packs page to show until the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportReport {
    /// The pack is in; a sentence says what changed.
    Imported(String),
    /// Nothing was imported, for these reasons (each with line, column and fix).
    Refused {
        file: String,
        problems: Vec<Diagnostic>,
    },
}

impl ImportReport {
    /// What to do about a refusal, in words that fit where the text came from: the Packs
    /// page's text box and the studio have no file to mend, and the report of a refusal
    /// in the studio is shown on the Packs page too.
    pub fn remedy(&self) -> Option<String> {
        let ImportReport::Refused { file, .. } = self else {
            return None;
        };
        let text = match file.as_str() {
            PASTED_FILE => "the pasted text",
            STUDIO_FILE => "the studio\u{2019}s text",
            _ => "the file",
        };
        Some(format!(
            "Fix these in {text} and import it again. Your packs and progress are as they were."
        ))
    }
}

impl Packs {
    pub fn get(&self, id: &str) -> Option<&InstalledPack> {
        self.list.iter().find(|p| p.header.id == id)
    }

    /// Turns a pack on or off; `None` when that changes nothing.
    pub fn set_enabled(&self, id: &str, enabled: bool) -> Option<Packs> {
        if self.get(id)?.enabled == enabled {
            return None;
        }
        let mut next = self.clone();
        for pack in next.list.iter_mut().filter(|p| p.header.id == id) {
            pack.enabled = enabled;
        }
        Some(next)
    }

    /// The packs without `id`, and the pack taken out.
    pub fn remove(&self, id: &str) -> Option<(Packs, InstalledPack)> {
        let at = self.list.iter().position(|p| p.header.id == id)?;
        let mut next = self.clone();
        let removed = next.list.remove(at);
        Some((next, removed))
    }

    /// The exercises on this device: built-in ones plus those of every pack that is on and
    /// still reads cleanly. A pack that no longer does (a later version of Rapport may have
    /// added a built-in exercise with the same id) is kept in storage but left out, with a
    /// sentence saying why. The coach's reading of model answers is not asked again: it
    /// accepted them at import, and a later coach's opinion should not hide a whole pack.
    pub fn catalog(&self) -> (Catalog, Vec<String>) {
        self.catalog_after(&Catalog::default())
    }

    /// The same, reusing the packs `previous` already holds at the same id and version
    /// (one version has one text: a changed text needs a higher version), so turning one
    /// pack on or off does not check every other pack again.
    pub fn catalog_after(&self, previous: &Catalog) -> (Catalog, Vec<String>) {
        let mut packs = Vec::new();
        let mut problems = Vec::new();
        for installed in self.list.iter().filter(|p| p.enabled) {
            let known = previous.packs().iter().find(|p| {
                p.header.id == installed.header.id && p.header.version == installed.header.version
            });
            if let Some(pack) = known {
                packs.push(pack.clone());
                continue;
            }
            match read_pack_with(&installed.file, &installed.source, Checking::Accepted) {
                (Some(pack), found) if found.is_empty() => packs.push(pack),
                (_, found) => problems.push(format!(
                    "The content pack “{}” could not be loaded, so its exercises are hidden; it is still saved. {}",
                    installed.header.title,
                    found.first().map_or(String::new(), |d| format!(
                        "Line {}: {}.",
                        d.line, d.message
                    ))
                )),
            }
        }
        (Catalog::with_packs(packs), problems)
    }
}

#[cfg(test)]
mod tests;
