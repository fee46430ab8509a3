//! Rapport inside an organisation's learning platform (SCORM 1.2 and 2004): what a package
//! holds ([`selection`]), the learner's progress in it as the LMS keeps it between sessions
//! ([`suspend`]), the rules that turn that progress into a status, a score and interaction
//! records ([`rules`]), and the calls to make for each SCORM version, as data ([`calls`]).
//! LMS mode's session ([`session`]) decides what is sent when, how the LMS's progress joins
//! the device's at launch and what waits while the LMS fails; [`privacy`] words it for the
//! learner. Everything here is pure: the app finds the LMS's API and sends the pairs; the
//! CLI writes the package.

pub mod calls;
pub mod privacy;
pub mod rules;
pub mod selection;
pub mod session;
pub mod suspend;

pub use selection::{ScormVersion, Selection, SelectionError};
pub use session::{Call, Launch, Session};
pub use suspend::{PackageProgress, ScenarioProgress, SuspendError};
