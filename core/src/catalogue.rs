//! Common customer retention measures, in our own words, to start an
//! inventory from instead of a blank page.

use crate::formula::Formula;
use crate::share::report::escape;
use crate::stats::format_number;
use crate::model::{Frequency, Measure, MeasureId};

pub struct CatalogueEntry {
    pub name: &'static str,
    /// Other names people search for: abbreviations, older names.
    pub aliases: &'static str,
    /// What the measure tells you, in plain language.
    pub description: &'static str,
    /// What it asks customers, or what it counts.
    pub asks: &'static str,
    pub formula_text: &'static str,
    pub formula: Formula,
    pub unit: &'static str,
    /// Platforms it usually comes from; suggestions for the source field.
    pub platforms: &'static [&'static str],
    pub frequency: Frequency,
    /// Inputs for `formula` and the result they give, shown as help and checked by a test.
    pub example: (&'static [f64], f64),
}

impl CatalogueEntry {
    /// A new inventory line pre-filled from this entry.
    pub fn to_measure(&self, id: MeasureId) -> Measure {
        Measure {
            asks: self.asks.into(),
            formula: self.formula_text.into(),
            unit: self.unit.into(),
            source: self.platforms.first().copied().unwrap_or_default().into(),
            frequency: self.frequency,
            ..Measure::named(id, self.name)
        }
    }

    /// Whether a search text matches: every word must appear in the name,
    /// the aliases or the description, ignoring case.
    pub fn matches(&self, search: &str) -> bool {
        let haystack = format!("{} {} {}", self.name, self.aliases, self.description).to_lowercase();
        search.to_lowercase().split_whitespace().all(|word| haystack.contains(word))
    }
}

/// Entries whose every search word appears in their name, aliases or description.
pub fn search(text: &str) -> impl Iterator<Item = &'static CatalogueEntry> + '_ {
    CATALOGUE.iter().filter(move |entry| entry.matches(text))
}

/// The entries matching `text` as step 1 lists them, each with its "Add"
/// button (`data-action="add"`, `data-name`); `on_scorecard` names the
/// measures the workshop already has. Drawn by the on-demand module, so that
/// the catalogue's texts stay out of the first load.
pub fn results_html(text: &str, on_scorecard: &[&str]) -> String {
    let items: String = search(text)
        .map(|entry| {
            let (inputs, result) = entry.example;
            let inputs: Vec<String> = inputs.iter().map(|v| format_number(*v)).collect();
            let already = if on_scorecard.contains(&entry.name) { "<span class=\"small muted\">On the scorecard</span>" } else { "" };
            format!(
                "<li class=\"catalogue-item\"><div><p class=\"catalogue-name\">{name}</p><p class=\"small\">{}</p><p class=\"small muted\">{} · {}</p><p class=\"small muted\">Example: {} → {}</p></div><div class=\"catalogue-action\">{already}<button type=\"button\" class=\"button button-secondary\" aria-label=\"Add {name}\" data-action=\"add\" data-name=\"{name}\">Add</button></div></li>\n",
                escape(entry.description),
                escape(entry.formula_text),
                escape(entry.unit),
                inputs.join(", "),
                format_number(result),
                name = escape(entry.name),
            )
        })
        .collect();
    if items.is_empty() {
        "<p class=\"muted\">No measure in the catalogue matches. Write a custom one instead.</p>".to_owned()
    } else {
        format!("<ul class=\"catalogue-results\">\n{items}</ul>\n")
    }
}

/// The entry named `name`, as a new inventory line (its id still to be given).
pub fn entry_measure(name: &str) -> Option<Measure> {
    CATALOGUE.iter().find(|entry| entry.name == name).map(|entry| entry.to_measure(MeasureId(0)))
}

/// Platforms measures usually come from, by kind: the catalogue's
/// suggestions for a measure's source.
pub const PLATFORMS: [&[&str]; 6] = [SURVEYS, CRM, SUPPORT, SUCCESS, ERP, PRODUCT];

const SURVEYS: &[&str] = &["Qualtrics", "Medallia", "SurveyMonkey", "Delighted", "HubSpot"];
const CRM: &[&str] = &["Salesforce", "HubSpot", "Microsoft Dynamics", "Billing system"];
const SUPPORT: &[&str] = &["Zendesk", "ServiceNow", "Freshdesk", "Intercom", "Jira Service Management"];
const SUCCESS: &[&str] = &["Gainsight", "ChurnZero", "Totango", "Salesforce"];
const ERP: &[&str] = &["SAP", "Oracle NetSuite", "Microsoft Dynamics", "Warehouse system"];
const PRODUCT: &[&str] = &["Pendo", "Amplitude", "Mixpanel", "Product database"];

pub static CATALOGUE: [CatalogueEntry; 20] = [
    CatalogueEntry {
        name: "Net Promoter Score",
        aliases: "NPS recommend loyalty promoter detractor",
        description: "How willing customers are to recommend you: a broad signal of loyalty, weak on why.",
        asks: "How likely is it that you would recommend us to a friend or colleague? (0–10)",
        formula_text: "% promoters (9–10) − % detractors (0–6)",
        formula: Formula::NetPromoter,
        unit: "−100 to 100",
        platforms: SURVEYS,
        frequency: Frequency::Quarterly,
        example: (&[9.0, 10.0, 10.0, 9.0, 8.0, 7.0, 6.0, 3.0, 10.0, 9.0], 40.0),
    },
    CatalogueEntry {
        name: "Customer satisfaction (CSAT)",
        aliases: "CSAT satisfied satisfaction survey",
        description: "How satisfied customers were with one interaction or delivery, asked right after it.",
        asks: "How satisfied were you with …? (1 = very dissatisfied, 5 = very satisfied)",
        formula_text: "Answers of 4 or 5 ÷ all answers × 100",
        formula: Formula::TopTwoBoxes,
        unit: "%",
        platforms: SURVEYS,
        frequency: Frequency::Continuous,
        example: (&[5.0, 4.0, 4.0, 3.0, 5.0, 2.0, 4.0, 5.0], 75.0),
    },
    CatalogueEntry {
        name: "Customer effort score (CES)",
        aliases: "CES effort easy ease",
        description: "How easy it was to get something done with you; effort predicts disloyalty well.",
        asks: "How easy was it to …? (1 = very difficult, 7 = very easy)",
        formula_text: "Mean of all answers",
        formula: Formula::Mean,
        unit: "1–7",
        platforms: SURVEYS,
        frequency: Frequency::Continuous,
        example: (&[7.0, 6.0, 5.0, 4.0, 6.0, 2.0], 5.0),
    },
    CatalogueEntry {
        name: "Customer churn rate",
        aliases: "churn attrition lost customers logo churn",
        description: "The share of customers who left in the period.",
        asks: "Counts customers whose contract ended and was not renewed",
        formula_text: "Customers lost in the period ÷ customers at the start × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: CRM,
        frequency: Frequency::Quarterly,
        example: (&[6.0, 240.0], 2.5),
    },
    CatalogueEntry {
        name: "Customer retention rate",
        aliases: "CRR retention retained customers",
        description: "The share of customers at the start of the period who are still customers at its end.",
        asks: "Counts customers kept, leaving out the ones won during the period",
        formula_text: "(Customers at end − new customers) ÷ customers at start × 100",
        formula: Formula::CustomerRetention,
        unit: "%",
        platforms: CRM,
        frequency: Frequency::Quarterly,
        example: (&[200.0, 210.0, 20.0], 95.0),
    },
    CatalogueEntry {
        name: "Gross revenue retention",
        aliases: "GRR revenue retention downgrade contraction",
        description: "Recurring revenue kept from existing customers, before any growth: at most 100 %.",
        asks: "Counts recurring revenue lost to downgrades and cancellations",
        formula_text: "(Start recurring revenue − contraction − churned revenue) ÷ start recurring revenue × 100",
        formula: Formula::GrossRevenueRetention,
        unit: "%",
        platforms: &["Billing system", "SAP", "Oracle NetSuite", "ChartMogul"],
        frequency: Frequency::Quarterly,
        example: (&[1000.0, 30.0, 50.0], 92.0),
    },
    CatalogueEntry {
        name: "Net revenue retention",
        aliases: "NRR NDR net dollar retention expansion upsell",
        description: "Recurring revenue kept and grown from existing customers; above 100 % means they grow.",
        asks: "Counts recurring revenue from existing customers, with upgrades",
        formula_text: "(Start recurring revenue + expansion − contraction − churned revenue) ÷ start recurring revenue × 100",
        formula: Formula::NetRevenueRetention,
        unit: "%",
        platforms: &["Billing system", "SAP", "Oracle NetSuite", "ChartMogul"],
        frequency: Frequency::Quarterly,
        example: (&[1000.0, 120.0, 30.0, 50.0], 104.0),
    },
    CatalogueEntry {
        name: "Renewal rate",
        aliases: "renewals contract renewal",
        description: "The share of contracts up for renewal that were renewed.",
        asks: "Counts contracts renewed out of those that came up for renewal",
        formula_text: "Contracts renewed ÷ contracts up for renewal × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: CRM,
        frequency: Frequency::Quarterly,
        example: (&[45.0, 50.0], 90.0),
    },
    CatalogueEntry {
        name: "Customer health score",
        aliases: "health score risk composite",
        description: "One score built from several signals (usage, tickets, survey answers, payments) to spot risk early.",
        asks: "Combines several signals into one score per customer",
        formula_text: "Σ weight × signal score ÷ Σ weight, each signal scored 0–100",
        formula: Formula::WeightedScore,
        unit: "0–100",
        platforms: SUCCESS,
        frequency: Frequency::Monthly,
        example: (&[0.5, 80.0, 0.3, 60.0, 0.2, 90.0], 76.0),
    },
    CatalogueEntry {
        name: "First contact resolution",
        aliases: "FCR first call resolution one touch",
        description: "The share of support requests solved in the first contact, without a follow-up.",
        asks: "Counts tickets solved in the first call, chat or email",
        formula_text: "Tickets resolved at first contact ÷ all resolved tickets × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: SUPPORT,
        frequency: Frequency::Monthly,
        example: (&[142.0, 200.0], 71.0),
    },
    CatalogueEntry {
        name: "Time to resolution",
        aliases: "TTR resolution time MTTR fix time",
        description: "How long customers wait until their problem is solved.",
        asks: "Counts hours from a ticket being opened to it being resolved",
        formula_text: "Median hours from ticket opened to resolved",
        formula: Formula::Median,
        unit: "hours",
        platforms: SUPPORT,
        frequency: Frequency::Weekly,
        example: (&[2.0, 30.0, 5.0, 26.0, 70.0], 26.0),
    },
    CatalogueEntry {
        name: "First response time",
        aliases: "FRT response time reply",
        description: "How long customers wait for a first human answer.",
        asks: "Counts minutes from a ticket being opened to the first reply",
        formula_text: "Median minutes from ticket opened to first reply",
        formula: Formula::Median,
        unit: "minutes",
        platforms: SUPPORT,
        frequency: Frequency::Weekly,
        example: (&[12.0, 45.0, 8.0, 30.0], 21.0),
    },
    CatalogueEntry {
        name: "Support ticket volume",
        aliases: "tickets cases contacts volume",
        description: "How often customers need help; rising volume can mean a product or documentation problem.",
        asks: "Counts support tickets opened in the period",
        formula_text: "Tickets opened in the period",
        formula: Formula::Count,
        unit: "tickets",
        platforms: SUPPORT,
        frequency: Frequency::Weekly,
        example: (&[120.0, 95.0, 110.0], 325.0),
    },
    CatalogueEntry {
        name: "On-time delivery",
        aliases: "OTD OTIF delivery reliability late orders",
        description: "The share of orders delivered by the date promised to the customer.",
        asks: "Counts orders delivered on or before the promised date",
        formula_text: "Orders delivered on or before the promised date ÷ orders delivered × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: ERP,
        frequency: Frequency::Weekly,
        example: (&[176.0, 200.0], 88.0),
    },
    CatalogueEntry {
        name: "Defect or return rate",
        aliases: "defects returns quality RMA complaints",
        description: "The share of delivered units that came back or failed.",
        asks: "Counts units returned or found defective",
        formula_text: "Units returned or defective ÷ units shipped × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: ERP,
        frequency: Frequency::Monthly,
        example: (&[18.0, 1200.0], 1.5),
    },
    CatalogueEntry {
        name: "Product adoption",
        aliases: "adoption usage active users feature",
        description: "How much of what customers bought they actually use.",
        asks: "Counts licensed users who used the product or a key feature in the period",
        formula_text: "Active users ÷ licensed users × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: PRODUCT,
        frequency: Frequency::Monthly,
        example: (&[340.0, 500.0], 68.0),
    },
    CatalogueEntry {
        name: "QBR attendance",
        aliases: "QBR quarterly business review meetings",
        description: "How many key accounts review the relationship with you each quarter.",
        asks: "Counts key accounts that held a quarterly business review",
        formula_text: "Key accounts with a QBR held ÷ key accounts × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: CRM,
        frequency: Frequency::Quarterly,
        example: (&[29.0, 50.0], 58.0),
    },
    CatalogueEntry {
        name: "Executive sponsor engagement",
        aliases: "executive sponsor exec relationship",
        description: "Whether senior people on both sides stay in touch; a leading signal for renewals.",
        asks: "Counts key accounts with an executive sponsor meeting in the quarter",
        formula_text: "Key accounts with an executive meeting ÷ key accounts × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: CRM,
        frequency: Frequency::Quarterly,
        example: (&[18.0, 40.0], 45.0),
    },
    CatalogueEntry {
        name: "Referenceability",
        aliases: "references reference customers advocacy case study",
        description: "The share of customers asked who agree to speak for you: loyalty shown, not stated.",
        asks: "Counts customers who agreed to act as a reference",
        formula_text: "Customers who agreed to be a reference ÷ customers asked × 100",
        formula: Formula::Share,
        unit: "%",
        platforms: &["Salesforce", "Influitive", "Spreadsheet"],
        frequency: Frequency::Quarterly,
        example: (&[12.0, 20.0], 60.0),
    },
    CatalogueEntry {
        name: "Onboarding time to value",
        aliases: "TTV time to value onboarding implementation go-live",
        description: "How long a new customer waits before getting the first result they bought the product for.",
        asks: "Counts days from contract signature to the first agreed outcome",
        formula_text: "Median days from signature to first agreed outcome",
        formula: Formula::Median,
        unit: "days",
        platforms: SUCCESS,
        frequency: Frequency::Monthly,
        example: (&[21.0, 35.0, 60.0, 28.0, 42.0], 35.0),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_list_shows_only_what_the_search_finds_and_marks_what_is_there() {
        let html = results_html("churn", &["Customer churn rate"]);
        assert!(html.contains("aria-label=\"Add Customer churn rate\"") && html.contains("On the scorecard"));
        assert!(!html.contains("Net Promoter Score"));
        assert_eq!(results_html("", &[]).matches("data-action=\"add\"").count(), CATALOGUE.len());
        assert!(!results_html("", &[]).contains("On the scorecard"));
        assert!(results_html("zzz", &[]).contains("No measure in the catalogue matches."));
        assert_eq!(entry_measure("Customer churn rate").map(|m| m.name), Some("Customer churn rate".to_owned()));
        assert_eq!(entry_measure("<script>"), None);
    }

    #[test]
    fn every_worked_example_gives_the_stated_result() {
        for entry in &CATALOGUE {
            let (inputs, expected) = entry.example;
            let got = entry.formula.apply(inputs).unwrap_or_else(|| panic!("{} gives no result", entry.name));
            assert!((got - expected).abs() < 1e-9, "{}: {got} ≠ {expected}", entry.name);
        }
    }

    #[test]
    fn names_are_unique_and_every_entry_is_complete() {
        let names: HashSet<&str> = CATALOGUE.iter().map(|e| e.name).collect();
        assert_eq!(names.len(), CATALOGUE.len());
        for e in &CATALOGUE {
            assert!(!e.description.is_empty() && !e.asks.is_empty() && !e.formula_text.is_empty(), "{}", e.name);
            assert!(!e.unit.is_empty() && !e.platforms.is_empty(), "{}", e.name);
        }
    }

    #[test]
    fn covers_the_measures_the_brief_names() {
        for wanted in [
            "NPS", "CSAT", "CES", "churn", "gross revenue", "net revenue", "renewal", "health", "first contact",
            "time to resolution", "ticket volume", "on-time", "defect", "adoption", "QBR", "executive sponsor",
            "referenceability", "time to value",
        ] {
            assert!(search(wanted).next().is_some(), "nothing found for {wanted}");
        }
    }

    #[test]
    fn search_needs_every_word_and_ignores_case() {
        let found: Vec<&str> = search("revenue RETENTION").map(|e| e.name).collect();
        assert_eq!(found, vec!["Gross revenue retention", "Net revenue retention"]);
        assert_eq!(search("").count(), CATALOGUE.len());
        assert_eq!(search("nps").next().unwrap().name, "Net Promoter Score");
    }

    #[test]
    fn a_measure_from_the_catalogue_carries_its_definition() {
        let m = CATALOGUE[0].to_measure(MeasureId(7));
        assert_eq!((m.id, m.name.as_str(), m.unit.as_str()), (MeasureId(7), "Net Promoter Score", "−100 to 100"));
        assert_eq!(m.source, "Qualtrics");
        assert!(m.owner.is_empty());
    }
}
