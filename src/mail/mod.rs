//! Outgoing mail: composing it from [`crate::outbox`] rows, the mails'
//! templates, the transports (SMTP or `.eml` files) and the worker that
//! drains the outbox.

pub mod compose;
pub mod relay;
pub mod smtp;
pub mod templates;
pub mod worker;

use std::path::{Path, PathBuf};

use anyhow::Context;
use lettre::address::Envelope;
use lettre::message::{Mailbox, MultiPart, header};

pub use self::smtp::Ahead;
use self::smtp::{Outbound, SmtpPool, SmtpSettings};
use crate::config::Settings;

/// Where mail goes.
pub enum Transport {
    /// Pooled SMTP connections.
    Smtp(SmtpPool),
    /// `.eml` files in a folder, for running without a mail server.
    Files(PathBuf),
}

/// Builds and delivers mail.
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

/// A mail ready to go: who to, subject, and both bodies.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// A one-click unsubscribe URL (RFC 8058), for mail a signer asked for
    /// and may stop.
    pub list_unsubscribe: Option<String>,
}

/// `List-Unsubscribe: <https://…>` (RFC 2369).
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl header::Header for ListUnsubscribe {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.trim_matches(['<', '>']).to_owned()))
    }

    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): a mail
/// client may unsubscribe with one POST, no page to visit.
#[derive(Debug, Clone)]
struct OneClick;

impl header::Header for OneClick {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(OneClick)
    }

    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// A message built to go: its envelope and its bytes, formatted once.
pub struct Built {
    envelope: Envelope,
    formatted: Vec<u8>,
}

impl Built {
    fn outbound(&self) -> Outbound<'_> {
        Outbound {
            envelope: &self.envelope,
            email: &self.formatted,
        }
    }
}

/// Where a delivered mail went.
#[derive(Debug, Clone)]
pub enum Delivered {
    /// The SMTP server accepted it.
    Smtp,
    /// It was written to this file.
    File(PathBuf),
}

impl Mailer {
    /// The mailer the settings describe: SMTP when `SMTP_URL` is set, else files.
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        let from: Mailbox = settings.mail_from.parse().with_context(
            || "HANDOVER_MAIL_FROM is not a valid mailbox such as `Name <a@b.org>`",
        )?;
        let transport = match &settings.smtp_url {
            Some(url) => Transport::Smtp(SmtpPool::new(
                SmtpSettings::from_url(url).context("SMTP_URL is not usable")?,
            )),
            None => Transport::Files(settings.mail_dir.clone()),
        };
        Ok(Mailer { transport, from })
    }

    /// Closes SMTP connections that have been idle too long.
    pub fn close_idle(&self) {
        if let Transport::Smtp(pool) = &self.transport {
            pool.close_idle();
        }
    }

    /// A short description for the startup log, without credentials.
    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "SMTP".to_owned(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        }
    }

    /// Builds the MIME message: text and HTML alternatives, `Date`, `Message-ID`.
    pub fn build(&self, mail: &Outgoing) -> anyhow::Result<Built> {
        let to: Mailbox = mail
            .to
            .parse()
            .context("the recipient address is not valid")?;
        let domain = self.from.email.domain().to_owned();
        let mut builder = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .date_now()
            .message_id(Some(format!("<{}@{}>", uuid::Uuid::new_v4(), domain)))
            .header(header::MIME_VERSION_1_0);
        if let Some(url) = &mail.list_unsubscribe {
            builder = builder
                .header(ListUnsubscribe(url.clone()))
                .header(OneClick);
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(
                mail.text.clone(),
                mail.html.clone(),
            ))
            .context("building a MIME message")?;
        Ok(Built {
            envelope: message.envelope().clone(),
            formatted: message.formatted(),
        })
    }

    /// Delivers one message. `Ok` means the server accepted it (or the file is
    /// fully written); only then may the caller mark it sent. `next`, the
    /// message the caller delivers after this one (with the same `ahead`),
    /// lets SMTP send its envelope with this content (see [`smtp`]).
    pub fn deliver(
        &self,
        message: &Built,
        outbox_id: i64,
        ahead: &mut Ahead,
        next: Option<&Built>,
    ) -> anyhow::Result<Delivered> {
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message.outbound(), ahead, next.map(Built::outbound))?;
                Ok(Delivered::Smtp)
            }
            Transport::Files(dir) => write_eml(dir, message, outbox_id).map(Delivered::File),
        }
    }
}

/// Writes a message to `dir` as `.eml`, whole or not at all (write, then rename).
fn write_eml(dir: &Path, message: &Built, outbox_id: i64) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("creating the mail folder {}", dir.display()))?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
    let path = dir.join(format!("{stamp}-{outbox_id}.eml"));
    let partial = dir.join(format!(".{stamp}-{outbox_id}.eml.partial"));
    let written = std::fs::write(&partial, &message.formatted)
        .with_context(|| format!("writing {}", partial.display()))
        .and_then(|()| {
            std::fs::rename(&partial, &path)
                .with_context(|| format!("renaming to {}", path.display()))
        });
    if written.is_err() {
        // A full disk leaves no half-written file behind; the message is
        // retried as a whole.
        let _ = std::fs::remove_file(&partial);
    }
    written.map(|()| path)
}
