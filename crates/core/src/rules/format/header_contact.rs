//! F-HEADER-CONTACT: contact details only in the page header or footer.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::document::Document;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::PHONE_MIN_DIGITS;
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-HEADER-CONTACT",
        name: "Contact in header",
        category: Category::Formatting,
        severity: Severity::Error,
        summary: "Contact details appear only in the page header or footer.",
        explanation: "Many ATS parsers skip a document's header and footer parts, so contact \
            details placed only there are lost and the recruiter has no way to reach you (common \
            ATS guidance). Seed 002 counts \"Missing contact information - Include phone, email, \
            LinkedIn, and city/state\" among the errors that disqualify otherwise qualified \
            candidates; a header-only email is missing as far as the ATS knows.",
        source: "common ATS guidance, 002",
    },
    check,
};

/// A kind of contact detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Detail {
    Email,
    Phone,
    Linkedin,
    Github,
    Link,
}

impl Detail {
    fn label(self) -> &'static str {
        match self {
            Detail::Email => "email",
            Detail::Phone => "phone",
            Detail::Linkedin => "LinkedIn",
            Detail::Github => "GitHub",
            Detail::Link => "website",
        }
    }
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let missing = header_only(ctx.doc);
    if missing.is_empty() {
        return;
    }
    let listed: Vec<String> = missing
        .iter()
        .map(|(kind, value)| format!("{} ({value})", kind.label()))
        .collect();
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "Only in the page header/footer: {}. Many ATS parsers skip headers and footers, \
                 so the recruiter may get no way to reach you.",
                listed.join(", ")
            ),
            String::from(
                "Put the contact line in the body, right under your name at the top of page one.",
            ),
        )
        .points(15),
    );
}

/// Contact details found in the layout's header/footer text that the body lacks.
pub(crate) fn header_only(doc: &Document<'_>) -> Vec<(Detail, String)> {
    let header = &doc.layout.header_footer_text;
    if header.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(Detail, String)> = Vec::new();
    for text in header {
        for word in text.split_whitespace() {
            let w =
                word.trim_matches(|c: char| matches!(c, ',' | ';' | '|' | '(' | ')' | '<' | '>'));
            let lower = w.to_ascii_lowercase();
            let kind = if is_email(w) {
                Some(Detail::Email)
            } else if lower.contains("linkedin.com/") {
                Some(Detail::Linkedin)
            } else if lower.contains("github.com/") {
                Some(Detail::Github)
            } else if lower.starts_with("http") || lower.starts_with("www.") {
                Some(Detail::Link)
            } else {
                None
            };
            if let Some(kind) = kind {
                found.push((kind, String::from(w)));
            }
        }
        if let Some(phone) = phone_in(text) {
            found.push((Detail::Phone, phone));
        }
    }
    crate::sort::sort(&mut found);
    found.dedup();
    let body = doc.text.to_ascii_lowercase();
    let body_digits: Option<String> = doc.contact.phone.map(|s| digits(s.slice(doc.text)));
    found.retain(|(kind, value)| match kind {
        Detail::Phone => {
            let d = digits(value);
            !body_digits
                .as_deref()
                .is_some_and(|b| b.ends_with(d.as_str()) || d.ends_with(b))
        }
        _ => !body.contains(&value.to_ascii_lowercase()),
    });
    found
}

fn is_email(w: &str) -> bool {
    match w.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.') && !domain.ends_with('.'),
        None => false,
    }
}

/// The first phone-looking run (digits, spaces, `+()-.`) with 7–15 digits.
fn phone_in(text: &str) -> Option<String> {
    let is_phone_char =
        |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-' | '.');
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(core::iter::once((text.len(), '\n')))
    {
        if is_phone_char(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(a) = start.take() {
            let run = text.get(a..i).unwrap_or("").trim();
            let n = run.chars().filter(char::is_ascii_digit).count();
            if (PHONE_MIN_DIGITS..=15).contains(&n) {
                return Some(String::from(run));
            }
        }
    }
    None
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{of, report_with, CLEAN};
    use crate::layout::LayoutFacts;
    use crate::Options;
    use alloc::string::String;
    use alloc::vec;

    fn header(lines: &[&str]) -> LayoutFacts {
        LayoutFacts {
            header_footer_text: lines.iter().map(|s| String::from(*s)).collect(),
            ..LayoutFacts::default()
        }
    }

    #[test]
    fn flags_details_missing_from_the_body() {
        let body = CLEAN.replace(
            "jane.doe@example.com | +1 (555) 123-4567 | linkedin.com/in/janedoe | github.com/janedoe | Seattle, WA\n",
            "Seattle, WA\n",
        );
        let layout = header(&[
            "Jane Doe | jane.doe@example.com | +1 (555) 123-4567",
            "Page 1",
        ]);
        let found = of(
            &report_with(&body, &Options::default(), &layout),
            "F-HEADER-CONTACT",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].message.contains("email (jane.doe@example.com)"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.contains("phone (+1 (555) 123-4567)"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].points, 15);
    }

    #[test]
    fn details_repeated_in_the_body_pass() {
        let layout = header(&["jane.doe@example.com", "github.com/janedoe"]);
        let found = of(
            &report_with(CLEAN, &Options::default(), &layout),
            "F-HEADER-CONTACT",
        );
        assert!(found.is_empty(), "{found:#?}");
        let none = LayoutFacts {
            header_footer_text: vec![],
            ..LayoutFacts::default()
        };
        assert!(of(
            &report_with(CLEAN, &Options::default(), &none),
            "F-HEADER-CONTACT"
        )
        .is_empty());
    }
}
