//! The text and layout of one WordprocessingML story: the document body, a header or a
//! footer.
//!
//! Reading order is document order. Each paragraph becomes a line; list paragraphs get a
//! "- " bullet; a text box's paragraphs follow the paragraph that anchors it; a table row
//! whose cells each hold one line becomes one tab-separated line (what an ATS sees of a real
//! table), while a row of multi-line cells (a layout table: sidebar | main column) gives each
//! cell's lines in turn, left cell first. Of an `mc:AlternateContent` only the first branch
//! is read, or the text of every modern text box would appear twice.

use crate::error::DocxError;
use crate::styles::{push_fonts, Styles};
use crate::xml::{self, Ns, XmlEvent};

/// What a story holds besides its lines.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct StoryFacts {
    /// `w:tbl` elements, nested ones included.
    pub tables: u32,
    /// Text boxes (`w:txbxContent`) and drawn shapes that are not lines or rules.
    pub text_boxes: u32,
    /// Pictures (`pic:pic`, VML `v:imagedata`), charts and SmartArt.
    pub images: u32,
    /// The most text columns any section declares (`w:cols`), with whether those columns
    /// have unequal widths (a sidebar).
    pub section_columns: u32,
    pub section_columns_unequal: bool,
    /// Characters of paragraph text, and how many of them sit in table cells.
    pub chars: usize,
    pub chars_in_tables: usize,
    /// Fonts runs set directly (`w:rFonts`, `w:sym`).
    pub fonts: Vec<String>,
}

/// A story, read: its lines in reading order and its facts.
#[derive(Debug, Default)]
pub(crate) struct Story {
    pub lines: Vec<String>,
    pub facts: StoryFacts,
}

/// Elements whose whole subtree is not text a reader sees: tracked deletions, the previous
/// formatting of tracked changes (their tables/columns are history), tab-stop definitions.
const SKIPPED: &[&str] = &[
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "tabs",
    "pPrChange",
    "rPrChange",
    "sectPrChange",
    "tblPrChange",
    "tblGridChange",
    "trPrChange",
    "tcPrChange",
    "numberingChange",
];

/// VML shape elements; `v:line` and friends are strokes, not boxes.
const VML_SHAPES: &[&str] = &[
    "rect",
    "roundrect",
    "oval",
    "shape",
    "line",
    "polyline",
    "arc",
    "curve",
];
const VML_STROKES: &[&str] = &["line", "polyline", "arc", "curve"];
/// DrawingML preset geometries that draw a line, not a box.
const LINE_GEOMETRIES: &[&str] = &["line", "straightConnector1"];

#[derive(Default)]
struct Para {
    depth: usize,
    text: String,
    style: Option<String>,
    /// From `w:numPr`: `Some(false)` when `w:numId w:val="0"` switches numbering off.
    numbered: Option<bool>,
    outline: bool,
    /// Lines of text boxes anchored in this paragraph, emitted after it.
    after: Vec<String>,
}

struct Cell {
    depth: usize,
    lines: Vec<String>,
}

struct Row {
    depth: usize,
    cells: Vec<Vec<String>>,
}

struct Table {
    depth: usize,
}

struct Shape {
    depth: usize,
    has_text: bool,
    has_image: bool,
    /// A line, connector or horizontal rule: decoration, not a box hiding text.
    stroke: bool,
}

struct Columns {
    depth: usize,
    num: u32,
    widths: Vec<u32>,
}

/// Most section column widths remembered (a real layout has a handful).
const MAX_GRID: usize = 64;

struct Walker<'s> {
    styles: &'s Styles,
    story: Story,
    paras: Vec<Para>,
    cells: Vec<Cell>,
    rows: Vec<Row>,
    tables: Vec<Table>,
    shapes: Vec<Shape>,
    /// `mc:AlternateContent` elements: (depth, a branch was taken).
    alternates: Vec<(usize, bool)>,
    columns: Option<Columns>,
    /// Depth of the open `w:t`.
    text_depth: Option<usize>,
    /// Depth of the element whose subtree is being skipped.
    skip_from: Option<usize>,
}

/// Read one story part.
pub(crate) fn read(part: &str, xml: &str, styles: &Styles) -> Result<Story, DocxError> {
    let mut walker = Walker {
        styles,
        story: Story::default(),
        paras: Vec::new(),
        cells: Vec::new(),
        rows: Vec::new(),
        tables: Vec::new(),
        shapes: Vec::new(),
        alternates: Vec::new(),
        columns: None,
        text_depth: None,
        skip_from: None,
    };
    xml::walk(part, xml, |event, depth| {
        match event {
            XmlEvent::Start { ns, local, element } => walker.start(ns, local, element, depth),
            XmlEvent::End { ns, local } => walker.end(ns, local, depth),
            XmlEvent::Text(text) => walker.text(text),
        }
        Ok(())
    })?;
    Ok(walker.story)
}

impl Walker<'_> {
    fn start(
        &mut self,
        ns: Ns,
        local: &str,
        element: &quick_xml::events::BytesStart<'_>,
        depth: usize,
    ) {
        if self.skip_from.is_some() {
            return;
        }
        match (ns, local) {
            (Ns::W, name) if SKIPPED.contains(&name) => self.skip_from = Some(depth),
            (Ns::Mc, "AlternateContent") => self.alternates.push((depth, false)),
            (Ns::Mc, "Choice" | "Fallback") => {
                if let Some((parent, taken)) = self.alternates.last_mut() {
                    if *parent + 1 == depth {
                        if *taken {
                            self.skip_from = Some(depth);
                        } else {
                            *taken = true;
                        }
                    }
                }
            }
            (Ns::W, "p") => self.paras.push(Para {
                depth,
                ..Para::default()
            }),
            (Ns::W, "pStyle") => {
                if let (Some(p), Some(v)) = (self.paras.last_mut(), xml::attr(element, "val")) {
                    p.style = Some(v.into_owned());
                }
            }
            (Ns::W, "numPr") => {
                if let Some(p) = self.paras.last_mut() {
                    p.numbered.get_or_insert(true);
                }
            }
            (Ns::W, "numId") => {
                if let (Some(p), Some(v)) = (self.paras.last_mut(), xml::attr(element, "val")) {
                    if v == "0" {
                        p.numbered = Some(false);
                    }
                }
            }
            (Ns::W, "outlineLvl") => {
                if let Some(p) = self.paras.last_mut() {
                    p.outline = xml::attr(element, "val")
                        .and_then(|v| v.parse::<u8>().ok())
                        .is_some_and(|level| level < 9);
                }
            }
            (Ns::W, "t") => self.text_depth = Some(depth),
            (Ns::W, "tab" | "ptab") => self.push_text("\t"),
            (Ns::W, "br" | "cr") => self.push_text("\n"),
            (Ns::W, "noBreakHyphen") => self.push_text("-"),
            (Ns::W, "sym") => {
                let glyph = xml::attr(element, "char")
                    .and_then(|c| u32::from_str_radix(c.trim(), 16).ok())
                    .and_then(char::from_u32);
                if let Some(glyph) = glyph {
                    self.push_text(glyph.encode_utf8(&mut [0; 4]));
                }
                if let Some(font) = xml::attr(element, "font") {
                    add_font(&mut self.story.facts.fonts, font.trim());
                }
            }
            (Ns::W, "rFonts") => push_fonts(&mut self.story.facts.fonts, element),
            (Ns::W, "tbl") => {
                self.story.facts.tables += 1;
                self.tables.push(Table { depth });
            }
            (Ns::W, "tr") => self.rows.push(Row {
                depth,
                cells: Vec::new(),
            }),
            (Ns::W, "tc") => self.cells.push(Cell {
                depth,
                lines: Vec::new(),
            }),
            (Ns::W, "cols") => {
                let num = xml::attr(element, "num")
                    .and_then(|n| n.trim().parse::<u32>().ok())
                    .unwrap_or(1);
                self.columns = Some(Columns {
                    depth,
                    num,
                    widths: Vec::new(),
                });
            }
            (Ns::W, "col") => {
                if let Some(columns) = self.columns.as_mut() {
                    if columns.widths.len() < MAX_GRID {
                        columns
                            .widths
                            .push(twips(xml::attr(element, "w").as_deref()));
                    }
                }
            }
            (Ns::W, "txbxContent") => {
                self.story.facts.text_boxes += 1;
                if let Some(shape) = self.shapes.last_mut() {
                    shape.has_text = true;
                }
            }
            (Ns::Wps, "wsp") => self.shapes.push(Shape {
                depth,
                has_text: false,
                has_image: false,
                stroke: false,
            }),
            (Ns::Wps, "cNvCnPr") => self.mark_stroke(),
            (Ns::A, "prstGeom")
                if xml::attr(element, "prst")
                    .is_some_and(|p| LINE_GEOMETRIES.contains(&p.as_ref())) =>
            {
                self.mark_stroke();
            }
            (Ns::V, name) if VML_SHAPES.contains(&name) => {
                let rule = xml::attr(element, "hr").is_some_and(|v| v == "t" || v == "true");
                self.shapes.push(Shape {
                    depth,
                    has_text: false,
                    has_image: false,
                    stroke: rule || VML_STROKES.contains(&name),
                });
            }
            (Ns::V, "imagedata") | (Ns::Pic, "pic") => {
                self.story.facts.images += 1;
                if let Some(shape) = self.shapes.last_mut() {
                    shape.has_image = true;
                }
            }
            (Ns::A, "graphicData") => {
                let uri = xml::attr(element, "uri").unwrap_or_default();
                if uri.ends_with("/chart") || uri.ends_with("/diagram") {
                    self.story.facts.images += 1;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, ns: Ns, local: &str, depth: usize) {
        if let Some(from) = self.skip_from {
            if from == depth {
                self.skip_from = None;
            }
            return;
        }
        match (ns, local) {
            (Ns::W, "p") => self.end_paragraph(depth),
            (Ns::W, "t") => self.text_depth = None,
            (Ns::W, "tc") => self.end_cell(depth),
            (Ns::W, "tr") => self.end_row(depth),
            (Ns::W, "tbl") => {
                pop_at(&mut self.tables, depth, |t| t.depth);
            }
            (Ns::W, "cols") => self.end_columns(depth),
            (Ns::Mc, "AlternateContent") => {
                pop_at(&mut self.alternates, depth, |a| a.0);
            }
            (Ns::Wps, "wsp") => self.end_shape(depth),
            (Ns::V, name) if VML_SHAPES.contains(&name) => self.end_shape(depth),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.skip_from.is_none() && self.text_depth.is_some() {
            self.push_text(text);
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.skip_from.is_none() {
            if let Some(p) = self.paras.last_mut() {
                p.text.push_str(text);
            }
        }
    }

    fn mark_stroke(&mut self) {
        if let Some(shape) = self.shapes.last_mut() {
            shape.stroke = true;
        }
    }

    fn end_paragraph(&mut self, depth: usize) {
        let Some(para) = pop_at(&mut self.paras, depth, |p| p.depth) else {
            return;
        };
        let style = para.style.as_deref();
        let heading = para.outline || style.is_some_and(|s| self.styles.is_heading(s));
        let list = !heading
            && para
                .numbered
                .unwrap_or_else(|| style.is_some_and(|s| self.styles.is_list(s)));
        let text = para.text.trim_end();
        let line = if list && !text.trim().is_empty() && !starts_with_bullet(text.trim_start()) {
            format!("- {}", text.trim_start())
        } else {
            text.to_string()
        };
        self.story.facts.chars += line.chars().count();
        if !self.cells.is_empty() {
            self.story.facts.chars_in_tables += line.chars().count();
        }
        self.emit(line);
        for line in para.after {
            self.emit(line);
        }
    }

    fn end_cell(&mut self, depth: usize) {
        let Some(cell) = pop_at(&mut self.cells, depth, |c| c.depth) else {
            return;
        };
        match self.rows.last_mut() {
            Some(row) if row.depth < depth => row.cells.push(cell.lines),
            _ => cell.lines.into_iter().for_each(|l| self.emit(l)),
        }
    }

    fn end_row(&mut self, depth: usize) {
        let Some(row) = pop_at(&mut self.rows, depth, |r| r.depth) else {
            return;
        };
        let one_line_cells = row
            .cells
            .iter()
            .all(|lines| lines.iter().filter(|l| !l.trim().is_empty()).count() <= 1);
        if row.cells.len() >= 2 && one_line_cells {
            let line: Vec<&str> = row
                .cells
                .iter()
                .map(|lines| {
                    lines
                        .iter()
                        .find(|l| !l.trim().is_empty())
                        .map_or("", |l| l.trim())
                })
                .collect();
            let line = line.join("\t");
            if !line.trim().is_empty() {
                self.emit(line.trim_end().to_string());
            }
        } else {
            for line in row.cells.into_iter().flatten() {
                self.emit(line);
            }
        }
    }

    fn end_columns(&mut self, depth: usize) {
        let Some(columns) = self.columns.take_if(|c| c.depth == depth) else {
            return;
        };
        let count = columns.num.max(columns.widths.len() as u32);
        let facts = &mut self.story.facts;
        if count >= 2 && count >= facts.section_columns {
            facts.section_columns = count;
            facts.section_columns_unequal |= unequal(&columns.widths);
        }
    }

    fn end_shape(&mut self, depth: usize) {
        if let Some(shape) = pop_at(&mut self.shapes, depth, |s| s.depth) {
            if !shape.has_text && !shape.has_image && !shape.stroke {
                self.story.facts.text_boxes += 1;
            }
        }
    }

    /// Hand a finished line to the innermost container: a table cell, the paragraph a text
    /// box is anchored in, or the story.
    fn emit(&mut self, line: String) {
        let para = self.paras.last().map(|p| p.depth);
        let cell = self.cells.last().map(|c| c.depth);
        match (para, cell) {
            (Some(p), Some(c)) if c > p => self.push_cell(line),
            (Some(_), _) => {
                if let Some(p) = self.paras.last_mut() {
                    p.after.push(line);
                }
            }
            (None, Some(_)) => self.push_cell(line),
            (None, None) => self.story.lines.push(line),
        }
    }

    fn push_cell(&mut self, line: String) {
        if let Some(cell) = self.cells.last_mut() {
            cell.lines.push(line);
        }
    }
}

/// Pop the top of `stack` if it was opened at `depth` (the element now closing).
fn pop_at<T>(stack: &mut Vec<T>, depth: usize, depth_of: fn(&T) -> usize) -> Option<T> {
    if stack.last().map(depth_of) == Some(depth) {
        stack.pop()
    } else {
        None
    }
}

fn add_font(fonts: &mut Vec<String>, name: &str) {
    if !name.is_empty() && !fonts.iter().any(|f| f == name) && fonts.len() < crate::MAX_FONTS {
        fonts.push(name.to_string());
    }
}

/// A width attribute in twips (absent or unparsable: 0).
fn twips(value: Option<&str>) -> u32 {
    value.and_then(|v| v.trim().parse().ok()).unwrap_or(0)
}

/// Whether the narrowest of two or more section columns is under 60% of the widest: a
/// sidebar next to a main column rather than evenly split text.
fn unequal(widths: &[u32]) -> bool {
    let known = || widths.iter().copied().filter(|&w| w > 0);
    let (min, max) = (known().min().unwrap_or(0), known().max().unwrap_or(0));
    known().count() >= 2 && u64::from(min) * 10 < u64::from(max) * 6
}

/// Text that already starts with a typed bullet keeps it instead of gaining a second one.
fn starts_with_bullet(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('-' | '*' | '•' | '▪' | '◦' | '–'))
        && chars.next().is_some_and(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = concat!(
        r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#,
        r#"xmlns:v="urn:schemas-microsoft-com:vml" "#,
        r#"xmlns:o="urn:schemas-microsoft-com:office:office" "#,
        r#"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#,
        r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
        r#"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#
    );

    fn story(body: &str) -> Story {
        let xml = format!("<w:document {NS}><w:body>{body}</w:body></w:document>");
        read("word/document.xml", &xml, &Styles::default()).unwrap()
    }

    fn lines(body: &str) -> Vec<String> {
        story(body).lines
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
    }

    #[test]
    fn paragraphs_runs_tabs_and_breaks() {
        let body = r#"<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>
            <w:r><w:t xml:space="preserve">Engineer, </w:t></w:r><w:r><w:t>Acme</w:t><w:tab/>
            <w:t>2020</w:t><w:br/><w:t>Remote</w:t></w:r></w:p>"#;
        // The tab-stop definition in w:pPr is not a tab; the w:tab in the run is.
        assert_eq!(lines(body), ["Engineer, Acme\t2020\nRemote"]);
    }

    #[test]
    fn lists_get_bullets_headings_do_not() {
        let body = concat!(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Built it</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>By style</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Numbering off</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>• Typed bullet</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            lines(body),
            [
                "Experience",
                "- Built it",
                "- By style",
                "Numbering off",
                "• Typed bullet"
            ]
        );
    }

    #[test]
    fn tracked_deletions_and_field_codes_are_not_text() {
        let body = concat!(
            r#"<w:p><w:del><w:r><w:delText>Old </w:delText></w:r></w:del><w:ins><w:r><w:t>New</w:t></w:r></w:ins>"#,
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"#,
            r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
        );
        assert_eq!(lines(body), ["New 1"]);
    }

    #[test]
    fn alternate_content_is_read_once() {
        let body = r#"<w:p><w:r><mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
            </mc:AlternateContent><w:t>Anchor</w:t></w:r></w:p>"#;
        let story = story(body);
        // The box's text follows the paragraph it is anchored in.
        assert_eq!(story.lines, ["Anchor", "Boxed"]);
        assert_eq!(story.facts.text_boxes, 1);
    }

    #[test]
    fn a_fallback_is_read_when_there_is_no_choice() {
        let body = r#"<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>Only</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#;
        assert_eq!(lines(body), ["Only"]);
    }

    #[test]
    fn tables_rows_of_single_lines_are_tab_separated() {
        let row = |cells: &[&str]| {
            let cells: String = cells
                .iter()
                .map(|c| format!("<w:tc>{}</w:tc>", p(c)))
                .collect();
            format!("<w:tr>{cells}</w:tr>")
        };
        let body = format!(
            "<w:tbl>{}{}</w:tbl>{}",
            row(&["Go", "Kafka", "Redis"]),
            row(&["Java", "", "SQL"]),
            p("After")
        );
        let story = story(&body);
        assert_eq!(story.lines, ["Go\tKafka\tRedis", "Java\t\tSQL", "After"]);
        assert_eq!(story.facts.tables, 1);
        assert!(story.facts.chars_in_tables * 2 > story.facts.chars);
    }

    #[test]
    fn layout_cells_keep_their_lines_and_nested_tables_count() {
        let nested = format!(
            "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            p("a"),
            p("b")
        );
        let body = format!(
            "<w:tbl><w:tr><w:tc>{}{}</w:tc><w:tc>{}{nested}{}</w:tc></w:tr></w:tbl>",
            p("Skills"),
            p("Go"),
            p("Experience"),
            p("Built")
        );
        let story = story(&body);
        assert_eq!(story.lines, ["Skills", "Go", "Experience", "a\tb", "Built"]);
        assert_eq!(story.facts.tables, 2);
    }

    #[test]
    fn section_columns_and_sidebars() {
        let equal = story(r#"<w:sectPr><w:cols w:num="2" w:space="720"/></w:sectPr>"#).facts;
        assert_eq!(
            (equal.section_columns, equal.section_columns_unequal),
            (2, false)
        );
        let sidebar = story(
            r#"<w:sectPr><w:cols w:equalWidth="0"><w:col w:w="3000"/><w:col w:w="7000"/></w:cols></w:sectPr>"#,
        )
        .facts;
        assert_eq!(
            (sidebar.section_columns, sidebar.section_columns_unequal),
            (2, true)
        );
        let one = story(r#"<w:sectPr><w:cols w:space="720"/></w:sectPr>"#).facts;
        assert_eq!(one.section_columns, 0);
    }

    #[test]
    fn pictures_shapes_and_rules() {
        let body = concat!(
            r#"<w:p><w:r><w:drawing><pic:pic/></w:drawing></w:r></w:p>"#,
            r#"<w:p><w:r><w:pict><v:shape><v:imagedata o:title="logo"/></v:shape></w:pict></w:r></w:p>"#,
            r#"<w:p><w:r><w:drawing><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></w:drawing></w:r></w:p>"#,
            r#"<w:p><w:r><w:drawing><wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr></wps:wsp></w:drawing></w:r></w:p>"#,
            r#"<w:p><w:r><w:drawing><wps:wsp><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></w:drawing></w:r></w:p>"#,
            r#"<w:p><w:r><w:pict><v:rect o:hr="t"/></w:pict></w:r></w:p>"#,
            r#"<w:p><w:r><w:pict><v:line/></w:pict></w:r></w:p>"#,
        );
        let facts = story(body).facts;
        // A picture, a VML image, a chart; one drawn rectangle; lines and rules are decoration.
        assert_eq!((facts.images, facts.text_boxes), (3, 1));
    }

    #[test]
    fn symbols_and_fonts() {
        let body = r#"<w:p><w:r><w:rPr><w:rFonts w:ascii="Font Awesome 5 Free" w:hAnsiTheme="minorHAnsi"/></w:rPr><w:sym w:font="Wingdings" w:char="F0E0"/><w:t xml:space="preserve"> mail</w:t></w:r></w:p>"#;
        let story = story(body);
        assert_eq!(story.lines, ["\u{F0E0} mail"]);
        assert_eq!(story.facts.fonts, ["Font Awesome 5 Free", "Wingdings"]);
    }

    #[test]
    fn entities_and_character_references_resolve() {
        assert_eq!(
            lines(&p("R&amp;D &#8211; C&#x23; &lt;fast&gt;")),
            ["R&D – C# <fast>"]
        );
    }

    #[test]
    fn empty_and_odd_structure_does_not_panic() {
        assert!(lines("").is_empty());
        assert_eq!(lines("<w:p/><w:tc><w:p/></w:tc><w:tr/>"), ["", ""]);
        assert!(lines("<w:t>orphan text</w:t><w:tab/>").is_empty());
    }
}
