//! The share link: the whole workshop, compressed, in the URL's fragment
//! (`…/#/shared/1.<data>`). Browsers never send a fragment to a server, so
//! the link carries the results to anyone without a server seeing them.
//!
//! The compression is the browser's own (`CompressionStream("deflate-raw")`,
//! no bytes in the bundle); this module frames the compressed bytes as
//! URL-safe text and reads them back, and draws the QR code of a link.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The route a share link opens, before its data.
pub const SHARED_ROUTE: &str = "#/shared/";

/// The data's format, first in the data: a later app that changes the
/// compression or the framing can still tell an old link and read it.
const FORMAT: &str = "1.";

/// A link's data is refused above this many characters: no browser keeps a
/// longer address reliably, and it bounds the work a hostile link can cause.
pub const MAX_DATA_CHARS: usize = 1_000_000;

/// The most a share link may expand to, in bytes of saved JSON: the same
/// ceiling as a file (`import::MAX_IMPORT_BYTES`), checked while the data is
/// inflated so that a small link cannot unpack into an enormous one.
pub const MAX_EXPANDED_BYTES: usize = super::import::MAX_IMPORT_BYTES;

/// The most bytes one QR code holds: version 40 at error-correction level L.
pub const QR_MAX_BYTES: usize = 2953;

/// Why a link cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// A format this app does not know: from a newer app, or not a share link.
    UnknownFormat,
    /// Characters that base64 does not use, or a length it cannot have:
    /// usually a link cut short when it was copied.
    Garbled,
    TooLong,
    /// The data does not inflate: cut short or altered.
    Damaged,
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LinkError::UnknownFormat => {
                "This link was not made by this version of Scorecard Workshop: ask for the workshop file or the HTML report instead."
            }
            LinkError::Garbled | LinkError::Damaged => {
                "This share link is incomplete: it was probably cut short when it was copied. Ask for the link again, or for the workshop file."
            }
            LinkError::TooLong => "This share link is longer than any browser keeps: ask for the workshop file instead.",
        })
    }
}

impl std::error::Error for LinkError {}

/// The fragment of a share link carrying `compressed` (the saved JSON,
/// raw-DEFLATE compressed).
pub fn fragment(compressed: &[u8]) -> String {
    format!("{SHARED_ROUTE}{FORMAT}{}", URL_SAFE_NO_PAD.encode(compressed))
}

/// The compressed bytes carried by a link's data (what follows
/// `SHARED_ROUTE`).
pub fn compressed(data: &str) -> Result<Vec<u8>, LinkError> {
    if data.len() > MAX_DATA_CHARS {
        return Err(LinkError::TooLong);
    }
    let encoded = data.strip_prefix(FORMAT).ok_or(LinkError::UnknownFormat)?;
    let bytes = URL_SAFE_NO_PAD.decode(encoded.trim_end_matches('=')).map_err(|_| LinkError::Garbled)?;
    if bytes.is_empty() {
        return Err(LinkError::Garbled);
    }
    Ok(bytes)
}

/// Why a link has no QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLongForQr {
    pub bytes: usize,
}

impl std::fmt::Display for TooLongForQr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "This link is {} characters long and a QR code holds at most {QR_MAX_BYTES}, so there is no QR code for it. Send the link itself by email or chat, or send the workshop file or the HTML report.",
            self.bytes
        )
    }
}

impl std::error::Error for TooLongForQr {}

/// The QR code of `link` as SVG, dark on white with the quiet zone a scanner
/// needs; the lowest error correction, so that the longest links still fit.
pub fn qr_svg(link: &str) -> Result<String, TooLongForQr> {
    let too_long = TooLongForQr { bytes: link.len() };
    if link.len() > QR_MAX_BYTES {
        return Err(too_long);
    }
    let code = QrCode::with_error_correction_level(link, EcLevel::L).map_err(|_| too_long)?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(320, 320)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_fragment_names_its_route_and_format_and_reads_back() {
        let bytes = [0u8, 1, 2, 250, 251, 255, 62, 63];
        let fragment = fragment(&bytes);
        let data = fragment.strip_prefix(SHARED_ROUTE).unwrap();
        assert!(data.starts_with("1."));
        assert!(data.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)), "{data}");
        assert_eq!(compressed(data), Ok(bytes.to_vec()));
    }

    #[test]
    fn links_cut_short_or_from_elsewhere_are_told_apart() {
        assert_eq!(compressed("2.AAAA"), Err(LinkError::UnknownFormat));
        assert_eq!(compressed("hello"), Err(LinkError::UnknownFormat));
        assert_eq!(compressed("1."), Err(LinkError::Garbled));
        assert_eq!(compressed("1.A"), Err(LinkError::Garbled));
        assert_eq!(compressed("1.ab<c"), Err(LinkError::Garbled));
        assert_eq!(compressed(&format!("1.{}", "A".repeat(MAX_DATA_CHARS))), Err(LinkError::TooLong));
        assert!(LinkError::Garbled.to_string().contains("cut short"));
    }

    #[test]
    fn a_short_link_gets_a_qr_code_and_a_long_one_a_reason() {
        let svg = qr_svg("https://example.org/scorecard/#/shared/1.abc").unwrap();
        assert!(svg.contains("<svg") && svg.contains("#000000"));
        let long = format!("https://example.org/#/shared/1.{}", "a".repeat(3000));
        let why = qr_svg(&long).unwrap_err().to_string();
        assert!(why.contains(&long.len().to_string()) && why.contains("2953") && why.contains("workshop file"), "{why}");
    }

    #[test]
    fn the_longest_link_a_qr_code_holds_still_gets_one() {
        let base = "https://example.org/#/shared/1.";
        let longest = format!("{base}{}", "a".repeat(QR_MAX_BYTES - base.len()));
        assert!(qr_svg(&longest).is_ok());
        assert!(qr_svg(&format!("{longest}a")).is_err());
    }

    proptest! {
        #[test]
        fn any_bytes_survive_the_link(bytes in proptest::collection::vec(any::<u8>(), 1..2000)) {
            let fragment = fragment(&bytes);
            prop_assert_eq!(compressed(fragment.strip_prefix(SHARED_ROUTE).unwrap()), Ok(bytes));
        }

        #[test]
        fn any_text_as_link_data_is_read_or_refused_without_panic(data in ".{0,200}") {
            let _ = compressed(&data);
        }
    }
}
