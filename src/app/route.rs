//! Views addressed by the URL fragment (`#/w/<id>/discuss`). A fragment never
//! reaches the server, so deep links, reload and back/forward work on any
//! static host, under any subpath, without rewrite rules.

use scorecard_core::share::link::SHARED_ROUTE;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Familiarize,
    Discuss,
    Determine,
    Report,
    /// Exports, the share link, merge, compare and the next review: not a
    /// step of the workshop, so not in its navigation.
    Share,
}

impl Step {
    /// The steps the navigation lists, in order.
    pub const ALL: [Step; 4] = [Step::Familiarize, Step::Discuss, Step::Determine, Step::Report];
    const ROUTED: [Step; 5] = [Step::Familiarize, Step::Discuss, Step::Determine, Step::Report, Step::Share];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Familiarize => "familiarize",
            Step::Discuss => "discuss",
            Step::Determine => "determine",
            Step::Report => "report",
            Step::Share => "share",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Familiarize => "Familiarize",
            Step::Discuss => "Discuss",
            Step::Determine => "Determine",
            Step::Report => "Report",
            Step::Share => "Share and export",
        }
    }

    /// The step's number in the workshop; the report comes after the three steps.
    pub fn number(self) -> Option<u8> {
        match self {
            Step::Familiarize => Some(1),
            Step::Discuss => Some(2),
            Step::Determine => Some(3),
            Step::Report | Step::Share => None,
        }
    }

    fn from_slug(slug: &str) -> Option<Step> {
        Step::ROUTED.into_iter().find(|s| s.slug() == slug)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Workshop { id: String, step: Step },
    /// A share link: the workshop itself, compressed, in the fragment.
    Shared { data: String },
    NotFound,
}

impl Route {
    /// Reads a `location.hash` value, with or without its leading `#`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["w", id] => Route::Workshop { id: (*id).to_owned(), step: Step::Familiarize },
            ["w", id, step] => match Step::from_slug(step) {
                Some(step) => Route::Workshop { id: (*id).to_owned(), step },
                None => Route::NotFound,
            },
            ["shared", data] => Route::Shared { data: (*data).to_owned() },
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_owned(),
            Route::Workshop { id, step } => format!("#/w/{id}/{}", step.slug()),
            Route::Shared { data } => format!("{SHARED_ROUTE}{data}"),
        }
    }

    /// The route in the address bar now.
    pub fn current() -> Route {
        Route::parse(&web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default())
    }

    /// Goes to `self` without adding a history entry, for redirects the
    /// person did not ask for (the first visit's jump to the sample).
    pub fn replace_current(&self) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&self.href());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_a_round_trip_through_its_link() {
        let routes = std::iter::once(Route::Home)
            .chain(Step::ROUTED.into_iter().map(|step| Route::Workshop { id: "m3k9x2".into(), step }))
            .chain(std::iter::once(Route::Shared { data: "1.eJzT0".into() }));
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn reads_the_fragments_people_and_browsers_produce() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/w/abc"), Route::Workshop { id: "abc".into(), step: Step::Familiarize });
        assert_eq!(Route::parse("#/w/abc/report/"), Route::Workshop { id: "abc".into(), step: Step::Report });
        assert_eq!(Route::parse("#/w/abc/settings"), Route::NotFound);
        assert_eq!(Route::parse("#/admin"), Route::NotFound);
    }
}
