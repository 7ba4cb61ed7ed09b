//! Failed-unlock counting and the back-off schedule.
//!
//! The count lives in the database (table `attempts`) and is raised and
//! committed durably *before* the KDF runs, so killing the app while a guess
//! is being checked still counts the guess. A success resets it.
//!
//! Waits are timed with the injectable monotonic [`Clock`](super::Clock)
//! only. A monotonic clock means nothing across restarts, so when the vault
//! is opened with a pending wait, the wait restarts in full from that
//! moment: restarting the app never shortens a wait, and changing the
//! wall-clock date has no effect at all.

use std::time::Duration;

/// Failures before the first wait.
pub const FREE_ATTEMPTS: u32 = 4;
/// The wipe limit a new vault starts with.
pub const DEFAULT_ATTEMPT_LIMIT: u32 = 10;

/// The wait imposed after `failures` consecutive failures: none for the
/// first four; then 30 s, 1 min, 5 min, 15 min, and 1 h for every further one.
pub fn backoff_after(failures: u32) -> Duration {
    let secs = match failures {
        0..=FREE_ATTEMPTS => 0,
        5 => 30,
        6 => 60,
        7 => 5 * 60,
        8 => 15 * 60,
        _ => 60 * 60,
    };
    Duration::from_secs(secs)
}

/// What the lock screen may show while the vault is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttemptStatus {
    /// Consecutive failed attempts since the last success.
    pub failures: u32,
    /// Failures after which the vault wipes itself; `None` = never.
    pub limit: Option<u32>,
    /// Seconds before the next attempt is accepted (0 = now).
    pub retry_after_secs: u64,
}

impl AttemptStatus {
    /// Attempts left before the wipe, if a limit is set.
    pub fn attempts_left(&self) -> Option<u32> {
        self.limit.map(|l| l.saturating_sub(self.failures))
    }
}

/// Whole seconds, rounded up, so "0" really means "now".
pub(crate) fn ceil_secs(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule() {
        let secs: Vec<u64> = (0..12).map(|n| backoff_after(n).as_secs()).collect();
        assert_eq!(secs, [0, 0, 0, 0, 0, 30, 60, 300, 900, 3600, 3600, 3600]);
        assert_eq!(ceil_secs(Duration::from_millis(1)), 1);
        assert_eq!(ceil_secs(Duration::ZERO), 0);
    }
}
