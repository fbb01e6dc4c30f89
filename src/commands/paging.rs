//! AAZ's paged listing (`AAZPageIterator`): `--max-items` items from `--next-token`'s page and
//! offset, then the token of where it stopped, printed as az prints it.

use serde_json::Value;

use super::CommandContext;
use crate::arm::{Method, id::with_api_version};
use crate::error::{AzError, Result};
use crate::spec::paging::{Paging, encode_token};

/// One page: its items and the next link.
async fn page(ctx: &CommandContext, url: String) -> Result<(Vec<Value>, Option<String>)> {
    let resp = ctx
        .client
        .send(ctx.client.request(Method::GET, url))
        .await?;
    let body: Value = serde_json::from_slice(&resp.body)
        .map_err(|e| AzError::transport(format!("a list answer that is not JSON: {e}")))?;
    let items = body["value"].as_array().cloned().unwrap_or_default();
    let next = body["nextLink"]
        .as_str()
        .filter(|l| !l.is_empty())
        .map(str::to_string);
    Ok((items, next))
}

/// A link from a token is followed only on this cloud's endpoint: its path and query go out,
/// never its host (the request carries the access token).
fn on_this_cloud(link: &str) -> String {
    match link.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]).to_string(),
        None => link.to_string(),
    }
}

/// Lists `path` as AAZ pages it; without `--max-items` every page is read.
pub async fn list(
    ctx: &CommandContext,
    path: &str,
    api: &str,
    paging: &Paging,
) -> Result<Vec<Value>> {
    let Some(limit) = paging.limit else {
        return ctx.client.list(path, api).await;
    };
    let mut next_link = paging.next_link.clone();
    let mut did_once = next_link.is_some();
    let mut total = limit + paging.offset;
    let mut start = paging.offset;
    let mut items = Vec::new();
    let mut current: (Option<String>, i64) = (None, 0);
    loop {
        if total < 0 {
            ctx.warn(&format!(
                "Token of next page: {}",
                encode_token(current.0.as_deref(), current.1 + total)
            ));
            return Ok(items);
        }
        if next_link.is_none() && did_once {
            return Ok(items);
        }
        let url = match &next_link {
            Some(link) => on_this_cloud(link),
            None => with_api_version(path, api),
        };
        let (page_items, next) = page(ctx, url).await?;
        did_once = true;
        current = (next_link.take(), page_items.len() as i64);
        next_link = next;
        let len = page_items.len() as i64;
        total -= len;
        // Python's page[start:total] (negative end) or page[start:]
        let end = if total < 0 { (len + total).max(0) } else { len };
        let from = start.clamp(0, len);
        start = 0;
        if from < end {
            items.extend(page_items[from as usize..end as usize].iter().cloned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_links_stay_on_this_cloud() {
        assert_eq!(
            on_this_cloud("https://evil.example/subscriptions/x?skip=1"),
            "/subscriptions/x?skip=1"
        );
        assert_eq!(on_this_cloud("/subscriptions/x"), "/subscriptions/x");
    }
}
