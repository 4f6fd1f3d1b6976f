//! The contact block: email, phone, LinkedIn, GitHub, location.

use super::Section;
use crate::span::Span;
use serde::Serialize;

/// Where each contact detail was found (byte spans), if anywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub email: Option<Span>,
    pub phone: Option<Span>,
    pub linkedin: Option<Span>,
    pub github: Option<Span>,
    pub location: Option<Span>,
}

/// Find contact details anywhere in the text (they usually sit in the header block).
pub fn find(text: &str, lines: &[Span], _sections: &[Section]) -> Contact {
    let mut contact = Contact::default();
    for line in lines {
        for (start, word) in words_with_offsets(line.slice(text)) {
            let span = Span::new(line.start + start, line.start + start + word.len());
            if contact.email.is_none() && looks_like_email(word) {
                contact.email = Some(span);
            }
            let lower = word.to_ascii_lowercase();
            if contact.linkedin.is_none() && lower.contains("linkedin.com/") {
                contact.linkedin = Some(span);
            }
            if contact.github.is_none() && lower.contains("github.com/") {
                contact.github = Some(span);
            }
        }
    }
    contact
}

fn words_with_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - s.as_ptr() as usize;
        let w = w.trim_matches(|c: char| matches!(c, ',' | ';' | '|' | '(' | ')' | '<' | '>'));
        let start = start + 0;
        (start, w)
    })
}

fn looks_like_email(w: &str) -> bool {
    match w.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.') && !domain.ends_with('.'),
        None => false,
    }
}
