//! Project tasks, run as `cargo xtask <task>` (the alias is in `.cargo/config.toml`): the
//! build, serve and test steps live here in Rust instead of shell scripts and Makefiles.
//!
//! - `dist`: the page in `dist/` and the single offline file (`dist.rs`, `single_file.rs`,
//!   `bundle.rs`);
//! - `serve`: `dist`, then a local static server (`serve.rs`);
//! - `test`: every check CI runs, fail-fast (`test.rs`);
//! - `setup`: install what is missing (`setup.rs`);
//! - `rules-doc`: `docs/rules.md` from the rules' metadata (`rules_doc.rs`).
//!
//! The web build's settings are in `wasm-pack.toml` (`config.rs`).

mod bundle;
mod config;
mod dist;
mod pdfjs;
mod rules_doc;
mod serve;
mod served;
mod setup;
mod single_file;
mod test;
mod util;

use std::process::ExitCode;
use util::Result;

const USAGE: &str = "\
Usage: cargo xtask <task> [options]

Tasks:
  dist               Build the page into dist/: the wasm modules listed in wasm-pack.toml
                     (release, wasm-bindgen, wasm-opt), www/, and the single offline file
                     dist/resume-analyzer.html; prints sizes and fails over a .wasm size
                     budget in wasm-pack.toml
  serve [--port N]   dist, then serve dist/ on http://127.0.0.1:N (default 8080, or the next
                     free port); Ctrl-C stops it
  test               setup, then format, clippy, native and wasm tests (Node and headless
                     Chromium), the rules-doc check, dist, the .d.ts check (tests/types) and
                     the browser tests; what CI runs
  setup              Install what is missing: the wasm32 target, the wasm-bindgen CLI matching
                     Cargo.lock, chromium/chromium-driver/binaryen (apt, as root), npm packages
                     of tests/browser, tests/types (TypeScript) and tools/pdf (PDF.js, shipped
                     with the page)
  rules-doc          Write docs/rules.md from the rules' own metadata
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            util::flush();
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result {
    let (task, rest) = match args.split_first() {
        Some((task, rest)) => (task.as_str(), rest),
        None => {
            print!("{USAGE}");
            return Ok(());
        }
    };
    let no_options = |rest: &[String]| match rest.first() {
        Some(extra) => Err(format!("`{task}` takes no option `{extra}`\n\n{USAGE}")),
        None => Ok(()),
    };
    match task {
        "dist" => {
            no_options(rest)?;
            setup::build_tools()?;
            dist::dist()?.within_budget().map(|_| ())
        }
        "serve" => {
            let port = serve_port(rest)?;
            setup::build_tools()?;
            let built = dist::dist()?;
            if let Some(message) = &built.over_budget {
                util::note(&format!(
                    "{message}\n      (serving anyway; `cargo xtask dist` fails on it)"
                ));
            }
            let site = built.site;
            let listener = serve::bind(port)?;
            let addr = listener
                .local_addr()
                .map_err(|e| format!("cannot read the bound address: {e}"))?;
            util::banner("serve");
            println!("Serving {} on http://{addr}/", site.display());
            println!("  single offline file: http://{addr}/resume-analyzer.html");
            println!("Press Ctrl-C to stop.");
            util::flush();
            serve::serve(listener, &site)
        }
        "test" => {
            no_options(rest)?;
            test::test()
        }
        "setup" => {
            no_options(rest)?;
            setup::setup().map(|_| ())
        }
        "rules-doc" => {
            no_options(rest)?;
            rules_doc::write()
        }
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    }
}

fn serve_port(args: &[String]) -> Result<u16> {
    let mut port = 8080;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--port" | "-p" => args.next().ok_or("--port needs a number")?.clone(),
            other => match other.strip_prefix("--port=") {
                Some(v) => v.to_string(),
                None => return Err(format!("unknown option `{other}` for serve\n\n{USAGE}")),
            },
        };
        port = value
            .parse()
            .map_err(|_| format!("--port {value}: not a port number"))?;
    }
    Ok(port)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn serve_ports() {
        assert_eq!(serve_port(&[]), Ok(8080));
        assert_eq!(serve_port(&strings(&["--port", "9000"])), Ok(9000));
        assert_eq!(serve_port(&strings(&["--port=9001"])), Ok(9001));
        assert!(serve_port(&strings(&["--port"])).is_err());
        assert!(serve_port(&strings(&["--port", "70000"])).is_err());
        assert!(serve_port(&strings(&["--host"])).is_err());
    }

    #[test]
    fn unknown_tasks_and_options_are_errors() {
        assert!(run(&strings(&["deploy"])).is_err());
        assert!(run(&strings(&["dist", "--fast"])).is_err());
    }
}
