//! `config set|get|unset` (az's experimental `config` group) over `config::settings`, the
//! same INI file `configure --defaults` writes.

use serde_json::{Value, json};

use crate::app::session::Session;
use crate::cli::config::ConfigCommand;
use crate::commands::{Output, WireResult};
use crate::config::settings;
use crate::error::{AzError, Result};
use crate::spec::config as spec;

const EXPERIMENTAL: &str = "Command group 'config' is experimental and under development. \
Reference and support levels: https://aka.ms/CLI_refstatus";

pub fn exec(command: ConfigCommand, session: &Session<'_>) -> Result<Output> {
    session.warn()(EXPERIMENTAL);
    match command {
        ConfigCommand::Set(a) => {
            // every pair checked before the first is written: nothing half-done
            let pairs = a
                .key_value
                .iter()
                .map(|kv| spec::assignment(kv))
                .collect::<Result<Vec<_>>>()?;
            for p in pairs {
                if a.local {
                    settings::set_local(&p.section, &p.name, &p.value)?;
                } else {
                    settings::set(&p.section, &p.name, &p.value)?;
                }
            }
            Ok(None)
        }
        ConfigCommand::Get(a) => get(a.key.as_deref(), a.local).map(WireResult::raw),
        ConfigCommand::Unset(a) => {
            let keys = a
                .key
                .iter()
                .map(|k| spec::section_and_name(k))
                .collect::<Result<Vec<_>>>()?;
            for (section, name) in keys {
                settings::remove(section, name, a.local)?;
            }
            Ok(None)
        }
    }
}

fn items(section: &str, local: bool) -> Vec<Value> {
    settings::items(section, local)
        .into_iter()
        .map(|i| json!({"name": i.name, "source": i.source, "value": i.value}))
        .collect()
}

/// All sections (`{section: [items]}`), one section's items, or one item.
fn get(key: Option<&str>, local: bool) -> Result<Value> {
    let Some(key) = key.filter(|k| !k.is_empty()) else {
        let all = settings::sections(local)
            .into_iter()
            .map(|s| {
                let list = items(&s, local);
                (s, Value::Array(list))
            })
            .collect();
        return Ok(Value::Object(all));
    };
    let (section, name) = match key.split_once('.') {
        Some((s, n)) => (s, Some(n)),
        None => (key, None),
    };
    let list = items(section, local);
    let Some(name) = name.filter(|n| !n.is_empty()) else {
        return Ok(Value::Array(list));
    };
    list.into_iter()
        .find(|i| i["name"] == name)
        .ok_or_else(|| AzError::validation(format!("Configuration '{key}' is not set.")))
}
