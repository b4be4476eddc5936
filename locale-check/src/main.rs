//! `cargo run -p locale-check` checks the translations in `locales/` (see the library);
//! `-- --write-pseudo` regenerates the pseudo-locale from en-US first.
//! Exits with 1 if any problem is found.

// A command-line tool: its report goes to standard output.
#![allow(clippy::print_stdout)]

use std::{path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let root = locale_check::crate_dir()
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default();
    let locales = root.join("locales");
    let sources = locale_check::source_dirs(&root);
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => {}
        ["--write-pseudo"] => {
            if let Err(err) = write_pseudo(&locales) {
                eprintln!("locale-check: writing the pseudo-locale: {err}");
                return ExitCode::FAILURE;
            }
        }
        _ => {
            eprintln!("usage: locale-check [--write-pseudo]");
            return ExitCode::from(2);
        }
    }
    let problems = match locale_check::check(&locales, &sources) {
        Ok(problems) => problems,
        Err(err) => {
            eprintln!("locale-check: {err}");
            return ExitCode::FAILURE;
        }
    };
    for problem in &problems {
        let relative = problem.file.strip_prefix(&root).unwrap_or(&problem.file);
        println!(
            "{}",
            locale_check::Problem {
                file: relative.to_path_buf(),
                ..problem.clone()
            }
        );
    }
    if problems.is_empty() {
        println!("locale-check: all locales complete and consistent");
        ExitCode::SUCCESS
    } else {
        println!("locale-check: {} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}

fn write_pseudo(locales: &std::path::Path) -> std::io::Result<()> {
    for (path, contents) in locale_check::pseudo_files(locales)? {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, contents)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
