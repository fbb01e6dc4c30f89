//! The pool settings `aks nodepool update` changes: autoscaler, labels, taints, tags, mode,
//! upgrade settings, scale-down mode, OS SKU, FIPS. `validate` is az's argument validators;
//! `check_against` is what `AKSAgentPoolUpdateDecorator` checks once it has read the pool.

use super::pool_features::{PoolFeaturesUpdate, PoolFeaturesUpdateInput};
use super::pool_settings::{
    OS_SKUS_UPDATE, SCALE_DOWN_MODES, canonical_choice, check_max_surge, check_node_counts,
    parse_labels, parse_taints,
};
use super::tags::{Tags, parse_tags};
use crate::error::{AzError, Result};

/// The update flags as given (after clap).
#[derive(Debug, Clone, Default)]
pub struct PoolUpdateInput {
    pub enable_autoscaler: bool,
    pub disable_autoscaler: bool,
    pub update_autoscaler: bool,
    pub min_count: Option<i64>,
    pub max_count: Option<i64>,
    pub labels: Option<Vec<String>>,
    pub taints: Option<String>,
    pub tags: Option<Vec<String>>,
    /// Already one of `System | User | Gateway` (clap's choice), in az's spelling.
    pub mode: Option<&'static str>,
    pub max_surge: Option<String>,
    pub drain_timeout: Option<i64>,
    pub node_soak_duration: Option<i64>,
    pub scale_down_mode: Option<String>,
    pub os_sku: Option<String>,
    pub enable_fips_image: bool,
    pub disable_fips_image: bool,
    /// Max unavailable, undrainable nodes, GPU driver, security profile, artifact streaming,
    /// DRANET, local DNS (`pool_features`).
    pub features: PoolFeaturesUpdateInput,
}

/// What the autoscaler flags do to the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoscalerChange {
    /// `--enable-cluster-autoscaler` or `--update-cluster-autoscaler`.
    Set {
        min_count: i64,
        max_count: i64,
    },
    Disable,
}

/// The validated update settings. `None` everywhere: leave the pool's value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoolUpdate {
    pub enable_autoscaler: bool,
    pub disable_autoscaler: bool,
    pub update_autoscaler: bool,
    pub min_count: Option<i64>,
    pub max_count: Option<i64>,
    pub labels: Option<Tags>,
    pub taints: Option<Vec<String>>,
    pub tags: Option<Tags>,
    pub mode: Option<&'static str>,
    pub max_surge: Option<String>,
    pub drain_timeout: Option<i64>,
    pub node_soak_duration: Option<i64>,
    pub scale_down_mode: Option<&'static str>,
    pub os_sku: Option<&'static str>,
    pub enable_fips_image: bool,
    pub disable_fips_image: bool,
    pub features: PoolFeaturesUpdate,
}

/// After reading the pool: apply these, or stop as az does (a warning, exit 0, no PUT).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdatePlan {
    Apply(Option<AutoscalerChange>),
    StopWithWarning(String),
}

impl PoolUpdateInput {
    /// az's argument validators, in the order `aks nodepool update` registers them.
    pub fn validate(self) -> Result<PoolUpdate> {
        check_node_counts(self.min_count, self.max_count)?;
        let labels = self.labels.as_deref().map(parse_labels).transpose()?;
        let taints = self.taints.as_deref().map(parse_taints).transpose()?;
        if let Some(surge) = &self.max_surge {
            check_max_surge(surge)?;
        }
        let features = self.features.validate()?;
        Ok(PoolUpdate {
            enable_autoscaler: self.enable_autoscaler,
            disable_autoscaler: self.disable_autoscaler,
            update_autoscaler: self.update_autoscaler,
            min_count: self.min_count,
            max_count: self.max_count,
            labels,
            taints,
            tags: self.tags.map(|t| parse_tags(&t)),
            mode: self.mode,
            max_surge: self.max_surge.filter(|s| !s.is_empty()),
            drain_timeout: self.drain_timeout.filter(|&d| d != 0),
            node_soak_duration: self.node_soak_duration.filter(|&d| d != 0),
            scale_down_mode: self
                .scale_down_mode
                .as_deref()
                .and_then(|m| canonical_choice(m, SCALE_DOWN_MODES)),
            os_sku: self
                .os_sku
                .as_deref()
                .and_then(|s| canonical_choice(s, OS_SKUS_UPDATE)),
            enable_fips_image: self.enable_fips_image,
            disable_fips_image: self.disable_fips_image,
            features,
        })
    }
}

impl PoolUpdate {
    /// `get_update_enable_disable_cluster_autoscaler_and_min_max_count` and the FIPS flags'
    /// check, against the pool as read (`autoscaling_on`: its `enableAutoScaling`).
    pub fn check_against(&self, autoscaling_on: bool) -> Result<UpdatePlan> {
        let (enable, update, disable) = (
            self.enable_autoscaler,
            self.update_autoscaler,
            self.disable_autoscaler,
        );
        if u8::from(enable) + u8::from(update) + u8::from(disable) > 1 {
            return Err(AzError::validation(
                "Can only specify one of --enable-cluster-autoscaler, --update-cluster-autoscaler and --disable-cluster-autoscaler",
            ));
        }
        let set = if enable || update {
            let (Some(min_count), Some(max_count)) = (self.min_count, self.max_count) else {
                return Err(AzError::validation(
                    "Please specify both min-count and max-count when --enable-cluster-autoscaler enabled",
                ));
            };
            if min_count > max_count {
                return Err(AzError::validation(
                    "Value of min-count should be less than or equal to value of max-count",
                ));
            }
            if self.mode == Some("System") && min_count < 1 {
                return Err(AzError::validation(
                    "Value of min-count should be greater than or equal to 1 for System node pools",
                ));
            }
            Some(AutoscalerChange::Set {
                min_count,
                max_count,
            })
        } else {
            if self.min_count.is_some() || self.max_count.is_some() {
                return Err(AzError::validation(
                    "min-count and max-count are required for --enable-cluster-autoscaler or --update-cluster-autoscaler, please use the flag",
                ));
            }
            None
        };
        if enable && autoscaling_on {
            return Ok(UpdatePlan::StopWithWarning(
                "Cluster autoscaler is already enabled for this node pool.\nPlease run \"az aks --update-cluster-autoscaler\" if you want to update min-count or max-count.".into(),
            ));
        }
        if update && !autoscaling_on {
            return Err(AzError::validation(
                "Cluster autoscaler is not enabled for this node pool.\nRun \"az aks nodepool update --enable-cluster-autoscaler\" to enable cluster with min-count and max-count.",
            ));
        }
        if disable && !autoscaling_on {
            return Ok(UpdatePlan::StopWithWarning(
                "Cluster autoscaler is already disabled for this node pool.".into(),
            ));
        }
        if self.enable_fips_image && self.disable_fips_image {
            return Err(AzError::validation(
                "Cannot specify \"--enable-fips-image\" and \"--disable-fips-image\" at the same time",
            ));
        }
        self.features.check_pairs()?;
        Ok(UpdatePlan::Apply(if disable {
            Some(AutoscalerChange::Disable)
        } else {
            set
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upd(f: impl FnOnce(&mut PoolUpdateInput)) -> PoolUpdate {
        let mut i = PoolUpdateInput::default();
        f(&mut i);
        i.validate().unwrap()
    }

    #[test]
    fn autoscaler_flags_against_the_pool() {
        let enable = upd(|i| {
            i.enable_autoscaler = true;
            i.min_count = Some(1);
            i.max_count = Some(3);
        });
        assert_eq!(
            enable.check_against(false).unwrap(),
            UpdatePlan::Apply(Some(AutoscalerChange::Set {
                min_count: 1,
                max_count: 3
            }))
        );
        assert!(matches!(
            enable.check_against(true).unwrap(),
            UpdatePlan::StopWithWarning(w) if w.starts_with("Cluster autoscaler is already enabled")
        ));
        let update = upd(|i| {
            i.update_autoscaler = true;
            i.min_count = Some(1);
            i.max_count = Some(3);
        });
        assert!(
            update
                .check_against(false)
                .unwrap_err()
                .message
                .starts_with("Cluster autoscaler is not enabled")
        );
        let disable = upd(|i| i.disable_autoscaler = true);
        assert_eq!(
            disable.check_against(true).unwrap(),
            UpdatePlan::Apply(Some(AutoscalerChange::Disable))
        );
        assert!(matches!(
            disable.check_against(false).unwrap(),
            UpdatePlan::StopWithWarning(_)
        ));
        let both = upd(|i| {
            i.enable_autoscaler = true;
            i.disable_autoscaler = true;
        });
        assert!(
            both.check_against(true)
                .unwrap_err()
                .message
                .starts_with("Can only specify one of")
        );
        let counts_alone = upd(|i| i.min_count = Some(1));
        assert!(
            counts_alone
                .check_against(true)
                .unwrap_err()
                .message
                .ends_with("--update-cluster-autoscaler, please use the flag")
        );
        assert_eq!(
            upd(|i| i.labels = Some(vec![])).labels,
            Some(Tags::default()),
            "--labels with nothing clears them"
        );
    }
}
