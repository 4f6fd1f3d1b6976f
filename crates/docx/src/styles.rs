//! Paragraph styles (`word/styles.xml`) and the font table (`word/fontTable.xml`).
//!
//! Styles tell headings and list paragraphs apart when the paragraph itself only names a
//! style ("Heading1", "ListBullet"); localized Word versions rename style ids ("berschrift1")
//! but keep the built-in English `w:name` ("heading 1"), so names are what we match.

use crate::error::DocxError;
use crate::xml::{self, Ns, XmlEvent};
use std::collections::BTreeMap;

/// How far `w:basedOn` chains are followed (they can loop in hostile files).
const MAX_BASED_ON: usize = 16;

#[derive(Debug, Default, Clone)]
struct Style {
    /// `w:name`, lower-cased.
    name: String,
    based_on: Option<String>,
    /// `Some(true)` when the style numbers its paragraphs (`w:numPr`), `Some(false)` when it
    /// switches numbering off (`w:numId w:val="0"`).
    numbered: Option<bool>,
    /// `w:outlineLvl` 0-8 marks a heading level.
    outline: bool,
}

/// The paragraph styles of a document, by style id.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    by_id: BTreeMap<String, Style>,
    /// Fonts the styles (and document defaults) set with `w:rFonts`.
    pub fonts: Vec<String>,
}

impl Styles {
    pub(crate) fn parse(part: &str, xml: &str) -> Result<Styles, DocxError> {
        let mut styles = Styles::default();
        let mut current: Option<(String, Style)> = None;
        xml::walk(part, xml, |event, _| {
            match event {
                XmlEvent::Start {
                    ns: Ns::W,
                    local,
                    element,
                } => match local {
                    "style" => {
                        let paragraph = xml::attr(element, "type").is_none_or(|t| t == "paragraph");
                        current = match (paragraph, xml::attr(element, "styleId")) {
                            (true, Some(id)) => Some((id.into_owned(), Style::default())),
                            _ => None,
                        };
                    }
                    "name" | "basedOn" | "numPr" | "numId" | "outlineLvl" => {
                        if let Some((_, style)) = current.as_mut() {
                            let val = xml::attr(element, "val");
                            match local {
                                "name" => {
                                    style.name = val.unwrap_or_default().to_lowercase();
                                }
                                "basedOn" => style.based_on = val.map(|v| v.into_owned()),
                                "numPr" => style.numbered = Some(true),
                                "numId" => {
                                    if val.is_some_and(|v| v == "0") {
                                        style.numbered = Some(false);
                                    }
                                }
                                _ => {
                                    style.outline = val
                                        .and_then(|v| v.parse::<u8>().ok())
                                        .is_some_and(|level| level < 9);
                                }
                            }
                        }
                    }
                    "rFonts" => push_fonts(&mut styles.fonts, element),
                    _ => {}
                },
                XmlEvent::End {
                    ns: Ns::W,
                    local: "style",
                } => {
                    if let Some((id, style)) = current.take() {
                        styles.by_id.entry(id).or_insert(style);
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        Ok(styles)
    }

    /// Heading styles: "heading 1".."heading 9", "Title", "Subtitle", or an outline level,
    /// directly or through `w:basedOn`.
    pub(crate) fn is_heading(&self, id: &str) -> bool {
        if !self.by_id.contains_key(id) {
            let id = id.to_ascii_lowercase();
            return id.starts_with("heading") || id == "title" || id == "subtitle";
        }
        self.chain(id).any(|s| {
            s.outline || s.name.starts_with("heading") || s.name == "title" || s.name == "subtitle"
        })
    }

    /// List styles: "List Paragraph", "List Bullet", "List Number", … or a style that numbers
    /// its paragraphs, unless a style in the chain switches numbering off first.
    pub(crate) fn is_list(&self, id: &str) -> bool {
        if !self.by_id.contains_key(id) {
            return id.to_ascii_lowercase().starts_with("list");
        }
        for style in self.chain(id) {
            if style.name.starts_with("list") {
                return true;
            }
            if let Some(numbered) = style.numbered {
                return numbered;
            }
        }
        false
    }

    /// The style and the styles it is based on, nearest first.
    fn chain<'s>(&'s self, id: &str) -> impl Iterator<Item = &'s Style> + 's {
        let mut next = self.by_id.get(id);
        std::iter::from_fn(move || {
            let style = next?;
            next = style.based_on.as_deref().and_then(|b| self.by_id.get(b));
            Some(style)
        })
        .take(MAX_BASED_ON)
    }
}

/// Add the font names a `w:rFonts` element sets (theme references are not names).
pub(crate) fn push_fonts(fonts: &mut Vec<String>, element: &quick_xml::events::BytesStart<'_>) {
    for key in ["ascii", "hAnsi", "cs", "eastAsia"] {
        if let Some(name) = xml::attr(element, key) {
            let name = name.trim();
            if !name.is_empty()
                && !fonts.iter().any(|f| f == name)
                && fonts.len() < crate::MAX_FONTS
            {
                fonts.push(name.to_string());
            }
        }
    }
}

/// A font declared in `word/fontTable.xml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DeclaredFont {
    pub name: String,
    /// Symbol character set (`w:charset w:val="02"`): Symbol, Wingdings, icon fonts.
    pub symbol: bool,
}

/// The fonts the font table declares, in order.
pub(crate) fn font_table(part: &str, xml: &str) -> Result<Vec<DeclaredFont>, DocxError> {
    let mut fonts: Vec<DeclaredFont> = Vec::new();
    xml::walk(part, xml, |event, _| {
        if let XmlEvent::Start {
            ns: Ns::W,
            local,
            element,
        } = event
        {
            match local {
                "font" if fonts.len() < crate::MAX_FONTS => {
                    if let Some(name) = xml::attr(element, "name") {
                        fonts.push(DeclaredFont {
                            name: name.trim().to_string(),
                            symbol: false,
                        });
                    }
                }
                "charset" => {
                    if let (Some(font), Some(val)) = (fonts.last_mut(), xml::attr(element, "val")) {
                        font.symbol = val.eq_ignore_ascii_case("02");
                    }
                }
                _ => {}
            }
        }
        Ok(())
    })?;
    Ok(fonts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="berschrift1"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
  <w:style w:type="paragraph" w:styleId="Bulleted"><w:name w:val="My bullets"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/><w:basedOn w:val="Bulleted"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/><w:basedOn w:val="Loop"/></w:style>
  <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>
</w:styles>"#;

    #[test]
    fn headings_and_lists_by_name_and_chain() {
        let styles = Styles::parse("word/styles.xml", STYLES).unwrap();
        assert!(styles.is_heading("berschrift1"));
        assert!(styles.is_heading("SectionTitle"));
        assert!(!styles.is_heading("ListParagraph"));
        assert!(styles.is_list("ListParagraph"));
        assert!(styles.is_list("Bulleted"));
        assert!(!styles.is_list("Plain"));
        assert!(!styles.is_heading("Loop") && !styles.is_list("Loop"));
        // Unknown ids fall back to Word's built-in ids.
        assert!(styles.is_heading("Heading2") && styles.is_list("ListBullet"));
        assert!(!styles.is_heading("Normal") && !styles.is_list("Normal"));
        assert_eq!(styles.fonts, vec!["Calibri".to_string()]);
    }

    #[test]
    fn font_table_marks_symbol_fonts() {
        let xml = r#"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:font w:name="Calibri"><w:charset w:val="00"/></w:font>
  <w:font w:name="Wingdings"><w:charset w:val="02"/></w:font>
</w:fonts>"#;
        let fonts = font_table("word/fontTable.xml", xml).unwrap();
        assert_eq!(
            fonts,
            vec![
                DeclaredFont {
                    name: "Calibri".into(),
                    symbol: false
                },
                DeclaredFont {
                    name: "Wingdings".into(),
                    symbol: true
                },
            ]
        );
    }
}
