
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
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
            [CompletionResult]::new('cloud', 'cloud', [CompletionResultType]::ParameterValue, 'Manage registered Azure clouds')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to Azure')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out to remove access to Azure subscriptions')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Manage Azure CLI configuration. This command is interactive')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage Azure CLI configuration')
            [CompletionResult]::new('extension', 'extension', [CompletionResultType]::ParameterValue, 'Manage and update CLI extensions')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage Azure subscription information')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local ARM emulator as an HTTPS server')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the AKS node public IP workflow against a fresh built-in emulator, step by step')
            [CompletionResult]::new('cassette', 'cassette', [CompletionResultType]::ParameterValue, 'Manage the record/replay sessions of `AZR_CASSETTE` cassettes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;group' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The resource types you want to force delete')
            [CompletionResult]::new('--force-deletion-types', '--force-deletion-types', [CompletionResultType]::ParameterName, 'The resource types you want to force delete')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'See detail usage in ''az aks command invoke'', ''az aks command result''')
            [CompletionResult]::new('hostport', 'hostport', [CompletionResultType]::ParameterValue, 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked')
            [CompletionResult]::new('node-ips', 'node-ips', [CompletionResultType]::ParameterValue, 'azr''s own: each node''s name, pool, public IP, the prefix it came from, its IP tags and the pool''s allowed host ports')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new managed Kubernetes cluster')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the details for a managed Kubernetes cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List managed Kubernetes clusters')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a managed Kubernetes Cluster')
            [CompletionResult]::new('get-credentials', 'get-credentials', [CompletionResultType]::ParameterValue, 'Get access credentials for a managed Kubernetes cluster')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale the node pool in a managed Kubernetes cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state')
            [CompletionResult]::new('nodepool', 'nodepool', [CompletionResultType]::ParameterValue, 'Commands to manage node pools in Kubernetes kubernetes cluster')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Get information about machines in a nodepool of a managed clusters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;command' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('invoke', 'invoke', [CompletionResultType]::ParameterValue, 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'Fetch result from previously triggered ''aks command invoke''')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;command;invoke' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Command or shell script you want to run')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Command or shell script you want to run')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files to be used by the command, use ''.'' to attach the current folder')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Files to be used by the command, use ''.'' to attach the current folder')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;aks;command;result' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'commandId returned from ''aks command invoke''')
            [CompletionResult]::new('--command-id', '--command-id', [CompletionResultType]::ParameterName, 'commandId returned from ''aks command invoke''')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;command;help' {
            [CompletionResult]::new('invoke', 'invoke', [CompletionResultType]::ParameterValue, 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'Fetch result from previously triggered ''aks command invoke''')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;command;help;invoke' {
            break
        }
        'azr;aks;command;help;result' {
            break
        }
        'azr;aks;command;help;help' {
            break
        }
        'azr;aks;hostport' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;hostport;check' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;hostport;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;hostport;help;check' {
            break
        }
        'azr;aks;hostport;help;help' {
            break
        }
        'azr;aks;node-ips' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. You can configure the default group using `az configure --defaults group=<name>`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'Only the nodes of this node pool')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;create' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`. Defaults to the resource group''s')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Values from: `az account list-locations`. Defaults to the resource group''s')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Version of Kubernetes to use for creating the cluster, such as "1.30.6" or "1.31"')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'Version of Kubernetes to use for creating the cluster, such as "1.30.6" or "1.31"')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Prefix for hostnames that are created. If not specified, generate a hostname using the managed cluster and resource group names')
            [CompletionResult]::new('--dns-name-prefix', '--dns-name-prefix', [CompletionResultType]::ParameterName, 'Prefix for hostnames that are created. If not specified, generate a hostname using the managed cluster and resource group names')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User account to create on node VMs for SSH access')
            [CompletionResult]::new('--admin-username', '--admin-username', [CompletionResultType]::ParameterName, 'User account to create on node VMs for SSH access')
            [CompletionResult]::new('--ssh-key-value', '--ssh-key-value', [CompletionResultType]::ParameterName, 'Public key path or key contents to install on node VMs for SSH access [default: ~/.ssh/id_rsa.pub]')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'Node pool name, up to 12 alphanumeric characters')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes node pool')
            [CompletionResult]::new('--node-count', '--node-count', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes node pool')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Size of Virtual Machines to create as Kubernetes nodes')
            [CompletionResult]::new('--node-vm-size', '--node-vm-size', [CompletionResultType]::ParameterName, 'Size of Virtual Machines to create as Kubernetes nodes')
            [CompletionResult]::new('--node-public-ip-prefix-id', '--node-public-ip-prefix-id', [CompletionResultType]::ParameterName, 'Public IP prefix ID used to assign public IPs to VMSS nodes')
            [CompletionResult]::new('--node-public-ip-tags', '--node-public-ip-tags', [CompletionResultType]::ParameterName, 'The ipTags of the node public IPs: key[=value] [key[=value] ...] (commas also separate)')
            [CompletionResult]::new('--nodepool-allowed-host-ports', '--nodepool-allowed-host-ports', [CompletionResultType]::ParameterName, 'Allowed host ports of the node pool: <port-range>/<protocol> ..., space- or comma-separated')
            [CompletionResult]::new('--nodepool-asg-ids', '--nodepool-asg-ids', [CompletionResultType]::ParameterName, 'Application security group IDs of the node pool, space- or comma-separated')
            [CompletionResult]::new('--vnet-subnet-id', '--vnet-subnet-id', [CompletionResultType]::ParameterName, 'The ID of a subnet in an existing VNet into which to deploy the cluster')
            [CompletionResult]::new('--pod-subnet-id', '--pod-subnet-id', [CompletionResultType]::ParameterName, 'The ID of a subnet in an existing VNet into which to assign pods in the cluster (requires azure network-plugin)')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Space-separated list of availability zones where agent nodes will be placed')
            [CompletionResult]::new('--zones', '--zones', [CompletionResultType]::ParameterName, 'Space-separated list of availability zones where agent nodes will be placed')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The maximum number of pods deployable to a node')
            [CompletionResult]::new('--max-pods', '--max-pods', [CompletionResultType]::ParameterName, 'The maximum number of pods deployable to a node')
            [CompletionResult]::new('--node-osdisk-size', '--node-osdisk-size', [CompletionResultType]::ParameterName, 'OS disk size in GiB of each node in the pool')
            [CompletionResult]::new('--node-osdisk-type', '--node-osdisk-type', [CompletionResultType]::ParameterName, 'OS disk type to be used for machines in a given agent pool')
            [CompletionResult]::new('--vm-set-type', '--vm-set-type', [CompletionResultType]::ParameterName, 'Agent pool vm set type. VirtualMachineScaleSets, AvailabilitySet or VirtualMachines')
            [CompletionResult]::new('--ppg', '--ppg', [CompletionResultType]::ParameterName, 'The ID of a PPG')
            [CompletionResult]::new('--min-count', '--min-count', [CompletionResultType]::ParameterName, 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified')
            [CompletionResult]::new('--max-count', '--max-count', [CompletionResultType]::ParameterName, 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified')
            [CompletionResult]::new('--os-sku', '--os-sku', [CompletionResultType]::ParameterName, 'The OS SKU of the agent node pool. Ubuntu or AzureLinux')
            [CompletionResult]::new('--nodepool-labels', '--nodepool-labels', [CompletionResultType]::ParameterName, 'The node labels for all node pools in this cluster: space-separated key=value')
            [CompletionResult]::new('--nodepool-taints', '--nodepool-taints', [CompletionResultType]::ParameterName, 'The node taints for all node pools in this cluster: comma-separated key=value:effect')
            [CompletionResult]::new('--nodepool-tags', '--nodepool-tags', [CompletionResultType]::ParameterName, 'Space-separated tags of the node pool: key[=value] [key[=value] ...]')
            [CompletionResult]::new('--kubelet-config', '--kubelet-config', [CompletionResultType]::ParameterName, 'Path to the JSON file of the kubelet configuration of the agent nodes')
            [CompletionResult]::new('--linux-os-config', '--linux-os-config', [CompletionResultType]::ParameterName, 'Path to the JSON file of the OS configuration of Linux agent nodes')
            [CompletionResult]::new('--message-of-the-day', '--message-of-the-day', [CompletionResultType]::ParameterName, 'Path to a file whose content replaces the message of the day of Linux nodes')
            [CompletionResult]::new('--workload-runtime', '--workload-runtime', [CompletionResultType]::ParameterName, 'The workload runtime to use on the node pool')
            [CompletionResult]::new('--gpu-instance-profile', '--gpu-instance-profile', [CompletionResultType]::ParameterName, 'GPU instance profile to partition multi-gpu Nvidia GPUs')
            [CompletionResult]::new('--pod-ip-allocation-mode', '--pod-ip-allocation-mode', [CompletionResultType]::ParameterName, 'How pod IPs are allocated from the pod subnet')
            [CompletionResult]::new('--host-group-id', '--host-group-id', [CompletionResultType]::ParameterName, 'The fully qualified dedicated host group id used to provision the pool')
            [CompletionResult]::new('--crg-id', '--crg-id', [CompletionResultType]::ParameterName, 'The capacity reservation group id used to provision the pool')
            [CompletionResult]::new('--snapshot-id', '--snapshot-id', [CompletionResultType]::ParameterName, 'The source snapshot id used to create the pool')
            [CompletionResult]::new('--vm-sizes', '--vm-sizes', [CompletionResultType]::ParameterName, 'Comma-separated VM sizes of a VirtualMachines pool (one size is accepted)')
            [CompletionResult]::new('--network-plugin', '--network-plugin', [CompletionResultType]::ParameterName, 'The Kubernetes network plugin to use')
            [CompletionResult]::new('--network-plugin-mode', '--network-plugin-mode', [CompletionResultType]::ParameterName, 'The network plugin mode to use')
            [CompletionResult]::new('--network-policy', '--network-policy', [CompletionResultType]::ParameterName, 'Network Policy Engine to use: azure, calico, cilium or none (lower case)')
            [CompletionResult]::new('--network-dataplane', '--network-dataplane', [CompletionResultType]::ParameterName, 'The network dataplane to use')
            [CompletionResult]::new('--pod-cidr', '--pod-cidr', [CompletionResultType]::ParameterName, 'A CIDR notation IP range from which to assign pod IPs when kubenet or overlay is used')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'A CIDR notation IP range from which to assign service cluster IPs')
            [CompletionResult]::new('--dns-service-ip', '--dns-service-ip', [CompletionResultType]::ParameterName, 'An IP address assigned to the Kubernetes DNS service')
            [CompletionResult]::new('--load-balancer-sku', '--load-balancer-sku', [CompletionResultType]::ParameterName, 'Azure Load Balancer SKU selection for your cluster. basic or standard')
            [CompletionResult]::new('--outbound-type', '--outbound-type', [CompletionResultType]::ParameterName, 'How outbound traffic will be configured for a cluster')
            [CompletionResult]::new('--load-balancer-managed-outbound-ip-count', '--load-balancer-managed-outbound-ip-count', [CompletionResultType]::ParameterName, 'Load balancer managed outbound IP count')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Specify SKU tier for managed clusters')
            [CompletionResult]::new('--node-resource-group', '--node-resource-group', [CompletionResultType]::ParameterName, 'The node resource group is the resource group where all customer''s resources will be created in')
            [CompletionResult]::new('--auto-upgrade-channel', '--auto-upgrade-channel', [CompletionResultType]::ParameterName, 'Specify the upgrade channel for autoupgrade')
            [CompletionResult]::new('--node-os-upgrade-channel', '--node-os-upgrade-channel', [CompletionResultType]::ParameterName, 'Manner in which the OS on your nodes is updated')
            [CompletionResult]::new('--image-cleaner-interval-hours', '--image-cleaner-interval-hours', [CompletionResultType]::ParameterName, 'ImageCleaner scanning interval in hours')
            [CompletionResult]::new('--custom-ca-trust-certificates', '--custom-ca-trust-certificates', [CompletionResultType]::ParameterName, 'Path to file containing list of new line separated CAs')
            [CompletionResult]::new('--ca-certs', '--ca-certs', [CompletionResultType]::ParameterName, 'Path to file containing list of new line separated CAs')
            [CompletionResult]::new('--k8s-support-plan', '--k8s-support-plan', [CompletionResultType]::ParameterName, 'Choose from "KubernetesOfficial" or "AKSLongTermSupport"')
            [CompletionResult]::new('--nrg-lockdown-restriction-level', '--nrg-lockdown-restriction-level', [CompletionResultType]::ParameterName, 'Restriction level on the managed node resource group')
            [CompletionResult]::new('--defender-config', '--defender-config', [CompletionResultType]::ParameterName, 'Path to JSON file containing Microsoft Defender profile configurations')
            [CompletionResult]::new('--app-routing-default-nginx-controller', '--app-routing-default-nginx-controller', [CompletionResultType]::ParameterName, 'Configure default nginx ingress controller type')
            [CompletionResult]::new('--ardnc', '--ardnc', [CompletionResultType]::ParameterName, 'Configure default nginx ingress controller type')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Azure Service Mesh revision to install')
            [CompletionResult]::new('--aad-tenant-id', '--aad-tenant-id', [CompletionResultType]::ParameterName, 'The ID of an Azure Active Directory tenant')
            [CompletionResult]::new('--aad-admin-group-object-ids', '--aad-admin-group-object-ids', [CompletionResultType]::ParameterName, 'Comma-separated list of aad group object IDs that will be set as cluster admin')
            [CompletionResult]::new('--assign-identity', '--assign-identity', [CompletionResultType]::ParameterName, 'Specify an existing user assigned identity for control plane''s usage in order to manage cluster resource group')
            [CompletionResult]::new('--azure-keyvault-kms-key-id', '--azure-keyvault-kms-key-id', [CompletionResultType]::ParameterName, 'Identifier of Azure Key Vault key')
            [CompletionResult]::new('--azure-keyvault-kms-key-vault-network-access', '--azure-keyvault-kms-key-vault-network-access', [CompletionResultType]::ParameterName, 'Network Access of Azure Key Vault')
            [CompletionResult]::new('--azure-keyvault-kms-key-vault-resource-id', '--azure-keyvault-kms-key-vault-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of Azure Key Vault')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'ResourceId of the disk encryption set to use for enabling encryption at rest on agent node os disk')
            [CompletionResult]::new('--node-osdisk-diskencryptionset-id', '--node-osdisk-diskencryptionset-id', [CompletionResultType]::ParameterName, 'ResourceId of the disk encryption set to use for enabling encryption at rest on agent node os disk')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'Service principal used for authentication to Azure APIs')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Secret associated with the service principal. This argument is required if `--service-principal` is specified')
            [CompletionResult]::new('--windows-admin-username', '--windows-admin-username', [CompletionResultType]::ParameterName, 'User account to create on windows node VMs')
            [CompletionResult]::new('--windows-admin-password', '--windows-admin-password', [CompletionResultType]::ParameterName, 'User account password to use on windows node VMs')
            [CompletionResult]::new('--gmsa-dns-server', '--gmsa-dns-server', [CompletionResultType]::ParameterName, 'Specify DNS server for Windows gmsa for this cluster')
            [CompletionResult]::new('--gmsa-root-domain-name', '--gmsa-root-domain-name', [CompletionResultType]::ParameterName, 'Specify root domain name for Windows gmsa for this cluster')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Enable the Kubernetes addons in a comma-separated list')
            [CompletionResult]::new('--enable-addons', '--enable-addons', [CompletionResultType]::ParameterName, 'Enable the Kubernetes addons in a comma-separated list')
            [CompletionResult]::new('--workspace-resource-id', '--workspace-resource-id', [CompletionResultType]::ParameterName, 'The resource ID of an existing Log Analytics Workspace to use for storing monitoring data')
            [CompletionResult]::new('--enable-msi-auth-for-monitoring', '--enable-msi-auth-for-monitoring', [CompletionResultType]::ParameterName, 'Send monitoring data to Log Analytics using the cluster''s assigned identity')
            [CompletionResult]::new('--enable-syslog', '--enable-syslog', [CompletionResultType]::ParameterName, 'Enable syslog data collection for the Monitoring addon')
            [CompletionResult]::new('--data-collection-settings', '--data-collection-settings', [CompletionResultType]::ParameterName, 'Path to JSON file containing data collection settings for the Monitoring addon')
            [CompletionResult]::new('--enable-high-log-scale-mode', '--enable-high-log-scale-mode', [CompletionResultType]::ParameterName, 'Enable High Log Scale Mode for Container Logs')
            [CompletionResult]::new('--ampls-resource-id', '--ampls-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of Azure Monitor Private Link scope for Monitoring Addon')
            [CompletionResult]::new('--aci-subnet-name', '--aci-subnet-name', [CompletionResultType]::ParameterName, 'The name of a subnet in an existing VNet into which to deploy the virtual nodes')
            [CompletionResult]::new('--appgw-name', '--appgw-name', [CompletionResultType]::ParameterName, 'Name of the application gateway to create/use in the node resource group')
            [CompletionResult]::new('--appgw-subnet-cidr', '--appgw-subnet-cidr', [CompletionResultType]::ParameterName, 'Subnet CIDR to use for a new subnet created to deploy the Application Gateway')
            [CompletionResult]::new('--appgw-id', '--appgw-id', [CompletionResultType]::ParameterName, 'Resource Id of an existing Application Gateway to use with AGIC')
            [CompletionResult]::new('--appgw-subnet-id', '--appgw-subnet-id', [CompletionResultType]::ParameterName, 'Resource Id of an existing Subnet used to deploy the Application Gateway')
            [CompletionResult]::new('--appgw-watch-namespace', '--appgw-watch-namespace', [CompletionResultType]::ParameterName, 'Specify the namespace, which AGIC should watch')
            [CompletionResult]::new('--rotation-poll-interval', '--rotation-poll-interval', [CompletionResultType]::ParameterName, 'Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon')
            [CompletionResult]::new('--cluster-autoscaler-profile', '--cluster-autoscaler-profile', [CompletionResultType]::ParameterName, 'Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty string to clear the profile')
            [CompletionResult]::new('--http-proxy-config', '--http-proxy-config', [CompletionResultType]::ParameterName, 'HTTP Proxy configuration for this cluster: the path of a JSON file')
            [CompletionResult]::new('--bootstrap-artifact-source', '--bootstrap-artifact-source', [CompletionResultType]::ParameterName, 'Configure artifact source when bootstraping the cluster')
            [CompletionResult]::new('--bootstrap-container-registry-resource-id', '--bootstrap-container-registry-resource-id', [CompletionResultType]::ParameterName, 'Configure container registry resource ID')
            [CompletionResult]::new('--node-provisioning-mode', '--node-provisioning-mode', [CompletionResultType]::ParameterName, 'Set the node provisioning mode of the cluster')
            [CompletionResult]::new('--node-provisioning-default-pools', '--node-provisioning-default-pools', [CompletionResultType]::ParameterName, 'The set of default Karpenter NodePools configured for node provisioning')
            [CompletionResult]::new('--assign-kubelet-identity', '--assign-kubelet-identity', [CompletionResultType]::ParameterName, 'Use a user-assigned managed identity as the kubelet identity')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Specify the name of the cluster''s SKU (`base` or `automatic`)')
            [CompletionResult]::new('--docker-bridge-address', '--docker-bridge-address', [CompletionResultType]::ParameterName, 'Deprecated: accepted and ignored, as az does')
            [CompletionResult]::new('--fqdn-subdomain', '--fqdn-subdomain', [CompletionResultType]::ParameterName, 'Prefix for the FQDN of a private cluster with a custom private DNS zone')
            [CompletionResult]::new('--load-balancer-managed-outbound-ipv6-count', '--load-balancer-managed-outbound-ipv6-count', [CompletionResultType]::ParameterName, 'Load balancer managed outbound IPv6 IP count')
            [CompletionResult]::new('--load-balancer-outbound-ips', '--load-balancer-outbound-ips', [CompletionResultType]::ParameterName, 'Load balancer outbound IP resource IDs, comma-separated')
            [CompletionResult]::new('--load-balancer-outbound-ip-prefixes', '--load-balancer-outbound-ip-prefixes', [CompletionResultType]::ParameterName, 'Load balancer outbound IP prefix resource IDs, comma-separated')
            [CompletionResult]::new('--load-balancer-outbound-ports', '--load-balancer-outbound-ports', [CompletionResultType]::ParameterName, 'Load balancer outbound allocated ports')
            [CompletionResult]::new('--load-balancer-idle-timeout', '--load-balancer-idle-timeout', [CompletionResultType]::ParameterName, 'Load balancer idle timeout in minutes')
            [CompletionResult]::new('--load-balancer-backend-pool-type', '--load-balancer-backend-pool-type', [CompletionResultType]::ParameterName, 'Load balancer backend pool type')
            [CompletionResult]::new('--nat-gateway-managed-outbound-ip-count', '--nat-gateway-managed-outbound-ip-count', [CompletionResultType]::ParameterName, 'NAT gateway managed outbound IP count')
            [CompletionResult]::new('--nat-gateway-managed-outbound-ipv6-count', '--nat-gateway-managed-outbound-ipv6-count', [CompletionResultType]::ParameterName, 'NAT gateway managed outbound IPv6 count')
            [CompletionResult]::new('--nat-gateway-idle-timeout', '--nat-gateway-idle-timeout', [CompletionResultType]::ParameterName, 'NAT gateway idle timeout in minutes')
            [CompletionResult]::new('--outbound-type-sku', '--outbound-type-sku', [CompletionResultType]::ParameterName, 'SKU of the managed NAT Gateway (Standard or StandardV2)')
            [CompletionResult]::new('--nat-gateway-outbound-ips', '--nat-gateway-outbound-ips', [CompletionResultType]::ParameterName, 'Comma-separated public IP resource IDs for the cluster NAT gateway')
            [CompletionResult]::new('--nat-gateway-outbound-ip-prefixes', '--nat-gateway-outbound-ip-prefixes', [CompletionResultType]::ParameterName, 'Comma-separated public IP prefix resource IDs for the cluster NAT gateway')
            [CompletionResult]::new('--ip-families', '--ip-families', [CompletionResultType]::ParameterName, 'A comma-separated list of IP versions to use for cluster networking')
            [CompletionResult]::new('--pod-cidrs', '--pod-cidrs', [CompletionResultType]::ParameterName, 'A comma-separated list of CIDR notation IP ranges from which to assign pod IPs')
            [CompletionResult]::new('--service-cidrs', '--service-cidrs', [CompletionResultType]::ParameterName, 'A comma-separated list of CIDR notation IP ranges from which to assign service cluster IPs')
            [CompletionResult]::new('--api-server-authorized-ip-ranges', '--api-server-authorized-ip-ranges', [CompletionResultType]::ParameterName, 'Comma-separated list of authorized apiserver IP ranges')
            [CompletionResult]::new('--private-dns-zone', '--private-dns-zone', [CompletionResultType]::ParameterName, 'Private dns zone mode for private cluster')
            [CompletionResult]::new('--apiserver-subnet-id', '--apiserver-subnet-id', [CompletionResultType]::ParameterName, 'The ID of a subnet in an existing VNet into which to assign control plane apiserver pods')
            [CompletionResult]::new('--edge-zone', '--edge-zone', [CompletionResultType]::ParameterName, 'The name of edge zone')
            [CompletionResult]::new('--attach-acr', '--attach-acr', [CompletionResultType]::ParameterName, 'Grant the ''acrpull'' role assignment to the ACR specified by name or resource ID')
            [CompletionResult]::new('--acns-advanced-networkpolicies', '--acns-advanced-networkpolicies', [CompletionResultType]::ParameterName, 'Allow advanced network policies: None, FQDN or L7')
            [CompletionResult]::new('--acns-datapath-acceleration-mode', '--acns-datapath-acceleration-mode', [CompletionResultType]::ParameterName, 'The datapath acceleration mode: BpfVeth or None')
            [CompletionResult]::new('--acns-transit-encryption-type', '--acns-transit-encryption-type', [CompletionResultType]::ParameterName, 'The transit encryption type: WireGuard or None')
            [CompletionResult]::new('--enable-azure-container-storage', '--enable-azure-container-storage', [CompletionResultType]::ParameterName, 'Enable azure container storage, alone or with storage pool types')
            [CompletionResult]::new('--container-storage-version', '--container-storage-version', [CompletionResultType]::ParameterName, 'Set azure container storage version')
            [CompletionResult]::new('--storage-pool-name', '--storage-pool-name', [CompletionResultType]::ParameterName, 'Set storage pool name for azure container storage')
            [CompletionResult]::new('--storage-pool-size', '--storage-pool-size', [CompletionResultType]::ParameterName, 'Set storage pool size for azure container storage')
            [CompletionResult]::new('--storage-pool-sku', '--storage-pool-sku', [CompletionResultType]::ParameterName, 'Set azure disk type storage pool sku for azure container storage')
            [CompletionResult]::new('--ephemeral-disk-volume-type', '--ephemeral-disk-volume-type', [CompletionResultType]::ParameterName, 'Set ephemeral disk volume type for azure container storage. Read by version 1 only (`spec::cluster_storage_v1`); the latest version''s path never looks at it, in az as in azr')
            [CompletionResult]::new('--ephemeral-disk-nvme-perf-tier', '--ephemeral-disk-nvme-perf-tier', [CompletionResultType]::ParameterName, 'Set ephemeral disk NVMe performance tier for azure container storage (version 1 only, as `--ephemeral-disk-volume-type`)')
            [CompletionResult]::new('--storage-pool-option', '--storage-pool-option', [CompletionResultType]::ParameterName, 'Set ephemeral disk storage pool option for azure container storage')
            [CompletionResult]::new('--azure-monitor-workspace-resource-id', '--azure-monitor-workspace-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of the Azure Monitor Workspace')
            [CompletionResult]::new('--ksm-metric-labels-allow-list', '--ksm-metric-labels-allow-list', [CompletionResultType]::ParameterName, 'Comma-separated list of additional Kubernetes label keys for kube-state-metrics')
            [CompletionResult]::new('--ksm-metric-annotations-allow-list', '--ksm-metric-annotations-allow-list', [CompletionResultType]::ParameterName, 'Comma-separated list of Kubernetes annotation keys for kube-state-metrics')
            [CompletionResult]::new('--grafana-resource-id', '--grafana-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of the Azure Managed Grafana Workspace')
            [CompletionResult]::new('--syslog-port', '--syslog-port', [CompletionResultType]::ParameterName, 'TCP port that the Azure Monitor agent listens on for syslog data')
            [CompletionResult]::new('--opentelemetry-metrics-port-http', '--opentelemetry-metrics-port-http', [CompletionResultType]::ParameterName, 'HTTP/protobuf port for the OpenTelemetry metrics receiver')
            [CompletionResult]::new('--opentelemetry-metrics-port-grpc', '--opentelemetry-metrics-port-grpc', [CompletionResultType]::ParameterName, 'GRPC port for the OpenTelemetry metrics receiver')
            [CompletionResult]::new('--opentelemetry-logs-traces-port-http', '--opentelemetry-logs-traces-port-http', [CompletionResultType]::ParameterName, 'HTTP/protobuf port for the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--opentelemetry-logs-traces-port-grpc', '--opentelemetry-logs-traces-port-grpc', [CompletionResultType]::ParameterName, 'GRPC port for the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--system-node-subnet-id', '--system-node-subnet-id', [CompletionResultType]::ParameterName, 'The subnet of the hosted system nodes, in the user''s own virtual network')
            [CompletionResult]::new('--node-subnet-id', '--node-subnet-id', [CompletionResultType]::ParameterName, 'The subnet of the user''s nodes, in the same virtual network')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--generate-ssh-keys', '--generate-ssh-keys', [CompletionResultType]::ParameterName, 'Generate SSH public and private key files if missing. The keys will be stored in the ~/.ssh directory')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Do not use or create a local SSH key')
            [CompletionResult]::new('--no-ssh-key', '--no-ssh-key', [CompletionResultType]::ParameterName, 'Do not use or create a local SSH key')
            [CompletionResult]::new('--enable-node-public-ip', '--enable-node-public-ip', [CompletionResultType]::ParameterName, 'Enable VMSS node public IP')
            [CompletionResult]::new('--skip-subnet-role-assignment', '--skip-subnet-role-assignment', [CompletionResultType]::ParameterName, 'Skip role assignment for subnet (advanced networking)')
            [CompletionResult]::new('--enable-encryption-at-host', '--enable-encryption-at-host', [CompletionResultType]::ParameterName, 'Enable EncryptionAtHost, default value is false')
            [CompletionResult]::new('--enable-ultra-ssd', '--enable-ultra-ssd', [CompletionResultType]::ParameterName, 'Enable UltraSSD, default value is false')
            [CompletionResult]::new('--enable-fips-image', '--enable-fips-image', [CompletionResultType]::ParameterName, 'Use FIPS-enabled OS on agent nodes')
            [CompletionResult]::new('--enable-cluster-autoscaler', '--enable-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Enable cluster autoscaler, default value is false')
            [CompletionResult]::new('--enable-vtpm', '--enable-vtpm', [CompletionResultType]::ParameterName, 'Enable vTPM on the pool')
            [CompletionResult]::new('--enable-secure-boot', '--enable-secure-boot', [CompletionResultType]::ParameterName, 'Enable Secure Boot on the pool')
            [CompletionResult]::new('--enable-managed-identity', '--enable-managed-identity', [CompletionResultType]::ParameterName, 'Using a system assigned managed identity to manage cluster resource group')
            [CompletionResult]::new('--enable-oidc-issuer', '--enable-oidc-issuer', [CompletionResultType]::ParameterName, 'Enable OIDC issuer')
            [CompletionResult]::new('--enable-workload-identity', '--enable-workload-identity', [CompletionResultType]::ParameterName, 'Enable workload identity addon')
            [CompletionResult]::new('--enable-aad', '--enable-aad', [CompletionResultType]::ParameterName, 'Enable managed AAD feature for cluster')
            [CompletionResult]::new('--enable-azure-rbac', '--enable-azure-rbac', [CompletionResultType]::ParameterName, 'Enable Azure RBAC to control authorization checks on cluster')
            [CompletionResult]::new('--disable-local-accounts', '--disable-local-accounts', [CompletionResultType]::ParameterName, 'If set to true, getting static credentials will be disabled for this cluster')
            [CompletionResult]::new('--enable-app-routing-istio', '--enable-app-routing-istio', [CompletionResultType]::ParameterName, 'Enable Gateway API based ingress on App Routing via Istio')
            [CompletionResult]::new('--enable-ari', '--enable-ari', [CompletionResultType]::ParameterName, 'Enable Gateway API based ingress on App Routing via Istio')
            [CompletionResult]::new('--enable-gateway-api', '--enable-gateway-api', [CompletionResultType]::ParameterName, 'Enable managed installation of Gateway API CRDs from the standard release channel')
            [CompletionResult]::new('--enable-keda', '--enable-keda', [CompletionResultType]::ParameterName, 'Enable KEDA workload auto-scaler')
            [CompletionResult]::new('--enable-vpa', '--enable-vpa', [CompletionResultType]::ParameterName, 'Enable vertical pod autoscaler for cluster')
            [CompletionResult]::new('--enable-cost-analysis', '--enable-cost-analysis', [CompletionResultType]::ParameterName, 'Enable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views')
            [CompletionResult]::new('--enable-ai-toolchain-operator', '--enable-ai-toolchain-operator', [CompletionResultType]::ParameterName, 'Enable AI toolchain operator to the cluster')
            [CompletionResult]::new('--enable-image-cleaner', '--enable-image-cleaner', [CompletionResultType]::ParameterName, 'Enable ImageCleaner Service')
            [CompletionResult]::new('--disable-run-command', '--disable-run-command', [CompletionResultType]::ParameterName, 'Disable run command feature for the cluster')
            [CompletionResult]::new('--enable-defender', '--enable-defender', [CompletionResultType]::ParameterName, 'Enable Microsoft Defender security profile')
            [CompletionResult]::new('--enable-azure-monitor-app-monitoring', '--enable-azure-monitor-app-monitoring', [CompletionResultType]::ParameterName, 'Enable Azure Monitor Application Monitoring (auto-instrumentation)')
            [CompletionResult]::new('--enable-app-routing', '--enable-app-routing', [CompletionResultType]::ParameterName, 'Enable Application Routing addon')
            [CompletionResult]::new('--enable-azure-service-mesh', '--enable-azure-service-mesh', [CompletionResultType]::ParameterName, 'Enable Azure Service Mesh')
            [CompletionResult]::new('--enable-asm', '--enable-asm', [CompletionResultType]::ParameterName, 'Enable Azure Service Mesh')
            [CompletionResult]::new('--disable-rbac', '--disable-rbac', [CompletionResultType]::ParameterName, 'Disable Kubernetes Role-Based Access Control')
            [CompletionResult]::new('--enable-azure-keyvault-kms', '--enable-azure-keyvault-kms', [CompletionResultType]::ParameterName, 'Enable Azure KeyVault Key Management Service')
            [CompletionResult]::new('--enable-ahub', '--enable-ahub', [CompletionResultType]::ParameterName, 'Enable Azure Hybrid User Benefits (AHUB) for Windows VMs')
            [CompletionResult]::new('--enable-windows-gmsa', '--enable-windows-gmsa', [CompletionResultType]::ParameterName, 'Enable Windows gmsa')
            [CompletionResult]::new('--enable-sgxquotehelper', '--enable-sgxquotehelper', [CompletionResultType]::ParameterName, 'Enable SGX quote helper for the confcom addon')
            [CompletionResult]::new('--enable-secret-rotation', '--enable-secret-rotation', [CompletionResultType]::ParameterName, 'Enable secret rotation. Use with the azure-keyvault-secrets-provider addon')
            [CompletionResult]::new('--disable-disk-driver', '--disable-disk-driver', [CompletionResultType]::ParameterName, 'Disable AzureDisk CSI Driver')
            [CompletionResult]::new('--disable-file-driver', '--disable-file-driver', [CompletionResultType]::ParameterName, 'Disable AzureFile CSI Driver')
            [CompletionResult]::new('--enable-blob-driver', '--enable-blob-driver', [CompletionResultType]::ParameterName, 'Enable AzureBlob CSI Driver')
            [CompletionResult]::new('--disable-snapshot-controller', '--disable-snapshot-controller', [CompletionResultType]::ParameterName, 'Disable CSI Snapshot Controller')
            [CompletionResult]::new('--enable-upstream-kubescheduler-user-configuration', '--enable-upstream-kubescheduler-user-configuration', [CompletionResultType]::ParameterName, 'Enable user-defined scheduler configuration for kube-scheduler upstream')
            [CompletionResult]::new('--enable-private-cluster', '--enable-private-cluster', [CompletionResultType]::ParameterName, 'Enable private cluster')
            [CompletionResult]::new('--disable-public-fqdn', '--disable-public-fqdn', [CompletionResultType]::ParameterName, 'Disable public fqdn feature for private cluster')
            [CompletionResult]::new('--enable-apiserver-vnet-integration', '--enable-apiserver-vnet-integration', [CompletionResultType]::ParameterName, 'Enable integration of user vnet with control plane apiserver pods')
            [CompletionResult]::new('--enable-static-egress-gateway', '--enable-static-egress-gateway', [CompletionResultType]::ParameterName, 'Enable Static Egress Gateway addon to the cluster')
            [CompletionResult]::new('--enable-acns', '--enable-acns', [CompletionResultType]::ParameterName, 'Enable advanced network functionalities on a cluster')
            [CompletionResult]::new('--disable-acns-observability', '--disable-acns-observability', [CompletionResultType]::ParameterName, 'Used to disable advanced networking observability features')
            [CompletionResult]::new('--disable-acns-security', '--disable-acns-security', [CompletionResultType]::ParameterName, 'Used to disable advanced networking security features')
            [CompletionResult]::new('--enable-azure-monitor-metrics', '--enable-azure-monitor-metrics', [CompletionResultType]::ParameterName, 'Enable Azure Monitor Metrics Profile')
            [CompletionResult]::new('--enable-windows-recording-rules', '--enable-windows-recording-rules', [CompletionResultType]::ParameterName, 'Enable Windows Recording Rules when enabling the Azure Monitor Metrics addon')
            [CompletionResult]::new('--enable-control-plane-metrics', '--enable-control-plane-metrics', [CompletionResultType]::ParameterName, 'Enable control plane metrics (needs Azure Monitor metrics)')
            [CompletionResult]::new('--enable-azure-monitor-logs', '--enable-azure-monitor-logs', [CompletionResultType]::ParameterName, 'Enable Azure Monitor logs (Container Insights) on the Azure Monitor profile')
            [CompletionResult]::new('--enable-prometheus-metrics-scraping', '--enable-prometheus-metrics-scraping', [CompletionResultType]::ParameterName, 'Enable Prometheus metrics scraping by the Container Insights agent')
            [CompletionResult]::new('--disable-prometheus-metrics-scraping', '--disable-prometheus-metrics-scraping', [CompletionResultType]::ParameterName, 'Disable Prometheus metrics scraping by the Container Insights agent')
            [CompletionResult]::new('--enable-opentelemetry-metrics', '--enable-opentelemetry-metrics', [CompletionResultType]::ParameterName, 'Enable the OpenTelemetry metrics receiver (needs Azure Monitor metrics)')
            [CompletionResult]::new('--disable-opentelemetry-metrics', '--disable-opentelemetry-metrics', [CompletionResultType]::ParameterName, 'Disable the OpenTelemetry metrics receiver')
            [CompletionResult]::new('--enable-opentelemetry-logs-traces', '--enable-opentelemetry-logs-traces', [CompletionResultType]::ParameterName, 'Enable the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--disable-opentelemetry-logs-traces', '--disable-opentelemetry-logs-traces', [CompletionResultType]::ParameterName, 'Disable the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--enable-container-network-logs', '--enable-container-network-logs', [CompletionResultType]::ParameterName, 'Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane)')
            [CompletionResult]::new('--enable-hosted-system', '--enable-hosted-system', [CompletionResultType]::ParameterName, 'Let AKS run the system node pool (Automatic clusters only)')
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
        'azr;aks;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. Without it, every cluster of the subscription')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. Without it, every cluster of the subscription')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;aks;get-credentials' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'If specified, overwrite the default context name. The `--admin` parameter takes precedence over `--context`')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Kubernetes configuration file to update. Use "-" to print YAML to stdout instead [default: ~/.kube/config]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Kubernetes configuration file to update. Use "-" to print YAML to stdout instead [default: ~/.kube/config]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Specify the format of returned credential. Available values are ["exec", "azure"]. Only take effect when requesting clusterUser credential of AAD clusters')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Get cluster administrator credentials')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Get cluster administrator credentials')
            [CompletionResult]::new('--overwrite-existing', '--overwrite-existing', [CompletionResultType]::ParameterName, 'Overwrite any existing cluster entry with the same name')
            [CompletionResult]::new('--public-fqdn', '--public-fqdn', [CompletionResultType]::ParameterName, 'Get private cluster credential with server address to be public fqdn')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;scale' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes node pool')
            [CompletionResult]::new('--node-count', '--node-count', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes node pool')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'Node pool name, up to 12 alphanumeric characters')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;aks;update' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Specify SKU tier for managed clusters')
            [CompletionResult]::new('--auto-upgrade-channel', '--auto-upgrade-channel', [CompletionResultType]::ParameterName, 'Specify the upgrade channel for autoupgrade')
            [CompletionResult]::new('--node-os-upgrade-channel', '--node-os-upgrade-channel', [CompletionResultType]::ParameterName, 'Manner in which the OS on your nodes is updated. It could be NodeImage, None, SecurityPatch or Unmanaged (az sends the value as given; AKS checks it)')
            [CompletionResult]::new('--min-count', '--min-count', [CompletionResultType]::ParameterName, 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified. Please specify the value in the range of [0, 1000]')
            [CompletionResult]::new('--max-count', '--max-count', [CompletionResultType]::ParameterName, 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified. Please specify the value in the range of [0, 1000]')
            [CompletionResult]::new('--aks-custom-headers', '--aks-custom-headers', [CompletionResultType]::ParameterName, 'Send custom headers. When specified, format should be Key1=Value1,Key2=Value2')
            [CompletionResult]::new('--image-cleaner-interval-hours', '--image-cleaner-interval-hours', [CompletionResultType]::ParameterName, 'ImageCleaner scanning interval in hours')
            [CompletionResult]::new('--custom-ca-trust-certificates', '--custom-ca-trust-certificates', [CompletionResultType]::ParameterName, 'Path to file containing list of new line separated CAs')
            [CompletionResult]::new('--ca-certs', '--ca-certs', [CompletionResultType]::ParameterName, 'Path to file containing list of new line separated CAs')
            [CompletionResult]::new('--k8s-support-plan', '--k8s-support-plan', [CompletionResultType]::ParameterName, 'Choose from "KubernetesOfficial" or "AKSLongTermSupport"')
            [CompletionResult]::new('--nrg-lockdown-restriction-level', '--nrg-lockdown-restriction-level', [CompletionResultType]::ParameterName, 'Restriction level on the managed node resource group')
            [CompletionResult]::new('--defender-config', '--defender-config', [CompletionResultType]::ParameterName, 'Path to JSON file containing Microsoft Defender profile configurations')
            [CompletionResult]::new('--aad-tenant-id', '--aad-tenant-id', [CompletionResultType]::ParameterName, 'The ID of an Azure Active Directory tenant')
            [CompletionResult]::new('--aad-admin-group-object-ids', '--aad-admin-group-object-ids', [CompletionResultType]::ParameterName, 'Comma-separated list of aad group object IDs that will be set as cluster admin')
            [CompletionResult]::new('--assign-identity', '--assign-identity', [CompletionResultType]::ParameterName, 'Specify an existing user assigned identity to manage cluster resource group')
            [CompletionResult]::new('--azure-keyvault-kms-key-id', '--azure-keyvault-kms-key-id', [CompletionResultType]::ParameterName, 'Identifier of Azure Key Vault key')
            [CompletionResult]::new('--azure-keyvault-kms-key-vault-network-access', '--azure-keyvault-kms-key-vault-network-access', [CompletionResultType]::ParameterName, 'Network Access of Azure Key Vault')
            [CompletionResult]::new('--azure-keyvault-kms-key-vault-resource-id', '--azure-keyvault-kms-key-vault-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of Azure Key Vault')
            [CompletionResult]::new('--windows-admin-password', '--windows-admin-password', [CompletionResultType]::ParameterName, 'User account password to use on windows node VMs')
            [CompletionResult]::new('--gmsa-dns-server', '--gmsa-dns-server', [CompletionResultType]::ParameterName, 'Specify DNS server for Windows gmsa for this cluster')
            [CompletionResult]::new('--gmsa-root-domain-name', '--gmsa-root-domain-name', [CompletionResultType]::ParameterName, 'Specify root domain name for Windows gmsa for this cluster')
            [CompletionResult]::new('--rotation-poll-interval', '--rotation-poll-interval', [CompletionResultType]::ParameterName, 'Set interval of rotation poll. Use with the azure-keyvault-secrets-provider addon')
            [CompletionResult]::new('--cluster-autoscaler-profile', '--cluster-autoscaler-profile', [CompletionResultType]::ParameterName, 'Comma-separated list of key=value pairs for configuring cluster autoscaler. Pass an empty string to clear the profile')
            [CompletionResult]::new('--http-proxy-config', '--http-proxy-config', [CompletionResultType]::ParameterName, 'HTTP Proxy configuration for this cluster: the path of a JSON file')
            [CompletionResult]::new('--upgrade-override-until', '--upgrade-override-until', [CompletionResultType]::ParameterName, 'Until when the cluster upgradeSettings overrides are effective')
            [CompletionResult]::new('--nodepool-labels', '--nodepool-labels', [CompletionResultType]::ParameterName, 'The node labels for all node pools in this cluster: space-separated key=value')
            [CompletionResult]::new('--nodepool-taints', '--nodepool-taints', [CompletionResultType]::ParameterName, 'The node taints for all node pools in this cluster: comma-separated key=value:effect')
            [CompletionResult]::new('--bootstrap-artifact-source', '--bootstrap-artifact-source', [CompletionResultType]::ParameterName, 'Configure artifact source when bootstraping the cluster')
            [CompletionResult]::new('--bootstrap-container-registry-resource-id', '--bootstrap-container-registry-resource-id', [CompletionResultType]::ParameterName, 'Configure container registry resource ID')
            [CompletionResult]::new('--node-provisioning-mode', '--node-provisioning-mode', [CompletionResultType]::ParameterName, 'Set the node provisioning mode of the cluster')
            [CompletionResult]::new('--node-provisioning-default-pools', '--node-provisioning-default-pools', [CompletionResultType]::ParameterName, 'The set of default Karpenter NodePools configured for node provisioning')
            [CompletionResult]::new('--assign-kubelet-identity', '--assign-kubelet-identity', [CompletionResultType]::ParameterName, 'Use a user-assigned managed identity as the kubelet identity')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Specify the name of the cluster''s SKU (`base` or `automatic`)')
            [CompletionResult]::new('--ip-families', '--ip-families', [CompletionResultType]::ParameterName, 'A comma-separated list of IP versions to use for cluster networking')
            [CompletionResult]::new('--network-plugin', '--network-plugin', [CompletionResultType]::ParameterName, 'The Kubernetes network plugin to use')
            [CompletionResult]::new('--network-plugin-mode', '--network-plugin-mode', [CompletionResultType]::ParameterName, 'The network plugin mode to use')
            [CompletionResult]::new('--network-dataplane', '--network-dataplane', [CompletionResultType]::ParameterName, 'The network dataplane to use')
            [CompletionResult]::new('--network-policy', '--network-policy', [CompletionResultType]::ParameterName, 'The network policy to use')
            [CompletionResult]::new('--pod-cidr', '--pod-cidr', [CompletionResultType]::ParameterName, 'Update the pod CIDR for a cluster')
            [CompletionResult]::new('--load-balancer-managed-outbound-ip-count', '--load-balancer-managed-outbound-ip-count', [CompletionResultType]::ParameterName, 'Load balancer managed outbound IP count')
            [CompletionResult]::new('--load-balancer-managed-outbound-ipv6-count', '--load-balancer-managed-outbound-ipv6-count', [CompletionResultType]::ParameterName, 'Load balancer managed outbound IPv6 IP count')
            [CompletionResult]::new('--load-balancer-outbound-ips', '--load-balancer-outbound-ips', [CompletionResultType]::ParameterName, 'Load balancer outbound IP resource IDs, comma-separated')
            [CompletionResult]::new('--load-balancer-outbound-ip-prefixes', '--load-balancer-outbound-ip-prefixes', [CompletionResultType]::ParameterName, 'Load balancer outbound IP prefix resource IDs, comma-separated')
            [CompletionResult]::new('--load-balancer-outbound-ports', '--load-balancer-outbound-ports', [CompletionResultType]::ParameterName, 'Load balancer outbound allocated ports')
            [CompletionResult]::new('--load-balancer-idle-timeout', '--load-balancer-idle-timeout', [CompletionResultType]::ParameterName, 'Load balancer idle timeout in minutes')
            [CompletionResult]::new('--load-balancer-backend-pool-type', '--load-balancer-backend-pool-type', [CompletionResultType]::ParameterName, 'Load balancer backend pool type')
            [CompletionResult]::new('--load-balancer-sku', '--load-balancer-sku', [CompletionResultType]::ParameterName, 'Azure Load Balancer SKU selection for your cluster. Only standard is accepted')
            [CompletionResult]::new('--outbound-type', '--outbound-type', [CompletionResultType]::ParameterName, 'How outbound traffic will be configured for a cluster')
            [CompletionResult]::new('--nat-gateway-managed-outbound-ip-count', '--nat-gateway-managed-outbound-ip-count', [CompletionResultType]::ParameterName, 'NAT gateway managed outbound IP count')
            [CompletionResult]::new('--nat-gateway-managed-outbound-ipv6-count', '--nat-gateway-managed-outbound-ipv6-count', [CompletionResultType]::ParameterName, 'NAT gateway managed outbound IPv6 count')
            [CompletionResult]::new('--nat-gateway-idle-timeout', '--nat-gateway-idle-timeout', [CompletionResultType]::ParameterName, 'NAT gateway idle timeout in minutes')
            [CompletionResult]::new('--outbound-type-sku', '--outbound-type-sku', [CompletionResultType]::ParameterName, 'SKU of the managed NAT Gateway (Standard or StandardV2)')
            [CompletionResult]::new('--nat-gateway-outbound-ips', '--nat-gateway-outbound-ips', [CompletionResultType]::ParameterName, 'Comma-separated public IP resource IDs for the cluster NAT gateway')
            [CompletionResult]::new('--nat-gateway-outbound-ip-prefixes', '--nat-gateway-outbound-ip-prefixes', [CompletionResultType]::ParameterName, 'Comma-separated public IP prefix resource IDs for the cluster NAT gateway')
            [CompletionResult]::new('--api-server-authorized-ip-ranges', '--api-server-authorized-ip-ranges', [CompletionResultType]::ParameterName, 'Comma-separated list of authorized apiserver IP ranges. Set to "" to allow all traffic')
            [CompletionResult]::new('--private-dns-zone', '--private-dns-zone', [CompletionResultType]::ParameterName, 'The private dns zone mode for private cluster')
            [CompletionResult]::new('--apiserver-subnet-id', '--apiserver-subnet-id', [CompletionResultType]::ParameterName, 'The ID of a subnet in an existing VNet into which to assign control plane apiserver pods')
            [CompletionResult]::new('--attach-acr', '--attach-acr', [CompletionResultType]::ParameterName, 'Grant the ''acrpull'' role assignment to the ACR specified by name or resource ID')
            [CompletionResult]::new('--detach-acr', '--detach-acr', [CompletionResultType]::ParameterName, 'Disable the ''acrpull'' role assignment to the ACR specified by name or resource ID')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The principal type of the AcrPull assignment: User, Group or ServicePrincipal')
            [CompletionResult]::new('--assignee-principal-type', '--assignee-principal-type', [CompletionResultType]::ParameterName, 'The principal type of the AcrPull assignment: User, Group or ServicePrincipal')
            [CompletionResult]::new('--acns-advanced-networkpolicies', '--acns-advanced-networkpolicies', [CompletionResultType]::ParameterName, 'Allow advanced network policies: None, FQDN or L7')
            [CompletionResult]::new('--acns-datapath-acceleration-mode', '--acns-datapath-acceleration-mode', [CompletionResultType]::ParameterName, 'The datapath acceleration mode: BpfVeth or None')
            [CompletionResult]::new('--acns-transit-encryption-type', '--acns-transit-encryption-type', [CompletionResultType]::ParameterName, 'The transit encryption type: WireGuard or None')
            [CompletionResult]::new('--enable-azure-container-storage', '--enable-azure-container-storage', [CompletionResultType]::ParameterName, 'Enable azure container storage, alone or with storage pool types')
            [CompletionResult]::new('--container-storage-version', '--container-storage-version', [CompletionResultType]::ParameterName, 'Set azure container storage version')
            [CompletionResult]::new('--storage-pool-name', '--storage-pool-name', [CompletionResultType]::ParameterName, 'Set storage pool name for azure container storage')
            [CompletionResult]::new('--storage-pool-size', '--storage-pool-size', [CompletionResultType]::ParameterName, 'Set storage pool size for azure container storage')
            [CompletionResult]::new('--storage-pool-sku', '--storage-pool-sku', [CompletionResultType]::ParameterName, 'Set azure disk type storage pool sku for azure container storage')
            [CompletionResult]::new('--ephemeral-disk-volume-type', '--ephemeral-disk-volume-type', [CompletionResultType]::ParameterName, 'Set ephemeral disk volume type for azure container storage. Read by version 1 only (`spec::cluster_storage_v1`); the latest version''s path never looks at it, in az as in azr')
            [CompletionResult]::new('--ephemeral-disk-nvme-perf-tier', '--ephemeral-disk-nvme-perf-tier', [CompletionResultType]::ParameterName, 'Set ephemeral disk NVMe performance tier for azure container storage (version 1 only, as `--ephemeral-disk-volume-type`)')
            [CompletionResult]::new('--disable-azure-container-storage', '--disable-azure-container-storage', [CompletionResultType]::ParameterName, 'Disable azure container storage or some of its storage pool types')
            [CompletionResult]::new('--azure-container-storage-nodepools', '--azure-container-storage-nodepools', [CompletionResultType]::ParameterName, 'The comma-separated node pools to install azure container storage on (version 1 only, as `--ephemeral-disk-volume-type`)')
            [CompletionResult]::new('--storage-pool-option', '--storage-pool-option', [CompletionResultType]::ParameterName, 'Set ephemeral disk storage pool option for azure container storage')
            [CompletionResult]::new('--azure-monitor-workspace-resource-id', '--azure-monitor-workspace-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of the Azure Monitor Workspace')
            [CompletionResult]::new('--ksm-metric-labels-allow-list', '--ksm-metric-labels-allow-list', [CompletionResultType]::ParameterName, 'Comma-separated list of additional Kubernetes label keys for kube-state-metrics')
            [CompletionResult]::new('--ksm-metric-annotations-allow-list', '--ksm-metric-annotations-allow-list', [CompletionResultType]::ParameterName, 'Comma-separated list of Kubernetes annotation keys for kube-state-metrics')
            [CompletionResult]::new('--grafana-resource-id', '--grafana-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of the Azure Managed Grafana Workspace')
            [CompletionResult]::new('--syslog-port', '--syslog-port', [CompletionResultType]::ParameterName, 'TCP port that the Azure Monitor agent listens on for syslog data')
            [CompletionResult]::new('--opentelemetry-metrics-port-http', '--opentelemetry-metrics-port-http', [CompletionResultType]::ParameterName, 'HTTP/protobuf port for the OpenTelemetry metrics receiver')
            [CompletionResult]::new('--opentelemetry-metrics-port-grpc', '--opentelemetry-metrics-port-grpc', [CompletionResultType]::ParameterName, 'GRPC port for the OpenTelemetry metrics receiver')
            [CompletionResult]::new('--opentelemetry-logs-traces-port-http', '--opentelemetry-logs-traces-port-http', [CompletionResultType]::ParameterName, 'HTTP/protobuf port for the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--opentelemetry-logs-traces-port-grpc', '--opentelemetry-logs-traces-port-grpc', [CompletionResultType]::ParameterName, 'GRPC port for the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--workspace-resource-id', '--workspace-resource-id', [CompletionResultType]::ParameterName, 'The resource ID of an existing Log Analytics Workspace to use for storing monitoring data')
            [CompletionResult]::new('--enable-high-log-scale-mode', '--enable-high-log-scale-mode', [CompletionResultType]::ParameterName, 'Enable High Log Scale Mode for Container Logs')
            [CompletionResult]::new('--enable-syslog', '--enable-syslog', [CompletionResultType]::ParameterName, 'Enable syslog data collection for Azure Monitor logs')
            [CompletionResult]::new('--data-collection-settings', '--data-collection-settings', [CompletionResultType]::ParameterName, 'Path to JSON file containing data collection settings for Azure Monitor logs')
            [CompletionResult]::new('--ampls-resource-id', '--ampls-resource-id', [CompletionResultType]::ParameterName, 'Resource ID of Azure Monitor Private Link scope for Monitoring Addon')
            [CompletionResult]::new('--enable-msi-auth-for-monitoring', '--enable-msi-auth-for-monitoring', [CompletionResultType]::ParameterName, 'Send monitoring data to Log Analytics using the cluster''s assigned identity')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Enable cluster autoscaler')
            [CompletionResult]::new('--enable-cluster-autoscaler', '--enable-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Enable cluster autoscaler')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Disable cluster autoscaler')
            [CompletionResult]::new('--disable-cluster-autoscaler', '--disable-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Disable cluster autoscaler')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Update min-count or max-count for cluster autoscaler')
            [CompletionResult]::new('--update-cluster-autoscaler', '--update-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Update min-count or max-count for cluster autoscaler')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--enable-app-routing-istio', '--enable-app-routing-istio', [CompletionResultType]::ParameterName, 'Enable Gateway API based ingress on App Routing via Istio')
            [CompletionResult]::new('--enable-ari', '--enable-ari', [CompletionResultType]::ParameterName, 'Enable Gateway API based ingress on App Routing via Istio')
            [CompletionResult]::new('--enable-gateway-api', '--enable-gateway-api', [CompletionResultType]::ParameterName, 'Enable managed installation of Gateway API CRDs from the standard release channel')
            [CompletionResult]::new('--enable-keda', '--enable-keda', [CompletionResultType]::ParameterName, 'Enable KEDA workload auto-scaler')
            [CompletionResult]::new('--enable-vpa', '--enable-vpa', [CompletionResultType]::ParameterName, 'Enable vertical pod autoscaler for cluster')
            [CompletionResult]::new('--enable-cost-analysis', '--enable-cost-analysis', [CompletionResultType]::ParameterName, 'Enable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views')
            [CompletionResult]::new('--enable-ai-toolchain-operator', '--enable-ai-toolchain-operator', [CompletionResultType]::ParameterName, 'Enable AI toolchain operator to the cluster')
            [CompletionResult]::new('--enable-image-cleaner', '--enable-image-cleaner', [CompletionResultType]::ParameterName, 'Enable ImageCleaner Service')
            [CompletionResult]::new('--disable-run-command', '--disable-run-command', [CompletionResultType]::ParameterName, 'Disable run command feature for the cluster')
            [CompletionResult]::new('--enable-defender', '--enable-defender', [CompletionResultType]::ParameterName, 'Enable Microsoft Defender security profile')
            [CompletionResult]::new('--enable-azure-monitor-app-monitoring', '--enable-azure-monitor-app-monitoring', [CompletionResultType]::ParameterName, 'Enable Azure Monitor Application Monitoring (auto-instrumentation)')
            [CompletionResult]::new('--disable-app-routing-istio', '--disable-app-routing-istio', [CompletionResultType]::ParameterName, 'Disable Gateway API based ingress on App Routing via Istio')
            [CompletionResult]::new('--disable-ari', '--disable-ari', [CompletionResultType]::ParameterName, 'Disable Gateway API based ingress on App Routing via Istio')
            [CompletionResult]::new('--disable-gateway-api', '--disable-gateway-api', [CompletionResultType]::ParameterName, 'Disable managed installation of Gateway API CRDs')
            [CompletionResult]::new('--disable-keda', '--disable-keda', [CompletionResultType]::ParameterName, 'Disable KEDA workload auto-scaler')
            [CompletionResult]::new('--disable-vpa', '--disable-vpa', [CompletionResultType]::ParameterName, 'Disable vertical pod autoscaler for cluster')
            [CompletionResult]::new('--disable-cost-analysis', '--disable-cost-analysis', [CompletionResultType]::ParameterName, 'Disable exporting Kubernetes Namespace and Deployment details to the Cost Analysis views')
            [CompletionResult]::new('--disable-ai-toolchain-operator', '--disable-ai-toolchain-operator', [CompletionResultType]::ParameterName, 'Disable AI toolchain operator')
            [CompletionResult]::new('--disable-image-cleaner', '--disable-image-cleaner', [CompletionResultType]::ParameterName, 'Disable ImageCleaner Service')
            [CompletionResult]::new('--enable-run-command', '--enable-run-command', [CompletionResultType]::ParameterName, 'Enable run command feature for the cluster')
            [CompletionResult]::new('--disable-defender', '--disable-defender', [CompletionResultType]::ParameterName, 'Disable defender profile')
            [CompletionResult]::new('--disable-azure-monitor-app-monitoring', '--disable-azure-monitor-app-monitoring', [CompletionResultType]::ParameterName, 'Disable Azure Monitor Application Monitoring')
            [CompletionResult]::new('--enable-aad', '--enable-aad', [CompletionResultType]::ParameterName, 'Enable managed AAD feature for cluster')
            [CompletionResult]::new('--enable-azure-rbac', '--enable-azure-rbac', [CompletionResultType]::ParameterName, 'Enable Azure RBAC to control authorization checks on cluster')
            [CompletionResult]::new('--disable-azure-rbac', '--disable-azure-rbac', [CompletionResultType]::ParameterName, 'Disable Azure RBAC to control authorization checks on cluster')
            [CompletionResult]::new('--disable-local-accounts', '--disable-local-accounts', [CompletionResultType]::ParameterName, 'If set to true, getting static credentials will be disabled for this cluster')
            [CompletionResult]::new('--enable-local-accounts', '--enable-local-accounts', [CompletionResultType]::ParameterName, 'If set to true, will enable getting static credential for this cluster')
            [CompletionResult]::new('--enable-oidc-issuer', '--enable-oidc-issuer', [CompletionResultType]::ParameterName, 'Enable OIDC issuer')
            [CompletionResult]::new('--enable-workload-identity', '--enable-workload-identity', [CompletionResultType]::ParameterName, 'Enable workload identity addon')
            [CompletionResult]::new('--disable-workload-identity', '--disable-workload-identity', [CompletionResultType]::ParameterName, 'Disable workload identity addon')
            [CompletionResult]::new('--enable-managed-identity', '--enable-managed-identity', [CompletionResultType]::ParameterName, 'Update current cluster to use managed identity to manage cluster resource group')
            [CompletionResult]::new('--enable-azure-keyvault-kms', '--enable-azure-keyvault-kms', [CompletionResultType]::ParameterName, 'Enable Azure KeyVault Key Management Service')
            [CompletionResult]::new('--disable-azure-keyvault-kms', '--disable-azure-keyvault-kms', [CompletionResultType]::ParameterName, 'Disable Azure KeyVault Key Management Service')
            [CompletionResult]::new('--enable-ahub', '--enable-ahub', [CompletionResultType]::ParameterName, 'Enable Azure Hybrid User Benefits (AHUB) feature for cluster')
            [CompletionResult]::new('--disable-ahub', '--disable-ahub', [CompletionResultType]::ParameterName, 'Disable Azure Hybrid User Benefits (AHUB) feature for cluster')
            [CompletionResult]::new('--enable-windows-gmsa', '--enable-windows-gmsa', [CompletionResultType]::ParameterName, 'Enable Windows gmsa')
            [CompletionResult]::new('--disable-windows-gmsa', '--disable-windows-gmsa', [CompletionResultType]::ParameterName, 'Disable Windows gmsa on cluster')
            [CompletionResult]::new('--enable-secret-rotation', '--enable-secret-rotation', [CompletionResultType]::ParameterName, 'Enable secret rotation. Use with the azure-keyvault-secrets-provider addon')
            [CompletionResult]::new('--disable-secret-rotation', '--disable-secret-rotation', [CompletionResultType]::ParameterName, 'Disable secret rotation. Use with the azure-keyvault-secrets-provider addon')
            [CompletionResult]::new('--enable-disk-driver', '--enable-disk-driver', [CompletionResultType]::ParameterName, 'Enable AzureDisk CSI Driver')
            [CompletionResult]::new('--disable-disk-driver', '--disable-disk-driver', [CompletionResultType]::ParameterName, 'Disable AzureDisk CSI Driver')
            [CompletionResult]::new('--enable-file-driver', '--enable-file-driver', [CompletionResultType]::ParameterName, 'Enable AzureFile CSI Driver')
            [CompletionResult]::new('--disable-file-driver', '--disable-file-driver', [CompletionResultType]::ParameterName, 'Disable AzureFile CSI Driver')
            [CompletionResult]::new('--enable-blob-driver', '--enable-blob-driver', [CompletionResultType]::ParameterName, 'Enable AzureBlob CSI Driver')
            [CompletionResult]::new('--disable-blob-driver', '--disable-blob-driver', [CompletionResultType]::ParameterName, 'Disable AzureBlob CSI Driver')
            [CompletionResult]::new('--enable-snapshot-controller', '--enable-snapshot-controller', [CompletionResultType]::ParameterName, 'Enable Snapshot Controller')
            [CompletionResult]::new('--disable-snapshot-controller', '--disable-snapshot-controller', [CompletionResultType]::ParameterName, 'Disable CSI Snapshot Controller')
            [CompletionResult]::new('--disable-http-proxy', '--disable-http-proxy', [CompletionResultType]::ParameterName, 'Disable HTTP Proxy Configuration on the cluster')
            [CompletionResult]::new('--enable-http-proxy', '--enable-http-proxy', [CompletionResultType]::ParameterName, 'Enable HTTP Proxy Configuration on the cluster')
            [CompletionResult]::new('--enable-force-upgrade', '--enable-force-upgrade', [CompletionResultType]::ParameterName, 'Enable forceUpgrade cluster upgrade settings override')
            [CompletionResult]::new('--disable-force-upgrade', '--disable-force-upgrade', [CompletionResultType]::ParameterName, 'Disable forceUpgrade cluster upgrade settings override')
            [CompletionResult]::new('--enable-upstream-kubescheduler-user-configuration', '--enable-upstream-kubescheduler-user-configuration', [CompletionResultType]::ParameterName, 'Enable user-defined scheduler configuration for kube-scheduler upstream')
            [CompletionResult]::new('--disable-upstream-kubescheduler-user-configuration', '--disable-upstream-kubescheduler-user-configuration', [CompletionResultType]::ParameterName, 'Disable user-defined scheduler configuration for kube-scheduler upstream')
            [CompletionResult]::new('--migrate-vmas-to-vms', '--migrate-vmas-to-vms', [CompletionResultType]::ParameterName, 'Migrate a VMAS cluster''s pool to the VirtualMachines type')
            [CompletionResult]::new('--enable-public-fqdn', '--enable-public-fqdn', [CompletionResultType]::ParameterName, 'Enable public fqdn feature for private cluster')
            [CompletionResult]::new('--disable-public-fqdn', '--disable-public-fqdn', [CompletionResultType]::ParameterName, 'Disable public fqdn feature for private cluster')
            [CompletionResult]::new('--enable-apiserver-vnet-integration', '--enable-apiserver-vnet-integration', [CompletionResultType]::ParameterName, 'Enable integration of user vnet with control plane apiserver pods')
            [CompletionResult]::new('--enable-private-cluster', '--enable-private-cluster', [CompletionResultType]::ParameterName, 'Enable private cluster for apiserver vnet integration cluster')
            [CompletionResult]::new('--disable-private-cluster', '--disable-private-cluster', [CompletionResultType]::ParameterName, 'Disable private cluster for apiserver vnet integration cluster')
            [CompletionResult]::new('--enable-static-egress-gateway', '--enable-static-egress-gateway', [CompletionResultType]::ParameterName, 'Enable Static Egress Gateway addon to the cluster')
            [CompletionResult]::new('--disable-static-egress-gateway', '--disable-static-egress-gateway', [CompletionResultType]::ParameterName, 'Disable Static Egress Gateway addon to the cluster')
            [CompletionResult]::new('--enable-acns', '--enable-acns', [CompletionResultType]::ParameterName, 'Enable advanced network functionalities on a cluster')
            [CompletionResult]::new('--disable-acns-observability', '--disable-acns-observability', [CompletionResultType]::ParameterName, 'Used to disable advanced networking observability features')
            [CompletionResult]::new('--disable-acns-security', '--disable-acns-security', [CompletionResultType]::ParameterName, 'Used to disable advanced networking security features')
            [CompletionResult]::new('--disable-acns', '--disable-acns', [CompletionResultType]::ParameterName, 'Disable all advanced networking functionalities on a cluster')
            [CompletionResult]::new('--enable-azure-monitor-metrics', '--enable-azure-monitor-metrics', [CompletionResultType]::ParameterName, 'Enable Azure Monitor Metrics Profile')
            [CompletionResult]::new('--enable-windows-recording-rules', '--enable-windows-recording-rules', [CompletionResultType]::ParameterName, 'Enable Windows Recording Rules when enabling the Azure Monitor Metrics addon')
            [CompletionResult]::new('--enable-control-plane-metrics', '--enable-control-plane-metrics', [CompletionResultType]::ParameterName, 'Enable control plane metrics (needs Azure Monitor metrics)')
            [CompletionResult]::new('--disable-azure-monitor-metrics', '--disable-azure-monitor-metrics', [CompletionResultType]::ParameterName, 'Disable Azure Monitor Metrics Profile')
            [CompletionResult]::new('--disable-control-plane-metrics', '--disable-control-plane-metrics', [CompletionResultType]::ParameterName, 'Disable control plane metrics')
            [CompletionResult]::new('--enable-azure-monitor-logs', '--enable-azure-monitor-logs', [CompletionResultType]::ParameterName, 'Enable Azure Monitor logs (Container Insights) on the Azure Monitor profile')
            [CompletionResult]::new('--enable-prometheus-metrics-scraping', '--enable-prometheus-metrics-scraping', [CompletionResultType]::ParameterName, 'Enable Prometheus metrics scraping by the Container Insights agent')
            [CompletionResult]::new('--disable-prometheus-metrics-scraping', '--disable-prometheus-metrics-scraping', [CompletionResultType]::ParameterName, 'Disable Prometheus metrics scraping by the Container Insights agent')
            [CompletionResult]::new('--enable-opentelemetry-metrics', '--enable-opentelemetry-metrics', [CompletionResultType]::ParameterName, 'Enable the OpenTelemetry metrics receiver (needs Azure Monitor metrics)')
            [CompletionResult]::new('--disable-opentelemetry-metrics', '--disable-opentelemetry-metrics', [CompletionResultType]::ParameterName, 'Disable the OpenTelemetry metrics receiver')
            [CompletionResult]::new('--enable-opentelemetry-logs-traces', '--enable-opentelemetry-logs-traces', [CompletionResultType]::ParameterName, 'Enable the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--disable-opentelemetry-logs-traces', '--disable-opentelemetry-logs-traces', [CompletionResultType]::ParameterName, 'Disable the OpenTelemetry logs and traces receiver')
            [CompletionResult]::new('--disable-azure-monitor-logs', '--disable-azure-monitor-logs', [CompletionResultType]::ParameterName, 'Disable Azure Monitor logs (Container Insights)')
            [CompletionResult]::new('--enable-container-network-logs', '--enable-container-network-logs', [CompletionResultType]::ParameterName, 'Enable container network logs (needs ACNS, Azure Monitor logs and the cilium dataplane)')
            [CompletionResult]::new('--disable-container-network-logs', '--disable-container-network-logs', [CompletionResultType]::ParameterName, 'Disable container network logs')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;nodepool' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a node pool to the managed Kubernetes cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a node pool properties')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the details for a node pool in the managed Kubernetes cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List node pools in the managed Kubernetes cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the agent pool in the managed Kubernetes cluster')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale the node pool in a managed Kubernetes cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;nodepool;add' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'The cluster name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Version of Kubernetes to use for the node pool')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'Version of Kubernetes to use for the node pool')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes agent pool')
            [CompletionResult]::new('--node-count', '--node-count', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes agent pool')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Size of Virtual Machines to create as Kubernetes nodes')
            [CompletionResult]::new('--node-vm-size', '--node-vm-size', [CompletionResultType]::ParameterName, 'Size of Virtual Machines to create as Kubernetes nodes')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The mode for a node pool which defines a node pool''s primary function')
            [CompletionResult]::new('--node-public-ip-prefix-id', '--node-public-ip-prefix-id', [CompletionResultType]::ParameterName, 'Public IP prefix ID used to assign public IPs to VMSS nodes')
            [CompletionResult]::new('--node-public-ip-tags', '--node-public-ip-tags', [CompletionResultType]::ParameterName, 'The ipTags of the node public IPs: key[=value] [key[=value] ...] (commas also separate)')
            [CompletionResult]::new('--allowed-host-ports', '--allowed-host-ports', [CompletionResultType]::ParameterName, 'Allowed host ports: <port-range>/<protocol> ..., space- or comma-separated')
            [CompletionResult]::new('--asg-ids', '--asg-ids', [CompletionResultType]::ParameterName, 'Application security group IDs, space- or comma-separated')
            [CompletionResult]::new('--vnet-subnet-id', '--vnet-subnet-id', [CompletionResultType]::ParameterName, 'The ID of a subnet in an existing VNet into which to deploy the cluster')
            [CompletionResult]::new('--pod-subnet-id', '--pod-subnet-id', [CompletionResultType]::ParameterName, 'The ID of a subnet in an existing VNet into which to assign pods in the cluster (requires azure network-plugin)')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Space-separated list of availability zones where agent nodes will be placed')
            [CompletionResult]::new('--zones', '--zones', [CompletionResultType]::ParameterName, 'Space-separated list of availability zones where agent nodes will be placed')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The maximum number of pods deployable to a node')
            [CompletionResult]::new('--max-pods', '--max-pods', [CompletionResultType]::ParameterName, 'The maximum number of pods deployable to a node')
            [CompletionResult]::new('--node-osdisk-size', '--node-osdisk-size', [CompletionResultType]::ParameterName, 'OS disk size in GiB of each node in the pool')
            [CompletionResult]::new('--node-osdisk-type', '--node-osdisk-type', [CompletionResultType]::ParameterName, 'OS disk type to be used for machines in a given agent pool')
            [CompletionResult]::new('--vm-set-type', '--vm-set-type', [CompletionResultType]::ParameterName, 'Agent pool vm set type. VirtualMachineScaleSets, AvailabilitySet or VirtualMachines')
            [CompletionResult]::new('--ppg', '--ppg', [CompletionResultType]::ParameterName, 'The ID of a PPG')
            [CompletionResult]::new('--min-count', '--min-count', [CompletionResultType]::ParameterName, 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified')
            [CompletionResult]::new('--max-count', '--max-count', [CompletionResultType]::ParameterName, 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified')
            [CompletionResult]::new('--max-surge', '--max-surge', [CompletionResultType]::ParameterName, 'Extra nodes used to speed upgrade. When specified, it represents the number or percent')
            [CompletionResult]::new('--drain-timeout', '--drain-timeout', [CompletionResultType]::ParameterName, 'When nodes are drained how many minutes to wait for all pods to be evicted')
            [CompletionResult]::new('--node-soak-duration', '--node-soak-duration', [CompletionResultType]::ParameterName, 'The duration in minutes to wait after draining a node and before reimaging it')
            [CompletionResult]::new('--os-type', '--os-type', [CompletionResultType]::ParameterName, 'The OS Type. Linux or Windows')
            [CompletionResult]::new('--os-sku', '--os-sku', [CompletionResultType]::ParameterName, 'The OS SKU of the agent node pool. Ubuntu or AzureLinux (and Windows SKUs for Windows pools)')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'The node labels for the node pool: space-separated labels, key=value')
            [CompletionResult]::new('--node-taints', '--node-taints', [CompletionResultType]::ParameterName, 'The node taints for the node pool: comma-separated key=value:effect')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'The priority of the node pool')
            [CompletionResult]::new('--eviction-policy', '--eviction-policy', [CompletionResultType]::ParameterName, 'The eviction policy of the Spot node pool')
            [CompletionResult]::new('--spot-max-price', '--spot-max-price', [CompletionResultType]::ParameterName, 'The max price (USD) you are willing to pay for Spot VMs; -1 means up to on-demand')
            [CompletionResult]::new('--scale-down-mode', '--scale-down-mode', [CompletionResultType]::ParameterName, 'Describes how VMs are added to or removed from nodepools')
            [CompletionResult]::new('--kubelet-config', '--kubelet-config', [CompletionResultType]::ParameterName, 'Path to the JSON file of the kubelet configuration of the agent nodes')
            [CompletionResult]::new('--linux-os-config', '--linux-os-config', [CompletionResultType]::ParameterName, 'Path to the JSON file of the OS configuration of Linux agent nodes')
            [CompletionResult]::new('--message-of-the-day', '--message-of-the-day', [CompletionResultType]::ParameterName, 'Path to a file whose content replaces the message of the day of Linux nodes')
            [CompletionResult]::new('--workload-runtime', '--workload-runtime', [CompletionResultType]::ParameterName, 'The workload runtime to use on the node pool')
            [CompletionResult]::new('--gpu-instance-profile', '--gpu-instance-profile', [CompletionResultType]::ParameterName, 'GPU instance profile to partition multi-gpu Nvidia GPUs')
            [CompletionResult]::new('--pod-ip-allocation-mode', '--pod-ip-allocation-mode', [CompletionResultType]::ParameterName, 'How pod IPs are allocated from the pod subnet')
            [CompletionResult]::new('--host-group-id', '--host-group-id', [CompletionResultType]::ParameterName, 'The fully qualified dedicated host group id used to provision the pool')
            [CompletionResult]::new('--crg-id', '--crg-id', [CompletionResultType]::ParameterName, 'The capacity reservation group id used to provision the pool')
            [CompletionResult]::new('--snapshot-id', '--snapshot-id', [CompletionResultType]::ParameterName, 'The source snapshot id used to create the pool')
            [CompletionResult]::new('--vm-sizes', '--vm-sizes', [CompletionResultType]::ParameterName, 'Comma-separated VM sizes of a VirtualMachines pool (one size is accepted)')
            [CompletionResult]::new('--max-unavailable', '--max-unavailable', [CompletionResultType]::ParameterName, 'The maximum number or percentage of nodes that can be unavailable during upgrade')
            [CompletionResult]::new('--undrainable-node-behavior', '--undrainable-node-behavior', [CompletionResultType]::ParameterName, 'What the upgrade does with nodes it cannot drain: Schedule or Cordon')
            [CompletionResult]::new('--gpu-driver', '--gpu-driver', [CompletionResultType]::ParameterName, 'Whether to install the GPU driver')
            [CompletionResult]::new('--gateway-prefix-size', '--gateway-prefix-size', [CompletionResultType]::ParameterName, 'The public IP prefix length of a Gateway-mode pool, 28 to 31')
            [CompletionResult]::new('--localdns-config', '--localdns-config', [CompletionResultType]::ParameterName, 'Path to a JSON file with the local DNS profile of the pool')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--enable-node-public-ip', '--enable-node-public-ip', [CompletionResultType]::ParameterName, 'Enable VMSS node public IP')
            [CompletionResult]::new('--enable-encryption-at-host', '--enable-encryption-at-host', [CompletionResultType]::ParameterName, 'Enable EncryptionAtHost, default value is false')
            [CompletionResult]::new('--enable-ultra-ssd', '--enable-ultra-ssd', [CompletionResultType]::ParameterName, 'Enable UltraSSD, default value is false')
            [CompletionResult]::new('--enable-fips-image', '--enable-fips-image', [CompletionResultType]::ParameterName, 'Use FIPS-enabled OS on agent nodes')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Enable cluster autoscaler')
            [CompletionResult]::new('--enable-cluster-autoscaler', '--enable-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Enable cluster autoscaler')
            [CompletionResult]::new('--enable-vtpm', '--enable-vtpm', [CompletionResultType]::ParameterName, 'Enable vTPM on the pool')
            [CompletionResult]::new('--enable-secure-boot', '--enable-secure-boot', [CompletionResultType]::ParameterName, 'Enable Secure Boot on the pool')
            [CompletionResult]::new('--enable-artifact-streaming', '--enable-artifact-streaming', [CompletionResultType]::ParameterName, 'Enable artifact streaming for the pool')
            [CompletionResult]::new('--enable-managed-dranet', '--enable-managed-dranet', [CompletionResultType]::ParameterName, 'Enable managed DRANET on the pool')
            [CompletionResult]::new('--disable-windows-outbound-nat', '--disable-windows-outbound-nat', [CompletionResultType]::ParameterName, 'Disable outbound NAT of Windows nodes')
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
        'azr;aks;nodepool;update' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'The cluster name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--allowed-host-ports', '--allowed-host-ports', [CompletionResultType]::ParameterName, 'Allowed host ports: <port-range>/<protocol> ..., space- or comma-separated; "" clears')
            [CompletionResult]::new('--asg-ids', '--asg-ids', [CompletionResultType]::ParameterName, 'Application security group IDs, space- or comma-separated; "" clears')
            [CompletionResult]::new('--min-count', '--min-count', [CompletionResultType]::ParameterName, 'Minimum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified')
            [CompletionResult]::new('--max-count', '--max-count', [CompletionResultType]::ParameterName, 'Maximum nodes count used for autoscaler, when "--enable-cluster-autoscaler" specified')
            [CompletionResult]::new('--max-surge', '--max-surge', [CompletionResultType]::ParameterName, 'Extra nodes used to speed upgrade. When specified, it represents the number or percent')
            [CompletionResult]::new('--drain-timeout', '--drain-timeout', [CompletionResultType]::ParameterName, 'When nodes are drained how many minutes to wait for all pods to be evicted')
            [CompletionResult]::new('--node-soak-duration', '--node-soak-duration', [CompletionResultType]::ParameterName, 'The duration in minutes to wait after draining a node and before reimaging it')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'The node labels for the node pool: space-separated key=value; none clears them')
            [CompletionResult]::new('--node-taints', '--node-taints', [CompletionResultType]::ParameterName, 'The node taints for the node pool: comma-separated key=value:effect; "" clears them')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]. Use "" to clear existing tags')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The mode for a node pool which defines a node pool''s primary function')
            [CompletionResult]::new('--scale-down-mode', '--scale-down-mode', [CompletionResultType]::ParameterName, 'Describes how VMs are added to or removed from nodepools')
            [CompletionResult]::new('--os-sku', '--os-sku', [CompletionResultType]::ParameterName, 'The OS SKU of the agent node pool')
            [CompletionResult]::new('--max-unavailable', '--max-unavailable', [CompletionResultType]::ParameterName, 'The maximum number or percentage of nodes that can be unavailable during upgrade')
            [CompletionResult]::new('--undrainable-node-behavior', '--undrainable-node-behavior', [CompletionResultType]::ParameterName, 'What the upgrade does with nodes it cannot drain: Schedule or Cordon')
            [CompletionResult]::new('--gpu-driver', '--gpu-driver', [CompletionResultType]::ParameterName, 'Whether to install the GPU driver')
            [CompletionResult]::new('--localdns-config', '--localdns-config', [CompletionResultType]::ParameterName, 'Path to a JSON file with the local DNS profile of the pool')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Enable cluster autoscaler')
            [CompletionResult]::new('--enable-cluster-autoscaler', '--enable-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Enable cluster autoscaler')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Disable cluster autoscaler')
            [CompletionResult]::new('--disable-cluster-autoscaler', '--disable-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Disable cluster autoscaler')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Update min-count or max-count for cluster autoscaler')
            [CompletionResult]::new('--update-cluster-autoscaler', '--update-cluster-autoscaler', [CompletionResultType]::ParameterName, 'Update min-count or max-count for cluster autoscaler')
            [CompletionResult]::new('--enable-fips-image', '--enable-fips-image', [CompletionResultType]::ParameterName, 'Switch to use FIPS-enabled OS on agent nodes')
            [CompletionResult]::new('--disable-fips-image', '--disable-fips-image', [CompletionResultType]::ParameterName, 'Switch off FIPS-enabled OS on agent nodes')
            [CompletionResult]::new('--enable-vtpm', '--enable-vtpm', [CompletionResultType]::ParameterName, 'Enable vTPM on the pool')
            [CompletionResult]::new('--disable-vtpm', '--disable-vtpm', [CompletionResultType]::ParameterName, 'Disable vTPM on the pool')
            [CompletionResult]::new('--enable-secure-boot', '--enable-secure-boot', [CompletionResultType]::ParameterName, 'Enable Secure Boot on the pool')
            [CompletionResult]::new('--disable-secure-boot', '--disable-secure-boot', [CompletionResultType]::ParameterName, 'Disable Secure Boot on the pool')
            [CompletionResult]::new('--enable-artifact-streaming', '--enable-artifact-streaming', [CompletionResultType]::ParameterName, 'Enable artifact streaming for the pool')
            [CompletionResult]::new('--disable-artifact-streaming', '--disable-artifact-streaming', [CompletionResultType]::ParameterName, 'Disable artifact streaming for the pool')
            [CompletionResult]::new('--enable-managed-dranet', '--enable-managed-dranet', [CompletionResultType]::ParameterName, 'Enable managed DRANET on the pool')
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
        'azr;aks;nodepool;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'The cluster name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;nodepool;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'The cluster name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;nodepool;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'The cluster name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Delete the pool''s nodes without honouring pod disruption budgets')
            [CompletionResult]::new('--ignore-pdb', '--ignore-pdb', [CompletionResultType]::ParameterName, 'Delete the pool''s nodes without honouring pod disruption budgets')
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
        'azr;aks;nodepool;scale' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'The cluster name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'The node pool name')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes node pool')
            [CompletionResult]::new('--node-count', '--node-count', [CompletionResultType]::ParameterName, 'Number of nodes in the Kubernetes node pool')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;aks;nodepool;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a node pool to the managed Kubernetes cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a node pool properties')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the details for a node pool in the managed Kubernetes cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List node pools in the managed Kubernetes cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the agent pool in the managed Kubernetes cluster')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale the node pool in a managed Kubernetes cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;nodepool;help;add' {
            break
        }
        'azr;aks;nodepool;help;update' {
            break
        }
        'azr;aks;nodepool;help;show' {
            break
        }
        'azr;aks;nodepool;help;list' {
            break
        }
        'azr;aks;nodepool;help;delete' {
            break
        }
        'azr;aks;nodepool;help;scale' {
            break
        }
        'azr;aks;nodepool;help;help' {
            break
        }
        'azr;aks;machine' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Get information about IP Addresses, Hostname for all machines in an agentpool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;machine;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'Name of the agentpool of a managed cluster')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;machine;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--cluster-name', '--cluster-name', [CompletionResultType]::ParameterName, 'Name of the managed cluster')
            [CompletionResult]::new('--nodepool-name', '--nodepool-name', [CompletionResultType]::ParameterName, 'Name of the agentpool of a managed cluster')
            [CompletionResult]::new('--machine-name', '--machine-name', [CompletionResultType]::ParameterName, 'Name of the machine in the agentpool of a managed cluster')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;aks;machine;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Get information about IP Addresses, Hostname for all machines in an agentpool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;machine;help;list' {
            break
        }
        'azr;aks;machine;help;show' {
            break
        }
        'azr;aks;machine;help;help' {
            break
        }
        'azr;aks;help' {
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'See detail usage in ''az aks command invoke'', ''az aks command result''')
            [CompletionResult]::new('hostport', 'hostport', [CompletionResultType]::ParameterValue, 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked')
            [CompletionResult]::new('node-ips', 'node-ips', [CompletionResultType]::ParameterValue, 'azr''s own: each node''s name, pool, public IP, the prefix it came from, its IP tags and the pool''s allowed host ports')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new managed Kubernetes cluster')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the details for a managed Kubernetes cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List managed Kubernetes clusters')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a managed Kubernetes Cluster')
            [CompletionResult]::new('get-credentials', 'get-credentials', [CompletionResultType]::ParameterValue, 'Get access credentials for a managed Kubernetes cluster')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale the node pool in a managed Kubernetes cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state')
            [CompletionResult]::new('nodepool', 'nodepool', [CompletionResultType]::ParameterValue, 'Commands to manage node pools in Kubernetes kubernetes cluster')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Get information about machines in a nodepool of a managed clusters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;aks;help;command' {
            [CompletionResult]::new('invoke', 'invoke', [CompletionResultType]::ParameterValue, 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'Fetch result from previously triggered ''aks command invoke''')
            break
        }
        'azr;aks;help;command;invoke' {
            break
        }
        'azr;aks;help;command;result' {
            break
        }
        'azr;aks;help;hostport' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)')
            break
        }
        'azr;aks;help;hostport;check' {
            break
        }
        'azr;aks;help;node-ips' {
            break
        }
        'azr;aks;help;create' {
            break
        }
        'azr;aks;help;show' {
            break
        }
        'azr;aks;help;list' {
            break
        }
        'azr;aks;help;delete' {
            break
        }
        'azr;aks;help;get-credentials' {
            break
        }
        'azr;aks;help;scale' {
            break
        }
        'azr;aks;help;update' {
            break
        }
        'azr;aks;help;nodepool' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a node pool to the managed Kubernetes cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a node pool properties')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the details for a node pool in the managed Kubernetes cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List node pools in the managed Kubernetes cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the agent pool in the managed Kubernetes cluster')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale the node pool in a managed Kubernetes cluster')
            break
        }
        'azr;aks;help;nodepool;add' {
            break
        }
        'azr;aks;help;nodepool;update' {
            break
        }
        'azr;aks;help;nodepool;show' {
            break
        }
        'azr;aks;help;nodepool;list' {
            break
        }
        'azr;aks;help;nodepool;delete' {
            break
        }
        'azr;aks;help;nodepool;scale' {
            break
        }
        'azr;aks;help;machine' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Get information about IP Addresses, Hostname for all machines in an agentpool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster')
            break
        }
        'azr;aks;help;machine;list' {
            break
        }
        'azr;aks;help;machine;show' {
            break
        }
        'azr;aks;help;help' {
            break
        }
        'azr;network' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('public-ip', 'public-ip', [CompletionResultType]::ParameterValue, 'Manage public IP addresses')
            [CompletionResult]::new('asg', 'asg', [CompletionResultType]::ParameterValue, 'Manage application security groups (ASGs)')
            [CompletionResult]::new('nsg', 'nsg', [CompletionResultType]::ParameterValue, 'Manage Azure Network Security Groups (NSGs)')
            [CompletionResult]::new('vnet', 'vnet', [CompletionResultType]::ParameterValue, 'Manage Azure Virtual Networks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;public-ip' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('prefix', 'prefix', [CompletionResultType]::ParameterValue, 'Manage public IP prefix resources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;public-ip;prefix' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a public IP prefix resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a public IP prefix resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List public IP prefix resources')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a public IP prefix resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;public-ip;prefix;create' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the public IP prefix')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the public IP prefix')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Defaults to the resource group''s location')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Defaults to the resource group''s location')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Length of the prefix (i.e. `XX.XX.XX.XX/<Length>`)')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'IP address type.  Allowed values: IPv4, IPv6.  Default: IPv4')
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Name of a public IP prefix SKU.  Allowed values: Standard, StandardV2.  Default: Standard')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Tier of a public IP prefix SKU.  Allowed values: Global, Regional')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Space-separated list of availability zones into which to provision the resource. Allowed values: 1, 2, 3')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Space-separated list of availability zones into which to provision the resource. Allowed values: 1, 2, 3')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]')
            [CompletionResult]::new('--ip-tags', '--ip-tags', [CompletionResultType]::ParameterName, 'The list of tags associated with the public IP prefix in ''TYPE=VAL'' format')
            [CompletionResult]::new('--edge-zone', '--edge-zone', [CompletionResultType]::ParameterName, 'The name of edge zone')
            [CompletionResult]::new('--first-party-service-tag-id', '--first-party-service-tag-id', [CompletionResultType]::ParameterName, 'The resource ID of the first party service tag associated with the IP tag')
            [CompletionResult]::new('--fpst-id', '--fpst-id', [CompletionResultType]::ParameterName, 'The resource ID of the first party service tag associated with the IP tag')
            [CompletionResult]::new('--custom-ip-prefix-name', '--custom-ip-prefix-name', [CompletionResultType]::ParameterName, 'A custom prefix from which the public prefix derived')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Do not wait for the long-running operation to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'azr;network;public-ip;prefix;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Expands referenced resources')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;public-ip;prefix;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Total number of items to return in the command''s output')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Token to specify where to start paginating')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;public-ip;prefix;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;public-ip;prefix;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a public IP prefix resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a public IP prefix resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List public IP prefix resources')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a public IP prefix resource')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;public-ip;prefix;help;create' {
            break
        }
        'azr;network;public-ip;prefix;help;show' {
            break
        }
        'azr;network;public-ip;prefix;help;list' {
            break
        }
        'azr;network;public-ip;prefix;help;delete' {
            break
        }
        'azr;network;public-ip;prefix;help;help' {
            break
        }
        'azr;network;public-ip;help' {
            [CompletionResult]::new('prefix', 'prefix', [CompletionResultType]::ParameterValue, 'Manage public IP prefix resources')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;public-ip;help;prefix' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a public IP prefix resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a public IP prefix resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List public IP prefix resources')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a public IP prefix resource')
            break
        }
        'azr;network;public-ip;help;prefix;create' {
            break
        }
        'azr;network;public-ip;help;prefix;show' {
            break
        }
        'azr;network;public-ip;help;prefix;list' {
            break
        }
        'azr;network;public-ip;help;prefix;delete' {
            break
        }
        'azr;network;public-ip;help;help' {
            break
        }
        'azr;network;asg' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an application security group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get details of an application security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all application security groups in a subscription')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application security group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;asg;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the new application security group resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the new application security group resource')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Defaults to the resource group''s location')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Defaults to the resource group''s location')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;asg;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;asg;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;asg;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;asg;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an application security group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get details of an application security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all application security groups in a subscription')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application security group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;asg;help;create' {
            break
        }
        'azr;network;asg;help;show' {
            break
        }
        'azr;network;asg;help;list' {
            break
        }
        'azr;network;asg;help;delete' {
            break
        }
        'azr;network;asg;help;help' {
            break
        }
        'azr;network;nsg' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List network security groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get information about a network security group')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Manage network security group rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;nsg;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the network security group')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the network security group')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Location. Defaults to the resource group''s location')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Location. Defaults to the resource group''s location')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;nsg;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;nsg;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;nsg;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Expands referenced resources')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;nsg;rule' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a network security group rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a network security group rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all rules in a network security group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;nsg;rule;create' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--nsg-name', '--nsg-name', [CompletionResultType]::ParameterName, 'Name of the network security group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority of the rule. The value can be between 100 and 4096. The priority number must be unique for each rule in the collection. The lower the priority number, the higher the priority of the rule')
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'Network traffic is allowed or denied.  Allowed values: Allow, Deny')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description for this rule. Restricted to 140 chars')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Direction of the rule.  Allowed values: Inbound, Outbound')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'Network protocol this rule applies to.  Allowed values: *, Ah, Esp, Icmp, Tcp, Udp')
            [CompletionResult]::new('--source-address-prefixes', '--source-address-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag')
            [CompletionResult]::new('--source-port-ranges', '--source-port-ranges', [CompletionResultType]::ParameterName, 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports')
            [CompletionResult]::new('--source-asgs', '--source-asgs', [CompletionResultType]::ParameterName, 'Space-separated list of application security group names or IDs')
            [CompletionResult]::new('--destination-address-prefixes', '--destination-address-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag')
            [CompletionResult]::new('--destination-port-ranges', '--destination-port-ranges', [CompletionResultType]::ParameterName, 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports')
            [CompletionResult]::new('--destination-asgs', '--destination-asgs', [CompletionResultType]::ParameterName, 'Space-separated list of application security group names or IDs')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;nsg;rule;update' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--nsg-name', '--nsg-name', [CompletionResultType]::ParameterName, 'Name of the network security group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority of the rule. The value can be between 100 and 4096')
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'Network traffic is allowed or denied.  Allowed values: Allow, Deny')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description for this rule. Restricted to 140 chars')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Direction of the rule.  Allowed values: Inbound, Outbound')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'Network protocol this rule applies to.  Allowed values: *, Ah, Esp, Icmp, Tcp, Udp')
            [CompletionResult]::new('--source-address-prefixes', '--source-address-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag')
            [CompletionResult]::new('--source-port-ranges', '--source-port-ranges', [CompletionResultType]::ParameterName, 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports')
            [CompletionResult]::new('--source-asgs', '--source-asgs', [CompletionResultType]::ParameterName, 'Space-separated list of application security group names or IDs')
            [CompletionResult]::new('--destination-address-prefixes', '--destination-address-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of CIDR prefixes or IP ranges, or one of ''VirtualNetwork'', ''AzureLoadBalancer'', ''Internet'' or ''*'', or a service tag')
            [CompletionResult]::new('--destination-port-ranges', '--destination-port-ranges', [CompletionResultType]::ParameterName, 'Space-separated list of ports or port ranges between 0-65535. Use ''*'' to match all ports')
            [CompletionResult]::new('--destination-asgs', '--destination-asgs', [CompletionResultType]::ParameterName, 'Space-separated list of application security group names or IDs')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'set')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'add')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'remove')
            [CompletionResult]::new('--force-string', '--force-string', [CompletionResultType]::ParameterName, 'force-string')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;nsg;rule;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--nsg-name', '--nsg-name', [CompletionResultType]::ParameterName, 'Name of the network security group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;nsg;rule;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--nsg-name', '--nsg-name', [CompletionResultType]::ParameterName, 'Name of the network security group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the network security group rule')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;nsg;rule;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--nsg-name', '--nsg-name', [CompletionResultType]::ParameterName, 'Name of the network security group')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--include-default', '--include-default', [CompletionResultType]::ParameterName, 'Include default security rules in the output')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;nsg;rule;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a network security group rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a network security group rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all rules in a network security group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;nsg;rule;help;create' {
            break
        }
        'azr;network;nsg;rule;help;update' {
            break
        }
        'azr;network;nsg;rule;help;show' {
            break
        }
        'azr;network;nsg;rule;help;delete' {
            break
        }
        'azr;network;nsg;rule;help;list' {
            break
        }
        'azr;network;nsg;rule;help;help' {
            break
        }
        'azr;network;nsg;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List network security groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get information about a network security group')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Manage network security group rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;nsg;help;create' {
            break
        }
        'azr;network;nsg;help;delete' {
            break
        }
        'azr;network;nsg;help;list' {
            break
        }
        'azr;network;nsg;help;show' {
            break
        }
        'azr;network;nsg;help;rule' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a network security group rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a network security group rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all rules in a network security group')
            break
        }
        'azr;network;nsg;help;rule;create' {
            break
        }
        'azr;network;nsg;help;rule;update' {
            break
        }
        'azr;network;nsg;help;rule;show' {
            break
        }
        'azr;network;nsg;help;rule;delete' {
            break
        }
        'azr;network;nsg;help;rule;list' {
            break
        }
        'azr;network;nsg;help;help' {
            break
        }
        'azr;network;vnet' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a virtual network')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a virtual network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List virtual networks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a virtual network')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Manage subnets in an Azure Virtual Network')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;vnet;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The virtual network (VNet) name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The virtual network (VNet) name')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Resource location. Defaults to the resource group''s location')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Resource location. Defaults to the resource group''s location')
            [CompletionResult]::new('--address-prefixes', '--address-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of IP address prefixes for the VNet.  Default: 10.0.0.0/16')
            [CompletionResult]::new('--subnet-name', '--subnet-name', [CompletionResultType]::ParameterName, 'Name of a new subnet to create within the VNet')
            [CompletionResult]::new('--subnet-prefixes', '--subnet-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of address prefixes in CIDR format for the new subnet. If omitted, automatically reserves a /24 (or as large as available) block within the VNet address space')
            [CompletionResult]::new('--nsg', '--nsg', [CompletionResultType]::ParameterName, 'Name or ID of a network security group (NSG)')
            [CompletionResult]::new('--network-security-group', '--network-security-group', [CompletionResultType]::ParameterName, 'Name or ID of a network security group (NSG)')
            [CompletionResult]::new('--subnets', '--subnets', [CompletionResultType]::ParameterName, 'A list of subnets (AAZ shorthand syntax or JSON); `--subnet-name` replaces it, as in az')
            [CompletionResult]::new('--dns-servers', '--dns-servers', [CompletionResultType]::ParameterName, 'Space-separated list of DNS server IP addresses')
            [CompletionResult]::new('--bgp-community', '--bgp-community', [CompletionResultType]::ParameterName, 'The BGP community associated with the virtual network')
            [CompletionResult]::new('--sgp', '--sgp', [CompletionResultType]::ParameterName, 'A configurable list of summarized gateway prefixes advertised for the virtual network (preview; AAZ shorthand syntax or JSON)')
            [CompletionResult]::new('--summarized-gateway-prefixes', '--summarized-gateway-prefixes', [CompletionResultType]::ParameterName, 'The long spelling of `--sgp` (az names the spelling used in its errors)')
            [CompletionResult]::new('--ipam-allocations', '--ipam-allocations', [CompletionResultType]::ParameterName, 'A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID [0].number-of-ip-addresses=N`')
            [CompletionResult]::new('--ipam-pool-prefix-allocations', '--ipam-pool-prefix-allocations', [CompletionResultType]::ParameterName, 'The long spelling of `--ipam-allocations` (az names the spelling used in its errors)')
            [CompletionResult]::new('--ddos-protection-plan', '--ddos-protection-plan', [CompletionResultType]::ParameterName, 'Name or ID of a DDoS protection plan to associate with the VNet')
            [CompletionResult]::new('--ddos-protection', '--ddos-protection', [CompletionResultType]::ParameterName, 'Control whether DDoS protection is enabled.  Allowed values: false, true.  Default: false')
            [CompletionResult]::new('--vm-protection', '--vm-protection', [CompletionResultType]::ParameterName, 'Enable VM protection for all subnets in the VNet.  Allowed values: false, true. Default: false')
            [CompletionResult]::new('--flowtimeout', '--flowtimeout', [CompletionResultType]::ParameterName, 'The FlowTimeout value (in minutes) for the Virtual Network')
            [CompletionResult]::new('--enable-encryption', '--enable-encryption', [CompletionResultType]::ParameterName, 'Enable encryption on the virtual network.  Allowed values: false, true')
            [CompletionResult]::new('--encryption-enforcement-policy', '--encryption-enforcement-policy', [CompletionResultType]::ParameterName, 'To control if the Virtual Machine without encryption is allowed in encrypted Virtual Network or not.  Allowed values: AllowUnencrypted, DropUnencrypted')
            [CompletionResult]::new('--encryption-policy', '--encryption-policy', [CompletionResultType]::ParameterName, 'To control if the Virtual Machine without encryption is allowed in encrypted Virtual Network or not.  Allowed values: AllowUnencrypted, DropUnencrypted')
            [CompletionResult]::new('--private-endpoint-vnet-policies', '--private-endpoint-vnet-policies', [CompletionResultType]::ParameterName, 'Private Endpoint VNet Policies.  Allowed values: Basic, Disabled')
            [CompletionResult]::new('--pe-vnet-policies', '--pe-vnet-policies', [CompletionResultType]::ParameterName, 'Private Endpoint VNet Policies.  Allowed values: Basic, Disabled')
            [CompletionResult]::new('--edge-zone', '--edge-zone', [CompletionResultType]::ParameterName, 'The name of edge zone')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Space-separated tags: key[=value] [key[=value] ...]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;vnet;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Expands referenced resources')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;vnet;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Total number of items to return in the command''s output')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Token to specify where to start paginating')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;vnet;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name of the resource')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;vnet;subnet' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet and associate an existing NSG and route table')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a subnet')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show details of a subnet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the subnets in a virtual network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subnet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;vnet;subnet;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--vnet-name', '--vnet-name', [CompletionResultType]::ParameterName, 'The virtual network (VNet) name')
            [CompletionResult]::new('--address-prefixes', '--address-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of address prefixes in CIDR format')
            [CompletionResult]::new('--nsg', '--nsg', [CompletionResultType]::ParameterName, 'Name or ID of a network security group (NSG)')
            [CompletionResult]::new('--network-security-group', '--network-security-group', [CompletionResultType]::ParameterName, 'Name or ID of a network security group (NSG)')
            [CompletionResult]::new('--default-outbound-access', '--default-outbound-access', [CompletionResultType]::ParameterName, 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true')
            [CompletionResult]::new('--default-outbound', '--default-outbound', [CompletionResultType]::ParameterName, 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true')
            [CompletionResult]::new('--private-endpoint-network-policies', '--private-endpoint-network-policies', [CompletionResultType]::ParameterName, 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled')
            [CompletionResult]::new('--ple-network-policies', '--ple-network-policies', [CompletionResultType]::ParameterName, 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled')
            [CompletionResult]::new('--private-link-service-network-policies', '--private-link-service-network-policies', [CompletionResultType]::ParameterName, 'Manage network policy for private link service.  Allowed values: Disabled, Enabled')
            [CompletionResult]::new('--pls-network-policies', '--pls-network-policies', [CompletionResultType]::ParameterName, 'Manage network policy for private link service.  Allowed values: Disabled, Enabled')
            [CompletionResult]::new('--nat-gateway', '--nat-gateway', [CompletionResultType]::ParameterName, 'Name or ID of a NAT gateway to attach')
            [CompletionResult]::new('--route-table', '--route-table', [CompletionResultType]::ParameterName, 'Name or ID of a route table to associate with the subnet')
            [CompletionResult]::new('--delegations', '--delegations', [CompletionResultType]::ParameterName, 'Space-separated list of services to whom the subnet should be delegated, e.g., Microsoft.Sql/servers')
            [CompletionResult]::new('--service-endpoints', '--service-endpoints', [CompletionResultType]::ParameterName, 'Space-separated list of services allowed private access to this subnet')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'An array of service endpoints (AAZ shorthand syntax or JSON)')
            [CompletionResult]::new('--service-endpoint-policy', '--service-endpoint-policy', [CompletionResultType]::ParameterName, 'Space-separated list of names or IDs of service endpoint policies to apply')
            [CompletionResult]::new('--ipam-allocations', '--ipam-allocations', [CompletionResultType]::ParameterName, 'A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID [0].number-of-ip-addresses=N`')
            [CompletionResult]::new('--ipam-pool-prefix-allocations', '--ipam-pool-prefix-allocations', [CompletionResultType]::ParameterName, 'The long spelling of `--ipam-allocations` (az names the spelling used in its errors)')
            [CompletionResult]::new('--sharing-scope', '--sharing-scope', [CompletionResultType]::ParameterName, 'Set this property to Tenant to allow sharing subnet with other subscriptions in your AAD tenant.  Allowed values: DelegatedServices, Tenant')
            [CompletionResult]::new('--disable-private-endpoint-network-policies', '--disable-private-endpoint-network-policies', [CompletionResultType]::ParameterName, 'Disable private endpoint network policies on the subnet')
            [CompletionResult]::new('--disable-private-link-service-network-policies', '--disable-private-link-service-network-policies', [CompletionResultType]::ParameterName, 'Disable private link service network policies on the subnet')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;vnet;subnet;update' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--vnet-name', '--vnet-name', [CompletionResultType]::ParameterName, 'The virtual network (VNet) name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('--address-prefixes', '--address-prefixes', [CompletionResultType]::ParameterName, 'Space-separated list of address prefixes in CIDR format')
            [CompletionResult]::new('--nsg', '--nsg', [CompletionResultType]::ParameterName, 'Name or ID of a network security group (NSG)')
            [CompletionResult]::new('--network-security-group', '--network-security-group', [CompletionResultType]::ParameterName, 'Name or ID of a network security group (NSG)')
            [CompletionResult]::new('--default-outbound-access', '--default-outbound-access', [CompletionResultType]::ParameterName, 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true')
            [CompletionResult]::new('--default-outbound', '--default-outbound', [CompletionResultType]::ParameterName, 'Set this property to false to disable default outbound connectivity for all VMs in the subnet.  Allowed values: false, true')
            [CompletionResult]::new('--private-endpoint-network-policies', '--private-endpoint-network-policies', [CompletionResultType]::ParameterName, 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled')
            [CompletionResult]::new('--ple-network-policies', '--ple-network-policies', [CompletionResultType]::ParameterName, 'Manage network policies for private endpoint.  Allowed values: Disabled, Enabled, NetworkSecurityGroupEnabled, RouteTableEnabled')
            [CompletionResult]::new('--private-link-service-network-policies', '--private-link-service-network-policies', [CompletionResultType]::ParameterName, 'Manage network policy for private link service.  Allowed values: Disabled, Enabled')
            [CompletionResult]::new('--pls-network-policies', '--pls-network-policies', [CompletionResultType]::ParameterName, 'Manage network policy for private link service.  Allowed values: Disabled, Enabled')
            [CompletionResult]::new('--nat-gateway', '--nat-gateway', [CompletionResultType]::ParameterName, 'Name or ID of a NAT gateway to attach')
            [CompletionResult]::new('--route-table', '--route-table', [CompletionResultType]::ParameterName, 'Name or ID of a route table to associate with the subnet')
            [CompletionResult]::new('--delegations', '--delegations', [CompletionResultType]::ParameterName, 'Space-separated list of services to whom the subnet should be delegated, e.g., Microsoft.Sql/servers')
            [CompletionResult]::new('--service-endpoints', '--service-endpoints', [CompletionResultType]::ParameterName, 'Space-separated list of services allowed private access to this subnet')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'An array of service endpoints (AAZ shorthand syntax or JSON)')
            [CompletionResult]::new('--service-endpoint-policy', '--service-endpoint-policy', [CompletionResultType]::ParameterName, 'Space-separated list of names or IDs of service endpoint policies to apply')
            [CompletionResult]::new('--ipam-allocations', '--ipam-allocations', [CompletionResultType]::ParameterName, 'A list of IPAM pool allocations (AAZ shorthand syntax or JSON): `[0].id=POOL_ID [0].number-of-ip-addresses=N`')
            [CompletionResult]::new('--ipam-pool-prefix-allocations', '--ipam-pool-prefix-allocations', [CompletionResultType]::ParameterName, 'The long spelling of `--ipam-allocations` (az names the spelling used in its errors)')
            [CompletionResult]::new('--sharing-scope', '--sharing-scope', [CompletionResultType]::ParameterName, 'Set this property to Tenant to allow sharing subnet with other subscriptions in your AAD tenant.  Allowed values: DelegatedServices, Tenant')
            [CompletionResult]::new('--disable-private-endpoint-network-policies', '--disable-private-endpoint-network-policies', [CompletionResultType]::ParameterName, 'Disable private endpoint network policies on the subnet')
            [CompletionResult]::new('--disable-private-link-service-network-policies', '--disable-private-link-service-network-policies', [CompletionResultType]::ParameterName, 'Disable private link service network policies on the subnet')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'set')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'add')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'remove')
            [CompletionResult]::new('--force-string', '--force-string', [CompletionResultType]::ParameterName, 'force-string')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;vnet;subnet;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--vnet-name', '--vnet-name', [CompletionResultType]::ParameterName, 'The virtual network (VNet) name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'Expands referenced resources')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;vnet;subnet;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--vnet-name', '--vnet-name', [CompletionResultType]::ParameterName, 'The virtual network (VNet) name')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Total number of items to return in the command''s output')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Token to specify where to start paginating')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;network;vnet;subnet;delete' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--vnet-name', '--vnet-name', [CompletionResultType]::ParameterName, 'The virtual network (VNet) name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The subnet name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
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
        'azr;network;vnet;subnet;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet and associate an existing NSG and route table')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a subnet')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show details of a subnet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the subnets in a virtual network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subnet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;vnet;subnet;help;create' {
            break
        }
        'azr;network;vnet;subnet;help;update' {
            break
        }
        'azr;network;vnet;subnet;help;show' {
            break
        }
        'azr;network;vnet;subnet;help;list' {
            break
        }
        'azr;network;vnet;subnet;help;delete' {
            break
        }
        'azr;network;vnet;subnet;help;help' {
            break
        }
        'azr;network;vnet;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a virtual network')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a virtual network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List virtual networks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a virtual network')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Manage subnets in an Azure Virtual Network')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;vnet;help;create' {
            break
        }
        'azr;network;vnet;help;show' {
            break
        }
        'azr;network;vnet;help;list' {
            break
        }
        'azr;network;vnet;help;delete' {
            break
        }
        'azr;network;vnet;help;subnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet and associate an existing NSG and route table')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a subnet')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show details of a subnet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the subnets in a virtual network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subnet')
            break
        }
        'azr;network;vnet;help;subnet;create' {
            break
        }
        'azr;network;vnet;help;subnet;update' {
            break
        }
        'azr;network;vnet;help;subnet;show' {
            break
        }
        'azr;network;vnet;help;subnet;list' {
            break
        }
        'azr;network;vnet;help;subnet;delete' {
            break
        }
        'azr;network;vnet;help;help' {
            break
        }
        'azr;network;help' {
            [CompletionResult]::new('public-ip', 'public-ip', [CompletionResultType]::ParameterValue, 'Manage public IP addresses')
            [CompletionResult]::new('asg', 'asg', [CompletionResultType]::ParameterValue, 'Manage application security groups (ASGs)')
            [CompletionResult]::new('nsg', 'nsg', [CompletionResultType]::ParameterValue, 'Manage Azure Network Security Groups (NSGs)')
            [CompletionResult]::new('vnet', 'vnet', [CompletionResultType]::ParameterValue, 'Manage Azure Virtual Networks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;network;help;public-ip' {
            [CompletionResult]::new('prefix', 'prefix', [CompletionResultType]::ParameterValue, 'Manage public IP prefix resources')
            break
        }
        'azr;network;help;public-ip;prefix' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a public IP prefix resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a public IP prefix resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List public IP prefix resources')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a public IP prefix resource')
            break
        }
        'azr;network;help;public-ip;prefix;create' {
            break
        }
        'azr;network;help;public-ip;prefix;show' {
            break
        }
        'azr;network;help;public-ip;prefix;list' {
            break
        }
        'azr;network;help;public-ip;prefix;delete' {
            break
        }
        'azr;network;help;asg' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an application security group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get details of an application security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all application security groups in a subscription')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application security group')
            break
        }
        'azr;network;help;asg;create' {
            break
        }
        'azr;network;help;asg;show' {
            break
        }
        'azr;network;help;asg;list' {
            break
        }
        'azr;network;help;asg;delete' {
            break
        }
        'azr;network;help;nsg' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List network security groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get information about a network security group')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Manage network security group rules')
            break
        }
        'azr;network;help;nsg;create' {
            break
        }
        'azr;network;help;nsg;delete' {
            break
        }
        'azr;network;help;nsg;list' {
            break
        }
        'azr;network;help;nsg;show' {
            break
        }
        'azr;network;help;nsg;rule' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a network security group rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a network security group rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all rules in a network security group')
            break
        }
        'azr;network;help;nsg;rule;create' {
            break
        }
        'azr;network;help;nsg;rule;update' {
            break
        }
        'azr;network;help;nsg;rule;show' {
            break
        }
        'azr;network;help;nsg;rule;delete' {
            break
        }
        'azr;network;help;nsg;rule;list' {
            break
        }
        'azr;network;help;vnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a virtual network')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a virtual network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List virtual networks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a virtual network')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Manage subnets in an Azure Virtual Network')
            break
        }
        'azr;network;help;vnet;create' {
            break
        }
        'azr;network;help;vnet;show' {
            break
        }
        'azr;network;help;vnet;list' {
            break
        }
        'azr;network;help;vnet;delete' {
            break
        }
        'azr;network;help;vnet;subnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet and associate an existing NSG and route table')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a subnet')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show details of a subnet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the subnets in a virtual network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subnet')
            break
        }
        'azr;network;help;vnet;subnet;create' {
            break
        }
        'azr;network;help;vnet;subnet;update' {
            break
        }
        'azr;network;help;vnet;subnet;show' {
            break
        }
        'azr;network;help;vnet;subnet;list' {
            break
        }
        'azr;network;help;vnet;subnet;delete' {
            break
        }
        'azr;network;help;help' {
            break
        }
        'azr;vmss' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all VMSS under a resource group')
            [CompletionResult]::new('list-instance-public-ips', 'list-instance-public-ips', [CompletionResultType]::ParameterValue, 'List public IP addresses of VM instances within a set')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;vmss;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group. Lists the whole subscription when omitted')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Total number of items to return in the command''s output')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'Token to specify where to start paginating')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;vmss;list-instance-public-ips' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Name of resource group')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Scale set name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Scale set name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more resource IDs (space-delimited). It should be a complete resource ID containing all information of ''Resource Id'' arguments. You should provide either --ids or other ''Resource Id'' arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;vmss;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all VMSS under a resource group')
            [CompletionResult]::new('list-instance-public-ips', 'list-instance-public-ips', [CompletionResultType]::ParameterValue, 'List public IP addresses of VM instances within a set')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;vmss;help;list' {
            break
        }
        'azr;vmss;help;list-instance-public-ips' {
            break
        }
        'azr;vmss;help;help' {
            break
        }
        'azr;feature' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a preview feature')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the feature details')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List preview features')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a preview feature')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;feature;register' {
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The feature name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The feature name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;feature;show' {
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The feature name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The feature name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;feature;list' {
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;feature;unregister' {
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The feature name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The feature name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;feature;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a preview feature')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the feature details')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List preview features')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a preview feature')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;feature;help;register' {
            break
        }
        'azr;feature;help;show' {
            break
        }
        'azr;feature;help;list' {
            break
        }
        'azr;feature;help;unregister' {
            break
        }
        'azr;feature;help;help' {
            break
        }
        'azr;provider' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a provider')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Gets the specified resource provider')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a provider')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;provider;register' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The management group id to register')
            [CompletionResult]::new('--management-group-id', '--management-group-id', [CompletionResultType]::ParameterName, 'The management group id to register')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A value indicating whether authorization is consented or not')
            [CompletionResult]::new('--consent-to-permissions', '--consent-to-permissions', [CompletionResultType]::ParameterName, 'A value indicating whether authorization is consented or not')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the registration to finish')
            [CompletionResult]::new('--accept-terms', '--accept-terms', [CompletionResultType]::ParameterName, 'Accept market place terms and RP terms for RPaaS')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;provider;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('--expand', '--expand', [CompletionResultType]::ParameterName, 'The $expand query parameter, e.g. `resourceTypes/aliases`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;provider;unregister' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The resource namespace, aka ''provider''')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for unregistration to finish')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;provider;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a provider')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Gets the specified resource provider')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a provider')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;provider;help;register' {
            break
        }
        'azr;provider;help;show' {
            break
        }
        'azr;provider;help;unregister' {
            break
        }
        'azr;provider;help;help' {
            break
        }
        'azr;cloud' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registered clouds')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a registered cloud')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a cloud')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the active cloud')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a cloud')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;cloud;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;cloud;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;cloud;register' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('--cloud-config', '--cloud-config', [CompletionResultType]::ParameterName, 'JSON encoded cloud configuration. Use @{file} to load from a file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this cloud')
            [CompletionResult]::new('--endpoint-resource-manager', '--endpoint-resource-manager', [CompletionResultType]::ParameterName, 'The resource management endpoint')
            [CompletionResult]::new('--endpoint-active-directory', '--endpoint-active-directory', [CompletionResultType]::ParameterName, 'The Active Directory login endpoint')
            [CompletionResult]::new('--endpoint-active-directory-resource-id', '--endpoint-active-directory-resource-id', [CompletionResultType]::ParameterName, 'The resource ID to obtain AD tokens for')
            [CompletionResult]::new('--endpoint-active-directory-graph-resource-id', '--endpoint-active-directory-graph-resource-id', [CompletionResultType]::ParameterName, 'The Active Directory resource ID')
            [CompletionResult]::new('--endpoint-microsoft-graph-resource-id', '--endpoint-microsoft-graph-resource-id', [CompletionResultType]::ParameterName, 'The Microsoft Graph resource ID')
            [CompletionResult]::new('--endpoint-active-directory-data-lake-resource-id', '--endpoint-active-directory-data-lake-resource-id', [CompletionResultType]::ParameterName, 'The Active Directory resource ID for data lake services')
            [CompletionResult]::new('--endpoint-management', '--endpoint-management', [CompletionResultType]::ParameterName, 'The endpoint for management')
            [CompletionResult]::new('--endpoint-sql-management', '--endpoint-sql-management', [CompletionResultType]::ParameterName, 'The sql server management endpoint')
            [CompletionResult]::new('--endpoint-gallery', '--endpoint-gallery', [CompletionResultType]::ParameterName, 'The template gallery endpoint')
            [CompletionResult]::new('--endpoint-vm-image-alias-doc', '--endpoint-vm-image-alias-doc', [CompletionResultType]::ParameterName, 'The uri of the document which caches commonly used virtual machine images')
            [CompletionResult]::new('--suffix-sql-server-hostname', '--suffix-sql-server-hostname', [CompletionResultType]::ParameterName, 'The dns suffix for sql servers')
            [CompletionResult]::new('--suffix-storage-endpoint', '--suffix-storage-endpoint', [CompletionResultType]::ParameterName, 'The endpoint suffix for storage accounts')
            [CompletionResult]::new('--suffix-keyvault-dns', '--suffix-keyvault-dns', [CompletionResultType]::ParameterName, 'The dns suffix for Key Vault')
            [CompletionResult]::new('--suffix-azure-datalake-store-file-system-endpoint', '--suffix-azure-datalake-store-file-system-endpoint', [CompletionResultType]::ParameterName, 'The dns suffix for Azure Data Lake Store file system')
            [CompletionResult]::new('--suffix-azure-datalake-analytics-catalog-and-job-endpoint', '--suffix-azure-datalake-analytics-catalog-and-job-endpoint', [CompletionResultType]::ParameterName, 'The dns suffix for Azure Data Lake Analytics catalog and job')
            [CompletionResult]::new('--suffix-acr-login-server-endpoint', '--suffix-acr-login-server-endpoint', [CompletionResultType]::ParameterName, 'The Azure Container Registry login server suffix')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--skip-endpoint-discovery', '--skip-endpoint-discovery', [CompletionResultType]::ParameterName, 'If set, endpoint discovery will not be attempted')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;cloud;set' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use. Only `latest` is supported')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;cloud;unregister' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of a registered cloud')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;cloud;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registered clouds')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a registered cloud')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a cloud')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the active cloud')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a cloud')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;cloud;help;list' {
            break
        }
        'azr;cloud;help;show' {
            break
        }
        'azr;cloud;help;register' {
            break
        }
        'azr;cloud;help;set' {
            break
        }
        'azr;cloud;help;unregister' {
            break
        }
        'azr;cloud;help;help' {
            break
        }
        'azr;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User name or service principal client ID')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name or service principal client ID')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'User password or service principal secret')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'User password or service principal secret')
            [CompletionResult]::new('--certificate', '--certificate', [CompletionResultType]::ParameterName, 'PEM file with key and public certificate')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The Microsoft Entra tenant, must be provided when using a service principal')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The Microsoft Entra tenant, must be provided when using a service principal')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID of the user-assigned managed identity')
            [CompletionResult]::new('--object-id', '--object-id', [CompletionResultType]::ParameterName, 'Object ID of the user-assigned managed identity')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'Resource ID of the user-assigned managed identity')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Used in the /authorize request. It can cover only one static resource')
            [CompletionResult]::new('--claims-challenge', '--claims-challenge', [CompletionResultType]::ParameterName, 'Base64-encoded claims challenge requested by a resource API in the WWW-Authenticate header')
            [CompletionResult]::new('--federated-token', '--federated-token', [CompletionResultType]::ParameterName, 'Federated token that can be used for OIDC token exchange')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Subscription ID or name to set as the default (`-s`; `--subscription` is the global flag of the same name)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'Log in with a service principal')
            [CompletionResult]::new('--allow-no-subscriptions', '--allow-no-subscriptions', [CompletionResultType]::ParameterName, 'Support accessing tenants without subscriptions')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Log in using managed identity')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Log in using managed identity')
            [CompletionResult]::new('--use-device-code', '--use-device-code', [CompletionResultType]::ParameterName, 'Use CLI''s old authentication flow based on device code. CLI will also use this if it can''t launch a browser in your behalf, e.g. in remote SSH or Cloud Shell')
            [CompletionResult]::new('--use-cert-sn-issuer', '--use-cert-sn-issuer', [CompletionResultType]::ParameterName, 'Use Subject Name + Issuer (SN+I) authentication in order to support automatic certificate rolls')
            [CompletionResult]::new('--skip-subscription-discovery', '--skip-subscription-discovery', [CompletionResultType]::ParameterName, 'Skip the subscription discovery process during login. Requires --tenant. Use with --subscription to fetch a single subscription without listing all')
            [CompletionResult]::new('--skip-sub', '--skip-sub', [CompletionResultType]::ParameterName, 'Skip the subscription discovery process during login. Requires --tenant. Use with --subscription to fetch a single subscription without listing all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;logout' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Account user, if missing, logout the current active account')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;configure' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Space-separated ''name=value'' pairs for common argument defaults')
            [CompletionResult]::new('--defaults', '--defaults', [CompletionResultType]::ParameterName, 'Space-separated ''name=value'' pairs for common argument defaults')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'List all applicable defaults')
            [CompletionResult]::new('--list-defaults', '--list-defaults', [CompletionResultType]::ParameterName, 'List all applicable defaults')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope of defaults. Using "local" for settings only effective under current folder')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a configuration')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a configuration')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset a configuration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;config;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Set as a local configuration in the working directory')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;config;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Include local configuration. Scan from the working directory up to the root drive, then the global configuration and return the first occurrence')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;config;unset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Include local configuration. Scan from the working directory up to the root drive, then the global configuration and unset the first occurrence')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;config;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a configuration')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a configuration')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset a configuration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;config;help;set' {
            break
        }
        'azr;config;help;get' {
            break
        }
        'azr;config;help;unset' {
            break
        }
        'azr;config;help;help' {
            break
        }
        'azr;extension' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an extension')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed extensions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an extension')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an extension')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an extension')
            [CompletionResult]::new('list-available', 'list-available', [CompletionResultType]::ParameterValue, 'List publicly available extensions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;extension;add' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Filepath or URL to an extension')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Filepath or URL to an extension')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The specific version of an extension')
            [CompletionResult]::new('--allow-preview', '--allow-preview', [CompletionResultType]::ParameterName, 'Include preview packages for extension installation, if exists')
            [CompletionResult]::new('--pip-extra-index-urls', '--pip-extra-index-urls', [CompletionResultType]::ParameterName, 'Space-separated list of extra URLs of package indexes to use')
            [CompletionResult]::new('--pip-proxy', '--pip-proxy', [CompletionResultType]::ParameterName, 'Proxy for pip to use for extension dependencies')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'index')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--upgrade', '--upgrade', [CompletionResultType]::ParameterName, 'Update the extension if already installed, otherwise just install the extension')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'Use a system directory for the extension')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'azr;extension;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;extension;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;extension;remove' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;extension;update' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of extension')
            [CompletionResult]::new('--allow-preview', '--allow-preview', [CompletionResultType]::ParameterName, 'Include preview packages for extension installation, if exists')
            [CompletionResult]::new('--pip-extra-index-urls', '--pip-extra-index-urls', [CompletionResultType]::ParameterName, 'Space-separated list of extra URLs of package indexes to use')
            [CompletionResult]::new('--pip-proxy', '--pip-proxy', [CompletionResultType]::ParameterName, 'Proxy for pip to use for extension dependencies')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'index')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;extension;list-available' {
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'index')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Show the raw data from the extension index')
            [CompletionResult]::new('--show-details', '--show-details', [CompletionResultType]::ParameterName, 'Show the raw data from the extension index')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;extension;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an extension')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed extensions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an extension')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an extension')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an extension')
            [CompletionResult]::new('list-available', 'list-available', [CompletionResultType]::ParameterValue, 'List publicly available extensions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;extension;help;add' {
            break
        }
        'azr;extension;help;list' {
            break
        }
        'azr;extension;help;show' {
            break
        }
        'azr;extension;help;remove' {
            break
        }
        'azr;extension;help;update' {
            break
        }
        'azr;extension;help;list-available' {
            break
        }
        'azr;extension;help;help' {
            break
        }
        'azr;account' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Get a list of subscriptions for the logged in account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a subscription to be the current active subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;account;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name or ID of subscription (also `--subscription`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or ID of subscription (also `--subscription`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;account;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List all subscriptions from all clouds, including subscriptions that are not ''Enabled''')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Retrieve up-to-date subscriptions from server')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;account;set' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name or ID of subscription (also `--subscription`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name or ID of subscription (also `--subscription`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;account;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Get a list of subscriptions for the logged in account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a subscription to be the current active subscription')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;account;help;show' {
            break
        }
        'azr;account;help;list' {
            break
        }
        'azr;account;help;set' {
            break
        }
        'azr;account;help;help' {
            break
        }
        'azr;completion' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;emulator' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a state file''s invariants: every address inside its prefix, none twice, every scale set matching its pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;emulator;start' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'TCP port to listen on; 0 picks a free one (printed when ready)')
            [CompletionResult]::new('--tls-dir', '--tls-dir', [CompletionResultType]::ParameterName, 'Directory for the CA (`ca.pem`, reused across restarts) that clients must trust. Default: `emulator-server` in the config dir')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'SQLite state file. Default: `emulator.db` in the TLS directory')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to bind')
            [CompletionResult]::new('--request-log', '--request-log', [CompletionResultType]::ParameterName, 'Append one JSON line per request (method, path, query, selected headers, body, status)')
            [CompletionResult]::new('--operation-ms', '--operation-ms', [CompletionResultType]::ParameterName, 'How long cluster and agent pool operations stay in progress, in milliseconds (default: the emulator''s, 100)')
            [CompletionResult]::new('--feature-delay-ms', '--feature-delay-ms', [CompletionResultType]::ParameterName, 'How long a registered feature stays `Registering`, in milliseconds')
            [CompletionResult]::new('--fault-rate', '--fault-rate', [CompletionResultType]::ParameterName, 'Fraction (0-1) of ARM requests answered 429 or 503, alternately, at a fixed cadence')
            [CompletionResult]::new('--fault-retry-after', '--fault-retry-after', [CompletionResultType]::ParameterName, '`Retry-After` seconds sent with injected faults')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'Lifetime of issued tokens, in seconds')
            [CompletionResult]::new('--poll-ms', '--poll-ms', [CompletionResultType]::ParameterName, 'Poll interval (ms) hinted on long-running operations: `retry-after-ms` below one second, `Retry-After` from one second up (default: 20, or --operation-ms when shorter)')
            [CompletionResult]::new('--login-user', '--login-user', [CompletionResultType]::ParameterName, 'The user every interactive sign-in (device code, browser) signs in as')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;emulator;check' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file (`--state` of `emulator start`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;emulator;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a state file''s invariants: every address inside its prefix, none twice, every scale set matching its pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;emulator;help;start' {
            break
        }
        'azr;emulator;help;check' {
            break
        }
        'azr;emulator;help;help' {
            break
        }
        'azr;demo' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;cassette' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'End the cassette''s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;cassette;reset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Increase logging verbosity to show all debug logs')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Increase logging verbosity. Use --debug for full debug logs')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Only show errors, suppressing warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'azr;cassette;help' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'End the cassette''s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'azr;cassette;help;reset' {
            break
        }
        'azr;cassette;help;help' {
            break
        }
        'azr;help' {
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Manage resource groups and template deployments')
            [CompletionResult]::new('aks', 'aks', [CompletionResultType]::ParameterValue, 'Manage Azure Kubernetes Services')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Manage Azure Network resources')
            [CompletionResult]::new('vmss', 'vmss', [CompletionResultType]::ParameterValue, 'Manage groupings of virtual machines in an Azure Virtual Machine Scale Set (VMSS)')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Manage resource provider features')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Manage resource providers')
            [CompletionResult]::new('cloud', 'cloud', [CompletionResultType]::ParameterValue, 'Manage registered Azure clouds')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to Azure')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out to remove access to Azure subscriptions')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Manage Azure CLI configuration. This command is interactive')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage Azure CLI configuration')
            [CompletionResult]::new('extension', 'extension', [CompletionResultType]::ParameterValue, 'Manage and update CLI extensions')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage Azure subscription information')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local ARM emulator as an HTTPS server')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Run the AKS node public IP workflow against a fresh built-in emulator, step by step')
            [CompletionResult]::new('cassette', 'cassette', [CompletionResultType]::ParameterValue, 'Manage the record/replay sessions of `AZR_CASSETTE` cassettes')
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
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'See detail usage in ''az aks command invoke'', ''az aks command result''')
            [CompletionResult]::new('hostport', 'hostport', [CompletionResultType]::ParameterValue, 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked')
            [CompletionResult]::new('node-ips', 'node-ips', [CompletionResultType]::ParameterValue, 'azr''s own: each node''s name, pool, public IP, the prefix it came from, its IP tags and the pool''s allowed host ports')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new managed Kubernetes cluster')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the details for a managed Kubernetes cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List managed Kubernetes clusters')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a managed Kubernetes Cluster')
            [CompletionResult]::new('get-credentials', 'get-credentials', [CompletionResultType]::ParameterValue, 'Get access credentials for a managed Kubernetes cluster')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale the node pool in a managed Kubernetes cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a managed Kubernetes cluster. When called with no optional arguments this attempts to move the cluster to its goal state without changing the current cluster configuration. This can be used to move out of a non succeeded state')
            [CompletionResult]::new('nodepool', 'nodepool', [CompletionResultType]::ParameterValue, 'Commands to manage node pools in Kubernetes kubernetes cluster')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Get information about machines in a nodepool of a managed clusters')
            break
        }
        'azr;help;aks;command' {
            [CompletionResult]::new('invoke', 'invoke', [CompletionResultType]::ParameterValue, 'Run a shell command (with kubectl, helm) on your aks cluster, support attaching files as well')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'Fetch result from previously triggered ''aks command invoke''')
            break
        }
        'azr;help;aks;command;invoke' {
            break
        }
        'azr;help;aks;command;result' {
            break
        }
        'azr;help;aks;hostport' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'List pods whose host ports the node pool''s allowed host ports do not open, and the --allowed-host-ports value that would open them (runs kubectl through run command)')
            break
        }
        'azr;help;aks;hostport;check' {
            break
        }
        'azr;help;aks;node-ips' {
            break
        }
        'azr;help;aks;create' {
            break
        }
        'azr;help;aks;show' {
            break
        }
        'azr;help;aks;list' {
            break
        }
        'azr;help;aks;delete' {
            break
        }
        'azr;help;aks;get-credentials' {
            break
        }
        'azr;help;aks;scale' {
            break
        }
        'azr;help;aks;update' {
            break
        }
        'azr;help;aks;nodepool' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a node pool to the managed Kubernetes cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a node pool properties')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the details for a node pool in the managed Kubernetes cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List node pools in the managed Kubernetes cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the agent pool in the managed Kubernetes cluster')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale the node pool in a managed Kubernetes cluster')
            break
        }
        'azr;help;aks;nodepool;add' {
            break
        }
        'azr;help;aks;nodepool;update' {
            break
        }
        'azr;help;aks;nodepool;show' {
            break
        }
        'azr;help;aks;nodepool;list' {
            break
        }
        'azr;help;aks;nodepool;delete' {
            break
        }
        'azr;help;aks;nodepool;scale' {
            break
        }
        'azr;help;aks;machine' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Get information about IP Addresses, Hostname for all machines in an agentpool')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show IP Addresses, Hostname for a specific machine in an agentpool for a managedcluster')
            break
        }
        'azr;help;aks;machine;list' {
            break
        }
        'azr;help;aks;machine;show' {
            break
        }
        'azr;help;network' {
            [CompletionResult]::new('public-ip', 'public-ip', [CompletionResultType]::ParameterValue, 'Manage public IP addresses')
            [CompletionResult]::new('asg', 'asg', [CompletionResultType]::ParameterValue, 'Manage application security groups (ASGs)')
            [CompletionResult]::new('nsg', 'nsg', [CompletionResultType]::ParameterValue, 'Manage Azure Network Security Groups (NSGs)')
            [CompletionResult]::new('vnet', 'vnet', [CompletionResultType]::ParameterValue, 'Manage Azure Virtual Networks')
            break
        }
        'azr;help;network;public-ip' {
            [CompletionResult]::new('prefix', 'prefix', [CompletionResultType]::ParameterValue, 'Manage public IP prefix resources')
            break
        }
        'azr;help;network;public-ip;prefix' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a public IP prefix resource')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a public IP prefix resource')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List public IP prefix resources')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a public IP prefix resource')
            break
        }
        'azr;help;network;public-ip;prefix;create' {
            break
        }
        'azr;help;network;public-ip;prefix;show' {
            break
        }
        'azr;help;network;public-ip;prefix;list' {
            break
        }
        'azr;help;network;public-ip;prefix;delete' {
            break
        }
        'azr;help;network;asg' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an application security group')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get details of an application security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all application security groups in a subscription')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application security group')
            break
        }
        'azr;help;network;asg;create' {
            break
        }
        'azr;help;network;asg;show' {
            break
        }
        'azr;help;network;asg;list' {
            break
        }
        'azr;help;network;asg;delete' {
            break
        }
        'azr;help;network;nsg' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List network security groups')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get information about a network security group')
            [CompletionResult]::new('rule', 'rule', [CompletionResultType]::ParameterValue, 'Manage network security group rules')
            break
        }
        'azr;help;network;nsg;create' {
            break
        }
        'azr;help;network;nsg;delete' {
            break
        }
        'azr;help;network;nsg;list' {
            break
        }
        'azr;help;network;nsg;show' {
            break
        }
        'azr;help;network;nsg;rule' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network security group rule')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a network security group rule')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a network security group rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a network security group rule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all rules in a network security group')
            break
        }
        'azr;help;network;nsg;rule;create' {
            break
        }
        'azr;help;network;nsg;rule;update' {
            break
        }
        'azr;help;network;nsg;rule;show' {
            break
        }
        'azr;help;network;nsg;rule;delete' {
            break
        }
        'azr;help;network;nsg;rule;list' {
            break
        }
        'azr;help;network;vnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a virtual network')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a virtual network')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List virtual networks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a virtual network')
            [CompletionResult]::new('subnet', 'subnet', [CompletionResultType]::ParameterValue, 'Manage subnets in an Azure Virtual Network')
            break
        }
        'azr;help;network;vnet;create' {
            break
        }
        'azr;help;network;vnet;show' {
            break
        }
        'azr;help;network;vnet;list' {
            break
        }
        'azr;help;network;vnet;delete' {
            break
        }
        'azr;help;network;vnet;subnet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet and associate an existing NSG and route table')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a subnet')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show details of a subnet')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the subnets in a virtual network')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subnet')
            break
        }
        'azr;help;network;vnet;subnet;create' {
            break
        }
        'azr;help;network;vnet;subnet;update' {
            break
        }
        'azr;help;network;vnet;subnet;show' {
            break
        }
        'azr;help;network;vnet;subnet;list' {
            break
        }
        'azr;help;network;vnet;subnet;delete' {
            break
        }
        'azr;help;vmss' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List all VMSS under a resource group')
            [CompletionResult]::new('list-instance-public-ips', 'list-instance-public-ips', [CompletionResultType]::ParameterValue, 'List public IP addresses of VM instances within a set')
            break
        }
        'azr;help;vmss;list' {
            break
        }
        'azr;help;vmss;list-instance-public-ips' {
            break
        }
        'azr;help;feature' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a preview feature')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the feature details')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List preview features')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a preview feature')
            break
        }
        'azr;help;feature;register' {
            break
        }
        'azr;help;feature;show' {
            break
        }
        'azr;help;feature;list' {
            break
        }
        'azr;help;feature;unregister' {
            break
        }
        'azr;help;provider' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a provider')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Gets the specified resource provider')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a provider')
            break
        }
        'azr;help;provider;register' {
            break
        }
        'azr;help;provider;show' {
            break
        }
        'azr;help;provider;unregister' {
            break
        }
        'azr;help;cloud' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registered clouds')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a registered cloud')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a cloud')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the active cloud')
            [CompletionResult]::new('unregister', 'unregister', [CompletionResultType]::ParameterValue, 'Unregister a cloud')
            break
        }
        'azr;help;cloud;list' {
            break
        }
        'azr;help;cloud;show' {
            break
        }
        'azr;help;cloud;register' {
            break
        }
        'azr;help;cloud;set' {
            break
        }
        'azr;help;cloud;unregister' {
            break
        }
        'azr;help;login' {
            break
        }
        'azr;help;logout' {
            break
        }
        'azr;help;configure' {
            break
        }
        'azr;help;config' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a configuration')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get a configuration')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Unset a configuration')
            break
        }
        'azr;help;config;set' {
            break
        }
        'azr;help;config;get' {
            break
        }
        'azr;help;config;unset' {
            break
        }
        'azr;help;extension' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an extension')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the installed extensions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an extension')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an extension')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an extension')
            [CompletionResult]::new('list-available', 'list-available', [CompletionResultType]::ParameterValue, 'List publicly available extensions')
            break
        }
        'azr;help;extension;add' {
            break
        }
        'azr;help;extension;list' {
            break
        }
        'azr;help;extension;show' {
            break
        }
        'azr;help;extension;remove' {
            break
        }
        'azr;help;extension;update' {
            break
        }
        'azr;help;extension;list-available' {
            break
        }
        'azr;help;account' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Get the details of a subscription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Get a list of subscriptions for the logged in account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a subscription to be the current active subscription')
            break
        }
        'azr;help;account;show' {
            break
        }
        'azr;help;account;list' {
            break
        }
        'azr;help;account;set' {
            break
        }
        'azr;help;completion' {
            break
        }
        'azr;help;emulator' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Serve the emulator over HTTPS (with its Azure AD endpoints) for az and azr')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a state file''s invariants: every address inside its prefix, none twice, every scale set matching its pool')
            break
        }
        'azr;help;emulator;start' {
            break
        }
        'azr;help;emulator;check' {
            break
        }
        'azr;help;demo' {
            break
        }
        'azr;help;cassette' {
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'End the cassette''s session (its `FILE.state`): the next azr process replays from the first interaction, and `once` decides again whether to record')
            break
        }
        'azr;help;cassette;reset' {
            break
        }
        'azr;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
