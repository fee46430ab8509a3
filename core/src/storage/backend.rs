//! The key-value interface the store needs from a browser (or a test double), and the
//! ways it can fail.

use crate::sorted::SortedMap;

/// Why the underlying key-value storage refused an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// Storage cannot be used at all (blocked by settings, some private windows, sandboxed frames).
    Unavailable(String),
    /// The write did not fit into the storage quota.
    Full,
    /// Any other refusal, with the browser's own words.
    Failed(String),
}

/// String keys to string values, as `localStorage` offers them.
pub trait Backend {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    /// Stores `value` under `key`, replacing what was there.
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError>;
    /// Removes `key`; removing a missing key is not an error.
    fn remove(&mut self, key: &str) -> Result<(), BackendError>;
    /// Copies the value under `from` to `to` exactly as stored: a browser's text can hold
    /// what a Rust string cannot (a lone surrogate), and a backup must keep it. `false`
    /// when there is nothing under `from`.
    fn copy(&mut self, from: &str, to: &str) -> Result<bool, BackendError> {
        match self.get(from)? {
            Some(value) => self.set(to, &value).map(|()| true),
            None => Ok(false),
        }
    }
}

/// An in-memory backend with an optional byte quota: the store's own fallback, and the
/// double that lets native tests reproduce a full or broken browser storage.
#[derive(Debug, Default, Clone)]
pub struct MemoryBackend {
    entries: SortedMap<String, String>,
    /// When set, a write that would make the stored keys and values exceed this many bytes fails with [`BackendError::Full`].
    pub quota: Option<usize>,
    /// When set, every operation fails with this error (a storage that broke after opening).
    pub broken: Option<BackendError>,
}

impl MemoryBackend {
    /// An empty backend without a quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every key currently held, in order.
    pub fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }

    fn check(&self) -> Result<(), BackendError> {
        match &self.broken {
            Some(error) => Err(error.clone()),
            None => Ok(()),
        }
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.check()?;
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.check()?;
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(BackendError::Full);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.check()?;
        self.entries.remove(key);
        Ok(())
    }
}
