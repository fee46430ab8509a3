//! Times in words for the learner ("due tomorrow", "3 days ago"), from Unix milliseconds.

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

/// A time zone as the learner's browser knows it: minutes east of UTC at a given moment.
/// Daylight saving moves the offset during the year, so each time is converted with its
/// own offset, never with today's.
pub trait Zone {
    fn offset_minutes(&self, at: i64) -> i32;
}

/// A zone with one offset all year: UTC, the command line, tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fixed(pub i32);

impl Zone for Fixed {
    fn offset_minutes(&self, _at: i64) -> i32 {
        self.0
    }
}

/// The local day number of `at` (days since 1970-01-01 in the zone).
pub fn local_day(at: i64, zone: &dyn Zone) -> i64 {
    (at + i64::from(zone.offset_minutes(at)) * MINUTE).div_euclid(DAY)
}

/// When something falls due, relative to `now`, in the words every page uses: "now",
/// "in 10 minutes", "in 3 hours" (later today), "tomorrow", "in 3 days". Past the first
/// hour it counts local calendar days, not 24-hour spans: a review due at 9 tomorrow is
/// "tomorrow" whether it is 23 or 25 hours away, and "in 3 hours" never means tomorrow.
pub fn due(due: i64, now: i64, zone: &dyn Zone) -> String {
    let gap = due - now;
    if gap <= 0 {
        return "now".to_owned();
    }
    if gap < HOUR {
        return plural((gap + MINUTE - 1) / MINUTE, "minute", "in ");
    }
    match local_day(due, zone) - local_day(now, zone) {
        i64::MIN..=0 => plural(gap / HOUR, "hour", "in "),
        1 => "tomorrow".to_owned(),
        days => plural(days, "day", "in "),
    }
}

/// How long ago something happened: "just now", "5 minutes ago", "yesterday", "3 days ago".
pub fn ago(at: i64, now: i64) -> String {
    let gap = now - at;
    match gap {
        i64::MIN..MINUTE => "just now".to_owned(),
        MINUTE..HOUR => format!("{} ago", plural(gap / MINUTE, "minute", "")),
        HOUR..DAY => format!("{} ago", plural(gap / HOUR, "hour", "")),
        _ if gap < 2 * DAY => "yesterday".to_owned(),
        _ => format!("{} ago", plural(gap / DAY, "day", "")),
    }
}

/// The local calendar date of `at` as `YYYY-MM-DD` (for file names and history).
pub fn date(at: i64, zone: &dyn Zone) -> String {
    let days = local_day(at, zone);
    // Civil-from-days (Howard Hinnant's algorithm), valid for the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn plural(n: i64, unit: &str, prefix: &str) -> String {
    format!("{prefix}{n} {unit}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_naturally() {
        let utc = Fixed(0);
        assert_eq!(due(0, 5, &utc), "now");
        assert_eq!(due(10 * MINUTE, 0, &utc), "in 10 minutes");
        assert_eq!(due(MINUTE + 1, 0, &utc), "in 2 minutes");
        assert_eq!(due(3 * HOUR, 0, &utc), "in 3 hours");
        assert_eq!(due(DAY, 0, &utc), "tomorrow");
        assert_eq!(due(3 * DAY, 0, &utc), "in 3 days");
        assert_eq!(ago(0, 30_000), "just now");
        assert_eq!(ago(0, MINUTE), "1 minute ago");
        assert_eq!(ago(0, DAY + HOUR), "yesterday");
        assert_eq!(ago(0, 5 * DAY), "5 days ago");
        assert_eq!(date(0, &Fixed(0)), "1970-01-01");
        assert_eq!(date(1_700_481_600_000, &Fixed(0)), "2023-11-20");
        assert_eq!(date(1_700_481_600_000, &Fixed(13 * 60)), "2023-11-21");
        assert_eq!(date(951_782_400_000, &Fixed(0)), "2000-02-29");
    }

    #[test]
    fn similar_waits_read_alike_by_the_calendar() {
        let utc = Fixed(0);
        let afternoon = 15 * HOUR;
        // 23 and 25 hours from 15:00 both land tomorrow: neither says "in 23 hours".
        assert_eq!(due(afternoon + 23 * HOUR, afternoon, &utc), "tomorrow");
        assert_eq!(due(afternoon + 25 * HOUR, afternoon, &utc), "tomorrow");
        // Three hours from 23:00 is after midnight: tomorrow, not "in 3 hours".
        assert_eq!(due(26 * HOUR, 23 * HOUR, &utc), "tomorrow");
        // Later today stays in hours; days count calendar days.
        assert_eq!(due(afternoon + 5 * HOUR, afternoon, &utc), "in 5 hours");
        assert_eq!(due(afternoon + 32 * HOUR, afternoon, &utc), "tomorrow");
        assert_eq!(
            due(afternoon + 2 * DAY + 10 * HOUR, afternoon, &utc),
            "in 3 days"
        );
        // The learner's own zone decides where midnight falls.
        assert_eq!(due(26 * HOUR, 23 * HOUR, &Fixed(-5 * 60)), "in 3 hours");
    }
}
