//! Persistence that never panics and never loses data: every record is wrapped in a
//! `{schema, data}` envelope, read through a [`Store`] that falls back to memory when the
//! browser refuses storage, backs unreadable values up instead of deleting them, and
//! reports each problem as a [`StorageIssue`] the UI can put into plain words.

mod backend;
mod catalog;
mod envelope;
mod issue;
mod store;

pub use backend::{Backend, BackendError, MemoryBackend};
pub use catalog::describe_key;
pub use envelope::{decode, decode_value, encode, Decoded, Record, Unreadable};
pub use issue::StorageIssue;
pub use store::{Loaded, Store};

#[cfg(test)]
mod store_tests;

#[cfg(test)]
mod compat_tests;
