use super::*;
use crate::content::pack::example;

fn imported(packs: &Packs, source: &str) -> Packs {
    match packs.import("north.txt", source, 1_000) {
        (Some(next), ImportReport::Imported(_)) => next,
        other => panic!("not imported: {other:?}"),
    }
}

fn refused(packs: &Packs, source: &str) -> Vec<Diagnostic> {
    match packs.import("north.txt", source, 1_000) {
        (None, ImportReport::Refused { problems, .. }) => problems,
        other => panic!("not refused: {other:?}"),
    }
}

fn version(source: &str, n: u32) -> String {
    source.replace("version: 1", &format!("version: {n}"))
}

#[test]
fn a_valid_pack_is_imported_on_and_its_exercises_join_the_catalog() {
    let (next, report) = Packs::default().import("north.txt", &example(), 42);
    let next = next.expect("imported");
    let ImportReport::Imported(text) = report else {
        panic!("{report:?}")
    };
    assert!(text.contains("1 drill and 1 role-play"), "{text}");
    let pack = next.get("team-north").unwrap();
    assert!(pack.enabled);
    assert_eq!(pack.imported_at, 42);
    assert_eq!(pack.source, example(), "kept exactly, for export");
    assert_eq!(pack.export_name(), "team-north-v1.txt");
    assert_eq!(pack.drills, vec!["team-north-quiet-demo"]);
    assert!(pack.owns("team-north-missed-handoff"));
    let (catalog, problems) = next.catalog();
    assert!(problems.is_empty());
    assert!(catalog.drill("team-north-quiet-demo").is_some());
    assert!(catalog.scenario("team-north-missed-handoff").is_some());
}

#[test]
fn a_broken_pack_is_refused_with_every_problem_and_nothing_changes() {
    let packs = imported(&Packs::default(), &example());
    let broken =
        "pack: team-west\ntitle: West\nauthr: Bo\nversion: one\nlanguage: en\n\ndrill: x\n";
    let problems = refused(&packs, broken);
    assert!(problems.len() >= 3, "{problems:?}");
    assert!(problems.iter().all(|p| p.line > 0 && p.column > 0));
    assert!(problems
        .iter()
        .any(|p| p.fix.as_deref() == Some("did you mean `author:`?")));
    assert_eq!(packs.list.len(), 1);
}

#[test]
fn a_newer_version_replaces_the_old_one_in_place() {
    let first = imported(&Packs::default(), &example());
    let first = first.set_enabled("team-north", false).unwrap();
    let two = version(&example(), 2).replace("The quiet demo", "The silent demo");
    let (next, report) = first.import("north-v2.txt", &two, 9);
    let next = next.unwrap();
    assert!(
        matches!(report, ImportReport::Imported(ref t) if t.starts_with("Updated “Team North: listening across time zones” from version 1 to 2")),
        "{report:?}"
    );
    assert_eq!(next.list.len(), 1);
    let pack = next.get("team-north").unwrap();
    assert_eq!(pack.header.version, 2);
    assert!(pack.enabled, "a re-import is meant to be used");
    let (catalog, _) = next.catalog();
    assert_eq!(
        catalog.drill("team-north-quiet-demo").unwrap().title,
        "The silent demo"
    );
}

#[test]
fn the_same_text_twice_changes_nothing_and_older_or_equal_versions_are_refused() {
    let two = version(&example(), 2);
    let packs = imported(&Packs::default(), &two);
    let (next, report) = packs.import("again.txt", &two, 5);
    assert!(next.is_none());
    assert!(matches!(report, ImportReport::Imported(ref t) if t.contains("already imported")));

    let changed = two.replace("The quiet demo", "Another title");
    let same_version = refused(&packs, &changed);
    assert_eq!(same_version.len(), 1);
    assert_eq!(same_version[0].line, 5, "points at the version line");
    assert_eq!(
        same_version[0].fix.as_deref(),
        Some("raise the version to `version: 3` so this one replaces it")
    );
    let older = refused(&packs, &example());
    assert!(older[0]
        .message
        .contains("older than the imported version 2"));
}

#[test]
fn two_packs_cannot_share_an_exercise_id() {
    let packs = imported(&Packs::default(), &example());
    let copy = example().replacen("pack: team-north", "pack: team-south", 1);
    let problems = refused(&packs, &copy);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0]
        .message
        .contains("`team-north-quiet-demo` is already used by the pack “Team North"));
    assert_eq!(
        problems[0].fix.as_deref(),
        Some("give it an id of its own, for example `team-south-team-north-quiet-demo`")
    );
}

#[test]
fn a_pack_turned_off_leaves_the_catalog_and_comes_back() {
    let packs = imported(&Packs::default(), &example());
    assert!(
        packs.set_enabled("team-north", true).is_none(),
        "already on"
    );
    let off = packs.set_enabled("team-north", false).unwrap();
    assert!(off.catalog().0.drill("team-north-quiet-demo").is_none());
    let on = off.set_enabled("team-north", true).unwrap();
    assert!(on.catalog().0.drill("team-north-quiet-demo").is_some());
    assert!(packs.set_enabled("nope", false).is_none());
    let (rest, removed) = packs.remove("team-north").unwrap();
    assert!(rest.list.is_empty());
    assert_eq!(removed.header.id, "team-north");
    assert!(packs.remove("nope").is_none());
}

#[test]
fn packs_already_read_are_reused_by_id_and_version() {
    let packs = imported(&Packs::default(), &example());
    let (mut catalog, _) = packs.catalog();
    let mut read = catalog.packs().to_vec();
    read[0].drills[0].title = "Already read".into();
    catalog = Catalog::with_packs(read);
    let (again, _) = packs.catalog_after(&catalog);
    assert_eq!(
        again.drill("team-north-quiet-demo").unwrap().title,
        "Already read"
    );
    let two = imported(&packs, &version(&example(), 2));
    let (updated, _) = two.catalog_after(&catalog);
    assert_eq!(
        updated.drill("team-north-quiet-demo").unwrap().title,
        "The quiet demo",
        "a new version is read"
    );
}

#[test]
fn a_stored_pack_that_no_longer_reads_is_kept_but_left_out() {
    let mut packs = imported(&Packs::default(), &example());
    packs.list[0].source = packs.list[0].source.replace("kind: reflect", "kind: shout");
    let (catalog, problems) = packs.catalog();
    assert!(catalog.packs().is_empty());
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with(
            "The content pack “Team North: listening across time zones” could not be loaded"
        ),
        "{}",
        problems[0]
    );
    assert_eq!(packs.list.len(), 1);
}

#[test]
fn a_stored_pack_is_not_judged_again_by_the_coach() {
    // As if a later coach no longer accepted a model answer this device's coach accepted:
    // import refuses such a text, but a stored pack keeps its exercises.
    let advice = "model: You should just ask them for feedback before the next demo.";
    let source = example().replacen(
        example().lines().find(|l| l.starts_with("model:")).unwrap(),
        advice,
        1,
    );
    let problems = refused(&Packs::default(), &source);
    assert!(
        problems.iter().any(|p| p
            .message
            .starts_with("the coach does not accept this model answer")),
        "{problems:?}"
    );

    let mut packs = imported(&Packs::default(), &example());
    packs.list[0].source = source;
    let (catalog, problems) = packs.catalog();
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(catalog.packs().len(), 1);
    assert!(catalog
        .drill("team-north-quiet-demo")
        .is_some_and(|d| d.models.iter().any(|m| advice.ends_with(&m.text))));
}

#[test]
fn a_device_keeps_at_most_max_packs() {
    let mut packs = Packs::default();
    for n in 0..MAX_PACKS {
        let source = example().replace("team-north", &format!("p{n}"));
        packs = imported(&packs, &source);
    }
    let problems = refused(&packs, &example());
    assert!(problems[0].message.contains("already has 20 packs"));
}

#[test]
fn the_record_round_trips() {
    let packs = imported(&Packs::default(), &example());
    let json = serde_json::to_string(&packs).unwrap();
    assert_eq!(serde_json::from_str::<Packs>(&json).unwrap(), packs);
}

#[test]
fn the_highest_version_number_does_not_overflow_the_fix() {
    let top = version(&example(), u32::MAX);
    let packs = imported(&Packs::default(), &top);
    let problems = refused(&packs, &top.replace("The quiet demo", "Another"));
    assert!(problems[0].fix.as_deref().unwrap().contains("4294967295"));
    assert_eq!(problems[0].place(), "Line 5, column 10");
}

#[test]
fn a_refusal_says_to_fix_the_text_where_it_came_from() {
    use crate::content::problems::STUDIO_FILE;
    let broken = example().replace("difficulty: 1", "difficulty: 4");
    let remedy = |file: &str| {
        let (next, report) = Packs::default().import(file, &broken, 1_000);
        assert!(next.is_none());
        report.remedy().expect("a refusal says what to do")
    };
    assert_eq!(
        remedy(PASTED_FILE),
        "Fix these in the pasted text and import it again. Your packs and progress are as they were."
    );
    assert_eq!(
        remedy(STUDIO_FILE),
        "Fix these in the studio\u{2019}s text and import it again. Your packs and progress are as they were."
    );
    assert_eq!(
        remedy("north.txt"),
        "Fix these in the file and import it again. Your packs and progress are as they were."
    );
    assert_eq!(ImportReport::Imported("In.".into()).remedy(), None);
}
