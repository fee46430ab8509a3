//! The store: reads and writes records through a [`Backend`], falling back to memory when
//! the backend fails, backing up what it cannot read and never overwriting what it could
//! neither read nor back up.

use crate::sorted::{SortedMap, SortedSet};

use super::backend::{Backend, BackendError};
use super::envelope::{decode, encode, Decoded, Record, Unreadable};
use super::issue::StorageIssue;

/// How many backup slots a key may use before the store gives up backing it up.
const BACKUP_SLOTS: u32 = 100;

/// A loaded record and what the user should be told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    pub issues: Vec<StorageIssue>,
}

/// Records kept through a backend when it works, and in memory always.
#[derive(Debug)]
pub struct Store<B> {
    backend: Option<B>,
    /// The latest text of every record this session, so a backend failing mid-session loses nothing.
    memory: SortedMap<String, String>,
    /// Keys this session must not write: they hold data it could not read or back up.
    protected: SortedSet<String>,
}

impl<B: Backend> Store<B> {
    /// A store over `backend`, or a memory-only store (with the reason) when the browser
    /// refused to hand out its storage.
    pub fn open(backend: Result<B, BackendError>) -> (Self, Option<StorageIssue>) {
        let (backend, issue) = match backend {
            Ok(backend) => (Some(backend), None),
            Err(error) => (None, Some(unavailable(error))),
        };
        let store = Self {
            backend,
            memory: SortedMap::new(),
            protected: SortedSet::new(),
        };
        (store, issue)
    }

    /// Whether writes currently reach the backend at all.
    pub fn is_persistent(&self) -> bool {
        self.backend.is_some()
    }

    /// The backend, when there still is one (tests inspect it).
    pub fn backend(&self) -> Option<&B> {
        self.backend.as_ref()
    }

    /// The backend, mutably (tests break it or shrink its quota mid-session).
    pub fn backend_mut(&mut self) -> Option<&mut B> {
        self.backend.as_mut()
    }

    /// Whether this session refuses to write `key` (its stored data is kept as it was).
    pub fn is_protected(&self, key: &str) -> bool {
        self.protected.contains(key)
    }

    /// Reads record `T`; anything unusable yields the default value and an issue, never a panic.
    pub fn load<T: Record>(&mut self) -> Loaded<T> {
        let (raw, mut issues) = self.stored(T::KEY);
        let Some(raw) = raw else {
            return Loaded {
                value: T::default(),
                issues,
            };
        };
        let value = match decode::<T>(&raw) {
            Decoded::Current(value) => {
                if let Some(what) = value.damage() {
                    issues.push(self.keep_damaged(T::KEY, T::LABEL, &raw, what));
                }
                value
            }
            Decoded::Migrated { value, from } => {
                match value.damage() {
                    // The copy kept of the damaged original stays; the migration's own,
                    // temporary backup would be the same key and be removed with it.
                    Some(what) => {
                        issues.push(self.keep_damaged(T::KEY, T::LABEL, &raw, what));
                        match self.save(&value) {
                            Ok(()) => issues.push(StorageIssue::Migrated {
                                label: T::LABEL.to_owned(),
                                from,
                            }),
                            Err(issue) => issues.push(issue),
                        }
                    }
                    None => issues.push(self.replace_migrated(&raw, &value, from)),
                }
                value
            }
            Decoded::Unreadable(unreadable) => {
                issues.push(self.unreadable(T::KEY, T::LABEL, &raw, &unreadable));
                T::default()
            }
        };
        Loaded { value, issues }
    }

    /// The stored text of `key`, if any, and what went wrong reading it.
    fn stored(&mut self, key: &str) -> (Option<String>, Vec<StorageIssue>) {
        match self.read(key) {
            Ok(raw) => (raw, Vec::new()),
            Err(issue) => (self.memory.get(key).cloned(), vec![issue]),
        }
    }

    /// Keeps an unreadable stored text safe: a newer build's data is left alone and never
    /// overwritten; anything else is backed up (or left alone when it cannot be).
    fn unreadable(&mut self, key: &str, label: &str, raw: &str, why: &Unreadable) -> StorageIssue {
        if let Unreadable::Newer { .. } = why {
            self.protected.insert(key.to_owned());
            return StorageIssue::Newer {
                label: label.to_owned(),
            };
        }
        self.set_aside(key, label, raw)
    }

    /// Reads record `T` from the backend again, ignoring this session's copy: another tab
    /// has changed it. `None` when there is nothing readable there.
    pub fn reread<T: Record>(&self) -> Option<T> {
        let raw = self.backend.as_ref()?.get(T::KEY).ok()??;
        match decode::<T>(&raw) {
            Decoded::Current(value) | Decoded::Migrated { value, .. } => Some(value),
            Decoded::Unreadable(_) => None,
        }
    }

    /// Writes record `T`. The value is always kept in memory; an error says why it did not
    /// also reach the backend.
    pub fn save<T: Record>(&mut self, value: &T) -> Result<(), StorageIssue> {
        let text = encode(value);
        self.save_text(T::KEY, T::LABEL, text)
    }

    /// What [`Store::save`] does once the record is text: the part that does not depend on
    /// the record's type, so it is not repeated for each one.
    fn save_text(
        &mut self,
        key: &str,
        label: &str,
        text: Result<String, String>,
    ) -> Result<(), StorageIssue> {
        let text = text.map_err(|detail| StorageIssue::WriteFailed {
            label: label.to_owned(),
            detail,
        })?;
        self.memory.insert(key.to_owned(), text.clone());
        if self.protected.contains(key) {
            return Ok(());
        }
        self.write(key, &text, label)
    }

    fn read(&mut self, key: &str) -> Result<Option<String>, StorageIssue> {
        // What this session saved is the latest, even when the backend did not take it.
        if let Some(text) = self.memory.get(key) {
            return Ok(Some(text.clone()));
        }
        if self.protected.contains(key) {
            return Ok(None);
        }
        let Some(backend) = &self.backend else {
            return Ok(self.memory.get(key).cloned());
        };
        match backend.get(key) {
            Ok(raw) => Ok(raw),
            Err(error) => {
                self.backend = None;
                Err(unavailable(error))
            }
        }
    }

    fn write(&mut self, key: &str, text: &str, label: &str) -> Result<(), StorageIssue> {
        let Some(backend) = &mut self.backend else {
            return Ok(());
        };
        match backend.set(key, text) {
            Ok(()) => Ok(()),
            Err(BackendError::Full) => Err(StorageIssue::Full {
                label: label.to_owned(),
            }),
            Err(error) => {
                self.backend = None;
                Err(unavailable(error))
            }
        }
    }

    /// Copies `raw` to the first free backup key of `key`, returning that key. When `raw`
    /// is what the backend holds (this session has not saved `key`), the backend copies its
    /// own value, so the backup is exact even where `raw` is not.
    fn back_up(&mut self, key: &str, raw: &str) -> Option<String> {
        let from_backend = !self.memory.contains_key(key);
        let backend = self.backend.as_mut()?;
        for slot in 1..=BACKUP_SLOTS {
            let backup_key = format!("{key}.backup-{slot}");
            match backend.get(&backup_key) {
                Ok(None) => {
                    let copied = if from_backend {
                        backend.copy(key, &backup_key).unwrap_or(false)
                    } else {
                        false
                    };
                    if copied {
                        return Some(backup_key);
                    }
                    return backend.set(&backup_key, raw).ok().map(|()| backup_key);
                }
                // The same text backed up by an earlier load needs no second copy.
                Ok(Some(existing)) if existing == raw => return Some(backup_key),
                Ok(Some(_)) => continue,
                Err(_) => return None,
            }
        }
        None
    }

    /// Moves an unreadable value out of the way, or protects it when that is impossible.
    fn set_aside(&mut self, key: &str, label: &str, raw: &str) -> StorageIssue {
        let label = label.to_owned();
        match self.back_up(key, raw) {
            Some(backup_key) => {
                // The copy is safe, so the original may go; if removal fails the next save overwrites it.
                if let Some(backend) = self.backend.as_mut() {
                    let _ = backend.remove(key);
                }
                StorageIssue::BackedUp { label, backup_key }
            }
            None => {
                self.protected.insert(key.to_owned());
                StorageIssue::LeftUntouched { label }
            }
        }
    }

    /// Keeps a copy of a record that was only partly readable, since the next save would
    /// write over the part that was not; with no room for a copy, the key is not written.
    fn keep_damaged(&mut self, key: &str, label: &str, raw: &str, what: String) -> StorageIssue {
        let backup_key = self.back_up(key, raw);
        if backup_key.is_none() {
            self.protected.insert(key.to_owned());
        }
        StorageIssue::PartlyRead {
            label: label.to_owned(),
            what,
            backup_key,
        }
    }

    /// Writes the migrated value, keeping the original under a backup key until that write succeeded.
    fn replace_migrated<T: Record>(&mut self, raw: &str, value: &T, from: u32) -> StorageIssue {
        let label = T::LABEL.to_owned();
        let Some(backup_key) = self.back_up(T::KEY, raw) else {
            self.protected.insert(T::KEY.to_owned());
            if let Ok(text) = encode(value) {
                self.memory.insert(T::KEY.to_owned(), text);
            }
            return StorageIssue::Full { label };
        };
        match self.save(value) {
            Ok(()) => {
                if let Some(backend) = self.backend.as_mut() {
                    let _ = backend.remove(&backup_key);
                }
                StorageIssue::Migrated { label, from }
            }
            Err(issue) => issue,
        }
    }
}

fn unavailable(error: BackendError) -> StorageIssue {
    let detail = match error {
        BackendError::Unavailable(detail) | BackendError::Failed(detail) => detail,
        BackendError::Full => "storage is full".to_owned(),
    };
    StorageIssue::Unavailable { detail }
}
