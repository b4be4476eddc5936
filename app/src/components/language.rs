use leptos::prelude::*;
use leptos_fluent::I18n;
use leptos_router::hooks::use_location;

use crate::{
    api::account::SetLanguage,
    i18n::{selectable_languages, t},
};

/// `<option>`s for every selectable language, `current` selected. Ids and names are constants
/// without markup characters.
fn options_html(current: &str) -> String {
    selectable_languages()
        .map(|(id, name)| {
            let selected = if id == current { " selected" } else { "" };
            format!(r#"<option value="{id}" lang="{id}"{selected}>{name}</option>"#)
        })
        .collect()
}

/// The language switcher: every language by its own name. The choice is kept in a cookie and,
/// when signed in, on the account; the user stays on the same page. Works without JavaScript
/// (the form posts and comes back); with it, the page switches in place.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let action = ServerAction::<SetLanguage>::new();
    let location = use_location();
    let here = move || {
        // The search string comes with its "?" in the browser and without it on the server.
        let search = location.search.get();
        let search = search.trim_start_matches('?');
        let path = location.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    Effect::new(move || {
        if let Some(Ok(chosen)) = action.value().get()
            && let Some(language) = i18n.languages.iter().find(|l| l.id == chosen)
        {
            i18n.language.set(language);
        }
    });
    view! {
        <ActionForm action attr:class="language-form">
            <label for="language-select">{t("language-label")}</label>
            // The options as markup: a list rendered inside <select> would need hydration
            // markers there, which the browser's parser does not keep in place.
            <select
                id="language-select"
                name="language"
                inner_html=move || options_html(i18n.language.get().id)
            ></select>
            <input type="hidden" name="next" value=here />
            <button type="submit" class="button button-secondary button-small">
                {t("language-submit")}
            </button>
        </ActionForm>
    }
}
