//! Step 2: who has been heard, and what they said.

use leptos::prelude::*;
use scorecard_core::analysis::segment_coverage;
use scorecard_core::model::Workshop;

use crate::ui::{Column, DataTable, PageHeading};

const CUSTOMER_COLUMNS: &[Column] =
    &[("Customer", ""), ("Role", ""), ("Segment", ""), ("Conversations", "numeric"), ("Last conversation", "")];

#[component]
pub fn Discuss(workshop: RwSignal<Workshop>) -> impl IntoView {
    view! {
        <section class="page">
            <PageHeading
                eyebrow="Step 2".into()
                title="Discuss: ask customers, without biasing them"
                lede="Open questions about the customer's own experience first, the list of measures only afterwards, so that nobody is led."
            />
            <h2>"Coverage by segment"</h2>
            <CoverageList workshop />
            <h2>"Customers"</h2>
            <CustomerTable workshop />
            <h2>"Conversations"</h2>
            <ConversationList workshop />
        </section>
    }
}

/// Per segment, how many of its customers have been heard.
#[component]
pub fn CoverageList(workshop: RwSignal<Workshop>) -> impl IntoView {
    let items = move || {
        workshop.with(|w| {
            segment_coverage(w)
                .into_iter()
                .map(|c| {
                    let name = w.segment(c.segment).map(|s| s.name.clone()).unwrap_or_default();
                    let percent = (c.customers_heard * 100).checked_div(c.customers).unwrap_or(0);
                    view! {
                        <li class="coverage" class:coverage-gap=c.customers_heard == 0>
                            <span class="coverage-name">{name}</span>
                            <span class="bar" aria-hidden="true"><span style=format!("width: {percent}%")></span></span>
                            <span class="coverage-text">
                                {format!(
                                    "{} of {} customers heard · {} conversations",
                                    c.customers_heard, c.customers, c.conversations
                                )}
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="coverage-list">{items}</ul> }
}

#[component]
fn CustomerTable(workshop: RwSignal<Workshop>) -> impl IntoView {
    let rows = move || {
        workshop.with(|w| {
            w.customers
                .iter()
                .map(|c| {
                    let segment = w.segment(c.segment).map(|s| s.name.clone()).unwrap_or_default();
                    let conversations: Vec<_> = w.conversations_with(c.id).collect();
                    let last = conversations.iter().map(|c| c.date.clone()).max().unwrap_or_else(|| "–".into());
                    view! {
                        <tr>
                            <th scope="row">{c.name.clone()}</th>
                            <td>{c.role.clone()}</td>
                            <td>{segment}</td>
                            <td class="numeric">{conversations.len()}</td>
                            <td>{last}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <DataTable caption="Customers and their conversations" columns=CUSTOMER_COLUMNS>{rows}</DataTable>
    }
}

/// Conversations, newest first, with what each customer said in their own words.
#[component]
pub fn ConversationList(workshop: RwSignal<Workshop>) -> impl IntoView {
    let cards = move || {
        workshop.with(|w| {
            let mut conversations: Vec<_> = w.conversations.iter().collect();
            conversations.sort_by(|a, b| b.date.cmp(&a.date));
            conversations
                .into_iter()
                .map(|c| {
                    let customer = w.customer(c.customer).map(|c| c.name.clone()).unwrap_or_else(|| "Unknown customer".into());
                    view! {
                        <li class="card conversation">
                            <h3>{customer}</h3>
                            <p class="muted small">{format!("{} · {} measures discussed", c.date, c.answers.len())}</p>
                            {c.quotes.iter().map(|q| view! { <blockquote>{q.clone()}</blockquote> }).collect_view()}
                            {(!c.unmeasured.is_empty()).then(|| view! {
                                <p class="tags">
                                    <span class="muted small">"Cares about, not measured: "</span>
                                    {c.unmeasured.iter().map(|f| view! { <span class="tag">{f.clone()}</span> }).collect_view()}
                                </p>
                            })}
                            {(!c.notes.is_empty()).then(|| view! { <p class="notes">{c.notes.clone()}</p> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="conversation-list">{cards}</ul> }
}
