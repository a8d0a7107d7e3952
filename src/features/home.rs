//! The workshops saved in this browser: open, start, duplicate, delete and
//! restore them, and see how much of the browser's storage they take.

use leptos::prelude::*;
use scorecard_core::workshops::storage_use;

use scorecard_core::share::import::MAX_IMPORT_BYTES;

use crate::app::library::{import_as_new, offer_download, Library, Listing, Shelved};
use crate::app::library::{open_workshop, start_workshop, use_library};
use crate::app::route::{Route, Step};
use crate::browser::files::read_files;
use crate::browser::storage::ask_to_persist;
use crate::features::sample_notice::sample_label;
use crate::ui::{confirmed, focus_after_render, PageHeading};

#[component]
pub fn HomePage() -> impl IntoView {
    let library = use_library();
    // Storage is not reactive: every change on this page bumps this.
    let changes = RwSignal::new(0u32);
    let message = RwSignal::new(Ok(String::new()));
    let list = move |shelved| {
        changes.track();
        library.with_value(|l| l.list(shelved))
    };
    Effect::new(|_| document().set_title("Workshops — Scorecard Workshop"));
    // A workshop file or report dropped anywhere on the page opens as a new workshop.
    let on_drop = move |ev: leptos::ev::DragEvent| {
        // Only files: text dragged into a field lands there as usual.
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()).filter(|f| f.length() > 0) {
            ev.prevent_default();
            import_files(files, message, changes);
        }
    };
    view! {
        <section class="page" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <PageHeading
                eyebrow="Scorecard Workshop".into()
                title="Your workshops"
                lede="Each workshop walks one scorecard through three steps: know what is measured, ask customers about it, decide what to keep, change, drop or add. Workshops are saved in this browser only."
            />
            <NewWorkshop message changes />
            <p class=move || if message.with(Result::is_ok) { "notice" } else { "field-error" } role="status">
                {move || message.get().unwrap_or_else(|why| why)}
            </p>
            {move || {
                let current = list(Shelved::Current);
                if current.is_empty() {
                    view! { <p class="empty">"No workshop is saved in this browser yet."</p> }.into_any()
                } else {
                    cards(current, Shelved::Current, changes, message)
                }
            }}
            {move || {
                let deleted = list(Shelved::Deleted);
                (!deleted.is_empty()).then(|| view! {
                    <h2>"Recently deleted"</h2>
                    {cards(deleted, Shelved::Deleted, changes, message)}
                })
            }}
            <StorageUse changes />
        </section>
    }
}

/// What a card's action says: `Ok(Some(notice))` when the lists changed,
/// `Ok(None)` when nothing did (a declined confirm, a download).
type Outcome = Result<Option<String>, String>;

fn cards(listings: Vec<Listing>, shelved: Shelved, changes: RwSignal<u32>, message: RwSignal<Result<String, String>>) -> AnyView {
    view! {
        <ul class="workshop-list">
            {listings.into_iter().map(|listing| view! { <WorkshopCard listing shelved changes message /> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Opens each file (a downloaded workshop or an HTML report) as a new
/// workshop, never over an existing one; one file opens at once, several are
/// listed. Every refusal says which file and why.
fn import_files(files: web_sys::FileList, message: RwSignal<Result<String, String>>, changes: RwSignal<u32>) {
    let library = use_library();
    message.set(Ok("Opening…".into()));
    read_files(files, MAX_IMPORT_BYTES, move |picked| {
        let picked = match picked {
            Ok(picked) => picked,
            Err(why) => return message.set(Err(why)),
        };
        let count = picked.len();
        message.set(Ok(String::new()));
        for (name, text) in picked {
            import_as_new(library, &text, move |imported| match imported {
                Ok(id) if count == 1 => open_workshop(id),
                // Several files: each says how it went, and one refusal
                // keeps the message a warning.
                outcome => {
                    let said = match &outcome {
                        Ok(_) => format!("Opened “{name}” as a new workshop."),
                        Err(why) => format!("“{name}” was not opened. {why}"),
                    };
                    message.update(|m| {
                        let before = m.as_ref().map_or_else(|e| e.clone(), |t| t.clone());
                        let all = if before.is_empty() { said } else { format!("{before} {said}") };
                        *m = if outcome.is_err() || m.is_err() { Err(all) } else { Ok(all) };
                    });
                    changes.update(|n| *n += 1);
                }
            });
        }
    });
}

/// A form to start an empty workshop or open a downloaded one; either opens
/// at step 1.
#[component]
fn NewWorkshop(message: RwSignal<Result<String, String>>, changes: RwSignal<u32>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Err(why) = start_workshop(&name.get_untracked(), &organisation.get_untracked()) {
            error.set(Some(why));
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            import_files(files, message, changes);
        }
        // The same file picked again after a fix is read again.
        input.set_value("");
    };
    view! {
        <form class="card new-workshop" on:submit=create>
            <h2>"Start a workshop"</h2>
            <div class="field">
                <label for="new-workshop-name">"Workshop name"</label>
                <input id="new-workshop-name" type="text" aria-describedby="new-workshop-error" on:input=move |ev| name.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="new-workshop-organisation">"Organisation"</label>
                <input id="new-workshop-organisation" type="text" on:input=move |ev| organisation.set(event_target_value(&ev)) />
            </div>
            <button class="button" type="submit">"Create workshop"</button>
            <div class="field open-file">
                <label for="open-workshop-file">"Or open a workshop file or an HTML report"</label>
                <input id="open-workshop-file" type="file" multiple accept=".json,.html,application/json,text/html" aria-describedby="open-workshop-hint" on:change=import />
                <p class="muted small" id="open-workshop-hint">"Each opens as a new workshop, never over one you have. You can also drop files anywhere on this page."</p>
            </div>
            <p class="field-error" id="new-workshop-error" role="status">{move || error.get()}</p>
        </form>
    }
}

#[component]
fn WorkshopCard(listing: Listing, shelved: Shelved, changes: RwSignal<u32>, message: RwSignal<Result<String, String>>) -> impl IntoView {
    let library = use_library();
    let id = StoredValue::new(listing.id.clone());
    let title = StoredValue::new(listing.content.as_ref().map_or_else(|_| listing.id.clone(), |o| o.name.clone()));
    let readable = listing.content.is_ok();
    let from_newer_app = listing.content.as_ref().is_ok_and(|o| o.from_newer_app);
    // One button per action, named after the workshop it acts on.
    // The lists are drawn again after a change, so the focus goes to the
    // page heading and the notice says what happened.
    let action = move |label: &'static str, run: fn(&Library, &str, &str) -> Outcome| {
        let name = title.with_value(|t| format!("{label} {t}"));
        view! {
            <button class="button-small" type="button" aria-label=name on:click=move |_| {
                match library.with_value(|l| id.with_value(|id| title.with_value(|t| run(l, id, t)))) {
                    Ok(None) => message.set(Ok(String::new())),
                    Ok(Some(notice)) => {
                        message.set(Ok(notice));
                        changes.update(|n| *n += 1);
                        focus_after_render("main h1".into());
                    }
                    Err(why) => message.set(Err(why)),
                }
            }>{label}</button>
        }
    };
    let body = match listing.content {
        Ok(overview) => {
            let name = if shelved == Shelved::Current {
                let href = Route::Workshop { id: listing.id.clone(), step: Step::Familiarize }.href();
                view! { <a href=href>{overview.name}</a> }.into_any()
            } else {
                overview.name.into_any()
            };
            view! {
                <h2>{name}</h2>
                {sample_label(&listing.id)}
                <p class="muted">{overview.organisation}</p>
                <p class="counts">
                    {format!(
                        "{} measures · {} customers · {} conversations",
                        overview.measures, overview.customers, overview.conversations
                    )}
                </p>
                {overview.from_newer_app.then(|| view! { <p class="small">"Saved by a newer version of the app: it opens read-only."</p> })}
            }
            .into_any()
        }
        Err(error) => view! {
            <h2>{format!("Damaged workshop “{}”", listing.id)}</h2>
            <p>{error.to_string()}</p>
            <p class="small">"Its text is kept as it was: download it to recover what you can."</p>
        }
        .into_any(),
    };
    let download_damaged = move || {
        action("Download the damaged text", |l, id, title| {
            offer_download(title, &l.raw_text(id).ok_or("Its text is no longer stored.")?).map(|()| None)
        })
    };
    let buttons = match (shelved, readable) {
        (Shelved::Current, true) => view! {
            // A copy would be written in this version's shape, dropping what a newer one added.
            {(!from_newer_app).then(|| action("Duplicate", |l, id, title| {
                let copy = l.load(id).and_then(Result::ok).ok_or("This workshop can no longer be read.")?.workshop.duplicate();
                l.create(&copy).map_err(|f| f.to_string())?;
                Ok(Some(format!("Duplicated “{title}”: the copy is first in the list.")))
            }))}
            {action("Download", |l, id, title| offer_download(title, &l.text(id).ok_or("This workshop is no longer stored.")?).map(|()| None))}
            {action("Delete", |l, id, title| {
                if !confirmed(&format!("Delete “{title}”? It moves to Recently deleted, where you can restore it.")) {
                    return Ok(None);
                }
                l.shelve(id, Shelved::Deleted)?;
                Ok(Some(format!("Moved “{title}” to Recently deleted.")))
            })}
        }
        .into_any(),
        (Shelved::Current, false) => view! {
            {download_damaged()}
            {action("Delete", |l, id, title| {
                l.shelve(id, Shelved::Deleted)?;
                Ok(Some(format!("Moved “{title}” to Recently deleted.")))
            })}
        }
        .into_any(),
        (Shelved::Deleted, readable) => view! {
            {(!readable).then(download_damaged)}
            {action("Restore", |l, id, title| {
                l.shelve(id, Shelved::Current)?;
                Ok(Some(format!("Restored “{title}”.")))
            })}
            {action("Delete for good", |l, id, title| {
                if !confirmed(&format!("Delete “{title}” for good? This cannot be undone.")) {
                    return Ok(None);
                }
                l.delete_for_good(id);
                Ok(Some(format!("Deleted “{title}” for good.")))
            })}
        }
        .into_any(),
    };
    view! {
        <li class="card workshop-card" class:card-error=!readable>
            {body}
            {(!listing.saved_at.is_empty()).then(|| view! { <p class="muted small">{saved_at_text(&listing.saved_at)}</p> })}
            <div class="row-actions">{buttons}</div>
        </li>
    }
}

/// How full the browser's storage is, and whether the browser promised to
/// keep it: asked once per visit of this page.
#[component]
fn StorageUse(changes: RwSignal<u32>) -> impl IntoView {
    let library = use_library();
    let persisted = RwSignal::new(None);
    ask_to_persist(move |granted| persisted.set(Some(granted)));
    let usage = move || {
        changes.track();
        storage_use(library.with_value(Library::used_units))
    };
    let kept = move || match persisted.get() {
        Some(true) => " The browser keeps it until you delete it.",
        Some(false) => " The browser may clear it when the device runs short of space: download a copy of workshops you need.",
        None => "",
    };
    view! {
        <p class="muted small storage-use">{usage}{kept}</p>
    }
}

/// "Saved 2026-11-22 14:03 UTC" from an ISO timestamp; the raw text if it is not one.
fn saved_at_text(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(day), Some(time)) => format!("Saved {day} {time} UTC"),
        _ => format!("Saved {iso}"),
    }
}
