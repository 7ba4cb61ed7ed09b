//! One Trygg per data folder across processes: a second process is refused
//! while the first holds the folder, and gets it once the first is killed
//! (the operating system drops the lock with the process).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;
use trygg::datadir::{DataDirError, DataLock};

const CHILD_ENV: &str = "TRYGG_DATA_LOCK_CHILD";

/// Entry point of the child process; does nothing in a normal test run.
#[test]
fn child_process_entry() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let lock = DataLock::acquire(std::path::Path::new(&dir));
    println!();
    println!("{}", if lock.is_ok() { "held" } else { "refused" });
    std::thread::sleep(Duration::from_secs(600));
    drop(lock);
}

#[test]
fn a_second_process_is_refused_until_the_first_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "data_dir_lock::child_process_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let state = loop {
        let line = lines.next().expect("the child reports").unwrap();
        if line == "held" || line == "refused" {
            break line;
        }
    };
    assert_eq!(state, "held");
    let here = DataLock::acquire(dir.path());
    let killed = child.kill();
    let _ = child.wait();
    assert_eq!(here.unwrap_err(), DataDirError::AlreadyRunning);
    killed.unwrap();
    // Killed, not shut down: the lock is gone with the process all the same.
    DataLock::acquire(dir.path()).expect("free after the holder died");
}
