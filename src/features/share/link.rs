//! The share link: the whole workshop in the link itself, opened read-only
//! by whoever gets it, and its QR code when it fits one.

use leptos::prelude::*;
use scorecard_core::model::Workshop;

use super::status_line;
use crate::app::library::export_text;
use crate::browser::files::copy_to_clipboard;
use crate::browser::ondemand::ask;

/// The whole link selected on focus, ready to copy by hand.
fn select_all(ev: leptos::ev::FocusEvent) {
    let input: web_sys::HtmlInputElement = event_target(&ev);
    input.select();
}

#[component]
pub fn ShareLink(workshop: RwSignal<Workshop>) -> impl IntoView {
    let status = RwSignal::new(Ok(String::new()));
    let link = RwSignal::new(None::<String>);
    let qr = RwSignal::new(None::<Result<String, String>>);
    // A link holds the workshop as it was made: after a change it is stale.
    Effect::new(move |first: Option<()>| {
        workshop.track();
        if first.is_some() {
            link.set(None);
            qr.set(None);
        }
    });
    let make = move |_| {
        status.set(Ok("Making the link…".into()));
        let text = workshop.with_untracked(export_text);
        ask("link", &[&text], move |answer| match answer {
            Ok(fragment) => {
                let location = window().location();
                let full = format!("{}{}{fragment}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
                status.set(Ok(format!("The link is ready: {} characters.", full.chars().count())));
                ask("qr", &[&full], move |code| qr.set(Some(code)));
                link.set(Some(full));
            }
            Err(why) => status.set(Err(why)),
        });
    };
    let copy = move |_| {
        let text = link.get_untracked().unwrap_or_default();
        copy_to_clipboard(&text, move |copied| {
            status.set(if copied { Ok("Link copied.".into()) } else { Err("The browser did not allow copying: select the link and copy it by hand.".into()) });
        });
    };
    view! {
        <section aria-labelledby="share-link-title">
            <h2 id="share-link-title">"Share link"</h2>
            <p class="muted">
                "The link carries the whole workshop — customer names and quotes too — so anyone who has it can read it. It opens read-only, with a button to save a copy. The part after # never leaves the browser: no server sees it."
            </p>
            <button class="button-small" type="button" on:click=make>"Make a share link"</button>
            {move || link.get().map(|full| view! {
                <div class="share-link">
                    <label class="field">
                        "Share link"
                        <input type="text" readonly prop:value=full on:focus=select_all />
                    </label>
                    <button class="button-small" type="button" on:click=copy>"Copy the link"</button>
                </div>
            })}
            {move || qr.get().map(|code| match code {
                Ok(svg) => view! { <div class="qr" role="img" aria-label="QR code of the share link" inner_html=svg></div> }.into_any(),
                Err(why) => view! { <p class="notice">{why}</p> }.into_any(),
            })}
            {status_line(status)}
        </section>
    }
}
