use leptos::prelude::*;
use leptos_fluent::I18n;
use leptos_router::hooks::use_location;

use crate::{
    api::account::SetLanguage,
    form::{Form, FormAction},
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
/// when signed in, on the account; the form posts and the same page comes back in the new
/// language (no JavaScript needed).
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let action = FormAction::<SetLanguage>::new();
    let location = use_location();
    let here = {
        let search = location.search.get_untracked();
        let path = location.pathname.get_untracked();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    view! {
        <Form action attr:class="language-form">
            <label for="language-select">{t("language-label")}</label>
            // The options as markup: a list rendered inside <select> would need hydration
            // markers there, which the browser's parser does not keep in place.
            <select
                id="language-select"
                name="language"
                inner_html=options_html(i18n.language.get_untracked().id)
            ></select>
            <input type="hidden" name="next" value=here />
            <button type="submit" class="button button-secondary button-small">
                {t("language-submit")}
            </button>
        </Form>
    }
}
