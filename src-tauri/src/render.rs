//! How the web view draws on Linux when there is no GPU.
//!
//! WebKitGTK draws pages with Skia, by default on the GPU through OpenGL.
//! On a machine without a GPU (a virtual machine, a thin client, a laptop
//! whose driver is missing) Mesa then emulates the GPU in software
//! (llvmpipe), and every new kind of shape or glyph first compiles a shader
//! with LLVM. Measured here (`make bench`, no GPU): the first frame of the
//! cover took ~110 ms longer that way, and the web process held ~40–55 MiB
//! more, than with Skia drawing on the CPU directly.
//!
//! So when no DRM render node (`/dev/dri/renderD*`) can be opened, Trygg asks
//! WebKit for CPU rendering (`WEBKIT_SKIA_ENABLE_CPU_RENDERING=1`), before the
//! web process starts. With a GPU, WebKit's default stands. A value the user
//! set themselves is never overridden either way.

use std::path::Path;

/// WebKitGTK's switch between Skia on the CPU (`1`) and on the GPU.
pub const CPU_RENDERING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// What to do about the rendering mode at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The user (or a test) set the variable: leave it.
    UserSet,
    /// A GPU is there: WebKit's default (GPU rendering).
    Default,
    /// No GPU: ask for CPU rendering.
    Cpu,
}

/// Decides from whether the variable is set and whether a render node
/// exists. Kept apart from the environment so it can be tested.
pub fn choose(already_set: bool, gpu_render_node: bool) -> Choice {
    if already_set {
        Choice::UserSet
    } else if gpu_render_node {
        Choice::Default
    } else {
        Choice::Cpu
    }
}

/// Whether `dir` (normally `/dev/dri`) holds a render node this process can open.
pub fn has_render_node(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        e.file_name().to_string_lossy().starts_with("renderD")
            && std::fs::File::open(e.path()).is_ok()
    })
}

/// Applies the choice for this process and the web processes it starts.
/// Call first thing in `run()`, before any thread exists (the environment
/// is only written while the process is single-threaded).
pub fn prefer_cpu_rendering_without_gpu() -> Choice {
    if !cfg!(target_os = "linux") {
        return Choice::Default;
    }
    let choice = choose(
        std::env::var_os(CPU_RENDERING_ENV).is_some(),
        has_render_node(Path::new("/dev/dri")),
    );
    if choice == Choice::Cpu {
        std::env::set_var(CPU_RENDERING_ENV, "1");
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_rendering_only_without_a_gpu_and_never_over_the_users_choice() {
        assert_eq!(choose(false, false), Choice::Cpu);
        assert_eq!(choose(false, true), Choice::Default);
        assert_eq!(choose(true, false), Choice::UserSet);
        assert_eq!(choose(true, true), Choice::UserSet);
    }

    #[test]
    fn a_render_node_is_found_only_if_it_can_be_opened() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(dir.path()));
        assert!(!has_render_node(&dir.path().join("missing")));
        std::fs::write(dir.path().join("card0"), b"").unwrap();
        assert!(
            !has_render_node(dir.path()),
            "a card node is not a render node"
        );
        std::fs::write(dir.path().join("renderD128"), b"").unwrap();
        assert!(has_render_node(dir.path()));
    }
}
