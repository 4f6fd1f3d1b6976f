//! Package relationships (`_rels/*.rels`) and extended properties (`docProps/app.xml`).
//!
//! Parts are found the way Word finds them: the root relationships name the main document,
//! the document's relationships name its styles, font table, headers and footers.

use crate::error::DocxError;
use crate::xml::{self, Ns, XmlEvent};

/// One internal relationship: its type (the last segment of the type URI: "officeDocument",
/// "header", "styles", …) and the part it points to, as a part name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Relationship {
    pub kind: String,
    pub target: String,
}

/// Parse a `.rels` part. `source` is the part the relationships belong to ("" for the
/// package root), against whose folder relative targets resolve.
pub(crate) fn parse(part: &str, xml: &str, source: &str) -> Result<Vec<Relationship>, DocxError> {
    let base = folder_of(source);
    let mut out = Vec::new();
    xml::walk(part, xml, |event, _| {
        if let XmlEvent::Start {
            ns: Ns::Rel,
            local: "Relationship",
            element,
        } = event
        {
            let external = xml::attr(element, "TargetMode").is_some_and(|m| m == "External");
            if let (false, Some(kind), Some(target)) = (
                external,
                xml::attr(element, "Type"),
                xml::attr(element, "Target"),
            ) {
                out.push(Relationship {
                    kind: kind.rsplit('/').next().unwrap_or_default().to_string(),
                    target: resolve(base, &target),
                });
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// The relationships part of a part: `word/document.xml` → `word/_rels/document.xml.rels`.
pub(crate) fn rels_part_of(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((folder, file)) => format!("{folder}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// `word/document.xml` → `word`; `document.xml` → ``.
fn folder_of(part: &str) -> &str {
    part.rsplit_once('/')
        .map(|(folder, _)| folder)
        .unwrap_or("")
}

/// Resolve a relationship target against `base`, normalizing `.` and `..`.
fn resolve(base: &str, target: &str) -> String {
    let target = target.replace('\\', "/");
    let mut segments: Vec<&str> = Vec::new();
    let joined;
    let path = if let Some(absolute) = target.strip_prefix('/') {
        absolute
    } else {
        joined = format!("{base}/{target}");
        joined.as_str()
    };
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    segments.join("/")
}

/// The page count Word saved in `docProps/app.xml` (`<Pages>`), if any.
pub(crate) fn pages(part: &str, xml: &str) -> Result<Option<u32>, DocxError> {
    let mut in_pages = false;
    let mut text = String::new();
    xml::walk(part, xml, |event, _| {
        match event {
            XmlEvent::Start {
                ns: Ns::Ext,
                local: "Pages",
                ..
            } => in_pages = true,
            XmlEvent::End {
                ns: Ns::Ext,
                local: "Pages",
            } => in_pages = false,
            XmlEvent::Text(t) if in_pages && text.len() < 16 => text.push_str(t),
            _ => {}
        }
        Ok(())
    })?;
    Ok(text.trim().parse().ok().filter(|&n| n > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_targets_like_word() {
        assert_eq!(resolve("word", "header1.xml"), "word/header1.xml");
        assert_eq!(resolve("word", "/word/footer1.xml"), "word/footer1.xml");
        assert_eq!(
            resolve("word", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(
            rels_part_of("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
    }

    #[test]
    fn reads_relationships_and_skips_external_ones() {
        let xml = r#"<?xml version="1.0"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com" TargetMode="External"/>
</Relationships>"#;
        let rels = parse("word/_rels/document.xml.rels", xml, "word/document.xml").unwrap();
        assert_eq!(
            rels,
            vec![Relationship {
                kind: "header".into(),
                target: "word/header1.xml".into()
            }]
        );
    }

    #[test]
    fn reads_the_page_count() {
        let xml = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>2</Pages></Properties>"#;
        assert_eq!(pages("docProps/app.xml", xml).unwrap(), Some(2));
        let none = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>"#;
        assert_eq!(pages("docProps/app.xml", none).unwrap(), None);
    }
}
