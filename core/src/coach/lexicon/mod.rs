//! The coach's word knowledge, written for this project: feeling words by family,
//! roadblock patterns, listening moves (tentative openers, checks), stop words and
//! synonyms. Compiled once, on first use.

pub mod feelings;
pub mod listening;
pub mod roadblocks;
pub mod words;
