//! Process hardening that must happen before anything secret is in memory.
//!
//! A core dump is a copy of the process's memory written to disk (or handed
//! to a crash collector such as systemd-coredump or apport): the unlocked
//! data key, decrypted case text and the passcode as typed could all end up
//! in a file outside the vault, kept for days. So Trygg turns core dumps off
//! for itself as the first thing it does:
//!
//! - every Unix (Linux, Android, macOS, iOS, the BSDs): `RLIMIT_CORE` = 0,
//!   soft and hard, so no core file is written and the limit cannot be
//!   raised again by this process; children (WebKit's web and network
//!   processes) inherit it;
//! - Linux and Android also: `prctl(PR_SET_DUMPABLE, 0)`, which suppresses
//!   the dump even where the collector is a pipe that ignores the limit,
//!   and stops other processes of the same user from attaching with ptrace
//!   or reading `/proc/<pid>/mem`. The flag does not survive `execve`, so
//!   WebKit's child processes are covered by the inherited limit only.
//! - Windows: nothing here. Windows Error Reporting writes no full-memory
//!   dump unless LocalDumps is configured; excluding an app needs
//!   `WerAddExcludedApplication`, which a later change may call.
//!
//! Failures are ignored: a system that refuses is no worse off than before,
//! and refusing to start would lock the practitioner out of their cases.

/// Turns core dumps off for this process (see the module docs).
pub fn disable_core_dumps() {
    #[cfg(unix)]
    {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads the struct, which lives across the call.
        let _ = unsafe { libc::setrlimit(libc::RLIMIT_CORE, &none) };
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        // SAFETY: PR_SET_DUMPABLE takes plain integers and no pointers.
        let _ = unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) };
    }
}
