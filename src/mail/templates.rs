//! Each mail is a folder under `templates/mail/`: `subject.txt`, `body.txt`
//! and `body.html`, compiled in by askama (HTML escaped, text not).

use askama::Template;

use super::Outgoing;
use crate::i18n::Tr;

/// "Confirm your signature".
#[derive(Template)]
#[template(path = "mail/verify/subject.txt")]
struct VerifySubject<'a> {
    l: Tr,
    title: &'a str,
    reminder: bool,
}

/// The fields of the confirmation mail's bodies.
#[derive(Template)]
#[template(path = "mail/verify/body.txt")]
///
/// It carries no text the signer typed (not even their name): until the
/// address is confirmed, whoever typed it may be a stranger using the
/// campaign's mail to reach someone else.
pub struct VerifyBody<'a> {
    pub l: Tr,
    pub title: &'a str,
    pub link: &'a str,
    pub withdraw_link: &'a str,
    pub petition_link: &'a str,
    pub expires: &'a str,
    /// The one reminder: its subject and first line say so.
    pub reminder: bool,
}

#[derive(Template)]
#[template(path = "mail/verify/body.html")]
struct VerifyHtml<'a> {
    m: &'a VerifyBody<'a>,
}

/// The confirmation mail.
pub fn verify(to: &str, body: &VerifyBody<'_>) -> askama::Result<Outgoing> {
    Ok(Outgoing {
        to: to.to_owned(),
        subject: VerifySubject {
            l: body.l,
            title: body.title,
            reminder: body.reminder,
        }
        .render()?
        .trim()
        .to_owned(),
        text: body.render()?,
        html: VerifyHtml { m: body }.render()?,
        list_unsubscribe: None,
    })
}

#[derive(Template)]
#[template(path = "mail/already_signed/subject.txt")]
struct AlreadySubject<'a> {
    l: Tr,
    title: &'a str,
}

/// The fields of the "already signed" mail's bodies.
#[derive(Template)]
#[template(path = "mail/already_signed/body.txt")]
/// Like the confirmation mail, it carries nothing a signer typed: the
/// repeat that caused it may have come from anyone.
pub struct AlreadyBody<'a> {
    pub l: Tr,
    pub title: &'a str,
    pub petition_link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/already_signed/body.html")]
struct AlreadyHtml<'a> {
    m: &'a AlreadyBody<'a>,
}

/// The mail for a repeat signature after confirmation.
pub fn already_signed(to: &str, body: &AlreadyBody<'_>) -> askama::Result<Outgoing> {
    Ok(Outgoing {
        to: to.to_owned(),
        subject: AlreadySubject {
            l: body.l,
            title: body.title,
        }
        .render()?
        .trim()
        .to_owned(),
        text: body.render()?,
        html: AlreadyHtml { m: body }.render()?,
        list_unsubscribe: None,
    })
}

/// The fields of an organizer's invitation.
#[derive(Template)]
#[template(path = "mail/organizer_invite/body.txt")]
pub struct InviteBody<'a> {
    pub l: Tr,
    pub name: &'a str,
    pub role: &'a str,
    pub link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/organizer_invite/body.html")]
struct InviteHtml<'a> {
    m: &'a InviteBody<'a>,
}

#[derive(Template)]
#[template(path = "mail/organizer_invite/subject.txt")]
struct InviteSubject {
    l: Tr,
}

/// An organizer's invitation.
pub fn organizer_invite(to: &str, body: &InviteBody<'_>) -> askama::Result<Outgoing> {
    Ok(Outgoing {
        to: to.to_owned(),
        subject: InviteSubject { l: body.l }.render()?.trim().to_owned(),
        text: body.render()?,
        html: InviteHtml { m: body }.render()?,
        list_unsubscribe: None,
    })
}

#[derive(Template)]
#[template(path = "mail/data_request/subject.txt")]
struct DataSubject<'a> {
    l: Tr,
    site: &'a str,
}

/// The fields of the mail answering a signer's data request.
#[derive(Template)]
#[template(path = "mail/data_request/body.txt")]
pub struct DataBody<'a> {
    pub l: Tr,
    /// The site's host name, as the signer knows it.
    pub site: &'a str,
    /// How many petitions the address signed.
    pub count: i64,
    pub link: &'a str,
    pub expires: &'a str,
}

impl DataBody<'_> {
    /// "someone asked … which has signed N petitions there".
    fn asked(&self) -> String {
        let message = crate::domain::Msg::new("mail-data-asked")
            .num("n", self.count)
            .text("site", self.site);
        self.l.msg(&message)
    }
}

#[derive(Template)]
#[template(path = "mail/data_request/body.html")]
struct DataHtml<'a> {
    m: &'a DataBody<'a>,
}

/// The link to see and delete what is stored about an address.
pub fn data_request(to: &str, body: &DataBody<'_>) -> askama::Result<Outgoing> {
    Ok(Outgoing {
        to: to.to_owned(),
        subject: DataSubject {
            l: body.l,
            site: body.site,
        }
        .render()?
        .trim()
        .to_owned(),
        text: body.render()?,
        html: DataHtml { m: body }.render()?,
        list_unsubscribe: None,
    })
}

/// The fields of the mail telling a signer where their signature went.
#[derive(Template)]
#[template(path = "mail/delivered/body.txt")]
pub struct DeliveredBody<'a> {
    pub l: Tr,
    /// `mail-delivered-subject`, `mail-refused-subject` or `mail-postponed-subject`.
    pub subject_key: &'static str,
    pub title: &'a str,
    /// The sentence saying what happened, where and when, already in words.
    pub headline: &'a str,
    /// The organizer's note, as they wrote it.
    pub note: &'a str,
    pub page_link: &'a str,
    pub unsubscribe_link: &'a str,
    pub receipt_link: Option<&'a str>,
}

impl DeliveredBody<'_> {
    fn headline(&self) -> &str {
        self.headline
    }
}

#[derive(Template)]
#[template(path = "mail/delivered/body.html")]
struct DeliveredHtml<'a> {
    m: &'a DeliveredBody<'a>,
}

#[derive(Template)]
#[template(path = "mail/delivered/subject.txt")]
struct DeliveredSubject<'a> {
    l: Tr,
    subject_key: &'static str,
    title: &'a str,
}

/// Where a signer's signature went, with a one-click way to stop such mail
/// (RFC 8058: `List-Unsubscribe` and `List-Unsubscribe-Post`).
pub fn delivered(to: &str, body: &DeliveredBody<'_>) -> askama::Result<Outgoing> {
    Ok(Outgoing {
        to: to.to_owned(),
        subject: DeliveredSubject {
            l: body.l,
            subject_key: body.subject_key,
            title: body.title,
        }
        .render()?
        .trim()
        .to_owned(),
        text: body.render()?,
        html: DeliveredHtml { m: body }.render()?,
        list_unsubscribe: Some(body.unsubscribe_link.to_owned()),
    })
}

/// The fields of the mail telling a point's organizers to reprint its packet.
#[derive(Template)]
#[template(path = "mail/reprint_needed/body.txt")]
pub struct ReprintBody<'a> {
    pub l: Tr,
    pub name: &'a str,
    pub point: &'a str,
    pub version: i32,
    /// Signatures printed in that version that no longer count.
    pub gone: i64,
    pub link: &'a str,
}

impl ReprintBody<'_> {
    fn explain(&self) -> String {
        let message = crate::domain::Msg::new("mail-reprint-body")
            .num("n", self.gone)
            .text("version", self.version.to_string())
            .text("point", self.point);
        self.l.msg(&message)
    }
}

#[derive(Template)]
#[template(path = "mail/reprint_needed/body.html")]
struct ReprintHtml<'a> {
    m: &'a ReprintBody<'a>,
}

#[derive(Template)]
#[template(path = "mail/reprint_needed/subject.txt")]
struct ReprintSubject<'a> {
    l: Tr,
    point: &'a str,
}

/// "A packet needs reprinting", to a point's organizers.
pub fn reprint_needed(to: &str, body: &ReprintBody<'_>) -> askama::Result<Outgoing> {
    Ok(Outgoing {
        to: to.to_owned(),
        subject: ReprintSubject {
            l: body.l,
            point: body.point,
        }
        .render()?
        .trim()
        .to_owned(),
        text: body.render()?,
        html: ReprintHtml { m: body }.render()?,
        list_unsubscribe: None,
    })
}

/// The fields of an update to signers.
#[derive(Template)]
#[template(path = "mail/update/body.txt")]
pub struct UpdateBody<'a> {
    pub l: Tr,
    /// The petition's title.
    pub title: &'a str,
    /// As the coordinator wrote it.
    pub subject: &'a str,
    /// As the coordinator wrote it; paragraphs at blank lines.
    pub body: &'a str,
    pub page_link: &'a str,
    pub unsubscribe_link: &'a str,
}

impl UpdateBody<'_> {
    fn paragraphs(&self) -> Vec<&str> {
        crate::petitions::split_paragraphs(self.body)
    }
}

#[derive(Template)]
#[template(path = "mail/update/body.html")]
struct UpdateHtml<'a> {
    m: &'a UpdateBody<'a>,
}

/// An update about a petition, with a footer saying why it came and a
/// one-click way to stop such mail (RFC 8058).
pub fn update(to: &str, body: &UpdateBody<'_>) -> askama::Result<Outgoing> {
    Ok(Outgoing {
        to: to.to_owned(),
        // The coordinator's subject, on one line.
        subject: body
            .subject
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        text: body.render()?,
        html: UpdateHtml { m: body }.render()?,
        list_unsubscribe: Some(body.unsubscribe_link.to_owned()),
    })
}
