//! Small pieces of markup shared by several views.

use leptos::prelude::*;
use scorecard_core::charts::{Chart, TextTable};
use scorecard_core::edit::EditError;
use scorecard_core::model::Workshop;

use crate::app::session::OpenWorkshop;

#[component]
pub fn StatCard(label: &'static str, value: String, #[prop(optional)] attention: bool) -> impl IntoView {
    view! {
        <div class="stat" class:stat-attention=attention>
            <span class="stat-value">{value}</span>
            <span class="stat-label">{label}</span>
        </div>
    }
}

/// A view's title block. The app moves focus to the `h1` after navigation;
/// `tabindex=-1` makes it focusable by script without adding a tab stop.
#[component]
pub fn PageHeading(eyebrow: String, title: &'static str, lede: &'static str) -> impl IntoView {
    view! {
        <header class="page-head">
            <p class="eyebrow">{eyebrow}</p>
            <h1 tabindex="-1">{title}</h1>
            <p class="lede">{lede}</p>
        </header>
    }
}

/// A chart with its caption and, as children, the table that gives the same
/// figures to screen readers and to anyone who wants the numbers. The SVG
/// comes from `scorecard_core::charts`, which escapes every text it draws.
#[component]
pub fn ChartFigure(caption: &'static str, description: &'static str, svg: Signal<String>, children: Children) -> impl IntoView {
    view! {
        <figure class="chart">
            <figcaption>{caption}</figcaption>
            <div class="chart-svg" role="img" aria-label=description inner_html=move || svg.get()></div>
            {children()}
        </figure>
    }
}

/// A column of a `DataTable`: its heading and the class of its header cell
/// (`"numeric"` right-aligns figures, `"no-print"` drops it from the PDF).
pub type Column = (&'static str, &'static str);

/// A table in the app's style, scrolling sideways on narrow screens. Every
/// table has a caption, shown or only read out, so screen readers can tell
/// the tables of a page apart.
#[component]
pub fn DataTable(
    caption: &'static str,
    columns: &'static [Column],
    #[prop(optional)] show_caption: bool,
    children: Children,
) -> impl IntoView {
    let head = columns.iter().map(|(heading, class)| view! { <th scope="col" class=*class>{*heading}</th> }).collect_view();
    table_frame(caption, show_caption, head.into_any(), children().into_any())
}

/// The markup every table shares: a scrolling wrapper, the caption (shown or
/// only read out) and the header row.
fn table_frame(caption: &'static str, show_caption: bool, head: AnyView, body: AnyView) -> AnyView {
    view! {
        <div class="table-wrap">
            <table class="data">
                <caption class:visually-hidden=!show_caption>{caption}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// How a `Field` takes its text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Line,
    /// A figure: a keyboard with a decimal separator on phones.
    Decimal,
    /// A 1–5 score: one digit, a numeric keyboard on phones, empty for none.
    Score,
    Date,
    Lines,
    /// One of a fixed list of texts.
    Choice(&'static [&'static str]),
}

/// A labelled input bound to one value of the workshop. Every change goes to
/// `write`, which checks it in the core: a valid text is saved at once, an
/// invalid one stays in the field with the core's message beside it, and
/// nothing saved changes. The field shows `value` as it is now — after undo,
/// redo or an edit elsewhere — except while what was typed still stands for it.
#[component]
pub fn Field(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    kind: FieldKind,
    write: Callback<String, Result<(), EditError>>,
    /// Named for screen readers only, as in a table whose headers say it.
    #[prop(optional)]
    hide_label: bool,
    /// The id of a `datalist` of suggestions.
    #[prop(default = None)]
    suggestions: Option<&'static str>,
) -> impl IntoView {
    let text = BoundText::new(value, write);
    let shown = text.shown;
    let id = next_field_id();
    let error_id = format!("{id}-error");
    let on_input = move |ev| text.input(event_target_value(&ev));
    let invalid = move || text.error().is_some().then_some("true");
    let control = match kind {
        FieldKind::Lines => view! {
            <textarea id=id.clone() rows="3" prop:value=shown aria-invalid=invalid aria-describedby=error_id.clone() on:input=on_input>
            </textarea>
        }
        .into_any(),
        FieldKind::Choice(options) => view! {
            <select id=id.clone() prop:value=shown on:change=on_input>
                {options.iter().map(|o| view! { <option value=*o>{*o}</option> }).collect_view()}
            </select>
        }
        .into_any(),
        _ => {
        let (inputmode, max) = match kind {
            FieldKind::Decimal => (Some("decimal"), None),
            FieldKind::Score => (Some("numeric"), Some("1")),
            // Text, not a date picker: one tab stop instead of three while typing live.
            FieldKind::Date => (Some("numeric"), Some("10")),
            _ => (None, None),
        };
        view! {
            <input
                id=id.clone()
                type="text"
                prop:value=shown
                list=suggestions
                inputmode=inputmode
                maxlength=max
                placeholder=(kind == FieldKind::Date).then_some("YYYY-MM-DD")
                class:score-input=kind == FieldKind::Score
                aria-invalid=invalid
                aria-describedby=error_id.clone()
                on:input=on_input
            />
        }
        .into_any()
        }
    };
    view! {
        <div class="field" class:field-wide=kind == FieldKind::Lines>
            <label for=id class:visually-hidden=hide_label>{label}</label>
            {control}
            <p class="field-error" id=error_id>{move || text.error()}</p>
        </div>
    }
}

/// A text control's text, bound to a value of the workshop: it shows the
/// value as it is now — after undo, redo or an edit elsewhere — except
/// while what was typed still stands for it. The core may store "4.5" for
/// "4.50" or trim a name, and the text under the cursor must not change
/// while it is typed; an invalid text leaves the value as it was and keeps
/// its message until the value changes.
#[derive(Clone, Copy)]
pub struct BoundText {
    value: Signal<String>,
    write: Callback<String, Result<(), EditError>>,
    draft: RwSignal<Option<Draft>>,
    pub shown: Memo<String>,
}

/// Text typed since the value last changed elsewhere.
#[derive(Clone, PartialEq)]
struct Draft {
    typed: String,
    /// The workshop's value just after it was typed.
    left: String,
    error: Option<EditError>,
}

impl BoundText {
    pub fn new(value: Signal<String>, write: Callback<String, Result<(), EditError>>) -> Self {
        let draft = RwSignal::new(None::<Draft>);
        let shown = Memo::new(move |_| {
            let value = value.get();
            draft.with(|d| match d {
                Some(d) if d.left == value => d.typed.clone(),
                _ => value,
            })
        });
        BoundText { value, write, draft, shown }
    }

    /// Hands what was typed to the core and keeps it as the draft. The value
    /// typed again as it is changes nothing: no save, no undo step.
    pub fn input(self, typed: String) {
        let unchanged = self.value.with_untracked(|value| *value == typed);
        let error = if unchanged { None } else { self.write.run(typed.clone()).err() };
        self.draft.set(Some(Draft { typed, left: self.value.get_untracked(), error }));
    }

    /// Why the text typed was refused, while it is still shown.
    pub fn error(self) -> Option<String> {
        let value = self.value.get();
        self.draft.with(|d| d.as_ref().filter(|d| d.left == value).and_then(|d| d.error.as_ref()).map(EditError::to_string))
    }
}

/// Once the next frame is drawn, puts the focus on the first element matching
/// `selector`, selecting an input's text so that typing replaces it: for a
/// new row, an opened form, or the heading of a new view.
pub fn focus_after_render(selector: String) {
    request_animation_frame(move || {
        let Some(element) = document().query_selector(&selector).ok().flatten() else { return };
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = element.focus();
            if let Ok(input) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(element) {
                input.select();
            }
        }
    });
}

/// Asks the person to confirm a step that is hard to take back, in the
/// browser's own dialog (focus and keyboard handled, read out by screen readers).
pub fn confirmed(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}

/// A fresh id for a form control, so that its label and message find it.
pub fn next_field_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("field-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A table of texts from the core; the first cell of each row heads the row.
#[component]
pub fn TableView(caption: &'static str, table: Signal<TextTable>) -> impl IntoView {
    let body = move || {
        table.with(|t| {
            if t.rows.is_empty() {
                return view! { <tr><td colspan=t.columns.len()>"Not enough data yet."</td></tr> }.into_any();
            }
            t.rows
                .iter()
                .map(|row| {
                    let (head, cells) = row.split_first().map_or(("", &[][..]), |(h, c)| (h.as_str(), c));
                    view! {
                        <tr>
                            <th scope="row">{head.to_owned()}</th>
                            {cells.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let head = move || table.with(|t| t.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view());
    table_frame(caption, false, head.into_any(), body.into_any())
}

/// One chart, redrawn when the workshop changes, with its figures as a table.
#[component]
pub fn CoreChart(workshop: OpenWorkshop, draw: fn(&Workshop) -> Chart, caption: &'static str, description: &'static str) -> impl IntoView {
    let chart = Memo::new(move |_| workshop.with(draw));
    let svg = Signal::derive(move || chart.with(|c| c.svg.clone()));
    let table = Signal::derive(move || chart.with(|c| c.table.clone()));
    view! {
        <ChartFigure caption description svg>
            <TableView caption table />
        </ChartFigure>
    }
}

/// Rows keyed by a number (an id), each built once when its key appears, so
/// that typing in a row never rebuilds the field under the cursor. Every list
/// of the app goes through this one component: Leptos' keyed diffing is then
/// compiled once instead of once per list (measured: about 4 KB of wasm each).
#[component]
pub fn KeyedRows(keys: Signal<Vec<u32>>, row: Callback<u32, AnyView>) -> impl IntoView {
    view! {
        <For each=move || keys.get() key=|key| *key let:key>
            {row.run(key)}
        </For>
    }
}

/// A part of a view that the on-demand module draws (`ondemand/`): for
/// what would weigh on everyone's first load but only some views show. It
/// asks for `op` with the workshop's saved text (when there is a workshop)
/// and `extra`, and asks again a moment after either changes, so that
/// typing never waits for it. The module escapes every text it draws.
///
/// Controls in the drawn markup name what they do in a `data-action`; a
/// click on one goes to `act`. An element marked `data-focus` takes the
/// focus once drawn (what an action just made).
#[component]
pub fn ModuleView(
    op: &'static str,
    #[prop(optional)] workshop: Option<OpenWorkshop>,
    #[prop(optional, into)] extra: Signal<Vec<String>>,
    #[prop(optional)] act: Option<Callback<web_sys::Element>>,
    /// How long after a change it asks again: long enough by default that
    /// typing a word asks once; 0 where every change must show at once.
    #[prop(default = 250)]
    wait_ms: u64,
    /// What of the workshop the view is drawn from, as sent to the module;
    /// by default all of it. A change that leaves this text and `extra` as
    /// they were asks nothing, and the view stays as drawn.
    #[prop(default = crate::app::library::module_text)]
    reads: fn(&Workshop) -> String,
) -> impl IntoView {
    let last_asked = StoredValue::new(None::<(String, Vec<String>)>);
    let html = RwSignal::new("<p class=\"muted\">Loading…</p>".to_owned());
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move |drawn: Option<()>| {
        if let Some(workshop) = workshop {
            workshop.track();
        }
        extra.track();
        cancel();
        // Asked later, when the view may be gone: every read is a `try_`.
        let ask_again = move || {
            let text = match workshop {
                Some(w) => w.try_with_untracked(reads),
                None => Some(String::new()),
            };
            let (Some(text), Some(extra)) = (text, extra.try_get_untracked()) else { return };
            let asked = Some((text.clone(), extra.clone()));
            if last_asked.try_with_value(|last| *last == asked) != Some(false) {
                return;
            }
            last_asked.set_value(asked);
            let args: Vec<&str> = workshop.map(|_| text.as_str()).into_iter().chain(extra.iter().map(String::as_str)).collect();
            crate::browser::ondemand::ask(op, &args, move |answer| {
                let shown = answer.unwrap_or_else(|why| format!("<p class=\"field-error\" role=\"alert\">{}</p>", scorecard_core::share::report::escape(&why)));
                if html.try_set(shown).is_none() {
                    focus_after_render(".module-view [data-focus]".into());
                }
            });
        };
        let wait = if drawn.is_some() { wait_ms } else { 0 };
        pending.set_value(set_timeout_with_handle(ask_again, std::time::Duration::from_millis(wait)).ok());
    });
    on_cleanup(cancel);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let (Some(act), Some(control)) = (act, action_control(&ev)) {
            act.run(control);
        }
    };
    view! { <div class="module-view" inner_html=move || html.get() on:click=on_click></div> }
}

/// The control naming its action in `data-action` that a click landed in:
/// how a list or a drawn view with many buttons takes their clicks in one
/// handler.
pub fn action_control(ev: &leptos::ev::MouseEvent) -> Option<web_sys::Element> {
    let target = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(ev.target()?).ok()?;
    target.closest("[data-action]").ok().flatten()
}

/// The action clicked in a list, with the id of the item it acts on (`data-id`).
pub fn action_clicked(ev: &leptos::ev::MouseEvent) -> Option<(String, u32)> {
    let control = action_control(ev)?;
    Some((control.get_attribute("data-action")?, control.get_attribute("data-id")?.parse().ok()?))
}
