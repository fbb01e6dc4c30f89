//! Accounts (`profile.json`, az's `azureProfile.json` shape) and the subscription a command
//! uses: `--subscription` (name or id) > `AZURE_SUBSCRIPTION_ID` > the account set in azr >
//! az's default (its `azureProfile.json`) > the emulator's subscription for `local`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::cloud::Cloud;
use crate::error::{AzError, Result};

/// az's account name for a tenant without subscriptions (`--allow-no-subscriptions`).
pub const TENANT_LEVEL_ACCOUNT_NAME: &str = "N/A(tenant level account)";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProfileFile {
    /// Account entries exactly as `az account show` prints them.
    #[serde(default)]
    pub subscriptions: Vec<Value>,
}

pub fn profile_path(dir: &Path) -> PathBuf {
    dir.join("profile.json")
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

/// The user name of an account (`user.name`): an SP's app id, `systemAssignedIdentity`, ...
pub fn user_name(account: &Value) -> &str {
    account
        .get("user")
        .and_then(|u| u.get("name"))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// Whether an account is the subscription a user named (its id or its name).
pub fn matches(account: &Value, name_or_id: &str) -> bool {
    s(account, "id").eq_ignore_ascii_case(name_or_id)
        || s(account, "name").eq_ignore_ascii_case(name_or_id)
}

impl ProfileFile {
    pub fn load(dir: &Path) -> Result<ProfileFile> {
        super::read_json(&profile_path(dir))
    }
    pub fn save(&self, dir: &Path) -> Result<()> {
        super::write_json(&profile_path(dir), self, false)
    }

    pub fn for_cloud(&self, cloud: &str) -> Vec<&Value> {
        self.subscriptions
            .iter()
            .filter(|a| s(a, "environmentName") == cloud)
            .collect()
    }

    pub fn default_account(&self, cloud: &str) -> Option<&Value> {
        self.for_cloud(cloud)
            .into_iter()
            .find(|a| a.get("isDefault").and_then(Value::as_bool) == Some(true))
    }

    /// az's `get_subscription`: the default account, or the one named.
    pub fn get(&self, cloud: &str, name_or_id: Option<&str>) -> Result<&Value> {
        let accounts = self.for_cloud(cloud);
        if accounts.is_empty() {
            return Err(login_needed());
        }
        let found: Vec<&Value> = match name_or_id {
            None => accounts
                .into_iter()
                .filter(|a| a.get("isDefault").and_then(Value::as_bool) == Some(true))
                .collect(),
            Some(n) => accounts.into_iter().filter(|a| matches(a, n)).collect(),
        };
        match (found.len(), name_or_id) {
            (0, Some(n)) => Err(AzError::validation(format!(
                "Subscription '{n}' not found. Check the spelling and casing and try again."
            ))),
            (0, None) => Err(AzError::validation(
                "No subscription found. Run 'az account set' to select a subscription.",
            )),
            (1, _) => Ok(found[0]),
            (_, n) => Err(AzError::validation(format!(
                "Multiple subscriptions with the name '{}' found. Specify the subscription ID.",
                n.unwrap_or_default()
            ))),
        }
    }

    /// `account set`: makes one account of this cloud the default.
    pub fn set_default(&mut self, cloud: &str, name_or_id: &str) -> Result<Value> {
        let hits: Vec<usize> = self
            .subscriptions
            .iter()
            .enumerate()
            .filter(|(_, a)| s(a, "environmentName") == cloud && matches(a, name_or_id))
            .map(|(i, _)| i)
            .collect();
        if hits.len() != 1 {
            return Err(AzError::validation(format!(
                "The subscription of '{}' {} in cloud '{cloud}'.",
                name_or_id.to_lowercase(),
                if hits.is_empty() {
                    "doesn't exist"
                } else {
                    "has more than one match"
                }
            )));
        }
        for (i, a) in self.subscriptions.iter_mut().enumerate() {
            if s(a, "environmentName") == cloud {
                a["isDefault"] = Value::Bool(i == hits[0]);
            }
        }
        Ok(self.subscriptions[hits[0]].clone())
    }

    /// Adds the accounts a login found (replacing the same subscription for the same user) and
    /// picks the default: the preferred one, else the current default if still there, else the
    /// first enabled one (az's `_set_subscriptions`).
    pub fn merge_login(&mut self, cloud: &str, new: Vec<Value>, preferred: Option<&str>) {
        let current = self
            .default_account(cloud)
            .map(|a| (s(a, "id").to_string(), user_name(a).to_string()));
        self.subscriptions.retain(|old| {
            !new.iter().any(|n| {
                s(old, "environmentName") == s(n, "environmentName")
                    && s(old, "id").eq_ignore_ascii_case(s(n, "id"))
            })
        });
        self.subscriptions.extend(new.iter().cloned());
        let pick = preferred
            .and_then(|p| new.iter().find(|a| matches(a, p)))
            .or_else(|| {
                current.as_ref().and_then(|(id, user)| {
                    new.iter()
                        .find(|a| s(a, "id") == id && user_name(a) == user)
                })
            })
            .or_else(|| new.iter().find(|a| s(a, "state") == "Enabled"))
            .or_else(|| new.first())
            .map(|a| s(a, "id").to_string());
        if let Some(id) = pick {
            for a in self.subscriptions.iter_mut() {
                if s(a, "environmentName") == cloud {
                    let is = s(a, "id") == id;
                    a["isDefault"] = Value::Bool(is);
                }
            }
        }
    }

    /// Removes every account of this user (any cloud); returns how many went.
    pub fn remove_user(&mut self, user: &str) -> usize {
        let before = self.subscriptions.len();
        self.subscriptions
            .retain(|a| !user_name(a).eq_ignore_ascii_case(user));
        before - self.subscriptions.len()
    }
}

pub fn login_needed() -> AzError {
    AzError::validation("Please run 'az login' to setup account.")
}

/// az's own profile: `$AZURE_CONFIG_DIR/azureProfile.json`, default `~/.azure`.
pub fn az_profile_path() -> PathBuf {
    match std::env::var_os("AZURE_CONFIG_DIR").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d).join("azureProfile.json"),
        None => super::home_dir().join(".azure").join("azureProfile.json"),
    }
}

/// az's profile; unreadable or absent means no account (az may not be installed).
pub fn az_profile() -> ProfileFile {
    super::read_json(&az_profile_path()).unwrap_or_default()
}

/// A subscription and, when azr knows it from a login, the account it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Selected {
    pub id: String,
    /// The azr account entry (its `user` says which stored credential to use).
    pub account: Option<Value>,
    /// Where the subscription came from, for `--debug`.
    pub source: &'static str,
}

/// Resolves a name or id through azr's accounts, then az's; a GUID nobody knows is used as is.
fn by_name_or_id(
    ours: &ProfileFile,
    az: &ProfileFile,
    cloud: &str,
    wanted: &str,
    source: &'static str,
) -> Result<Selected> {
    if let Ok(a) = ours.get(cloud, Some(wanted)) {
        return Ok(Selected {
            id: s(a, "id").to_string(),
            account: Some(a.clone()),
            source,
        });
    }
    if let Ok(a) = az.get(cloud, Some(wanted)) {
        return Ok(Selected {
            id: s(a, "id").to_string(),
            account: None,
            source,
        });
    }
    if crate::arm::id::is_guid(wanted) {
        return Ok(Selected {
            id: wanted.to_string(),
            account: None,
            source,
        });
    }
    Err(AzError::validation(format!(
        "Subscription '{wanted}' not found. Check the spelling and casing and try again."
    )))
}

/// The subscription a command runs against (precedence in the module doc).
pub fn select(
    ours: &ProfileFile,
    az: &ProfileFile,
    cloud: &Cloud,
    flag: Option<&str>,
    env: Option<&str>,
) -> Result<Selected> {
    let name = cloud.name.as_str();
    if let Some(f) = flag.filter(|f| !f.is_empty()) {
        return by_name_or_id(ours, az, name, f, "--subscription");
    }
    if let Some(e) = env.filter(|e| !e.is_empty()) {
        return by_name_or_id(ours, az, name, e, "AZURE_SUBSCRIPTION_ID");
    }
    if let Some(a) = ours.default_account(name) {
        return Ok(Selected {
            id: s(a, "id").to_string(),
            account: Some(a.clone()),
            source: "azr login",
        });
    }
    if let Some(a) = az.default_account(name) {
        return Ok(Selected {
            id: s(a, "id").to_string(),
            account: None,
            source: "az login",
        });
    }
    if cloud.is_local() {
        return Ok(Selected {
            id: crate::arm::local::SUBSCRIPTION_ID.to_string(),
            account: None,
            source: "local emulator",
        });
    }
    Err(login_needed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn acct(id: &str, name: &str, cloud: &str, default: bool, user: &str) -> Value {
        json!({"id": id, "name": name, "environmentName": cloud, "isDefault": default,
               "state": "Enabled", "tenantId": "t", "user": {"name": user, "type": "servicePrincipal"}})
    }
    const A: &str = "aaaaaaaa-0000-0000-0000-000000000001";
    const B: &str = "bbbbbbbb-0000-0000-0000-000000000002";
    const C: &str = "cccccccc-0000-0000-0000-000000000003";

    fn cloud(name: &str) -> Cloud {
        Cloud::new(name)
    }

    #[test]
    fn precedence_flag_env_azr_az() {
        let ours = ProfileFile {
            subscriptions: vec![
                acct(A, "Dev", "AzureCloud", true, "sp1"),
                acct(B, "Prod", "AzureCloud", false, "sp1"),
            ],
        };
        let az = ProfileFile {
            subscriptions: vec![acct(C, "Theirs", "AzureCloud", true, "me@x")],
        };
        let c = cloud("AzureCloud");
        let got = select(&ours, &az, &c, Some("prod"), Some(A)).unwrap();
        assert_eq!((got.id.as_str(), got.source), (B, "--subscription"));
        assert!(got.account.is_some());
        let got = select(&ours, &az, &c, None, Some(B)).unwrap();
        assert_eq!((got.id.as_str(), got.source), (B, "AZURE_SUBSCRIPTION_ID"));
        let got = select(&ours, &az, &c, None, None).unwrap();
        assert_eq!((got.id.as_str(), got.source), (A, "azr login"));
        let got = select(&ProfileFile::default(), &az, &c, None, None).unwrap();
        assert_eq!((got.id.as_str(), got.source), (C, "az login"));
        assert!(got.account.is_none());
        // A name only az knows resolves through az's profile.
        let got = select(&ours, &az, &c, Some("theirs"), None).unwrap();
        assert_eq!(got.id, C);
    }

    #[test]
    fn unknown_guid_is_used_and_unknown_name_fails() {
        let none = ProfileFile::default();
        let c = cloud("AzureCloud");
        assert_eq!(select(&none, &none, &c, Some(C), None).unwrap().id, C);
        let e = select(&none, &none, &c, Some("nope"), None).unwrap_err();
        assert_eq!(
            e.message,
            "Subscription 'nope' not found. Check the spelling and casing and try again."
        );
        let e = select(&none, &none, &c, None, None).unwrap_err();
        assert_eq!(e.message, "Please run 'az login' to setup account.");
    }

    #[test]
    fn accounts_are_per_cloud_and_local_falls_back_to_the_emulator() {
        let ours = ProfileFile {
            subscriptions: vec![acct(A, "Dev", "AzureChinaCloud", true, "sp1")],
        };
        let none = ProfileFile::default();
        assert!(select(&ours, &none, &cloud("AzureCloud"), None, None).is_err());
        let got = select(&ours, &none, &cloud("local"), None, None).unwrap();
        assert_eq!(got.id, crate::arm::local::SUBSCRIPTION_ID);
    }

    #[test]
    fn set_default_and_merge() {
        let mut p = ProfileFile::default();
        p.merge_login(
            "AzureCloud",
            vec![
                acct(A, "Dev", "AzureCloud", false, "sp1"),
                acct(B, "Prod", "AzureCloud", false, "sp1"),
            ],
            None,
        );
        assert_eq!(p.default_account("AzureCloud").unwrap()["id"], json!(A));
        p.set_default("AzureCloud", "PROD").unwrap();
        assert_eq!(p.default_account("AzureCloud").unwrap()["id"], json!(B));
        // A second login of the same user keeps the chosen default.
        p.merge_login(
            "AzureCloud",
            vec![
                acct(A, "Dev", "AzureCloud", false, "sp1"),
                acct(B, "Prod", "AzureCloud", false, "sp1"),
            ],
            None,
        );
        assert_eq!(p.subscriptions.len(), 2);
        assert_eq!(p.default_account("AzureCloud").unwrap()["id"], json!(B));
        let e = p.set_default("AzureCloud", "Nope").unwrap_err();
        assert_eq!(
            e.message,
            "The subscription of 'nope' doesn't exist in cloud 'AzureCloud'."
        );
        assert_eq!(p.remove_user("SP1"), 2);
        assert!(p.subscriptions.is_empty());
    }
}
