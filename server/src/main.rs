use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let dotenv = dotenvy::dotenv();
    let config = match server::config::Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("twofold: configuration: {err}");
            return ExitCode::FAILURE;
        }
    };
    server::telemetry::init(config.log_format);
    if let Ok(path) = dotenv {
        tracing::info!(path = %path.display(), "loaded environment file");
    }
    let command: Vec<String> = std::env::args().skip(1).collect();
    let result = match command.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] | ["serve"] => server::run(config).await,
        ["migrate"] => server::migrate(&config).await.inspect(|()| {
            tracing::info!("database migrated");
        }),
        ["compress-site"] => {
            return match server::compress_site() {
                Ok(written) => {
                    tracing::info!(written, "browser assets compressed");
                    ExitCode::SUCCESS
                }
                // A read-only site: a server compresses its files as it sends them.
                Err(err) => {
                    tracing::warn!(error = %err, "browser assets left uncompressed");
                    ExitCode::FAILURE
                }
            };
        }
        ["admin", ref rest @ ..] => return server::cli::admin(&config, rest).await,
        _ => {
            eprintln!("{}", server::cli::USAGE);
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(error = %err, "Twofold could not start");
            eprintln!("twofold: {err}");
            ExitCode::FAILURE
        }
    }
}
