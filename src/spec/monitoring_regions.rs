//! The default Log Analytics workspace's region and region code per cluster region, by cloud:
//! acs `addonconfiguration.py` of az 2.91 (`ensure_default_log_analytics_workspace_for_monitoring`).

/// (cloud name lower-cased, region map, code map, default region, default code).
pub type CloudRegions = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, &'static str)],
    &'static str,
    &'static str,
);

const AZURECLOUD_REGIONS: &[(&str, &str)] = &[
    ("australiacentral", "australiacentral"),
    ("australiacentral2", "australiacentral2"),
    ("australiaeast", "australiaeast"),
    ("australiasoutheast", "australiasoutheast"),
    ("brazilsouth", "brazilsouth"),
    ("brazilsoutheast", "brazilsoutheast"),
    ("canadacentral", "canadacentral"),
    ("canadaeast", "canadaeast"),
    ("centralus", "centralus"),
    ("centralindia", "centralindia"),
    ("eastasia", "eastasia"),
    ("eastus", "eastus"),
    ("eastus2", "eastus2"),
    ("francecentral", "francecentral"),
    ("francesouth", "francesouth"),
    ("germanywestcentral", "germanywestcentral"),
    ("germanynorth", "germanywestcentral"),
    ("japaneast", "japaneast"),
    ("japanwest", "japanwest"),
    ("jioindiacentral", "jioindiacentral"),
    ("jioindiawest", "jioindiawest"),
    ("koreacentral", "koreacentral"),
    ("koreasouth", "koreasouth"),
    ("northcentralus", "northcentralus"),
    ("northeurope", "northeurope"),
    ("norwayeast", "norwayeast"),
    ("norwaywest", "norwaywest"),
    ("qatarcentral", "qatarcentral"),
    ("southafricanorth", "southafricanorth"),
    ("southafricawest", "southafricanorth"),
    ("southcentralus", "southcentralus"),
    ("southeastasia", "southeastasia"),
    ("southindia", "southindia"),
    ("swedencentral", "swedencentral"),
    ("switzerlandnorth", "switzerlandnorth"),
    ("switzerlandwest", "switzerlandwest"),
    ("uaecentral", "uaecentral"),
    ("uaenorth", "uaenorth"),
    ("uksouth", "uksouth"),
    ("ukwest", "ukwest"),
    ("westcentralus", "westcentralus"),
    ("westeurope", "westeurope"),
    ("westindia", "centralindia"),
    ("westus", "westus"),
    ("westus2", "westus2"),
    ("westus3", "westus3"),
    ("eastus2euap", "eastus2euap"),
    ("centraluseuap", "eastus2euap"),
];
const AZURECLOUD_CODES: &[(&str, &str)] = &[
    ("australiasoutheast", "ASE"),
    ("australiaeast", "EAU"),
    ("australiacentral", "CAU"),
    ("australiacentral2", "CBR2"),
    ("brazilsouth", "CQ"),
    ("brazilsoutheast", "BRSE"),
    ("canadacentral", "CCA"),
    ("canadaeast", "YQ"),
    ("centralindia", "CID"),
    ("centralus", "CUS"),
    ("eastasia", "EA"),
    ("eastus", "EUS"),
    ("eastus2", "EUS2"),
    ("eastus2euap", "EAP"),
    ("francecentral", "PAR"),
    ("francesouth", "MRS"),
    ("germanywestcentral", "DEWC"),
    ("japaneast", "EJP"),
    ("japanwest", "OS"),
    ("jioindiacentral", "JINC"),
    ("jioindiawest", "JINW"),
    ("koreacentral", "SE"),
    ("koreasouth", "PS"),
    ("northcentralus", "NCUS"),
    ("northeurope", "NEU"),
    ("norwayeast", "NOE"),
    ("norwaywest", "NOW"),
    ("qatarcentral", "QAC"),
    ("southafricanorth", "JNB"),
    ("southcentralus", "SCUS"),
    ("southindia", "MA"),
    ("southeastasia", "SEA"),
    ("swedencentral", "SEC"),
    ("switzerlandnorth", "CHN"),
    ("switzerlandwest", "CHW"),
    ("uaecentral", "AUH"),
    ("uaenorth", "DXB"),
    ("uksouth", "SUK"),
    ("ukwest", "WUK"),
    ("usgovvirginia", "USGV"),
    ("westcentralus", "WCUS"),
    ("westeurope", "WEU"),
    ("westus", "WUS"),
    ("westus2", "WUS2"),
    ("westus3", "USW3"),
];
const AZURECHINA_REGIONS: &[(&str, &str)] = &[
    ("chinaeast", "chinaeast2"),
    ("chinaeast2", "chinaeast2"),
    ("chinanorth", "chinaeast2"),
    ("chinanorth2", "chinaeast2"),
];
const AZURECHINA_CODES: &[(&str, &str)] = &[
    ("chinaeast", "EAST2"),
    ("chinaeast2", "EAST2"),
    ("chinanorth", "EAST2"),
    ("chinanorth2", "EAST2"),
];
const AZUREFAIRFAX_REGIONS: &[(&str, &str)] = &[
    ("usgovvirginia", "usgovvirginia"),
    ("usgovtexas", "usgovvirginia"),
    ("usgovarizona", "usgovarizona"),
];
const AZUREFAIRFAX_CODES: &[(&str, &str)] = &[("usgovvirginia", "USGV"), ("usgovarizona", "PHX")];
const AZUREUSNAT_REGIONS: &[(&str, &str)] =
    &[("usnatwest", "usnatwest"), ("usnateast", "usnateast")];
const AZUREUSNAT_CODES: &[(&str, &str)] = &[("usnatwest", "USNW"), ("usnateast", "USNE")];
const AZUREUSSEC_REGIONS: &[(&str, &str)] =
    &[("usseceast", "usseceast"), ("ussecwest", "ussecwest")];
const AZUREUSSEC_CODES: &[(&str, &str)] = &[("usseceast", "USSE"), ("ussecwest", "USSW")];
const AZUREBLEU_REGIONS: &[(&str, &str)] = &[
    ("bleufrancecentral", "bleufrancecentral"),
    ("bleufrancesouth", "bleufrancesouth"),
];
const AZUREBLEU_CODES: &[(&str, &str)] =
    &[("bleufrancecentral", "BLEUC"), ("bleufrancesouth", "BLEUS")];
const AZUREDELOS_REGIONS: &[(&str, &str)] = &[
    ("deloscloudgermanycentral", "deloscloudgermanycentral"),
    ("deloscloudgermanynorth", "deloscloudgermanynorth"),
];
const AZUREDELOS_CODES: &[(&str, &str)] = &[
    ("deloscloudgermanycentral", "DELOSC"),
    ("deloscloudgermanynorth", "DELOSN"),
];
pub const CLOUDS: &[CloudRegions] = &[
    (
        "azurecloud",
        AZURECLOUD_REGIONS,
        AZURECLOUD_CODES,
        "eastus",
        "EUS",
    ),
    (
        "azurechinacloud",
        AZURECHINA_REGIONS,
        AZURECHINA_CODES,
        "chinaeast2",
        "EAST2",
    ),
    (
        "azureusgovernment",
        AZUREFAIRFAX_REGIONS,
        AZUREFAIRFAX_CODES,
        "usgovvirginia",
        "USGV",
    ),
    (
        "usnat",
        AZUREUSNAT_REGIONS,
        AZUREUSNAT_CODES,
        "usnatwest",
        "USNW",
    ),
    (
        "ussec",
        AZUREUSSEC_REGIONS,
        AZUREUSSEC_CODES,
        "ussecwest",
        "USSW",
    ),
    (
        "azurebleucloud",
        AZUREBLEU_REGIONS,
        AZUREBLEU_CODES,
        "bleufrancecentral",
        "BLEUC",
    ),
    (
        "azuredeloscloud",
        AZUREDELOS_REGIONS,
        AZUREDELOS_CODES,
        "deloscloudgermanycentral",
        "DELOSC",
    ),
];
