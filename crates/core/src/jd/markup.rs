//! HTML pasted from job boards, read as text: tags stripped, entities decoded, block elements
//! as line breaks, `<li>` as a "- " item, `<h1>`–`<h6>` as "## " headings and `<strong>`/`<b>`
//! as `**` (so a bold-only paragraph reads as a heading the way it does in Markdown). Script
//! and style contents are dropped. One pass, linear in the input.

use alloc::string::String;

/// Tags whose presence (two or more) marks a paste as HTML.
const MARKERS: &[&str] = &[
    "<p>", "<p ", "<li>", "<li ", "<ul>", "<ul ", "<ol>", "<br>", "<br/>", "<br />", "<div", "<h1",
    "<h2", "<h3", "<h4", "<strong>", "<b>", "</p>", "</li>", "</div>", "<span",
];

/// Whether `text` is HTML (at least two known tags; a stray `<` in prose is not).
pub fn is_html(text: &str) -> bool {
    let lower_hits = MARKERS
        .iter()
        .filter(|m| find_ci(text, m).is_some())
        .take(2)
        .count();
    lower_hits >= 2
}

/// `needle` (lower-case ASCII) in `hay`, ASCII-case-insensitively.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

/// The readable text of an HTML posting.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(close) = rest.get(..rest.len().min(400)).and_then(|r| r.find('>')) {
                let inner = rest.get(1..close).unwrap_or("");
                if !inner.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
                    out.push('<');
                    rest = rest.get(1..).unwrap_or("");
                    continue;
                }
                rest = rest.get(close + 1..).unwrap_or("");
                let (closing, name) = tag_name(inner);
                if let Some(end) = skip_until {
                    if closing && name.eq_ignore_ascii_case(end) {
                        skip_until = None;
                    }
                    continue;
                }
                if !closing
                    && (name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style"))
                {
                    skip_until = Some(if name.eq_ignore_ascii_case("script") {
                        "script"
                    } else {
                        "style"
                    });
                    continue;
                }
                emit_tag(&mut out, closing, name);
                continue;
            }
        }
        rest = rest.get(c.len_utf8()..).unwrap_or("");
        if skip_until.is_some() {
            continue;
        }
        match c {
            '&' => {
                let (decoded, used) = entity(rest);
                push_text(&mut out, decoded);
                rest = rest.get(used..).unwrap_or("");
            }
            c if c.is_whitespace() => push_space(&mut out),
            c => out.push(c),
        }
    }
    tidy(&out)
}

/// Whether the tag closes, and its lower-case-insensitive name.
fn tag_name(inner: &str) -> (bool, &str) {
    let inner = inner.trim();
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    (closing, inner.get(..end).unwrap_or(""))
}

fn emit_tag(out: &mut String, closing: bool, name: &str) {
    let lower = name.to_ascii_lowercase();
    match lower.as_str() {
        "li" if !closing => {
            newline(out);
            out.push_str("- ");
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            newline(out);
            if !closing {
                out.push_str("## ");
            }
        }
        "strong" | "b" => out.push_str("**"),
        "br" | "p" | "div" | "ul" | "ol" | "li" | "tr" | "table" | "section" | "article"
        | "header" | "footer" | "blockquote" | "hr" | "dd" | "dt" | "dl" => {
            newline(out);
            if matches!(lower.as_str(), "p" | "ul" | "ol" | "div" | "section") {
                out.push('\n');
            }
        }
        "td" | "th" => push_space(out),
        _ => {}
    }
}

fn newline(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn push_space(out: &mut String) {
    if !out.is_empty() && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
}

fn push_text(out: &mut String, s: &str) {
    if s == " " {
        push_space(out);
    } else {
        out.push_str(s);
    }
}

/// Decode the entity at the start of `rest` (just after `&`): (text, bytes used). An unknown
/// or unterminated entity stays a literal `&`.
fn entity(rest: &str) -> (&'static str, usize) {
    const NAMED: &[(&str, &str)] = &[
        ("amp", "&"),
        ("lt", "<"),
        ("gt", ">"),
        ("quot", "\""),
        ("apos", "'"),
        ("nbsp", " "),
        ("ndash", "–"),
        ("mdash", "—"),
        ("rsquo", "’"),
        ("lsquo", "‘"),
        ("ldquo", "“"),
        ("rdquo", "”"),
        ("hellip", "…"),
        ("bull", "•"),
        ("middot", "·"),
        ("euro", "€"),
        ("pound", "£"),
        ("plusmn", "±"),
        ("#39", "'"),
        ("#039", "'"),
        ("#34", "\""),
        ("#38", "&"),
        ("#160", " "),
        ("#8211", "–"),
        ("#8212", "—"),
        ("#8217", "’"),
        ("#8220", "“"),
        ("#8221", "”"),
        ("#8226", "•"),
        ("#x27", "'"),
        ("#x2F", "/"),
        ("#47", "/"),
    ];
    let Some(semi) = rest.get(..rest.len().min(10)).and_then(|r| r.find(';')) else {
        return ("&", 0);
    };
    let name = rest.get(..semi).unwrap_or("");
    NAMED
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map_or(("&", 0), |(_, v)| (*v, semi + 1))
}

/// Lines trimmed, at most one blank line in a row, no leading or trailing blank lines.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let t = line.trim();
        if t.is_empty() || t == "**" || t == "****" {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank > 0 {
                out.push('\n');
            }
        }
        blank = 0;
        out.push_str(t);
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_board_html_reads_as_text() {
        let html = "<h2>Requirements</h2><ul><li>Go &amp; PostgreSQL</li><li>5+ years&nbsp;of Kafka</li></ul><p><strong>Nice to have</strong></p><p>Terraform&#39;s modules</p><script>var x = '<li>no</li>';</script>";
        assert!(is_html(html));
        assert_eq!(
            to_text(html),
            "## Requirements\n\n- Go & PostgreSQL\n- 5+ years of Kafka\n\n**Nice to have**\n\nTerraform's modules\n"
        );
    }

    #[test]
    fn prose_with_a_less_than_is_not_html() {
        assert!(!is_html("Latency < 50 ms and p99 <100ms"));
        assert_eq!(to_text("a < b & c"), "a < b & c\n");
    }
}
