//! The SMTP client: a pool of connections that each send one message at a
//! time, with every message's content and its final `.` in one write, and,
//! where the server offers PIPELINING (RFC 2920), its envelope (`MAIL`,
//! `RCPT`, `DATA`) in one write too. A sender with another message to send
//! next writes that one's envelope in the same write as this one's content
//! (RFC 2920 lets the content open a group): one round trip a message, not
//! four.
//!
//! Why not lettre's `SmtpTransport`: it writes a message's content and the
//! `\r\n.\r\n` that ends it in two writes, on a socket without `TCP_NODELAY`
//! (which it offers no way to set). Nagle's algorithm then holds the short
//! terminator until the server acknowledges the content, and servers delay
//! that acknowledgement (Linux: 40 ms), so each connection sent at most about
//! 25 messages a second. lettre's pool also sends a `NOOP` before every
//! message. Here lettre still speaks the protocol (connection, EHLO,
//! STARTTLS, AUTH, commands and replies); this module only pools its
//! connections, groups the envelope's commands, and sends the content
//! itself, dot-stuffed, in one write.
//!
//! Guarantee: a message is reported sent only after the server's `250` to
//! its content, and a connection goes back to the pool only after every
//! reply to what was written on it has been read, all positive; after
//! anything else it is closed. An envelope written ahead ([`Ahead`]) stays
//! with the sender that wrote it: its replies are read, in order, before
//! that message's content is written, and if that message is not sent next
//! the connection is closed (the server is waiting for its content).
//! Pipelining changes the number of writes, never the replies read: each
//! command's reply is read in order and the first refusal is the one
//! reported (`tests/api/mail.rs` sends all three ways; its refusal tests run
//! pipelined).

use std::borrow::Cow;
use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use lettre::address::Envelope;
use lettre::transport::smtp::Error;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{SmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::commands::{Data, Ehlo, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};

/// How long one SMTP conversation step may take.
const TIMEOUT: Duration = Duration::from_secs(15);
/// A connection idle longer than this is checked with `NOOP` before reuse:
/// servers close idle connections, and a message should not fail for that.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(5);
/// A connection idle longer than this is closed rather than reused.
const MAX_IDLE: Duration = Duration::from_secs(60);

/// Where and how to connect, read from `SMTP_URL` the way lettre reads it:
/// `smtp://host:25`, `smtp://user:pass@host?tls=required` (STARTTLS, port
/// 587), `?tls=opportunistic`, `smtps://host` (TLS from the start, port 465);
/// a path sets the EHLO name.
#[derive(Clone)]
pub struct SmtpSettings {
    host: String,
    port: u16,
    tls: Tls,
    hello: ClientId,
    credentials: Option<Credentials>,
}

impl SmtpSettings {
    /// Parses an `SMTP_URL`.
    pub fn from_url(raw: &str) -> anyhow::Result<Self> {
        let url = url::Url::parse(raw).context("it is not a URL")?;
        let host = url.host_str().context("it names no host")?.to_owned();
        let tls_param = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let params = || TlsParameters::new(host.clone()).context("setting up TLS");
        let (default_port, tls) = match (url.scheme(), tls_param.as_deref()) {
            ("smtp", None) => (25, Tls::None),
            ("smtp", Some("required")) => (587, Tls::Required(params()?)),
            ("smtp", Some("opportunistic")) => (587, Tls::Opportunistic(params()?)),
            // lettre ignores `tls=` on smtps://, so this does too.
            ("smtps", _) => (465, Tls::Wrapper(params()?)),
            (scheme, tls) => anyhow::bail!(
                "scheme `{scheme}` with tls={} is not one of smtp://, smtp://…?tls=required, \
                 smtp://…?tls=opportunistic, smtps://",
                tls.unwrap_or("(none)")
            ),
        };
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_owned()),
        };
        let decode = |s: &str| -> anyhow::Result<String> {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(Cow::into_owned)
                .context("the user name or password is not valid percent-encoded UTF-8")
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        Ok(SmtpSettings {
            port: url.port().unwrap_or(default_port),
            host,
            tls,
            hello,
            credentials,
        })
    }
}

/// One open connection, and whether its server takes the envelope's
/// commands in one group (it offered PIPELINING).
struct Connection {
    smtp: SmtpConnection,
    pipelining: bool,
}

/// Pooled SMTP connections. Each `send` takes an idle connection (or opens
/// one), and gives it back when the message went through; a connection that
/// failed in any way is closed, never reused.
pub struct SmtpPool {
    settings: SmtpSettings,
    idle: Mutex<Vec<(Connection, Instant)>>,
}

impl SmtpPool {
    /// A pool that connects on first use.
    pub fn new(settings: SmtpSettings) -> Self {
        SmtpPool {
            settings,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Sends one message; `Ok` once the server accepted it. With `next`,
    /// the message this sender sends after it, that one's envelope goes out
    /// with this one's content where the server pipelines, and `ahead`
    /// keeps the connection for it; pass the same `ahead` with that message.
    pub fn send<'n>(
        &self,
        message: Outbound<'_>,
        ahead: &mut Ahead,
        next: Option<Outbound<'n>>,
    ) -> Result<(), SmtpFailure> {
        let (conn, written, fresh) = match ahead.take_for(message.envelope) {
            Some(conn) => (conn, true, false),
            None => {
                let (conn, reused) = self.connection()?;
                (conn, false, !reused)
            }
        };
        match self.send_and_settle(conn, written, message, ahead, next) {
            // The server may have closed a reused connection meanwhile (a
            // restart, a limit of messages per connection). Nothing of the
            // message was sent, so one try on a fresh connection cannot
            // deliver it twice.
            Err(Failed {
                content_sent: false,
                why,
            }) if !fresh && !matches!(why, SmtpFailure::Unsupported(_)) => self
                .send_and_settle(self.connect()?, false, message, ahead, next)
                .map_err(|failed| failed.why),
            sent => sent.map_err(|failed| failed.why),
        }
    }

    /// Sends on `conn` (its envelope already `written` ahead, or not), then
    /// keeps it: for `next` in `ahead` if its envelope went along, else in
    /// the pool. Closes it after any other failure than a message this
    /// server cannot take, found before anything was written (it is never
    /// reused in an unknown state).
    fn send_and_settle(
        &self,
        mut conn: Connection,
        written: bool,
        message: Outbound<'_>,
        ahead: &mut Ahead,
        next: Option<Outbound<'_>>,
    ) -> Result<(), Failed> {
        // A server that may be waiting for a content (a `DATA` went ahead)
        // is hung up on after a failure, not told `QUIT`.
        let data_may_be_open = written || (next.is_some() && conn.pipelining);
        match send_on(&mut conn, written, message, next) {
            Ok(Some(next)) => {
                ahead.0 = Some((conn, next.clone()));
                Ok(())
            }
            Ok(None) => {
                self.give_back(conn);
                Ok(())
            }
            Err(failed) => {
                if !written && matches!(failed.why, SmtpFailure::Unsupported(_)) {
                    // Refused by `envelope_commands`: nothing went out.
                    self.give_back(conn);
                } else if data_may_be_open {
                    hang_up(conn);
                } else {
                    close(conn);
                }
                Err(failed)
            }
        }
    }

    /// Says goodbye to connections idle longer than a minute, so they are not
    /// left to the server's timeout. The worker calls it between passes.
    pub fn close_idle(&self) {
        let stale: Vec<Connection> = match self.idle.lock() {
            Ok(mut idle) => {
                let (stale, fresh) = std::mem::take(&mut *idle)
                    .into_iter()
                    .partition(|(_, since)| since.elapsed() > MAX_IDLE);
                *idle = fresh;
                stale.into_iter().map(|(conn, _)| conn).collect()
            }
            Err(_) => Vec::new(),
        };
        stale.into_iter().for_each(close);
    }

    fn give_back(&self, conn: Connection) {
        if let Ok(mut idle) = self.idle.lock() {
            idle.push((conn, Instant::now()));
        }
    }

    /// An idle connection that still answers (and `true`), or a new one.
    fn connection(&self) -> Result<(Connection, bool), SmtpFailure> {
        loop {
            let taken = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            let Some((mut conn, since)) = taken else {
                return Ok((self.connect()?, false));
            };
            let idle_for = since.elapsed();
            if idle_for < CHECK_AFTER_IDLE || (idle_for < MAX_IDLE && conn.smtp.test_connected()) {
                return Ok((conn, true));
            }
            close(conn);
        }
    }

    /// Opens a connection: EHLO, STARTTLS and AUTH as the settings ask.
    fn connect(&self) -> Result<Connection, SmtpFailure> {
        let s = &self.settings;
        let wrapper = match &s.tls {
            Tls::Wrapper(params) => Some(params),
            _ => None,
        };
        let mut conn = SmtpConnection::connect(
            (s.host.as_str(), s.port),
            Some(TIMEOUT),
            &s.hello,
            wrapper,
            None,
        )
        .map_err(SmtpFailure::from_lettre)?;
        let ready = (|| {
            match &s.tls {
                Tls::Required(params) => conn.starttls(params, &s.hello)?,
                Tls::Opportunistic(params) if conn.can_starttls() => {
                    conn.starttls(params, &s.hello)?
                }
                _ => {}
            }
            // Before AUTH: a later EHLO resets the session (RFC 5321 §4.1.4).
            let pipelining = offers_pipelining(&mut conn, &s.hello)?;
            if let Some(credentials) = &s.credentials {
                conn.auth(DEFAULT_MECHANISMS, credentials)?;
            }
            Ok(pipelining)
        })();
        match ready {
            Ok(pipelining) => Ok(Connection {
                smtp: conn,
                pipelining,
            }),
            Err(e) => {
                abort(conn);
                Err(SmtpFailure::from_lettre(e))
            }
        }
    }
}

/// Whether the server offers PIPELINING. lettre keeps only the extensions it
/// uses from its EHLO, so this asks again (once per connection) and reads
/// the keywords itself; the first line of the reply is the server's name.
fn offers_pipelining(conn: &mut SmtpConnection, hello: &ClientId) -> Result<bool, Error> {
    let reply = conn.command(Ehlo::new(hello.clone()))?;
    Ok(reply.message().skip(1).any(|line| {
        line.split_whitespace()
            .next()
            .is_some_and(|keyword| keyword.eq_ignore_ascii_case("PIPELINING"))
    }))
}

/// Ends a connection without waiting long for the server's goodbye: a
/// server that stopped answering must not hold the worker up.
fn close(conn: Connection) {
    abort(conn.smtp);
}

/// Ends a connection whose server may be waiting for a message's content
/// (its `DATA` went ahead): a `QUIT` would be read as content, so the
/// socket is just closed, and the server drops the unfinished message.
fn hang_up(conn: Connection) {
    drop(conn.smtp);
}

/// [`close`] for a connection not yet set up.
fn abort(mut conn: SmtpConnection) {
    let _ = conn.set_timeout(Some(Duration::from_secs(1)));
    conn.abort();
}

/// Why a message did not go out. Only reply codes are kept: the server's
/// text often quotes the recipient's address.
#[derive(Debug, thiserror::Error)]
pub enum SmtpFailure {
    /// The server answered with an error reply.
    #[error("the SMTP server refused the message with code {code}")]
    Refused {
        /// A 5xx reply: trying again will not help.
        permanent: bool,
        code: String,
    },
    /// The message needs an extension the server does not offer (an address
    /// outside ASCII needs SMTPUTF8, RFC 6531).
    #[error("the SMTP server does not offer {0}, which this message needs")]
    Unsupported(&'static str),
    #[error("the SMTP server timed out")]
    Timeout,
    #[error("could not talk to the SMTP server")]
    Unreachable,
}

impl SmtpFailure {
    /// Whether trying again later cannot help.
    pub fn is_permanent(&self) -> bool {
        matches!(
            self,
            SmtpFailure::Refused {
                permanent: true,
                ..
            } | SmtpFailure::Unsupported(_)
        )
    }

    /// Whether the server refused with a permanent (5xx) reply.
    pub fn is_refusal_for_good(&self) -> bool {
        matches!(
            self,
            SmtpFailure::Refused {
                permanent: true,
                ..
            }
        )
    }

    /// The server's reply code, if it sent one (never its text, which may
    /// quote an address).
    pub fn code(&self) -> &str {
        match self {
            SmtpFailure::Refused { code, .. } => code,
            _ => "",
        }
    }

    fn from_lettre(e: Error) -> Self {
        match e.status() {
            Some(code) => SmtpFailure::Refused {
                permanent: e.is_permanent(),
                code: code.to_string(),
            },
            None if e.is_timeout() => SmtpFailure::Timeout,
            None => SmtpFailure::Unreachable,
        }
    }
}

/// A failed send, and whether the content had started to go out (after
/// which the server may have it, and it must not be sent again at once).
struct Failed {
    content_sent: bool,
    why: SmtpFailure,
}

/// One message to send: its envelope and its bytes.
#[derive(Clone, Copy)]
pub struct Outbound<'a> {
    /// Who from, who to.
    pub envelope: &'a Envelope,
    /// The formatted message.
    pub email: &'a [u8],
}

/// A message's envelope written ahead, with the content of the message
/// before it, on a connection whose replies to it are not read yet (see the
/// module comment). One sender keeps it between two messages; dropped
/// unused, it closes its connection, whose server waits for that content.
#[derive(Default)]
pub struct Ahead(Option<(Connection, Envelope)>);

impl Ahead {
    /// The connection, if the envelope written on it is `envelope`'s; any
    /// other is closed.
    fn take_for(&mut self, envelope: &Envelope) -> Option<Connection> {
        match self.0.take() {
            Some((conn, written)) if written == *envelope => Some(conn),
            Some((conn, _)) => {
                hang_up(conn);
                None
            }
            None => None,
        }
    }
}

impl Drop for Ahead {
    fn drop(&mut self) {
        if let Some((conn, _)) = self.0.take() {
            hang_up(conn);
        }
    }
}

/// `MAIL` (with the parameters the message needs) and one `RCPT` per
/// recipient, or why this server cannot take the message.
fn envelope_commands(
    conn: &SmtpConnection,
    message: Outbound<'_>,
) -> Result<(Mail, Vec<Rcpt>), SmtpFailure> {
    let Outbound { envelope, email } = message;
    let mut options = Vec::new();
    let non_ascii_address = envelope
        .from()
        .is_some_and(|a| !AsRef::<str>::as_ref(a).is_ascii())
        || envelope
            .to()
            .iter()
            .any(|a| !AsRef::<str>::as_ref(a).is_ascii());
    let offers = |extension| conn.server_info().supports_feature(extension);
    if non_ascii_address {
        if !offers(Extension::SmtpUtfEight) {
            return Err(SmtpFailure::Unsupported("SMTPUTF8"));
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !email.is_ascii() {
        if !offers(Extension::EightBitMime) {
            return Err(SmtpFailure::Unsupported("8BITMIME"));
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let recipients = envelope
        .to()
        .iter()
        .map(|to| Rcpt::new(to.clone(), Vec::new()))
        .collect();
    Ok((Mail::new(envelope.from().cloned(), options), recipients))
}

/// One message on one connection: MAIL, RCPT, DATA (in one write where the
/// server pipelines; already `written` with the last content, if so), then
/// the content and its terminator in a single write (see the module
/// comment), with `next`'s envelope behind it where the server pipelines.
/// Returns the envelope written ahead, if any: its replies are unread.
fn send_on<'n>(
    conn: &mut Connection,
    written: bool,
    message: Outbound<'_>,
    next: Option<Outbound<'n>>,
) -> Result<Option<&'n Envelope>, Failed> {
    let Connection {
        smtp: conn,
        pipelining,
    } = conn;
    let before = |e: Error| Failed {
        content_sent: false,
        why: SmtpFailure::from_lettre(e),
    };
    let after = |e: Error| Failed {
        content_sent: true,
        why: SmtpFailure::from_lettre(e),
    };
    if written {
        // MAIL, each RCPT and DATA: their replies, in order.
        for _ in 0..message.envelope.to().len() + 2 {
            conn.read_response().map_err(before)?;
        }
    } else {
        let (mail, recipients) = envelope_commands(conn, message).map_err(|why| Failed {
            content_sent: false,
            why,
        })?;
        if *pipelining {
            // One write; then every reply in order, the first refusal reported.
            conn.command(EnvelopeCommands(&mail, &recipients))
                .map_err(before)?;
            for _ in 0..=recipients.len() {
                conn.read_response().map_err(before)?;
            }
        } else {
            conn.command(mail).map_err(before)?;
            for rcpt in recipients {
                conn.command(rcpt).map_err(before)?;
            }
            conn.command(Data).map_err(before)?;
        }
    }
    // A next message this server cannot take (see `envelope_commands`)
    // waits for its own turn, which reports why.
    let next = next
        .filter(|_| *pipelining)
        .and_then(|next| Some((next.envelope, envelope_commands(conn, next).ok()?)));
    let sent = match (std::str::from_utf8(message.email), &next) {
        (Ok(text), Some((_, (mail, recipients)))) => conn.command(ContentThen(
            DataContent(text),
            EnvelopeCommands(mail, recipients),
        )),
        (Ok(text), None) => conn.command(DataContent(text)),
        // Never the case for the mails built here (their parts are encoded
        // as 7-bit text); lettre's two writes are still correct, only slower.
        (Err(_), _) => {
            return conn.message(message.email).map(|_| None).map_err(after);
        }
    };
    sent.map(|_| next.map(|(envelope, _)| envelope))
        .map_err(after)
}

/// `MAIL`, each `RCPT` and `DATA`, written as one group (RFC 2920).
struct EnvelopeCommands<'a>(&'a Mail, &'a [Rcpt]);

impl fmt::Display for EnvelopeCommands<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        for rcpt in self.1 {
            write!(f, "{rcpt}")?;
        }
        write!(f, "{Data}")
    }
}

/// A message's content, then the next message's envelope: one group, which
/// RFC 2920 allows to begin with content.
struct ContentThen<'a>(DataContent<'a>, EnvelopeCommands<'a>);

impl fmt::Display for ContentThen<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0, self.1)
    }
}

/// A message's content as sent after `DATA`: lines starting with `.` get a
/// second one (RFC 5321 §4.5.2), then `\r\n.\r\n` ends it.
struct DataContent<'a>(&'a str);

impl fmt::Display for DataContent<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut at_line_start = true;
        for piece in self.0.split_inclusive('\n') {
            if at_line_start && piece.starts_with('.') {
                f.write_str(".")?;
            }
            f.write_str(piece)?;
            at_line_start = piece.ends_with('\n');
        }
        f.write_str("\r\n.\r\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_lines_starting_with_a_dot_are_stuffed_and_the_end_is_marked() {
        let sent = DataContent(".first\r\nmiddle .\r\n.\r\n..two\r\nlast").to_string();
        assert_eq!(sent, "..first\r\nmiddle .\r\n..\r\n...two\r\nlast\r\n.\r\n");
    }

    #[test]
    fn smtp_urls_are_read_like_lettre_reads_them() {
        let plain = SmtpSettings::from_url("smtp://127.0.0.1:2525").expect("plain");
        assert_eq!((plain.host.as_str(), plain.port), ("127.0.0.1", 2525));
        assert!(matches!(plain.tls, Tls::None));
        assert!(plain.credentials.is_none());

        let submission =
            SmtpSettings::from_url("smtp://me%40x.org:p%2Fw@mail.example.org?tls=required")
                .expect("submission");
        assert_eq!(submission.port, 587);
        assert!(matches!(submission.tls, Tls::Required(_)));
        assert_eq!(
            submission.credentials,
            Some(Credentials::new("me@x.org".into(), "p/w".into()))
        );

        let wrapped =
            SmtpSettings::from_url("smtps://mail.example.org/handover.example.org").expect("smtps");
        assert_eq!(wrapped.port, 465);
        assert!(matches!(wrapped.tls, Tls::Wrapper(_)));
        assert_eq!(
            wrapped.hello,
            ClientId::Domain("handover.example.org".into())
        );

        let bad = SmtpSettings::from_url("http://mail.example.org")
            .err()
            .map(|e| e.to_string());
        assert!(bad.is_some_and(|e| e.contains("scheme `http`")));
        assert!(SmtpSettings::from_url("smtp://x?tls=sometimes").is_err());
    }
}
