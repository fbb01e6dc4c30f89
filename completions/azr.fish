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
complete -c azr -n "__fish_azr_needs_command" -f -a "account" -d 'Manage Azure subscription information'
complete -c azr -n "__fish_azr_needs_command" -f -a "completion" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
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
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -f -a "command" -d 'See detail usage in \'az aks command invoke\', \'az aks command result\''
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -f -a "hostport" -d 'Check which auto-assigned host ports the node pools\' allowed host ports leave blocked'
complete -c azr -n "__fish_azr_using_subcommand aks; and not __fish_seen_subcommand_from command hostport help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "command" -d 'See detail usage in \'az aks command invoke\', \'az aks command result\''
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "hostport" -d 'Check which auto-assigned host ports the node pools\' allowed host ports leave blocked'
complete -c azr -n "__fish_azr_using_subcommand aks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand network" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand network" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand network" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand network" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand network" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand network" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand network" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand network" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand network" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand vmss" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand vmss" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand vmss" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand vmss" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand vmss" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand vmss" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand vmss" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand vmss" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand feature" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand feature" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand feature" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand feature" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand feature" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand feature" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand feature" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand feature" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand provider" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand provider" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand provider" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand provider" -l cloud -d 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator' -r
complete -c azr -n "__fish_azr_using_subcommand provider" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand provider" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand provider" -s V -l version -d 'Print version'
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
complete -c azr -n "__fish_azr_using_subcommand login" -l use-device-code -d 'Use device code flow (not supported by azr)'
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
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "group" -d 'Manage resource groups and template deployments'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "aks" -d 'Manage Azure Kubernetes Services'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "network" -d 'Manage Azure Network resources'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "vmss" -d 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "feature" -d 'Manage resource provider features'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "provider" -d 'Manage resource providers'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "cloud" -d 'Manage registered Azure clouds'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "login" -d 'Log in to Azure'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "logout" -d 'Log out to remove access to Azure subscriptions'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "account" -d 'Manage Azure subscription information'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "completion" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider cloud login logout account completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a new resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Gets a resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List resource groups'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "command" -d 'See detail usage in \'az aks command invoke\', \'az aks command result\''
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from aks" -f -a "hostport" -d 'Check which auto-assigned host ports the node pools\' allowed host ports leave blocked'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "list" -d 'List registered clouds'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "show" -d 'Get the details of a registered cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "register" -d 'Register a cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "set" -d 'Set the active cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from cloud" -f -a "unregister" -d 'Unregister a cloud'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Get the details of a subscription'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'Get a list of subscriptions for the logged in account'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "set" -d 'Set a subscription to be the current active subscription'
