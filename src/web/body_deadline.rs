//! A deadline for request bodies. actix limits how long the request head
//! may take, not the body: a client that sends a form one byte every two
//! seconds would hold a connection (and a worker's attention) for as long
//! as it likes, and a few hundred such clients tie the server up. Here the
//! whole body must arrive within [`FORM_DEADLINE`] ([`UPLOAD_DEADLINE`]
//! for a multipart upload, a phone's photo on a slow network); later, the
//! request is answered 408 and its connection closed.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use futures_core::Stream;

/// Time for the body of a form (a few hundred bytes to a few kilobytes).
pub const FORM_DEADLINE: Duration = Duration::from_secs(10);
/// Time for the body of a multipart upload (a photo, up to 16 MiB).
pub const UPLOAD_DEADLINE: Duration = Duration::from_secs(120);

/// The error a body gets when its time is up; `web::form_error` answers it
/// with 408.
pub fn is_timeout(e: &PayloadError) -> bool {
    matches!(e, PayloadError::Io(io) if io.kind() == std::io::ErrorKind::TimedOut)
}

/// Puts the deadline on every request that has a body.
pub async fn body_deadline(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let headers = req.headers();
    let has_body = headers.contains_key(actix_web::http::header::TRANSFER_ENCODING)
        || headers
            .get(actix_web::http::header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() != b"0");
    if has_body {
        let upload = headers
            .get(actix_web::http::header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"multipart/"));
        let limit = if upload {
            UPLOAD_DEADLINE
        } else {
            FORM_DEADLINE
        };
        let inner = req.take_payload();
        let timed: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(Deadline {
            inner,
            sleep: Box::pin(tokio::time::sleep(limit)),
        });
        req.set_payload(Payload::from(timed));
    }
    let mut response = next.call(req).await?;
    if response.status() == actix_web::http::StatusCode::REQUEST_TIMEOUT {
        // The rest of the body is not read: the connection cannot be reused.
        response
            .response_mut()
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(response)
}

/// A body stream that fails with `TimedOut` once its sleep ends.
struct Deadline {
    inner: Payload,
    sleep: Pin<Box<tokio::time::Sleep>>,
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Poll::Ready(item) = Pin::new(&mut self.inner).poll_next(cx) {
            return Poll::Ready(item);
        }
        match self.sleep.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the request body did not arrive in time",
            ))))),
            Poll::Pending => Poll::Pending,
        }
    }
}
