//! Stand-in for `wasm-streams` 0.5.
//!
//! Leptos always builds `server_fn`'s browser client, whose streaming server
//! functions need `wasm-streams`, whose `#[wasm_bindgen]` classes
//! (`IntoUnderlyingSource`, `IntoUnderlyingSink`, …) are exports: the linker
//! must keep them even though nothing calls them. This app has no server and
//! no server function, so those streams can never be used; this crate offers
//! the two calls `server_fn` compiles against and keeps the classes out of
//! the bundle. Should a streaming call ever happen, it fails with a message
//! instead of doing something half right.

pub mod readable {
    use futures_util::stream::{self, Stream};
    use wasm_bindgen::JsValue;

    pub mod sys {
        pub use web_sys::ReadableStream;
    }

    const UNAVAILABLE: &str = "Streaming server functions are not part of this build: Scorecard Workshop has no server.";

    pub struct ReadableStream {
        raw: sys::ReadableStream,
    }

    impl ReadableStream {
        pub fn from_raw(raw: sys::ReadableStream) -> Self {
            ReadableStream { raw }
        }

        /// An empty stream: a Rust stream cannot become a web stream here.
        pub fn from_stream<St>(_stream: St) -> Self
        where
            St: Stream<Item = Result<JsValue, JsValue>> + 'static,
        {
            let raw = sys::ReadableStream::new().unwrap_or_else(|_| wasm_bindgen::throw_str(UNAVAILABLE));
            ReadableStream { raw }
        }

        pub fn into_raw(self) -> sys::ReadableStream {
            self.raw
        }

        /// One error, never data.
        pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> + 'static {
            stream::once(async { Err(JsValue::from_str(UNAVAILABLE)) })
        }
    }
}

pub use readable::ReadableStream;
