# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_azr_global_optspecs
    string join \n o/output= query= subscription= debug verbose only-show-errors h/help V/version
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
complete -c azr -n "__fish_azr_using_subcommand aks" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand aks" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand aks" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand aks" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand aks" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand aks" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand aks" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand network" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand network" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand network" -l subscription -d 'Name or ID of subscription' -r
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
complete -c azr -n "__fish_azr_using_subcommand provider" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand provider" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand provider" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand provider" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand completion" -s o -l output -d 'Output format' -r -f -a "json\t''
jsonc\t''
yaml\t''
yamlc\t''
table\t''
tsv\t''
none\t''"
complete -c azr -n "__fish_azr_using_subcommand completion" -l query -d 'JMESPath query string. See http://jmespath.org/ for more information and examples' -r
complete -c azr -n "__fish_azr_using_subcommand completion" -l subscription -d 'Name or ID of subscription' -r
complete -c azr -n "__fish_azr_using_subcommand completion" -l debug -d 'Increase logging verbosity to show all debug logs'
complete -c azr -n "__fish_azr_using_subcommand completion" -l verbose -d 'Increase logging verbosity. Use --debug for full debug logs'
complete -c azr -n "__fish_azr_using_subcommand completion" -l only-show-errors -d 'Only show errors, suppressing warnings'
complete -c azr -n "__fish_azr_using_subcommand completion" -s h -l help -d 'Print help'
complete -c azr -n "__fish_azr_using_subcommand completion" -s V -l version -d 'Print version'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "group" -d 'Manage resource groups and template deployments'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "aks" -d 'Manage Azure Kubernetes Services'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "network" -d 'Manage Azure Network resources'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "vmss" -d 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "feature" -d 'Manage resource provider features'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "provider" -d 'Manage resource providers'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "completion" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c azr -n "__fish_azr_using_subcommand help; and not __fish_seen_subcommand_from group aks network vmss feature provider completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a new resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Gets a resource group'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List resource groups'
complete -c azr -n "__fish_azr_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a resource group'
