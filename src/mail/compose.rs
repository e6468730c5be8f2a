//! Composing mail from outbox rows: who it goes to, in which language, and
//! the fresh links it carries. A confirmation, withdrawal, invitation or data
//! link's token is minted here, at send time, so the raw token exists only in
//! the mail and never in the database.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use anyhow::Context;
use chrono::{NaiveDateTime, Utc};

use super::Outgoing;
use super::templates::{self, AlreadyBody, VerifyBody};
use crate::crypto::Keyring;
use crate::db::DbConnection;
use crate::domain::RawToken;
use crate::i18n::Tr;
use crate::organizers::{Organizer, invites};
use crate::outbox::{self, MailKind, OutboxMessage};
use crate::petitions::Petition;
use crate::signatures::tokens::{self, TokenRequest, purpose};
use crate::signatures::{Signature, my_data, withdraw};

/// A claimed message that turned out to have nothing to send: a data request
/// for an address that never signed (or was sent a link moments ago). It is
/// deleted, not sent.
#[derive(Debug, thiserror::Error)]
#[error("nothing to send")]
pub struct NothingToSend;

/// What composing needs: where links point, how long they live, and the keys
/// that open signers' sealed addresses.
pub struct Composer {
    /// Public URL of the site, without a trailing slash.
    pub base_url: String,
    /// How long a confirmation or data link works.
    pub token_ttl: chrono::Duration,
    /// Opens signers' sealed data (see [`crate::crypto`]).
    pub keys: Arc<Keyring>,
    /// Least time between two data links to one address.
    pub resend_interval: chrono::Duration,
}

/// A claimed batch's database work, done by [`Composer::gather`] inside the
/// worker's write transaction: its signers' rows and petitions read, their
/// links minted, and every other kind of mail composed (those read and write
/// as they go). [`Composer::finish`] composes the signers' mails from it
/// after the commit, so opening sealed addresses and formatting dates never
/// holds SQLite's write lock, which signers wait for.
pub struct Gathered {
    signatures: HashMap<i64, Signature>,
    petitions: HashMap<i64, Petition>,
    /// Each `verify` mail's fresh links, by message index.
    links: HashMap<usize, Links>,
    /// One per message, in the batch's order.
    parts: Vec<Part>,
}

/// A `verify` mail's fresh tokens, and when its confirmation link expires.
struct Links {
    verify: RawToken,
    withdraw: RawToken,
    expires_at: NaiveDateTime,
}

/// A confirmation link minted this soon after its signature's mail was
/// queued (`last_mailed_at`: set by the signing, a repeat signing, or the
/// last link minted) is dated from then: it expires a token lifetime after
/// the queueing, and the signature need not be dated again. Nearly every
/// first mail goes out within seconds, and dating them rewrote each
/// signature (on PostgreSQL with every index entry, 1 KB of log each;
/// BENCHMARKS.md, session 23). The signer loses at most this much of a link
/// that lives for days, and the mail says when it expires.
const DATED_FROM_QUEUEING: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// One message of a [`Gathered`] batch.
enum Part {
    /// Composed inside the transaction (or failed there).
    Composed(anyhow::Result<Draft>),
    /// A signer's mail, composed after the commit.
    ToSigner {
        /// "Confirm your signature" rather than "already signed".
        verify: bool,
        /// The one reminder (see [`crate::signatures::reminders`]).
        reminder: bool,
    },
}

impl Composer {
    /// Does a claimed batch's database work (see [`Gathered`]). A confirmation
    /// link's token is minted here, at send time, so the raw token exists only
    /// in the mail and never in the database. Signers' mails (nearly all of
    /// them) take a few statements for the whole batch: their signatures and
    /// petitions read at once, their tokens inserted at once. A database
    /// error fails the whole batch (the caller's transaction rolls back, its
    /// claim with it); a message that cannot be composed fails alone.
    pub fn gather(
        &self,
        conn: &mut DbConnection,
        messages: &[OutboxMessage],
    ) -> anyhow::Result<Gathered> {
        let kinds: Vec<Option<MailKind>> = messages.iter().map(OutboxMessage::kind).collect();
        let to_signer = |k: &Option<MailKind>| {
            matches!(
                k,
                Some(MailKind::Verify | MailKind::Reminder | MailKind::AlreadySigned)
            )
        };
        let signature_ids: Vec<i64> = messages
            .iter()
            .zip(&kinds)
            .filter(|(_, k)| to_signer(k))
            .filter_map(|(m, _)| m.signature_id)
            .collect();
        let signatures = Signature::find_many(conn, &signature_ids)
            .context("loading the signatures of a batch of mail")?;
        let petitions = Petition::find_many(
            conn,
            signatures
                .values()
                .map(|s| s.petition_id)
                .collect::<BTreeSet<_>>(),
        )
        .context("loading the petitions of a batch of mail")?;
        let now = Utc::now().naive_utc();
        let verifying: Vec<(usize, &Signature)> = messages
            .iter()
            .zip(&kinds)
            .enumerate()
            .filter(|(_, (_, k))| matches!(k, Some(MailKind::Verify | MailKind::Reminder)))
            .filter_map(|(i, (m, _))| {
                m.signature_id
                    .and_then(|id| signatures.get(&id))
                    .map(|s| (i, s))
            })
            .collect();
        let links = self.mint_links(conn, &verifying, now)?;
        let parts = messages
            .iter()
            .zip(&kinds)
            .map(|(message, kind)| {
                let Some(kind) = kind else {
                    return Part::Composed(Err(anyhow::anyhow!(
                        "outbox {} has an unknown kind",
                        message.id
                    )));
                };
                Part::Composed(match kind {
                    MailKind::OrganizerInvite => self.compose_invite(conn, message),
                    MailKind::DataRequest => self.compose_data_request(conn, message),
                    MailKind::Delivered | MailKind::DeliveryNews => {
                        self.compose_delivered(conn, message, *kind == MailKind::Delivered)
                    }
                    MailKind::ReprintNeeded => self.compose_reprint(conn, message),
                    MailKind::Update => self.compose_update(conn, message),
                    MailKind::Verify | MailKind::Reminder | MailKind::AlreadySigned => {
                        return Part::ToSigner {
                            verify: *kind != MailKind::AlreadySigned,
                            reminder: *kind == MailKind::Reminder,
                        };
                    }
                })
            })
            .collect();
        Ok(Gathered {
            signatures,
            petitions,
            links,
            parts,
        })
    }

    /// Composes a [`Gathered`] batch, one draft (or the error composing it)
    /// per message of `messages`, the batch it was gathered from. No
    /// database: call it after the transaction has committed.
    pub fn finish(
        &self,
        messages: &[OutboxMessage],
        gathered: Gathered,
    ) -> Vec<anyhow::Result<Draft>> {
        debug_assert_eq!(
            messages.len(),
            gathered.parts.len(),
            "not the batch gathered"
        );
        let Gathered {
            signatures,
            petitions,
            mut links,
            parts,
        } = gathered;
        messages
            .iter()
            .zip(parts)
            .enumerate()
            .map(|(i, (message, part))| match part {
                Part::Composed(draft) => draft,
                Part::ToSigner { verify, reminder } => self.compose_signer_mail(SignerMail {
                    verify,
                    reminder,
                    message,
                    signature: message.signature_id.and_then(|id| signatures.get(&id)),
                    petitions: &petitions,
                    links: links.remove(&i),
                }),
            })
            .collect()
    }

    /// Mints the confirmation and withdrawal tokens of the batch's `verify`
    /// mails (message index, signature) in one insert, and dates those
    /// signatures' mail where it needs it: a pending signature lives as long
    /// as its newest link (see [`DATED_FROM_QUEUEING`]).
    fn mint_links(
        &self,
        conn: &mut DbConnection,
        verifying: &[(usize, &Signature)],
        now: NaiveDateTime,
    ) -> anyhow::Result<HashMap<usize, Links>> {
        // When each link's life starts, and whether its signature must be
        // dated anew for it.
        let dates: Vec<(NaiveDateTime, bool)> = verifying
            .iter()
            .map(|(_, s)| {
                let queued = s.last_mailed_at;
                if queued <= now && now - queued <= DATED_FROM_QUEUEING {
                    (queued, false)
                } else {
                    (now, true)
                }
            })
            .collect();
        let requests: Vec<TokenRequest<'_>> = verifying
            .iter()
            .zip(&dates)
            .flat_map(|(&(_, signature), &(from, _))| {
                [
                    (purpose::VERIFY, from + self.token_ttl),
                    (purpose::WITHDRAW, now + withdraw::link_lifetime()),
                ]
                .map(|(purpose, expires_at)| TokenRequest {
                    signature_id: signature.id,
                    purpose,
                    created_at: now,
                    expires_at,
                })
            })
            .collect();
        let mut tokens = tokens::mint_many(conn, &requests)
            .context("minting the links of a batch of mail")?
            .into_iter();
        let undated: Vec<i64> = verifying
            .iter()
            .zip(&dates)
            .filter(|(_, (_, redate))| *redate)
            .map(|((_, s), _)| s.id)
            .collect();
        Signature::date_mail(conn, &undated, now).context("dating a batch of mail")?;
        let mut links = HashMap::with_capacity(verifying.len());
        for ((i, _), (from, _)) in verifying.iter().zip(&dates) {
            let (Some(verify), Some(withdraw)) = (tokens.next(), tokens.next()) else {
                anyhow::bail!("minting returned fewer tokens than asked for");
            };
            links.insert(
                *i,
                Links {
                    verify,
                    withdraw,
                    expires_at: *from + self.token_ttl,
                },
            );
        }
        Ok(links)
    }

    /// A mail to a signer: the confirmation link (`verify`), or "already signed".
    fn compose_signer_mail(&self, mail: SignerMail<'_>) -> anyhow::Result<Draft> {
        let message = mail.message;
        let signature = mail.signature.with_context(|| match message.signature_id {
            Some(id) => format!("signature {id} of outbox {} is gone", message.id),
            None => format!("outbox {} names no signature", message.id),
        })?;
        let petition = mail
            .petitions
            .get(&signature.petition_id)
            .with_context(|| format!("petition {} is gone", signature.petition_id))?;
        // Confirmed (or withdrawn) since the reminder was queued: nothing to remind of.
        if mail.reminder && signature.state != crate::signatures::SignatureState::Pending {
            return Err(anyhow::Error::new(NothingToSend));
        }
        let to = signature
            .contact(&self.keys)?
            .with_context(|| format!("signature {} has no contact data left", signature.id))?
            .email;
        let l = mail_tr(message);
        // Links carry the language, so the pages they open speak it too.
        let q = format!("?lang={}", l.code());
        let petition_link = format!("{}/p/{}{q}", self.base_url, petition.slug);
        let title = petition.title(l.lang);
        Ok(match (mail.verify, mail.links) {
            (true, None) => anyhow::bail!("outbox {} has no confirmation link", message.id),
            (true, Some(links)) => Draft::Verify {
                to,
                l,
                title,
                link: format!("{}/verify/{}{q}", self.base_url, links.verify.expose()),
                withdraw_link: format!("{}/withdraw/{}{q}", self.base_url, links.withdraw.expose()),
                petition_link,
                expires: l.date_time(links.expires_at),
                reminder: mail.reminder,
            },
            (false, _) => Draft::AlreadySigned {
                to,
                l,
                title,
                petition_link,
            },
        })
    }
}

/// A mail with everything decided and every link minted, not yet put into
/// words: [`Composer::gather`] and [`Composer::finish`] make these, and
/// [`Draft::render`] renders them after the worker's transaction committed,
/// so the templates never run while the database's write lock is held.
#[derive(Debug)]
pub enum Draft {
    /// "Confirm your signature", with its confirmation and withdrawal links
    /// (`reminder`: the one reminder, worded as such).
    Verify {
        to: String,
        l: Tr,
        title: String,
        link: String,
        withdraw_link: String,
        petition_link: String,
        expires: String,
        reminder: bool,
    },
    /// "You have already signed".
    AlreadySigned {
        to: String,
        l: Tr,
        title: String,
        petition_link: String,
    },
    /// An organizer's invitation.
    Invite {
        to: String,
        l: Tr,
        name: String,
        role: String,
        link: String,
    },
    /// Where a signer's signature went (see [`crate::delivery::announce`]).
    Delivered {
        to: String,
        l: Tr,
        subject_key: &'static str,
        title: String,
        headline: String,
        note: String,
        page_link: String,
        unsubscribe_link: String,
        /// The signer's receipt (see [`crate::packets::proof`]), when handed over.
        receipt_link: Option<String>,
    },
    /// An update about the petition (see [`crate::updates`]).
    Update {
        to: String,
        l: Tr,
        title: String,
        subject: String,
        body: String,
        page_link: String,
        unsubscribe_link: String,
    },
    /// To a point's organizer: its frozen packet needs reprinting.
    Reprint {
        to: String,
        l: Tr,
        name: String,
        point: String,
        version: i32,
        gone: i64,
        link: String,
    },
    /// A signer's data link.
    DataRequest {
        to: String,
        l: Tr,
        site: String,
        count: i64,
        link: String,
        expires: String,
    },
}

impl Draft {
    /// Puts the mail into words (subject, text and HTML).
    pub fn render(&self) -> anyhow::Result<Outgoing> {
        let rendered = match self {
            Draft::Verify {
                to,
                l,
                title,
                link,
                withdraw_link,
                petition_link,
                expires,
                reminder,
            } => templates::verify(
                to,
                &VerifyBody {
                    l: *l,
                    title,
                    link,
                    withdraw_link,
                    petition_link,
                    expires,
                    reminder: *reminder,
                },
            ),
            Draft::AlreadySigned {
                to,
                l,
                title,
                petition_link,
            } => templates::already_signed(
                to,
                &AlreadyBody {
                    l: *l,
                    title,
                    petition_link,
                },
            ),
            Draft::Invite {
                to,
                l,
                name,
                role,
                link,
            } => templates::organizer_invite(
                to,
                &templates::InviteBody {
                    l: *l,
                    name,
                    role,
                    link,
                },
            ),
            Draft::Delivered {
                to,
                l,
                subject_key,
                title,
                headline,
                note,
                page_link,
                unsubscribe_link,
                receipt_link,
            } => templates::delivered(
                to,
                &templates::DeliveredBody {
                    l: *l,
                    subject_key,
                    title,
                    headline,
                    note,
                    page_link,
                    unsubscribe_link,
                    receipt_link: receipt_link.as_deref(),
                },
            ),
            Draft::Update {
                to,
                l,
                title,
                subject,
                body,
                page_link,
                unsubscribe_link,
            } => templates::update(
                to,
                &templates::UpdateBody {
                    l: *l,
                    title,
                    subject,
                    body,
                    page_link,
                    unsubscribe_link,
                },
            ),
            Draft::Reprint {
                to,
                l,
                name,
                point,
                version,
                gone,
                link,
            } => templates::reprint_needed(
                to,
                &templates::ReprintBody {
                    l: *l,
                    name,
                    point,
                    version: *version,
                    gone: *gone,
                    link,
                },
            ),
            Draft::DataRequest {
                to,
                l,
                site,
                count,
                link,
                expires,
            } => templates::data_request(
                to,
                &templates::DataBody {
                    l: *l,
                    site,
                    count: *count,
                    link,
                    expires,
                },
            ),
        };
        rendered.context("rendering a mail template")
    }
}

/// What one signer's mail is made from (see [`Composer::finish`]).
struct SignerMail<'a> {
    /// "Confirm your signature" rather than "already signed".
    verify: bool,
    /// The one reminder (see [`crate::signatures::reminders`]).
    reminder: bool,
    message: &'a OutboxMessage,
    signature: Option<&'a Signature>,
    petitions: &'a HashMap<i64, Petition>,
    /// The fresh confirmation and withdrawal links of a `verify` mail.
    links: Option<Links>,
}

impl Composer {
    /// An invitation: a fresh one-time link, minted at send time like signers' links.
    fn compose_invite(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
    ) -> anyhow::Result<Draft> {
        let id = message
            .organizer_id
            .with_context(|| format!("outbox {} names no organizer", message.id))?;
        let organizer =
            Organizer::find(conn, id).with_context(|| format!("loading organizer {id}"))?;
        let token = invites::create(conn, organizer.id, Utc::now().naive_utc())?;
        let l = mail_tr(message);
        let link = format!(
            "{}/organizer/invite/{}?lang={}",
            self.base_url,
            token.expose(),
            l.code()
        );
        Ok(Draft::Invite {
            role: l.t(organizer.role.name_key()),
            to: organizer.email,
            l,
            name: organizer.name,
            link,
        })
    }

    /// A signer's data request: a fresh link to see and delete everything
    /// stored about the address, minted at send time.
    fn compose_data_request(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
    ) -> anyhow::Result<Draft> {
        let now = Utc::now().naive_utc();
        let address = my_data::requested_address(
            conn,
            &self.keys,
            message.address.as_deref(),
            message.signature_id,
        )?;
        let decided = match address {
            Some(address) => {
                my_data::decide(conn, &self.keys, &address, now, self.resend_interval)?
            }
            None => None,
        };
        let Some((signature, to, count)) = decided else {
            return Err(anyhow::Error::new(NothingToSend));
        };
        // From here on the request belongs to the signature, so the next one
        // within the resend interval finds it.
        outbox::tie_to_signature(conn, message.id, signature.id)
            .context("tying a data request to its signer")?;
        let expires_at = now + self.token_ttl;
        let token = tokens::mint(conn, signature.id, purpose::DATA, now, expires_at)
            .with_context(|| format!("minting a data link for signature {}", signature.id))?;
        let site = self
            .base_url
            .split("://")
            .nth(1)
            .unwrap_or(&self.base_url)
            .trim_end_matches('/')
            .to_owned();
        let l = mail_tr(message);
        Ok(Draft::DataRequest {
            to,
            l,
            site,
            count,
            link: format!(
                "{}/my-data/{}?lang={}",
                self.base_url,
                token.expose(),
                l.code()
            ),
            expires: l.date_time(expires_at),
        })
    }
}

/// How long a link to stop mail about a handover works: long after the day.
const UNSUBSCRIBE_LINK_DAYS: i64 = 365;

impl Composer {
    /// Where a signer's signature went: the point, when (in its local time),
    /// how many were handed over there, and a fresh one-click link to stop
    /// such mail. A signer withdrawn or invalidated since it was queued, or
    /// who stopped such mail, is not mailed.
    fn compose_delivered(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
        delivered: bool,
    ) -> anyhow::Result<Draft> {
        let id = message
            .signature_id
            .with_context(|| format!("outbox {} names no signature", message.id))?;
        let signature =
            Signature::find(conn, id).with_context(|| format!("loading signature {id}"))?;
        if !signature.is_verified() || !signature.notify_delivery {
            return Err(anyhow::Error::new(NothingToSend));
        }
        let petition = Petition::find(conn, signature.petition_id)
            .with_context(|| format!("loading petition {}", signature.petition_id))?;
        // One mail per signer of a point: a few keyed reads each, never a
        // pass over the point's whole packet.
        let point = &crate::petitions::DeliveryPoint::find(conn, signature.delivery_point_id)?;
        let record = &crate::delivery::DeliveryRecord::find(conn, point.id)?
            .context("the point has no record")?;
        // Queued for one outcome, the record since corrected to another: what
        // was queued is no longer true, so it is not sent.
        if (record.outcome == crate::delivery::Outcome::Delivered) != delivered {
            return Err(anyhow::Error::new(NothingToSend));
        }
        let count =
            crate::delivery::newest_version(conn, point.id)?.map_or(0, |v| v.signature_count);
        let to = signature
            .contact(&self.keys)?
            .with_context(|| format!("signature {} has no contact data left", signature.id))?
            .email;
        let unsubscribe_link = self.unsubscribe_link(conn, signature.id)?;
        let now = Utc::now().naive_utc();
        // A receipt only for a line printed in a version handed over.
        let receipt_link = if delivered && crate::delivery::receipts::available(conn, &signature)? {
            let token = tokens::mint(
                conn,
                signature.id,
                purpose::RECEIPT,
                now,
                now + chrono::Duration::days(UNSUBSCRIBE_LINK_DAYS),
            )?;
            Some(format!("{}/receipt/{}", self.base_url, token.expose()))
        } else {
            None
        };
        let l = mail_tr(message);
        let zone = point.time_zone;
        let when = |t: Option<NaiveDateTime>| t.map(|t| l.local_time(t, zone)).unwrap_or_default();
        let (subject_key, headline) = match record.outcome {
            crate::delivery::Outcome::Delivered => (
                "mail-delivered-subject",
                crate::domain::Msg::new("mail-delivered-headline")
                    .num("count", count)
                    .text("when", when(record.happened_at)),
            ),
            crate::delivery::Outcome::Refused => (
                "mail-refused-subject",
                crate::domain::Msg::new("mail-refused-headline")
                    .text("when", when(record.happened_at)),
            ),
            crate::delivery::Outcome::Postponed => (
                "mail-postponed-subject",
                crate::domain::Msg::new("mail-postponed-headline")
                    .text("when", when(record.postponed_to)),
            ),
        };
        let headline = headline
            .text("point", point.name_in(l.lang))
            .text("city", point.city_in(l.lang));
        Ok(Draft::Delivered {
            to,
            subject_key,
            title: petition.title(l.lang),
            headline: l.msg(&headline),
            note: record.note.clone(),
            page_link: format!(
                "{}/p/{}/delivery?lang={}",
                self.base_url,
                petition.slug,
                l.code()
            ),
            unsubscribe_link,
            receipt_link,
            l,
        })
    }
}

impl Composer {
    /// To a point's organizer: how many printed signatures no longer count,
    /// and the link to the point's page where the packet is frozen again.
    fn compose_reprint(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
    ) -> anyhow::Result<Draft> {
        let (Some(organizer_id), Some(point_id)) =
            (message.organizer_id, message.delivery_point_id)
        else {
            anyhow::bail!("outbox {} names no organizer or point", message.id);
        };
        let organizer = Organizer::find(conn, organizer_id)
            .with_context(|| format!("loading organizer {organizer_id}"))?;
        let point = crate::petitions::DeliveryPoint::find(conn, point_id)
            .with_context(|| format!("loading delivery point {point_id}"))?;
        let petition = Petition::find(conn, point.petition_id)
            .with_context(|| format!("loading petition {}", point.petition_id))?;
        let day = crate::delivery::days(conn, std::slice::from_ref(&point))?
            .pop()
            .context("no day for the point")?;
        // Reprinted (or handed over) before this went out: nothing to ask.
        let Some(version) = day.current().filter(|_| day.needs_reprint()) else {
            return Err(anyhow::Error::new(NothingToSend));
        };
        let l = mail_tr(message);
        Ok(Draft::Reprint {
            to: organizer.email,
            name: organizer.name,
            version: version.version,
            gone: day.gone_since_freeze,
            link: format!(
                "{}/organizer/petitions/{}/delivery/{}?lang={}",
                self.base_url,
                petition.slug,
                point.slug,
                l.code()
            ),
            point: format!("{}, {}", point.name_in(l.lang), point.city_in(l.lang)),
            l,
        })
    }
}

impl Composer {
    /// An update, in the signer's language where it was written, else the
    /// petition's, with a fresh one-click link to stop such mail. A signer
    /// withdrawn, invalidated or erased since, or who stopped such mail, is
    /// not mailed.
    fn compose_update(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
    ) -> anyhow::Result<Draft> {
        let (Some(id), Some(update_id)) = (message.signature_id, message.update_id) else {
            anyhow::bail!("outbox {} names no signature or update", message.id);
        };
        let signature =
            Signature::find(conn, id).with_context(|| format!("loading signature {id}"))?;
        if !signature.is_verified() || !signature.keep_informed {
            return Err(anyhow::Error::new(NothingToSend));
        }
        let Some(contact) = signature.contact(&self.keys)? else {
            return Err(anyhow::Error::new(NothingToSend));
        };
        let petition = Petition::find(conn, signature.petition_id)
            .with_context(|| format!("loading petition {}", signature.petition_id))?;
        let update = crate::updates::PetitionUpdate::find(conn, update_id)?
            .with_context(|| format!("update {update_id} is gone"))?;
        let l = mail_tr(message);
        let text = update
            .text(l.lang, &petition)
            .with_context(|| format!("update {update_id} has no text"))?;
        // Its own language decides the words around it too.
        let l = match update.texts.as_map().contains_key(&l.lang) {
            true => l,
            false => Tr::new(petition.default_lang()),
        };
        let unsubscribe_link = self.unsubscribe_link(conn, signature.id)?;
        Ok(Draft::Update {
            to: contact.email,
            title: petition.title(l.lang),
            subject: text.subject.clone(),
            body: text.body.clone(),
            page_link: format!("{}/p/{}?lang={}", self.base_url, petition.slug, l.code()),
            unsubscribe_link,
            l,
        })
    }

    /// A fresh one-click link that stops a signer's optional mail about
    /// the petition (see [`crate::delivery::announce::stop_mail`]).
    fn unsubscribe_link(
        &self,
        conn: &mut DbConnection,
        signature_id: i64,
    ) -> anyhow::Result<String> {
        let now = Utc::now().naive_utc();
        let token = tokens::mint(
            conn,
            signature_id,
            purpose::UNSUBSCRIBE,
            now,
            now + chrono::Duration::days(UNSUBSCRIBE_LINK_DAYS),
        )?;
        Ok(format!("{}/unsubscribe/{}", self.base_url, token.expose()))
    }
}

/// The language a mail goes out in: the one queued with it.
fn mail_tr(message: &OutboxMessage) -> Tr {
    Tr::new(message.lang)
}
