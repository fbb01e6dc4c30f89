//! `configure --defaults|--list-defaults`.

use serde_json::json;

use crate::cli::configure::ConfigureArgs;
use crate::commands::{Output, WireResult};
use crate::config::settings;
use crate::error::{AzError, Result};

/// The config file's section for argument defaults.
const DEFAULTS: &str = "defaults";

pub fn exec(a: ConfigureArgs) -> Result<Output> {
    if let Some(defaults) = a.defaults {
        // local: `./<config dir's name>/config`, read by commands run in or below this directory
        let local = a.scope.eq_ignore_ascii_case("local");
        // all or nothing: every pair is checked before the file is written
        let mut pairs = Vec::new();
        for d in &defaults {
            let Some((name, value)) = d.split_once('=') else {
                return Err(AzError::validation(
                    "usage error: --defaults STRING=STRING STRING=STRING ...",
                ));
            };
            // configparser keeps option names lower-case; '' and "" mean empty
            let value = crate::spec::config::value_of(value);
            pairs.push((name.to_ascii_lowercase(), value.to_string()));
        }
        for (name, value) in pairs {
            if local {
                settings::set_local(DEFAULTS, &name, &value)?;
            } else {
                settings::set(DEFAULTS, &name, &value)?;
            }
        }
        return Ok(None);
    }
    if a.list_defaults
        .as_deref()
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "yes" | "1" | "on"))
    {
        let items: Vec<_> = settings::keys(DEFAULTS)
            .into_iter()
            .filter_map(|name| {
                let (source, value) = settings::source(DEFAULTS, &name)?;
                Some(json!({"name": name, "source": source, "value": value}))
            })
            .collect();
        return Ok(WireResult::raw(serde_json::Value::Array(items)));
    }
    Err(AzError::usage(
        "azr does not support the interactive 'configure' yet: use --defaults NAME=VALUE ... or \
         --list-defaults.",
    ))
}
