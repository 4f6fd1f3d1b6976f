//! Command-line arguments (hand-parsed: six flags do not need a parser crate).

use resume_analyzer::date::YearMonth;
use resume_analyzer::Level;

pub const USAGE: &str = "\
resume-analyzer: a private backend-resume analyzer (weak bullets, Tier-1 keywords, ATS hazards)

USAGE:
    resume-analyzer FILE [--jd FILE] [--level entry|mid|senior|staff]
                         [--format text|json|markdown] [--min-score N]
    resume-analyzer --rules

FILE is plain text, Markdown, JSON Resume (.json), LaTeX (.tex), YAML (.yaml: RenderCV,
YAMLResume), Word (.docx) or PDF (.pdf).
Use - for stdin.

OPTIONS:
    --jd FILE          a job description: adds the match report
    --level LEVEL      target level (default: inferred from the roles' dates)
    --format FORMAT    text (default), json (the same JSON as the web page) or markdown
    --min-score N      exit 1 when the overall score is under N (for CI)
    --today YYYY-MM    the month \"Present\" means (default: this month; for reproducible CI)
    --ats-view         print the plain text an ATS would read (reading order, losses marked)
    --rules            list every rule with its id, severity and source seed
    -h, --help         this help
    -V, --version      the version

EXIT CODES: 0 ok, 1 score under --min-score, 2 bad input or usage.
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    #[default]
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Default)]
pub struct Args {
    pub file: Option<String>,
    pub jd: Option<String>,
    pub level: Option<Level>,
    pub format: OutputFormat,
    pub min_score: Option<u32>,
    pub today: Option<YearMonth>,
    pub rules: bool,
    pub ats_view: bool,
    pub help: bool,
    pub version: bool,
}

impl Args {
    pub fn parse(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut args = Args::default();
        while let Some(arg) = argv.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = |name: &str| {
                inline
                    .clone()
                    .or_else(|| argv.next())
                    .ok_or_else(|| format!("{name} needs a value (see --help)"))
            };
            match flag.as_str() {
                "-h" | "--help" => args.help = true,
                "-V" | "--version" => args.version = true,
                "--rules" => args.rules = true,
                "--ats-view" => args.ats_view = true,
                "--jd" => args.jd = Some(value("--jd")?),
                "--level" => {
                    let v = value("--level")?;
                    args.level = Some(Level::parse(&v).ok_or_else(|| {
                        format!("unknown level '{v}': use entry, mid, senior or staff")
                    })?);
                }
                "--format" => {
                    args.format = match value("--format")?.as_str() {
                        "text" => OutputFormat::Text,
                        "json" => OutputFormat::Json,
                        "markdown" | "md" => OutputFormat::Markdown,
                        other => {
                            return Err(format!(
                                "unknown format '{other}': use text, json or markdown"
                            ))
                        }
                    }
                }
                "--min-score" => {
                    let v = value("--min-score")?;
                    let n: u32 = v
                        .parse()
                        .ok()
                        .filter(|n| *n <= 100)
                        .ok_or_else(|| format!("--min-score wants 0–100, got '{v}'"))?;
                    args.min_score = Some(n);
                }
                "--today" => {
                    let v = value("--today")?;
                    args.today = Some(
                        parse_year_month(&v)
                            .ok_or_else(|| format!("--today wants YYYY-MM, got '{v}'"))?,
                    );
                }
                f if f.starts_with('-') && f != "-" => {
                    return Err(format!("unknown option '{f}' (see --help)"))
                }
                _ if args.file.is_none() => args.file = Some(arg),
                _ => {
                    return Err(format!(
                        "unexpected argument '{arg}' (one resume at a time)"
                    ))
                }
            }
        }
        Ok(args)
    }
}

fn parse_year_month(s: &str) -> Option<YearMonth> {
    let (y, m) = s.trim().split_once('-')?;
    let year: u16 = y.parse().ok().filter(|y| (1950..=2200).contains(y))?;
    let month: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some(YearMonth { year, month })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Args, String> {
        Args::parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn parses_every_flag() {
        let a = parse("cv.md --jd jd.txt --level senior --format=json --min-score 70").unwrap();
        assert_eq!(a.file.as_deref(), Some("cv.md"));
        assert_eq!(a.jd.as_deref(), Some("jd.txt"));
        assert_eq!(a.level, Some(Level::Senior));
        assert_eq!(a.format, OutputFormat::Json);
        assert_eq!(a.min_score, Some(70));
    }

    #[test]
    fn rejects_bad_values_with_a_message() {
        assert!(parse("cv.md --level guru")
            .unwrap_err()
            .contains("unknown level"));
        assert!(parse("cv.md --min-score 101")
            .unwrap_err()
            .contains("0–100"));
        assert!(parse("cv.md --bogus")
            .unwrap_err()
            .contains("unknown option"));
        assert!(parse("a.md b.md").unwrap_err().contains("one resume"));
        assert!(parse("cv.md --jd").unwrap_err().contains("needs a value"));
        assert!(parse("cv.md --today 2026-13")
            .unwrap_err()
            .contains("YYYY-MM"));
        assert_eq!(
            parse("cv.md --today 2026-11").unwrap().today,
            Some(YearMonth {
                year: 2026,
                month: 11
            })
        );
    }
}
