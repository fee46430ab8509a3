//! Reusable parts of the shell; each renders its props and emits callbacks, nothing more.

pub mod footer;
pub mod header;
pub mod icons;
pub mod notices;
pub mod page_title;
pub mod route_link;
pub mod skip_link;
