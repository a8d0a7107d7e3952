//! The facilitator's controls around a screen: the bar, the shortcuts panel,
//! and for every control the keys that press it.

use std::fmt::Write;

use super::Chrome;
use crate::share::report::escape;

/// Where the deck can move from the screen shown.
pub(super) struct Moves {
    pub counts: String,
    pub back: bool,
    pub on: bool,
}

impl Moves {
    fn attributes(&self, forward: bool) -> String {
        format!(" data-step=\"{}\" data-counts=\"{}\"", if forward { 1 } else { -1 }, self.counts)
    }
}

/// A control: what it does (`data-action`, and for a move its `attributes`), the
/// keys that press it (`data-keys`, as the browser names them; the app
/// clicks the control a key names), and its name.
fn control(html: &mut String, action: &str, to: &str, keys: &str, label: &str, text: &str) {
    let keys = if keys.is_empty() { String::new() } else { format!(" data-keys=\"{keys}\" aria-keyshortcuts=\"{}\"", shortcut_names(keys)) };
    let _ = write!(html, "<button type=\"button\" data-action=\"{action}\"{to}{keys} aria-label=\"{label}\">{text}</button>");
}

/// `aria-keyshortcuts` spells keys its own way: `t T` is `T`, `?` is `Shift+?`.
fn shortcut_names(keys: &str) -> String {
    let mut names: Vec<String> = Vec::new();
    for key in keys.split(' ') {
        let name = match key {
            "?" => "Shift+?".to_owned(),
            k if k.len() == 1 => k.to_uppercase(),
            k => k.to_owned(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(" ")
}

/// The facilitator's controls: the bar, and the shortcuts panel (hidden
/// until asked for) whose every row has the button that does the same, so
/// that each key has a control to click and each control its key.
pub(super) fn controls_html(html: &mut String, chrome: Chrome, moves: &Moves) {
    let _ = write!(
        html,
        "<section class=\"presenter-help presenter-controls\" aria-labelledby=\"presenter-help-title\"{}><h2 id=\"presenter-help-title\"{} tabindex=\"-1\">Keyboard shortcuts</h2><table>",
        if chrome.help { "" } else { " hidden" },
        if chrome.help { " data-focus" } else { "" },
    );
    let (timer_label, timer_text) = if chrome.timer_running { ("Pause the timer", "Pause") } else { ("Start the timer", "Start") };
    for (keys, what, action, to, own_keys) in [
        ("→ or Page Down", "Next screen", "go", moves.on.then(|| moves.attributes(true)), ""),
        ("← or Page Up", "Previous screen", "go", moves.back.then(|| moves.attributes(false)), ""),
        ("T", "Start or pause the timer", "timer", Some(String::new()), ""),
        ("F", "Full screen on or off", "fullscreen", Some(String::new()), "f F"),
        ("A", "Open the audience window for a projector", "audience", Some(String::new()), "a A"),
        ("1 to 5", "Count a hand for that value, on a question screen", "", None, ""),
        ("?", "Show or hide these shortcuts", "help", Some(String::new()), ""),
        ("Esc", "Close these shortcuts, then leave the presenter view", "help", Some(String::new()), if chrome.help { "Escape" } else { "" }),
    ] {
        let _ = write!(html, "<tr><th scope=\"row\">{}</th><td>", escape(keys));
        match to {
            Some(to) => control(html, action, &to, own_keys, what, what),
            None => html.push_str(what),
        }
        html.push_str("</td></tr>");
    }
    html.push_str("</table><p>This step's timer: ");
    for (action, text) in [("timer-less", "1 minute less"), ("timer-more", "1 minute more"), ("timer-reset", "Reset the timer")] {
        control(html, action, "", "", text, text);
        html.push(' ');
    }
    let _ = write!(html, "<button type=\"button\" data-action=\"sound\" aria-pressed=\"{}\">Sound at zero</button></p></section>", chrome.sound);
    html.push_str("<nav class=\"presenter-controls\" aria-label=\"Presenter controls\">");
    if moves.back {
        control(html, "go", &moves.attributes(false), "ArrowLeft PageUp", "Previous screen", "←");
    }
    if moves.on {
        control(html, "go", &moves.attributes(true), "ArrowRight PageDown", "Next screen", "→");
    }
    control(html, "timer", "", "t T", timer_label, timer_text);
    control(html, "help", "", "?", "Keyboard shortcuts and more controls", "?");
    control(html, "leave", "", if chrome.help { "" } else { "Escape" }, "Leave the presenter view", "Leave");
    html.push_str("</nav>");
}

#[cfg(test)]
mod tests {
    use super::super::{screens, slide_html, Chrome};
    use crate::sample::sample_workshop;

    #[test]
    fn every_key_names_a_control_and_the_shortcuts_panel_opens_on_request() {
        let w = sample_workshop();
        let closed = slide_html(&w, 0, 0, Chrome::default());
        assert!(closed.contains("aria-labelledby=\"presenter-help-title\" hidden>"));
        assert!(closed.contains("data-action=\"timer\" data-keys=\"t T\" aria-keyshortcuts=\"T\" aria-label=\"Start the timer\""));
        for keys in ["ArrowRight PageDown", "?", "f F", "a A", "Escape"] {
            assert_eq!(closed.matches(&format!("data-keys=\"{keys}\"")).count(), 1, "{keys}");
        }
        // The very first screen has nowhere to go back to.
        assert!(!closed.contains("ArrowLeft"));
        let open = slide_html(&w, 0, 0, Chrome { timer_running: true, help: true, sound: false });
        assert!(open.contains("Pause the timer") && open.contains("data-focus"));
        // While the panel is open, Esc closes it instead of leaving.
        assert!(open.contains("data-action=\"help\" data-keys=\"Escape\""));
        assert!(!open.contains("data-action=\"leave\" data-keys"));
    }

    #[test]
    fn a_move_names_its_direction_and_every_parts_size_and_the_ends_have_none() {
        let w = sample_workshop();
        let counts: Vec<String> = (0..4).map(|p| screens(&w, p).len().to_string()).collect();
        let middle = slide_html(&w, 1, 0, Chrome::default());
        assert!(middle.contains(&format!("data-step=\"1\" data-counts=\"{}\" data-keys=\"ArrowRight PageDown\"", counts.join(" "))));
        assert!(middle.contains("data-step=\"-1\""));
        assert!(!slide_html(&w, 0, 0, Chrome::default()).contains("ArrowLeft"));
        assert!(!slide_html(&w, 3, 0, Chrome::default()).contains("ArrowRight"));
    }
}
