//! The SDK models az prints results as. Commands tag results with one of these names;
//! `output` shapes the wire JSON into the model's form (issue 5).

pub const RESOURCE_GROUP: &str = "ResourceGroup";
pub const MANAGED_CLUSTER: &str = "ManagedCluster";
pub const AGENT_POOL: &str = "AgentPool";
pub const PUBLIC_IP_PREFIX: &str = "PublicIPPrefix";
pub const PUBLIC_IP_ADDRESS: &str = "PublicIPAddress";
pub const APPLICATION_SECURITY_GROUP: &str = "ApplicationSecurityGroup";
pub const NETWORK_SECURITY_GROUP: &str = "NetworkSecurityGroup";
pub const SECURITY_RULE: &str = "SecurityRule";
pub const VIRTUAL_NETWORK: &str = "VirtualNetwork";
pub const SUBNET: &str = "Subnet";
pub const VIRTUAL_MACHINE_SCALE_SET: &str = "VirtualMachineScaleSet";
pub const FEATURE: &str = "FeatureResult";
pub const PROVIDER: &str = "Provider";
pub const RUN_COMMAND_RESULT: &str = "RunCommandResult";
pub const MACHINE: &str = "Machine";
