//! The agent pool settings `aks nodepool add` and `aks create` share (the pool profile): OS,
//! size, zones, disks, labels, taints, tags, autoscaler, spot, upgrade settings. `*Input` holds
//! the flags as given; `validate` checks them as az 2.91's validators and
//! `agentpool_decorator.py` getters do, with their messages.

use std::sync::LazyLock;

use regex::Regex;

use super::pool_features::{PoolContextFlags, PoolFeatures, PoolFeaturesInput};
use super::resource_id::is_valid_resource_id;
use super::tags::{Tags, parse_tags};
use crate::error::{AzError, Result};

/// `--os-sku` of `aks create` (az's `node_os_skus_create`).
pub const OS_SKUS_CREATE: &[&str] = &[
    "AzureLinux",
    "AzureLinux3",
    "AzureContainerLinux",
    "Ubuntu",
    "CBLMariner",
    "Mariner",
    "Ubuntu2204",
    "Ubuntu2404",
];
/// `--os-sku` of `aks nodepool add` (`node_os_skus`): the create list and Windows.
pub const OS_SKUS_ADD: &[&str] = &[
    "AzureLinux",
    "AzureLinux3",
    "AzureContainerLinux",
    "Ubuntu",
    "CBLMariner",
    "Mariner",
    "Ubuntu2204",
    "Ubuntu2404",
    "Windows2019",
    "Windows2022",
    "Windows2025",
];
/// `--os-sku` of `aks nodepool update` (`node_os_skus_update`).
pub const OS_SKUS_UPDATE: &[&str] = &[
    "AzureLinux",
    "AzureLinux3",
    "AzureContainerLinux",
    "Ubuntu",
    "Ubuntu2204",
    "Ubuntu2404",
];
pub const OS_DISK_TYPES: &[&str] = &["Managed", "Ephemeral"];
pub const PRIORITIES: &[&str] = &["Regular", "Spot"];
pub const EVICTION_POLICIES: &[&str] = &["Delete", "Deallocate"];
pub const SCALE_DOWN_MODES: &[&str] = &["Delete", "Deallocate"];

const WINDOWS_SKUS: &[&str] = &["Windows2019", "Windows2022", "Windows2025"];

/// az's `get_enum_type`: a choice matched case-insensitively, kept in az's spelling.
pub fn canonical_choice(value: &str, choices: &[&'static str]) -> Option<&'static str> {
    choices
        .iter()
        .find(|c| c.eq_ignore_ascii_case(value))
        .copied()
}

/// `validate_os_sku`'s warning for the retired Mariner names.
pub fn os_sku_warning(os_sku: &str) -> Option<String> {
    ["Mariner", "CBLMariner"].contains(&os_sku).then(|| {
        "The osSKU \"AzureLinux\" should be used going forward instead of \"CBLMariner\" or \"Mariner\". The osSKUs \"CBLMariner\" and \"Mariner\" will eventually be deprecated.".to_string()
    })
}

/// `validate_nodes_count`.
pub fn check_node_counts(min_count: Option<i64>, max_count: Option<i64>) -> Result<()> {
    if min_count.is_some_and(|n| !(0..=1000).contains(&n)) {
        return Err(AzError::validation(
            "--min-count must be in the range [0,1000]",
        ));
    }
    if max_count.is_some_and(|n| !(0..=1000).contains(&n)) {
        return Err(AzError::validation(
            "--max-count must be in the range [0,1000]",
        ));
    }
    Ok(())
}

/// `validate_label`: one `name=value` with Kubernetes' rules for qualified names and values.
fn label(item: &str) -> Result<Option<(String, String)>> {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$").unwrap()
    });
    static NAME: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$").unwrap());
    static VALUE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$").unwrap());
    const QUALIFIED: &str = "A qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc') with an optional DNS subdomain prefix and '/'";
    let bad = |why: &str| Err(AzError::validation(format!("Invalid label: {item}. {why}")));
    if item.is_empty() {
        return Ok(None);
    }
    let kv: Vec<&str> = item.split('=').collect();
    if kv.len() != 2 {
        return bad("Label definition must be of format name=value.");
    }
    let parts: Vec<&str> = kv[0].split('/').collect();
    let name = match parts[..] {
        [name] => name,
        [prefix, name] => {
            if prefix.is_empty() || prefix.len() > 253 {
                return bad("Label prefix can't be empty or more than 253 chars.");
            }
            if !PREFIX.is_match(prefix) {
                return bad(
                    "Prefix part a DNS-1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                );
            }
            name
        }
        _ => return bad(&format!("{QUALIFIED} (e.g. 'example.com/MyName')")),
    };
    if name.is_empty() || name.chars().count() > 63 {
        return bad("Label name can't be empty or more than 63 chars.");
    }
    if !NAME.is_match(name) {
        return bad(&format!("{QUALIFIED} (e.g. 'example.com/MyName')"));
    }
    if kv[1].chars().count() > 63 {
        return bad("Label must not be more than 63 chars.");
    }
    if !VALUE.is_match(kv[1]) {
        return bad(
            "A valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        );
    }
    Ok(Some((kv[0].to_string(), kv[1].to_string())))
}

/// `--labels`/`--nodepool-labels`: `validate_nodepool_labels`, a later name overwriting.
pub fn parse_labels(items: &[String]) -> Result<Tags> {
    let mut labels = Tags::default();
    for item in items {
        if let Some((k, v)) = label(item)? {
            labels.insert(&k, &v);
        }
    }
    Ok(labels)
}

/// `--node-taints`/`--nodepool-taints`: one comma-separated string (`validate_nodepool_taints`),
/// then `get_node_taints`' split and strip. `""` is the empty list.
pub fn parse_taints(value: &str) -> Result<Vec<String>> {
    // az's `^[a-zA-Z\d][\w\-\.\/]{0,252}=[a-zA-Z\d][\w\-\.]{0,62}:(...)$`, with the lengths
    // counted apart (Unicode `\w` repeated 252 times is too big a program for `regex`).
    static TAINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^([a-zA-Z\d][\w\-./]*)=([a-zA-Z\d][\w\-.]*):(NoSchedule|PreferNoSchedule|NoExecute)$",
        )
        .unwrap()
    });
    if value.is_empty() {
        return Ok(Vec::new());
    }
    for taint in value.split(',') {
        let ok = taint.is_empty()
            || TAINT
                .captures(taint)
                .is_some_and(|c| c[1].chars().count() <= 253 && c[2].chars().count() <= 63);
        if !ok {
            return Err(AzError::validation(format!("Invalid node taint: {taint}")));
        }
    }
    Ok(value.split(',').map(|t| t.trim().to_string()).collect())
}

/// `validate_max_surge`: an integer or a percentage, not negative; sent as given.
pub fn check_max_surge(value: &str) -> Result<()> {
    check_int_or_percent(value, "--max-surge")
}

/// az's `validate_max_surge` and `validate_max_unavailable`: an integer or a percentage, not
/// negative.
pub fn check_int_or_percent(value: &str, flag: &str) -> Result<()> {
    match value
        .strip_suffix('%')
        .unwrap_or(value)
        .trim()
        .parse::<i64>()
    {
        Ok(n) if n < 0 => Err(AzError::validation(format!("{flag} must be positive"))),
        Ok(_) => Ok(()),
        Err(_) => Err(AzError::validation(format!(
            "{flag} should be an int or percentage"
        ))),
    }
}

/// `validate_spot_max_price`, after `validate_priority` (the priority already in az's spelling).
fn check_spot_max_price(price: f64, priority: Option<&str>) -> Result<()> {
    if priority != Some("Spot") {
        return Err(AzError::validation(
            "--spot_max_price can only be set when --priority is Spot",
        ));
    }
    // Python's str(float): the shortest round-trip form, which Rust's Display also gives.
    let text = format!("{price:?}");
    if text.split_once('.').is_some_and(|(_, d)| d.len() > 5) {
        return Err(AzError::validation(
            "--spot_max_price can only include up to 5 decimal places",
        ));
    }
    if price <= 0.0 && (price + 1.0).abs() > 1e-6 {
        return Err(AzError::validation(
            "--spot_max_price can only be any decimal value greater than zero, or -1 which indicates default price to be up-to on-demand",
        ));
    }
    Ok(())
}

/// `--vm-set-type`: `validate_vm_set_type` and `get_vm_set_type`'s normalisation.
fn vm_set_type(value: Option<&str>) -> Result<&'static str> {
    const TYPES: &[&str] = &[
        "VirtualMachineScaleSets",
        "AvailabilitySet",
        "VirtualMachines",
    ];
    let value = value.filter(|v| !v.is_empty()).unwrap_or(TYPES[0]);
    canonical_choice(value, TYPES).ok_or_else(|| {
        AzError::validation(
            "--vm-set-type can only be VirtualMachineScaleSets or AvailabilitySet or VirtualMachines",
        )
    })
}

/// Spot settings, sent only with `--priority Spot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub eviction_policy: &'static str,
    /// `None`: az's default, `-1` (the on-demand price).
    pub max_price: Option<f64>,
}

/// `--enable-cluster-autoscaler --min-count --max-count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Autoscale {
    pub min_count: i64,
    pub max_count: i64,
}

/// The pool-profile flags as given (after clap). Enum values are already az's choices (clap
/// checked them case-insensitively); `validate` puts them in az's spelling.
#[derive(Debug, Clone, Default)]
pub struct PoolSettingsInput {
    pub os_type: Option<String>,
    pub os_sku: Option<String>,
    pub zones: Option<Vec<String>>,
    pub max_pods: Option<i64>,
    pub osdisk_size: Option<i64>,
    pub osdisk_type: Option<String>,
    pub labels: Option<Vec<String>>,
    pub taints: Option<String>,
    pub tags: Option<Vec<String>>,
    pub enable_autoscaler: bool,
    pub min_count: Option<i64>,
    pub max_count: Option<i64>,
    pub max_surge: Option<String>,
    pub drain_timeout: Option<i64>,
    pub node_soak_duration: Option<i64>,
    pub priority: Option<String>,
    pub eviction_policy: Option<String>,
    pub spot_max_price: Option<f64>,
    pub vm_set_type: Option<String>,
    pub enable_encryption_at_host: bool,
    pub enable_ultra_ssd: bool,
    pub enable_fips_image: bool,
    pub scale_down_mode: Option<String>,
    pub ppg: Option<String>,
    /// Upgrade, node config, GPU, security and the other features (`pool_features`).
    pub features: PoolFeaturesInput,
}

/// The validated pool profile settings, as the body builders use them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PoolSettings {
    /// `Linux` unless `--os-type` (or the snapshot of `--snapshot-id`) says otherwise.
    pub os_type: String,
    /// Whether `--os-type` was given (a snapshot's OS type does not override it).
    pub os_type_given: bool,
    pub os_sku: Option<&'static str>,
    pub zones: Option<Vec<String>>,
    pub max_pods: Option<i64>,
    pub osdisk_size: Option<i64>,
    pub osdisk_type: Option<&'static str>,
    pub labels: Option<Tags>,
    /// `None`: not given (create still sends `[]`).
    pub taints: Option<Vec<String>>,
    pub tags: Option<Tags>,
    /// Checked against the node count and mode by `check_decorator_rules`.
    pub enable_autoscaler: bool,
    pub min_count: Option<i64>,
    pub max_count: Option<i64>,
    pub max_surge: Option<String>,
    pub drain_timeout: Option<i64>,
    pub node_soak_duration: Option<i64>,
    /// `Regular` unless `--priority Spot`.
    pub priority: &'static str,
    pub spot: Option<Spot>,
    pub vm_set_type: &'static str,
    pub enable_encryption_at_host: bool,
    pub enable_ultra_ssd: bool,
    pub enable_fips_image: bool,
    pub scale_down_mode: Option<&'static str>,
    pub ppg: Option<String>,
    pub features: PoolFeatures,
    /// What az warns about while parsing (printed before anything is sent).
    pub warnings: Vec<String>,
}

/// How the pool is created: its own PUT or inside the cluster's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoolContext {
    NodepoolAdd,
    ClusterCreate,
}

impl PoolSettingsInput {
    /// az's argument validators first (counts, priority, spot price, labels, taints, surge,
    /// ppg), then the decorator's getters (vm set type, OS type and SKU, autoscaler counts).
    pub fn validate(self, ctx: PoolContext) -> Result<PoolSettings> {
        self.validate_in_mode(ctx, "User")
    }

    /// `validate` for a pool of this `--mode` (az's spelling), which `--gateway-prefix-size`
    /// depends on.
    pub fn validate_in_mode(self, ctx: PoolContext, mode: &str) -> Result<PoolSettings> {
        check_node_counts(self.min_count, self.max_count)?;
        let priority = self
            .priority
            .as_deref()
            .map(|p| canonical_choice(p, PRIORITIES).unwrap_or("Regular"));
        if let Some(price) = self.spot_max_price.filter(|p| !p.is_nan()) {
            check_spot_max_price(price, priority)?;
        }
        let labels = self.labels.as_deref().map(parse_labels).transpose()?;
        let taints = self.taints.as_deref().map(parse_taints).transpose()?;
        if let Some(surge) = &self.max_surge {
            check_max_surge(surge)?;
        }
        if self
            .ppg
            .as_deref()
            .is_some_and(|p| !p.is_empty() && !is_valid_resource_id(p))
        {
            return Err(AzError::validation(
                "--ppg is not a valid Azure resource ID.",
            ));
        }
        let mut warnings = Vec::new();
        let os_sku = match self.os_sku.as_deref() {
            Some(sku) => {
                let all = if ctx == PoolContext::ClusterCreate {
                    OS_SKUS_CREATE
                } else {
                    OS_SKUS_ADD
                };
                let sku = canonical_choice(sku, all)
                    .ok_or_else(|| AzError::validation(format!("--os-sku '{sku}' is not valid")))?;
                warnings.extend(os_sku_warning(sku));
                Some(sku)
            }
            None => None,
        };
        let vm_set_type = vm_set_type(self.vm_set_type.as_deref())?;
        let features = self.features.validate(PoolContextFlags {
            os_type: self.os_type.as_deref(),
            mode,
            nodepool_add: ctx == PoolContext::NodepoolAdd,
        })?;
        let spot = (priority == Some("Spot")).then(|| Spot {
            eviction_policy: self
                .eviction_policy
                .as_deref()
                .and_then(|e| canonical_choice(e, EVICTION_POLICIES))
                .unwrap_or("Delete"),
            max_price: self.spot_max_price.filter(|p| !p.is_nan()),
        });
        Ok(PoolSettings {
            os_type_given: self.os_type.is_some(),
            os_type: self.os_type.unwrap_or_else(|| "Linux".to_string()),
            os_sku,
            zones: self.zones,
            max_pods: self.max_pods.filter(|&m| m != 0),
            osdisk_size: self.osdisk_size,
            osdisk_type: self
                .osdisk_type
                .as_deref()
                .and_then(|t| canonical_choice(t, OS_DISK_TYPES)),
            labels,
            taints,
            tags: self.tags.map(|t| parse_tags(&t)),
            enable_autoscaler: self.enable_autoscaler,
            min_count: self.min_count,
            max_count: self.max_count,
            max_surge: self.max_surge.filter(|s| !s.is_empty()),
            drain_timeout: self.drain_timeout.filter(|&d| d != 0),
            node_soak_duration: self.node_soak_duration.filter(|&d| d != 0),
            priority: priority.unwrap_or("Regular"),
            spot,
            vm_set_type,
            enable_encryption_at_host: self.enable_encryption_at_host,
            enable_ultra_ssd: self.enable_ultra_ssd,
            enable_fips_image: self.enable_fips_image,
            scale_down_mode: self
                .scale_down_mode
                .as_deref()
                .and_then(|m| canonical_choice(m, SCALE_DOWN_MODES)),
            ppg: self.ppg.filter(|p| !p.is_empty()),
            features,
            warnings,
        })
    }
}

impl PoolSettings {
    /// The autoscaler counts, when it is on (`check_decorator_rules` passed).
    pub fn autoscale(&self) -> Option<Autoscale> {
        match (self.enable_autoscaler, self.min_count, self.max_count) {
            (true, Some(min_count), Some(max_count)) => Some(Autoscale {
                min_count,
                max_count,
            }),
            _ => None,
        }
    }

    /// What az's decorator checks while it builds the pool, after its first reads (the pool
    /// list of `nodepool add`, the cluster and group of `aks create`): OS type against SKU,
    /// then the autoscaler counts.
    pub fn check_decorator_rules(
        &self,
        ctx: PoolContext,
        node_count: u32,
        mode: &str,
    ) -> Result<()> {
        if ctx == PoolContext::NodepoolAdd
            && self.os_type == "Linux"
            && self.os_sku.is_some_and(|s| WINDOWS_SKUS.contains(&s))
        {
            return Err(AzError::validation(
                "OS SKU is invalid for Linux OS Type. Please specify '--os-type Windows' for Windows SKUs",
            ));
        }
        check_autoscaler(
            self.enable_autoscaler,
            self.min_count,
            self.max_count,
            node_count,
            mode,
        )
    }
}

/// `__validate_counts_in_autoscaler` in create mode.
fn check_autoscaler(
    enable: bool,
    min: Option<i64>,
    max: Option<i64>,
    node_count: u32,
    mode: &str,
) -> Result<()> {
    if !enable {
        if min.is_some() || max.is_some() {
            return Err(AzError::validation(
                "min-count and max-count are required for --enable-cluster-autoscaler, please use the flag",
            ));
        }
        return Ok(());
    }
    let (Some(min_count), Some(max_count)) = (min, max) else {
        return Err(AzError::validation(
            "Please specify both min-count and max-count when --enable-cluster-autoscaler enabled",
        ));
    };
    if min_count > max_count {
        return Err(AzError::validation(
            "Value of min-count should be less than or equal to value of max-count",
        ));
    }
    let count = i64::from(node_count);
    if count < min_count || count > max_count {
        return Err(AzError::validation(
            "node-count is not in the range of min-count and max-count",
        ));
    }
    if mode == "System" && min_count < 1 {
        return Err(AzError::validation(
            "Value of min-count should be greater than or equal to 1 for System node pools",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn add(input: PoolSettingsInput) -> Result<PoolSettings> {
        let s = input.validate(PoolContext::NodepoolAdd)?;
        s.check_decorator_rules(PoolContext::NodepoolAdd, 3, "User")?;
        Ok(s)
    }

    fn err(input: PoolSettingsInput) -> String {
        add(input).unwrap_err().message
    }

    #[test]
    fn labels_as_az_checks_them() {
        let l = parse_labels(&v(&["a=b", "example.com/x=1", "", "a=c"])).unwrap();
        assert_eq!(
            l.0,
            vec![
                ("a".into(), "c".into()),
                ("example.com/x".into(), "1".into())
            ]
        );
        let e = |s: &str| parse_labels(&v(&[s])).unwrap_err().message;
        assert_eq!(
            e("a"),
            "Invalid label: a. Label definition must be of format name=value."
        );
        assert_eq!(
            e("a=b=c"),
            "Invalid label: a=b=c. Label definition must be of format name=value."
        );
        assert!(e("Bad_/x=1").contains("Prefix part a DNS-1123"));
        assert!(e("-x=1").contains("A qualified name must consist"));
        assert!(e("x=-1").contains("A valid label must be an empty string"));
        assert!(e(&format!("x={}", "a".repeat(64))).contains("must not be more than 63"));
        assert!(parse_labels(&v(&["x="])).is_ok());
    }

    #[test]
    fn taints_as_az_checks_them() {
        assert_eq!(
            parse_taints("k=v:NoSchedule,a.b/c=d:NoExecute").unwrap(),
            v(&["k=v:NoSchedule", "a.b/c=d:NoExecute"])
        );
        assert_eq!(parse_taints("").unwrap(), Vec::<String>::new());
        assert_eq!(
            parse_taints("k=v:Sometimes").unwrap_err().message,
            "Invalid node taint: k=v:Sometimes"
        );
        assert_eq!(
            parse_taints("k=v").unwrap_err().message,
            "Invalid node taint: k=v"
        );
    }

    #[test]
    fn autoscaler_rules() {
        let on = |min, max| PoolSettingsInput {
            enable_autoscaler: true,
            min_count: min,
            max_count: max,
            ..Default::default()
        };
        assert_eq!(
            add(on(Some(1), Some(5))).unwrap().autoscale(),
            Some(Autoscale {
                min_count: 1,
                max_count: 5
            })
        );
        assert!(err(on(Some(1), None)).starts_with("Please specify both min-count"));
        assert!(err(on(Some(5), Some(1))).starts_with("Value of min-count should be less"));
        assert_eq!(
            err(on(Some(4), Some(5))),
            "node-count is not in the range of min-count and max-count"
        );
        assert_eq!(
            err(on(Some(1), Some(1001))),
            "--max-count must be in the range [0,1000]"
        );
        assert!(
            on(Some(0), Some(5))
                .validate(PoolContext::ClusterCreate)
                .unwrap()
                .check_decorator_rules(PoolContext::ClusterCreate, 3, "System")
                .unwrap_err()
                .message
                .ends_with("for System node pools")
        );
        let off = PoolSettingsInput {
            min_count: Some(1),
            ..Default::default()
        };
        assert!(err(off).starts_with("min-count and max-count are required"));
    }

    #[test]
    fn spot_and_surge() {
        let spot = |price| PoolSettingsInput {
            priority: Some("spot".into()),
            spot_max_price: price,
            ..Default::default()
        };
        let s = add(spot(None)).unwrap();
        assert_eq!(s.priority, "Spot");
        assert_eq!(
            s.spot,
            Some(Spot {
                eviction_policy: "Delete",
                max_price: None
            })
        );
        assert!(add(spot(Some(-1.0))).is_ok());
        assert!(err(spot(Some(0.123456))).ends_with("up to 5 decimal places"));
        assert!(err(spot(Some(0.0))).starts_with("--spot_max_price can only be any decimal"));
        let regular = PoolSettingsInput {
            spot_max_price: Some(1.0),
            ..Default::default()
        };
        assert_eq!(
            err(regular),
            "--spot_max_price can only be set when --priority is Spot"
        );
        assert!(check_max_surge("33%").is_ok() && check_max_surge("3").is_ok());
        assert_eq!(
            check_max_surge("-1").unwrap_err().message,
            "--max-surge must be positive"
        );
        assert_eq!(
            check_max_surge("x%").unwrap_err().message,
            "--max-surge should be an int or percentage"
        );
    }

    #[test]
    fn os_and_vm_set_type() {
        let s = add(PoolSettingsInput {
            os_sku: Some("mariner".into()),
            vm_set_type: Some("virtualmachinescalesets".into()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(s.os_sku, Some("Mariner"));
        assert_eq!(s.vm_set_type, "VirtualMachineScaleSets");
        assert_eq!(s.warnings.len(), 1);
        assert!(
            err(PoolSettingsInput {
                os_sku: Some("Windows2022".into()),
                ..Default::default()
            })
            .starts_with("OS SKU is invalid for Linux OS Type.")
        );
        assert!(
            err(PoolSettingsInput {
                vm_set_type: Some("x".into()),
                ..Default::default()
            })
            .starts_with("--vm-set-type can only be")
        );
        assert_eq!(
            err(PoolSettingsInput {
                ppg: Some("x".into()),
                ..Default::default()
            }),
            "--ppg is not a valid Azure resource ID."
        );
    }
}
