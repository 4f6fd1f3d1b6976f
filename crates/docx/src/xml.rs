//! A bounded walk over one XML part with `quick-xml`.
//!
//! quick-xml never expands DTD entities; we go further and refuse any DOCTYPE (Word never
//! writes one, so its only use in a `.docx` is an attack). Every part is also capped in
//! nesting depth, event count, attributes per element and namespace bindings, so the walk is
//! linear in the part's size whatever the part contains.

use crate::error::DocxError;
use crate::{MAX_ATTRIBUTES, MAX_NAMESPACE_BINDINGS, MAX_XML_DEPTH, MAX_XML_EVENTS};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, XmlVersion};
use std::borrow::Cow;

/// The namespaces the reader cares about (transitional and strict OOXML spellings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// WordprocessingML main (`w:`).
    W,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    /// VML (`v:`), the legacy drawing format Word still writes as a fallback.
    V,
    /// Word 2010 shapes (`wps:wsp`, text boxes).
    Wps,
    /// DrawingML pictures (`pic:pic`).
    Pic,
    /// DrawingML main (`a:`).
    A,
    /// OPC package relationships (`.rels` parts).
    Rel,
    /// Extended properties (`docProps/app.xml`).
    Ext,
    Other,
}

impl Ns {
    fn from_uri(uri: &str) -> Ns {
        match uri {
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            | "http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
            "http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
            "urn:schemas-microsoft-com:vml" => Ns::V,
            "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" => Ns::Wps,
            "http://schemas.openxmlformats.org/drawingml/2006/picture"
            | "http://purl.oclc.org/ooxml/drawingml/picture" => Ns::Pic,
            "http://schemas.openxmlformats.org/drawingml/2006/main"
            | "http://purl.oclc.org/ooxml/drawingml/main" => Ns::A,
            "http://schemas.openxmlformats.org/package/2006/relationships" => Ns::Rel,
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
            | "http://purl.oclc.org/ooxml/officeDocument/extendedProperties" => Ns::Ext,
            _ => Ns::Other,
        }
    }
}

/// One step of the walk. Empty elements arrive as a `Start` then an `End`.
pub(crate) enum XmlEvent<'x, 'i> {
    Start {
        ns: Ns,
        local: &'x str,
        element: &'x BytesStart<'i>,
    },
    End {
        ns: Ns,
        local: &'x str,
    },
    /// Character data, with character and predefined entity references resolved.
    Text(&'x str),
}

/// Walk `xml` (the text of `part`) and hand every event to `visit` with the element depth
/// (the root element is depth 1).
pub(crate) fn walk(
    part: &str,
    xml: &str,
    mut visit: impl FnMut(XmlEvent<'_, '_>, usize) -> Result<(), DocxError>,
) -> Result<(), DocxError> {
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().expand_empty_elements = true;
    reader
        .resolver_mut()
        .set_max_namespace_bindings(MAX_NAMESPACE_BINDINGS);
    let mut depth = 0usize;
    let mut events = 0usize;
    loop {
        let (resolved, event) = reader
            .read_resolved_event()
            .map_err(|e| xml_error(part, &e))?;
        let ns = match resolved {
            ResolveResult::Bound(namespace) => Ns::from_uri(namespace.0),
            _ => Ns::Other,
        };
        events += 1;
        if events > MAX_XML_EVENTS {
            return Err(DocxError::hostile(
                part,
                format!("more than {MAX_XML_EVENTS} XML events"),
            ));
        }
        match event {
            Event::Start(element) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(DocxError::hostile(
                        part,
                        format!("elements nested deeper than {MAX_XML_DEPTH}"),
                    ));
                }
                if element.attributes().with_checks(false).count() > MAX_ATTRIBUTES {
                    return Err(DocxError::hostile(
                        part,
                        format!("an element with more than {MAX_ATTRIBUTES} attributes"),
                    ));
                }
                let local = element.local_name();
                visit(
                    XmlEvent::Start {
                        ns,
                        local: local.as_ref(),
                        element: &element,
                    },
                    depth,
                )?;
            }
            Event::End(element) => {
                let local = element.local_name();
                visit(
                    XmlEvent::End {
                        ns,
                        local: local.as_ref(),
                    },
                    depth,
                )?;
                depth = depth.saturating_sub(1);
            }
            Event::Text(text) => visit(XmlEvent::Text(&text.xml10_content()), depth)?,
            Event::CData(text) => visit(XmlEvent::Text(&text.xml10_content()), depth)?,
            Event::GeneralRef(reference) => {
                let resolved: Option<Cow<'_, str>> = match reference.resolve_char_ref() {
                    Ok(Some(c)) => Some(Cow::Owned(c.to_string())),
                    Ok(None) => {
                        quick_xml::escape::resolve_predefined_entity(&reference).map(Cow::Borrowed)
                    }
                    Err(_) => None,
                };
                // Anything else would be a DTD entity, and a DTD was refused already.
                if let Some(text) = resolved {
                    visit(XmlEvent::Text(&text), depth)?;
                }
            }
            Event::DocType(_) => {
                return Err(DocxError::hostile(
                    part,
                    "a DTD, which Word never writes; its entities are how billion-laughs attacks expand",
                ))
            }
            Event::Eof => return Ok(()),
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::Empty(_) => {}
        }
    }
}

/// The value of the attribute with this local name (any prefix), entity references resolved.
pub(crate) fn attr<'a>(element: &'a BytesStart<'_>, local: &str) -> Option<Cow<'a, str>> {
    element
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| Cow::Owned(v.into_owned()))
        })
}

fn xml_error(part: &str, error: &quick_xml::Error) -> DocxError {
    match error {
        quick_xml::Error::Namespace(e) => DocxError::hostile(part, e),
        other => DocxError::damaged(format!("{part} is not well-formed XML: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::DocxErrorKind;

    fn kind(xml: &str) -> Option<DocxErrorKind> {
        walk("part.xml", xml, |_, _| Ok(())).err().map(|e| e.kind)
    }

    #[test]
    fn resolves_namespaces_whatever_the_prefix() {
        let xml = r#"<x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:p/></x:document>"#;
        let mut seen = Vec::new();
        walk("part.xml", xml, |event, depth| {
            if let XmlEvent::Start { ns, local, .. } = event {
                seen.push((ns, local.to_string(), depth));
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(
            seen,
            [
                (Ns::W, "document".to_string(), 1),
                (Ns::W, "p".to_string(), 2)
            ]
        );
    }

    #[test]
    fn refuses_dtds_depth_and_attribute_floods() {
        assert_eq!(
            kind(r#"<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>"#),
            Some(DocxErrorKind::HostileXml)
        );
        let deep = format!(
            "{}{}",
            "<a>".repeat(MAX_XML_DEPTH + 1),
            "</a>".repeat(MAX_XML_DEPTH + 1)
        );
        assert_eq!(kind(&deep), Some(DocxErrorKind::HostileXml));
        let fine = format!(
            "{}{}",
            "<a>".repeat(MAX_XML_DEPTH),
            "</a>".repeat(MAX_XML_DEPTH)
        );
        assert_eq!(kind(&fine), None);
        let attributes: String = (0..=MAX_ATTRIBUTES)
            .map(|i| format!(" a{i}=\"\""))
            .collect();
        assert_eq!(
            kind(&format!("<a{attributes}/>")),
            Some(DocxErrorKind::HostileXml)
        );
        let bindings: String = (0..=MAX_NAMESPACE_BINDINGS)
            .map(|i| format!(" xmlns:n{i}=\"urn:{i}\""))
            .collect();
        assert_eq!(
            kind(&format!("<b{bindings}/>")),
            Some(DocxErrorKind::HostileXml)
        );
    }

    #[test]
    fn malformed_xml_is_damage() {
        assert_eq!(kind("<a><b></a>"), Some(DocxErrorKind::Damaged));
        assert_eq!(kind("<a><b"), Some(DocxErrorKind::Damaged));
    }
}
