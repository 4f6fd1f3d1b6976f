//! `cargo xtask setup`: install what the build and tests need, skipping what is present.
//!
//! Only package registries are assumed reachable (crates.io, Debian, npm): nothing here
//! downloads a prebuilt binary from anywhere else.

use crate::util::{self, cargo, note, output, run, which, Result};
use serde::Deserialize;
use std::path::PathBuf;
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The Debian packages the tests use: (program, package). The three browser engines the page is
/// tested in: Chromium, Firefox ESR, and WebKitGTK (Safari's engine; its driver needs a virtual
/// X display, xvfb-run, as WebKitGTK has no headless mode).
const DEBIAN: [(&str, &str); 6] = [
    ("chromium", "chromium"),
    ("chromedriver", "chromium-driver"),
    ("wasm-opt", "binaryen"),
    ("firefox-esr", "firefox-esr"),
    ("WebKitWebDriver", "webkit2gtk-driver"),
    ("xvfb-run", "xvfb"),
];

/// The geckodriver release `cargo install` builds (Firefox's WebDriver; not in Debian).
const GECKODRIVER_VERSION: &str = "0.37.1";

/// What is available after setup.
pub struct Tools {
    pub chromedriver: Option<PathBuf>,
    pub chromium: bool,
    pub geckodriver: Option<PathBuf>,
    pub firefox: bool,
    pub webkit_driver: Option<PathBuf>,
    pub xvfb_run: bool,
}

pub fn setup() -> Result<Tools> {
    build_tools()?;
    debian_packages()?;
    geckodriver()?;
    npm_packages("tests/browser", "the browser tests")?;
    npm_packages("tests/types", "the .d.ts check (TypeScript)")?;
    Ok(Tools {
        chromedriver: driver("CHROMEDRIVER", "chromedriver"),
        chromium: which("chromium").is_some() || which("chromium-browser").is_some(),
        geckodriver: driver("GECKODRIVER", "geckodriver"),
        firefox: which("firefox-esr").is_some() || which("firefox").is_some(),
        webkit_driver: driver("WEBKITWEBDRIVER", "WebKitWebDriver"),
        xvfb_run: which("xvfb-run").is_some(),
    })
}

/// A WebDriver: the file `env_var` names, else `program` on PATH.
fn driver(env_var: &str, program: &str) -> Option<PathBuf> {
    std::env::var_os(env_var)
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| which(program))
}

/// geckodriver, Firefox's WebDriver, from crates.io (Debian has none): skipped when one is on
/// PATH, like the wasm-bindgen CLI. Its own lockfile builds here, so `--locked`.
fn geckodriver() -> Result {
    if let Some(path) = driver("GECKODRIVER", "geckodriver") {
        println!("ok: geckodriver ({})", path.display());
        return Ok(());
    }
    println!("geckodriver not found: installing {GECKODRIVER_VERSION} (a few minutes)");
    run(cargo().args([
        "install",
        "geckodriver",
        "--locked",
        "--version",
        GECKODRIVER_VERSION,
    ]))
}

/// What building the page needs (`dist`, `serve`), installed when missing: the wasm32 target,
/// the wasm-bindgen CLI at the locked version, npm's binaryen and PDF.js. The test and browser
/// tools are `setup`'s alone, so `cargo xtask serve` on a fresh clone installs only these.
pub fn build_tools() -> Result {
    wasm_target()?;
    wasm_bindgen_cli()?;
    npm_packages(crate::dist::NPM_WASM_OPT_DIR, "binaryen's wasm-opt")?;
    npm_packages(
        crate::pdfjs::NPM_DIR,
        "PDF.js, shipped with the page and used by tools/pdf/pdf-items.mjs",
    )
}

fn wasm_target() -> Result {
    let Some(installed) = output(Command::new("rustup").args(["target", "list", "--installed"]))
    else {
        note(&format!(
            "rustup not found: make sure the {WASM_TARGET} target is installed for this toolchain"
        ));
        return Ok(());
    };
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        println!("ok: Rust target {WASM_TARGET}");
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

/// The wasm-bindgen version Cargo.lock pins (the CLI must match it exactly).
pub fn locked_wasm_bindgen() -> Result<String> {
    /// The part of Cargo.lock read here.
    #[derive(Deserialize)]
    struct CargoLock {
        package: Vec<LockedPackage>,
    }
    #[derive(Deserialize)]
    struct LockedPackage {
        name: String,
        version: String,
    }
    let text = util::read_string(&util::root().join("Cargo.lock"))?;
    let lock: CargoLock = toml::from_str(&text).map_err(|e| format!("Cargo.lock: {e}"))?;
    lock.package
        .into_iter()
        .find(|p| p.name == "wasm-bindgen")
        .map(|p| p.version)
        .ok_or_else(|| "Cargo.lock has no wasm-bindgen package".into())
}

/// The version of the `wasm-bindgen` on PATH, if any.
pub fn installed_wasm_bindgen() -> Option<String> {
    let out = output(Command::new("wasm-bindgen").arg("--version"))?;
    out.split_whitespace().nth(1).map(str::to_string)
}

fn wasm_bindgen_cli() -> Result {
    let wanted = locked_wasm_bindgen()?;
    let installed = installed_wasm_bindgen();
    if installed.as_deref() == Some(wanted.as_str()) && which("wasm-bindgen-test-runner").is_some()
    {
        println!("ok: wasm-bindgen CLI {wanted} (matches Cargo.lock)");
        return Ok(());
    }
    match installed {
        Some(v) => {
            println!("wasm-bindgen CLI {v} does not match Cargo.lock's {wanted}: installing")
        }
        None => println!("wasm-bindgen CLI not found: installing {wanted} (a few minutes)"),
    }
    // No --locked: the CLI's own lockfile wants crate versions some registries lack.
    run(cargo().args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

fn is_root() -> bool {
    output(Command::new("id").arg("-u")).as_deref() == Some("0")
}

fn debian_packages() -> Result {
    let missing: Vec<&str> = DEBIAN
        .iter()
        .filter(|(program, _)| {
            which(program).is_none()
                && !(*program == "chromium" && which("chromium-browser").is_some())
                && !(*program == "firefox-esr" && which("firefox").is_some())
        })
        .map(|&(_, package)| package)
        .collect();
    if missing.is_empty() {
        let programs: Vec<&str> = DEBIAN.iter().map(|&(program, _)| program).collect();
        println!("ok: {}", programs.join(", "));
        return Ok(());
    }
    let install = format!("apt-get install -y {}", missing.join(" "));
    if which("apt-get").is_none() {
        note(&format!(
            "missing {} and no apt-get: install them with your package manager \
             (the browser tests and wasm-opt are skipped without them)",
            missing.join(", ")
        ));
        return Ok(());
    }
    if !is_root() {
        note(&format!(
            "missing {}: run `sudo apt-get update && sudo {install}` \
             (the browser tests and wasm-opt are skipped without them)",
            missing.join(", ")
        ));
        return Ok(());
    }
    run(Command::new("apt-get")
        .arg("update")
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get")
        .args(["install", "-y"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// `npm ci` in `dir` (relative to the root) when it has a package.json but no node_modules.
fn npm_packages(dir: &str, what: &str) -> Result {
    let path = util::root().join(dir);
    if !path.join("package.json").is_file() {
        return Ok(());
    }
    // tools/pdf may hold a node_modules from before PDF.js became part of the page: check the
    // file dist needs, not just the folder.
    let installed = if dir == crate::pdfjs::NPM_DIR {
        crate::pdfjs::installed_marker().is_file()
    } else {
        path.join("node_modules").is_dir()
    };
    if installed {
        println!("ok: {dir}/node_modules ({what})");
        return Ok(());
    }
    if which("npm").is_none() {
        note(&format!("npm not found: install Node.js 20+ for {what}"));
        return Ok(());
    }
    let subcommand = if path.join("package-lock.json").is_file() {
        "ci"
    } else {
        "install"
    };
    run(Command::new("npm").arg(subcommand).current_dir(&path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_locked_wasm_bindgen_version() {
        let version = locked_wasm_bindgen().expect("in Cargo.lock");
        assert!(version.starts_with("0.2."), "{version}");
    }
}
