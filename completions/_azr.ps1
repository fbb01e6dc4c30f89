
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
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage Azure subscription information')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
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
        'azr;aks;help' {
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'See detail usage in ''az aks command invoke'', ''az aks command result''')
            [CompletionResult]::new('hostport', 'hostport', [CompletionResultType]::ParameterValue, 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query string. See http://jmespath.org/ for more information and examples')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Name or ID of subscription')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator')
            [CompletionResult]::new('--service-principal', '--service-principal', [CompletionResultType]::ParameterName, 'Log in with a service principal')
            [CompletionResult]::new('--allow-no-subscriptions', '--allow-no-subscriptions', [CompletionResultType]::ParameterName, 'Support accessing tenants without subscriptions')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Log in using managed identity')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Log in using managed identity')
            [CompletionResult]::new('--use-device-code', '--use-device-code', [CompletionResultType]::ParameterName, 'Use device code flow (not supported by azr)')
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
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage Azure subscription information')
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
            [CompletionResult]::new('command', 'command', [CompletionResultType]::ParameterValue, 'See detail usage in ''az aks command invoke'', ''az aks command result''')
            [CompletionResult]::new('hostport', 'hostport', [CompletionResultType]::ParameterValue, 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked')
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
        'azr;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
