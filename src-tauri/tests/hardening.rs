//! No core dumps: after the call the process is not dumpable and may not
//! write a core file. (Its own test binary, because the change is for life.)

#[cfg(unix)]
#[test]
fn after_start_up_hardening_the_process_writes_no_core_dump() {
    let core_limit = || {
        let mut l = libc::rlimit {
            rlim_cur: 7,
            rlim_max: 7,
        };
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut l) }, 0);
        (l.rlim_cur, l.rlim_max)
    };
    // Start from a limit that allows dumps where this account may set one
    // (the machine's default is often 0 already, which would prove nothing).
    let (_, hard) = core_limit();
    let allow = libc::rlimit {
        rlim_cur: hard.min(1 << 20),
        rlim_max: hard,
    };
    unsafe { libc::setrlimit(libc::RLIMIT_CORE, &allow) };
    #[cfg(target_os = "linux")]
    let dumpable = || unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
    #[cfg(target_os = "linux")]
    assert_eq!(dumpable(), 1, "a test process starts dumpable");

    trygg_app::hardening::disable_core_dumps();

    #[cfg(target_os = "linux")]
    assert_eq!(dumpable(), 0, "no longer dumpable");
    assert_eq!(core_limit(), (0, 0), "no core file of any size");
    // And it cannot be raised again (except by root, who may raise any limit).
    if unsafe { libc::geteuid() } != 0 {
        let more = libc::rlimit {
            rlim_cur: 1024,
            rlim_max: 1024,
        };
        assert_ne!(unsafe { libc::setrlimit(libc::RLIMIT_CORE, &more) }, 0);
    }
}
