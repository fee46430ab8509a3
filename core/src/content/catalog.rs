//! What can be practised on this device: the built-in drills and role-plays, then the
//! exercises of every content pack that is turned on, each of those marked with its pack.
//! Pages and reducers look exercises up here, never in the built-in library directly, so a
//! pack's exercises appear wherever the built-in ones do.

use std::rc::Rc;

use super::drill::Drill;
use super::library::built_in;
use super::pack::{Pack, PackHeader};
use crate::scenario::library::built_in as built_in_scenarios;
use crate::scenario::model::Scenario;

/// The exercises on this device. Cheap to clone: the packs are shared, and the built-in
/// content is read only when first asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    packs: Rc<Vec<Pack>>,
}

impl Catalog {
    /// The built-in content plus `packs` (which the caller has checked), in that order.
    pub fn with_packs(packs: Vec<Pack>) -> Catalog {
        Catalog {
            packs: Rc::new(packs),
        }
    }

    /// The packs whose exercises are included.
    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    /// Every drill: built-in first, then each pack's in order.
    pub fn drills(&self) -> impl Iterator<Item = &Drill> {
        built_in()
            .drills
            .iter()
            .chain(self.packs.iter().flat_map(|p| p.drills.iter()))
    }

    /// The drill with this id.
    pub fn drill(&self, id: &str) -> Option<&Drill> {
        self.drills().find(|d| d.id == id)
    }

    /// Every role-play: built-in first, then each pack's in order.
    pub fn scenarios(&self) -> impl Iterator<Item = &Scenario> {
        built_in_scenarios()
            .iter()
            .chain(self.packs.iter().flat_map(|p| p.scenarios.iter()))
    }

    /// The role-play with this id.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios().find(|s| s.id == id)
    }

    /// An exercise's title for a list that mixes sources: a pack's exercise names its pack.
    pub fn marked(&self, id: &str, title: &str) -> String {
        match self.pack_of(id) {
            Some(pack) => format!("{title} (pack: {})", pack.title),
            None => title.to_owned(),
        }
    }

    /// The pack an exercise (drill or role-play) comes from; `None` for built-in ones.
    pub fn pack_of(&self, id: &str) -> Option<&PackHeader> {
        self.packs
            .iter()
            .find(|p| p.drills.iter().any(|d| d.id == id) || p.scenarios.iter().any(|s| s.id == id))
            .map(|p| &p.header)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pack::{example, read_pack};

    #[test]
    fn packs_follow_the_built_in_content_and_are_marked() {
        let (pack, problems) = read_pack("north.txt", &example());
        assert!(problems.is_empty(), "{problems:?}");
        let catalog = Catalog::with_packs(vec![pack.unwrap()]);
        let plain = Catalog::default();
        assert_eq!(catalog.drills().count(), plain.drills().count() + 1);
        assert_eq!(catalog.drills().last().unwrap().id, "team-north-quiet-demo");
        assert_eq!(catalog.scenarios().count(), plain.scenarios().count() + 1);
        assert!(catalog.scenario("team-north-missed-handoff").is_some());
        assert_eq!(
            catalog.pack_of("team-north-quiet-demo").unwrap().title,
            "Team North: listening across time zones"
        );
        assert!(plain.drill("team-north-quiet-demo").is_none());
        let first = plain.drills().next().unwrap().id.clone();
        assert!(catalog.pack_of(&first).is_none());
        assert!(catalog.scenario("not-by-friday").is_some());
    }
}
