//! A real SMTP server on loopback that keeps every message it accepts, for
//! tests to read. It speaks enough of RFC 5321 for lettre: EHLO, MAIL, RCPT,
//! DATA, RSET, NOOP, QUIT. It can be told to refuse mail, for a while (451) or for good (550), to test retries.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One accepted message.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    /// Envelope recipients.
    pub to: Vec<String>,
    /// The raw message as sent after DATA.
    pub raw: Vec<u8>,
}

impl ReceivedMail {
    /// The parsed message.
    pub fn parsed(&self) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(&self.raw)
            .expect("the server sent a message that does not parse")
    }

    /// The decoded plain-text body.
    pub fn text(&self) -> String {
        self.parsed()
            .body_text(0)
            .expect("the message has no text part")
            .into_owned()
    }

    /// The decoded HTML body.
    pub fn html(&self) -> String {
        self.parsed()
            .body_html(0)
            .expect("the message has no HTML part")
            .into_owned()
    }

    /// The subject.
    pub fn subject(&self) -> String {
        self.parsed().subject().unwrap_or_default().to_owned()
    }

    /// The `/withdraw/` link in the text body.
    pub fn withdraw_link(&self) -> String {
        self.text()
            .split_whitespace()
            .find(|w| w.contains("/withdraw/"))
            .expect("no withdrawal link in the mail")
            .to_owned()
    }

    /// The first `/verify/` link in the text body.
    pub fn verify_link(&self) -> String {
        let text = self.text();
        let start = text.find("http").expect("no link in the mail");
        let link: String = text[start..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned();
        assert!(
            link.contains("/verify/"),
            "first link is not a verify link: {link}"
        );
        link
    }
}

/// The receiver; dropped with the test.
#[derive(Clone)]
pub struct SmtpReceiver {
    pub port: u16,
    mails: Arc<Mutex<Vec<ReceivedMail>>>,
    /// 0: accept; else the reply code to MAIL FROM.
    refuse: Arc<AtomicU16>,
    /// Close each connection right after accepting a message.
    hang_up: Arc<AtomicBool>,
    /// Leave SMTPUTF8 out of the EHLO reply.
    no_smtputf8: Arc<AtomicBool>,
    /// Leave PIPELINING out of the EHLO reply.
    no_pipelining: Arc<AtomicBool>,
    /// Envelopes whose RCPT and DATA had arrived with their MAIL, before
    /// any reply (the client pipelined them).
    pipelined: Arc<AtomicUsize>,
    /// Envelopes that had arrived behind the previous message's content,
    /// before its reply (the client wrote them ahead).
    ahead: Arc<AtomicUsize>,
    /// Connections accepted so far.
    connections: Arc<AtomicUsize>,
    /// Recipients refused with 550 at RCPT while others are accepted.
    refused_recipients: Arc<Mutex<Vec<String>>>,
    /// Milliseconds to wait before accepting each message's content.
    delay_ms: Arc<std::sync::atomic::AtomicU64>,
    /// While set, a new connection is accepted and never greeted.
    hang: Arc<AtomicBool>,
}

impl SmtpReceiver {
    /// Starts listening on a free loopback port.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind SMTP receiver");
        let port = listener.local_addr().unwrap().port();
        let receiver = SmtpReceiver {
            port,
            mails: Arc::default(),
            refuse: Arc::default(),
            hang_up: Arc::default(),
            no_smtputf8: Arc::default(),
            no_pipelining: Arc::default(),
            pipelined: Arc::default(),
            ahead: Arc::default(),
            connections: Arc::default(),
            refused_recipients: Arc::default(),
            delay_ms: Arc::default(),
            hang: Arc::default(),
        };
        let r = receiver.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let r = r.clone();
                r.connections.fetch_add(1, Ordering::SeqCst);
                std::thread::spawn(move || {
                    let _ = r.session(stream);
                });
            }
        });
        receiver
    }

    /// `smtp://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// While `true`, every MAIL FROM is answered with a temporary failure.
    pub fn refuse_mail(&self, refuse: bool) {
        self.refuse
            .store(if refuse { 451 } else { 0 }, Ordering::SeqCst);
    }

    /// From now on, every MAIL FROM is answered with a permanent failure.
    pub fn refuse_mail_permanently(&self) {
        self.refuse.store(550, Ordering::SeqCst);
    }

    /// From now on, RCPT TO this address is refused for good (550) while
    /// every other recipient is accepted.
    pub fn refuse_recipient(&self, address: &str) {
        self.refused_recipients
            .lock()
            .unwrap()
            .push(address.to_ascii_lowercase());
    }

    /// While `true`, the server accepts connections and says nothing (a hung
    /// relay); connections made meanwhile are greeted once it is `false`.
    pub fn hang(&self, hang: bool) {
        self.hang.store(hang, Ordering::SeqCst);
    }

    /// From now on, each message takes this long to be accepted, as with a
    /// distant server: a backlog then takes a while to send.
    pub fn delay_each_mail(&self, delay: Duration) {
        self.delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    /// From now on, each connection is closed right after its message, as
    /// servers with a limit of messages per connection (or a restart) do.
    pub fn hang_up_after_each_mail(&self) {
        self.hang_up.store(true, Ordering::SeqCst);
    }

    /// From now on, EHLO does not offer SMTPUTF8 (addresses outside ASCII).
    pub fn without_smtputf8(&self) {
        self.no_smtputf8.store(true, Ordering::SeqCst);
    }

    /// From now on, EHLO does not offer PIPELINING: a client must wait for
    /// each reply before its next command.
    pub fn without_pipelining(&self) {
        self.no_pipelining.store(true, Ordering::SeqCst);
    }

    /// How many envelopes came as one group of commands (see `pipelined`).
    pub fn pipelined_envelopes(&self) -> usize {
        self.pipelined.load(Ordering::SeqCst)
    }

    /// How many envelopes came with the content before them (see `ahead`).
    pub fn envelopes_ahead(&self) -> usize {
        self.ahead.load(Ordering::SeqCst)
    }

    /// How many connections were opened to this server.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// Everything accepted so far.
    pub fn mails(&self) -> Vec<ReceivedMail> {
        self.mails.lock().unwrap().clone()
    }

    /// Mail accepted for one recipient.
    pub fn mails_to(&self, to: &str) -> Vec<ReceivedMail> {
        self.mails()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(to)))
            .collect()
    }

    /// Waits until `n` mails for `to` have arrived; panics after `timeout`.
    pub async fn wait_for(&self, to: &str, n: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let start = Instant::now();
        loop {
            let mails = self.mails_to(to);
            if mails.len() >= n {
                return mails;
            }
            assert!(
                start.elapsed() < timeout,
                "waited {timeout:?} for {n} mail(s) to {to}, got {}",
                mails.len()
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    fn session(&self, stream: TcpStream) -> std::io::Result<()> {
        let mut out = stream.try_clone()?;
        // Large enough to hold a message's content and what came with it.
        let mut reader = BufReader::with_capacity(1 << 16, stream);
        while self.hang.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(50));
        }
        out.write_all(b"220 test-smtp ready\r\n")?;
        let mut to = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
                return Ok(());
            }
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("EHLO") {
                let mut reply = String::from("250-test-smtp\r\n");
                if !self.no_pipelining.load(Ordering::SeqCst) {
                    reply.push_str("250-PIPELINING\r\n");
                }
                if self.no_smtputf8.load(Ordering::SeqCst) {
                    reply.push_str("250 8BITMIME\r\n");
                } else {
                    reply.push_str("250-8BITMIME\r\n250 SMTPUTF8\r\n");
                }
                out.write_all(reply.as_bytes())?;
            } else if upper.starts_with("HELO") {
                out.write_all(b"250 test-smtp\r\n")?;
            } else if upper.starts_with("MAIL FROM") {
                if !reader.buffer().is_empty() {
                    self.pipelined.fetch_add(1, Ordering::SeqCst);
                }
                let refuse = self.refuse.load(Ordering::SeqCst);
                if refuse == 550 {
                    out.write_all(b"550 5.7.1 refused for good\r\n")?;
                } else if refuse != 0 {
                    out.write_all(b"451 4.3.0 try again later\r\n")?;
                } else {
                    to.clear();
                    out.write_all(b"250 OK\r\n")?;
                }
            } else if upper.starts_with("RCPT TO") {
                let addr = line[8..].trim().trim_start_matches(':').trim();
                let addr = addr.trim_start_matches('<').split('>').next().unwrap_or("");
                if self
                    .refused_recipients
                    .lock()
                    .unwrap()
                    .contains(&addr.to_ascii_lowercase())
                {
                    out.write_all(b"550 5.1.1 no such user here\r\n")?;
                    continue;
                }
                to.push(addr.to_owned());
                out.write_all(b"250 OK\r\n")?;
            } else if upper.starts_with("DATA") {
                out.write_all(b"354 go ahead\r\n")?;
                let mut raw = Vec::new();
                loop {
                    let mut l = Vec::new();
                    if reader.read_until(b'\n', &mut l)? == 0 {
                        return Ok(());
                    }
                    if l == b".\r\n" {
                        if !reader.buffer().is_empty() {
                            self.ahead.fetch_add(1, Ordering::SeqCst);
                        }
                        break;
                    }
                    // Undo dot-stuffing.
                    if l.starts_with(b"..") {
                        l.remove(0);
                    }
                    raw.extend_from_slice(&l);
                }
                let delay = self.delay_ms.load(Ordering::SeqCst);
                if delay > 0 {
                    std::thread::sleep(Duration::from_millis(delay));
                }
                self.mails.lock().unwrap().push(ReceivedMail {
                    to: std::mem::take(&mut to),
                    raw,
                });
                out.write_all(b"250 OK queued\r\n")?;
                if self.hang_up.load(Ordering::SeqCst) {
                    return Ok(());
                }
            } else if upper.starts_with("QUIT") {
                out.write_all(b"221 bye\r\n")?;
                return Ok(());
            } else {
                // RSET, NOOP and anything else.
                out.write_all(b"250 OK\r\n")?;
            }
        }
    }
}
