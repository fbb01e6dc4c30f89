# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_azr_global_optspecs
    string join \n o/output= query= subscription= debug verbose only-show-errors cloud= h/help V/version
end

function __fish_azr_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_azr_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_azr_using_subcommand
    set -l cmd (__fish_azr_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c azr -n "__fish_azr_needs_command" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_needs_command" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_needs_command" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_needs_command" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_needs_command" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_needs_command" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_needs_command" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_needs_command" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_needs_command" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_needs_command" -f -a "group" -d 'Manage resource groups and template deployments'
complete -c azr -n "__fish_azr_needs_command" -f -a "aks" -d 'Manage Azure Kubernetes Services'
complete -c azr -n "__fish_azr_needs_command" -f -a "network" -d 'Manage Azure Network resources'
complete -c azr -n "__fish_azr_needs_command" -f -a "vmss" -d 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)'
complete -c azr -n "__fish_azr_needs_command" -f -a "feature" -d 'Manage resource provider features'
complete -c azr -n "__fish_azr_needs_command" -f -a "provider" -d 'Manage resource providers'
complete -c azr -n "__fish_azr_needs_command" -f -a "cloud" -d 'Manage registered Azure clouds'
complete -c azr -n "__fish_azr_needs_command" -f -a "login" -d 'Log in to Azure'
complete -c azr -n "__fish_azr_needs_command" -f -a "logout" -d 'Log out to remove access to Azure subscriptions'
complete -c azr -n "__fish_azr_needs_command" -f -a "configure" -d 'Manage Azure CLI configuration. This command is interactive'
complete -c azr -n "__fish_azr_needs_command" -f -a "config" -d 'Manage Azure CLI configuration'
complete -c azr -n "__fish_azr_needs_command" -f -a "extension" -d 'Manage and update CLI extensions'
complete -c azr -n "__fish_azr_needs_command" -f -a "account" -d 'Manage Azure subscription information'
complete -c azr -n "__fish_azr_needs_command" -f -a "completion" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c azr -n "__fish_azr_needs_command" -f -a "emulator" -d 'Run the local ARM emulator as an HTTPS server'
complete -c azr -n "__fish_azr_needs_command" -f -a "demo" -d 'Run the AKS node public IP workflow against a fresh built-in emulator, step by step'
complete -c azr -n "__fish_azr_needs_command" -f -a "cassette" -d 'Manage the record/replay sessions of `AZR_CASSETTE` cassettes'
complete -c azr -n "__fish_azr_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -f -a "create" -d 'Create a new resource group'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -f -a "show" -d 'Gets a resource group'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -f -a "list" -d 'List resource groups'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -f -a "delete" -d 'Delete a resource group'
complete -c azr -n "__fish_azr_using_subcommand group; and not __fish_seen_subcommand_from create show list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -s n -l name -l resource-group -d 'Name of the new resource group' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -s l -l location -d 'Location. Values from: `az account list-locations`' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l tags -d 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l managed-by -d 'The ID of the resource that manages this resource group' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -s n -l name -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -l tag -d 'Filter by tag: key[=value]' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -s n -l name -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -s f -l force-deletion-types -d 'The resource types you want to force delete' -r -f -a "Microsoft.Compute/virtualMachines\t''
Microsoft.Compute/virtualMachineScaleSets\t''
Microsoft.Databricks/workspaces\t''"
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new resource group'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'Gets a resource group'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List resource groups'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a resource group'
complete -c azr -n "__fish_azr_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "command" -d 'See detail usage in \'az aks command invoke\', \'az aks command result\''
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "hostport" -d 'Check which auto-assigned host ports the node pools\' allowed host ports leave blocked'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "node-ips" -d 'azr\'s own: each node\'s name, pool, public IP, the prefix it came from, its IP tags and the pool\'s allowed host ports'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "create" -d 'Create a new managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "show" -d 'Show the details for a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "list" -d 'List managed Kubernetes clusters'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "delete" -d 'Delete a managed Kubernetes Cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "get-credentials" -d 'Get access credentials for a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "scale" -d 'Scale the node pool in a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "update" -d 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "nodepool" -d 'Commands to manage node pools in Kubernetes kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "machine" -d 'Get information about machines in a nodepool of a managed clusters'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport node-ips create show list delete get-credentials scale update nodepool machine help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -f -a "invoke" -d 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -f -a "result" -d 'Fetch result from previously triggered \'aks command invoke\''
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -f -a "check" -d 'List pods whose host ports the node pool\'s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from hostport" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -s g -l resource-group -d 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -s n -l name -d 'Name of the managed cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -l nodepool-name -d 'Only the nodes of this node pool' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from node-ips" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s g -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s n -l name -d 'Name of the managed cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s l -l location -d 'Location. Values from: `az account list-locations`. Defaults to the resource group\'s' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s k -l kubernetes-version -d 'Version of Kubernetes to use for creating the cluster, such as "1.30.6" or "1.31"' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s p -l dns-name-prefix -d 'Prefix for hostnames that are created. If not specified, generate a hostname using the managed cluster and resource group names' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s u -l admin-username -d 'User account to create on node VMs for SSH access' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ssh-key-value -d 'Public key path or key contents to install on node VMs for SSH access [default: ~/.ssh/id_rsa.pub]' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nodepool-name -d 'Node pool name, up to 12 alphanumeric characters' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s c -l node-count -d 'Number of nodes in the Kubernetes node pool' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s s -l node-vm-size -d 'Size of Virtual Machines to create as Kubernetes nodes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-public-ip-prefix-id -d 'Public IP prefix ID used to assign public IPs to VMSS nodes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-public-ip-tags -d 'The ipTags of the node public IPs: key[=value] [key[=value] ...] (commas also separate)' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nodepool-allowed-host-ports -d 'Allowed host ports of the node pool: <port-range>/<protocol> ..., space- or comma-separated' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nodepool-asg-ids -d 'Application security group IDs of the node pool, space- or comma-separated' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l vnet-subnet-id -d 'The ID of a subnet in an existing VNet into which to deploy the cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l pod-subnet-id -d 'The ID of a subnet in an existing VNet into which to assign pods in the cluster (requires azure network-plugin)' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l tags -d 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s z -l zones -d 'Space-separated list of availability zones where agent nodes will be placed' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s m -l max-pods -d 'The maximum number of pods deployable to a node' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-osdisk-size -d 'OS disk size in GiB of each node in the pool' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-osdisk-type -d 'OS disk type to be used for machines in a given agent pool' -r -f -a "Managed\t''
Ephemeral\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l vm-set-type -d 'Agent pool vm set type. VirtualMachineScaleSets, AvailabilitySet or VirtualMachines' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ppg -d 'The ID of a PPG' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l min-count -d 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l max-count -d 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l os-sku -d 'The OS SKU of the agent node pool. Ubuntu or AzureLinux' -r -f -a "AzureLinux\t''
AzureLinux3\t''
AzureContainerLinux\t''
Ubuntu\t''
CBLMariner\t''
Mariner\t''
Ubuntu2204\t''
Ubuntu2404\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nodepool-labels -d 'The node labels for all node pools in this cluster: space-separated key=value' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nodepool-taints -d 'The node taints for all node pools in this cluster: comma-separated key=value:effect' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nodepool-tags -d 'Space-separated tags of the node pool: key[=value] [key[=value] ...]' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l kubelet-config -d 'Path to the JSON file of the kubelet configuration of the agent nodes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l linux-os-config -d 'Path to the JSON file of the OS configuration of Linux agent nodes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l message-of-the-day -d 'Path to a file whose content replaces the message of the day of Linux nodes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l workload-runtime -d 'The workload runtime to use on the node pool' -r -f -a "KataVmIsolation\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l gpu-instance-profile -d 'GPU instance profile to partition multi-gpu Nvidia GPUs' -r -f -a "MIG1g\t''
MIG2g\t''
MIG3g\t''
MIG4g\t''
MIG7g\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l pod-ip-allocation-mode -d 'How pod IPs are allocated from the pod subnet' -r -f -a "DynamicIndividual\t''
StaticBlock\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l host-group-id -d 'The fully qualified dedicated host group id used to provision the pool' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l crg-id -d 'The capacity reservation group id used to provision the pool' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l snapshot-id -d 'The source snapshot id used to create the pool' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l vm-sizes -d 'Comma-separated VM sizes of a VirtualMachines pool (one size is accepted)' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l network-plugin -d 'The Kubernetes network plugin to use' -r -f -a "kubenet\t''
azure\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l network-plugin-mode -d 'The network plugin mode to use' -r -f -a "overlay\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l network-policy -d 'Network Policy Engine to use: azure, calico, cilium or none (lower case)' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l network-dataplane -d 'The network dataplane to use' -r -f -a "azure\t''
cilium\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l pod-cidr -d 'A CIDR notation IP range from which to assign pod IPs when kubenet or overlay is used' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l service-cidr -d 'A CIDR notation IP range from which to assign service cluster IPs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l dns-service-ip -d 'An IP address assigned to the Kubernetes DNS service' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-sku -d 'Azure Load Balancer SKU selection for your cluster. basic or standard' -r -f -a "basic\t''
standard\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l outbound-type -d 'How outbound traffic will be configured for a cluster' -r -f -a "loadBalancer\t''
userDefinedRouting\t''
managedNATGateway\t''
userAssignedNATGateway\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-managed-outbound-ip-count -d 'Load balancer managed outbound IP count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l tier -d 'Specify SKU tier for managed clusters' -r -f -a "free\t''
standard\t''
premium\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-resource-group -d 'The node resource group is the resource group where all customer\'s resources will be created in' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l auto-upgrade-channel -d 'Specify the upgrade channel for autoupgrade' -r -f -a "rapid\t''
stable\t''
patch\t''
node-image\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-os-upgrade-channel -d 'Manner in which the OS on your nodes is updated' -r -f -a "NodeImage\t''
None\t''
Unmanaged\t''
SecurityPatch\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l image-cleaner-interval-hours -d 'ImageCleaner scanning interval in hours' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l custom-ca-trust-certificates -l ca-certs -d 'Path to file containing list of new line separated CAs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l k8s-support-plan -d 'Choose from "KubernetesOfficial" or "AKSLongTermSupport"' -r -f -a "KubernetesOfficial\t''
AKSLongTermSupport\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nrg-lockdown-restriction-level -d 'Restriction level on the managed node resource group' -r -f -a "ReadOnly\t''
Unrestricted\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l defender-config -d 'Path to JSON file containing Microsoft Defender profile configurations' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l app-routing-default-nginx-controller -l ardnc -d 'Configure default nginx ingress controller type' -r -f -a "AnnotationControlled\t''
External\t''
Internal\t''
None\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l revision -d 'Azure Service Mesh revision to install' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l aad-tenant-id -d 'The ID of an Azure Active Directory tenant' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l aad-admin-group-object-ids -d 'Comma-separated list of aad group object IDs that will be set as cluster admin' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l assign-identity -d 'Specify an existing user assigned identity for control plane\'s usage in order to manage cluster resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l azure-keyvault-kms-key-id -d 'Identifier of Azure Key Vault key' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l azure-keyvault-kms-key-vault-network-access -d 'Network Access of Azure Key Vault' -r -f -a "Public\t''
Private\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l azure-keyvault-kms-key-vault-resource-id -d 'Resource ID of Azure Key Vault' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s d -l node-osdisk-diskencryptionset-id -d 'ResourceId of the disk encryption set to use for enabling encryption at rest on agent node os disk' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l service-principal -d 'Service principal used for authentication to Azure APIs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l client-secret -d 'Secret associated with the service principal. This argument is required if `--service-principal` is specified' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l windows-admin-username -d 'User account to create on windows node VMs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l windows-admin-password -d 'User account password to use on windows node VMs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l gmsa-dns-server -d 'Specify DNS server for Windows gmsa for this cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l gmsa-root-domain-name -d 'Specify root domain name for Windows gmsa for this cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s a -l enable-addons -d 'Enable the Kubernetes addons in a comma-separated list' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l workspace-resource-id -d 'The resource ID of an existing Log Analytics Workspace to use for storing monitoring data' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-msi-auth-for-monitoring -d 'Send monitoring data to Log Analytics using the cluster\'s assigned identity' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-syslog -d 'Enable syslog data collection for the Monitoring addon' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l data-collection-settings -d 'Path to JSON file containing data collection settings for the Monitoring addon' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-high-log-scale-mode -d 'Enable High Log Scale Mode for Container Logs' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ampls-resource-id -d 'Resource ID of Azure Monitor Private Link scope for Monitoring Addon' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l aci-subnet-name -d 'The name of a subnet in an existing VNet into which to deploy the virtual nodes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l appgw-name -d 'Name of the application gateway to create/use in the node resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l appgw-subnet-cidr -d 'Subnet CIDR to use for a new subnet created to deploy the Application Gateway' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l appgw-id -d 'Resource Id of an existing Application Gateway to use with AGIC' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l appgw-subnet-id -d 'Resource Id of an existing Subnet used to deploy the Application Gateway' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l appgw-watch-namespace -d 'Specify the namespace, which AGIC should watch' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l rotation-poll-interval -d 'Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l cluster-autoscaler-profile -d 'Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty string to clear the profile' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l http-proxy-config -d 'HTTP Proxy configuration for this cluster: the path of a JSON file' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l bootstrap-artifact-source -d 'Configure artifact source when bootstraping the cluster' -r -f -a "Direct\t''
Cache\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l bootstrap-container-registry-resource-id -d 'Configure container registry resource ID' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-provisioning-mode -d 'Set the node provisioning mode of the cluster' -r -f -a "Manual\t''
Auto\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-provisioning-default-pools -d 'The set of default Karpenter NodePools configured for node provisioning' -r -f -a "None\t''
Auto\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l assign-kubelet-identity -d 'Use a user-assigned managed identity as the kubelet identity' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l sku -d 'Specify the name of the cluster\'s SKU (`base` or `automatic`)' -r -f -a "base\t''
automatic\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l docker-bridge-address -d 'Deprecated: accepted and ignored, as az does' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l fqdn-subdomain -d 'Prefix for the FQDN of a private cluster with a custom private DNS zone' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-managed-outbound-ipv6-count -d 'Load balancer managed outbound IPv6 IP count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-outbound-ips -d 'Load balancer outbound IP resource IDs, comma-separated' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-outbound-ip-prefixes -d 'Load balancer outbound IP prefix resource IDs, comma-separated' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-outbound-ports -d 'Load balancer outbound allocated ports' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-idle-timeout -d 'Load balancer idle timeout in minutes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l load-balancer-backend-pool-type -d 'Load balancer backend pool type' -r -f -a "nodeIP\t''
nodeIPConfiguration\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nat-gateway-managed-outbound-ip-count -d 'NAT gateway managed outbound IP count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nat-gateway-managed-outbound-ipv6-count -d 'NAT gateway managed outbound IPv6 count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nat-gateway-idle-timeout -d 'NAT gateway idle timeout in minutes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l outbound-type-sku -d 'SKU of the managed NAT Gateway (Standard or StandardV2)' -r -f -a "Standard\t''
StandardV2\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nat-gateway-outbound-ips -d 'Comma-separated public IP resource IDs for the cluster NAT gateway' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l nat-gateway-outbound-ip-prefixes -d 'Comma-separated public IP prefix resource IDs for the cluster NAT gateway' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ip-families -d 'A comma-separated list of IP versions to use for cluster networking' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l pod-cidrs -d 'A comma-separated list of CIDR notation IP ranges from which to assign pod IPs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l service-cidrs -d 'A comma-separated list of CIDR notation IP ranges from which to assign service cluster IPs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l api-server-authorized-ip-ranges -d 'Comma-separated list of authorized apiserver IP ranges' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l private-dns-zone -d 'Private dns zone mode for private cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l apiserver-subnet-id -d 'The ID of a subnet in an existing VNet into which to assign control plane apiserver pods' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l edge-zone -d 'The name of edge zone' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l attach-acr -d 'Grant the \'acrpull\' role assignment to the ACR specified by name or resource ID' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l acns-advanced-networkpolicies -d 'Allow advanced network policies: None, FQDN or L7' -r -f -a "None\t''
FQDN\t''
L7\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l acns-datapath-acceleration-mode -d 'The datapath acceleration mode: BpfVeth or None' -r -f -a "BpfVeth\t''
None\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l acns-transit-encryption-type -d 'The transit encryption type: WireGuard or None' -r -f -a "WireGuard\t''
None\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-azure-container-storage -d 'Enable azure container storage, alone or with storage pool types' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l container-storage-version -d 'Set azure container storage version' -r -f -a "1\t''
2\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l storage-pool-name -d 'Set storage pool name for azure container storage' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l storage-pool-size -d 'Set storage pool size for azure container storage' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l storage-pool-sku -d 'Set azure disk type storage pool sku for azure container storage' -r -f -a "Premium_LRS\t''
Standard_LRS\t''
StandardSSD_LRS\t''
UltraSSD_LRS\t''
Premium_ZRS\t''
PremiumV2_LRS\t''
StandardSSD_ZRS\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ephemeral-disk-volume-type -d 'Set ephemeral disk volume type for azure container storage. Read by version 1 only (`spec::cluster_storage_v1`); the latest version\'s path never looks at it, in az as in azr' -r -f -a "EphemeralVolumeOnly\t''
PersistentVolumeWithAnnotation\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ephemeral-disk-nvme-perf-tier -d 'Set ephemeral disk NVMe performance tier for azure container storage (version 1 only, as `--ephemeral-disk-volume-type`)' -r -f -a "Basic\t''
Premium\t''
Standard\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l storage-pool-option -d 'Set ephemeral disk storage pool option for azure container storage' -r -f -a "NVMe\t''
Temp\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l azure-monitor-workspace-resource-id -d 'Resource ID of the Azure Monitor Workspace' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ksm-metric-labels-allow-list -d 'Comma-separated list of additional Kubernetes label keys for kube-state-metrics' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l ksm-metric-annotations-allow-list -d 'Comma-separated list of Kubernetes annotation keys for kube-state-metrics' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l grafana-resource-id -d 'Resource ID of the Azure Managed Grafana Workspace' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l syslog-port -d 'TCP port that the Azure Monitor agent listens on for syslog data' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l opentelemetry-metrics-port-http -d 'HTTP/protobuf port for the OpenTelemetry metrics receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l opentelemetry-metrics-port-grpc -d 'GRPC port for the OpenTelemetry metrics receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l opentelemetry-logs-traces-port-http -d 'HTTP/protobuf port for the OpenTelemetry logs and traces receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l opentelemetry-logs-traces-port-grpc -d 'GRPC port for the OpenTelemetry logs and traces receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l system-node-subnet-id -d 'The subnet of the hosted system nodes, in the user\'s own virtual network' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l node-subnet-id -d 'The subnet of the user\'s nodes, in the same virtual network' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l generate-ssh-keys -d 'Generate SSH public and private key files if missing. The keys will be stored in the ~/.ssh directory'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s x -l no-ssh-key -d 'Do not use or create a local SSH key'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-node-public-ip -d 'Enable VMSS node public IP'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l skip-subnet-role-assignment -d 'Skip role assignment for subnet (advanced networking)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-encryption-at-host -d 'Enable EncryptionAtHost, default value is false'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-ultra-ssd -d 'Enable UltraSSD, default value is false'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-fips-image -d 'Use FIPS-enabled OS on agent nodes'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-cluster-autoscaler -d 'Enable cluster autoscaler, default value is false'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-vtpm -d 'Enable vTPM on the pool'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-secure-boot -d 'Enable Secure Boot on the pool'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-managed-identity -d 'Using a system assigned managed identity to manage cluster resource group'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-oidc-issuer -d 'Enable OIDC issuer'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-workload-identity -d 'Enable workload identity addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-aad -d 'Enable managed AAD feature for cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-azure-rbac -d 'Enable Azure RBAC to control authorization checks on cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-local-accounts -d 'If set to true, getting static credentials will be disabled for this cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-app-routing-istio -l enable-ari -d 'Enable Gateway API based ingress on App Routing via Istio'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-gateway-api -d 'Enable managed installation of Gateway API CRDs from the standard release channel'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-keda -d 'Enable KEDA workload auto-scaler'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-vpa -d 'Enable vertical pod autoscaler for cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-cost-analysis -d 'Enable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-ai-toolchain-operator -d 'Enable AI toolchain operator to the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-image-cleaner -d 'Enable ImageCleaner Service'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-run-command -d 'Disable run command feature for the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-defender -d 'Enable Microsoft Defender security profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-azure-monitor-app-monitoring -d 'Enable Azure Monitor Application Monitoring (auto-instrumentation)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-app-routing -d 'Enable Application Routing addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-azure-service-mesh -l enable-asm -d 'Enable Azure Service Mesh'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-rbac -d 'Disable Kubernetes Role-Based Access Control'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-azure-keyvault-kms -d 'Enable Azure KeyVault Key Management Service'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-ahub -d 'Enable Azure Hybrid User Benefits (AHUB) for Windows VMs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-windows-gmsa -d 'Enable Windows gmsa'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-sgxquotehelper -d 'Enable SGX quote helper for the confcom addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-secret-rotation -d 'Enable secret rotation. Use with the azure-keyvault-secrets-provider addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-disk-driver -d 'Disable AzureDisk CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-file-driver -d 'Disable AzureFile CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-blob-driver -d 'Enable AzureBlob CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-snapshot-controller -d 'Disable CSI Snapshot Controller'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-upstream-kubescheduler-user-configuration -d 'Enable user-defined scheduler configuration for kube-scheduler upstream'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-private-cluster -d 'Enable private cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-public-fqdn -d 'Disable public fqdn feature for private cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-apiserver-vnet-integration -d 'Enable integration of user vnet with control plane apiserver pods'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-static-egress-gateway -d 'Enable Static Egress Gateway addon to the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-acns -d 'Enable advanced network functionalities on a cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-acns-observability -d 'Used to disable advanced networking observability features'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-acns-security -d 'Used to disable advanced networking security features'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-azure-monitor-metrics -d 'Enable Azure Monitor Metrics Profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-windows-recording-rules -d 'Enable Windows Recording Rules when enabling the Azure Monitor Metrics addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-control-plane-metrics -d 'Enable control plane metrics (needs Azure Monitor metrics)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-azure-monitor-logs -d 'Enable Azure Monitor logs (Container Insights) on the Azure Monitor profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-prometheus-metrics-scraping -d 'Enable Prometheus metrics scraping by the Container Insights agent'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-prometheus-metrics-scraping -d 'Disable Prometheus metrics scraping by the Container Insights agent'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-opentelemetry-metrics -d 'Enable the OpenTelemetry metrics receiver (needs Azure Monitor metrics)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-opentelemetry-metrics -d 'Disable the OpenTelemetry metrics receiver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-opentelemetry-logs-traces -d 'Enable the OpenTelemetry logs and traces receiver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l disable-opentelemetry-logs-traces -d 'Disable the OpenTelemetry logs and traces receiver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-container-network-logs -d 'Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l enable-hosted-system -d 'Let AKS run the system node pool (Automatic clusters only)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -s g -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -s n -l name -d 'Name of the managed cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -s g -l resource-group -d 'Name of resource group. Without it, every cluster of the subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -s g -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -s n -l name -d 'Name of the managed cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -s g -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -s n -l name -d 'Name of the managed cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l context -d 'If specified, overwrite the default context name. The `--admin` parameter takes precedence over `--context`' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -s f -l file -d 'Kubernetes configuration file to update. Use "-" to print YAML to stdout instead [default: ~/.kube/config]' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l format -d 'Specify the format of returned credential. Available values are ["exec", "azure"]. Only take effect when requesting clusterUser credential of AAD clusters' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -s a -l admin -d 'Get cluster administrator credentials'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l overwrite-existing -d 'Overwrite any existing cluster entry with the same name'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l public-fqdn -d 'Get private cluster credential with server address to be public fqdn'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from get-credentials" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -s g -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -s n -l name -d 'Name of the managed cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -s c -l node-count -d 'Number of nodes in the Kubernetes node pool' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l nodepool-name -d 'Node pool name, up to 12 alphanumeric characters' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from scale" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s g -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s n -l name -d 'Name of the managed cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l tags -d 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l tier -d 'Specify SKU tier for managed clusters' -r -f -a "free\t''
standard\t''
premium\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l auto-upgrade-channel -d 'Specify the upgrade channel for autoupgrade' -r -f -a "rapid\t''
stable\t''
patch\t''
node-image\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l node-os-upgrade-channel -d 'Manner in which the OS on your nodes is updated. It could be NodeImage, None, SecurityPatch or Unmanaged (az sends the value as given; AKS checks it)' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l min-count -d 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified. Please specify the value in the range of [0, 1000]' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l max-count -d 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified. Please specify the value in the range of [0, 1000]' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l aks-custom-headers -d 'Send custom headers. When specified, format should be Key1=Value1,Key2=Value2' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l image-cleaner-interval-hours -d 'ImageCleaner scanning interval in hours' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l custom-ca-trust-certificates -l ca-certs -d 'Path to file containing list of new line separated CAs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l k8s-support-plan -d 'Choose from "KubernetesOfficial" or "AKSLongTermSupport"' -r -f -a "KubernetesOfficial\t''
AKSLongTermSupport\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nrg-lockdown-restriction-level -d 'Restriction level on the managed node resource group' -r -f -a "ReadOnly\t''
Unrestricted\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l defender-config -d 'Path to JSON file containing Microsoft Defender profile configurations' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l aad-tenant-id -d 'The ID of an Azure Active Directory tenant' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l aad-admin-group-object-ids -d 'Comma-separated list of aad group object IDs that will be set as cluster admin' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l assign-identity -d 'Specify an existing user assigned identity to manage cluster resource group' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l azure-keyvault-kms-key-id -d 'Identifier of Azure Key Vault key' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l azure-keyvault-kms-key-vault-network-access -d 'Network Access of Azure Key Vault' -r -f -a "Public\t''
Private\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l azure-keyvault-kms-key-vault-resource-id -d 'Resource ID of Azure Key Vault' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l windows-admin-password -d 'User account password to use on windows node VMs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l gmsa-dns-server -d 'Specify DNS server for Windows gmsa for this cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l gmsa-root-domain-name -d 'Specify root domain name for Windows gmsa for this cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l rotation-poll-interval -d 'Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l cluster-autoscaler-profile -d 'Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty string to clear the profile' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l http-proxy-config -d 'HTTP Proxy configuration for this cluster: the path of a JSON file' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l upgrade-override-until -d 'Until when the cluster upgradeSettings overrides are effective' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nodepool-labels -d 'The node labels for all node pools in this cluster: space-separated key=value' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nodepool-taints -d 'The node taints for all node pools in this cluster: comma-separated key=value:effect' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l bootstrap-artifact-source -d 'Configure artifact source when bootstraping the cluster' -r -f -a "Direct\t''
Cache\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l bootstrap-container-registry-resource-id -d 'Configure container registry resource ID' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l node-provisioning-mode -d 'Set the node provisioning mode of the cluster' -r -f -a "Manual\t''
Auto\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l node-provisioning-default-pools -d 'The set of default Karpenter NodePools configured for node provisioning' -r -f -a "None\t''
Auto\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l assign-kubelet-identity -d 'Use a user-assigned managed identity as the kubelet identity' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l sku -d 'Specify the name of the cluster\'s SKU (`base` or `automatic`)' -r -f -a "base\t''
automatic\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l ip-families -d 'A comma-separated list of IP versions to use for cluster networking' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l network-plugin -d 'The Kubernetes network plugin to use' -r -f -a "kubenet\t''
azure\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l network-plugin-mode -d 'The network plugin mode to use' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l network-dataplane -d 'The network dataplane to use' -r -f -a "azure\t''
cilium\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l network-policy -d 'The network policy to use' -r -f -a "azure\t''
calico\t''
cilium\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l pod-cidr -d 'Update the pod CIDR for a cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-managed-outbound-ip-count -d 'Load balancer managed outbound IP count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-managed-outbound-ipv6-count -d 'Load balancer managed outbound IPv6 IP count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-outbound-ips -d 'Load balancer outbound IP resource IDs, comma-separated' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-outbound-ip-prefixes -d 'Load balancer outbound IP prefix resource IDs, comma-separated' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-outbound-ports -d 'Load balancer outbound allocated ports' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-idle-timeout -d 'Load balancer idle timeout in minutes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-backend-pool-type -d 'Load balancer backend pool type' -r -f -a "nodeIP\t''
nodeIPConfiguration\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l load-balancer-sku -d 'Azure Load Balancer SKU selection for your cluster. Only standard is accepted' -r -f -a "standard\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l outbound-type -d 'How outbound traffic will be configured for a cluster' -r -f -a "loadBalancer\t''
userDefinedRouting\t''
managedNATGateway\t''
userAssignedNATGateway\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nat-gateway-managed-outbound-ip-count -d 'NAT gateway managed outbound IP count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nat-gateway-managed-outbound-ipv6-count -d 'NAT gateway managed outbound IPv6 count' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nat-gateway-idle-timeout -d 'NAT gateway idle timeout in minutes' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l outbound-type-sku -d 'SKU of the managed NAT Gateway (Standard or StandardV2)' -r -f -a "Standard\t''
StandardV2\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nat-gateway-outbound-ips -d 'Comma-separated public IP resource IDs for the cluster NAT gateway' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l nat-gateway-outbound-ip-prefixes -d 'Comma-separated public IP prefix resource IDs for the cluster NAT gateway' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l api-server-authorized-ip-ranges -d 'Comma-separated list of authorized apiserver IP ranges. Set to "" to allow all traffic' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l private-dns-zone -d 'The private dns zone mode for private cluster' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l apiserver-subnet-id -d 'The ID of a subnet in an existing VNet into which to assign control plane apiserver pods' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l attach-acr -d 'Grant the \'acrpull\' role assignment to the ACR specified by name or resource ID' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l detach-acr -d 'Disable the \'acrpull\' role assignment to the ACR specified by name or resource ID' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s t -l assignee-principal-type -d 'The principal type of the AcrPull assignment: User, Group or ServicePrincipal' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l acns-advanced-networkpolicies -d 'Allow advanced network policies: None, FQDN or L7' -r -f -a "None\t''
FQDN\t''
L7\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l acns-datapath-acceleration-mode -d 'The datapath acceleration mode: BpfVeth or None' -r -f -a "BpfVeth\t''
None\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l acns-transit-encryption-type -d 'The transit encryption type: WireGuard or None' -r -f -a "WireGuard\t''
None\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-azure-container-storage -d 'Enable azure container storage, alone or with storage pool types' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l container-storage-version -d 'Set azure container storage version' -r -f -a "1\t''
2\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l storage-pool-name -d 'Set storage pool name for azure container storage' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l storage-pool-size -d 'Set storage pool size for azure container storage' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l storage-pool-sku -d 'Set azure disk type storage pool sku for azure container storage' -r -f -a "Premium_LRS\t''
Standard_LRS\t''
StandardSSD_LRS\t''
UltraSSD_LRS\t''
Premium_ZRS\t''
PremiumV2_LRS\t''
StandardSSD_ZRS\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l ephemeral-disk-volume-type -d 'Set ephemeral disk volume type for azure container storage. Read by version 1 only (`spec::cluster_storage_v1`); the latest version\'s path never looks at it, in az as in azr' -r -f -a "EphemeralVolumeOnly\t''
PersistentVolumeWithAnnotation\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l ephemeral-disk-nvme-perf-tier -d 'Set ephemeral disk NVMe performance tier for azure container storage (version 1 only, as `--ephemeral-disk-volume-type`)' -r -f -a "Basic\t''
Premium\t''
Standard\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-azure-container-storage -d 'Disable azure container storage or some of its storage pool types' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l azure-container-storage-nodepools -d 'The comma-separated node pools to install azure container storage on (version 1 only, as `--ephemeral-disk-volume-type`)' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l storage-pool-option -d 'Set ephemeral disk storage pool option for azure container storage' -r -f -a "NVMe\t''
Temp\t''
all\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l azure-monitor-workspace-resource-id -d 'Resource ID of the Azure Monitor Workspace' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l ksm-metric-labels-allow-list -d 'Comma-separated list of additional Kubernetes label keys for kube-state-metrics' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l ksm-metric-annotations-allow-list -d 'Comma-separated list of Kubernetes annotation keys for kube-state-metrics' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l grafana-resource-id -d 'Resource ID of the Azure Managed Grafana Workspace' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l syslog-port -d 'TCP port that the Azure Monitor agent listens on for syslog data' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l opentelemetry-metrics-port-http -d 'HTTP/protobuf port for the OpenTelemetry metrics receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l opentelemetry-metrics-port-grpc -d 'GRPC port for the OpenTelemetry metrics receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l opentelemetry-logs-traces-port-http -d 'HTTP/protobuf port for the OpenTelemetry logs and traces receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l opentelemetry-logs-traces-port-grpc -d 'GRPC port for the OpenTelemetry logs and traces receiver' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l workspace-resource-id -d 'The resource ID of an existing Log Analytics Workspace to use for storing monitoring data' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-high-log-scale-mode -d 'Enable High Log Scale Mode for Container Logs' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-syslog -d 'Enable syslog data collection for Azure Monitor logs' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l data-collection-settings -d 'Path to JSON file containing data collection settings for Azure Monitor logs' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l ampls-resource-id -d 'Resource ID of Azure Monitor Private Link scope for Monitoring Addon' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-msi-auth-for-monitoring -d 'Send monitoring data to Log Analytics using the cluster\'s assigned identity' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s e -l enable-cluster-autoscaler -d 'Enable cluster autoscaler'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s d -l disable-cluster-autoscaler -d 'Disable cluster autoscaler'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s u -l update-cluster-autoscaler -d 'Update min-count or max-count for cluster autoscaler'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l no-wait -d 'Do not wait for the long-running operation to finish'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-app-routing-istio -l enable-ari -d 'Enable Gateway API based ingress on App Routing via Istio'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-gateway-api -d 'Enable managed installation of Gateway API CRDs from the standard release channel'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-keda -d 'Enable KEDA workload auto-scaler'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-vpa -d 'Enable vertical pod autoscaler for cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-cost-analysis -d 'Enable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-ai-toolchain-operator -d 'Enable AI toolchain operator to the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-image-cleaner -d 'Enable ImageCleaner Service'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-run-command -d 'Disable run command feature for the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-defender -d 'Enable Microsoft Defender security profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-azure-monitor-app-monitoring -d 'Enable Azure Monitor Application Monitoring (auto-instrumentation)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-app-routing-istio -l disable-ari -d 'Disable Gateway API based ingress on App Routing via Istio'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-gateway-api -d 'Disable managed installation of Gateway API CRDs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-keda -d 'Disable KEDA workload auto-scaler'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-vpa -d 'Disable vertical pod autoscaler for cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-cost-analysis -d 'Disable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-ai-toolchain-operator -d 'Disable AI toolchain operator'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-image-cleaner -d 'Disable ImageCleaner Service'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-run-command -d 'Enable run command feature for the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-defender -d 'Disable defender profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-azure-monitor-app-monitoring -d 'Disable Azure Monitor Application Monitoring'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-aad -d 'Enable managed AAD feature for cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-azure-rbac -d 'Enable Azure RBAC to control authorization checks on cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-azure-rbac -d 'Disable Azure RBAC to control authorization checks on cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-local-accounts -d 'If set to true, getting static credentials will be disabled for this cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-local-accounts -d 'If set to true, will enable getting static credential for this cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-oidc-issuer -d 'Enable OIDC issuer'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-workload-identity -d 'Enable workload identity addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-workload-identity -d 'Disable workload identity addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-managed-identity -d 'Update current cluster to use managed identity to manage cluster resource group'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-azure-keyvault-kms -d 'Enable Azure KeyVault Key Management Service'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-azure-keyvault-kms -d 'Disable Azure KeyVault Key Management Service'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-ahub -d 'Enable Azure Hybrid User Benefits (AHUB) feature for cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-ahub -d 'Disable Azure Hybrid User Benefits (AHUB) feature for cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-windows-gmsa -d 'Enable Windows gmsa'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-windows-gmsa -d 'Disable Windows gmsa on cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-secret-rotation -d 'Enable secret rotation. Use with the azure-keyvault-secrets-provider addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-secret-rotation -d 'Disable secret rotation. Use with the azure-keyvault-secrets-provider addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-disk-driver -d 'Enable AzureDisk CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-disk-driver -d 'Disable AzureDisk CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-file-driver -d 'Enable AzureFile CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-file-driver -d 'Disable AzureFile CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-blob-driver -d 'Enable AzureBlob CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-blob-driver -d 'Disable AzureBlob CSI Driver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-snapshot-controller -d 'Enable Snapshot Controller'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-snapshot-controller -d 'Disable CSI Snapshot Controller'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-http-proxy -d 'Disable HTTP Proxy Configuration on the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-http-proxy -d 'Enable HTTP Proxy Configuration on the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-force-upgrade -d 'Enable forceUpgrade cluster upgrade settings override'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-force-upgrade -d 'Disable forceUpgrade cluster upgrade settings override'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-upstream-kubescheduler-user-configuration -d 'Enable user-defined scheduler configuration for kube-scheduler upstream'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-upstream-kubescheduler-user-configuration -d 'Disable user-defined scheduler configuration for kube-scheduler upstream'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l migrate-vmas-to-vms -d 'Migrate a VMAS cluster\'s pool to the VirtualMachines type'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-public-fqdn -d 'Enable public fqdn feature for private cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-public-fqdn -d 'Disable public fqdn feature for private cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-apiserver-vnet-integration -d 'Enable integration of user vnet with control plane apiserver pods'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-private-cluster -d 'Enable private cluster for apiserver vnet integration cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-private-cluster -d 'Disable private cluster for apiserver vnet integration cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-static-egress-gateway -d 'Enable Static Egress Gateway addon to the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-static-egress-gateway -d 'Disable Static Egress Gateway addon to the cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-acns -d 'Enable advanced network functionalities on a cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-acns-observability -d 'Used to disable advanced networking observability features'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-acns-security -d 'Used to disable advanced networking security features'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-acns -d 'Disable all advanced networking functionalities on a cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-azure-monitor-metrics -d 'Enable Azure Monitor Metrics Profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-windows-recording-rules -d 'Enable Windows Recording Rules when enabling the Azure Monitor Metrics addon'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-control-plane-metrics -d 'Enable control plane metrics (needs Azure Monitor metrics)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-azure-monitor-metrics -d 'Disable Azure Monitor Metrics Profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-control-plane-metrics -d 'Disable control plane metrics'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-azure-monitor-logs -d 'Enable Azure Monitor logs (Container Insights) on the Azure Monitor profile'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-prometheus-metrics-scraping -d 'Enable Prometheus metrics scraping by the Container Insights agent'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-prometheus-metrics-scraping -d 'Disable Prometheus metrics scraping by the Container Insights agent'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-opentelemetry-metrics -d 'Enable the OpenTelemetry metrics receiver (needs Azure Monitor metrics)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-opentelemetry-metrics -d 'Disable the OpenTelemetry metrics receiver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-opentelemetry-logs-traces -d 'Enable the OpenTelemetry logs and traces receiver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-opentelemetry-logs-traces -d 'Disable the OpenTelemetry logs and traces receiver'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-azure-monitor-logs -d 'Disable Azure Monitor logs (Container Insights)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l enable-container-network-logs -d 'Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l disable-container-network-logs -d 'Disable container network logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -f -a "add" -d 'Add a node pool to the managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -f -a "update" -d 'Update a node pool properties'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -f -a "show" -d 'Show the details for a node pool in the managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -f -a "list" -d 'List node pools in the managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -f -a "delete" -d 'Delete the agent pool in the managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -f -a "scale" -d 'Scale the node pool in a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from nodepool" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -f -a "list" -d 'Get information about IP Addresses, Hostname for all machines in an agentpool'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -f -a "show" -d 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from machine" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "command" -d 'See detail usage in \'az aks command invoke\', \'az aks command result\''
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "hostport" -d 'Check which auto-assigned host ports the node pools\' allowed host ports leave blocked'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "node-ips" -d 'azr\'s own: each node\'s name, pool, public IP, the prefix it came from, its IP tags and the pool\'s allowed host ports'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the details for a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List managed Kubernetes clusters'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a managed Kubernetes Cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "get-credentials" -d 'Get access credentials for a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "scale" -d 'Scale the node pool in a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "nodepool" -d 'Commands to manage node pools in Kubernetes kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "machine" -d 'Get information about machines in a nodepool of a managed clusters'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -f -a "public-ip" -d 'Manage public IP addresses'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -f -a "asg" -d 'Manage application security groups (ASGs)'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -f -a "nsg" -d 'Manage Azure Network Security Groups (NSGs)'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -f -a "vnet" -d 'Manage Azure Virtual Networks'
complete -c azr -n "__fish_azr_using_subcommand network; and not __fish_seen_subcommand_from public-ip asg nsg vnet help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -f -a "prefix" -d 'Manage public IP prefix resources'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from public-ip" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -f -a "create" -d 'Create an application security group'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -f -a "show" -d 'Get details of an application security group'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -f -a "list" -d 'List all application security groups in a subscription'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -f -a "delete" -d 'Delete an application security group'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from asg" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -f -a "create" -d 'Create a network security group'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -f -a "delete" -d 'Delete a network security group'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -f -a "list" -d 'List network security groups'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -f -a "show" -d 'Get information about a network security group'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -f -a "rule" -d 'Manage network security group rules'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from nsg" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -f -a "create" -d 'Create a virtual network'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -f -a "show" -d 'Get the details of a virtual network'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -f -a "list" -d 'List virtual networks'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -f -a "delete" -d 'Delete a virtual network'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -f -a "subnet" -d 'Manage subnets in an Azure Virtual Network'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from vnet" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "public-ip" -d 'Manage public IP addresses'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "asg" -d 'Manage application security groups (ASGs)'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "nsg" -d 'Manage Azure Network Security Groups (NSGs)'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "vnet" -d 'Manage Azure Virtual Networks'
complete -c azr -n "__fish_azr_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -f -a "list" -d 'List all VMSS under a resource group'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -f -a "list-instance-public-ips" -d 'List public IP addresses of VM instances within a set'
complete -c azr -n "__fish_azr_using_subcommand vmss; and not __fish_seen_subcommand_from list list-instance-public-ips help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -s g -l resource-group -d 'Name of resource group. Lists the whole subscription when omitted' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l max-items -d 'Total number of items to return in the command\'s output' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l next-token -d 'Token to specify where to start paginating' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -s g -l resource-group -d 'Name of resource group' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -s n -l name -d 'Scale set name' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -l ids -d 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of \'Resource Id\' arguments. You should provide either --ids or other \'Resource Id\' arguments' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from list-instance-public-ips" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from help" -f -a "list" -d 'List all VMSS under a resource group'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from help" -f -a "list-instance-public-ips" -d 'List public IP addresses of VM instances within a set'
complete -c azr -n "__fish_azr_using_subcommand vmss; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -f -a "register" -d 'Register a preview feature'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -f -a "show" -d 'Get the feature details'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -f -a "list" -d 'List preview features'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -f -a "unregister" -d 'Unregister a preview feature'
complete -c azr -n "__fish_azr_using_subcommand feature; and not __fish_seen_subcommand_from register show list unregister help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -l namespace -d 'The resource namespace, aka \'provider\'' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -s n -l name -d 'The feature name' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -l namespace -d 'The resource namespace, aka \'provider\'' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -s n -l name -d 'The feature name' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -l namespace -d 'The resource namespace, aka \'provider\'' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -l namespace -d 'The resource namespace, aka \'provider\'' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -s n -l name -d 'The feature name' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from unregister" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a preview feature'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "show" -d 'Get the feature details'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "list" -d 'List preview features'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "unregister" -d 'Unregister a preview feature'
complete -c azr -n "__fish_azr_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -f -a "register" -d 'Register a provider'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -f -a "show" -d 'Gets the specified resource provider'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -f -a "unregister" -d 'Unregister a provider'
complete -c azr -n "__fish_azr_using_subcommand provider; and not __fish_seen_subcommand_from register show unregister help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -s n -l namespace -d 'The resource namespace, aka \'provider\'' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -s m -l management-group-id -d 'The management group id to register' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -s c -l consent-to-permissions -d 'A value indicating whether authorization is consented or not'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l wait -d 'Wait for the registration to finish'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l accept-terms -d 'Accept market place terms and RP terms for RPaaS'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -s n -l namespace -d 'The resource namespace, aka \'provider\'' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -l expand -d 'The $expand query parameter, e.g. `resourceTypes/aliases`' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -s n -l namespace -d 'The resource namespace, aka \'provider\'' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -l wait -d 'Wait for unregistration to finish'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from unregister" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a provider'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "show" -d 'Gets the specified resource provider'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "unregister" -d 'Unregister a provider'
complete -c azr -n "__fish_azr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -f -a "list" -d 'List registered clouds'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -f -a "show" -d 'Get the details of a registered cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -f -a "register" -d 'Register a cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -f -a "set" -d 'Set the active cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -f -a "unregister" -d 'Unregister a cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and not __fish_seen_subcommand_from list show register set unregister help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -s n -l name -d 'Name of a registered cloud' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -s n -l name -d 'Name of a registered cloud' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l cloud-config -d 'JSON encoded cloud configuration. Use @{file} to load from a file' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l profile -d 'Profile to use for this cloud' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-resource-manager -d 'The resource management endpoint' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-active-directory -d 'The Active Directory login endpoint' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-active-directory-resource-id -d 'The resource ID to obtain AD tokens for' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-active-directory-graph-resource-id -d 'The Active Directory resource ID' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-microsoft-graph-resource-id -d 'The Microsoft Graph resource ID' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-active-directory-data-lake-resource-id -d 'The Active Directory resource ID for data lake services' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-management -d 'The endpoint for management' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-sql-management -d 'The sql server management endpoint' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-gallery -d 'The template gallery endpoint' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l endpoint-vm-image-alias-doc -d 'The uri of the document which caches commonly used virtual machine images' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l suffix-sql-server-hostname -d 'The dns suffix for sql servers' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l suffix-storage-endpoint -d 'The endpoint suffix for storage accounts' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l suffix-keyvault-dns -d 'The dns suffix for Key Vault' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l suffix-azure-datalake-store-file-system-endpoint -d 'The dns suffix for Azure Data Lake Store file system' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l suffix-azure-datalake-analytics-catalog-and-job-endpoint -d 'The dns suffix for Azure Data Lake Analytics catalog and job' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l suffix-acr-login-server-endpoint -d 'The Azure Container Registry login server suffix' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l skip-endpoint-discovery -d 'If set, endpoint discovery will not be attempted'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -s n -l name -d 'Name of a registered cloud' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use. Only `latest` is supported' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -s n -l name -d 'Name of a registered cloud' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from unregister" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "list" -d 'List registered clouds'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "show" -d 'Get the details of a registered cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the active cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "unregister" -d 'Unregister a cloud'
complete -c azr -n "__fish_azr_using_subcommand cloud; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand login" -s u -l username -d 'User name or service principal client ID' -r
complete -c azr -n "__fish_azr_using_subcommand login" -s p -l password -d 'User password or service principal secret' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l certificate -d 'PEM file with key and public certificate' -r
complete -c azr -n "__fish_azr_using_subcommand login" -s t -l tenant -d 'The Microsoft Entra tenant, must be provided when using a service principal' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l client-id -d 'Client ID of the user-assigned managed identity' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l object-id -d 'Object ID of the user-assigned managed identity' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l resource-id -d 'Resource ID of the user-assigned managed identity' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l scope -d 'Used in the /authorize request. It can cover only one static resource' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l claims-challenge -d 'Base64-encoded claims challenge requested by a resource API in the WWW-Authenticate header' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l federated-token -d 'Federated token that can be used for OIDC token exchange' -r
complete -c azr -n "__fish_azr_using_subcommand login" -s s -d 'Subscription ID or name to set as the default (`-s`; `--subscription` is the global flag of the same name)' -r
complete -c azr -n "__fish_azr_using_subcommand login" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand login" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand login" -l service-principal -d 'Log in with a service principal'
complete -c azr -n "__fish_azr_using_subcommand login" -l allow-no-subscriptions -d 'Support accessing tenants without subscriptions'
complete -c azr -n "__fish_azr_using_subcommand login" -s i -l identity -d 'Log in using managed identity'
complete -c azr -n "__fish_azr_using_subcommand login" -l use-device-code -d 'Use CLI\'s old authentication flow based on device code. CLI will also use this if it can\'t launch a browser in your behalf, e.g. in remote SSH or Cloud Shell'
complete -c azr -n "__fish_azr_using_subcommand login" -l use-cert-sn-issuer -d 'Use Subject Name + Issuer (SN+I) authentication in order to support automatic certificate rolls'
complete -c azr -n "__fish_azr_using_subcommand login" -l skip-subscription-discovery -l skip-sub -d 'Skip the subscription discovery process during login. Requires --tenant. Use with --subscription to fetch a single subscription without listing all'
complete -c azr -n "__fish_azr_using_subcommand login" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand login" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand login" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand login" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand login" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand logout" -l username -d 'Account user, if missing, logout the current active account' -r
complete -c azr -n "__fish_azr_using_subcommand logout" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand logout" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand logout" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand logout" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand logout" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand logout" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand logout" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand logout" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand logout" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand configure" -s d -l defaults -d 'Space-separated \'name=value\' pairs for common argument defaults' -r
complete -c azr -n "__fish_azr_using_subcommand configure" -s l -l list-defaults -d 'List all applicable defaults' -r -f -a "true\t''
false\t''
yes\t''
no\t''
1\t''
0\t''
on\t''
off\t''"
complete -c azr -n "__fish_azr_using_subcommand configure" -l scope -d 'Scope of defaults. Using "local" for settings only effective under current folder' -r -f -a "global\t''
local\t''"
complete -c azr -n "__fish_azr_using_subcommand configure" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand configure" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand configure" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand configure" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand configure" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand configure" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand configure" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand configure" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand configure" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -f -a "set" -d 'Set a configuration'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -f -a "get" -d 'Get a configuration'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -f -a "unset" -d 'Unset a configuration'
complete -c azr -n "__fish_azr_using_subcommand config; and not __fish_seen_subcommand_from set get unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -l local -d 'Set as a local configuration in the working directory'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -l local -d 'Include local configuration. Scan from the working directory up to the root drive, then the global configuration and return the first occurrence'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -l local -d 'Include local configuration. Scan from the working directory up to the root drive, then the global configuration and unset the first occurrence'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a configuration'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get a configuration'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Unset a configuration'
complete -c azr -n "__fish_azr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -f -a "add" -d 'Add an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -f -a "list" -d 'List the installed extensions'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -f -a "show" -d 'Show an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -f -a "remove" -d 'Remove an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -f -a "update" -d 'Update an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -f -a "list-available" -d 'List publicly available extensions'
complete -c azr -n "__fish_azr_using_subcommand extension; and not __fish_seen_subcommand_from add list show remove update list-available help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -s n -l name -d 'Name of extension' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -s s -l source -d 'Filepath or URL to an extension' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l version -d 'The specific version of an extension' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l allow-preview -d 'Include preview packages for extension installation, if exists' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l pip-extra-index-urls -d 'Space-separated list of extra URLs of package indexes to use' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l pip-proxy -d 'Proxy for pip to use for extension dependencies' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l index -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not prompt for confirmation'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l upgrade -d 'Update the extension if already installed, otherwise just install the extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l system -d 'Use a system directory for the extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -s n -l name -d 'Name of extension' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -s n -l name -d 'Name of extension' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -s n -l name -d 'Name of extension' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l allow-preview -d 'Include preview packages for extension installation, if exists' -r -f -a "true\t''
false\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l pip-extra-index-urls -d 'Space-separated list of extra URLs of package indexes to use' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l pip-proxy -d 'Proxy for pip to use for extension dependencies' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l index -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -l index -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -s d -l show-details -d 'Show the raw data from the extension index'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from list-available" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the installed extensions'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an extension'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from help" -f -a "list-available" -d 'List publicly available extensions'
complete -c azr -n "__fish_azr_using_subcommand extension; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -f -a "show" -d 'Get the details of a subscription'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -f -a "list" -d 'Get a list of subscriptions for the logged in account'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -f -a "set" -d 'Set a subscription to be the current active subscription'
complete -c azr -n "__fish_azr_using_subcommand account; and not __fish_seen_subcommand_from show list set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -s n -l name -d 'Name or ID of subscription (also `--subscription`)' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l all -d 'List all subscriptions from all clouds, including subscriptions that are not \'Enabled\''
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l refresh -d 'Retrieve up-to-date subscriptions from server'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -s n -l name -d 'Name or ID of subscription (also `--subscription`)' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Get the details of a subscription'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'Get a list of subscriptions for the logged in account'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a subscription to be the current active subscription'
complete -c azr -n "__fish_azr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand completion" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand completion" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand completion" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand completion" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand completion" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand completion" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand completion" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand completion" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand completion" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -f -a "start" -d 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -f -a "check" -d 'Check a state file\'s invariants: every address inside its prefix, none twice, every scale set matching its pool'
complete -c azr -n "__fish_azr_using_subcommand emulator; and not __fish_seen_subcommand_from start check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l port -d 'TCP port to listen on; 0 picks a free one (printed when ready)' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l tls-dir -d 'Directory for the CA (`ca.pem`, reused across restarts) that clients must trust. Default: `emulator-server` in the config dir' -r -F
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l state -d 'SQLite state file. Default: `emulator.db` in the TLS directory' -r -F
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l bind -d 'Address to bind' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l request-log -d 'Append one JSON line per request (method, path, query, selected headers, body, status)' -r -F
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l operation-ms -d 'How long cluster and agent pool operations stay in progress, in milliseconds (default: the emulator\'s, 100)' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l feature-delay-ms -d 'How long a registered feature stays `Registering`, in milliseconds' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l fault-rate -d 'Fraction (0-1) of ARM requests answered 429 or 503, alternately, at a fixed cadence' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l fault-retry-after -d '`Retry-After` seconds sent with injected faults' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l token-lifetime -d 'Lifetime of issued tokens, in seconds' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l poll-ms -d 'Poll interval (ms) hinted on long-running operations: `retry-after-ms` below one second, `Retry-After` from one second up (default: 20, or --operation-ms when shorter)' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l login-user -d 'The user every interactive sign-in (device code, browser) signs in as' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -l state -d 'The SQLite state file (`--state` of `emulator start`)' -r -F
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "start" -d 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a state file\'s invariants: every address inside its prefix, none twice, every scale set matching its pool'
complete -c azr -n "__fish_azr_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand demo" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand demo" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand demo" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand demo" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand demo" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand demo" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand demo" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand demo" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand demo" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -f -a "reset" -d 'End the cassette\'s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record'
complete -c azr -n "__fish_azr_using_subcommand cassette; and not __fish_seen_subcommand_from reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from help" -f -a "reset" -d 'End the cassette\'s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record'
complete -c azr -n "__fish_azr_using_subcommand cassette; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "group" -d 'Manage resource groups and template deployments'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "aks" -d 'Manage Azure Kubernetes Services'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "network" -d 'Manage Azure Network resources'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "vmss" -d 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "feature" -d 'Manage resource provider features'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "provider" -d 'Manage resource providers'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "cloud" -d 'Manage registered Azure clouds'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "login" -d 'Log in to Azure'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "logout" -d 'Log out to remove access to Azure subscriptions'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "configure" -d 'Manage Azure CLI configuration. This command is interactive'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "config" -d 'Manage Azure CLI configuration'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "extension" -d 'Manage and update CLI extensions'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "account" -d 'Manage Azure subscription information'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "completion" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "emulator" -d 'Run the local ARM emulator as an HTTPS server'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "demo" -d 'Run the AKS node public IP workflow against a fresh built-in emulator, step by step'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "cassette" -d 'Manage the record/replay sessions of `AZR_CASSETTE` cassettes'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a new resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Gets a resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List resource groups'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "command" -d 'See detail usage in \'az aks command invoke\', \'az aks command result\''
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "hostport" -d 'Check which auto-assigned host ports the node pools\' allowed host ports leave blocked'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "node-ips" -d 'azr\'s own: each node\'s name, pool, public IP, the prefix it came from, its IP tags and the pool\'s allowed host ports'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "create" -d 'Create a new managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "show" -d 'Show the details for a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "list" -d 'List managed Kubernetes clusters'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "delete" -d 'Delete a managed Kubernetes Cluster'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "get-credentials" -d 'Get access credentials for a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "scale" -d 'Scale the node pool in a managed Kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "update" -d 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "nodepool" -d 'Commands to manage node pools in Kubernetes kubernetes cluster'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "machine" -d 'Get information about machines in a nodepool of a managed clusters'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "public-ip" -d 'Manage public IP addresses'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "asg" -d 'Manage application security groups (ASGs)'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "nsg" -d 'Manage Azure Network Security Groups (NSGs)'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "vnet" -d 'Manage Azure Virtual Networks'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from vmss" -f -a "list" -d 'List all VMSS under a resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from vmss" -f -a "list-instance-public-ips" -d 'List public IP addresses of VM instances within a set'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "register" -d 'Register a preview feature'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "show" -d 'Get the feature details'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "list" -d 'List preview features'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "unregister" -d 'Unregister a preview feature'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "register" -d 'Register a provider'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "show" -d 'Gets the specified resource provider'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "unregister" -d 'Unregister a provider'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "list" -d 'List registered clouds'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "show" -d 'Get the details of a registered cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "register" -d 'Register a cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "set" -d 'Set the active cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "unregister" -d 'Unregister a cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a configuration'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Get a configuration'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Unset a configuration'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from extension" -f -a "add" -d 'Add an extension'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from extension" -f -a "list" -d 'List the installed extensions'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from extension" -f -a "show" -d 'Show an extension'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from extension" -f -a "remove" -d 'Remove an extension'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from extension" -f -a "update" -d 'Update an extension'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from extension" -f -a "list-available" -d 'List publicly available extensions'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Get the details of a subscription'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'Get a list of subscriptions for the logged in account'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "set" -d 'Set a subscription to be the current active subscription'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "start" -d 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "check" -d 'Check a state file\'s invariants: every address inside its prefix, none twice, every scale set matching its pool'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cassette" -f -a "reset" -d 'End the cassette\'s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record'
