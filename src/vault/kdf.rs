//! Passcode → key-encryption key (KEK) with Argon2id, and the passcode policy.
//!
//! The cost parameters are stored with the vault. They are calibrated at
//! creation so one derivation takes about half a second to a second on the
//! device, and never fall below the OWASP floor (m = 19 MiB, t = 2, p = 1).
//! On open, parameters above a cap are refused so that a planted header
//! cannot make the app allocate gigabytes or spin for minutes.

use super::error::VaultError;
use super::strength::{assess_passcode, WeakReason};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// Length of the KDF salt in bytes.
pub const SALT_LEN: usize = 16;
/// Length of the derived KEK in bytes.
pub const KEK_LEN: usize = 32;

/// Largest memory cost `calibrate` will choose (256 MiB): past this, phones
/// risk being killed for memory, so time is added with more passes instead.
/// On a device with little memory, the device's cap ([`KdfCap::default`])
/// is lower still and wins.
const CALIBRATE_MAX_M_KIB: u32 = 256 * 1024;
/// The fixed ceiling on the memory cost accepted from a file: 1 GiB.
pub const MAX_M_KIB: u32 = 1024 * 1024;
/// At most this share of the device's physical memory (1/4) is accepted as
/// a memory cost, so a planted vault or backup header cannot make a phone
/// with little memory allocate until the system kills the app.
pub const MAX_MEMORY_SHARE_DIVISOR: u64 = 4;
/// Largest pass count `calibrate` will choose.
const CALIBRATE_MAX_T: u32 = 16;

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    /// Memory cost in KiB.
    pub m_kib: u32,
    /// Number of passes.
    pub t_cost: u32,
    /// Lanes (degree of parallelism).
    pub p_cost: u32,
}

impl KdfParams {
    /// The lowest parameters the vault accepts (OWASP's Argon2id minimum).
    /// Tests and benches pass this explicitly to stay fast.
    pub const FLOOR: KdfParams = KdfParams {
        m_kib: 19 * 1024,
        t_cost: 2,
        p_cost: 1,
    };

    /// True when every parameter is at or above [`KdfParams::FLOOR`].
    pub fn meets_floor(&self) -> bool {
        self.m_kib >= Self::FLOOR.m_kib
            && self.t_cost >= Self::FLOOR.t_cost
            && self.p_cost >= Self::FLOOR.p_cost
    }

    /// Picks parameters so that one derivation takes about `target` on this
    /// device: memory first (up to 256 MiB, which is what makes Argon2id
    /// expensive for GPUs), then passes. Never returns less than the floor.
    /// Runs the KDF at the floor three times, then once at the chosen memory
    /// cost, so it takes a little over `target`.
    pub fn calibrate(target: Duration) -> Result<KdfParams, VaultError> {
        let floor = Self::FLOOR;
        // The fastest of three runs: the device's real speed, not a moment
        // when another app happened to be busy.
        let mut base = time_once(&floor)?;
        for _ in 0..2 {
            base = base.min(time_once(&floor)?);
        }
        let target_s = target.as_secs_f64();
        let scale = target_s / base.as_secs_f64().max(1e-6);
        let mut params = floor;
        let max_m = CALIBRATE_MAX_M_KIB.min(KdfCap::default().max_m_kib);
        if scale > 1.0 {
            let m = (f64::from(floor.m_kib) * scale).min(f64::from(max_m));
            // Round down to whole MiB; m is within u32 range by construction.
            let m_mib = (m / 1024.0).floor() as u32;
            params.m_kib = (m_mib * 1024).max(floor.m_kib);
            let took = time_once(&params)?.as_secs_f64();
            if took < target_s * 0.9 && params.m_kib >= max_m {
                let t = (f64::from(params.t_cost) * target_s / took.max(1e-6)).round();
                params.t_cost = (t as u32).clamp(floor.t_cost, CALIBRATE_MAX_T);
            }
        }
        Ok(params)
    }
}

/// Upper bounds on KDF parameters accepted when opening a vault (and when
/// creating one). Protects against a planted or corrupted header that would
/// freeze or crash the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfCap {
    pub max_m_kib: u32,
    pub max_t_cost: u32,
    pub max_p_cost: u32,
    /// Cap on m × t (KiB × passes), i.e. the total memory traffic.
    pub max_m_times_t: u64,
}

impl Default for KdfCap {
    /// [`KdfCap::for_memory`] of this device's physical memory.
    fn default() -> Self {
        KdfCap::for_memory(physical_memory_bytes())
    }
}

impl KdfCap {
    /// The cap on a device with `physical_bytes` of memory (`None`: not
    /// known): memory at most a quarter of it and never above 1 GiB, but
    /// never below the floor (a vault must always open); 64 passes, 8
    /// lanes, and at most 4 GiB × passes in total (e.g. 1 GiB × 4 or
    /// 256 MiB × 16): several times what `calibrate` picks.
    pub fn for_memory(physical_bytes: Option<u64>) -> KdfCap {
        let share_kib = physical_bytes.map_or(u64::from(MAX_M_KIB), |b| {
            b / MAX_MEMORY_SHARE_DIVISOR / 1024
        });
        let m = share_kib.clamp(u64::from(KdfParams::FLOOR.m_kib), u64::from(MAX_M_KIB));
        KdfCap {
            max_m_kib: u32::try_from(m).unwrap_or(MAX_M_KIB),
            max_t_cost: 64,
            max_p_cost: 8,
            max_m_times_t: 4 * 1024 * 1024,
        }
    }

    /// Accepts `p` if it meets the floor and stays under this cap.
    pub fn check(&self, p: &KdfParams) -> Result<(), VaultError> {
        let ok = p.meets_floor()
            && p.m_kib <= self.max_m_kib
            && p.t_cost <= self.max_t_cost
            && p.p_cost <= self.max_p_cost
            && u64::from(p.m_kib) * u64::from(p.t_cost) <= self.max_m_times_t
            // Argon2 needs at least 8 KiB per lane.
            && p.m_kib >= 8 * p.p_cost;
        if ok {
            Ok(())
        } else {
            Err(VaultError::KdfParamsRejected)
        }
    }
}

/// Checks the passcode policy ([`super::strength`]): a PIN of at least 6
/// digits that is no repeat, run or common PIN, or a passphrase of at least
/// 8 characters that zxcvbn scores 2 or more. `WeakPasscode` carries why.
pub fn check_passcode_strength(passcode: &str) -> Result<(), VaultError> {
    let s = assess_passcode(passcode);
    if s.acceptable {
        Ok(())
    } else {
        Err(VaultError::WeakPasscode {
            reason: s.reason.unwrap_or(WeakReason::Guessable),
        })
    }
}

/// This device's physical memory in bytes, if the system says.
#[cfg(unix)]
pub fn physical_memory_bytes() -> Option<u64> {
    // SAFETY: sysconf takes an integer name and touches no memory of ours.
    let (pages, page_size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    let pages = u64::try_from(pages).ok().filter(|&p| p > 0)?;
    let page_size = u64::try_from(page_size).ok().filter(|&p| p > 0)?;
    pages.checked_mul(page_size)
}

/// This device's physical memory: not asked for here (Windows), so the
/// fixed 1 GiB cap applies.
#[cfg(not(unix))]
pub fn physical_memory_bytes() -> Option<u64> {
    None
}

/// Derives the 32-byte KEK. Argon2's working memory is held in a
/// `Zeroizing` buffer and wiped before it is freed, because every block of
/// it is derived from the passcode.
pub(crate) fn derive_kek(
    passcode: &str,
    salt: &[u8; SALT_LEN],
    params: &KdfParams,
) -> Result<Zeroizing<[u8; KEK_LEN]>, VaultError> {
    let argon = argon2_for(params)?;
    let mut memory: Zeroizing<Vec<Block>> =
        Zeroizing::new(vec![Block::default(); argon.params().block_count()]);
    let mut out = Zeroizing::new([0u8; KEK_LEN]);
    argon
        .hash_password_into_with_memory(passcode.as_bytes(), salt, &mut *out, &mut **memory)
        .map_err(|_| VaultError::Crypto)?;
    Ok(out)
}

fn argon2_for(params: &KdfParams) -> Result<Argon2<'static>, VaultError> {
    let p = Params::new(params.m_kib, params.t_cost, params.p_cost, Some(KEK_LEN))
        .map_err(|_| VaultError::KdfParamsRejected)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, p))
}

fn time_once(params: &KdfParams) -> Result<Duration, VaultError> {
    let salt = [0u8; SALT_LEN];
    let start = Instant::now();
    derive_kek("calibration only", &salt, params)?;
    Ok(start.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passcode_policy() {
        let weak = |reason| Err(VaultError::WeakPasscode { reason });
        assert_eq!(check_passcode_strength("480613"), Ok(()));
        assert_eq!(check_passcode_strength("12345"), weak(WeakReason::TooShort));
        assert_eq!(check_passcode_strength(""), weak(WeakReason::TooShort));
        assert_eq!(
            check_passcode_strength("abc123"),
            weak(WeakReason::TooShort)
        );
        assert_eq!(check_passcode_strength("häst båt ö"), Ok(()));
        assert_eq!(
            check_passcode_strength("        "),
            weak(WeakReason::TooShort)
        );
        assert_eq!(
            check_passcode_strength("123456"),
            weak(WeakReason::Sequence)
        );
        assert_eq!(check_passcode_strength("000000"), weak(WeakReason::Repeat));
        let e = check_passcode_strength("1234567890").unwrap_err();
        assert_eq!(crate::error::Coded::code(&e), "weak_passcode");
        assert_eq!(
            crate::error::Coded::details(&e),
            serde_json::json!({ "reason": "sequence" })
        );
    }

    #[test]
    fn cap_rejects_floor_violations_and_giants() {
        let cap = KdfCap::for_memory(None);
        assert!(cap.check(&KdfParams::FLOOR).is_ok());
        for p in [
            KdfParams {
                m_kib: 19455,
                t_cost: 2,
                p_cost: 1,
            },
            KdfParams {
                m_kib: 19456,
                t_cost: 1,
                p_cost: 1,
            },
            KdfParams {
                m_kib: 19456,
                t_cost: 2,
                p_cost: 0,
            },
            KdfParams {
                m_kib: 2 * 1024 * 1024,
                t_cost: 2,
                p_cost: 1,
            },
            KdfParams {
                m_kib: 19456,
                t_cost: 65,
                p_cost: 1,
            },
            KdfParams {
                m_kib: 19456,
                t_cost: 2,
                p_cost: 9,
            },
            KdfParams {
                m_kib: 1024 * 1024,
                t_cost: 5,
                p_cost: 1,
            },
        ] {
            assert_eq!(cap.check(&p), Err(VaultError::KdfParamsRejected), "{p:?}");
        }
    }

    #[test]
    fn the_memory_cap_is_a_quarter_of_the_device_never_above_1_gib_nor_below_the_floor() {
        const MIB: u64 = 1024 * 1024;
        const GIB: u64 = 1024 * MIB;
        let m = |bytes| KdfCap::for_memory(bytes).max_m_kib;
        assert_eq!(m(Some(16 * GIB)), 1024 * 1024, "the fixed ceiling");
        assert_eq!(m(Some(4 * GIB)), 1024 * 1024);
        assert_eq!(m(Some(2 * GIB)), 512 * 1024, "a 2 GiB phone: 512 MiB");
        assert_eq!(m(Some(GIB)), 256 * 1024);
        assert_eq!(
            m(Some(64 * MIB)),
            KdfParams::FLOOR.m_kib,
            "never below the floor"
        );
        assert_eq!(m(Some(0)), KdfParams::FLOOR.m_kib);
        assert_eq!(m(None), 1024 * 1024, "unknown: the fixed cap");
        // A planted 1 GiB header is refused on the 2 GiB phone, allowed on a desktop.
        let planted = KdfParams {
            m_kib: 1024 * 1024,
            t_cost: 2,
            p_cost: 1,
        };
        assert_eq!(
            KdfCap::for_memory(Some(2 * GIB)).check(&planted),
            Err(VaultError::KdfParamsRejected)
        );
        assert_eq!(KdfCap::for_memory(Some(16 * GIB)).check(&planted), Ok(()));
        // The floor always opens, whatever the device.
        assert_eq!(
            KdfCap::for_memory(Some(MIB)).check(&KdfParams::FLOOR),
            Ok(())
        );
    }

    #[test]
    fn this_device_reports_its_memory() {
        #[cfg(unix)]
        {
            let bytes = physical_memory_bytes().expect("sysconf knows");
            assert!(bytes >= 64 * 1024 * 1024, "{bytes}");
            assert_eq!(
                KdfCap::default(),
                KdfCap::for_memory(Some(bytes)),
                "the default cap is this device's"
            );
        }
    }

    #[test]
    fn kek_depends_on_passcode_and_salt() {
        let p = KdfParams::FLOOR;
        let a = derive_kek("123456", &[1; SALT_LEN], &p).unwrap();
        let b = derive_kek("123457", &[1; SALT_LEN], &p).unwrap();
        let c = derive_kek("123456", &[2; SALT_LEN], &p).unwrap();
        let a2 = derive_kek("123456", &[1; SALT_LEN], &p).unwrap();
        assert_eq!(*a, *a2);
        assert_ne!(*a, *b);
        assert_ne!(*a, *c);
    }
}
