//! Validated values. Input from forms, files and URLs is parsed into these
//! types at the edge; code past the edge never handles a raw string, so every
//! value it sees already holds to its rules.

mod bounded_text;
pub mod client_ip;
mod countries;
pub mod country;
mod embed_origins;
mod msg;
mod name_in_packet;
mod petition_bounds;
mod public_count;
mod signer_email;
mod slug;
mod source;
pub(crate) mod text_enum;
mod time_zone;
mod token;

pub use bounded_text::{City, Comment, SignerName};
pub use countries::COUNTRIES;
pub use country::Country;
pub use embed_origins::EmbedOrigins;
pub use msg::{Arg, FieldErrors, Msg};
pub use name_in_packet::NameInPacket;
pub use petition_bounds::{Goal, RetentionDays};
pub use public_count::PublicCount;
/// Organizers' addresses follow the same rules as signers'.
pub use signer_email::SignerEmail as EmailAddress;
pub use signer_email::{SignerEmail, email_domain_to_ascii};
pub use slug::Slug;
pub use source::Source;
pub use text_enum::UnknownValue;
pub(crate) use text_enum::text_enum;
pub use time_zone::TimeZone;
pub use token::{RawToken, hash_token, keyed_hash, link_token_key};

/// Why a value was refused: a message (see [`crate::i18n`]) a signer can
/// act on, put into words in their language where it is shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub Msg);

impl Invalid {
    pub(crate) fn new(id: &'static str) -> Self {
        Invalid(Msg::new(id))
    }
}

/// Whether `s` holds a control character other than ordinary line breaks and tabs.
fn has_control_chars(s: &str, allow_newlines: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\r' || c == '\t')))
}
