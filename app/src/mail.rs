//! Email with lettre. Over SMTP when `CAREWAY_SMTP_URL` is set; otherwise
//! each message is written to the outbox folder (`CAREWAY_OUTBOX_DIR`,
//! default `data/outbox`) as an `.eml` file, which is what the demo and
//! the tests read.
//!
//! Emails never carry care details: they say that something needs the
//! reader's attention and link to Careway, where they sign in to see it.

use crate::i18n::{tr, tr_args, Arg, Locale};
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

#[derive(Clone)]
enum Transport {
    Outbox(AsyncFileTransport<Tokio1Executor>, PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    base_url: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.transport {
            Transport::Outbox(_, dir) => write!(f, "Mailer(outbox {})", dir.display()),
            Transport::Smtp(_) => f.write_str("Mailer(smtp)"),
        }
    }
}

/// Every email Careway sends. Each has a subject and body in Fluent
/// (`mail-<kind>-subject`, `mail-<kind>-body`) and, where there is one, a
/// link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Email {
    PasswordReset { link: String },
    Invitation { link: String },
    CarerInvitation { link: String, person_name: String },
    ConfirmEmail { link: String },
    EmailChanged,
    PasswordChanged,
    AccessChanged,
    /// "You have a new message in Careway": never who from, never what.
    /// Worded for the reader's communication needs (BSL, Easy Read).
    NewMessage { link: String, wording: crate::needs::Wording },
    /// A request to move practice moved on (never where to, never why).
    PracticeChange { link: String },
    /// A complaint (or compliment) was received: its reference, no details.
    ComplaintReceived { link: String, reference: String },
    /// A complaint has a response to read (never what it says).
    ComplaintUpdated { link: String, reference: String },
}

impl Email {
    pub fn kind(&self) -> &'static str {
        match self {
            Email::PasswordReset { .. } => "reset",
            Email::Invitation { .. } => "invite",
            Email::CarerInvitation { .. } => "carer-invite",
            Email::ConfirmEmail { .. } => "confirm-email",
            Email::EmailChanged => "email-changed",
            Email::PasswordChanged => "password-changed",
            Email::AccessChanged => "access-changed",
            Email::NewMessage { .. } => "new-message",
            Email::PracticeChange { .. } => "practice-change",
            Email::ComplaintReceived { .. } => "complaint-received",
            Email::ComplaintUpdated { .. } => "complaint-updated",
        }
    }

    fn args(&self, base: &str) -> Vec<(&'static str, Arg)> {
        let mut a = vec![("sign_in", Arg::from(format!("{base}/sign-in")))];
        match self {
            Email::PasswordReset { link }
            | Email::Invitation { link }
            | Email::ConfirmEmail { link }
            | Email::NewMessage { link, .. }
            | Email::PracticeChange { link } => a.push(("link", format!("{base}{link}").into())),
            Email::ComplaintReceived { link, reference } | Email::ComplaintUpdated { link, reference } => {
                a.push(("link", format!("{base}{link}").into()));
                a.push(("reference", reference.clone().into()));
            }
            Email::CarerInvitation { link, person_name } => {
                a.push(("link", format!("{base}{link}").into()));
                a.push(("person", person_name.clone().into()));
            }
            _ => {}
        }
        a
    }
}

impl Mailer {
    pub fn from_config(c: &crate::config::Config) -> Result<Mailer, String> {
        let from: Mailbox = c
            .mail_from
            .parse()
            .map_err(|e| format!("CAREWAY_MAIL_FROM: {e}"))?;
        let transport = match &c.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("CAREWAY_SMTP_URL: {e}"))?
                    .build(),
            ),
            None => {
                std::fs::create_dir_all(&c.outbox_dir)
                    .map_err(|e| format!("CAREWAY_OUTBOX_DIR: {e}"))?;
                Transport::Outbox(AsyncFileTransport::new(&c.outbox_dir), c.outbox_dir.clone())
            }
        };
        Ok(Mailer {
            transport,
            from,
            base_url: c.public_url.trim_end_matches('/').to_string(),
        })
    }

    /// Builds the message (subject and plain-text body, in the reader's
    /// language).
    pub fn compose(&self, to: &str, locale: Locale, email: &Email) -> Result<Message, String> {
        let to: Mailbox = to.parse().map_err(|e| format!("bad recipient: {e}"))?;
        let args = email.args(&self.base_url);
        let subject = tr_args(locale, &format!("mail-{}-subject", email.kind()), &args);
        let suffix = match email {
            Email::NewMessage { wording, .. } => wording.suffix(),
            _ => "",
        };
        let mut body = tr_args(locale, &format!("mail-{}-body{suffix}", email.kind()), &args);
        body.push_str("\n\n");
        body.push_str(&tr(locale, "mail-footer"));
        // lettre picks the transfer encoding (quoted-printable for long
        // lines such as links); every mail client decodes it.
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| e.to_string())
    }

    /// Sends, or writes to the outbox. A failure is logged and reported to
    /// the caller; it never shows the reader anything about the account.
    pub async fn send(&self, to: &str, locale: Locale, email: Email) -> Result<(), String> {
        let msg = self.compose(to, locale, &email)?;
        let res = match &self.transport {
            Transport::Outbox(t, _) => t.send(msg).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::Smtp(t) => t.send(msg).await.map(|_| ()).map_err(|e| e.to_string()),
        };
        if let Err(e) = &res {
            tracing::error!(error = %e, kind = email.kind(), "email not sent");
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_email_has_words_in_both_languages_and_no_care_detail() {
        let dir = std::env::temp_dir().join(format!("careway-mail-{}", std::process::id()));
        let c = crate::config::Config::from_lookup(
            |k| match k {
                "CAREWAY_OUTBOX_DIR" => Some(dir.display().to_string()),
                _ => None,
            },
            false,
        )
        .unwrap();
        let m = Mailer::from_config(&c).unwrap();
        let all = [
            Email::PasswordReset {
                link: "/password/reset/abc".into(),
            },
            Email::Invitation {
                link: "/invitation/abc".into(),
            },
            Email::CarerInvitation {
                link: "/invitation/abc".into(),
                person_name: "Alex".into(),
            },
            Email::ConfirmEmail {
                link: "/account/email/confirm/abc".into(),
            },
            Email::EmailChanged,
            Email::PasswordChanged,
            Email::AccessChanged,
            Email::NewMessage {
                link: "/people/1/messages/2".into(),
                wording: crate::needs::Wording::Standard,
            },
            Email::NewMessage {
                link: "/people/1/messages/2".into(),
                wording: crate::needs::Wording::Bsl,
            },
            Email::NewMessage {
                link: "/people/1/messages/2".into(),
                wording: crate::needs::Wording::EasyRead,
            },
            Email::PracticeChange {
                link: "/people/1/switch".into(),
            },
            Email::ComplaintReceived {
                link: "/complain/status".into(),
                reference: "CW-ABCD-EFGH".into(),
            },
            Email::ComplaintUpdated {
                link: "/people/1/complaints/2".into(),
                reference: "CW-ABCD-EFGH".into(),
            },
        ];
        for locale in Locale::ALL {
            for e in &all {
                let msg = m.compose("someone@example.org", locale, e).unwrap();
                let text = String::from_utf8(msg.formatted()).unwrap();
                assert!(!text.contains("mail-"), "untranslated id in {text}");
                if let Email::PasswordReset { .. } = e {
                    assert!(
                        text.contains("http://127.0.0.1:3000/password/reset/abc"),
                        "{text}"
                    );
                }
            }
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
