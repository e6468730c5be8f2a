//! A petition's numbers, each with its bounds written once: the organizer's
//! form and the petition file (`handover petition import`) both parse
//! through these.

use super::Invalid;

/// How many signatures a petition aims for: 1 to 1,000,000,000.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Goal(i64);

impl Goal {
    /// The smallest goal.
    pub const MIN: i64 = 1;
    /// The largest goal.
    pub const MAX: i64 = 1_000_000_000;

    /// Checks a goal's bounds.
    pub fn new(n: i64) -> Result<Self, Invalid> {
        if (Self::MIN..=Self::MAX).contains(&n) {
            Ok(Goal(n))
        } else {
            Err(Invalid::new("org-error-goal"))
        }
    }

    /// Parses a goal as typed.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        s.trim()
            .parse::<i64>()
            .map_err(|_| Invalid::new("org-error-goal"))
            .and_then(Self::new)
    }

    /// The number.
    pub fn get(self) -> i64 {
        self.0
    }
}

/// Days after a petition closes until its signers' contact details are
/// erased: 1 to 3650, 90 when not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionDays(i32);

impl RetentionDays {
    /// The shortest retention.
    pub const MIN: i32 = 1;
    /// The longest retention (ten years).
    pub const MAX: i32 = 3650;
    /// The retention of a petition that does not say.
    pub const DEFAULT: RetentionDays = RetentionDays(90);

    /// Checks a retention's bounds.
    pub fn new(days: i64) -> Result<Self, Invalid> {
        i32::try_from(days)
            .ok()
            .filter(|d| (Self::MIN..=Self::MAX).contains(d))
            .map(RetentionDays)
            .ok_or_else(|| Invalid::new("org-error-retention"))
    }

    /// Parses a retention as typed; empty is the default.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        match s.trim() {
            "" => Ok(Self::DEFAULT),
            days => days
                .parse::<i64>()
                .map_err(|_| Invalid::new("org-error-retention"))
                .and_then(Self::new),
        }
    }

    /// The number of days.
    pub fn get(self) -> i32 {
        self.0
    }
}

impl Default for RetentionDays {
    fn default() -> Self {
        Self::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_inclusive_and_the_default_is_ninety_days() {
        assert_eq!(Goal::parse(" 1 ").map(Goal::get), Ok(1));
        assert_eq!(Goal::new(1_000_000_000).map(Goal::get), Ok(1_000_000_000));
        assert!(Goal::new(0).is_err() && Goal::new(1_000_000_001).is_err());
        assert!(Goal::parse("ten").is_err());
        assert_eq!(RetentionDays::parse("").map(RetentionDays::get), Ok(90));
        assert_eq!(
            RetentionDays::parse("3650").map(RetentionDays::get),
            Ok(3650)
        );
        assert!(RetentionDays::parse("0").is_err() && RetentionDays::parse("3651").is_err());
        assert!(RetentionDays::new(i64::MAX).is_err());
    }
}
