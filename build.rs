//! Embeds every `locales/<tag>/*.ftl` into the core, so the app needs no
//! file access to load its text (the same on desktop and mobile).
use std::{env, fs, path::Path};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo");
    let locales = Path::new(&root).join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    let mut tags: Vec<_> = fs::read_dir(&locales)
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    tags.sort_by_key(|e| e.file_name());
    for tag_dir in tags {
        let tag = tag_dir.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", tag_dir.path().display());
        let mut files: Vec<_> = fs::read_dir(tag_dir.path())
            .expect("locale dir readable")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl" || x == "json"))
            .collect();
        files.sort();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            entries.push(format!(
                "    ({tag:?}, {name:?}, include_str!({path:?})),\n",
                path = f.display().to_string()
            ));
        }
    }
    let out =
        Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("locale_files.rs");
    let body = format!(
        "/// (locale tag, file name, contents) of every embedded locale file.\npub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(out, body).expect("OUT_DIR writable");
}
