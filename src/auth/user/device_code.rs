//! The device-code flow: the authority's message on stderr, then polls at its interval until
//! the user signs in, declines, or the code expires.

use super::*;

/// The device-code flow: `show` gets the authority's message (az prints it on stderr); polls
/// until the user signs in, declines, or the code expires.
pub async fn device_code(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    req: &SignInRequest,
    show: &dyn Fn(&str),
) -> Result<UserTokens> {
    device_code_with(http, authority, tenant, req, show, tokio::time::sleep).await
}

/// `device_code` with the wait between polls given (tests record it instead of sleeping).
pub(super) async fn device_code_with<F, Fut>(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    req: &SignInRequest,
    show: &dyn Fn(&str),
    mut pause: F,
) -> Result<UserTokens>
where
    F: FnMut(Duration) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let (status, flow) = post_form(
        http,
        &endpoint(authority, tenant, "devicecode"),
        &[&[("client_id", AZ_CLIENT_ID)][..], &req.fields()].concat(),
    )
    .await?;
    let (Some(device_code), Some(message)) = (
        flow.get("device_code").and_then(Value::as_str),
        flow.get("message").and_then(Value::as_str),
    ) else {
        if status == 200 {
            return Err(AzError::auth(
                "Fail to create device flow: the answer has no device code.",
            ));
        }
        return Err(aad_error(status, &flow));
    };
    let num = |k: &str, default: u64| match flow.get(k) {
        Some(Value::Number(n)) => n.as_u64().unwrap_or(default),
        Some(Value::String(s)) => s.parse().unwrap_or(default),
        _ => default,
    };
    let mut interval = num("interval", 5).clamp(1, 60);
    let expires_at = std::time::Instant::now() + Duration::from_secs(num("expires_in", 1800));
    show(message);
    let token_url = endpoint(authority, tenant, "token");
    loop {
        let (status, body) = post_form(
            http,
            &token_url,
            &[
                &[
                    ("grant_type", DEVICE_CODE_GRANT),
                    ("client_id", AZ_CLIENT_ID),
                    ("device_code", device_code),
                    ("client_info", "1"),
                ][..],
                &req.claims_field(),
            ]
            .concat(),
        )
        .await?;
        match body.get("error").and_then(Value::as_str) {
            None if status == 200 => return parse_tokens(status, &body),
            Some("authorization_pending") => {}
            // RFC 8628 §3.5: back off by five seconds.
            Some("slow_down") => interval += 5,
            // `expired_token`, `authorization_declined` and the rest end the sign-in with the
            // authority's own description, as az shows it.
            _ => return Err(login_error(status, &body)),
        }
        if std::time::Instant::now() + Duration::from_secs(interval) > expires_at {
            return Err(AzError::auth(
                "The device code expired before the sign-in was completed. Run 'az login --use-device-code' again.",
            ));
        }
        pause(Duration::from_secs(interval)).await;
    }
}
