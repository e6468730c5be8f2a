//! A count as the public sees it: exact from [`PublicCount::MIN`] up, and
//! "<3" below, so that no public figure (a delivery point's count, a
//! country's, the total) moves when one person signs where few have: one
//! signer in one country must not be told apart by a count going 0 → 1.
//! Organizers see exact figures.

use serde::{Serialize, Serializer};

/// A public count (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicCount {
    /// At least [`PublicCount::MIN`].
    Exact(i64),
    /// Fewer than [`PublicCount::MIN`], zero included.
    Few,
}

impl PublicCount {
    /// The smallest count shown exactly.
    pub const MIN: i64 = 3;
    /// How a count below [`Self::MIN`] is written, in JSON and on pages.
    pub const FEW: &'static str = "<3";

    /// The public form of an exact count.
    pub fn of(n: i64) -> Self {
        if n >= Self::MIN {
            PublicCount::Exact(n)
        } else {
            PublicCount::Few
        }
    }

    /// The count if shown exactly, else 0 (for progress bars).
    pub fn shown_or_zero(self) -> i64 {
        match self {
            PublicCount::Exact(n) => n,
            PublicCount::Few => 0,
        }
    }
}

/// A number, or the string `"<3"`.
impl Serialize for PublicCount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            PublicCount::Exact(n) => s.serialize_i64(*n),
            PublicCount::Few => s.serialize_str(Self::FEW),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_below_three_are_hidden_and_others_exact() {
        for n in 0..3 {
            assert_eq!(
                serde_json::to_string(&PublicCount::of(n)).unwrap(),
                "\"<3\""
            );
        }
        assert_eq!(serde_json::to_string(&PublicCount::of(3)).unwrap(), "3");
        assert_eq!(PublicCount::of(2).shown_or_zero(), 0);
    }
}
