
use builtin;
use str;

set edit:completion:arg-completer[azr] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'azr'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'azr'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand group 'Manage resource groups and template deployments'
            cand aks 'Manage Azure Kubernetes Services'
            cand network 'Manage Azure Network resources'
            cand vmss 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)'
            cand feature 'Manage resource provider features'
            cand provider 'Manage resource providers'
            cand cloud 'Manage registered Azure clouds'
            cand login 'Log in to Azure'
            cand logout 'Log out to remove access to Azure subscriptions'
            cand configure 'Manage Azure CLI configuration. This command is interactive'
            cand config 'Manage Azure CLI configuration'
            cand extension 'Manage and update CLI extensions'
            cand account 'Manage Azure subscription information'
            cand completion 'Print shell completions (bash, zsh, fish, powershell, elvish)'
            cand emulator 'Run the local ARM emulator as an HTTPS server'
            cand demo 'Run the AKS node public IP workflow against a fresh built-in emulator, step by step'
            cand cassette 'Manage the record/replay sessions of `AZR_CASSETTE` cassettes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;group'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a new resource group'
            cand show 'Gets a resource group'
            cand list 'List resource groups'
            cand delete 'Delete a resource group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;group;create'= {
            cand -n 'Name of the new resource group'
            cand --name 'Name of the new resource group'
            cand --resource-group 'Name of the new resource group'
            cand -l 'Location. Values from: `az account list-locations`'
            cand --location 'Location. Values from: `az account list-locations`'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags'
            cand --managed-by 'The ID of the resource that manages this resource group'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;group;show'= {
            cand -n 'Name of resource group'
            cand --name 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;group;list'= {
            cand --tag 'Filter by tag: key[=value]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;group;delete'= {
            cand -n 'Name of resource group'
            cand --name 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -f 'The resource types you want to force delete'
            cand --force-deletion-types 'The resource types you want to force delete'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;group;help'= {
            cand create 'Create a new resource group'
            cand show 'Gets a resource group'
            cand list 'List resource groups'
            cand delete 'Delete a resource group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;group;help;create'= {
        }
        &'azr;group;help;show'= {
        }
        &'azr;group;help;list'= {
        }
        &'azr;group;help;delete'= {
        }
        &'azr;group;help;help'= {
        }
        &'azr;aks'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand command 'See detail usage in ''az aks command invoke'', ''az aks command result'''
            cand hostport 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked'
            cand node-ips 'azr''s own: each node''s name, pool, public IP, the prefix it came from, its IP tags and the pool''s allowed host ports'
            cand create 'Create a new managed Kubernetes cluster'
            cand show 'Show the details for a managed Kubernetes cluster'
            cand list 'List managed Kubernetes clusters'
            cand delete 'Delete a managed Kubernetes Cluster'
            cand get-credentials 'Get access credentials for a managed Kubernetes cluster'
            cand scale 'Scale the node pool in a managed Kubernetes cluster'
            cand update 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state'
            cand nodepool 'Commands to manage node pools in Kubernetes kubernetes cluster'
            cand machine 'Get information about machines in a nodepool of a managed clusters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;command'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand invoke 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well'
            cand result 'Fetch result from previously triggered ''aks command invoke'''
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;command;invoke'= {
            cand -g 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --resource-group 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand -c 'Command or shell script you want to run'
            cand --command 'Command or shell script you want to run'
            cand -f 'Files to be used by the command, use ''.'' to attach the current folder'
            cand --file 'Files to be used by the command, use ''.'' to attach the current folder'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;command;result'= {
            cand -g 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --resource-group 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand -i 'commandId returned from ''aks command invoke'''
            cand --command-id 'commandId returned from ''aks command invoke'''
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;command;help'= {
            cand invoke 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well'
            cand result 'Fetch result from previously triggered ''aks command invoke'''
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;command;help;invoke'= {
        }
        &'azr;aks;command;help;result'= {
        }
        &'azr;aks;command;help;help'= {
        }
        &'azr;aks;hostport'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;hostport;check'= {
            cand -g 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --resource-group 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;hostport;help'= {
            cand check 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;hostport;help;check'= {
        }
        &'azr;aks;hostport;help;help'= {
        }
        &'azr;aks;node-ips'= {
            cand -g 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand --resource-group 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand --nodepool-name 'Only the nodes of this node pool'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;create'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand -l 'Location. Values from: `az account list-locations`. Defaults to the resource group''s'
            cand --location 'Location. Values from: `az account list-locations`. Defaults to the resource group''s'
            cand -k 'Version of Kubernetes to use for creating the cluster, such as "1.30.6" or "1.31"'
            cand --kubernetes-version 'Version of Kubernetes to use for creating the cluster, such as "1.30.6" or "1.31"'
            cand -p 'Prefix for hostnames that are created. If not specified, generate a hostname using the managed cluster and resource group names'
            cand --dns-name-prefix 'Prefix for hostnames that are created. If not specified, generate a hostname using the managed cluster and resource group names'
            cand -u 'User account to create on node VMs for SSH access'
            cand --admin-username 'User account to create on node VMs for SSH access'
            cand --ssh-key-value 'Public key path or key contents to install on node VMs for SSH access [default: ~/.ssh/id_rsa.pub]'
            cand --nodepool-name 'Node pool name, up to 12 alphanumeric characters'
            cand -c 'Number of nodes in the Kubernetes node pool'
            cand --node-count 'Number of nodes in the Kubernetes node pool'
            cand -s 'Size of Virtual Machines to create as Kubernetes nodes'
            cand --node-vm-size 'Size of Virtual Machines to create as Kubernetes nodes'
            cand --node-public-ip-prefix-id 'Public IP prefix ID used to assign public IPs to VMSS nodes'
            cand --node-public-ip-tags 'The ipTags of the node public IPs: key[=value] [key[=value] ...] (commas also separate)'
            cand --nodepool-allowed-host-ports 'Allowed host ports of the node pool: <port-range>/<protocol> ..., space- or comma-separated'
            cand --nodepool-asg-ids 'Application security group IDs of the node pool, space- or comma-separated'
            cand --vnet-subnet-id 'The ID of a subnet in an existing VNet into which to deploy the cluster'
            cand --pod-subnet-id 'The ID of a subnet in an existing VNet into which to assign pods in the cluster (requires azure network-plugin)'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags'
            cand -z 'Space-separated list of availability zones where agent nodes will be placed'
            cand --zones 'Space-separated list of availability zones where agent nodes will be placed'
            cand -m 'The maximum number of pods deployable to a node'
            cand --max-pods 'The maximum number of pods deployable to a node'
            cand --node-osdisk-size 'OS disk size in GiB of each node in the pool'
            cand --node-osdisk-type 'OS disk type to be used for machines in a given agent pool'
            cand --vm-set-type 'Agent pool vm set type. VirtualMachineScaleSets, AvailabilitySet or VirtualMachines'
            cand --ppg 'The ID of a PPG'
            cand --min-count 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified'
            cand --max-count 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified'
            cand --os-sku 'The OS SKU of the agent node pool. Ubuntu or AzureLinux'
            cand --nodepool-labels 'The node labels for all node pools in this cluster: space-separated key=value'
            cand --nodepool-taints 'The node taints for all node pools in this cluster: comma-separated key=value:effect'
            cand --nodepool-tags 'Space-separated tags of the node pool: key[=value] [key[=value] ...]'
            cand --kubelet-config 'Path to the JSON file of the kubelet configuration of the agent nodes'
            cand --linux-os-config 'Path to the JSON file of the OS configuration of Linux agent nodes'
            cand --message-of-the-day 'Path to a file whose content replaces the message of the day of Linux nodes'
            cand --workload-runtime 'The workload runtime to use on the node pool'
            cand --gpu-instance-profile 'GPU instance profile to partition multi-gpu Nvidia GPUs'
            cand --pod-ip-allocation-mode 'How pod IPs are allocated from the pod subnet'
            cand --host-group-id 'The fully qualified dedicated host group id used to provision the pool'
            cand --crg-id 'The capacity reservation group id used to provision the pool'
            cand --snapshot-id 'The source snapshot id used to create the pool'
            cand --vm-sizes 'Comma-separated VM sizes of a VirtualMachines pool (one size is accepted)'
            cand --network-plugin 'The Kubernetes network plugin to use'
            cand --network-plugin-mode 'The network plugin mode to use'
            cand --network-policy 'Network Policy Engine to use: azure, calico, cilium or none (lower case)'
            cand --network-dataplane 'The network dataplane to use'
            cand --pod-cidr 'A CIDR notation IP range from which to assign pod IPs when kubenet or overlay is used'
            cand --service-cidr 'A CIDR notation IP range from which to assign service cluster IPs'
            cand --dns-service-ip 'An IP address assigned to the Kubernetes DNS service'
            cand --load-balancer-sku 'Azure Load Balancer SKU selection for your cluster. basic or standard'
            cand --outbound-type 'How outbound traffic will be configured for a cluster'
            cand --load-balancer-managed-outbound-ip-count 'Load balancer managed outbound IP count'
            cand --tier 'Specify SKU tier for managed clusters'
            cand --node-resource-group 'The node resource group is the resource group where all customer''s resources will be created in'
            cand --auto-upgrade-channel 'Specify the upgrade channel for autoupgrade'
            cand --node-os-upgrade-channel 'Manner in which the OS on your nodes is updated'
            cand --image-cleaner-interval-hours 'ImageCleaner scanning interval in hours'
            cand --custom-ca-trust-certificates 'Path to file containing list of new line separated CAs'
            cand --ca-certs 'Path to file containing list of new line separated CAs'
            cand --k8s-support-plan 'Choose from "KubernetesOfficial" or "AKSLongTermSupport"'
            cand --nrg-lockdown-restriction-level 'Restriction level on the managed node resource group'
            cand --defender-config 'Path to JSON file containing Microsoft Defender profile configurations'
            cand --app-routing-default-nginx-controller 'Configure default nginx ingress controller type'
            cand --ardnc 'Configure default nginx ingress controller type'
            cand --revision 'Azure Service Mesh revision to install'
            cand --aad-tenant-id 'The ID of an Azure Active Directory tenant'
            cand --aad-admin-group-object-ids 'Comma-separated list of aad group object IDs that will be set as cluster admin'
            cand --assign-identity 'Specify an existing user assigned identity for control plane''s usage in order to manage cluster resource group'
            cand --azure-keyvault-kms-key-id 'Identifier of Azure Key Vault key'
            cand --azure-keyvault-kms-key-vault-network-access 'Network Access of Azure Key Vault'
            cand --azure-keyvault-kms-key-vault-resource-id 'Resource ID of Azure Key Vault'
            cand -d 'ResourceId of the disk encryption set to use for enabling encryption at rest on agent node os disk'
            cand --node-osdisk-diskencryptionset-id 'ResourceId of the disk encryption set to use for enabling encryption at rest on agent node os disk'
            cand --service-principal 'Service principal used for authentication to Azure APIs'
            cand --client-secret 'Secret associated with the service principal. This argument is required if `--service-principal` is specified'
            cand --windows-admin-username 'User account to create on windows node VMs'
            cand --windows-admin-password 'User account password to use on windows node VMs'
            cand --gmsa-dns-server 'Specify DNS server for Windows gmsa for this cluster'
            cand --gmsa-root-domain-name 'Specify root domain name for Windows gmsa for this cluster'
            cand -a 'Enable the Kubernetes addons in a comma-separated list'
            cand --enable-addons 'Enable the Kubernetes addons in a comma-separated list'
            cand --workspace-resource-id 'The resource ID of an existing Log Analytics Workspace to use for storing monitoring data'
            cand --enable-msi-auth-for-monitoring 'Send monitoring data to Log Analytics using the cluster''s assigned identity'
            cand --enable-syslog 'Enable syslog data collection for the Monitoring addon'
            cand --data-collection-settings 'Path to JSON file containing data collection settings for the Monitoring addon'
            cand --enable-high-log-scale-mode 'Enable High Log Scale Mode for Container Logs'
            cand --ampls-resource-id 'Resource ID of Azure Monitor Private Link scope for Monitoring Addon'
            cand --aci-subnet-name 'The name of a subnet in an existing VNet into which to deploy the virtual nodes'
            cand --appgw-name 'Name of the application gateway to create/use in the node resource group'
            cand --appgw-subnet-cidr 'Subnet CIDR to use for a new subnet created to deploy the Application Gateway'
            cand --appgw-id 'Resource Id of an existing Application Gateway to use with AGIC'
            cand --appgw-subnet-id 'Resource Id of an existing Subnet used to deploy the Application Gateway'
            cand --appgw-watch-namespace 'Specify the namespace, which AGIC should watch'
            cand --rotation-poll-interval 'Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon'
            cand --cluster-autoscaler-profile 'Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty string to clear the profile'
            cand --http-proxy-config 'HTTP Proxy configuration for this cluster: the path of a JSON file'
            cand --bootstrap-artifact-source 'Configure artifact source when bootstraping the cluster'
            cand --bootstrap-container-registry-resource-id 'Configure container registry resource ID'
            cand --node-provisioning-mode 'Set the node provisioning mode of the cluster'
            cand --node-provisioning-default-pools 'The set of default Karpenter NodePools configured for node provisioning'
            cand --assign-kubelet-identity 'Use a user-assigned managed identity as the kubelet identity'
            cand --sku 'Specify the name of the cluster''s SKU (`base` or `automatic`)'
            cand --docker-bridge-address 'Deprecated: accepted and ignored, as az does'
            cand --fqdn-subdomain 'Prefix for the FQDN of a private cluster with a custom private DNS zone'
            cand --load-balancer-managed-outbound-ipv6-count 'Load balancer managed outbound IPv6 IP count'
            cand --load-balancer-outbound-ips 'Load balancer outbound IP resource IDs, comma-separated'
            cand --load-balancer-outbound-ip-prefixes 'Load balancer outbound IP prefix resource IDs, comma-separated'
            cand --load-balancer-outbound-ports 'Load balancer outbound allocated ports'
            cand --load-balancer-idle-timeout 'Load balancer idle timeout in minutes'
            cand --load-balancer-backend-pool-type 'Load balancer backend pool type'
            cand --nat-gateway-managed-outbound-ip-count 'NAT gateway managed outbound IP count'
            cand --nat-gateway-managed-outbound-ipv6-count 'NAT gateway managed outbound IPv6 count'
            cand --nat-gateway-idle-timeout 'NAT gateway idle timeout in minutes'
            cand --outbound-type-sku 'SKU of the managed NAT Gateway (Standard or StandardV2)'
            cand --nat-gateway-outbound-ips 'Comma-separated public IP resource IDs for the cluster NAT gateway'
            cand --nat-gateway-outbound-ip-prefixes 'Comma-separated public IP prefix resource IDs for the cluster NAT gateway'
            cand --ip-families 'A comma-separated list of IP versions to use for cluster networking'
            cand --pod-cidrs 'A comma-separated list of CIDR notation IP ranges from which to assign pod IPs'
            cand --service-cidrs 'A comma-separated list of CIDR notation IP ranges from which to assign service cluster IPs'
            cand --api-server-authorized-ip-ranges 'Comma-separated list of authorized apiserver IP ranges'
            cand --private-dns-zone 'Private dns zone mode for private cluster'
            cand --apiserver-subnet-id 'The ID of a subnet in an existing VNet into which to assign control plane apiserver pods'
            cand --edge-zone 'The name of edge zone'
            cand --attach-acr 'Grant the ''acrpull'' role assignment to the ACR specified by name or resource ID'
            cand --acns-advanced-networkpolicies 'Allow advanced network policies: None, FQDN or L7'
            cand --acns-datapath-acceleration-mode 'The datapath acceleration mode: BpfVeth or None'
            cand --acns-transit-encryption-type 'The transit encryption type: WireGuard or None'
            cand --enable-azure-container-storage 'Enable azure container storage, alone or with storage pool types'
            cand --container-storage-version 'Set azure container storage version'
            cand --storage-pool-name 'Set storage pool name for azure container storage'
            cand --storage-pool-size 'Set storage pool size for azure container storage'
            cand --storage-pool-sku 'Set azure disk type storage pool sku for azure container storage'
            cand --ephemeral-disk-volume-type 'Set ephemeral disk volume type for azure container storage. Read by version 1 only (`spec::cluster_storage_v1`); the latest version''s path never looks at it, in az as in azr'
            cand --ephemeral-disk-nvme-perf-tier 'Set ephemeral disk NVMe performance tier for azure container storage (version 1 only, as `--ephemeral-disk-volume-type`)'
            cand --storage-pool-option 'Set ephemeral disk storage pool option for azure container storage'
            cand --azure-monitor-workspace-resource-id 'Resource ID of the Azure Monitor Workspace'
            cand --ksm-metric-labels-allow-list 'Comma-separated list of additional Kubernetes label keys for kube-state-metrics'
            cand --ksm-metric-annotations-allow-list 'Comma-separated list of Kubernetes annotation keys for kube-state-metrics'
            cand --grafana-resource-id 'Resource ID of the Azure Managed Grafana Workspace'
            cand --syslog-port 'TCP port that the Azure Monitor agent listens on for syslog data'
            cand --opentelemetry-metrics-port-http 'HTTP/protobuf port for the OpenTelemetry metrics receiver'
            cand --opentelemetry-metrics-port-grpc 'GRPC port for the OpenTelemetry metrics receiver'
            cand --opentelemetry-logs-traces-port-http 'HTTP/protobuf port for the OpenTelemetry logs and traces receiver'
            cand --opentelemetry-logs-traces-port-grpc 'GRPC port for the OpenTelemetry logs and traces receiver'
            cand --system-node-subnet-id 'The subnet of the hosted system nodes, in the user''s own virtual network'
            cand --node-subnet-id 'The subnet of the user''s nodes, in the same virtual network'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --generate-ssh-keys 'Generate SSH public and private key files if missing. The keys will be stored in the ~/.ssh directory'
            cand -x 'Do not use or create a local SSH key'
            cand --no-ssh-key 'Do not use or create a local SSH key'
            cand --enable-node-public-ip 'Enable VMSS node public IP'
            cand --skip-subnet-role-assignment 'Skip role assignment for subnet (advanced networking)'
            cand --enable-encryption-at-host 'Enable EncryptionAtHost, default value is false'
            cand --enable-ultra-ssd 'Enable UltraSSD, default value is false'
            cand --enable-fips-image 'Use FIPS-enabled OS on agent nodes'
            cand --enable-cluster-autoscaler 'Enable cluster autoscaler, default value is false'
            cand --enable-vtpm 'Enable vTPM on the pool'
            cand --enable-secure-boot 'Enable Secure Boot on the pool'
            cand --enable-managed-identity 'Using a system assigned managed identity to manage cluster resource group'
            cand --enable-oidc-issuer 'Enable OIDC issuer'
            cand --enable-workload-identity 'Enable workload identity addon'
            cand --enable-aad 'Enable managed AAD feature for cluster'
            cand --enable-azure-rbac 'Enable Azure RBAC to control authorization checks on cluster'
            cand --disable-local-accounts 'If set to true, getting static credentials will be disabled for this cluster'
            cand --enable-app-routing-istio 'Enable Gateway API based ingress on App Routing via Istio'
            cand --enable-ari 'Enable Gateway API based ingress on App Routing via Istio'
            cand --enable-gateway-api 'Enable managed installation of Gateway API CRDs from the standard release channel'
            cand --enable-keda 'Enable KEDA workload auto-scaler'
            cand --enable-vpa 'Enable vertical pod autoscaler for cluster'
            cand --enable-cost-analysis 'Enable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views'
            cand --enable-ai-toolchain-operator 'Enable AI toolchain operator to the cluster'
            cand --enable-image-cleaner 'Enable ImageCleaner Service'
            cand --disable-run-command 'Disable run command feature for the cluster'
            cand --enable-defender 'Enable Microsoft Defender security profile'
            cand --enable-azure-monitor-app-monitoring 'Enable Azure Monitor Application Monitoring (auto-instrumentation)'
            cand --enable-app-routing 'Enable Application Routing addon'
            cand --enable-azure-service-mesh 'Enable Azure Service Mesh'
            cand --enable-asm 'Enable Azure Service Mesh'
            cand --disable-rbac 'Disable Kubernetes Role-Based Access Control'
            cand --enable-azure-keyvault-kms 'Enable Azure KeyVault Key Management Service'
            cand --enable-ahub 'Enable Azure Hybrid User Benefits (AHUB) for Windows VMs'
            cand --enable-windows-gmsa 'Enable Windows gmsa'
            cand --enable-sgxquotehelper 'Enable SGX quote helper for the confcom addon'
            cand --enable-secret-rotation 'Enable secret rotation. Use with the azure-keyvault-secrets-provider addon'
            cand --disable-disk-driver 'Disable AzureDisk CSI Driver'
            cand --disable-file-driver 'Disable AzureFile CSI Driver'
            cand --enable-blob-driver 'Enable AzureBlob CSI Driver'
            cand --disable-snapshot-controller 'Disable CSI Snapshot Controller'
            cand --enable-upstream-kubescheduler-user-configuration 'Enable user-defined scheduler configuration for kube-scheduler upstream'
            cand --enable-private-cluster 'Enable private cluster'
            cand --disable-public-fqdn 'Disable public fqdn feature for private cluster'
            cand --enable-apiserver-vnet-integration 'Enable integration of user vnet with control plane apiserver pods'
            cand --enable-static-egress-gateway 'Enable Static Egress Gateway addon to the cluster'
            cand --enable-acns 'Enable advanced network functionalities on a cluster'
            cand --disable-acns-observability 'Used to disable advanced networking observability features'
            cand --disable-acns-security 'Used to disable advanced networking security features'
            cand --enable-azure-monitor-metrics 'Enable Azure Monitor Metrics Profile'
            cand --enable-windows-recording-rules 'Enable Windows Recording Rules when enabling the Azure Monitor Metrics addon'
            cand --enable-control-plane-metrics 'Enable control plane metrics (needs Azure Monitor metrics)'
            cand --enable-azure-monitor-logs 'Enable Azure Monitor logs (Container Insights) on the Azure Monitor profile'
            cand --enable-prometheus-metrics-scraping 'Enable Prometheus metrics scraping by the Container Insights agent'
            cand --disable-prometheus-metrics-scraping 'Disable Prometheus metrics scraping by the Container Insights agent'
            cand --enable-opentelemetry-metrics 'Enable the OpenTelemetry metrics receiver (needs Azure Monitor metrics)'
            cand --disable-opentelemetry-metrics 'Disable the OpenTelemetry metrics receiver'
            cand --enable-opentelemetry-logs-traces 'Enable the OpenTelemetry logs and traces receiver'
            cand --disable-opentelemetry-logs-traces 'Disable the OpenTelemetry logs and traces receiver'
            cand --enable-container-network-logs 'Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane)'
            cand --enable-hosted-system 'Let AKS run the system node pool (Automatic clusters only)'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;list'= {
            cand -g 'Name of resource group. Without it, every cluster of the subscription'
            cand --resource-group 'Name of resource group. Without it, every cluster of the subscription'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;get-credentials'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand --context 'If specified, overwrite the default context name. The `--admin` parameter takes precedence over `--context`'
            cand -f 'Kubernetes configuration file to update. Use "-" to print YAML to stdout instead [default: ~/.kube/config]'
            cand --file 'Kubernetes configuration file to update. Use "-" to print YAML to stdout instead [default: ~/.kube/config]'
            cand --format 'Specify the format of returned credential. Available values are ["exec", "azure"]. Only take effect when requesting clusterUser credential of AAD clusters'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -a 'Get cluster administrator credentials'
            cand --admin 'Get cluster administrator credentials'
            cand --overwrite-existing 'Overwrite any existing cluster entry with the same name'
            cand --public-fqdn 'Get private cluster credential with server address to be public fqdn'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;scale'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand -c 'Number of nodes in the Kubernetes node pool'
            cand --node-count 'Number of nodes in the Kubernetes node pool'
            cand --nodepool-name 'Node pool name, up to 12 alphanumeric characters'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;update'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'Name of the managed cluster'
            cand --name 'Name of the managed cluster'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags'
            cand --tier 'Specify SKU tier for managed clusters'
            cand --auto-upgrade-channel 'Specify the upgrade channel for autoupgrade'
            cand --node-os-upgrade-channel 'Manner in which the OS on your nodes is updated. It could be NodeImage, None, SecurityPatch or Unmanaged (az sends the value as given; AKS checks it)'
            cand --min-count 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified. Please specify the value in the range of [0, 1000]'
            cand --max-count 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified. Please specify the value in the range of [0, 1000]'
            cand --aks-custom-headers 'Send custom headers. When specified, format should be Key1=Value1,Key2=Value2'
            cand --image-cleaner-interval-hours 'ImageCleaner scanning interval in hours'
            cand --custom-ca-trust-certificates 'Path to file containing list of new line separated CAs'
            cand --ca-certs 'Path to file containing list of new line separated CAs'
            cand --k8s-support-plan 'Choose from "KubernetesOfficial" or "AKSLongTermSupport"'
            cand --nrg-lockdown-restriction-level 'Restriction level on the managed node resource group'
            cand --defender-config 'Path to JSON file containing Microsoft Defender profile configurations'
            cand --aad-tenant-id 'The ID of an Azure Active Directory tenant'
            cand --aad-admin-group-object-ids 'Comma-separated list of aad group object IDs that will be set as cluster admin'
            cand --assign-identity 'Specify an existing user assigned identity to manage cluster resource group'
            cand --azure-keyvault-kms-key-id 'Identifier of Azure Key Vault key'
            cand --azure-keyvault-kms-key-vault-network-access 'Network Access of Azure Key Vault'
            cand --azure-keyvault-kms-key-vault-resource-id 'Resource ID of Azure Key Vault'
            cand --windows-admin-password 'User account password to use on windows node VMs'
            cand --gmsa-dns-server 'Specify DNS server for Windows gmsa for this cluster'
            cand --gmsa-root-domain-name 'Specify root domain name for Windows gmsa for this cluster'
            cand --rotation-poll-interval 'Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon'
            cand --cluster-autoscaler-profile 'Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty string to clear the profile'
            cand --http-proxy-config 'HTTP Proxy configuration for this cluster: the path of a JSON file'
            cand --upgrade-override-until 'Until when the cluster upgradeSettings overrides are effective'
            cand --nodepool-labels 'The node labels for all node pools in this cluster: space-separated key=value'
            cand --nodepool-taints 'The node taints for all node pools in this cluster: comma-separated key=value:effect'
            cand --bootstrap-artifact-source 'Configure artifact source when bootstraping the cluster'
            cand --bootstrap-container-registry-resource-id 'Configure container registry resource ID'
            cand --node-provisioning-mode 'Set the node provisioning mode of the cluster'
            cand --node-provisioning-default-pools 'The set of default Karpenter NodePools configured for node provisioning'
            cand --assign-kubelet-identity 'Use a user-assigned managed identity as the kubelet identity'
            cand --sku 'Specify the name of the cluster''s SKU (`base` or `automatic`)'
            cand --ip-families 'A comma-separated list of IP versions to use for cluster networking'
            cand --network-plugin 'The Kubernetes network plugin to use'
            cand --network-plugin-mode 'The network plugin mode to use'
            cand --network-dataplane 'The network dataplane to use'
            cand --network-policy 'The network policy to use'
            cand --pod-cidr 'Update the pod CIDR for a cluster'
            cand --load-balancer-managed-outbound-ip-count 'Load balancer managed outbound IP count'
            cand --load-balancer-managed-outbound-ipv6-count 'Load balancer managed outbound IPv6 IP count'
            cand --load-balancer-outbound-ips 'Load balancer outbound IP resource IDs, comma-separated'
            cand --load-balancer-outbound-ip-prefixes 'Load balancer outbound IP prefix resource IDs, comma-separated'
            cand --load-balancer-outbound-ports 'Load balancer outbound allocated ports'
            cand --load-balancer-idle-timeout 'Load balancer idle timeout in minutes'
            cand --load-balancer-backend-pool-type 'Load balancer backend pool type'
            cand --load-balancer-sku 'Azure Load Balancer SKU selection for your cluster. Only standard is accepted'
            cand --outbound-type 'How outbound traffic will be configured for a cluster'
            cand --nat-gateway-managed-outbound-ip-count 'NAT gateway managed outbound IP count'
            cand --nat-gateway-managed-outbound-ipv6-count 'NAT gateway managed outbound IPv6 count'
            cand --nat-gateway-idle-timeout 'NAT gateway idle timeout in minutes'
            cand --outbound-type-sku 'SKU of the managed NAT Gateway (Standard or StandardV2)'
            cand --nat-gateway-outbound-ips 'Comma-separated public IP resource IDs for the cluster NAT gateway'
            cand --nat-gateway-outbound-ip-prefixes 'Comma-separated public IP prefix resource IDs for the cluster NAT gateway'
            cand --api-server-authorized-ip-ranges 'Comma-separated list of authorized apiserver IP ranges. Set to "" to allow all traffic'
            cand --private-dns-zone 'The private dns zone mode for private cluster'
            cand --apiserver-subnet-id 'The ID of a subnet in an existing VNet into which to assign control plane apiserver pods'
            cand --attach-acr 'Grant the ''acrpull'' role assignment to the ACR specified by name or resource ID'
            cand --detach-acr 'Disable the ''acrpull'' role assignment to the ACR specified by name or resource ID'
            cand -t 'The principal type of the AcrPull assignment: User, Group or ServicePrincipal'
            cand --assignee-principal-type 'The principal type of the AcrPull assignment: User, Group or ServicePrincipal'
            cand --acns-advanced-networkpolicies 'Allow advanced network policies: None, FQDN or L7'
            cand --acns-datapath-acceleration-mode 'The datapath acceleration mode: BpfVeth or None'
            cand --acns-transit-encryption-type 'The transit encryption type: WireGuard or None'
            cand --enable-azure-container-storage 'Enable azure container storage, alone or with storage pool types'
            cand --container-storage-version 'Set azure container storage version'
            cand --storage-pool-name 'Set storage pool name for azure container storage'
            cand --storage-pool-size 'Set storage pool size for azure container storage'
            cand --storage-pool-sku 'Set azure disk type storage pool sku for azure container storage'
            cand --ephemeral-disk-volume-type 'Set ephemeral disk volume type for azure container storage. Read by version 1 only (`spec::cluster_storage_v1`); the latest version''s path never looks at it, in az as in azr'
            cand --ephemeral-disk-nvme-perf-tier 'Set ephemeral disk NVMe performance tier for azure container storage (version 1 only, as `--ephemeral-disk-volume-type`)'
            cand --disable-azure-container-storage 'Disable azure container storage or some of its storage pool types'
            cand --azure-container-storage-nodepools 'The comma-separated node pools to install azure container storage on (version 1 only, as `--ephemeral-disk-volume-type`)'
            cand --storage-pool-option 'Set ephemeral disk storage pool option for azure container storage'
            cand --azure-monitor-workspace-resource-id 'Resource ID of the Azure Monitor Workspace'
            cand --ksm-metric-labels-allow-list 'Comma-separated list of additional Kubernetes label keys for kube-state-metrics'
            cand --ksm-metric-annotations-allow-list 'Comma-separated list of Kubernetes annotation keys for kube-state-metrics'
            cand --grafana-resource-id 'Resource ID of the Azure Managed Grafana Workspace'
            cand --syslog-port 'TCP port that the Azure Monitor agent listens on for syslog data'
            cand --opentelemetry-metrics-port-http 'HTTP/protobuf port for the OpenTelemetry metrics receiver'
            cand --opentelemetry-metrics-port-grpc 'GRPC port for the OpenTelemetry metrics receiver'
            cand --opentelemetry-logs-traces-port-http 'HTTP/protobuf port for the OpenTelemetry logs and traces receiver'
            cand --opentelemetry-logs-traces-port-grpc 'GRPC port for the OpenTelemetry logs and traces receiver'
            cand --workspace-resource-id 'The resource ID of an existing Log Analytics Workspace to use for storing monitoring data'
            cand --enable-high-log-scale-mode 'Enable High Log Scale Mode for Container Logs'
            cand --enable-syslog 'Enable syslog data collection for Azure Monitor logs'
            cand --data-collection-settings 'Path to JSON file containing data collection settings for Azure Monitor logs'
            cand --ampls-resource-id 'Resource ID of Azure Monitor Private Link scope for Monitoring Addon'
            cand --enable-msi-auth-for-monitoring 'Send monitoring data to Log Analytics using the cluster''s assigned identity'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -e 'Enable cluster autoscaler'
            cand --enable-cluster-autoscaler 'Enable cluster autoscaler'
            cand -d 'Disable cluster autoscaler'
            cand --disable-cluster-autoscaler 'Disable cluster autoscaler'
            cand -u 'Update min-count or max-count for cluster autoscaler'
            cand --update-cluster-autoscaler 'Update min-count or max-count for cluster autoscaler'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --enable-app-routing-istio 'Enable Gateway API based ingress on App Routing via Istio'
            cand --enable-ari 'Enable Gateway API based ingress on App Routing via Istio'
            cand --enable-gateway-api 'Enable managed installation of Gateway API CRDs from the standard release channel'
            cand --enable-keda 'Enable KEDA workload auto-scaler'
            cand --enable-vpa 'Enable vertical pod autoscaler for cluster'
            cand --enable-cost-analysis 'Enable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views'
            cand --enable-ai-toolchain-operator 'Enable AI toolchain operator to the cluster'
            cand --enable-image-cleaner 'Enable ImageCleaner Service'
            cand --disable-run-command 'Disable run command feature for the cluster'
            cand --enable-defender 'Enable Microsoft Defender security profile'
            cand --enable-azure-monitor-app-monitoring 'Enable Azure Monitor Application Monitoring (auto-instrumentation)'
            cand --disable-app-routing-istio 'Disable Gateway API based ingress on App Routing via Istio'
            cand --disable-ari 'Disable Gateway API based ingress on App Routing via Istio'
            cand --disable-gateway-api 'Disable managed installation of Gateway API CRDs'
            cand --disable-keda 'Disable KEDA workload auto-scaler'
            cand --disable-vpa 'Disable vertical pod autoscaler for cluster'
            cand --disable-cost-analysis 'Disable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views'
            cand --disable-ai-toolchain-operator 'Disable AI toolchain operator'
            cand --disable-image-cleaner 'Disable ImageCleaner Service'
            cand --enable-run-command 'Enable run command feature for the cluster'
            cand --disable-defender 'Disable defender profile'
            cand --disable-azure-monitor-app-monitoring 'Disable Azure Monitor Application Monitoring'
            cand --enable-aad 'Enable managed AAD feature for cluster'
            cand --enable-azure-rbac 'Enable Azure RBAC to control authorization checks on cluster'
            cand --disable-azure-rbac 'Disable Azure RBAC to control authorization checks on cluster'
            cand --disable-local-accounts 'If set to true, getting static credentials will be disabled for this cluster'
            cand --enable-local-accounts 'If set to true, will enable getting static credential for this cluster'
            cand --enable-oidc-issuer 'Enable OIDC issuer'
            cand --enable-workload-identity 'Enable workload identity addon'
            cand --disable-workload-identity 'Disable workload identity addon'
            cand --enable-managed-identity 'Update current cluster to use managed identity to manage cluster resource group'
            cand --enable-azure-keyvault-kms 'Enable Azure KeyVault Key Management Service'
            cand --disable-azure-keyvault-kms 'Disable Azure KeyVault Key Management Service'
            cand --enable-ahub 'Enable Azure Hybrid User Benefits (AHUB) feature for cluster'
            cand --disable-ahub 'Disable Azure Hybrid User Benefits (AHUB) feature for cluster'
            cand --enable-windows-gmsa 'Enable Windows gmsa'
            cand --disable-windows-gmsa 'Disable Windows gmsa on cluster'
            cand --enable-secret-rotation 'Enable secret rotation. Use with the azure-keyvault-secrets-provider addon'
            cand --disable-secret-rotation 'Disable secret rotation. Use with the azure-keyvault-secrets-provider addon'
            cand --enable-disk-driver 'Enable AzureDisk CSI Driver'
            cand --disable-disk-driver 'Disable AzureDisk CSI Driver'
            cand --enable-file-driver 'Enable AzureFile CSI Driver'
            cand --disable-file-driver 'Disable AzureFile CSI Driver'
            cand --enable-blob-driver 'Enable AzureBlob CSI Driver'
            cand --disable-blob-driver 'Disable AzureBlob CSI Driver'
            cand --enable-snapshot-controller 'Enable Snapshot Controller'
            cand --disable-snapshot-controller 'Disable CSI Snapshot Controller'
            cand --disable-http-proxy 'Disable HTTP Proxy Configuration on the cluster'
            cand --enable-http-proxy 'Enable HTTP Proxy Configuration on the cluster'
            cand --enable-force-upgrade 'Enable forceUpgrade cluster upgrade settings override'
            cand --disable-force-upgrade 'Disable forceUpgrade cluster upgrade settings override'
            cand --enable-upstream-kubescheduler-user-configuration 'Enable user-defined scheduler configuration for kube-scheduler upstream'
            cand --disable-upstream-kubescheduler-user-configuration 'Disable user-defined scheduler configuration for kube-scheduler upstream'
            cand --migrate-vmas-to-vms 'Migrate a VMAS cluster''s pool to the VirtualMachines type'
            cand --enable-public-fqdn 'Enable public fqdn feature for private cluster'
            cand --disable-public-fqdn 'Disable public fqdn feature for private cluster'
            cand --enable-apiserver-vnet-integration 'Enable integration of user vnet with control plane apiserver pods'
            cand --enable-private-cluster 'Enable private cluster for apiserver vnet integration cluster'
            cand --disable-private-cluster 'Disable private cluster for apiserver vnet integration cluster'
            cand --enable-static-egress-gateway 'Enable Static Egress Gateway addon to the cluster'
            cand --disable-static-egress-gateway 'Disable Static Egress Gateway addon to the cluster'
            cand --enable-acns 'Enable advanced network functionalities on a cluster'
            cand --disable-acns-observability 'Used to disable advanced networking observability features'
            cand --disable-acns-security 'Used to disable advanced networking security features'
            cand --disable-acns 'Disable all advanced networking functionalities on a cluster'
            cand --enable-azure-monitor-metrics 'Enable Azure Monitor Metrics Profile'
            cand --enable-windows-recording-rules 'Enable Windows Recording Rules when enabling the Azure Monitor Metrics addon'
            cand --enable-control-plane-metrics 'Enable control plane metrics (needs Azure Monitor metrics)'
            cand --disable-azure-monitor-metrics 'Disable Azure Monitor Metrics Profile'
            cand --disable-control-plane-metrics 'Disable control plane metrics'
            cand --enable-azure-monitor-logs 'Enable Azure Monitor logs (Container Insights) on the Azure Monitor profile'
            cand --enable-prometheus-metrics-scraping 'Enable Prometheus metrics scraping by the Container Insights agent'
            cand --disable-prometheus-metrics-scraping 'Disable Prometheus metrics scraping by the Container Insights agent'
            cand --enable-opentelemetry-metrics 'Enable the OpenTelemetry metrics receiver (needs Azure Monitor metrics)'
            cand --disable-opentelemetry-metrics 'Disable the OpenTelemetry metrics receiver'
            cand --enable-opentelemetry-logs-traces 'Enable the OpenTelemetry logs and traces receiver'
            cand --disable-opentelemetry-logs-traces 'Disable the OpenTelemetry logs and traces receiver'
            cand --disable-azure-monitor-logs 'Disable Azure Monitor logs (Container Insights)'
            cand --enable-container-network-logs 'Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane)'
            cand --disable-container-network-logs 'Disable container network logs'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;nodepool'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a node pool to the managed Kubernetes cluster'
            cand update 'Update a node pool properties'
            cand show 'Show the details for a node pool in the managed Kubernetes cluster'
            cand list 'List node pools in the managed Kubernetes cluster'
            cand delete 'Delete the agent pool in the managed Kubernetes cluster'
            cand scale 'Scale the node pool in a managed Kubernetes cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;nodepool;add'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'The cluster name'
            cand -n 'The node pool name'
            cand --name 'The node pool name'
            cand --nodepool-name 'The node pool name'
            cand -k 'Version of Kubernetes to use for the node pool'
            cand --kubernetes-version 'Version of Kubernetes to use for the node pool'
            cand -c 'Number of nodes in the Kubernetes agent pool'
            cand --node-count 'Number of nodes in the Kubernetes agent pool'
            cand -s 'Size of Virtual Machines to create as Kubernetes nodes'
            cand --node-vm-size 'Size of Virtual Machines to create as Kubernetes nodes'
            cand --mode 'The mode for a node pool which defines a node pool''s primary function'
            cand --node-public-ip-prefix-id 'Public IP prefix ID used to assign public IPs to VMSS nodes'
            cand --node-public-ip-tags 'The ipTags of the node public IPs: key[=value] [key[=value] ...] (commas also separate)'
            cand --allowed-host-ports 'Allowed host ports: <port-range>/<protocol> ..., space- or comma-separated'
            cand --asg-ids 'Application security group IDs, space- or comma-separated'
            cand --vnet-subnet-id 'The ID of a subnet in an existing VNet into which to deploy the cluster'
            cand --pod-subnet-id 'The ID of a subnet in an existing VNet into which to assign pods in the cluster (requires azure network-plugin)'
            cand -z 'Space-separated list of availability zones where agent nodes will be placed'
            cand --zones 'Space-separated list of availability zones where agent nodes will be placed'
            cand -m 'The maximum number of pods deployable to a node'
            cand --max-pods 'The maximum number of pods deployable to a node'
            cand --node-osdisk-size 'OS disk size in GiB of each node in the pool'
            cand --node-osdisk-type 'OS disk type to be used for machines in a given agent pool'
            cand --vm-set-type 'Agent pool vm set type. VirtualMachineScaleSets, AvailabilitySet or VirtualMachines'
            cand --ppg 'The ID of a PPG'
            cand --min-count 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified'
            cand --max-count 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified'
            cand --max-surge 'Extra nodes used to speed upgrade. When specified, it represents the number or percent'
            cand --drain-timeout 'When nodes are drained how many minutes to wait for all pods to be evicted'
            cand --node-soak-duration 'The duration in minutes to wait after draining a node and before reimaging it'
            cand --os-type 'The OS Type. Linux or Windows'
            cand --os-sku 'The OS SKU of the agent node pool. Ubuntu or AzureLinux (and Windows SKUs for Windows pools)'
            cand --labels 'The node labels for the node pool: space-separated labels, key=value'
            cand --node-taints 'The node taints for the node pool: comma-separated key=value:effect'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags'
            cand --priority 'The priority of the node pool'
            cand --eviction-policy 'The eviction policy of the Spot node pool'
            cand --spot-max-price 'The max price (USD) you are willing to pay for Spot VMs; -1 means up to on-demand'
            cand --scale-down-mode 'Describes how VMs are added to or removed from nodepools'
            cand --kubelet-config 'Path to the JSON file of the kubelet configuration of the agent nodes'
            cand --linux-os-config 'Path to the JSON file of the OS configuration of Linux agent nodes'
            cand --message-of-the-day 'Path to a file whose content replaces the message of the day of Linux nodes'
            cand --workload-runtime 'The workload runtime to use on the node pool'
            cand --gpu-instance-profile 'GPU instance profile to partition multi-gpu Nvidia GPUs'
            cand --pod-ip-allocation-mode 'How pod IPs are allocated from the pod subnet'
            cand --host-group-id 'The fully qualified dedicated host group id used to provision the pool'
            cand --crg-id 'The capacity reservation group id used to provision the pool'
            cand --snapshot-id 'The source snapshot id used to create the pool'
            cand --vm-sizes 'Comma-separated VM sizes of a VirtualMachines pool (one size is accepted)'
            cand --max-unavailable 'The maximum number or percentage of nodes that can be unavailable during upgrade'
            cand --undrainable-node-behavior 'What the upgrade does with nodes it cannot drain: Schedule or Cordon'
            cand --gpu-driver 'Whether to install the GPU driver'
            cand --gateway-prefix-size 'The public IP prefix length of a Gateway-mode pool, 28 to 31'
            cand --localdns-config 'Path to a JSON file with the local DNS profile of the pool'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --enable-node-public-ip 'Enable VMSS node public IP'
            cand --enable-encryption-at-host 'Enable EncryptionAtHost, default value is false'
            cand --enable-ultra-ssd 'Enable UltraSSD, default value is false'
            cand --enable-fips-image 'Use FIPS-enabled OS on agent nodes'
            cand -e 'Enable cluster autoscaler'
            cand --enable-cluster-autoscaler 'Enable cluster autoscaler'
            cand --enable-vtpm 'Enable vTPM on the pool'
            cand --enable-secure-boot 'Enable Secure Boot on the pool'
            cand --enable-artifact-streaming 'Enable artifact streaming for the pool'
            cand --enable-managed-dranet 'Enable managed DRANET on the pool'
            cand --disable-windows-outbound-nat 'Disable outbound NAT of Windows nodes'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;nodepool;update'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'The cluster name'
            cand -n 'The node pool name'
            cand --name 'The node pool name'
            cand --nodepool-name 'The node pool name'
            cand --allowed-host-ports 'Allowed host ports: <port-range>/<protocol> ..., space- or comma-separated; "" clears'
            cand --asg-ids 'Application security group IDs, space- or comma-separated; "" clears'
            cand --min-count 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified'
            cand --max-count 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified'
            cand --max-surge 'Extra nodes used to speed upgrade. When specified, it represents the number or percent'
            cand --drain-timeout 'When nodes are drained how many minutes to wait for all pods to be evicted'
            cand --node-soak-duration 'The duration in minutes to wait after draining a node and before reimaging it'
            cand --labels 'The node labels for the node pool: space-separated key=value; none clears them'
            cand --node-taints 'The node taints for the node pool: comma-separated key=value:effect; "" clears them'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags'
            cand --mode 'The mode for a node pool which defines a node pool''s primary function'
            cand --scale-down-mode 'Describes how VMs are added to or removed from nodepools'
            cand --os-sku 'The OS SKU of the agent node pool'
            cand --max-unavailable 'The maximum number or percentage of nodes that can be unavailable during upgrade'
            cand --undrainable-node-behavior 'What the upgrade does with nodes it cannot drain: Schedule or Cordon'
            cand --gpu-driver 'Whether to install the GPU driver'
            cand --localdns-config 'Path to a JSON file with the local DNS profile of the pool'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -e 'Enable cluster autoscaler'
            cand --enable-cluster-autoscaler 'Enable cluster autoscaler'
            cand -d 'Disable cluster autoscaler'
            cand --disable-cluster-autoscaler 'Disable cluster autoscaler'
            cand -u 'Update min-count or max-count for cluster autoscaler'
            cand --update-cluster-autoscaler 'Update min-count or max-count for cluster autoscaler'
            cand --enable-fips-image 'Switch to use FIPS-enabled OS on agent nodes'
            cand --disable-fips-image 'Switch off FIPS-enabled OS on agent nodes'
            cand --enable-vtpm 'Enable vTPM on the pool'
            cand --disable-vtpm 'Disable vTPM on the pool'
            cand --enable-secure-boot 'Enable Secure Boot on the pool'
            cand --disable-secure-boot 'Disable Secure Boot on the pool'
            cand --enable-artifact-streaming 'Enable artifact streaming for the pool'
            cand --disable-artifact-streaming 'Disable artifact streaming for the pool'
            cand --enable-managed-dranet 'Enable managed DRANET on the pool'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;nodepool;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'The cluster name'
            cand -n 'The node pool name'
            cand --name 'The node pool name'
            cand --nodepool-name 'The node pool name'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;nodepool;list'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'The cluster name'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;nodepool;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'The cluster name'
            cand -n 'The node pool name'
            cand --name 'The node pool name'
            cand --nodepool-name 'The node pool name'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -i 'Delete the pool''s nodes without honouring pod disruption budgets'
            cand --ignore-pdb 'Delete the pool''s nodes without honouring pod disruption budgets'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;nodepool;scale'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'The cluster name'
            cand -n 'The node pool name'
            cand --name 'The node pool name'
            cand --nodepool-name 'The node pool name'
            cand -c 'Number of nodes in the Kubernetes node pool'
            cand --node-count 'Number of nodes in the Kubernetes node pool'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;nodepool;help'= {
            cand add 'Add a node pool to the managed Kubernetes cluster'
            cand update 'Update a node pool properties'
            cand show 'Show the details for a node pool in the managed Kubernetes cluster'
            cand list 'List node pools in the managed Kubernetes cluster'
            cand delete 'Delete the agent pool in the managed Kubernetes cluster'
            cand scale 'Scale the node pool in a managed Kubernetes cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;nodepool;help;add'= {
        }
        &'azr;aks;nodepool;help;update'= {
        }
        &'azr;aks;nodepool;help;show'= {
        }
        &'azr;aks;nodepool;help;list'= {
        }
        &'azr;aks;nodepool;help;delete'= {
        }
        &'azr;aks;nodepool;help;scale'= {
        }
        &'azr;aks;nodepool;help;help'= {
        }
        &'azr;aks;machine'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Get information about IP Addresses, Hostname for all machines in an agentpool'
            cand show 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;machine;list'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'Name of the managed cluster'
            cand --nodepool-name 'Name of the agentpool of a managed cluster'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;machine;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --cluster-name 'Name of the managed cluster'
            cand --nodepool-name 'Name of the agentpool of a managed cluster'
            cand --machine-name 'Name of the machine in the agentpool of a managed cluster'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;aks;machine;help'= {
            cand list 'Get information about IP Addresses, Hostname for all machines in an agentpool'
            cand show 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;machine;help;list'= {
        }
        &'azr;aks;machine;help;show'= {
        }
        &'azr;aks;machine;help;help'= {
        }
        &'azr;aks;help'= {
            cand command 'See detail usage in ''az aks command invoke'', ''az aks command result'''
            cand hostport 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked'
            cand node-ips 'azr''s own: each node''s name, pool, public IP, the prefix it came from, its IP tags and the pool''s allowed host ports'
            cand create 'Create a new managed Kubernetes cluster'
            cand show 'Show the details for a managed Kubernetes cluster'
            cand list 'List managed Kubernetes clusters'
            cand delete 'Delete a managed Kubernetes Cluster'
            cand get-credentials 'Get access credentials for a managed Kubernetes cluster'
            cand scale 'Scale the node pool in a managed Kubernetes cluster'
            cand update 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state'
            cand nodepool 'Commands to manage node pools in Kubernetes kubernetes cluster'
            cand machine 'Get information about machines in a nodepool of a managed clusters'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;aks;help;command'= {
            cand invoke 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well'
            cand result 'Fetch result from previously triggered ''aks command invoke'''
        }
        &'azr;aks;help;command;invoke'= {
        }
        &'azr;aks;help;command;result'= {
        }
        &'azr;aks;help;hostport'= {
            cand check 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)'
        }
        &'azr;aks;help;hostport;check'= {
        }
        &'azr;aks;help;node-ips'= {
        }
        &'azr;aks;help;create'= {
        }
        &'azr;aks;help;show'= {
        }
        &'azr;aks;help;list'= {
        }
        &'azr;aks;help;delete'= {
        }
        &'azr;aks;help;get-credentials'= {
        }
        &'azr;aks;help;scale'= {
        }
        &'azr;aks;help;update'= {
        }
        &'azr;aks;help;nodepool'= {
            cand add 'Add a node pool to the managed Kubernetes cluster'
            cand update 'Update a node pool properties'
            cand show 'Show the details for a node pool in the managed Kubernetes cluster'
            cand list 'List node pools in the managed Kubernetes cluster'
            cand delete 'Delete the agent pool in the managed Kubernetes cluster'
            cand scale 'Scale the node pool in a managed Kubernetes cluster'
        }
        &'azr;aks;help;nodepool;add'= {
        }
        &'azr;aks;help;nodepool;update'= {
        }
        &'azr;aks;help;nodepool;show'= {
        }
        &'azr;aks;help;nodepool;list'= {
        }
        &'azr;aks;help;nodepool;delete'= {
        }
        &'azr;aks;help;nodepool;scale'= {
        }
        &'azr;aks;help;machine'= {
            cand list 'Get information about IP Addresses, Hostname for all machines in an agentpool'
            cand show 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster'
        }
        &'azr;aks;help;machine;list'= {
        }
        &'azr;aks;help;machine;show'= {
        }
        &'azr;aks;help;help'= {
        }
        &'azr;network'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand public-ip 'Manage public IP addresses'
            cand asg 'Manage application security groups (ASGs)'
            cand nsg 'Manage Azure Network Security Groups (NSGs)'
            cand vnet 'Manage Azure Virtual Networks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;public-ip'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand prefix 'Manage public IP prefix resources'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;public-ip;prefix'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a public IP prefix resource'
            cand show 'Get the details of a public IP prefix resource'
            cand list 'List public IP prefix resources'
            cand delete 'Delete a public IP prefix resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;public-ip;prefix;create'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the public IP prefix'
            cand --name 'The name of the public IP prefix'
            cand -l 'Location. Defaults to the resource group''s location'
            cand --location 'Location. Defaults to the resource group''s location'
            cand --length 'Length of the prefix (i.e. `XX.XX.XX.XX/<Length>`)'
            cand --version 'IP address type.  Allowed values: IPv4, IPv6.  Default: IPv4'
            cand --sku 'Name of a public IP prefix SKU.  Allowed values: Standard, StandardV2.  Default: Standard'
            cand --tier 'Tier of a public IP prefix SKU.  Allowed values: Global, Regional'
            cand -z 'Space-separated list of availability zones into which to provision the resource. Allowed values: 1, 2, 3'
            cand --zone 'Space-separated list of availability zones into which to provision the resource. Allowed values: 1, 2, 3'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]'
            cand --ip-tags 'The list of tags associated with the public IP prefix in ''TYPE=VAL'' format'
            cand --edge-zone 'The name of edge zone'
            cand --first-party-service-tag-id 'The resource ID of the first party service tag associated with the IP tag'
            cand --fpst-id 'The resource ID of the first party service tag associated with the IP tag'
            cand --custom-ip-prefix-name 'A custom prefix from which the public prefix derived'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'azr;network;public-ip;prefix;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand --expand 'Expands referenced resources'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;public-ip;prefix;list'= {
            cand -g 'Name of resource group. Lists the whole subscription when omitted'
            cand --resource-group 'Name of resource group. Lists the whole subscription when omitted'
            cand --max-items 'Total number of items to return in the command''s output'
            cand --next-token 'Token to specify where to start paginating'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;public-ip;prefix;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;public-ip;prefix;help'= {
            cand create 'Create a public IP prefix resource'
            cand show 'Get the details of a public IP prefix resource'
            cand list 'List public IP prefix resources'
            cand delete 'Delete a public IP prefix resource'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;public-ip;prefix;help;create'= {
        }
        &'azr;network;public-ip;prefix;help;show'= {
        }
        &'azr;network;public-ip;prefix;help;list'= {
        }
        &'azr;network;public-ip;prefix;help;delete'= {
        }
        &'azr;network;public-ip;prefix;help;help'= {
        }
        &'azr;network;public-ip;help'= {
            cand prefix 'Manage public IP prefix resources'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;public-ip;help;prefix'= {
            cand create 'Create a public IP prefix resource'
            cand show 'Get the details of a public IP prefix resource'
            cand list 'List public IP prefix resources'
            cand delete 'Delete a public IP prefix resource'
        }
        &'azr;network;public-ip;help;prefix;create'= {
        }
        &'azr;network;public-ip;help;prefix;show'= {
        }
        &'azr;network;public-ip;help;prefix;list'= {
        }
        &'azr;network;public-ip;help;prefix;delete'= {
        }
        &'azr;network;public-ip;help;help'= {
        }
        &'azr;network;asg'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an application security group'
            cand show 'Get details of an application security group'
            cand list 'List all application security groups in a subscription'
            cand delete 'Delete an application security group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;asg;create'= {
            cand -n 'Name of the new application security group resource'
            cand --name 'Name of the new application security group resource'
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -l 'Location. Defaults to the resource group''s location'
            cand --location 'Location. Defaults to the resource group''s location'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;asg;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;asg;list'= {
            cand -g 'Name of resource group. Lists the whole subscription when omitted'
            cand --resource-group 'Name of resource group. Lists the whole subscription when omitted'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;asg;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;asg;help'= {
            cand create 'Create an application security group'
            cand show 'Get details of an application security group'
            cand list 'List all application security groups in a subscription'
            cand delete 'Delete an application security group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;asg;help;create'= {
        }
        &'azr;network;asg;help;show'= {
        }
        &'azr;network;asg;help;list'= {
        }
        &'azr;network;asg;help;delete'= {
        }
        &'azr;network;asg;help;help'= {
        }
        &'azr;network;nsg'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a network security group'
            cand delete 'Delete a network security group'
            cand list 'List network security groups'
            cand show 'Get information about a network security group'
            cand rule 'Manage network security group rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;nsg;create'= {
            cand -n 'Name of the network security group'
            cand --name 'Name of the network security group'
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -l 'Location. Defaults to the resource group''s location'
            cand --location 'Location. Defaults to the resource group''s location'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;list'= {
            cand -g 'Name of resource group. Lists the whole subscription when omitted'
            cand --resource-group 'Name of resource group. Lists the whole subscription when omitted'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand --expand 'Expands referenced resources'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;rule'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a network security group rule'
            cand update 'Update a network security group rule'
            cand show 'Get the details of a network security group rule'
            cand delete 'Delete a network security group rule'
            cand list 'List all rules in a network security group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;nsg;rule;create'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --nsg-name 'Name of the network security group'
            cand -n 'Name of the network security group rule'
            cand --name 'Name of the network security group rule'
            cand --priority 'Priority of the rule. The value can be between 100 and 4096. The priority number must be unique for each rule in the collection. The lower the priority number, the higher the priority of the rule'
            cand --access 'Network traffic is allowed or denied.  Allowed values: Allow, Deny'
            cand --description 'Description for this rule. Restricted to 140 chars'
            cand --direction 'Direction of the rule.  Allowed values: Inbound, Outbound'
            cand --protocol 'Network protocol this rule applies to.  Allowed values: *, Ah, Esp, Icmp, Tcp, Udp'
            cand --source-address-prefixes 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag'
            cand --source-port-ranges 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports'
            cand --source-asgs 'Space-separated list of application security group names or IDs'
            cand --destination-address-prefixes 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag'
            cand --destination-port-ranges 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports'
            cand --destination-asgs 'Space-separated list of application security group names or IDs'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;rule;update'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --nsg-name 'Name of the network security group'
            cand -n 'Name of the network security group rule'
            cand --name 'Name of the network security group rule'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand --priority 'Priority of the rule. The value can be between 100 and 4096'
            cand --access 'Network traffic is allowed or denied.  Allowed values: Allow, Deny'
            cand --description 'Description for this rule. Restricted to 140 chars'
            cand --direction 'Direction of the rule.  Allowed values: Inbound, Outbound'
            cand --protocol 'Network protocol this rule applies to.  Allowed values: *, Ah, Esp, Icmp, Tcp, Udp'
            cand --source-address-prefixes 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag'
            cand --source-port-ranges 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports'
            cand --source-asgs 'Space-separated list of application security group names or IDs'
            cand --destination-address-prefixes 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag'
            cand --destination-port-ranges 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports'
            cand --destination-asgs 'Space-separated list of application security group names or IDs'
            cand --set 'set'
            cand --add 'add'
            cand --remove 'remove'
            cand --force-string 'force-string'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;rule;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --nsg-name 'Name of the network security group'
            cand -n 'Name of the network security group rule'
            cand --name 'Name of the network security group rule'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;rule;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --nsg-name 'Name of the network security group'
            cand -n 'Name of the network security group rule'
            cand --name 'Name of the network security group rule'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;rule;list'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --nsg-name 'Name of the network security group'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --include-default 'Include default security rules in the output'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;nsg;rule;help'= {
            cand create 'Create a network security group rule'
            cand update 'Update a network security group rule'
            cand show 'Get the details of a network security group rule'
            cand delete 'Delete a network security group rule'
            cand list 'List all rules in a network security group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;nsg;rule;help;create'= {
        }
        &'azr;network;nsg;rule;help;update'= {
        }
        &'azr;network;nsg;rule;help;show'= {
        }
        &'azr;network;nsg;rule;help;delete'= {
        }
        &'azr;network;nsg;rule;help;list'= {
        }
        &'azr;network;nsg;rule;help;help'= {
        }
        &'azr;network;nsg;help'= {
            cand create 'Create a network security group'
            cand delete 'Delete a network security group'
            cand list 'List network security groups'
            cand show 'Get information about a network security group'
            cand rule 'Manage network security group rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;nsg;help;create'= {
        }
        &'azr;network;nsg;help;delete'= {
        }
        &'azr;network;nsg;help;list'= {
        }
        &'azr;network;nsg;help;show'= {
        }
        &'azr;network;nsg;help;rule'= {
            cand create 'Create a network security group rule'
            cand update 'Update a network security group rule'
            cand show 'Get the details of a network security group rule'
            cand delete 'Delete a network security group rule'
            cand list 'List all rules in a network security group'
        }
        &'azr;network;nsg;help;rule;create'= {
        }
        &'azr;network;nsg;help;rule;update'= {
        }
        &'azr;network;nsg;help;rule;show'= {
        }
        &'azr;network;nsg;help;rule;delete'= {
        }
        &'azr;network;nsg;help;rule;list'= {
        }
        &'azr;network;nsg;help;help'= {
        }
        &'azr;network;vnet'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a virtual network'
            cand show 'Get the details of a virtual network'
            cand list 'List virtual networks'
            cand delete 'Delete a virtual network'
            cand subnet 'Manage subnets in an Azure Virtual Network'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;vnet;create'= {
            cand -n 'The virtual network (VNet) name'
            cand --name 'The virtual network (VNet) name'
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -l 'Resource location. Defaults to the resource group''s location'
            cand --location 'Resource location. Defaults to the resource group''s location'
            cand --address-prefixes 'Space-separated list of IP address prefixes for the VNet.  Default: 10.0.0.0/16'
            cand --subnet-name 'Name of a new subnet to create within the VNet'
            cand --subnet-prefixes 'Space-separated list of address prefixes in CIDR format for the new subnet. If omitted, automatically reserves a /24 (or as large as available) block within the VNet address space'
            cand --nsg 'Name or ID of a network security group (NSG)'
            cand --network-security-group 'Name or ID of a network security group (NSG)'
            cand --subnets 'A list of subnets (AAZ shorthand syntax or JSON); `--subnet-name` replaces it, as in az'
            cand --dns-servers 'Space-separated list of DNS server IP addresses'
            cand --bgp-community 'The BGP community associated with the virtual network'
            cand --sgp 'A configurable list of summarized gateway prefixes advertised for the virtual network (preview; AAZ shorthand syntax or JSON)'
            cand --summarized-gateway-prefixes 'The long spelling of `--sgp` (az names the spelling used in its errors)'
            cand --ipam-allocations 'A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID [0].number-of-ip-addresses=N`'
            cand --ipam-pool-prefix-allocations 'The long spelling of `--ipam-allocations` (az names the spelling used in its errors)'
            cand --ddos-protection-plan 'Name or ID of a DDoS protection plan to associate with the VNet'
            cand --ddos-protection 'Control whether DDoS protection is enabled.  Allowed values: false, true.  Default: false'
            cand --vm-protection 'Enable VM protection for all subnets in the VNet.  Allowed values: false, true. Default: false'
            cand --flowtimeout 'The FlowTimeout value (in minutes) for the Virtual Network'
            cand --enable-encryption 'Enable encryption on the virtual network.  Allowed values: false, true'
            cand --encryption-enforcement-policy 'To control if the Virtual Machine without encryption is allowed in encrypted Virtual Network or not.  Allowed values: AllowUnencrypted, DropUnencrypted'
            cand --encryption-policy 'To control if the Virtual Machine without encryption is allowed in encrypted Virtual Network or not.  Allowed values: AllowUnencrypted, DropUnencrypted'
            cand --private-endpoint-vnet-policies 'Private Endpoint VNet Policies.  Allowed values: Basic, Disabled'
            cand --pe-vnet-policies 'Private Endpoint VNet Policies.  Allowed values: Basic, Disabled'
            cand --edge-zone 'The name of edge zone'
            cand --tags 'Space-separated tags: key[=value] [key[=value] ...]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand --expand 'Expands referenced resources'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;list'= {
            cand -g 'Name of resource group. Lists the whole subscription when omitted'
            cand --resource-group 'Name of resource group. Lists the whole subscription when omitted'
            cand --max-items 'Total number of items to return in the command''s output'
            cand --next-token 'Token to specify where to start paginating'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'The name of the resource'
            cand --name 'The name of the resource'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;subnet'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a subnet and associate an existing NSG and route table'
            cand update 'Update a subnet'
            cand show 'Show details of a subnet'
            cand list 'List the subnets in a virtual network'
            cand delete 'Delete a subnet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;vnet;subnet;create'= {
            cand -n 'The subnet name'
            cand --name 'The subnet name'
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --vnet-name 'The virtual network (VNet) name'
            cand --address-prefixes 'Space-separated list of address prefixes in CIDR format'
            cand --nsg 'Name or ID of a network security group (NSG)'
            cand --network-security-group 'Name or ID of a network security group (NSG)'
            cand --default-outbound-access 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true'
            cand --default-outbound 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true'
            cand --private-endpoint-network-policies 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled'
            cand --ple-network-policies 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled'
            cand --private-link-service-network-policies 'Manage network policy for private link service.  Allowed values: Disabled, Enabled'
            cand --pls-network-policies 'Manage network policy for private link service.  Allowed values: Disabled, Enabled'
            cand --nat-gateway 'Name or ID of a NAT gateway to attach'
            cand --route-table 'Name or ID of a route table to associate with the subnet'
            cand --delegations 'Space-separated list of services to whom the subnet should be delegated, e.g., Microsoft.Sql/servers'
            cand --service-endpoints 'Space-separated list of services allowed private access to this subnet'
            cand --endpoints 'An array of service endpoints (AAZ shorthand syntax or JSON)'
            cand --service-endpoint-policy 'Space-separated list of names or IDs of service endpoint policies to apply'
            cand --ipam-allocations 'A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID [0].number-of-ip-addresses=N`'
            cand --ipam-pool-prefix-allocations 'The long spelling of `--ipam-allocations` (az names the spelling used in its errors)'
            cand --sharing-scope 'Set this property to Tenant to allow sharing subnet with other subscriptions in your AAD tenant.  Allowed values: DelegatedServices, Tenant'
            cand --disable-private-endpoint-network-policies 'Disable private endpoint network policies on the subnet'
            cand --disable-private-link-service-network-policies 'Disable private link service network policies on the subnet'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;subnet;update'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --vnet-name 'The virtual network (VNet) name'
            cand -n 'The subnet name'
            cand --name 'The subnet name'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand --address-prefixes 'Space-separated list of address prefixes in CIDR format'
            cand --nsg 'Name or ID of a network security group (NSG)'
            cand --network-security-group 'Name or ID of a network security group (NSG)'
            cand --default-outbound-access 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true'
            cand --default-outbound 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true'
            cand --private-endpoint-network-policies 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled'
            cand --ple-network-policies 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled'
            cand --private-link-service-network-policies 'Manage network policy for private link service.  Allowed values: Disabled, Enabled'
            cand --pls-network-policies 'Manage network policy for private link service.  Allowed values: Disabled, Enabled'
            cand --nat-gateway 'Name or ID of a NAT gateway to attach'
            cand --route-table 'Name or ID of a route table to associate with the subnet'
            cand --delegations 'Space-separated list of services to whom the subnet should be delegated, e.g., Microsoft.Sql/servers'
            cand --service-endpoints 'Space-separated list of services allowed private access to this subnet'
            cand --endpoints 'An array of service endpoints (AAZ shorthand syntax or JSON)'
            cand --service-endpoint-policy 'Space-separated list of names or IDs of service endpoint policies to apply'
            cand --ipam-allocations 'A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID [0].number-of-ip-addresses=N`'
            cand --ipam-pool-prefix-allocations 'The long spelling of `--ipam-allocations` (az names the spelling used in its errors)'
            cand --sharing-scope 'Set this property to Tenant to allow sharing subnet with other subscriptions in your AAD tenant.  Allowed values: DelegatedServices, Tenant'
            cand --disable-private-endpoint-network-policies 'Disable private endpoint network policies on the subnet'
            cand --disable-private-link-service-network-policies 'Disable private link service network policies on the subnet'
            cand --set 'set'
            cand --add 'add'
            cand --remove 'remove'
            cand --force-string 'force-string'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;subnet;show'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --vnet-name 'The virtual network (VNet) name'
            cand -n 'The subnet name'
            cand --name 'The subnet name'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand --expand 'Expands referenced resources'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;subnet;list'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --vnet-name 'The virtual network (VNet) name'
            cand --max-items 'Total number of items to return in the command''s output'
            cand --next-token 'Token to specify where to start paginating'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;subnet;delete'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand --vnet-name 'The virtual network (VNet) name'
            cand -n 'The subnet name'
            cand --name 'The subnet name'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --no-wait 'Do not wait for the long-running operation to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network;vnet;subnet;help'= {
            cand create 'Create a subnet and associate an existing NSG and route table'
            cand update 'Update a subnet'
            cand show 'Show details of a subnet'
            cand list 'List the subnets in a virtual network'
            cand delete 'Delete a subnet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;vnet;subnet;help;create'= {
        }
        &'azr;network;vnet;subnet;help;update'= {
        }
        &'azr;network;vnet;subnet;help;show'= {
        }
        &'azr;network;vnet;subnet;help;list'= {
        }
        &'azr;network;vnet;subnet;help;delete'= {
        }
        &'azr;network;vnet;subnet;help;help'= {
        }
        &'azr;network;vnet;help'= {
            cand create 'Create a virtual network'
            cand show 'Get the details of a virtual network'
            cand list 'List virtual networks'
            cand delete 'Delete a virtual network'
            cand subnet 'Manage subnets in an Azure Virtual Network'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;vnet;help;create'= {
        }
        &'azr;network;vnet;help;show'= {
        }
        &'azr;network;vnet;help;list'= {
        }
        &'azr;network;vnet;help;delete'= {
        }
        &'azr;network;vnet;help;subnet'= {
            cand create 'Create a subnet and associate an existing NSG and route table'
            cand update 'Update a subnet'
            cand show 'Show details of a subnet'
            cand list 'List the subnets in a virtual network'
            cand delete 'Delete a subnet'
        }
        &'azr;network;vnet;help;subnet;create'= {
        }
        &'azr;network;vnet;help;subnet;update'= {
        }
        &'azr;network;vnet;help;subnet;show'= {
        }
        &'azr;network;vnet;help;subnet;list'= {
        }
        &'azr;network;vnet;help;subnet;delete'= {
        }
        &'azr;network;vnet;help;help'= {
        }
        &'azr;network;help'= {
            cand public-ip 'Manage public IP addresses'
            cand asg 'Manage application security groups (ASGs)'
            cand nsg 'Manage Azure Network Security Groups (NSGs)'
            cand vnet 'Manage Azure Virtual Networks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;network;help;public-ip'= {
            cand prefix 'Manage public IP prefix resources'
        }
        &'azr;network;help;public-ip;prefix'= {
            cand create 'Create a public IP prefix resource'
            cand show 'Get the details of a public IP prefix resource'
            cand list 'List public IP prefix resources'
            cand delete 'Delete a public IP prefix resource'
        }
        &'azr;network;help;public-ip;prefix;create'= {
        }
        &'azr;network;help;public-ip;prefix;show'= {
        }
        &'azr;network;help;public-ip;prefix;list'= {
        }
        &'azr;network;help;public-ip;prefix;delete'= {
        }
        &'azr;network;help;asg'= {
            cand create 'Create an application security group'
            cand show 'Get details of an application security group'
            cand list 'List all application security groups in a subscription'
            cand delete 'Delete an application security group'
        }
        &'azr;network;help;asg;create'= {
        }
        &'azr;network;help;asg;show'= {
        }
        &'azr;network;help;asg;list'= {
        }
        &'azr;network;help;asg;delete'= {
        }
        &'azr;network;help;nsg'= {
            cand create 'Create a network security group'
            cand delete 'Delete a network security group'
            cand list 'List network security groups'
            cand show 'Get information about a network security group'
            cand rule 'Manage network security group rules'
        }
        &'azr;network;help;nsg;create'= {
        }
        &'azr;network;help;nsg;delete'= {
        }
        &'azr;network;help;nsg;list'= {
        }
        &'azr;network;help;nsg;show'= {
        }
        &'azr;network;help;nsg;rule'= {
            cand create 'Create a network security group rule'
            cand update 'Update a network security group rule'
            cand show 'Get the details of a network security group rule'
            cand delete 'Delete a network security group rule'
            cand list 'List all rules in a network security group'
        }
        &'azr;network;help;nsg;rule;create'= {
        }
        &'azr;network;help;nsg;rule;update'= {
        }
        &'azr;network;help;nsg;rule;show'= {
        }
        &'azr;network;help;nsg;rule;delete'= {
        }
        &'azr;network;help;nsg;rule;list'= {
        }
        &'azr;network;help;vnet'= {
            cand create 'Create a virtual network'
            cand show 'Get the details of a virtual network'
            cand list 'List virtual networks'
            cand delete 'Delete a virtual network'
            cand subnet 'Manage subnets in an Azure Virtual Network'
        }
        &'azr;network;help;vnet;create'= {
        }
        &'azr;network;help;vnet;show'= {
        }
        &'azr;network;help;vnet;list'= {
        }
        &'azr;network;help;vnet;delete'= {
        }
        &'azr;network;help;vnet;subnet'= {
            cand create 'Create a subnet and associate an existing NSG and route table'
            cand update 'Update a subnet'
            cand show 'Show details of a subnet'
            cand list 'List the subnets in a virtual network'
            cand delete 'Delete a subnet'
        }
        &'azr;network;help;vnet;subnet;create'= {
        }
        &'azr;network;help;vnet;subnet;update'= {
        }
        &'azr;network;help;vnet;subnet;show'= {
        }
        &'azr;network;help;vnet;subnet;list'= {
        }
        &'azr;network;help;vnet;subnet;delete'= {
        }
        &'azr;network;help;help'= {
        }
        &'azr;vmss'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List all VMSS under a resource group'
            cand list-instance-public-ips 'List public IP addresses of VM instances within a set'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;vmss;list'= {
            cand -g 'Name of resource group. Lists the whole subscription when omitted'
            cand --resource-group 'Name of resource group. Lists the whole subscription when omitted'
            cand --max-items 'Total number of items to return in the command''s output'
            cand --next-token 'Token to specify where to start paginating'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;vmss;list-instance-public-ips'= {
            cand -g 'Name of resource group'
            cand --resource-group 'Name of resource group'
            cand -n 'Scale set name'
            cand --name 'Scale set name'
            cand --ids 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;vmss;help'= {
            cand list 'List all VMSS under a resource group'
            cand list-instance-public-ips 'List public IP addresses of VM instances within a set'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;vmss;help;list'= {
        }
        &'azr;vmss;help;list-instance-public-ips'= {
        }
        &'azr;vmss;help;help'= {
        }
        &'azr;feature'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand register 'Register a preview feature'
            cand show 'Get the feature details'
            cand list 'List preview features'
            cand unregister 'Unregister a preview feature'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;feature;register'= {
            cand --namespace 'The resource namespace, aka ''provider'''
            cand -n 'The feature name'
            cand --name 'The feature name'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;feature;show'= {
            cand --namespace 'The resource namespace, aka ''provider'''
            cand -n 'The feature name'
            cand --name 'The feature name'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;feature;list'= {
            cand --namespace 'The resource namespace, aka ''provider'''
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;feature;unregister'= {
            cand --namespace 'The resource namespace, aka ''provider'''
            cand -n 'The feature name'
            cand --name 'The feature name'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;feature;help'= {
            cand register 'Register a preview feature'
            cand show 'Get the feature details'
            cand list 'List preview features'
            cand unregister 'Unregister a preview feature'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;feature;help;register'= {
        }
        &'azr;feature;help;show'= {
        }
        &'azr;feature;help;list'= {
        }
        &'azr;feature;help;unregister'= {
        }
        &'azr;feature;help;help'= {
        }
        &'azr;provider'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand register 'Register a provider'
            cand show 'Gets the specified resource provider'
            cand unregister 'Unregister a provider'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;provider;register'= {
            cand -n 'The resource namespace, aka ''provider'''
            cand --namespace 'The resource namespace, aka ''provider'''
            cand -m 'The management group id to register'
            cand --management-group-id 'The management group id to register'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -c 'A value indicating whether authorization is consented or not'
            cand --consent-to-permissions 'A value indicating whether authorization is consented or not'
            cand --wait 'Wait for the registration to finish'
            cand --accept-terms 'Accept market place terms and RP terms for RPaaS'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;provider;show'= {
            cand -n 'The resource namespace, aka ''provider'''
            cand --namespace 'The resource namespace, aka ''provider'''
            cand --expand 'The $expand query parameter, e.g. `resourceTypes/aliases`'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;provider;unregister'= {
            cand -n 'The resource namespace, aka ''provider'''
            cand --namespace 'The resource namespace, aka ''provider'''
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --wait 'Wait for unregistration to finish'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;provider;help'= {
            cand register 'Register a provider'
            cand show 'Gets the specified resource provider'
            cand unregister 'Unregister a provider'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;provider;help;register'= {
        }
        &'azr;provider;help;show'= {
        }
        &'azr;provider;help;unregister'= {
        }
        &'azr;provider;help;help'= {
        }
        &'azr;cloud'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List registered clouds'
            cand show 'Get the details of a registered cloud'
            cand register 'Register a cloud'
            cand set 'Set the active cloud'
            cand unregister 'Unregister a cloud'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;cloud;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;cloud;show'= {
            cand -n 'Name of a registered cloud'
            cand --name 'Name of a registered cloud'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;cloud;register'= {
            cand -n 'Name of a registered cloud'
            cand --name 'Name of a registered cloud'
            cand --cloud-config 'JSON encoded cloud configuration. Use @{file} to load from a file'
            cand --profile 'Profile to use for this cloud'
            cand --endpoint-resource-manager 'The resource management endpoint'
            cand --endpoint-active-directory 'The Active Directory login endpoint'
            cand --endpoint-active-directory-resource-id 'The resource ID to obtain AD tokens for'
            cand --endpoint-active-directory-graph-resource-id 'The Active Directory resource ID'
            cand --endpoint-microsoft-graph-resource-id 'The Microsoft Graph resource ID'
            cand --endpoint-active-directory-data-lake-resource-id 'The Active Directory resource ID for data lake services'
            cand --endpoint-management 'The endpoint for management'
            cand --endpoint-sql-management 'The sql server management endpoint'
            cand --endpoint-gallery 'The template gallery endpoint'
            cand --endpoint-vm-image-alias-doc 'The uri of the document which caches commonly used virtual machine images'
            cand --suffix-sql-server-hostname 'The dns suffix for sql servers'
            cand --suffix-storage-endpoint 'The endpoint suffix for storage accounts'
            cand --suffix-keyvault-dns 'The dns suffix for Key Vault'
            cand --suffix-azure-datalake-store-file-system-endpoint 'The dns suffix for Azure Data Lake Store file system'
            cand --suffix-azure-datalake-analytics-catalog-and-job-endpoint 'The dns suffix for Azure Data Lake Analytics catalog and job'
            cand --suffix-acr-login-server-endpoint 'The Azure Container Registry login server suffix'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --skip-endpoint-discovery 'If set, endpoint discovery will not be attempted'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;cloud;set'= {
            cand -n 'Name of a registered cloud'
            cand --name 'Name of a registered cloud'
            cand --profile 'Profile to use. Only `latest` is supported'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;cloud;unregister'= {
            cand -n 'Name of a registered cloud'
            cand --name 'Name of a registered cloud'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;cloud;help'= {
            cand list 'List registered clouds'
            cand show 'Get the details of a registered cloud'
            cand register 'Register a cloud'
            cand set 'Set the active cloud'
            cand unregister 'Unregister a cloud'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;cloud;help;list'= {
        }
        &'azr;cloud;help;show'= {
        }
        &'azr;cloud;help;register'= {
        }
        &'azr;cloud;help;set'= {
        }
        &'azr;cloud;help;unregister'= {
        }
        &'azr;cloud;help;help'= {
        }
        &'azr;login'= {
            cand -u 'User name or service principal client ID'
            cand --username 'User name or service principal client ID'
            cand -p 'User password or service principal secret'
            cand --password 'User password or service principal secret'
            cand --certificate 'PEM file with key and public certificate'
            cand -t 'The Microsoft Entra tenant, must be provided when using a service principal'
            cand --tenant 'The Microsoft Entra tenant, must be provided when using a service principal'
            cand --client-id 'Client ID of the user-assigned managed identity'
            cand --object-id 'Object ID of the user-assigned managed identity'
            cand --resource-id 'Resource ID of the user-assigned managed identity'
            cand --scope 'Used in the /authorize request. It can cover only one static resource'
            cand --claims-challenge 'Base64-encoded claims challenge requested by a resource API in the WWW-Authenticate header'
            cand --federated-token 'Federated token that can be used for OIDC token exchange'
            cand -s 'Subscription ID or name to set as the default (`-s`; `--subscription` is the global flag of the same name)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --service-principal 'Log in with a service principal'
            cand --allow-no-subscriptions 'Support accessing tenants without subscriptions'
            cand -i 'Log in using managed identity'
            cand --identity 'Log in using managed identity'
            cand --use-device-code 'Use CLI''s old authentication flow based on device code. CLI will also use this if it can''t launch a browser in your behalf, e.g. in remote SSH or Cloud Shell'
            cand --use-cert-sn-issuer 'Use Subject Name + Issuer (SN+I) authentication in order to support automatic certificate rolls'
            cand --skip-subscription-discovery 'Skip the subscription discovery process during login. Requires --tenant. Use with --subscription to fetch a single subscription without listing all'
            cand --skip-sub 'Skip the subscription discovery process during login. Requires --tenant. Use with --subscription to fetch a single subscription without listing all'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;logout'= {
            cand --username 'Account user, if missing, logout the current active account'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;configure'= {
            cand -d 'Space-separated ''name=value'' pairs for common argument defaults'
            cand --defaults 'Space-separated ''name=value'' pairs for common argument defaults'
            cand -l 'List all applicable defaults'
            cand --list-defaults 'List all applicable defaults'
            cand --scope 'Scope of defaults. Using "local" for settings only effective under current folder'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;config'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set a configuration'
            cand get 'Get a configuration'
            cand unset 'Unset a configuration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;config;set'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --local 'Set as a local configuration in the working directory'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;config;get'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --local 'Include local configuration. Scan from the working directory up to the root drive, then the global configuration and return the first occurrence'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;config;unset'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --local 'Include local configuration. Scan from the working directory up to the root drive, then the global configuration and unset the first occurrence'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;config;help'= {
            cand set 'Set a configuration'
            cand get 'Get a configuration'
            cand unset 'Unset a configuration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;config;help;set'= {
        }
        &'azr;config;help;get'= {
        }
        &'azr;config;help;unset'= {
        }
        &'azr;config;help;help'= {
        }
        &'azr;extension'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add an extension'
            cand list 'List the installed extensions'
            cand show 'Show an extension'
            cand remove 'Remove an extension'
            cand update 'Update an extension'
            cand list-available 'List publicly available extensions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;extension;add'= {
            cand -n 'Name of extension'
            cand --name 'Name of extension'
            cand -s 'Filepath or URL to an extension'
            cand --source 'Filepath or URL to an extension'
            cand --version 'The specific version of an extension'
            cand --allow-preview 'Include preview packages for extension installation, if exists'
            cand --pip-extra-index-urls 'Space-separated list of extra URLs of package indexes to use'
            cand --pip-proxy 'Proxy for pip to use for extension dependencies'
            cand --index 'index'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -y 'Do not prompt for confirmation'
            cand --yes 'Do not prompt for confirmation'
            cand --upgrade 'Update the extension if already installed, otherwise just install the extension'
            cand --system 'Use a system directory for the extension'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'azr;extension;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;extension;show'= {
            cand -n 'Name of extension'
            cand --name 'Name of extension'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;extension;remove'= {
            cand -n 'Name of extension'
            cand --name 'Name of extension'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;extension;update'= {
            cand -n 'Name of extension'
            cand --name 'Name of extension'
            cand --allow-preview 'Include preview packages for extension installation, if exists'
            cand --pip-extra-index-urls 'Space-separated list of extra URLs of package indexes to use'
            cand --pip-proxy 'Proxy for pip to use for extension dependencies'
            cand --index 'index'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;extension;list-available'= {
            cand --index 'index'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand -d 'Show the raw data from the extension index'
            cand --show-details 'Show the raw data from the extension index'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;extension;help'= {
            cand add 'Add an extension'
            cand list 'List the installed extensions'
            cand show 'Show an extension'
            cand remove 'Remove an extension'
            cand update 'Update an extension'
            cand list-available 'List publicly available extensions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;extension;help;add'= {
        }
        &'azr;extension;help;list'= {
        }
        &'azr;extension;help;show'= {
        }
        &'azr;extension;help;remove'= {
        }
        &'azr;extension;help;update'= {
        }
        &'azr;extension;help;list-available'= {
        }
        &'azr;extension;help;help'= {
        }
        &'azr;account'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Get the details of a subscription'
            cand list 'Get a list of subscriptions for the logged in account'
            cand set 'Set a subscription to be the current active subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;account;show'= {
            cand -n 'Name or ID of subscription (also `--subscription`)'
            cand --name 'Name or ID of subscription (also `--subscription`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;account;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --all 'List all subscriptions from all clouds, including subscriptions that are not ''Enabled'''
            cand --refresh 'Retrieve up-to-date subscriptions from server'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;account;set'= {
            cand -n 'Name or ID of subscription (also `--subscription`)'
            cand --name 'Name or ID of subscription (also `--subscription`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;account;help'= {
            cand show 'Get the details of a subscription'
            cand list 'Get a list of subscriptions for the logged in account'
            cand set 'Set a subscription to be the current active subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;account;help;show'= {
        }
        &'azr;account;help;list'= {
        }
        &'azr;account;help;set'= {
        }
        &'azr;account;help;help'= {
        }
        &'azr;completion'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;emulator'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr'
            cand check 'Check a state file''s invariants: every address inside its prefix, none twice, every scale set matching its pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;emulator;start'= {
            cand --port 'TCP port to listen on; 0 picks a free one (printed when ready)'
            cand --tls-dir 'Directory for the CA (`ca.pem`, reused across restarts) that clients must trust. Default: `emulator-server` in the config dir'
            cand --state 'SQLite state file. Default: `emulator.db` in the TLS directory'
            cand --bind 'Address to bind'
            cand --request-log 'Append one JSON line per request (method, path, query, selected headers, body, status)'
            cand --operation-ms 'How long cluster and agent pool operations stay in progress, in milliseconds (default: the emulator''s, 100)'
            cand --feature-delay-ms 'How long a registered feature stays `Registering`, in milliseconds'
            cand --fault-rate 'Fraction (0-1) of ARM requests answered 429 or 503, alternately, at a fixed cadence'
            cand --fault-retry-after '`Retry-After` seconds sent with injected faults'
            cand --token-lifetime 'Lifetime of issued tokens, in seconds'
            cand --poll-ms 'Poll interval (ms) hinted on long-running operations: `retry-after-ms` below one second, `Retry-After` from one second up (default: 20, or --operation-ms when shorter)'
            cand --login-user 'The user every interactive sign-in (device code, browser) signs in as'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;emulator;check'= {
            cand --state 'The SQLite state file (`--state` of `emulator start`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;emulator;help'= {
            cand start 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr'
            cand check 'Check a state file''s invariants: every address inside its prefix, none twice, every scale set matching its pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;emulator;help;start'= {
        }
        &'azr;emulator;help;check'= {
        }
        &'azr;emulator;help;help'= {
        }
        &'azr;demo'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;cassette'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand reset 'End the cassette''s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;cassette;reset'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;cassette;help'= {
            cand reset 'End the cassette''s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;cassette;help;reset'= {
        }
        &'azr;cassette;help;help'= {
        }
        &'azr;help'= {
            cand group 'Manage resource groups and template deployments'
            cand aks 'Manage Azure Kubernetes Services'
            cand network 'Manage Azure Network resources'
            cand vmss 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)'
            cand feature 'Manage resource provider features'
            cand provider 'Manage resource providers'
            cand cloud 'Manage registered Azure clouds'
            cand login 'Log in to Azure'
            cand logout 'Log out to remove access to Azure subscriptions'
            cand configure 'Manage Azure CLI configuration. This command is interactive'
            cand config 'Manage Azure CLI configuration'
            cand extension 'Manage and update CLI extensions'
            cand account 'Manage Azure subscription information'
            cand completion 'Print shell completions (bash, zsh, fish, powershell, elvish)'
            cand emulator 'Run the local ARM emulator as an HTTPS server'
            cand demo 'Run the AKS node public IP workflow against a fresh built-in emulator, step by step'
            cand cassette 'Manage the record/replay sessions of `AZR_CASSETTE` cassettes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;help;group'= {
            cand create 'Create a new resource group'
            cand show 'Gets a resource group'
            cand list 'List resource groups'
            cand delete 'Delete a resource group'
        }
        &'azr;help;group;create'= {
        }
        &'azr;help;group;show'= {
        }
        &'azr;help;group;list'= {
        }
        &'azr;help;group;delete'= {
        }
        &'azr;help;aks'= {
            cand command 'See detail usage in ''az aks command invoke'', ''az aks command result'''
            cand hostport 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked'
            cand node-ips 'azr''s own: each node''s name, pool, public IP, the prefix it came from, its IP tags and the pool''s allowed host ports'
            cand create 'Create a new managed Kubernetes cluster'
            cand show 'Show the details for a managed Kubernetes cluster'
            cand list 'List managed Kubernetes clusters'
            cand delete 'Delete a managed Kubernetes Cluster'
            cand get-credentials 'Get access credentials for a managed Kubernetes cluster'
            cand scale 'Scale the node pool in a managed Kubernetes cluster'
            cand update 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state'
            cand nodepool 'Commands to manage node pools in Kubernetes kubernetes cluster'
            cand machine 'Get information about machines in a nodepool of a managed clusters'
        }
        &'azr;help;aks;command'= {
            cand invoke 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well'
            cand result 'Fetch result from previously triggered ''aks command invoke'''
        }
        &'azr;help;aks;command;invoke'= {
        }
        &'azr;help;aks;command;result'= {
        }
        &'azr;help;aks;hostport'= {
            cand check 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)'
        }
        &'azr;help;aks;hostport;check'= {
        }
        &'azr;help;aks;node-ips'= {
        }
        &'azr;help;aks;create'= {
        }
        &'azr;help;aks;show'= {
        }
        &'azr;help;aks;list'= {
        }
        &'azr;help;aks;delete'= {
        }
        &'azr;help;aks;get-credentials'= {
        }
        &'azr;help;aks;scale'= {
        }
        &'azr;help;aks;update'= {
        }
        &'azr;help;aks;nodepool'= {
            cand add 'Add a node pool to the managed Kubernetes cluster'
            cand update 'Update a node pool properties'
            cand show 'Show the details for a node pool in the managed Kubernetes cluster'
            cand list 'List node pools in the managed Kubernetes cluster'
            cand delete 'Delete the agent pool in the managed Kubernetes cluster'
            cand scale 'Scale the node pool in a managed Kubernetes cluster'
        }
        &'azr;help;aks;nodepool;add'= {
        }
        &'azr;help;aks;nodepool;update'= {
        }
        &'azr;help;aks;nodepool;show'= {
        }
        &'azr;help;aks;nodepool;list'= {
        }
        &'azr;help;aks;nodepool;delete'= {
        }
        &'azr;help;aks;nodepool;scale'= {
        }
        &'azr;help;aks;machine'= {
            cand list 'Get information about IP Addresses, Hostname for all machines in an agentpool'
            cand show 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster'
        }
        &'azr;help;aks;machine;list'= {
        }
        &'azr;help;aks;machine;show'= {
        }
        &'azr;help;network'= {
            cand public-ip 'Manage public IP addresses'
            cand asg 'Manage application security groups (ASGs)'
            cand nsg 'Manage Azure Network Security Groups (NSGs)'
            cand vnet 'Manage Azure Virtual Networks'
        }
        &'azr;help;network;public-ip'= {
            cand prefix 'Manage public IP prefix resources'
        }
        &'azr;help;network;public-ip;prefix'= {
            cand create 'Create a public IP prefix resource'
            cand show 'Get the details of a public IP prefix resource'
            cand list 'List public IP prefix resources'
            cand delete 'Delete a public IP prefix resource'
        }
        &'azr;help;network;public-ip;prefix;create'= {
        }
        &'azr;help;network;public-ip;prefix;show'= {
        }
        &'azr;help;network;public-ip;prefix;list'= {
        }
        &'azr;help;network;public-ip;prefix;delete'= {
        }
        &'azr;help;network;asg'= {
            cand create 'Create an application security group'
            cand show 'Get details of an application security group'
            cand list 'List all application security groups in a subscription'
            cand delete 'Delete an application security group'
        }
        &'azr;help;network;asg;create'= {
        }
        &'azr;help;network;asg;show'= {
        }
        &'azr;help;network;asg;list'= {
        }
        &'azr;help;network;asg;delete'= {
        }
        &'azr;help;network;nsg'= {
            cand create 'Create a network security group'
            cand delete 'Delete a network security group'
            cand list 'List network security groups'
            cand show 'Get information about a network security group'
            cand rule 'Manage network security group rules'
        }
        &'azr;help;network;nsg;create'= {
        }
        &'azr;help;network;nsg;delete'= {
        }
        &'azr;help;network;nsg;list'= {
        }
        &'azr;help;network;nsg;show'= {
        }
        &'azr;help;network;nsg;rule'= {
            cand create 'Create a network security group rule'
            cand update 'Update a network security group rule'
            cand show 'Get the details of a network security group rule'
            cand delete 'Delete a network security group rule'
            cand list 'List all rules in a network security group'
        }
        &'azr;help;network;nsg;rule;create'= {
        }
        &'azr;help;network;nsg;rule;update'= {
        }
        &'azr;help;network;nsg;rule;show'= {
        }
        &'azr;help;network;nsg;rule;delete'= {
        }
        &'azr;help;network;nsg;rule;list'= {
        }
        &'azr;help;network;vnet'= {
            cand create 'Create a virtual network'
            cand show 'Get the details of a virtual network'
            cand list 'List virtual networks'
            cand delete 'Delete a virtual network'
            cand subnet 'Manage subnets in an Azure Virtual Network'
        }
        &'azr;help;network;vnet;create'= {
        }
        &'azr;help;network;vnet;show'= {
        }
        &'azr;help;network;vnet;list'= {
        }
        &'azr;help;network;vnet;delete'= {
        }
        &'azr;help;network;vnet;subnet'= {
            cand create 'Create a subnet and associate an existing NSG and route table'
            cand update 'Update a subnet'
            cand show 'Show details of a subnet'
            cand list 'List the subnets in a virtual network'
            cand delete 'Delete a subnet'
        }
        &'azr;help;network;vnet;subnet;create'= {
        }
        &'azr;help;network;vnet;subnet;update'= {
        }
        &'azr;help;network;vnet;subnet;show'= {
        }
        &'azr;help;network;vnet;subnet;list'= {
        }
        &'azr;help;network;vnet;subnet;delete'= {
        }
        &'azr;help;vmss'= {
            cand list 'List all VMSS under a resource group'
            cand list-instance-public-ips 'List public IP addresses of VM instances within a set'
        }
        &'azr;help;vmss;list'= {
        }
        &'azr;help;vmss;list-instance-public-ips'= {
        }
        &'azr;help;feature'= {
            cand register 'Register a preview feature'
            cand show 'Get the feature details'
            cand list 'List preview features'
            cand unregister 'Unregister a preview feature'
        }
        &'azr;help;feature;register'= {
        }
        &'azr;help;feature;show'= {
        }
        &'azr;help;feature;list'= {
        }
        &'azr;help;feature;unregister'= {
        }
        &'azr;help;provider'= {
            cand register 'Register a provider'
            cand show 'Gets the specified resource provider'
            cand unregister 'Unregister a provider'
        }
        &'azr;help;provider;register'= {
        }
        &'azr;help;provider;show'= {
        }
        &'azr;help;provider;unregister'= {
        }
        &'azr;help;cloud'= {
            cand list 'List registered clouds'
            cand show 'Get the details of a registered cloud'
            cand register 'Register a cloud'
            cand set 'Set the active cloud'
            cand unregister 'Unregister a cloud'
        }
        &'azr;help;cloud;list'= {
        }
        &'azr;help;cloud;show'= {
        }
        &'azr;help;cloud;register'= {
        }
        &'azr;help;cloud;set'= {
        }
        &'azr;help;cloud;unregister'= {
        }
        &'azr;help;login'= {
        }
        &'azr;help;logout'= {
        }
        &'azr;help;configure'= {
        }
        &'azr;help;config'= {
            cand set 'Set a configuration'
            cand get 'Get a configuration'
            cand unset 'Unset a configuration'
        }
        &'azr;help;config;set'= {
        }
        &'azr;help;config;get'= {
        }
        &'azr;help;config;unset'= {
        }
        &'azr;help;extension'= {
            cand add 'Add an extension'
            cand list 'List the installed extensions'
            cand show 'Show an extension'
            cand remove 'Remove an extension'
            cand update 'Update an extension'
            cand list-available 'List publicly available extensions'
        }
        &'azr;help;extension;add'= {
        }
        &'azr;help;extension;list'= {
        }
        &'azr;help;extension;show'= {
        }
        &'azr;help;extension;remove'= {
        }
        &'azr;help;extension;update'= {
        }
        &'azr;help;extension;list-available'= {
        }
        &'azr;help;account'= {
            cand show 'Get the details of a subscription'
            cand list 'Get a list of subscriptions for the logged in account'
            cand set 'Set a subscription to be the current active subscription'
        }
        &'azr;help;account;show'= {
        }
        &'azr;help;account;list'= {
        }
        &'azr;help;account;set'= {
        }
        &'azr;help;completion'= {
        }
        &'azr;help;emulator'= {
            cand start 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr'
            cand check 'Check a state file''s invariants: every address inside its prefix, none twice, every scale set matching its pool'
        }
        &'azr;help;emulator;start'= {
        }
        &'azr;help;emulator;check'= {
        }
        &'azr;help;demo'= {
        }
        &'azr;help;cassette'= {
            cand reset 'End the cassette''s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record'
        }
        &'azr;help;cassette;reset'= {
        }
        &'azr;help;help'= {
        }
    ]
    $completions[$command]
}
