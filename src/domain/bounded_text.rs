//! Free text a signer types, each kind with its own bound.

use super::{Invalid, has_control_chars};

macro_rules! bounded_text {
    ($(#[$doc:meta])* $name:ident, max = $max:expr, required = $required:expr,
     newlines = $newlines:expr, missing = $missing:expr, too_long = $too_long:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            /// Most characters (Unicode scalar values) accepted.
            pub const MAX_CHARS: usize = $max;

            /// Trims the text and checks its bound.
            pub fn parse(s: &str) -> Result<Self, Invalid> {
                let s = s.trim();
                if $required && s.is_empty() {
                    return Err(Invalid::new($missing));
                }
                if s.chars().count() > Self::MAX_CHARS {
                    return Err(Invalid::new($too_long));
                }
                if has_control_chars(s, $newlines) {
                    return Err(Invalid::new("error-control-chars"));
                }
                Ok($name(s.replace("\r\n", "\n")))
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

bounded_text!(
    /// A signer's name as they typed it, in any script: 1 to 200 characters.
    SignerName, max = 200, required = true, newlines = false,
    missing = "error-name-missing",
    too_long = "error-name-too-long"
);

bounded_text!(
    /// The city a signer lives in: 1 to 100 characters.
    City, max = 100, required = true, newlines = false,
    missing = "error-city-missing",
    too_long = "error-city-too-long"
);

bounded_text!(
    /// An optional comment for the packet: at most 500 characters.
    Comment, max = 500, required = false, newlines = true,
    missing = "error-comment-too-long",
    too_long = "error-comment-too-long"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_are_kept_as_typed() {
        for name in ["김민수", "山田 太郎", "Zoë Ångström-Łukasz"] {
            assert_eq!(SignerName::parse(name).unwrap().as_str(), name);
        }
    }

    #[test]
    fn bounds_count_characters_not_bytes() {
        assert!(SignerName::parse(&"김".repeat(200)).is_ok());
        assert!(SignerName::parse(&"김".repeat(201)).is_err());
        assert!(City::parse(&"a".repeat(101)).is_err());
        assert!(Comment::parse(&"a".repeat(500)).is_ok());
        assert!(Comment::parse(&"a".repeat(501)).is_err());
    }

    #[test]
    fn empty_name_is_refused_but_empty_comment_is_fine() {
        assert!(SignerName::parse("   ").is_err());
        assert_eq!(Comment::parse("").unwrap().as_str(), "");
    }

    #[test]
    fn comments_keep_line_breaks_names_do_not() {
        assert_eq!(Comment::parse("a\r\nb").unwrap().as_str(), "a\nb");
        assert!(SignerName::parse("a\nb").is_err());
    }
}
