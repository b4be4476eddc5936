use leptos::prelude::*;

use crate::error::AppError;

/// The form-level message for an error whose cause is not a single field.
/// Field problems are shown next to their fields instead.
#[component]
pub fn ErrorAlert(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let message = move || {
        error.get().and_then(|err| match err {
            AppError::Invalid(ref fields) if !fields.is_empty() => None,
            err => Some(err.message()),
        })
    };
    view! {
        <div class="alert-slot" aria-live="assertive">
            {move || {
                message()
                    .map(|text| {
                        view! {
                            <p class="alert alert-error" role="alert" data-testid="form-error">
                                {text}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
