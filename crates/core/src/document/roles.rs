//! Roles: title, company, dates → years of experience, recency, level.

use super::{Section, SectionKind};
use crate::options::Level;
use crate::span::Span;
use alloc::vec::Vec;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct YearMonth {
    pub year: u16,
    /// 1–12; 0 when only the year is known.
    pub month: u8,
}

impl YearMonth {
    /// Months since year 0, treating an unknown month as January.
    pub fn index(self) -> u32 {
        u32::from(self.year) * 12 + u32::from(self.month.max(1)) - 1
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub span: Span,
    pub start: YearMonth,
    /// `None` means "Present".
    pub end: Option<YearMonth>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The role's heading line(s): title and company.
    pub span: Span,
    pub title: Option<Span>,
    pub company: Option<Span>,
    pub dates: Option<DateRange>,
    pub section: SectionKind,
}

pub fn find(_text: &str, _lines: &[Span], _sections: &[Section]) -> Vec<Role> {
    Vec::new()
}

/// The latest year/month the text mentions ("now" for Present), or a fixed fallback.
pub fn latest_date(_text: &str, roles: &[Role]) -> YearMonth {
    roles
        .iter()
        .filter_map(|r| r.dates)
        .flat_map(|d| [Some(d.start), d.end])
        .flatten()
        .max()
        .unwrap_or(YearMonth {
            year: 2026,
            month: 1,
        })
}

pub fn experience_months(roles: &[Role], today: YearMonth) -> u32 {
    roles
        .iter()
        .filter_map(|r| r.dates)
        .map(|d| {
            d.end
                .unwrap_or(today)
                .index()
                .saturating_sub(d.start.index())
        })
        .sum()
}

pub fn infer_level(months: u32, _roles: &[Role], _text: &str) -> Level {
    match months / 12 {
        0..=1 => Level::Entry,
        2..=4 => Level::Mid,
        5..=9 => Level::Senior,
        _ => Level::Staff,
    }
}
