//! What every wasm module of the page shares (the engine, the file readers, the posting
//! reader, the structured readers, the YAML reader): the panic hook that logs to the console,
//! and the JS `Error` with a `kind` the readers throw. One copy here instead of one per module.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);

    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &str, value: &str) -> Result<bool, JsValue>;
}

/// Log panics to the console before the module traps, so a bug shows a message naming the
/// module (`what`: "file reader", "YAML reader", …) instead of a bare `unreachable`.
/// Diagnostics only: nothing panics on input. Installed once per module instance; the readers
/// call it on their first call rather than from a `start` function, because their tests link
/// them and the engine (which has the `start` function) into one module, and a module has one
/// start.
pub fn install_panic_hook(what: &'static str) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(move |info| {
            console_error(&format!("resume-analyzer {what} panicked: {info}"));
        }));
    });
}

/// A JS `Error` with `message` and a `kind` property (the core's error kind in kebab-case).
pub fn error_with_kind(kind: &str, message: &str) -> JsValue {
    let error = JsValue::from(JsError::new(message));
    // Setting a property on a fresh Error cannot fail; if it somehow did, the message alone
    // still reaches the user.
    let _ = reflect_set(&error, "kind", kind);
    error
}
