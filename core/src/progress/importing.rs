//! An import taken a step at a time, so that a long one (tens of thousands of replies)
//! says how far it has got and the page stays responsive between steps: the file is
//! parsed, each record read and the whole checked in steps of their own, then merged into
//! a copy of the history [`SLICE`] replies a step. What comes out is what
//! [`exchange::read`] and [`exchange::merge`] give at once, since those are the same steps
//! run together. Applied to the records it was merged into, the merge is taken as it is;
//! applied to records changed since (another tab saved, say), it is made again, at once,
//! on those, so the result is always that of an import made in one go.

use std::rc::Rc;

use super::exchange::{self, File, ImportError, Incoming, Preview};
use super::merging::Merging;
use super::Progress;
use crate::content::Catalog;
use crate::saving::Seen;
use crate::scenario::play::{Plays, PlaysMerged};

/// How many of the file's replies one step merges: a few milliseconds' work.
pub const SLICE: usize = 2_000;

/// An import under way.
#[derive(Debug)]
pub struct Importing {
    now: i64,
    stage: Stage,
}

#[derive(Debug)]
enum Stage {
    Text(String),
    Parsed(File),
    ProgressRead(File, Progress),
    Checked(Box<Incoming>),
    Merging(Box<Merge>),
}

/// The file's replies being merged into a copy of the history.
#[derive(Debug)]
struct Merge {
    incoming: Incoming,
    merging: Merging,
    plays: (Plays, PlaysMerged),
    base: Base,
}

/// The records a merge was made into.
#[derive(Debug, Clone, Default, PartialEq)]
struct Base {
    progress: Seen<Progress>,
    plays: Seen<Plays>,
}

impl Base {
    fn of(progress: &Rc<Progress>, plays: &Rc<Plays>) -> Base {
        Base {
            progress: Seen::of(progress),
            plays: Seen::of(plays),
        }
    }

    fn is(&self, progress: &Rc<Progress>, plays: &Rc<Plays>) -> bool {
        self.progress.is(progress) && self.plays.is(plays)
    }
}

/// How far an import has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Reading and checking the file.
    Reading,
    /// Comparing the file's replies with the history: `done` of `total`.
    Comparing { done: usize, total: usize },
}

/// What a step led to.
#[derive(Debug)]
pub enum Next {
    Going(Box<Importing>, Status),
    Ready(Box<Prepared>),
    Failed(ImportError),
}

impl Importing {
    /// An import of the export file `text` at `now`.
    pub fn start(text: String, now: i64) -> Importing {
        Importing {
            now,
            stage: Stage::Text(text),
        }
    }

    /// The next step, merging into the records on the device now (`progress` and
    /// `plays`, against the exercises in `content`).
    pub fn step(self, progress: &Rc<Progress>, plays: &Rc<Plays>, content: &Catalog) -> Next {
        let now = self.now;
        let going = |stage, status| Next::Going(Box::new(Importing { now, stage }), status);
        let comparing = |done, incoming: &Incoming| Status::Comparing {
            done,
            total: incoming.progress.attempts.len(),
        };
        let result = match self.stage {
            Stage::Text(text) => {
                exchange::parse(&text).map(|file| going(Stage::Parsed(file), Status::Reading))
            }
            Stage::Parsed(mut file) => exchange::record::<Progress>(&mut file)
                .map(|progress| going(Stage::ProgressRead(file, progress), Status::Reading)),
            Stage::ProgressRead(mut file, progress) => exchange::record::<Plays>(&mut file)
                .and_then(|plays| exchange::checked(file, progress, plays, now, content))
                .map(|incoming| {
                    let status = comparing(0, &incoming);
                    going(Stage::Checked(Box::new(incoming)), status)
                }),
            Stage::Checked(incoming) => {
                let merging = Progress::clone(progress).merging_in(&incoming.progress);
                let mut merged_plays = Plays::clone(plays);
                let report = merged_plays.merge(&incoming.plays);
                let status = comparing(0, &incoming);
                let stage = Stage::Merging(Box::new(Merge {
                    incoming: *incoming,
                    merging,
                    plays: (merged_plays, report),
                    base: Base::of(progress, plays),
                }));
                Ok(going(stage, status))
            }
            Stage::Merging(mut merge) => {
                if merge.merging.done() < merge.incoming.progress.attempts.len() {
                    merge.merging.step(&merge.incoming.progress, SLICE);
                    let status = comparing(merge.merging.done(), &merge.incoming);
                    Ok(going(Stage::Merging(merge), status))
                } else {
                    let Merge {
                        incoming,
                        merging,
                        plays,
                        base,
                    } = *merge;
                    let (merged, attempts) = merging.finish(&incoming.progress);
                    let (merged_plays, roleplays) = plays;
                    Ok(Next::Ready(Box::new(Prepared {
                        preview: Preview::of(&incoming, attempts, roleplays),
                        incoming,
                        merged: Some(Box::new((merged, merged_plays))),
                        base,
                    })))
                }
            }
        };
        result.unwrap_or_else(Next::Failed)
    }
}

/// An import read, checked and (usually) merged ahead, ready to apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub incoming: Incoming,
    /// What applying it to the records it was merged into does.
    pub preview: Preview,
    merged: Option<Box<(Progress, Plays)>>,
    base: Base,
}

/// An import not merged ahead: it is merged when applied.
impl From<Incoming> for Prepared {
    fn from(incoming: Incoming) -> Prepared {
        Prepared {
            incoming,
            preview: Preview::default(),
            merged: None,
            base: Base::default(),
        }
    }
}

impl Prepared {
    /// Whether it was merged ahead into these very records.
    fn is_for(&self, progress: &Rc<Progress>, plays: &Rc<Plays>) -> bool {
        self.merged.is_some() && self.base.is(progress, plays)
    }

    /// What applying it to `progress` and `plays` does.
    pub fn preview_for(&self, progress: &Rc<Progress>, plays: &Rc<Plays>) -> Preview {
        if self.is_for(progress, plays) {
            self.preview
        } else {
            exchange::merge(progress, plays, &self.incoming).2
        }
    }

    /// The records after the import, and what it did: the merge made ahead when it was
    /// made into `progress` and `plays`, or made now.
    pub fn applied_to(
        self,
        progress: &Rc<Progress>,
        plays: &Rc<Plays>,
    ) -> (Progress, Plays, Preview) {
        if self.is_for(progress, plays) {
            if let Some(merged) = self.merged {
                let (merged_progress, merged_plays) = *merged;
                return (merged_progress, merged_plays, self.preview);
            }
        }
        exchange::merge(progress, plays, &self.incoming)
    }
}

#[cfg(test)]
mod tests;
