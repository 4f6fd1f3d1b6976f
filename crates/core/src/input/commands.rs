//! The LaTeX commands the reader knows, as data: command name → what it means in a resume.
//!
//! One table for the standard commands and the resume templates' vocabularies, so adding a
//! template is adding rows: Jake's / sb2nov's (`\resumeSubheading`, `\resumeItem`,
//! `\resumeProjectHeading`, the list start/end macros), Awesome-CV (`\cventry`, `\cvitems`,
//! `\cvsection`, `\cvsubsection`, `\cvskill`, `\cvhonor`), moderncv (`\cventry`, `\cvitem`,
//! `\cvlistitem`, `\cvdoubleitem`), AltaCV (`\cvevent`, `\cvachievement`, `\cvtag`), Deedy
//! (`\runsubsection`, `\descript`, `\location`), friggeri (`\entry` in `entrylist`), Twenty
//! Seconds (`\cvsect`, `\twentyitem`), `res.cls` (`rSection`, an environment). An entry macro's
//! arguments are told apart by what they hold (dates, a place, a title), so templates that
//! order them differently share one role.
//!
//! The macro expander ([`super::macros`]) leaves every command in this table unexpanded, even
//! when the document defines it: the role here is what the typesetting in a definition hides.

/// What a command means for the resume text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A section heading line (`\section{Experience}`).
    Heading,
    /// A line of its own (`\subsection{Acme}`), not a section.
    Subheading,
    /// Deedy's `\runsubsection{Company}`: starts an entry line that run-in fields continue.
    RunInTitle,
    /// Deedy's `\descript{| Title}`: continues the entry line.
    RunInField,
    /// Deedy's run-in `\location{dates}` after a role line; elsewhere an identity line.
    RunInLocation,
    /// `\item` (with an optional label).
    Item,
    /// A bullet macro: its arguments joined ("title: text").
    Bullet { args: u8 },
    /// AltaCV's `\cvachievement{icon}{title}{text}`: a sidebar highlight, one line
    /// "title: text" (not an experience bullet).
    Highlight,
    /// moderncv's `\cvlistdoubleitem{a}{b}`: two bullets.
    BulletPair,
    /// moderncv's `\cvitem{label}{text}` (with a comment for `\cvitemwithcomment`).
    LabeledLine { comment: bool },
    /// moderncv's `\cvdoubleitem{l}{t}{l}{t}`: two labeled lines.
    DoubleLabeledLine,
    /// AltaCV's `\cvtag{Go}`: one item of a comma-separated line.
    Tag,
    /// `\cvskill{name}{rating}` (AltaCV: a rating out of 5) or `{category}{skills}`
    /// (Awesome-CV).
    Skill,
    /// An entry macro with up to `args` arguments: one "Title — Company | Place | Dates" line
    /// and its description below.
    Entry { args: u8 },
    /// Layout commands that end a line (list starts/ends, page breaks, dividers).
    Break,
    /// `\linebreak[n]`.
    LineBreak,
    /// `\par`: a paragraph break.
    Par,
    /// `\hfill` and friends separate a line's parts.
    Fill,
    /// Horizontal space.
    Space,
    /// An identity line (`\name{first}{last}`, `\email{…}`), written at `\begin{document}`
    /// when in the preamble; `args` arguments joined.
    Identity { args: u8 },
    /// `\social[linkedin]{id}`, `\github{id}`: a profile URL.
    Profile,
    /// Deedy's `\namesection{first}{last}{contact}`.
    NameSection,
    /// AltaCV's `\personalinfo{…}`: one contact line.
    PersonalInfo,
    /// `\href{url}{text}`.
    Href,
    /// `\url{…}`: the address as written.
    Url,
    /// A command that prints a character or word.
    Symbol(&'static str),
    /// `\documentclass`: sidebar classes and the `twocolumn` option are column evidence.
    DocumentClass,
    /// `\usepackage`: paracol and icon fonts are layout evidence.
    UsePackage,
    /// `\twocolumn`.
    TwoColumn,
    /// A picture (`\includegraphics`, AltaCV's `\photo`).
    Image,
    /// A definition the macro expander did not read: skipped.
    Definition,
    /// xparse definitions the expander did not read: skipped.
    DocumentCommand,
    /// `\newenvironment`: skipped.
    NewEnvironment,
    /// `\def` the expander did not read: skipped.
    Def,
    /// `\let\a\b`: skipped.
    Let,
    /// `\newif\x`, `\newlength\x`: skipped.
    NewName,
    /// Settings whose `args` arguments print nothing (spacing, lengths, colours, fonts).
    Skip { args: u8 },
    /// `\vskip 2pt`: a dimension without braces.
    Dimension,
    /// `\textcolor{red}{text}`: `drop` arguments print nothing, the next one prints its text.
    Wrapper { drop: u8 },
    /// `\rule[raise]{width}{height}`.
    Rule,
    /// `\begin{env}`.
    Begin,
    /// `\end{env}`.
    End,
    /// moderncv's `\moderncvstyle{classic}`: all styles but `banking` set dates in a column
    /// beside the text.
    ModerncvStyle,
}

use Role::*;

/// The table, sorted by name (a test checks it) for binary search.
static COMMANDS: &[(&str, Role)] = &[
    ("DeclareRobustCommand", Definition),
    ("EUR", Symbol("€")),
    ("LaTeX", Symbol("LaTeX")),
    ("NewDocumentCommand", DocumentCommand),
    ("NewInfoField", Skip { args: 2 }),
    ("NewPart", Heading),
    ("O", Symbol("Ø")),
    ("ProvideDocumentCommand", DocumentCommand),
    ("RenewDocumentCommand", DocumentCommand),
    ("RequirePackage", UsePackage),
    ("Rightarrow", Symbol("→")),
    ("TeX", Symbol("TeX")),
    ("aa", Symbol("å")),
    ("addbibresource", Skip { args: 1 }),
    ("address", Identity { args: 3 }),
    ("addtocounter", Skip { args: 2 }),
    ("addtolength", Skip { args: 2 }),
    ("addvspace", Skip { args: 1 }),
    ("adjustbox", Wrapper { drop: 1 }),
    ("ae", Symbol("æ")),
    ("approx", Symbol("≈")),
    ("author", Identity { args: 1 }),
    ("begin", Begin),
    ("bibliography", Skip { args: 1 }),
    ("bibliographystyle", Skip { args: 1 }),
    ("bigskip", Break),
    ("bullet", Symbol(" • ")),
    ("cdot", Symbol(" · ")),
    ("cdotp", Symbol(" • ")),
    ("cdots", Symbol("…")),
    ("clearpage", Break),
    ("color", Skip { args: 1 }),
    ("colorbox", Wrapper { drop: 1 }),
    ("colorlet", Skip { args: 2 }),
    ("columnbreak", Break),
    ("columnratio", Skip { args: 1 }),
    ("copyright", Symbol("©")),
    ("cvachievement", Highlight),
    ("cvaddress", Identity { args: 1 }),
    ("cvcolumn", Skip { args: 1 }),
    ("cvdoubleitem", DoubleLabeledLine),
    ("cventry", Entry { args: 6 }),
    ("cvevent", Entry { args: 4 }),
    ("cvgithub", Profile),
    ("cvhonor", Entry { args: 6 }),
    ("cvitem", LabeledLine { comment: false }),
    ("cvitemize", Bullet { args: 1 }),
    ("cvitemwithcomment", LabeledLine { comment: true }),
    ("cvjob", Entry { args: 6 }),
    ("cvjobtitle", Identity { args: 1 }),
    ("cvlang", Skill),
    ("cvline", LabeledLine { comment: false }),
    ("cvlinkedin", Profile),
    ("cvlistdoubleitem", BulletPair),
    ("cvlistitem", Bullet { args: 1 }),
    ("cvlocation", RunInLocation),
    ("cvmail", Identity { args: 1 }),
    ("cvname", Identity { args: 1 }),
    ("cvnumberphone", Identity { args: 1 }),
    ("cvref", Wrapper { drop: 1 }),
    ("cvsect", Heading),
    ("cvsection", Heading),
    ("cvsite", Identity { args: 1 }),
    ("cvskill", Skill),
    ("cvsubsection", Subheading),
    ("cvtag", Tag),
    ("cvtext", LabeledLine { comment: false }),
    ("datedline", Entry { args: 2 }),
    ("datedsubsection", Entry { args: 2 }),
    ("def", Def),
    ("definecolor", Skip { args: 3 }),
    ("descript", RunInField),
    ("divider", Break),
    ("documentclass", DocumentClass),
    ("dotfill", Fill),
    ("dots", Symbol("…")),
    ("edef", Def),
    ("email", Identity { args: 1 }),
    ("end", End),
    ("enlargethispage", Skip { args: 1 }),
    ("enskip", Space),
    ("enspace", Space),
    ("entry", Entry { args: 4 }),
    ("euro", Symbol("€")),
    ("extrainfo", Identity { args: 1 }),
    ("faIcon", Skip { args: 1 }),
    ("familyname", Identity { args: 1 }),
    ("fancyfoot", Skip { args: 1 }),
    ("fancyhead", Skip { args: 1 }),
    ("fancyhf", Skip { args: 1 }),
    ("fcolorbox", Wrapper { drop: 2 }),
    ("firstname", Identity { args: 1 }),
    ("fontsize", Skip { args: 2 }),
    ("fontspec", Skip { args: 1 }),
    ("gdef", Def),
    ("ge", Symbol("≥")),
    ("geometry", Skip { args: 1 }),
    ("geq", Symbol("≥")),
    ("github", Profile),
    ("gitlab", Profile),
    ("gt", Symbol(">")),
    ("headline", Identity { args: 1 }),
    ("hfil", Fill),
    ("hfill", Fill),
    ("homepage", Identity { args: 1 }),
    ("href", Href),
    ("hrulefill", Fill),
    ("hskip", Dimension),
    ("hspace", Skip { args: 1 }),
    ("hss", Fill),
    ("hypersetup", Skip { args: 1 }),
    ("hyphenation", Skip { args: 1 }),
    ("i", Symbol("i")),
    ("icon", Skip { args: 1 }),
    ("include", Skip { args: 1 }),
    ("includegraphics", Image),
    ("includesvg", Image),
    ("input", Skip { args: 1 }),
    ("item", Item),
    ("kern", Dimension),
    ("l", Symbol("ł")),
    ("label", Skip { args: 1 }),
    ("lastname", Identity { args: 1 }),
    ("ldots", Symbol("…")),
    ("le", Symbol("≤")),
    ("leftarrow", Symbol("←")),
    ("leq", Symbol("≤")),
    ("let", Let),
    ("linebreak", LineBreak),
    ("linespread", Skip { args: 1 }),
    ("linkedin", Profile),
    ("location", RunInLocation),
    ("longrightarrow", Symbol("→")),
    ("lt", Symbol("<")),
    ("lvert", Symbol(" | ")),
    ("mailaddress", Identity { args: 1 }),
    ("mailto", Identity { args: 1 }),
    ("makecvtitle", Break),
    ("maketitle", Break),
    ("markboth", Skip { args: 2 }),
    ("medskip", Break),
    ("mid", Symbol(" | ")),
    ("middot", Symbol(" · ")),
    ("mobile", Identity { args: 1 }),
    ("moderncvcolor", Skip { args: 1 }),
    ("moderncvstyle", ModerncvStyle),
    ("moderncvtheme", Skip { args: 2 }),
    ("name", Identity { args: 2 }),
    ("namesection", NameSection),
    ("newcommand", Definition),
    ("newcommandx", Definition),
    ("newcounter", NewName),
    ("newenvironment", NewEnvironment),
    ("newfontfamily", Skip { args: 2 }),
    ("newif", NewName),
    ("newlength", NewName),
    ("newline", Break),
    ("newpage", Break),
    ("nobreakspace", Space),
    ("nocite", Skip { args: 1 }),
    ("o", Symbol("ø")),
    ("pagebreak", Break),
    ("pagecolor", Skip { args: 1 }),
    ("pagestyle", Skip { args: 1 }),
    ("par", Par),
    ("paragraph", Subheading),
    ("path", Url),
    ("pdfinfo", Skip { args: 1 }),
    ("personalinfo", PersonalInfo),
    ("phone", Identity { args: 1 }),
    ("photo", Image),
    ("photoL", Image),
    ("photoR", Image),
    ("pm", Symbol("±")),
    ("position", Identity { args: 1 }),
    ("pounds", Symbol("£")),
    ("printinfo", Wrapper { drop: 1 }),
    ("providecommand", Definition),
    ("qquad", Space),
    ("quad", Space),
    ("quote", Identity { args: 1 }),
    ("rSubsection", Entry { args: 4 }),
    ("raisebox", Wrapper { drop: 1 }),
    ("ref", Skip { args: 1 }),
    ("renewcommand", Definition),
    ("renewenvironment", NewEnvironment),
    ("resizebox", Wrapper { drop: 2 }),
    ("resumeItem", Bullet { args: 1 }),
    ("resumeItemListEnd", Break),
    ("resumeItemListStart", Break),
    ("resumeProjectHeading", Entry { args: 2 }),
    ("resumeSubHeadingListEnd", Break),
    ("resumeSubHeadingListStart", Break),
    ("resumeSubItem", Bullet { args: 1 }),
    ("resumeSubSubheading", Entry { args: 2 }),
    ("resumeSubheading", Entry { args: 4 }),
    ("rightarrow", Symbol("→")),
    ("rotatebox", Wrapper { drop: 1 }),
    ("rule", Rule),
    ("runsubsection", RunInTitle),
    ("rvert", Symbol(" | ")),
    ("scalebox", Wrapper { drop: 1 }),
    ("section", Heading),
    ("sectionsep", Break),
    ("sectiontitle", Heading),
    ("selectlanguage", Skip { args: 1 }),
    ("setcolumnwidth", Skip { args: 1 }),
    ("setcounter", Skip { args: 2 }),
    ("setlength", Skip { args: 2 }),
    ("setlist", Skip { args: 1 }),
    ("setmainfont", Skip { args: 1 }),
    ("setmainlanguage", Skip { args: 1 }),
    ("setmonofont", Skip { args: 1 }),
    ("setsansfont", Skip { args: 1 }),
    ("setsidebarwidth", Skip { args: 1 }),
    ("settowidth", Skip { args: 2 }),
    ("sim", Symbol("~")),
    ("smallskip", Break),
    ("social", Profile),
    ("space", Space),
    ("ss", Symbol("ß")),
    ("stepcounter", Skip { args: 1 }),
    ("subsection", Subheading),
    ("subsectiontitle", Subheading),
    ("subsubsection", Subheading),
    ("switchcolumn", Break),
    ("tagline", Identity { args: 1 }),
    ("textasciitilde", Symbol("~")),
    ("textbackslash", Symbol("\\")),
    ("textbar", Symbol(" | ")),
    ("textbullet", Symbol(" • ")),
    ("textcolor", Wrapper { drop: 1 }),
    ("textcopyright", Symbol("©")),
    ("textdegree", Symbol("°")),
    ("textdollar", Symbol("$")),
    ("textellipsis", Symbol("…")),
    ("textemdash", Symbol("—")),
    ("textendash", Symbol("–")),
    ("texteuro", Symbol("€")),
    ("textgreater", Symbol(">")),
    ("textless", Symbol("<")),
    ("textpercent", Symbol("%")),
    ("textperiodcentered", Symbol(" · ")),
    ("textregistered", Symbol("®")),
    ("textrightarrow", Symbol("→")),
    ("textsterling", Symbol("£")),
    ("texttrademark", Symbol("™")),
    ("textunderscore", Symbol("_")),
    ("thinspace", Space),
    ("thispagestyle", Skip { args: 1 }),
    ("times", Symbol("×")),
    ("title", Identity { args: 1 }),
    ("titleformat", Skip { args: 5 }),
    ("titlespacing", Skip { args: 4 }),
    ("to", Symbol("→")),
    ("twentyitem", Entry { args: 4 }),
    ("twentyitemshort", Entry { args: 2 }),
    ("twocolumn", TwoColumn),
    ("url", Url),
    ("urlstyle", Skip { args: 1 }),
    ("usepackage", UsePackage),
    ("usetikzlibrary", Skip { args: 1 }),
    ("vert", Symbol(" | ")),
    ("vskip", Dimension),
    ("vspace", Skip { args: 1 }),
    ("xdef", Def),
];

/// The role of `\name`, if the reader knows it.
pub(crate) fn lookup(name: &str) -> Option<Role> {
    COMMANDS
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .and_then(|i| COMMANDS.get(i))
        .map(|&(_, role)| role)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_without_duplicates() {
        for pair in COMMANDS.windows(2) {
            if let [(a, _), (b, _)] = pair {
                assert!(a < b, "{a} must sort before {b}");
            }
        }
    }

    #[test]
    fn templates_vocabulary() {
        assert_eq!(lookup("resumeSubheading"), Some(Entry { args: 4 }));
        assert_eq!(lookup("resumeItem"), Some(Bullet { args: 1 }));
        assert_eq!(lookup("cvsection"), Some(Heading));
        assert_eq!(lookup("textbf"), None);
    }
}
