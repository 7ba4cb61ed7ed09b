//! Backup tests that need the vault's test hooks; the rest are in
//! tests/integration/backup.rs.

use super::*;
use crate::casebook;
use crate::guidance::catalogue;
use crate::vault::{KdfParams, VaultOptions};

fn vault(dir: &tempfile::TempDir, name: &str) -> Vault {
    let mut v = Vault::open(dir.path().join(name), VaultOptions::default()).unwrap();
    v.create("4711081542", KdfParams::FLOOR).unwrap();
    v
}

#[test]
fn a_full_disk_during_import_changes_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut source = vault(&dir, "a.db");
    for i in 0..40 {
        let c = casebook::create(&mut source, &format!("Fall {i}")).unwrap();
        let mut plan = crate::domain::CrisisPlan::new(c.id);
        plan.situation = "x".repeat(1500);
        casebook::save_plan(&mut source, &c.id, plan).unwrap();
    }
    let pass = "lagom lång fras";
    let file = export(
        &source,
        pass,
        ExportOptions::new(KdfParams::FLOOR),
        Utc::now(),
    )
    .unwrap()
    .file;

    let mut target = vault(&dir, "b.db");
    let kept = casebook::create(&mut target, "Kvar").unwrap();
    target.limit_growth_for_test(2);
    let err = import(
        &mut target,
        &file,
        pass,
        ImportMode::Replace,
        &catalogue(),
        &KdfCap::default(),
    )
    .unwrap_err();
    assert_eq!(err, BackupError::DiskFull);
    assert_eq!(crate::error::Coded::code(&err), "disk_full");
    let list = casebook::list(&mut target).unwrap();
    assert_eq!(list.cases.len(), 1, "the replace was rolled back whole");
    assert_eq!(list.cases[0].id, kept.id);
}
