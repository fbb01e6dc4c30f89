
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'azr' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'azr'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'azr' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Manage resource groups and template deployments')
            [CompletionResult]::new('aks', 'aks', [CompletionResultType]::ParameterValue, 'Manage Azure Kubernetes Services')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Manage Azure Network resources')
            [CompletionResult]::new('vmss', 'vmss', [CompletionResultType]::ParameterValue, 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Manage resource provider features')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Manage resource providers')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;group' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new resource group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Gets a resource group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;group;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the new resource group')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of the new resource group')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags')
            [CompletionResult]::new('--managed-by', '--managed-by', [CompletionResultType]::ParameterName, 'The ID of the resource that manages this resource group')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;group;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;group;list' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Filter by tag: key[=value]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;group;delete' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;group;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new resource group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Gets a resource group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;group;help;create' {
            break
        }
        'azr;group;help;show' {
            break
        }
        'azr;group;help;list' {
            break
        }
        'azr;group;help;delete' {
            break
        }
        'azr;group;help;help' {
            break
        }
        'azr;aks' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;vmss' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;feature' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;provider' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;completion' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;help' {
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Manage resource groups and template deployments')
            [CompletionResult]::new('aks', 'aks', [CompletionResultType]::ParameterValue, 'Manage Azure Kubernetes Services')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Manage Azure Network resources')
            [CompletionResult]::new('vmss', 'vmss', [CompletionResultType]::ParameterValue, 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Manage resource provider features')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Manage resource providers')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;help;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new resource group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Gets a resource group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List resource groups')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a resource group')
            break
        }
        'azr;help;group;create' {
            break
        }
        'azr;help;group;show' {
            break
        }
        'azr;help;group;list' {
            break
        }
        'azr;help;group;delete' {
            break
        }
        'azr;help;aks' {
            break
        }
        'azr;help;network' {
            break
        }
        'azr;help;vmss' {
            break
        }
        'azr;help;feature' {
            break
        }
        'azr;help;provider' {
            break
        }
        'azr;help;completion' {
            break
        }
        'azr;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
