//! Step 2: plan, run and record conversations with customers without
//! leading them. The page owns which conversation is open for recording;
//! the workshop belongs to the workshop page.

mod guide;
mod people;
mod record;

use leptos::prelude::*;
use scorecard_core::model::ConversationId;

use crate::app::session::OpenWorkshop;
use crate::ui::PageHeading;
use guide::{ExpectationTable, GuideEditor};
use people::{CustomerEditor, SegmentEditor};
use record::{ConversationList, ConversationRecorder, CoverageList, RecordButton};

#[component]
pub fn Discuss(workshop: OpenWorkshop) -> impl IntoView {
    let recording = RwSignal::new(None::<ConversationId>);
    // Open while its conversation is there: undoing its start closes it,
    // redo opens it again. (A bare id: one memo type with step 1's editor.)
    let recorded = Memo::new(move |_| recording.get().filter(|id| workshop.with(|w| w.conversation(*id).is_some())).map(|id| id.0));
    view! {
        <section class="page">
            <PageHeading
                eyebrow="Step 2".into()
                title="Discuss: ask customers, without biasing them"
                lede="Open questions about the customer's own experience first, the list of measures only afterwards, so that nobody is led."
            />
            <h2>"Who to talk to"</h2>
            <CoverageList workshop />
            <SegmentEditor workshop />
            <CustomerEditor workshop />
            <h2>"What we expect them to say"</h2>
            <p class="muted">
                "Optional, and best done before the first conversation: how relevant the team expects customers to find each measure. The report sets it against what they said."
            </p>
            <ExpectationTable workshop />
            <GuideEditor workshop />
            <h2 id="conversations">"Conversations"</h2>
            <RecordButton workshop recording />
            {move || recorded.get().map(|id| view! { <ConversationRecorder workshop id=ConversationId(id) recording /> })}
            <ConversationList workshop recording />
        </section>
    }
}
