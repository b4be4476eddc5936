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
    match server::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(error = %err, "Twofold could not start");
            eprintln!("twofold: {err}");
            ExitCode::FAILURE
        }
    }
}
