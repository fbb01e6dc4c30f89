
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
            cand completion 'Print shell completions (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'azr;group'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
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
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
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
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;network'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;vmss'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;feature'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;provider'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;completion'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --debug 'Increase logging verbosity to show all debug logs'
            cand --verbose 'Increase logging verbosity. Use --debug for full debug logs'
            cand --only-show-errors 'Only show errors, suppressing warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'azr;help'= {
            cand group 'Manage resource groups and template deployments'
            cand aks 'Manage Azure Kubernetes Services'
            cand network 'Manage Azure Network resources'
            cand vmss 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)'
            cand feature 'Manage resource provider features'
            cand provider 'Manage resource providers'
            cand completion 'Print shell completions (bash, zsh, fish, powershell, elvish)'
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
        }
        &'azr;help;network'= {
        }
        &'azr;help;vmss'= {
        }
        &'azr;help;feature'= {
        }
        &'azr;help;provider'= {
        }
        &'azr;help;completion'= {
        }
        &'azr;help;help'= {
        }
    ]
    $completions[$command]
}
