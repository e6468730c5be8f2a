use super::{Invalid, SignerName};

/// How a signer's name appears in the packet handed to the recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameInPacket {
    /// The name as typed.
    Full,
    /// Initials only, such as "K. M.".
    Initials,
    /// "Anonymous".
    Anonymous,
}

impl NameInPacket {
    /// What is printed for a signer who chose to be anonymous.
    pub const ANONYMOUS: &'static str = "Anonymous";

    /// Parses the form value `full`, `initials` or `anonymous`.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        match s.trim() {
            "full" => Ok(NameInPacket::Full),
            "initials" => Ok(NameInPacket::Initials),
            "anonymous" => Ok(NameInPacket::Anonymous),
            _ => Err(Invalid::new("error-packet")),
        }
    }

    /// The stored and form value.
    pub fn as_str(self) -> &'static str {
        match self {
            NameInPacket::Full => "full",
            NameInPacket::Initials => "initials",
            NameInPacket::Anonymous => "anonymous",
        }
    }

    /// The name as it is printed in a packet.
    pub fn render(self, name: &SignerName) -> String {
        match self {
            NameInPacket::Full => name.as_str().to_owned(),
            NameInPacket::Anonymous => Self::ANONYMOUS.to_owned(),
            NameInPacket::Initials => name
                .as_str()
                .split_whitespace()
                .filter_map(|word| word.chars().next())
                .map(|c| format!("{}.", c.to_uppercase()))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_take_the_first_letter_of_each_word() {
        let name = SignerName::parse("kim min-su").unwrap();
        assert_eq!(NameInPacket::Initials.render(&name), "K. M.");
        let name = SignerName::parse("김민수").unwrap();
        assert_eq!(NameInPacket::Initials.render(&name), "김.");
    }

    #[test]
    fn anonymous_hides_the_name() {
        let name = SignerName::parse("Jane Doe").unwrap();
        assert_eq!(NameInPacket::Anonymous.render(&name), "Anonymous");
        assert_eq!(NameInPacket::Full.render(&name), "Jane Doe");
    }
}
