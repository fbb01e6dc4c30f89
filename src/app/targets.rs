//! az's `--ids`: one run per resource id, each in its own subscription, outcomes combined as
//! az's invoker combines them.

use crate::commands::{CommandContext, Output};
use crate::error::{AzError, Result};
use crate::spec::ids::{Target, Targets};
use crate::spec::names::ResourceGroupName;

use super::session::Session;

/// Runs a command once per target (az's `--ids`; one target without it), each in the
/// subscription its id names, and combines the outcomes as az's invoker does: one result as it
/// is, several as a list; one failure alone is the error; several are warnings naming their id,
/// and an error only when nothing succeeded.
pub async fn for_each_target<F>(session: &Session<'_>, targets: Targets, run: F) -> Result<Output>
where
    F: AsyncFn(&CommandContext, &ResourceGroupName, &str) -> Result<Output>,
{
    for_each(session, targets, async |ctx, t: &Target| {
        run(ctx, &t.resource_group, &t.name).await
    })
    .await
}

/// `for_each_target` for a child resource: `run` gets the group, the parent's name (`--vnet-name`,
/// `--nsg-name`) and the child's (`-n`).
pub async fn for_each_child_target<F>(
    session: &Session<'_>,
    targets: Targets,
    run: F,
) -> Result<Output>
where
    F: AsyncFn(&CommandContext, &ResourceGroupName, &str, &str) -> Result<Output>,
{
    for_each(session, targets, async |ctx, t: &Target| {
        let child = t.child.as_deref().unwrap_or_default();
        run(ctx, &t.resource_group, &t.name, child).await
    })
    .await
}

async fn for_each<F>(session: &Session<'_>, targets: Targets, run: F) -> Result<Output>
where
    F: AsyncFn(&CommandContext, &Target) -> Result<Output>,
{
    for warning in &targets.warnings {
        session.printer.warn(warning);
    }
    if targets.from_ids && session.global.subscription.is_some() {
        session
            .printer
            .warn("option '--subscription' will be ignored due to use of '--ids'.");
    }
    let targets = targets.targets?;
    // ids name their subscriptions: the selected one is neither needed nor checked
    let mut ctx = session.build_in(targets.first().and_then(|t| t.subscription.clone()))?;
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for target in targets {
        if let Some(subscription) = &target.subscription {
            ctx.subscription = subscription.clone();
        }
        match run(&ctx, &target).await {
            Ok(out) => results.push(out),
            Err(e) => failures.push((target.id, e)),
        }
    }
    if failures.len() == 1 && results.is_empty() {
        return Err(failures.remove(0).1);
    }
    if !failures.is_empty() {
        for (id, e) in &failures {
            session.printer.warn(&format!(
                "{}: \"{}\"",
                id.as_deref().unwrap_or("None"),
                e.message
            ));
        }
        if results.is_empty() {
            return Err(AzError::validation("Encountered more than one exception."));
        }
        session.printer.warn("Encountered more than one exception.");
    }
    if results.len() == 1 {
        return Ok(results.remove(0));
    }
    let model = results.iter().flatten().find_map(|s| s.model);
    let values = results
        .into_iter()
        .map(|out| out.map_or(serde_json::Value::Null, |s| s.value))
        .collect();
    Ok(Some(crate::output::WireResult {
        value: serde_json::Value::Array(values),
        model,
    }))
}
