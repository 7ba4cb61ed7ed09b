//! Lock when the system suspends (Linux desktop).
//!
//! A suspend that does not take the window's focus (no screen locker, lid
//! closed on a kiosk-like session) would otherwise leave the vault open and
//! the app on screen at resume. Two independent parts cover it:
//!
//! 1. **Before sleep** — logind's `PrepareForSleep(true)` on the system bus.
//!    The app holds a *delay* inhibitor lock, so logind waits (up to its
//!    `InhibitDelayMaxSec`, 5 s by default) until the app has shown the
//!    cover and dropped the keys; the lock is released right after, and
//!    taken again on `PrepareForSleep(false)` (resume). `systemd-inhibit
//!    --list` shows who and why, so both strings are neutral.
//! 2. **After resume** — a watchdog thread compares how far
//!    `CLOCK_BOOTTIME` and `CLOCK_MONOTONIC` advanced since its last look.
//!    On Linux, MONOTONIC stops while the system is suspended and BOOTTIME
//!    does not, so a gap between the two is time spent asleep. This catches
//!    every suspend, including those logind never announced (no system bus,
//!    `echo mem > /sys/power/state`, an inhibitor that timed out), at the
//!    cost of acting only after resume (within about a second).
//!
//! Either part locks as the focus-loss path does (see [`crate::privacy`]):
//! emit [`LOCKED_EVENT`] so the UI shows the cover and sends its last edit,
//! wait [`LOCK_GRACE`] for that save, then lock the vault (zeroising its
//! keys). Unlike the focus path the lock here is unconditional, not guarded
//! by the unlock epoch: an unlock whose key derivation was running when the
//! machine went to sleep must not leave the vault open across the suspend
//! (`lock_vault` waits for the vault, so it locks after such an unlock).
//!
//! Without a system bus (CI, Xvfb, containers) part 1 gives up quietly and
//! part 2 still runs. On other platforms [`start`] does nothing: mobile apps
//! lock when they go to the background, and other desktops are not covered
//! here.

use std::time::Duration;
use tauri::{AppHandle, Runtime};

/// One reading of the two clocks, taken together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockReading {
    /// `CLOCK_BOOTTIME`: keeps counting while the system is suspended.
    pub boottime: Duration,
    /// `CLOCK_MONOTONIC`: stops while the system is suspended.
    pub monotonic: Duration,
}

/// How much more BOOTTIME must advance than MONOTONIC between two readings
/// to count as a suspend. Far above the scheduling and NTP-slew jitter
/// between two clocks read back to back (micro- to milliseconds), far below
/// any real suspend (seconds at least).
pub const SUSPEND_THRESHOLD: Duration = Duration::from_secs(2);

/// How often the watchdog reads the clocks.
pub const WATCH_INTERVAL: Duration = Duration::from_secs(1);

/// True if the system was suspended between `before` and `after`.
///
/// Only the difference between the two clocks' advances counts. A thread
/// that was merely stalled (load, a debugger, SIGSTOP) sees both clocks
/// advance alike, and changes to the wall clock (`CLOCK_REALTIME`: NTP
/// steps, the user setting the time, time zones) touch neither clock. A
/// reading that went backwards (impossible for these clocks) counts as no
/// advance rather than wrapping around.
pub fn slept_between(before: ClockReading, after: ClockReading) -> bool {
    let boot = after.boottime.saturating_sub(before.boottime);
    let mono = after.monotonic.saturating_sub(before.monotonic);
    boot.saturating_sub(mono) > SUSPEND_THRESHOLD
}

/// Starts the suspend watchdog and, where there is a system bus, the
/// logind listener. Returns at once; both run on their own threads for the
/// life of the app. A thread that cannot be started is left out quietly:
/// focus loss, idle and close still lock.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        linux::start_watchdog(app.clone());
        linux::start_logind(app.clone());
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(target_os = "linux")]
mod linux {
    use super::{slept_between, ClockReading, WATCH_INTERVAL};
    use crate::privacy::{LOCKED_EVENT, LOCK_GRACE};
    use crate::state::AppState;
    use gio::glib;
    use gio::prelude::*;
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::time::Duration;
    use tauri::{AppHandle, Emitter, Manager, Runtime};

    /// Shown by `systemd-inhibit --list`: neutral on purpose (threat model:
    /// someone else may look at this machine).
    const INHIBIT_WHO: &str = "Calculator";
    const INHIBIT_WHY: &str = "Saving state";

    const LOGIND: &str = "org.freedesktop.login1";
    const LOGIND_PATH: &str = "/org/freedesktop/login1";
    const LOGIND_MANAGER: &str = "org.freedesktop.login1.Manager";
    /// A D-Bus call to logind gives up after this long (ms).
    const CALL_TIMEOUT_MS: i32 = 5_000;

    /// Shows the cover, lets a pending save land, locks the vault.
    fn lock_now<R: Runtime>(app: &AppHandle<R>) {
        if let Some(state) = app.try_state::<AppState>() {
            state.note_hide();
        }
        let _ = app.emit(LOCKED_EVENT, ());
        std::thread::sleep(LOCK_GRACE);
        if let Some(state) = app.try_state::<AppState>() {
            state.lock_vault();
        }
    }

    fn read_clock(clock: libc::clockid_t) -> Option<Duration> {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec that outlives the call;
        // clock_gettime only writes into it.
        let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
        if rc != 0 {
            return None;
        }
        Some(Duration::new(
            u64::try_from(ts.tv_sec).ok()?,
            u32::try_from(ts.tv_nsec).ok()?,
        ))
    }

    /// Both clocks, read back to back. `None` if the kernel lacks one
    /// (BOOTTIME exists since Linux 2.6.39).
    pub(super) fn read_clocks() -> Option<ClockReading> {
        let monotonic = read_clock(libc::CLOCK_MONOTONIC)?;
        let boottime = read_clock(libc::CLOCK_BOOTTIME)?;
        Some(ClockReading {
            boottime,
            monotonic,
        })
    }

    pub(super) fn start_watchdog<R: Runtime>(app: AppHandle<R>) {
        let Some(mut last) = read_clocks() else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("clock-watch".into())
            .spawn(move || loop {
                std::thread::sleep(WATCH_INTERVAL);
                let Some(now) = read_clocks() else {
                    continue;
                };
                if slept_between(last, now) {
                    lock_now(&app);
                    // Measure the next interval from after the lock.
                    last = read_clocks().unwrap_or(now);
                } else {
                    last = now;
                }
            });
    }

    pub(super) fn start_logind<R: Runtime>(app: AppHandle<R>) {
        let _ = std::thread::Builder::new()
            .name("sleep-notice".into())
            .spawn(move || {
                if listen_logind(app).is_none() && cfg!(debug_assertions) {
                    // Neutral on purpose: no error text, no path, no purpose.
                    eprintln!("sleep notice: no system bus; the clock watchdog covers resume");
                }
            });
    }

    /// Runs a main loop of its own that hears `PrepareForSleep`. Returns
    /// `None` at once if there is no system bus; otherwise never returns.
    fn listen_logind<R: Runtime>(app: AppHandle<R>) -> Option<()> {
        let context = glib::MainContext::new();
        context
            .with_thread_default(|| {
                let conn =
                    gio::bus_get_sync(gio::BusType::System, None::<&gio::Cancellable>).ok()?;
                // The shared system-bus connection would end the process if
                // the bus went away (a D-Bus restart); the watchdog still
                // covers suspend then, so keep running.
                conn.set_exit_on_close(false);
                let inhibitor = Rc::new(RefCell::new(take_inhibitor(&conn)));
                let _subscription = conn.signal_subscribe(
                    Some(LOGIND),
                    Some(LOGIND_MANAGER),
                    Some("PrepareForSleep"),
                    Some(LOGIND_PATH),
                    None,
                    gio::DBusSignalFlags::NONE,
                    move |conn, _sender, _path, _iface, _signal, params| {
                        let Some((going_to_sleep,)) = params.get::<(bool,)>() else {
                            return;
                        };
                        if going_to_sleep {
                            lock_now(&app);
                            // Dropping the fd list closes the fd: logind
                            // may now suspend.
                            drop(inhibitor.borrow_mut().take());
                        } else if inhibitor.borrow().is_none() {
                            *inhibitor.borrow_mut() = take_inhibitor(conn);
                        }
                    },
                );
                glib::MainLoop::new(Some(&context), false).run();
                Some(())
            })
            .ok()
            .flatten()
    }

    /// Asks logind for a delay lock on sleep. The lock is the file
    /// descriptor in the returned list; it holds as long as the list lives.
    /// `None` if logind or polkit refuses (the signal is still heard, only
    /// without the guaranteed delay).
    fn take_inhibitor(conn: &gio::DBusConnection) -> Option<gio::UnixFDList> {
        let args = ("sleep", INHIBIT_WHO, INHIBIT_WHY, "delay").to_variant();
        let reply_type = glib::VariantTy::new("(h)").ok()?;
        let (_reply, fds) = conn
            .call_with_unix_fd_list_sync(
                Some(LOGIND),
                LOGIND_PATH,
                LOGIND_MANAGER,
                "Inhibit",
                Some(&args),
                Some(reply_type),
                gio::DBusCallFlags::NONE,
                CALL_TIMEOUT_MS,
                None::<&gio::UnixFDList>,
                None::<&gio::Cancellable>,
            )
            .ok()?;
        (fds.length() > 0).then_some(fds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(boot_ms: u64, mono_ms: u64) -> ClockReading {
        ClockReading {
            boottime: Duration::from_millis(boot_ms),
            monotonic: Duration::from_millis(mono_ms),
        }
    }

    // Typical values: BOOTTIME is ahead of MONOTONIC by the suspends since
    // boot (here 90 s of earlier sleep).
    const BOOT0: u64 = 3_690_000;
    const MONO0: u64 = 3_600_000;

    #[test]
    fn a_suspend_between_two_readings_is_seen() {
        // One watchdog tick (1 s awake) around 45 min asleep.
        let before = at(BOOT0, MONO0);
        let after = at(BOOT0 + 1_000 + 45 * 60_000, MONO0 + 1_000);
        assert!(slept_between(before, after));
    }

    #[test]
    fn a_short_suspend_just_over_the_threshold_is_seen() {
        let before = at(BOOT0, MONO0);
        let after = at(BOOT0 + 1_000 + 2_001, MONO0 + 1_000);
        assert!(slept_between(before, after));
    }

    #[test]
    fn an_ordinary_tick_is_not_a_suspend() {
        let before = at(BOOT0, MONO0);
        let after = at(BOOT0 + 1_000, MONO0 + 1_000);
        assert!(!slept_between(before, after));
    }

    #[test]
    fn jitter_between_the_clocks_under_the_threshold_is_not_a_suspend() {
        // The two clocks are read one after the other, so either may be a
        // little ahead; even 2 s of difference does not count.
        let before = at(BOOT0, MONO0);
        assert!(!slept_between(before, at(BOOT0 + 1_003, MONO0 + 1_000)));
        assert!(!slept_between(before, at(BOOT0 + 1_000, MONO0 + 1_003)));
        assert!(!slept_between(before, at(BOOT0 + 3_000, MONO0 + 1_000)));
    }

    #[test]
    fn a_stalled_thread_is_not_a_suspend() {
        // The watchdog was not scheduled for a minute (load, SIGSTOP): both
        // clocks moved on alike.
        let before = at(BOOT0, MONO0);
        let after = at(BOOT0 + 60_000, MONO0 + 60_000);
        assert!(!slept_between(before, after));
    }

    #[test]
    fn wall_clock_changes_do_not_matter() {
        // Setting the wall clock an hour forward or back (or an NTP step)
        // changes CLOCK_REALTIME only; BOOTTIME and MONOTONIC advance by the
        // tick as ever, so the readings the watchdog sees are these.
        let before = at(BOOT0, MONO0);
        let after = at(BOOT0 + 1_000, MONO0 + 1_000);
        assert!(!slept_between(before, after));
        // And a suspend during which the wall clock was set back is still
        // seen: the wall clock is no input.
        let after_sleep = at(BOOT0 + 1_000 + 600_000, MONO0 + 1_000);
        assert!(slept_between(before, after_sleep));
    }

    #[test]
    fn readings_that_go_backwards_are_not_a_suspend() {
        let before = at(BOOT0, MONO0);
        assert!(!slept_between(before, at(BOOT0 - 5_000, MONO0 + 1_000)));
        assert!(!slept_between(before, at(BOOT0 + 1_000, MONO0 - 5_000)));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_real_clocks_read_back_to_back_show_no_suspend() {
        let a = linux::read_clocks().unwrap();
        let b = linux::read_clocks().unwrap();
        assert!(b.monotonic >= a.monotonic);
        assert!(b.boottime >= a.boottime);
        assert!(!slept_between(a, b));
    }
}
