//! Passcode → key-encryption key (KEK) with Argon2id, and the passcode policy.
//!
//! The cost parameters are stored with the vault. They are calibrated at
//! creation so one derivation takes about half a second to a second on the
//! device, and never fall below the OWASP floor (m = 19 MiB, t = 2, p = 1).
//! On open, parameters above a cap are refused so that a planted header
//! cannot make the app allocate gigabytes or spin for minutes.

use super::error::VaultError;
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// Length of the KDF salt in bytes.
pub const SALT_LEN: usize = 16;
/// Length of the derived KEK in bytes.
pub const KEK_LEN: usize = 32;
/// Minimum digits of an all-digit PIN.
pub const MIN_PIN_DIGITS: usize = 6;
/// Minimum characters of a passphrase (anything that is not all digits).
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Largest memory cost `calibrate` will choose (256 MiB): past this, phones
/// risk being killed for memory, so time is added with more passes instead.
const CALIBRATE_MAX_M_KIB: u32 = 256 * 1024;
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
        if scale > 1.0 {
            let m = (f64::from(floor.m_kib) * scale).min(f64::from(CALIBRATE_MAX_M_KIB));
            // Round down to whole MiB; m is within u32 range by construction.
            let m_mib = (m / 1024.0).floor() as u32;
            params.m_kib = (m_mib * 1024).max(floor.m_kib);
            let took = time_once(&params)?.as_secs_f64();
            if took < target_s * 0.9 && params.m_kib >= CALIBRATE_MAX_M_KIB {
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
    /// 1 GiB, 64 passes, 8 lanes, and at most 4 GiB × passes in total
    /// (e.g. 1 GiB × 4 or 256 MiB × 16): several times what `calibrate` picks.
    fn default() -> Self {
        KdfCap {
            max_m_kib: 1024 * 1024,
            max_t_cost: 64,
            max_p_cost: 8,
            max_m_times_t: 4 * 1024 * 1024,
        }
    }
}

impl KdfCap {
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

/// Checks the passcode policy: an all-digit PIN of at least 6 digits, or a
/// passphrase of at least 8 characters that is not only whitespace.
pub fn check_passcode_strength(passcode: &str) -> Result<(), VaultError> {
    let all_digits = !passcode.is_empty() && passcode.bytes().all(|b| b.is_ascii_digit());
    let ok = if all_digits {
        passcode.len() >= MIN_PIN_DIGITS
    } else {
        passcode.chars().count() >= MIN_PASSPHRASE_CHARS && !passcode.trim().is_empty()
    };
    if ok {
        Ok(())
    } else {
        Err(VaultError::WeakPasscode)
    }
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
        assert!(check_passcode_strength("123456").is_ok());
        assert!(check_passcode_strength("12345").is_err());
        assert!(check_passcode_strength("").is_err());
        assert!(check_passcode_strength("abc123").is_err());
        assert!(check_passcode_strength("häst båt ö").is_ok());
        assert!(check_passcode_strength("        ").is_err());
    }

    #[test]
    fn cap_rejects_floor_violations_and_giants() {
        let cap = KdfCap::default();
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
