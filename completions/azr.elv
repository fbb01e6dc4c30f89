
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
            cand account 'Manage Azure subscription information'
            cand completion 'Print shell completions (bash, zsh, fish, powershell, elvish)'
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
        &'azr;aks;help'= {
            cand command 'See detail usage in ''az aks command invoke'', ''az aks command result'''
            cand hostport 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked'
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
            cand -o 'Output format'
            cand --output 'Output format'
            cand --query 'JMESPath query string. See http://jmespath.org/ for more information and examples'
            cand --subscription 'Name or ID of subscription'
            cand --cloud 'Cloud to use for this command (`azr cloud list`); also `AZR_CLOUD`. `local` is the built-in emulator'
            cand --service-principal 'Log in with a service principal'
            cand --allow-no-subscriptions 'Support accessing tenants without subscriptions'
            cand -i 'Log in using managed identity'
            cand --identity 'Log in using managed identity'
            cand --use-device-code 'Use device code flow (not supported by azr)'
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
            cand account 'Manage Azure subscription information'
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
            cand command 'See detail usage in ''az aks command invoke'', ''az aks command result'''
            cand hostport 'Check which auto-assigned host ports the node pools'' allowed host ports leave blocked'
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
        &'azr;help;network'= {
        }
        &'azr;help;vmss'= {
        }
        &'azr;help;feature'= {
        }
        &'azr;help;provider'= {
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
        &'azr;help;help'= {
        }
    ]
    $completions[$command]
}
