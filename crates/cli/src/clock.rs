//! This month, from the system clock: what "Present" means in a resume's dates.

use resume_analyzer::date::YearMonth;
use std::time::{SystemTime, UNIX_EPOCH};

/// The current UTC year and month.
pub fn this_month() -> YearMonth {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let (year, month) = civil_from_days(days);
    YearMonth {
        year: u16::try_from(year).unwrap_or(2026),
        month,
    }
}

/// Year and month of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, u8::try_from(month).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1));
        assert_eq!(civil_from_days(20_417), (2025, 11)); // 2025-11-25
        assert_eq!(civil_from_days(20_782), (2026, 11)); // 2026-11-25
        assert_eq!(civil_from_days(11_016), (2000, 2)); // 2000-02-29
    }
}
