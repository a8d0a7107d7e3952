//! Other people's files of this workshop merged into it — new conversations
//! and customers appended, identical items kept once, every conflicting edit
//! listed for the facilitator to choose — and the sources compared.

use leptos::prelude::*;
use scorecard_core::model::Workshop;
use scorecard_core::share::compare::sources;
use scorecard_core::share::import::MAX_IMPORT_BYTES;
use scorecard_core::share::merge::{Choice, Merged, Side};

use super::status_line;
use crate::app::library::export_text;
use crate::browser::files::{read_files, PickedFile};
use crate::browser::ondemand::ask;

/// A source's name from its file's: `team-a.scorecard.json` → `team-a`.
fn label(file_name: &str) -> String {
    let stem = [".scorecard.json", "-report.html", ".json", ".html"]
        .iter()
        .find_map(|ending| file_name.strip_suffix(ending))
        .unwrap_or(file_name);
    stem.to_owned()
}

#[component]
pub fn MergeFiles(workshop: RwSignal<Workshop>) -> impl IntoView {
    let status = RwSignal::new(Ok(String::new()));
    let files = RwSignal::new(Vec::<PickedFile>::new());
    let choices = RwSignal::new(Vec::<Choice>::new());
    let preview = RwSignal::new(None::<Merged>);
    // The preview follows the workshop, the files and the choices, so what
    // is merged is always what is shown.
    Effect::new(move |_| {
        let text = workshop.with(export_text);
        let picked = files.with(|files| files.iter().map(|(name, text)| (label(name), text.clone())).collect::<Vec<_>>());
        if picked.is_empty() {
            preview.set(None);
            return;
        }
        let theirs = serde_json::to_string(&picked).unwrap_or_default();
        let chosen = choices.with(|c| serde_json::to_string(c).unwrap_or_default());
        ask("merge", &[&text, &theirs, &chosen], move |answer| match answer.and_then(|json| serde_json::from_str::<Merged>(&json).map_err(|e| e.to_string())) {
            Ok(merged) => {
                status.set(Ok(String::new()));
                preview.set(Some(merged));
            }
            Err(why) => {
                status.set(Err(why));
                preview.set(None);
            }
        });
    });
    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(picked) = input.files() else { return };
        read_files(picked, MAX_IMPORT_BYTES, move |read| match read {
            Ok(read) => {
                choices.set(Vec::new());
                files.set(read);
            }
            Err(why) => status.set(Err(why)),
        });
        input.set_value("");
    };
    let choose = move |key: String, side: Side| {
        choices.update(|all| {
            all.retain(|c| c.key != key);
            all.push(Choice { key, side });
        })
    };
    let apply = move |_| {
        let Some(merged) = preview.get_untracked() else { return };
        let count = files.with_untracked(Vec::len);
        files.set(Vec::new());
        choices.set(Vec::new());
        workshop.set(merged.workshop);
        status.set(Ok(format!("Merged {count} files into this workshop. Undo takes the merge back.")));
    };
    let cancel = move |_| {
        files.set(Vec::new());
        choices.set(Vec::new());
        status.set(Ok("Nothing was merged.".into()));
    };
    view! {
        <section aria-labelledby="merge-title">
            <h2 id="merge-title">"Merge other people's files"</h2>
            <p class="muted">"Files of this workshop that teams sent back, as workshop files or HTML reports. Nothing changes until you merge; what differs is listed for you to choose."</p>
            <label class="field">
                "Choose files to merge into this workshop"
                <input type="file" multiple accept=".json,.html,application/json,text/html" on:change=pick />
            </label>
            {move || preview.get().map(|merged| {
                let conflicts = merged.conflicts.len();
                view! {
                    <div class="merge-preview card">
                        <h3>"What the merge does"</h3>
                        <ul>{merged.summary.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                        {(conflicts > 0).then(|| view! {
                            <p>{format!("{conflicts} items differ. Choose which version to keep for each:")}</p>
                        })}
                        {merged.conflicts.into_iter().map(|conflict| {
                            let ours_key = conflict.key.clone();
                            let theirs_key = conflict.key.clone();
                            let group = format!("conflict-{}", conflict.key);
                            view! {
                                <fieldset class="conflict">
                                    <legend>{format!("{} — {}", conflict.what, conflict.source)}</legend>
                                    <label>
                                        <input type="radio" name=group.clone() checked=conflict.chosen == Side::Ours on:change=move |_| choose(ours_key.clone(), Side::Ours) />
                                        {format!("Keep this workshop's: {}", conflict.ours)}
                                    </label>
                                    <label>
                                        <input type="radio" name=group checked=conflict.chosen == Side::Theirs on:change=move |_| choose(theirs_key.clone(), Side::Theirs) />
                                        {format!("Take {}'s: {}", conflict.source, conflict.theirs)}
                                    </label>
                                </fieldset>
                            }
                        }).collect_view()}
                        <div class="row-actions">
                            <button class="button" type="button" on:click=apply>"Merge into this workshop"</button>
                            <button class="button-small" type="button" on:click=cancel>"Cancel the merge"</button>
                        </div>
                    </div>
                }
            })}
            {status_line(status)}
        </section>
    }
}

/// The key figures of step 3 side by side per source, once the workshop
/// holds conversations from more than one.
#[component]
pub fn Compare(workshop: RwSignal<Workshop>) -> impl IntoView {
    let several = Memo::new(move |_| workshop.with(|w| sources(w).len() > 1));
    let tables = RwSignal::new(None::<Result<String, String>>);
    Effect::new(move |_| {
        if !several.get() {
            return tables.set(None);
        }
        let text = workshop.with(export_text);
        ask("compare", &[&text], move |html| tables.set(Some(html)));
    });
    move || {
        several.get().then(|| view! {
            <section aria-labelledby="compare-title">
                <h2 id="compare-title">"Compare the sources"</h2>
                <p class="muted">"Each source's conversations on their own: where they disagree, the row says how."</p>
                {move || tables.get().map(|html| match html {
                    Ok(html) => view! { <div class="comparison" inner_html=html></div> }.into_any(),
                    Err(why) => view! { <p class="field-error">{why}</p> }.into_any(),
                })}
            </section>
        })
    }
}
