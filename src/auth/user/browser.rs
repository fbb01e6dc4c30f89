//! The authorization-code flow with PKCE: the browser opens the authority's page and a
//! one-shot listener on `http://localhost:<port>` takes the code from its form post.

use super::*;

/// A PKCE verifier (43 characters of base64url) and its S256 challenge.
pub(super) fn pkce() -> (String, String) {
    let bytes: [u8; 32] = rand::random();
    let verifier = B64.encode(bytes);
    let challenge = B64.encode(crate::crypto::sha256(&[verifier.as_bytes()]));
    (verifier, challenge)
}

/// Starts the user's browser on `url`: `BROWSER` (a `:`-separated list of commands, `%s` for
/// the URL, as Python's webbrowser reads it), else `open` on macOS, `xdg-open` with a display.
/// `None` when none could be started.
pub fn launch_browser(url: &str) -> Option<std::process::Child> {
    let mut commands: Vec<Vec<String>> = Vec::new();
    if let Some(b) = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty())
    {
        for entry in b.split(':').filter(|e| !e.trim().is_empty()) {
            let mut words: Vec<String> = entry.split_whitespace().map(str::to_string).collect();
            if words.iter().any(|w| w.contains("%s")) {
                for w in &mut words {
                    *w = w.replace("%s", url);
                }
            } else {
                words.push(url.to_string());
            }
            commands.push(words);
        }
    } else if cfg!(target_os = "macos") {
        commands.push(vec!["open".to_string(), url.to_string()]);
    } else if std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty())
        || std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
    {
        // As Python's webbrowser: graphical openers only with a display (over SSH, no
        // browser, hence the device code).
        commands.push(vec!["xdg-open".to_string(), url.to_string()]);
    }
    commands.into_iter().find_map(|words| {
        std::process::Command::new(&words[0])
            .args(&words[1..])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()
    })
}

/// A request to the localhost listener: its method and parameters (query, then form body).
pub(super) struct Incoming {
    post: bool,
    params: Vec<(String, String)>,
}

/// Reads one request as far as its parameters; `None` for anything unreadable.
pub(super) async fn read_request(stream: &mut tokio::net::TcpStream) -> Option<Incoming> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let header_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 64 * 1024 {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&buf[..header_end]).into_owned();
    let mut lines = head.lines();
    let mut first = lines.next()?.split(' ');
    let method = first.next()?;
    let target = first.next()?;
    let mut params = parse_query(target.split_once('?').map(|(_, q)| q).unwrap_or(""));
    let post = method == "POST";
    if post {
        // form_post: the parameters are the body.
        let len: usize = lines
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse().ok())
            .unwrap_or(0)
            .min(64 * 1024);
        while buf.len() < header_end + len {
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                break;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let end = buf.len().min(header_end + len);
        params.extend(parse_query(&String::from_utf8_lossy(&buf[header_end..end])));
    }
    Some(Incoming { post, params })
}

pub(super) async fn answer(stream: &mut tokio::net::TcpStream, status: &str, page: &str) {
    let resp = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
        page.len()
    );
    let _ = stream.write_all(resp.as_bytes()).await;
    let _ = stream.shutdown().await;
}

pub(super) fn error_page(text: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Login failed</title></head>\
         <body><h3>Login failed</h3><p>{}</p></body></html>\n",
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    )
}

/// Waits on the listener for the browser's redirect; checks `state`.
pub(super) async fn receive_code(listener: tokio::net::TcpListener, state: &str) -> Result<String> {
    // Connections are read concurrently: a browser's idle pre-connection must not hold up
    // the one that carries the answer.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(tokio::net::TcpStream, Incoming)>(8);
    loop {
        let (mut stream, Incoming { post, params }) = tokio::select! {
            accepted = listener.accept() => {
                let (mut stream, _) = accepted
                    .map_err(|e| AzError::auth(format!("the localhost listener failed: {e}")))?;
                let tx = tx.clone();
                tokio::spawn(async move {
                    let read = tokio::time::timeout(Duration::from_secs(30), read_request(&mut stream));
                    if let Ok(Some(incoming)) = read.await {
                        let _ = tx.send((stream, incoming)).await;
                    }
                });
                continue;
            }
            Some(got) = rx.recv() => got,
        };
        let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let (code, error) = (get("code"), get("error"));
        if code.is_none() && error.is_none() {
            // A favicon or a stray request: not the redirect.
            answer(&mut stream, "404 Not Found", &error_page("Not found.")).await;
            continue;
        }
        if !post {
            // MSAL's words: the answer must come as a form post, never in a URL.
            answer(
                &mut stream,
                "400 Bad Request",
                &error_page(
                    "response_mode=query is not supported for authentication responses. \
                     This application operates in response_mode=form_post mode only.",
                ),
            )
            .await;
            continue;
        }
        if get("state").as_deref() != Some(state) {
            answer(
                &mut stream,
                "400 Bad Request",
                &error_page("State mismatch: this response is not for this sign-in."),
            )
            .await;
            return Err(AzError::auth(
                "The sign-in response does not carry the state of this sign-in (state mismatch); it was refused.",
            ));
        }
        if let Some(e) = error {
            let d = get("error_description");
            let text = d.clone().unwrap_or_else(|| e.clone());
            answer(&mut stream, "400 Bad Request", &error_page(&text)).await;
            return Err(login_error(
                400,
                &serde_json::json!({"error": e, "error_description": d}),
            ));
        }
        answer(&mut stream, "200 OK", SUCCESS_PAGE).await;
        return code.ok_or_else(|| AzError::auth("the sign-in response has no code"));
    }
}

/// The authorization-code flow with PKCE. `Ok(None)` when no browser could be started (the
/// caller falls back to the device code, as az does); `warn` gets az's line once it is.
pub async fn browser(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    req: &SignInRequest,
    warn: &dyn Fn(&str),
) -> Result<Option<UserTokens>> {
    let scope = req.scope.as_str();
    let claims = req.claims_field();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .map_err(|e| AzError::auth(format!("cannot listen on localhost: {e}")))?;
    let port = listener
        .local_addr()
        .map_err(|e| AzError::auth(format!("cannot listen on localhost: {e}")))?
        .port();
    let redirect_uri = format!("http://localhost:{port}");
    let (verifier, challenge) = pkce();
    let state = B64.encode(rand::random::<[u8; 16]>());
    // OpenID Connect: the ID token must carry it back (MSAL checks the same).
    let nonce = B64.encode(rand::random::<[u8; 16]>());
    let authorize = endpoint(authority, tenant, "authorize");
    let url = format!(
        "{authorize}?{}",
        form_encode(
            &[
                &[
                    ("client_id", AZ_CLIENT_ID),
                    ("response_type", "code"),
                    ("redirect_uri", &redirect_uri),
                    ("scope", scope),
                    ("state", &state),
                    ("nonce", &nonce),
                    ("code_challenge", &challenge),
                    ("code_challenge_method", "S256"),
                    ("prompt", "select_account"),
                    // As MSAL 1.39: the code comes in a POST body, never in a URL.
                    ("response_mode", "form_post"),
                    ("client_info", "1"),
                ][..],
                &claims,
            ]
            .concat()
        )
    );
    let Some(mut child) = launch_browser(&url) else {
        return Ok(None);
    };
    warn(&format!(
        "A web browser has been opened at {authorize}. Please continue the login in the web browser. \
         If no web browser is available or if the web browser fails to open, use device code flow \
         with `az login --use-device-code`."
    ));
    // A BROWSER command that exits with a failure did not open anything: device code then.
    let receive = receive_code(listener, &state);
    tokio::pin!(receive);
    let deadline = tokio::time::sleep(BROWSER_TIMEOUT);
    tokio::pin!(deadline);
    let mut child_done = false;
    let code = loop {
        tokio::select! {
            r = &mut receive => break r?,
            _ = &mut deadline => {
                let _ = child.kill();
                return Err(AzError::auth("Timed out waiting for the sign-in in the web browser."));
            }
            _ = tokio::time::sleep(Duration::from_millis(200)), if !child_done => {
                match child.try_wait() {
                    Ok(Some(status)) if !status.success() => return Ok(None),
                    Ok(Some(_)) | Err(_) => child_done = true,
                    Ok(None) => {}
                }
            }
        }
    };
    let (status, body) = post_form(
        http,
        &endpoint(authority, tenant, "token"),
        &[
            &[
                ("grant_type", "authorization_code"),
                ("client_id", AZ_CLIENT_ID),
                ("code", &code),
                ("code_verifier", &verifier),
                ("redirect_uri", &redirect_uri),
                ("scope", scope),
                ("client_info", "1"),
            ][..],
            &claims,
        ]
        .concat(),
    )
    .await?;
    if status != 200 {
        return Err(login_error(status, &body));
    }
    let tokens = parse_tokens(status, &body)?;
    let id_nonce = body
        .get("id_token")
        .and_then(Value::as_str)
        .and_then(crate::jwt::claims)
        .and_then(|c| c.get("nonce").and_then(Value::as_str).map(str::to_string));
    if id_nonce.as_deref() != Some(nonce.as_str()) {
        return Err(AzError::auth(format!(
            "The nonce in id token (\"{}\") should match our nonce ({nonce:?})",
            id_nonce.as_deref().unwrap_or("None")
        )));
    }
    Ok(Some(tokens))
}
