//! What a bullet contains, computed once so every bullet rule reads the same facts.

use super::Document;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BulletFacts {
    /// Word count (words and numbers, not punctuation).
    pub words: usize,
}

/// Fill in `facts` for every bullet of `doc`.
pub fn compute(doc: &mut Document<'_>) {
    let text = doc.text;
    let counts: alloc::vec::Vec<usize> = doc
        .bullets
        .iter()
        .map(|b| crate::text::word_count(&crate::text::tokenize_span(text, b.body)))
        .collect();
    for (b, words) in doc.bullets.iter_mut().zip(counts) {
        b.facts.words = words;
    }
}
