//! Turning failures into [`Fault`]s: logged here with their context, never passed on.

use domain::Fault;

/// Logs a database failure with its context and turns it into a [`Fault`]: `Unavailable`
/// when the database cannot be reached (the client may try again), otherwise `Internal`. The
/// cause never travels further.
pub(crate) fn db(context: &'static str) -> impl FnOnce(sqlx::Error) -> Fault {
    move |err| {
        let unavailable = crate::storage::is_unavailable(&err);
        crate::metrics::database_error(unavailable);
        if unavailable {
            tracing::warn!(error = %err, "{context}: database unavailable");
            Fault::Unavailable
        } else {
            tracing::error!(error = %err, "{context}");
            Fault::Internal
        }
    }
}

/// Logs any other failure with its context and turns it into [`Fault::Internal`].
pub(crate) fn fault<E: std::fmt::Display>(context: &'static str) -> impl FnOnce(E) -> Fault {
    move |err| {
        tracing::error!(error = %err, "{context}");
        Fault::Internal
    }
}
