//! The monotonic clock that times passcode back-off.
//!
//! Waits are measured only with a monotonic clock, never with wall time, so
//! moving the device's date forward cannot shorten a wait. A monotonic clock
//! has no meaning across a restart, so the vault does not try to carry the
//! remaining wait over: after the vault is opened, a pending wait restarts in
//! full (see [`crate::vault::Vault::open`]). The clock is a trait so tests can
//! simulate time passing and restarts without sleeping.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A monotonic time source. `now()` must never go backwards within one
/// process; its zero point is arbitrary.
pub trait Clock: Send + Sync {
    /// Time elapsed since an arbitrary fixed point.
    fn now(&self) -> Duration;
}

/// The real clock: [`Instant`], i.e. `CLOCK_MONOTONIC` on Linux/Android and
/// `mach_absolute_time` on Apple platforms. Neither follows wall-clock
/// changes. Both may pause while the device sleeps, which only makes a wait
/// longer, never shorter.
#[derive(Debug, Clone, Copy)]
pub struct MonotonicClock {
    start: Instant,
}

impl MonotonicClock {
    pub fn new() -> Self {
        MonotonicClock {
            start: Instant::now(),
        }
    }
}

impl Default for MonotonicClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for MonotonicClock {
    fn now(&self) -> Duration {
        self.start.elapsed()
    }
}

/// A clock that only moves when told to. For tests of the back-off schedule;
/// clones share the same time.
#[derive(Debug, Clone, Default)]
pub struct ManualClock {
    millis: Arc<AtomicU64>,
}

impl ManualClock {
    pub fn new() -> Self {
        Self::default()
    }

    /// Moves time forward by `d`.
    pub fn advance(&self, d: Duration) {
        let ms = u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        self.millis.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_millis(self.millis.load(Ordering::SeqCst))
    }
}
