_azr() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="azr"
                ;;
            azr,account)
                cmd="azr__subcmd__account"
                ;;
            azr,aks)
                cmd="azr__subcmd__aks"
                ;;
            azr,cassette)
                cmd="azr__subcmd__cassette"
                ;;
            azr,cloud)
                cmd="azr__subcmd__cloud"
                ;;
            azr,completion)
                cmd="azr__subcmd__completion"
                ;;
            azr,config)
                cmd="azr__subcmd__config"
                ;;
            azr,configure)
                cmd="azr__subcmd__configure"
                ;;
            azr,demo)
                cmd="azr__subcmd__demo"
                ;;
            azr,emulator)
                cmd="azr__subcmd__emulator"
                ;;
            azr,extension)
                cmd="azr__subcmd__extension"
                ;;
            azr,feature)
                cmd="azr__subcmd__feature"
                ;;
            azr,group)
                cmd="azr__subcmd__group"
                ;;
            azr,help)
                cmd="azr__subcmd__help"
                ;;
            azr,login)
                cmd="azr__subcmd__login"
                ;;
            azr,logout)
                cmd="azr__subcmd__logout"
                ;;
            azr,network)
                cmd="azr__subcmd__network"
                ;;
            azr,provider)
                cmd="azr__subcmd__provider"
                ;;
            azr,vmss)
                cmd="azr__subcmd__vmss"
                ;;
            azr__subcmd__account,help)
                cmd="azr__subcmd__account__subcmd__help"
                ;;
            azr__subcmd__account,list)
                cmd="azr__subcmd__account__subcmd__list"
                ;;
            azr__subcmd__account,set)
                cmd="azr__subcmd__account__subcmd__set"
                ;;
            azr__subcmd__account,show)
                cmd="azr__subcmd__account__subcmd__show"
                ;;
            azr__subcmd__account__subcmd__help,help)
                cmd="azr__subcmd__account__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__account__subcmd__help,list)
                cmd="azr__subcmd__account__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__account__subcmd__help,set)
                cmd="azr__subcmd__account__subcmd__help__subcmd__set"
                ;;
            azr__subcmd__account__subcmd__help,show)
                cmd="azr__subcmd__account__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__aks,command)
                cmd="azr__subcmd__aks__subcmd__command"
                ;;
            azr__subcmd__aks,create)
                cmd="azr__subcmd__aks__subcmd__create"
                ;;
            azr__subcmd__aks,delete)
                cmd="azr__subcmd__aks__subcmd__delete"
                ;;
            azr__subcmd__aks,get-credentials)
                cmd="azr__subcmd__aks__subcmd__get__subcmd__credentials"
                ;;
            azr__subcmd__aks,help)
                cmd="azr__subcmd__aks__subcmd__help"
                ;;
            azr__subcmd__aks,hostport)
                cmd="azr__subcmd__aks__subcmd__hostport"
                ;;
            azr__subcmd__aks,list)
                cmd="azr__subcmd__aks__subcmd__list"
                ;;
            azr__subcmd__aks,machine)
                cmd="azr__subcmd__aks__subcmd__machine"
                ;;
            azr__subcmd__aks,node-ips)
                cmd="azr__subcmd__aks__subcmd__node__subcmd__ips"
                ;;
            azr__subcmd__aks,nodepool)
                cmd="azr__subcmd__aks__subcmd__nodepool"
                ;;
            azr__subcmd__aks,scale)
                cmd="azr__subcmd__aks__subcmd__scale"
                ;;
            azr__subcmd__aks,show)
                cmd="azr__subcmd__aks__subcmd__show"
                ;;
            azr__subcmd__aks,update)
                cmd="azr__subcmd__aks__subcmd__update"
                ;;
            azr__subcmd__aks__subcmd__command,help)
                cmd="azr__subcmd__aks__subcmd__command__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__command,invoke)
                cmd="azr__subcmd__aks__subcmd__command__subcmd__invoke"
                ;;
            azr__subcmd__aks__subcmd__command,result)
                cmd="azr__subcmd__aks__subcmd__command__subcmd__result"
                ;;
            azr__subcmd__aks__subcmd__command__subcmd__help,help)
                cmd="azr__subcmd__aks__subcmd__command__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__command__subcmd__help,invoke)
                cmd="azr__subcmd__aks__subcmd__command__subcmd__help__subcmd__invoke"
                ;;
            azr__subcmd__aks__subcmd__command__subcmd__help,result)
                cmd="azr__subcmd__aks__subcmd__command__subcmd__help__subcmd__result"
                ;;
            azr__subcmd__aks__subcmd__help,command)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__command"
                ;;
            azr__subcmd__aks__subcmd__help,create)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__aks__subcmd__help,delete)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__aks__subcmd__help,get-credentials)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__get__subcmd__credentials"
                ;;
            azr__subcmd__aks__subcmd__help,help)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__help,hostport)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__hostport"
                ;;
            azr__subcmd__aks__subcmd__help,list)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__aks__subcmd__help,machine)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__machine"
                ;;
            azr__subcmd__aks__subcmd__help,node-ips)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__node__subcmd__ips"
                ;;
            azr__subcmd__aks__subcmd__help,nodepool)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__nodepool"
                ;;
            azr__subcmd__aks__subcmd__help,scale)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__scale"
                ;;
            azr__subcmd__aks__subcmd__help,show)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__aks__subcmd__help,update)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__update"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__command,invoke)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__command__subcmd__invoke"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__command,result)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__command__subcmd__result"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__hostport,check)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__hostport__subcmd__check"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__machine,list)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__machine__subcmd__list"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__machine,show)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__machine__subcmd__show"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__nodepool,add)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__add"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__nodepool,delete)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__delete"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__nodepool,list)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__list"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__nodepool,scale)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__scale"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__nodepool,show)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__show"
                ;;
            azr__subcmd__aks__subcmd__help__subcmd__nodepool,update)
                cmd="azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__update"
                ;;
            azr__subcmd__aks__subcmd__hostport,check)
                cmd="azr__subcmd__aks__subcmd__hostport__subcmd__check"
                ;;
            azr__subcmd__aks__subcmd__hostport,help)
                cmd="azr__subcmd__aks__subcmd__hostport__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__hostport__subcmd__help,check)
                cmd="azr__subcmd__aks__subcmd__hostport__subcmd__help__subcmd__check"
                ;;
            azr__subcmd__aks__subcmd__hostport__subcmd__help,help)
                cmd="azr__subcmd__aks__subcmd__hostport__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__machine,help)
                cmd="azr__subcmd__aks__subcmd__machine__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__machine,list)
                cmd="azr__subcmd__aks__subcmd__machine__subcmd__list"
                ;;
            azr__subcmd__aks__subcmd__machine,show)
                cmd="azr__subcmd__aks__subcmd__machine__subcmd__show"
                ;;
            azr__subcmd__aks__subcmd__machine__subcmd__help,help)
                cmd="azr__subcmd__aks__subcmd__machine__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__machine__subcmd__help,list)
                cmd="azr__subcmd__aks__subcmd__machine__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__aks__subcmd__machine__subcmd__help,show)
                cmd="azr__subcmd__aks__subcmd__machine__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__aks__subcmd__nodepool,add)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__add"
                ;;
            azr__subcmd__aks__subcmd__nodepool,delete)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__delete"
                ;;
            azr__subcmd__aks__subcmd__nodepool,help)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__nodepool,list)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__list"
                ;;
            azr__subcmd__aks__subcmd__nodepool,scale)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__scale"
                ;;
            azr__subcmd__aks__subcmd__nodepool,show)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__show"
                ;;
            azr__subcmd__aks__subcmd__nodepool,update)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__update"
                ;;
            azr__subcmd__aks__subcmd__nodepool__subcmd__help,add)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__add"
                ;;
            azr__subcmd__aks__subcmd__nodepool__subcmd__help,delete)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__aks__subcmd__nodepool__subcmd__help,help)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__aks__subcmd__nodepool__subcmd__help,list)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__aks__subcmd__nodepool__subcmd__help,scale)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__scale"
                ;;
            azr__subcmd__aks__subcmd__nodepool__subcmd__help,show)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__aks__subcmd__nodepool__subcmd__help,update)
                cmd="azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__update"
                ;;
            azr__subcmd__cassette,help)
                cmd="azr__subcmd__cassette__subcmd__help"
                ;;
            azr__subcmd__cassette,reset)
                cmd="azr__subcmd__cassette__subcmd__reset"
                ;;
            azr__subcmd__cassette__subcmd__help,help)
                cmd="azr__subcmd__cassette__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__cassette__subcmd__help,reset)
                cmd="azr__subcmd__cassette__subcmd__help__subcmd__reset"
                ;;
            azr__subcmd__cloud,help)
                cmd="azr__subcmd__cloud__subcmd__help"
                ;;
            azr__subcmd__cloud,list)
                cmd="azr__subcmd__cloud__subcmd__list"
                ;;
            azr__subcmd__cloud,register)
                cmd="azr__subcmd__cloud__subcmd__register"
                ;;
            azr__subcmd__cloud,set)
                cmd="azr__subcmd__cloud__subcmd__set"
                ;;
            azr__subcmd__cloud,show)
                cmd="azr__subcmd__cloud__subcmd__show"
                ;;
            azr__subcmd__cloud,unregister)
                cmd="azr__subcmd__cloud__subcmd__unregister"
                ;;
            azr__subcmd__cloud__subcmd__help,help)
                cmd="azr__subcmd__cloud__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__cloud__subcmd__help,list)
                cmd="azr__subcmd__cloud__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__cloud__subcmd__help,register)
                cmd="azr__subcmd__cloud__subcmd__help__subcmd__register"
                ;;
            azr__subcmd__cloud__subcmd__help,set)
                cmd="azr__subcmd__cloud__subcmd__help__subcmd__set"
                ;;
            azr__subcmd__cloud__subcmd__help,show)
                cmd="azr__subcmd__cloud__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__cloud__subcmd__help,unregister)
                cmd="azr__subcmd__cloud__subcmd__help__subcmd__unregister"
                ;;
            azr__subcmd__config,get)
                cmd="azr__subcmd__config__subcmd__get"
                ;;
            azr__subcmd__config,help)
                cmd="azr__subcmd__config__subcmd__help"
                ;;
            azr__subcmd__config,set)
                cmd="azr__subcmd__config__subcmd__set"
                ;;
            azr__subcmd__config,unset)
                cmd="azr__subcmd__config__subcmd__unset"
                ;;
            azr__subcmd__config__subcmd__help,get)
                cmd="azr__subcmd__config__subcmd__help__subcmd__get"
                ;;
            azr__subcmd__config__subcmd__help,help)
                cmd="azr__subcmd__config__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__config__subcmd__help,set)
                cmd="azr__subcmd__config__subcmd__help__subcmd__set"
                ;;
            azr__subcmd__config__subcmd__help,unset)
                cmd="azr__subcmd__config__subcmd__help__subcmd__unset"
                ;;
            azr__subcmd__emulator,check)
                cmd="azr__subcmd__emulator__subcmd__check"
                ;;
            azr__subcmd__emulator,help)
                cmd="azr__subcmd__emulator__subcmd__help"
                ;;
            azr__subcmd__emulator,start)
                cmd="azr__subcmd__emulator__subcmd__start"
                ;;
            azr__subcmd__emulator__subcmd__help,check)
                cmd="azr__subcmd__emulator__subcmd__help__subcmd__check"
                ;;
            azr__subcmd__emulator__subcmd__help,help)
                cmd="azr__subcmd__emulator__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__emulator__subcmd__help,start)
                cmd="azr__subcmd__emulator__subcmd__help__subcmd__start"
                ;;
            azr__subcmd__extension,add)
                cmd="azr__subcmd__extension__subcmd__add"
                ;;
            azr__subcmd__extension,help)
                cmd="azr__subcmd__extension__subcmd__help"
                ;;
            azr__subcmd__extension,list)
                cmd="azr__subcmd__extension__subcmd__list"
                ;;
            azr__subcmd__extension,list-available)
                cmd="azr__subcmd__extension__subcmd__list__subcmd__available"
                ;;
            azr__subcmd__extension,remove)
                cmd="azr__subcmd__extension__subcmd__remove"
                ;;
            azr__subcmd__extension,show)
                cmd="azr__subcmd__extension__subcmd__show"
                ;;
            azr__subcmd__extension,update)
                cmd="azr__subcmd__extension__subcmd__update"
                ;;
            azr__subcmd__extension__subcmd__help,add)
                cmd="azr__subcmd__extension__subcmd__help__subcmd__add"
                ;;
            azr__subcmd__extension__subcmd__help,help)
                cmd="azr__subcmd__extension__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__extension__subcmd__help,list)
                cmd="azr__subcmd__extension__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__extension__subcmd__help,list-available)
                cmd="azr__subcmd__extension__subcmd__help__subcmd__list__subcmd__available"
                ;;
            azr__subcmd__extension__subcmd__help,remove)
                cmd="azr__subcmd__extension__subcmd__help__subcmd__remove"
                ;;
            azr__subcmd__extension__subcmd__help,show)
                cmd="azr__subcmd__extension__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__extension__subcmd__help,update)
                cmd="azr__subcmd__extension__subcmd__help__subcmd__update"
                ;;
            azr__subcmd__feature,help)
                cmd="azr__subcmd__feature__subcmd__help"
                ;;
            azr__subcmd__feature,list)
                cmd="azr__subcmd__feature__subcmd__list"
                ;;
            azr__subcmd__feature,register)
                cmd="azr__subcmd__feature__subcmd__register"
                ;;
            azr__subcmd__feature,show)
                cmd="azr__subcmd__feature__subcmd__show"
                ;;
            azr__subcmd__feature,unregister)
                cmd="azr__subcmd__feature__subcmd__unregister"
                ;;
            azr__subcmd__feature__subcmd__help,help)
                cmd="azr__subcmd__feature__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__feature__subcmd__help,list)
                cmd="azr__subcmd__feature__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__feature__subcmd__help,register)
                cmd="azr__subcmd__feature__subcmd__help__subcmd__register"
                ;;
            azr__subcmd__feature__subcmd__help,show)
                cmd="azr__subcmd__feature__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__feature__subcmd__help,unregister)
                cmd="azr__subcmd__feature__subcmd__help__subcmd__unregister"
                ;;
            azr__subcmd__group,create)
                cmd="azr__subcmd__group__subcmd__create"
                ;;
            azr__subcmd__group,delete)
                cmd="azr__subcmd__group__subcmd__delete"
                ;;
            azr__subcmd__group,help)
                cmd="azr__subcmd__group__subcmd__help"
                ;;
            azr__subcmd__group,list)
                cmd="azr__subcmd__group__subcmd__list"
                ;;
            azr__subcmd__group,show)
                cmd="azr__subcmd__group__subcmd__show"
                ;;
            azr__subcmd__group__subcmd__help,create)
                cmd="azr__subcmd__group__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__group__subcmd__help,delete)
                cmd="azr__subcmd__group__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__group__subcmd__help,help)
                cmd="azr__subcmd__group__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__group__subcmd__help,list)
                cmd="azr__subcmd__group__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__group__subcmd__help,show)
                cmd="azr__subcmd__group__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__help,account)
                cmd="azr__subcmd__help__subcmd__account"
                ;;
            azr__subcmd__help,aks)
                cmd="azr__subcmd__help__subcmd__aks"
                ;;
            azr__subcmd__help,cassette)
                cmd="azr__subcmd__help__subcmd__cassette"
                ;;
            azr__subcmd__help,cloud)
                cmd="azr__subcmd__help__subcmd__cloud"
                ;;
            azr__subcmd__help,completion)
                cmd="azr__subcmd__help__subcmd__completion"
                ;;
            azr__subcmd__help,config)
                cmd="azr__subcmd__help__subcmd__config"
                ;;
            azr__subcmd__help,configure)
                cmd="azr__subcmd__help__subcmd__configure"
                ;;
            azr__subcmd__help,demo)
                cmd="azr__subcmd__help__subcmd__demo"
                ;;
            azr__subcmd__help,emulator)
                cmd="azr__subcmd__help__subcmd__emulator"
                ;;
            azr__subcmd__help,extension)
                cmd="azr__subcmd__help__subcmd__extension"
                ;;
            azr__subcmd__help,feature)
                cmd="azr__subcmd__help__subcmd__feature"
                ;;
            azr__subcmd__help,group)
                cmd="azr__subcmd__help__subcmd__group"
                ;;
            azr__subcmd__help,help)
                cmd="azr__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__help,login)
                cmd="azr__subcmd__help__subcmd__login"
                ;;
            azr__subcmd__help,logout)
                cmd="azr__subcmd__help__subcmd__logout"
                ;;
            azr__subcmd__help,network)
                cmd="azr__subcmd__help__subcmd__network"
                ;;
            azr__subcmd__help,provider)
                cmd="azr__subcmd__help__subcmd__provider"
                ;;
            azr__subcmd__help,vmss)
                cmd="azr__subcmd__help__subcmd__vmss"
                ;;
            azr__subcmd__help__subcmd__account,list)
                cmd="azr__subcmd__help__subcmd__account__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__account,set)
                cmd="azr__subcmd__help__subcmd__account__subcmd__set"
                ;;
            azr__subcmd__help__subcmd__account,show)
                cmd="azr__subcmd__help__subcmd__account__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__aks,command)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__command"
                ;;
            azr__subcmd__help__subcmd__aks,create)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__aks,delete)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__aks,get-credentials)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__get__subcmd__credentials"
                ;;
            azr__subcmd__help__subcmd__aks,hostport)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__hostport"
                ;;
            azr__subcmd__help__subcmd__aks,list)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__aks,machine)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__machine"
                ;;
            azr__subcmd__help__subcmd__aks,node-ips)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__node__subcmd__ips"
                ;;
            azr__subcmd__help__subcmd__aks,nodepool)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__nodepool"
                ;;
            azr__subcmd__help__subcmd__aks,scale)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__scale"
                ;;
            azr__subcmd__help__subcmd__aks,show)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__aks,update)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__update"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__command,invoke)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__command__subcmd__invoke"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__command,result)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__command__subcmd__result"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__hostport,check)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__hostport__subcmd__check"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__machine,list)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__machine__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__machine,show)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__machine__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__nodepool,add)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__add"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__nodepool,delete)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__nodepool,list)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__nodepool,scale)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__scale"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__nodepool,show)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__aks__subcmd__nodepool,update)
                cmd="azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__update"
                ;;
            azr__subcmd__help__subcmd__cassette,reset)
                cmd="azr__subcmd__help__subcmd__cassette__subcmd__reset"
                ;;
            azr__subcmd__help__subcmd__cloud,list)
                cmd="azr__subcmd__help__subcmd__cloud__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__cloud,register)
                cmd="azr__subcmd__help__subcmd__cloud__subcmd__register"
                ;;
            azr__subcmd__help__subcmd__cloud,set)
                cmd="azr__subcmd__help__subcmd__cloud__subcmd__set"
                ;;
            azr__subcmd__help__subcmd__cloud,show)
                cmd="azr__subcmd__help__subcmd__cloud__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__cloud,unregister)
                cmd="azr__subcmd__help__subcmd__cloud__subcmd__unregister"
                ;;
            azr__subcmd__help__subcmd__config,get)
                cmd="azr__subcmd__help__subcmd__config__subcmd__get"
                ;;
            azr__subcmd__help__subcmd__config,set)
                cmd="azr__subcmd__help__subcmd__config__subcmd__set"
                ;;
            azr__subcmd__help__subcmd__config,unset)
                cmd="azr__subcmd__help__subcmd__config__subcmd__unset"
                ;;
            azr__subcmd__help__subcmd__emulator,check)
                cmd="azr__subcmd__help__subcmd__emulator__subcmd__check"
                ;;
            azr__subcmd__help__subcmd__emulator,start)
                cmd="azr__subcmd__help__subcmd__emulator__subcmd__start"
                ;;
            azr__subcmd__help__subcmd__extension,add)
                cmd="azr__subcmd__help__subcmd__extension__subcmd__add"
                ;;
            azr__subcmd__help__subcmd__extension,list)
                cmd="azr__subcmd__help__subcmd__extension__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__extension,list-available)
                cmd="azr__subcmd__help__subcmd__extension__subcmd__list__subcmd__available"
                ;;
            azr__subcmd__help__subcmd__extension,remove)
                cmd="azr__subcmd__help__subcmd__extension__subcmd__remove"
                ;;
            azr__subcmd__help__subcmd__extension,show)
                cmd="azr__subcmd__help__subcmd__extension__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__extension,update)
                cmd="azr__subcmd__help__subcmd__extension__subcmd__update"
                ;;
            azr__subcmd__help__subcmd__feature,list)
                cmd="azr__subcmd__help__subcmd__feature__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__feature,register)
                cmd="azr__subcmd__help__subcmd__feature__subcmd__register"
                ;;
            azr__subcmd__help__subcmd__feature,show)
                cmd="azr__subcmd__help__subcmd__feature__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__feature,unregister)
                cmd="azr__subcmd__help__subcmd__feature__subcmd__unregister"
                ;;
            azr__subcmd__help__subcmd__group,create)
                cmd="azr__subcmd__help__subcmd__group__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__group,delete)
                cmd="azr__subcmd__help__subcmd__group__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__group,list)
                cmd="azr__subcmd__help__subcmd__group__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__group,show)
                cmd="azr__subcmd__help__subcmd__group__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__network,asg)
                cmd="azr__subcmd__help__subcmd__network__subcmd__asg"
                ;;
            azr__subcmd__help__subcmd__network,nsg)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg"
                ;;
            azr__subcmd__help__subcmd__network,public-ip)
                cmd="azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip"
                ;;
            azr__subcmd__help__subcmd__network,vnet)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__asg,create)
                cmd="azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__asg,delete)
                cmd="azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__asg,list)
                cmd="azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__asg,show)
                cmd="azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg,create)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg,delete)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg,list)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg,rule)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg,show)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule,create)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule,delete)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule,list)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule,show)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule,update)
                cmd="azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__update"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip,prefix)
                cmd="azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,create)
                cmd="azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,delete)
                cmd="azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,list)
                cmd="azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,show)
                cmd="azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet,create)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet,delete)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet,list)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet,show)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet,subnet)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet,create)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__create"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet,delete)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__delete"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet,list)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet,show)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet,update)
                cmd="azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__update"
                ;;
            azr__subcmd__help__subcmd__provider,register)
                cmd="azr__subcmd__help__subcmd__provider__subcmd__register"
                ;;
            azr__subcmd__help__subcmd__provider,show)
                cmd="azr__subcmd__help__subcmd__provider__subcmd__show"
                ;;
            azr__subcmd__help__subcmd__provider,unregister)
                cmd="azr__subcmd__help__subcmd__provider__subcmd__unregister"
                ;;
            azr__subcmd__help__subcmd__vmss,list)
                cmd="azr__subcmd__help__subcmd__vmss__subcmd__list"
                ;;
            azr__subcmd__help__subcmd__vmss,list-instance-public-ips)
                cmd="azr__subcmd__help__subcmd__vmss__subcmd__list__subcmd__instance__subcmd__public__subcmd__ips"
                ;;
            azr__subcmd__network,asg)
                cmd="azr__subcmd__network__subcmd__asg"
                ;;
            azr__subcmd__network,help)
                cmd="azr__subcmd__network__subcmd__help"
                ;;
            azr__subcmd__network,nsg)
                cmd="azr__subcmd__network__subcmd__nsg"
                ;;
            azr__subcmd__network,public-ip)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip"
                ;;
            azr__subcmd__network,vnet)
                cmd="azr__subcmd__network__subcmd__vnet"
                ;;
            azr__subcmd__network__subcmd__asg,create)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__asg,delete)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__asg,help)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__asg,list)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__asg,show)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__asg__subcmd__help,create)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__asg__subcmd__help,delete)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__asg__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__asg__subcmd__help,list)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__asg__subcmd__help,show)
                cmd="azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__help,asg)
                cmd="azr__subcmd__network__subcmd__help__subcmd__asg"
                ;;
            azr__subcmd__network__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__help,nsg)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg"
                ;;
            azr__subcmd__network__subcmd__help,public-ip)
                cmd="azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip"
                ;;
            azr__subcmd__network__subcmd__help,vnet)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__asg,create)
                cmd="azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__asg,delete)
                cmd="azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__asg,list)
                cmd="azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__asg,show)
                cmd="azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg,create)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg,delete)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg,list)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg,rule)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg,show)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule,create)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule,delete)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule,list)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule,show)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule,update)
                cmd="azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__update"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip,prefix)
                cmd="azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix,create)
                cmd="azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix,delete)
                cmd="azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix,list)
                cmd="azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix,show)
                cmd="azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet,create)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet,delete)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet,list)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet,show)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet,subnet)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet,create)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet,delete)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet,list)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet,show)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet,update)
                cmd="azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__update"
                ;;
            azr__subcmd__network__subcmd__nsg,create)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__nsg,delete)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__nsg,help)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__nsg,list)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__nsg,rule)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule"
                ;;
            azr__subcmd__network__subcmd__nsg,show)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help,create)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help,delete)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help,list)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help,rule)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help,show)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule,create)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule,delete)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule,list)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule,show)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule,update)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__update"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule,create)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule,delete)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule,help)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule,list)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule,show)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule,update)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__update"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help,create)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help,delete)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help,list)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help,show)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help,update)
                cmd="azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__update"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip,help)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip,prefix)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help,prefix)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix,create)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix,delete)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix,list)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix,show)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,create)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,delete)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,help)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,list)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix,show)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help,create)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help,delete)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help,list)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help,show)
                cmd="azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__vnet,create)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__vnet,delete)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__vnet,help)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__vnet,list)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__vnet,show)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__vnet,subnet)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help,create)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help,delete)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help,list)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help,show)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help,subnet)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet,create)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet,delete)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet,list)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet,show)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet,update)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__update"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet,create)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet,delete)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet,help)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet,list)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet,show)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet,update)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__update"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help,create)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__create"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help,delete)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__delete"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help,help)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help,list)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help,show)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help,update)
                cmd="azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__update"
                ;;
            azr__subcmd__provider,help)
                cmd="azr__subcmd__provider__subcmd__help"
                ;;
            azr__subcmd__provider,register)
                cmd="azr__subcmd__provider__subcmd__register"
                ;;
            azr__subcmd__provider,show)
                cmd="azr__subcmd__provider__subcmd__show"
                ;;
            azr__subcmd__provider,unregister)
                cmd="azr__subcmd__provider__subcmd__unregister"
                ;;
            azr__subcmd__provider__subcmd__help,help)
                cmd="azr__subcmd__provider__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__provider__subcmd__help,register)
                cmd="azr__subcmd__provider__subcmd__help__subcmd__register"
                ;;
            azr__subcmd__provider__subcmd__help,show)
                cmd="azr__subcmd__provider__subcmd__help__subcmd__show"
                ;;
            azr__subcmd__provider__subcmd__help,unregister)
                cmd="azr__subcmd__provider__subcmd__help__subcmd__unregister"
                ;;
            azr__subcmd__vmss,help)
                cmd="azr__subcmd__vmss__subcmd__help"
                ;;
            azr__subcmd__vmss,list)
                cmd="azr__subcmd__vmss__subcmd__list"
                ;;
            azr__subcmd__vmss,list-instance-public-ips)
                cmd="azr__subcmd__vmss__subcmd__list__subcmd__instance__subcmd__public__subcmd__ips"
                ;;
            azr__subcmd__vmss__subcmd__help,help)
                cmd="azr__subcmd__vmss__subcmd__help__subcmd__help"
                ;;
            azr__subcmd__vmss__subcmd__help,list)
                cmd="azr__subcmd__vmss__subcmd__help__subcmd__list"
                ;;
            azr__subcmd__vmss__subcmd__help,list-instance-public-ips)
                cmd="azr__subcmd__vmss__subcmd__help__subcmd__list__subcmd__instance__subcmd__public__subcmd__ips"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        azr)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version show list set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__help)
            opts="show list set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__list)
            opts="-o -h -V --all --refresh --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__set)
            opts="-n -o -h -V --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__account__subcmd__show)
            opts="-n -o -h -V --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version command hostport node-ips create show list delete get-credentials scale update nodepool machine help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__command)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version invoke result help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__command__subcmd__help)
            opts="invoke result help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__command__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__command__subcmd__help__subcmd__invoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__command__subcmd__help__subcmd__result)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__command__subcmd__invoke)
            opts="-g -n -c -f -o -h -V --resource-group --name --command --file --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --command)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__command__subcmd__result)
            opts="-g -n -i -o -h -V --resource-group --name --command-id --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --command-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -i)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__create)
            opts="-g -n -l -k -p -u -x -c -s -z -m -d -a -y -o -h -V --resource-group --name --location --kubernetes-version --dns-name-prefix --admin-username --generate-ssh-keys --ssh-key-value --no-ssh-key --nodepool-name --node-count --node-vm-size --enable-node-public-ip --node-public-ip-prefix-id --node-public-ip-tags --nodepool-allowed-host-ports --nodepool-asg-ids --vnet-subnet-id --pod-subnet-id --skip-subnet-role-assignment --tags --zones --max-pods --node-osdisk-size --node-osdisk-type --vm-set-type --enable-encryption-at-host --enable-ultra-ssd --enable-fips-image --ppg --min-count --max-count --os-sku --nodepool-labels --nodepool-taints --nodepool-tags --enable-cluster-autoscaler --kubelet-config --linux-os-config --message-of-the-day --workload-runtime --gpu-instance-profile --enable-vtpm --enable-secure-boot --pod-ip-allocation-mode --host-group-id --crg-id --snapshot-id --vm-sizes --network-plugin --network-plugin-mode --network-policy --network-dataplane --pod-cidr --service-cidr --dns-service-ip --load-balancer-sku --outbound-type --load-balancer-managed-outbound-ip-count --tier --node-resource-group --enable-managed-identity --enable-oidc-issuer --enable-workload-identity --enable-aad --enable-azure-rbac --disable-local-accounts --auto-upgrade-channel --node-os-upgrade-channel --enable-ari --enable-app-routing-istio --enable-gateway-api --enable-keda --enable-vpa --enable-cost-analysis --enable-ai-toolchain-operator --enable-image-cleaner --image-cleaner-interval-hours --disable-run-command --ca-certs --custom-ca-trust-certificates --k8s-support-plan --nrg-lockdown-restriction-level --enable-defender --defender-config --enable-azure-monitor-app-monitoring --enable-app-routing --ardnc --app-routing-default-nginx-controller --enable-asm --enable-azure-service-mesh --revision --aad-tenant-id --aad-admin-group-object-ids --disable-rbac --assign-identity --enable-azure-keyvault-kms --azure-keyvault-kms-key-id --azure-keyvault-kms-key-vault-network-access --azure-keyvault-kms-key-vault-resource-id --node-osdisk-diskencryptionset-id --service-principal --client-secret --windows-admin-username --windows-admin-password --enable-ahub --enable-windows-gmsa --gmsa-dns-server --gmsa-root-domain-name --enable-addons --workspace-resource-id --enable-msi-auth-for-monitoring --enable-syslog --data-collection-settings --enable-high-log-scale-mode --ampls-resource-id --aci-subnet-name --appgw-name --appgw-subnet-cidr --appgw-id --appgw-subnet-id --appgw-watch-namespace --enable-sgxquotehelper --enable-secret-rotation --rotation-poll-interval --cluster-autoscaler-profile --disable-disk-driver --disable-file-driver --enable-blob-driver --disable-snapshot-controller --http-proxy-config --enable-upstream-kubescheduler-user-configuration --bootstrap-artifact-source --bootstrap-container-registry-resource-id --node-provisioning-mode --node-provisioning-default-pools --assign-kubelet-identity --sku --docker-bridge-address --fqdn-subdomain --load-balancer-managed-outbound-ipv6-count --load-balancer-outbound-ips --load-balancer-outbound-ip-prefixes --load-balancer-outbound-ports --load-balancer-idle-timeout --load-balancer-backend-pool-type --nat-gateway-managed-outbound-ip-count --nat-gateway-managed-outbound-ipv6-count --nat-gateway-idle-timeout --outbound-type-sku --nat-gateway-outbound-ips --nat-gateway-outbound-ip-prefixes --ip-families --pod-cidrs --service-cidrs --api-server-authorized-ip-ranges --enable-private-cluster --disable-public-fqdn --private-dns-zone --enable-apiserver-vnet-integration --apiserver-subnet-id --enable-static-egress-gateway --edge-zone --attach-acr --enable-acns --disable-acns-observability --disable-acns-security --acns-advanced-networkpolicies --acns-datapath-acceleration-mode --acns-transit-encryption-type --enable-azure-container-storage --container-storage-version --storage-pool-name --storage-pool-size --storage-pool-sku --ephemeral-disk-volume-type --ephemeral-disk-nvme-perf-tier --storage-pool-option --enable-azure-monitor-metrics --azure-monitor-workspace-resource-id --ksm-metric-labels-allow-list --ksm-metric-annotations-allow-list --grafana-resource-id --enable-windows-recording-rules --enable-control-plane-metrics --enable-azure-monitor-logs --syslog-port --enable-prometheus-metrics-scraping --disable-prometheus-metrics-scraping --enable-opentelemetry-metrics --disable-opentelemetry-metrics --opentelemetry-metrics-port-http --opentelemetry-metrics-port-grpc --enable-opentelemetry-logs-traces --disable-opentelemetry-logs-traces --opentelemetry-logs-traces-port-http --opentelemetry-logs-traces-port-grpc --enable-container-network-logs --enable-hosted-system --system-node-subnet-id --node-subnet-id --yes --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kubernetes-version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dns-name-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --admin-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ssh-key-value)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-vm-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-public-ip-prefix-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-public-ip-tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-allowed-host-ports)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-asg-ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vnet-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zones)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -z)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-pods)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -m)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-osdisk-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-osdisk-type)
                    COMPREPLY=($(compgen -W "Managed Ephemeral" -- "${cur}"))
                    return 0
                    ;;
                --vm-set-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ppg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-sku)
                    COMPREPLY=($(compgen -W "AzureLinux AzureLinux3 AzureContainerLinux Ubuntu CBLMariner Mariner Ubuntu2204 Ubuntu2404" -- "${cur}"))
                    return 0
                    ;;
                --nodepool-labels)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-taints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kubelet-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --linux-os-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --message-of-the-day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workload-runtime)
                    COMPREPLY=($(compgen -W "KataVmIsolation" -- "${cur}"))
                    return 0
                    ;;
                --gpu-instance-profile)
                    COMPREPLY=($(compgen -W "MIG1g MIG2g MIG3g MIG4g MIG7g" -- "${cur}"))
                    return 0
                    ;;
                --pod-ip-allocation-mode)
                    COMPREPLY=($(compgen -W "DynamicIndividual StaticBlock" -- "${cur}"))
                    return 0
                    ;;
                --host-group-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --crg-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --snapshot-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vm-sizes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-plugin)
                    COMPREPLY=($(compgen -W "kubenet azure none" -- "${cur}"))
                    return 0
                    ;;
                --network-plugin-mode)
                    COMPREPLY=($(compgen -W "overlay" -- "${cur}"))
                    return 0
                    ;;
                --network-policy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-dataplane)
                    COMPREPLY=($(compgen -W "azure cilium" -- "${cur}"))
                    return 0
                    ;;
                --pod-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dns-service-ip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-sku)
                    COMPREPLY=($(compgen -W "basic standard" -- "${cur}"))
                    return 0
                    ;;
                --outbound-type)
                    COMPREPLY=($(compgen -W "loadBalancer userDefinedRouting managedNATGateway userAssignedNATGateway none" -- "${cur}"))
                    return 0
                    ;;
                --load-balancer-managed-outbound-ip-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier)
                    COMPREPLY=($(compgen -W "free standard premium" -- "${cur}"))
                    return 0
                    ;;
                --node-resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auto-upgrade-channel)
                    COMPREPLY=($(compgen -W "rapid stable patch node-image none" -- "${cur}"))
                    return 0
                    ;;
                --node-os-upgrade-channel)
                    COMPREPLY=($(compgen -W "NodeImage None Unmanaged SecurityPatch" -- "${cur}"))
                    return 0
                    ;;
                --image-cleaner-interval-hours)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom-ca-trust-certificates)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-certs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --k8s-support-plan)
                    COMPREPLY=($(compgen -W "KubernetesOfficial AKSLongTermSupport" -- "${cur}"))
                    return 0
                    ;;
                --nrg-lockdown-restriction-level)
                    COMPREPLY=($(compgen -W "ReadOnly Unrestricted" -- "${cur}"))
                    return 0
                    ;;
                --defender-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app-routing-default-nginx-controller)
                    COMPREPLY=($(compgen -W "AnnotationControlled External Internal None" -- "${cur}"))
                    return 0
                    ;;
                --ardnc)
                    COMPREPLY=($(compgen -W "AnnotationControlled External Internal None" -- "${cur}"))
                    return 0
                    ;;
                --revision)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --aad-tenant-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --aad-admin-group-object-ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assign-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-keyvault-kms-key-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-keyvault-kms-key-vault-network-access)
                    COMPREPLY=($(compgen -W "Public Private" -- "${cur}"))
                    return 0
                    ;;
                --azure-keyvault-kms-key-vault-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-osdisk-diskencryptionset-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-principal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --windows-admin-username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --windows-admin-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gmsa-dns-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gmsa-root-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --enable-addons)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workspace-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --enable-msi-auth-for-monitoring)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --enable-syslog)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --data-collection-settings)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --enable-high-log-scale-mode)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --ampls-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --aci-subnet-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appgw-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appgw-subnet-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appgw-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appgw-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --appgw-watch-namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rotation-poll-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-autoscaler-profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-proxy-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bootstrap-artifact-source)
                    COMPREPLY=($(compgen -W "Direct Cache" -- "${cur}"))
                    return 0
                    ;;
                --bootstrap-container-registry-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-provisioning-mode)
                    COMPREPLY=($(compgen -W "Manual Auto" -- "${cur}"))
                    return 0
                    ;;
                --node-provisioning-default-pools)
                    COMPREPLY=($(compgen -W "None Auto" -- "${cur}"))
                    return 0
                    ;;
                --assign-kubelet-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sku)
                    COMPREPLY=($(compgen -W "base automatic" -- "${cur}"))
                    return 0
                    ;;
                --docker-bridge-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fqdn-subdomain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-managed-outbound-ipv6-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-outbound-ips)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-outbound-ip-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-outbound-ports)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-idle-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-backend-pool-type)
                    COMPREPLY=($(compgen -W "nodeIP nodeIPConfiguration" -- "${cur}"))
                    return 0
                    ;;
                --nat-gateway-managed-outbound-ip-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nat-gateway-managed-outbound-ipv6-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nat-gateway-idle-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outbound-type-sku)
                    COMPREPLY=($(compgen -W "Standard StandardV2" -- "${cur}"))
                    return 0
                    ;;
                --nat-gateway-outbound-ips)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nat-gateway-outbound-ip-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ip-families)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-cidrs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidrs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-server-authorized-ip-ranges)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-dns-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --edge-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attach-acr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acns-advanced-networkpolicies)
                    COMPREPLY=($(compgen -W "None FQDN L7" -- "${cur}"))
                    return 0
                    ;;
                --acns-datapath-acceleration-mode)
                    COMPREPLY=($(compgen -W "BpfVeth None" -- "${cur}"))
                    return 0
                    ;;
                --acns-transit-encryption-type)
                    COMPREPLY=($(compgen -W "WireGuard None" -- "${cur}"))
                    return 0
                    ;;
                --enable-azure-container-storage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-storage-version)
                    COMPREPLY=($(compgen -W "1 2" -- "${cur}"))
                    return 0
                    ;;
                --storage-pool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool-sku)
                    COMPREPLY=($(compgen -W "Premium_LRS Standard_LRS StandardSSD_LRS UltraSSD_LRS Premium_ZRS PremiumV2_LRS StandardSSD_ZRS" -- "${cur}"))
                    return 0
                    ;;
                --ephemeral-disk-volume-type)
                    COMPREPLY=($(compgen -W "EphemeralVolumeOnly PersistentVolumeWithAnnotation" -- "${cur}"))
                    return 0
                    ;;
                --ephemeral-disk-nvme-perf-tier)
                    COMPREPLY=($(compgen -W "Basic Premium Standard" -- "${cur}"))
                    return 0
                    ;;
                --storage-pool-option)
                    COMPREPLY=($(compgen -W "NVMe Temp" -- "${cur}"))
                    return 0
                    ;;
                --azure-monitor-workspace-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ksm-metric-labels-allow-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ksm-metric-annotations-allow-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grafana-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --syslog-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-metrics-port-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-metrics-port-grpc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-logs-traces-port-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-logs-traces-port-grpc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system-node-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__delete)
            opts="-g -n -y -o -h -V --resource-group --name --yes --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__get__subcmd__credentials)
            opts="-g -n -a -f -o -h -V --resource-group --name --admin --context --file --format --overwrite-existing --public-fqdn --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help)
            opts="command hostport node-ips create show list delete get-credentials scale update nodepool machine help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__command)
            opts="invoke result"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__command__subcmd__invoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__command__subcmd__result)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__get__subcmd__credentials)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__hostport)
            opts="check"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__hostport__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__machine)
            opts="list show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__machine__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__machine__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__node__subcmd__ips)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__nodepool)
            opts="add update show list delete scale"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__nodepool__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__hostport)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__hostport__subcmd__check)
            opts="-g -n -o -h -V --resource-group --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__hostport__subcmd__help)
            opts="check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__hostport__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__hostport__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__list)
            opts="-g -o -h -V --resource-group --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__machine)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__machine__subcmd__help)
            opts="list show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__machine__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__machine__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__machine__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__machine__subcmd__list)
            opts="-g -o -h -V --resource-group --cluster-name --nodepool-name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__machine__subcmd__show)
            opts="-g -o -h -V --resource-group --cluster-name --nodepool-name --machine-name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --machine-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__node__subcmd__ips)
            opts="-g -n -o -h -V --resource-group --name --nodepool-name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version add update show list delete scale help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__add)
            opts="-g -n -k -c -s -z -m -e -o -h -V --resource-group --cluster-name --nodepool-name --name --kubernetes-version --node-count --node-vm-size --mode --enable-node-public-ip --node-public-ip-prefix-id --node-public-ip-tags --allowed-host-ports --asg-ids --vnet-subnet-id --pod-subnet-id --zones --max-pods --node-osdisk-size --node-osdisk-type --vm-set-type --enable-encryption-at-host --enable-ultra-ssd --enable-fips-image --ppg --min-count --max-count --max-surge --drain-timeout --node-soak-duration --os-type --os-sku --labels --node-taints --tags --enable-cluster-autoscaler --priority --eviction-policy --spot-max-price --scale-down-mode --kubelet-config --linux-os-config --message-of-the-day --workload-runtime --gpu-instance-profile --enable-vtpm --enable-secure-boot --pod-ip-allocation-mode --host-group-id --crg-id --snapshot-id --vm-sizes --max-unavailable --undrainable-node-behavior --gpu-driver --enable-artifact-streaming --enable-managed-dranet --disable-windows-outbound-nat --gateway-prefix-size --localdns-config --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kubernetes-version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -k)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-vm-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mode)
                    COMPREPLY=($(compgen -W "System User Gateway" -- "${cur}"))
                    return 0
                    ;;
                --node-public-ip-prefix-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-public-ip-tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allowed-host-ports)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --asg-ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vnet-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zones)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -z)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-pods)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -m)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-osdisk-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-osdisk-type)
                    COMPREPLY=($(compgen -W "Managed Ephemeral" -- "${cur}"))
                    return 0
                    ;;
                --vm-set-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ppg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-surge)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drain-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-soak-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os-sku)
                    COMPREPLY=($(compgen -W "AzureLinux AzureLinux3 AzureContainerLinux Ubuntu CBLMariner Mariner Ubuntu2204 Ubuntu2404 Windows2019 Windows2022 Windows2025" -- "${cur}"))
                    return 0
                    ;;
                --labels)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-taints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --priority)
                    COMPREPLY=($(compgen -W "Regular Spot" -- "${cur}"))
                    return 0
                    ;;
                --eviction-policy)
                    COMPREPLY=($(compgen -W "Delete Deallocate" -- "${cur}"))
                    return 0
                    ;;
                --spot-max-price)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scale-down-mode)
                    COMPREPLY=($(compgen -W "Delete Deallocate" -- "${cur}"))
                    return 0
                    ;;
                --kubelet-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --linux-os-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --message-of-the-day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workload-runtime)
                    COMPREPLY=($(compgen -W "KataVmIsolation" -- "${cur}"))
                    return 0
                    ;;
                --gpu-instance-profile)
                    COMPREPLY=($(compgen -W "MIG1g MIG2g MIG3g MIG4g MIG7g" -- "${cur}"))
                    return 0
                    ;;
                --pod-ip-allocation-mode)
                    COMPREPLY=($(compgen -W "DynamicIndividual StaticBlock" -- "${cur}"))
                    return 0
                    ;;
                --host-group-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --crg-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --snapshot-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vm-sizes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-unavailable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --undrainable-node-behavior)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gpu-driver)
                    COMPREPLY=($(compgen -W "Install None" -- "${cur}"))
                    return 0
                    ;;
                --gateway-prefix-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --localdns-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__delete)
            opts="-g -n -i -o -h -V --resource-group --cluster-name --nodepool-name --name --ignore-pdb --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help)
            opts="add update show list delete scale help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__list)
            opts="-g -o -h -V --resource-group --cluster-name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__scale)
            opts="-g -n -c -o -h -V --resource-group --cluster-name --nodepool-name --name --node-count --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__show)
            opts="-g -n -o -h -V --resource-group --cluster-name --nodepool-name --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__nodepool__subcmd__update)
            opts="-g -n -e -d -u -o -h -V --resource-group --cluster-name --nodepool-name --name --allowed-host-ports --asg-ids --min-count --max-count --max-surge --drain-timeout --node-soak-duration --enable-cluster-autoscaler --disable-cluster-autoscaler --update-cluster-autoscaler --labels --node-taints --tags --mode --scale-down-mode --os-sku --enable-fips-image --disable-fips-image --max-unavailable --undrainable-node-behavior --gpu-driver --enable-vtpm --disable-vtpm --enable-secure-boot --disable-secure-boot --enable-artifact-streaming --disable-artifact-streaming --enable-managed-dranet --localdns-config --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allowed-host-ports)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --asg-ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-surge)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drain-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-soak-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --labels)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-taints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mode)
                    COMPREPLY=($(compgen -W "System User Gateway" -- "${cur}"))
                    return 0
                    ;;
                --scale-down-mode)
                    COMPREPLY=($(compgen -W "Delete Deallocate" -- "${cur}"))
                    return 0
                    ;;
                --os-sku)
                    COMPREPLY=($(compgen -W "AzureLinux AzureLinux3 AzureContainerLinux Ubuntu Ubuntu2204 Ubuntu2404" -- "${cur}"))
                    return 0
                    ;;
                --max-unavailable)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --undrainable-node-behavior)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gpu-driver)
                    COMPREPLY=($(compgen -W "Install None" -- "${cur}"))
                    return 0
                    ;;
                --localdns-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__scale)
            opts="-g -n -c -o -h -V --resource-group --name --node-count --nodepool-name --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__show)
            opts="-g -n -o -h -V --resource-group --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__aks__subcmd__update)
            opts="-g -n -e -d -u -y -t -o -h -V --resource-group --name --tags --tier --auto-upgrade-channel --node-os-upgrade-channel --enable-cluster-autoscaler --disable-cluster-autoscaler --update-cluster-autoscaler --min-count --max-count --yes --no-wait --aks-custom-headers --enable-ari --enable-app-routing-istio --enable-gateway-api --enable-keda --enable-vpa --enable-cost-analysis --enable-ai-toolchain-operator --enable-image-cleaner --image-cleaner-interval-hours --disable-run-command --ca-certs --custom-ca-trust-certificates --k8s-support-plan --nrg-lockdown-restriction-level --enable-defender --defender-config --enable-azure-monitor-app-monitoring --disable-ari --disable-app-routing-istio --disable-gateway-api --disable-keda --disable-vpa --disable-cost-analysis --disable-ai-toolchain-operator --disable-image-cleaner --enable-run-command --disable-defender --disable-azure-monitor-app-monitoring --enable-aad --enable-azure-rbac --disable-azure-rbac --aad-tenant-id --aad-admin-group-object-ids --disable-local-accounts --enable-local-accounts --enable-oidc-issuer --enable-workload-identity --disable-workload-identity --enable-managed-identity --assign-identity --enable-azure-keyvault-kms --disable-azure-keyvault-kms --azure-keyvault-kms-key-id --azure-keyvault-kms-key-vault-network-access --azure-keyvault-kms-key-vault-resource-id --windows-admin-password --enable-ahub --disable-ahub --enable-windows-gmsa --gmsa-dns-server --gmsa-root-domain-name --disable-windows-gmsa --enable-secret-rotation --disable-secret-rotation --rotation-poll-interval --cluster-autoscaler-profile --enable-disk-driver --disable-disk-driver --enable-file-driver --disable-file-driver --enable-blob-driver --disable-blob-driver --enable-snapshot-controller --disable-snapshot-controller --http-proxy-config --disable-http-proxy --enable-http-proxy --enable-force-upgrade --disable-force-upgrade --upgrade-override-until --nodepool-labels --nodepool-taints --enable-upstream-kubescheduler-user-configuration --bootstrap-artifact-source --bootstrap-container-registry-resource-id --node-provisioning-mode --node-provisioning-default-pools --assign-kubelet-identity --sku --disable-upstream-kubescheduler-user-configuration --migrate-vmas-to-vms --ip-families --network-plugin --network-plugin-mode --network-dataplane --network-policy --pod-cidr --load-balancer-managed-outbound-ip-count --load-balancer-managed-outbound-ipv6-count --load-balancer-outbound-ips --load-balancer-outbound-ip-prefixes --load-balancer-outbound-ports --load-balancer-idle-timeout --load-balancer-backend-pool-type --load-balancer-sku --outbound-type --nat-gateway-managed-outbound-ip-count --nat-gateway-managed-outbound-ipv6-count --nat-gateway-idle-timeout --outbound-type-sku --nat-gateway-outbound-ips --nat-gateway-outbound-ip-prefixes --api-server-authorized-ip-ranges --enable-public-fqdn --disable-public-fqdn --private-dns-zone --enable-apiserver-vnet-integration --apiserver-subnet-id --enable-private-cluster --disable-private-cluster --enable-static-egress-gateway --disable-static-egress-gateway --attach-acr --detach-acr --assignee-principal-type --enable-acns --disable-acns-observability --disable-acns-security --acns-advanced-networkpolicies --acns-datapath-acceleration-mode --acns-transit-encryption-type --disable-acns --enable-azure-container-storage --container-storage-version --storage-pool-name --storage-pool-size --storage-pool-sku --ephemeral-disk-volume-type --ephemeral-disk-nvme-perf-tier --disable-azure-container-storage --azure-container-storage-nodepools --storage-pool-option --enable-azure-monitor-metrics --azure-monitor-workspace-resource-id --ksm-metric-labels-allow-list --ksm-metric-annotations-allow-list --grafana-resource-id --enable-windows-recording-rules --enable-control-plane-metrics --disable-azure-monitor-metrics --disable-control-plane-metrics --enable-azure-monitor-logs --syslog-port --enable-prometheus-metrics-scraping --disable-prometheus-metrics-scraping --enable-opentelemetry-metrics --disable-opentelemetry-metrics --opentelemetry-metrics-port-http --opentelemetry-metrics-port-grpc --enable-opentelemetry-logs-traces --disable-opentelemetry-logs-traces --opentelemetry-logs-traces-port-http --opentelemetry-logs-traces-port-grpc --disable-azure-monitor-logs --workspace-resource-id --enable-high-log-scale-mode --enable-syslog --data-collection-settings --ampls-resource-id --enable-msi-auth-for-monitoring --enable-container-network-logs --disable-container-network-logs --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier)
                    COMPREPLY=($(compgen -W "free standard premium" -- "${cur}"))
                    return 0
                    ;;
                --auto-upgrade-channel)
                    COMPREPLY=($(compgen -W "rapid stable patch node-image none" -- "${cur}"))
                    return 0
                    ;;
                --node-os-upgrade-channel)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --aks-custom-headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --image-cleaner-interval-hours)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom-ca-trust-certificates)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-certs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --k8s-support-plan)
                    COMPREPLY=($(compgen -W "KubernetesOfficial AKSLongTermSupport" -- "${cur}"))
                    return 0
                    ;;
                --nrg-lockdown-restriction-level)
                    COMPREPLY=($(compgen -W "ReadOnly Unrestricted" -- "${cur}"))
                    return 0
                    ;;
                --defender-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --aad-tenant-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --aad-admin-group-object-ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assign-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-keyvault-kms-key-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-keyvault-kms-key-vault-network-access)
                    COMPREPLY=($(compgen -W "Public Private" -- "${cur}"))
                    return 0
                    ;;
                --azure-keyvault-kms-key-vault-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --windows-admin-password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gmsa-dns-server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gmsa-root-domain-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rotation-poll-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-autoscaler-profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-proxy-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --upgrade-override-until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-labels)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nodepool-taints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bootstrap-artifact-source)
                    COMPREPLY=($(compgen -W "Direct Cache" -- "${cur}"))
                    return 0
                    ;;
                --bootstrap-container-registry-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-provisioning-mode)
                    COMPREPLY=($(compgen -W "Manual Auto" -- "${cur}"))
                    return 0
                    ;;
                --node-provisioning-default-pools)
                    COMPREPLY=($(compgen -W "None Auto" -- "${cur}"))
                    return 0
                    ;;
                --assign-kubelet-identity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sku)
                    COMPREPLY=($(compgen -W "base automatic" -- "${cur}"))
                    return 0
                    ;;
                --ip-families)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-plugin)
                    COMPREPLY=($(compgen -W "kubenet azure none" -- "${cur}"))
                    return 0
                    ;;
                --network-plugin-mode)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-dataplane)
                    COMPREPLY=($(compgen -W "azure cilium" -- "${cur}"))
                    return 0
                    ;;
                --network-policy)
                    COMPREPLY=($(compgen -W "azure calico cilium none" -- "${cur}"))
                    return 0
                    ;;
                --pod-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-managed-outbound-ip-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-managed-outbound-ipv6-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-outbound-ips)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-outbound-ip-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-outbound-ports)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-idle-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --load-balancer-backend-pool-type)
                    COMPREPLY=($(compgen -W "nodeIP nodeIPConfiguration" -- "${cur}"))
                    return 0
                    ;;
                --load-balancer-sku)
                    COMPREPLY=($(compgen -W "standard" -- "${cur}"))
                    return 0
                    ;;
                --outbound-type)
                    COMPREPLY=($(compgen -W "loadBalancer userDefinedRouting managedNATGateway userAssignedNATGateway none" -- "${cur}"))
                    return 0
                    ;;
                --nat-gateway-managed-outbound-ip-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nat-gateway-managed-outbound-ipv6-count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nat-gateway-idle-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outbound-type-sku)
                    COMPREPLY=($(compgen -W "Standard StandardV2" -- "${cur}"))
                    return 0
                    ;;
                --nat-gateway-outbound-ips)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nat-gateway-outbound-ip-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-server-authorized-ip-ranges)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-dns-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-subnet-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attach-acr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --detach-acr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assignee-principal-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acns-advanced-networkpolicies)
                    COMPREPLY=($(compgen -W "None FQDN L7" -- "${cur}"))
                    return 0
                    ;;
                --acns-datapath-acceleration-mode)
                    COMPREPLY=($(compgen -W "BpfVeth None" -- "${cur}"))
                    return 0
                    ;;
                --acns-transit-encryption-type)
                    COMPREPLY=($(compgen -W "WireGuard None" -- "${cur}"))
                    return 0
                    ;;
                --enable-azure-container-storage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --container-storage-version)
                    COMPREPLY=($(compgen -W "1 2" -- "${cur}"))
                    return 0
                    ;;
                --storage-pool-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool-sku)
                    COMPREPLY=($(compgen -W "Premium_LRS Standard_LRS StandardSSD_LRS UltraSSD_LRS Premium_ZRS PremiumV2_LRS StandardSSD_ZRS" -- "${cur}"))
                    return 0
                    ;;
                --ephemeral-disk-volume-type)
                    COMPREPLY=($(compgen -W "EphemeralVolumeOnly PersistentVolumeWithAnnotation" -- "${cur}"))
                    return 0
                    ;;
                --ephemeral-disk-nvme-perf-tier)
                    COMPREPLY=($(compgen -W "Basic Premium Standard" -- "${cur}"))
                    return 0
                    ;;
                --disable-azure-container-storage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --azure-container-storage-nodepools)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-pool-option)
                    COMPREPLY=($(compgen -W "NVMe Temp all" -- "${cur}"))
                    return 0
                    ;;
                --azure-monitor-workspace-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ksm-metric-labels-allow-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ksm-metric-annotations-allow-list)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grafana-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --syslog-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-metrics-port-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-metrics-port-grpc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-logs-traces-port-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --opentelemetry-logs-traces-port-grpc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --workspace-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --enable-high-log-scale-mode)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --enable-syslog)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --data-collection-settings)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ampls-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --enable-msi-auth-for-monitoring)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cassette)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version reset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cassette__subcmd__help)
            opts="reset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cassette__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cassette__subcmd__help__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cassette__subcmd__reset)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version list show register set unregister help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__help)
            opts="list show register set unregister help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__help__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__help__subcmd__unregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__list)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__register)
            opts="-n -o -h -V --name --cloud-config --profile --skip-endpoint-discovery --endpoint-resource-manager --endpoint-active-directory --endpoint-active-directory-resource-id --endpoint-active-directory-graph-resource-id --endpoint-microsoft-graph-resource-id --endpoint-active-directory-data-lake-resource-id --endpoint-management --endpoint-sql-management --endpoint-gallery --endpoint-vm-image-alias-doc --suffix-sql-server-hostname --suffix-storage-endpoint --suffix-keyvault-dns --suffix-azure-datalake-store-file-system-endpoint --suffix-azure-datalake-analytics-catalog-and-job-endpoint --suffix-acr-login-server-endpoint --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-resource-manager)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-active-directory)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-active-directory-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-active-directory-graph-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-microsoft-graph-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-active-directory-data-lake-resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-management)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-sql-management)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-gallery)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint-vm-image-alias-doc)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --suffix-sql-server-hostname)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --suffix-storage-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --suffix-keyvault-dns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --suffix-azure-datalake-store-file-system-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --suffix-azure-datalake-analytics-catalog-and-job-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --suffix-acr-login-server-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__set)
            opts="-n -o -h -V --name --profile --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__show)
            opts="-n -o -h -V --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__cloud__subcmd__unregister)
            opts="-n -o -h -V --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__completion)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version set get unset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__get)
            opts="-o -h -V --local --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__help)
            opts="set get unset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__help__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__set)
            opts="-o -h -V --local --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__config__subcmd__unset)
            opts="-o -h -V --local --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__configure)
            opts="-d -l -o -h -V --defaults --list-defaults --scope --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --defaults)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --list-defaults)
                    COMPREPLY=($(compgen -W "true false yes no 1 0 on off" -- "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -W "true false yes no 1 0 on off" -- "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -W "global local" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__demo)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__emulator)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version start check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__emulator__subcmd__check)
            opts="-o -h -V --state --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__emulator__subcmd__help)
            opts="start check help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__emulator__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__emulator__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__emulator__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__emulator__subcmd__start)
            opts="-o -h -V --port --tls-dir --state --bind --request-log --operation-ms --feature-delay-ms --fault-rate --fault-retry-after --token-lifetime --poll-ms --login-user --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --request-log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --operation-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --feature-delay-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fault-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fault-retry-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-lifetime)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --poll-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version add list show remove update list-available help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__add)
            opts="-n -s -y -o -h --name --source --version --yes --upgrade --allow-preview --pip-extra-index-urls --pip-proxy --system --index --output --query --subscription --debug --verbose --only-show-errors --cloud --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-preview)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --pip-extra-index-urls)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pip-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --index)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help)
            opts="add list show remove update list-available help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help__subcmd__list__subcmd__available)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__list)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__list__subcmd__available)
            opts="-d -o -h -V --show-details --index --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --index)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__remove)
            opts="-n -o -h -V --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__show)
            opts="-n -o -h -V --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__extension__subcmd__update)
            opts="-n -o -h -V --name --allow-preview --pip-extra-index-urls --pip-proxy --index --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allow-preview)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --pip-extra-index-urls)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pip-proxy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --index)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version register show list unregister help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__help)
            opts="register show list unregister help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__help__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__help__subcmd__unregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__list)
            opts="-o -h -V --namespace --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__register)
            opts="-n -o -h -V --namespace --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__show)
            opts="-n -o -h -V --namespace --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__feature__subcmd__unregister)
            opts="-n -o -h -V --namespace --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version create show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__create)
            opts="-n -l -o -h -V --resource-group --name --location --tags --managed-by --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --managed-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__delete)
            opts="-n -y -f -o -h -V --resource-group --name --yes --force-deletion-types --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --force-deletion-types)
                    COMPREPLY=($(compgen -W "Microsoft.Compute/virtualMachines Microsoft.Compute/virtualMachineScaleSets Microsoft.Databricks/workspaces" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "Microsoft.Compute/virtualMachines Microsoft.Compute/virtualMachineScaleSets Microsoft.Databricks/workspaces" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__help)
            opts="create show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__list)
            opts="-o -h -V --tag --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__group__subcmd__show)
            opts="-n -o -h -V --resource-group --name --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help)
            opts="group aks network vmss feature provider cloud login logout configure config extension account completion emulator demo cassette help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__account)
            opts="show list set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__account__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__account__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__account__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks)
            opts="command hostport node-ips create show list delete get-credentials scale update nodepool machine"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__command)
            opts="invoke result"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__command__subcmd__invoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__command__subcmd__result)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__get__subcmd__credentials)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__hostport)
            opts="check"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__hostport__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__machine)
            opts="list show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__machine__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__machine__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__node__subcmd__ips)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__nodepool)
            opts="add update show list delete scale"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__nodepool__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__aks__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cassette)
            opts="reset"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cassette__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cloud)
            opts="list show register set unregister"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cloud__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cloud__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cloud__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cloud__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__cloud__subcmd__unregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__completion)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__config)
            opts="set get unset"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__config__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__config__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__config__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__configure)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__demo)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__emulator)
            opts="start check"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__emulator__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__emulator__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__extension)
            opts="add list show remove update list-available"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__extension__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__extension__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__extension__subcmd__list__subcmd__available)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__extension__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__extension__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__extension__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__feature)
            opts="register show list unregister"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__feature__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__feature__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__feature__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__feature__subcmd__unregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__group)
            opts="create show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__group__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__group__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__group__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__group__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network)
            opts="public-ip asg nsg vnet"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__asg)
            opts="create show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__asg__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg)
            opts="create delete list show rule"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule)
            opts="create update show delete list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__nsg__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip)
            opts="prefix"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix)
            opts="create show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet)
            opts="create show list delete subnet"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet)
            opts="create update show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__provider)
            opts="register show unregister"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__provider__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__provider__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__provider__subcmd__unregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__vmss)
            opts="list list-instance-public-ips"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__vmss__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__help__subcmd__vmss__subcmd__list__subcmd__instance__subcmd__public__subcmd__ips)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__login)
            opts="-u -p -t -i -s -o -h -V --username --password --certificate --service-principal --tenant --allow-no-subscriptions --identity --client-id --object-id --resource-id --use-device-code --scope --claims-challenge --use-cert-sn-issuer --federated-token --skip-sub --skip-subscription-discovery --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -u)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tenant)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --object-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --claims-challenge)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --federated-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__logout)
            opts="-o -h -V --username --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version public-ip asg nsg vnet help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version create show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__create)
            opts="-n -g -l -o -h -V --name --resource-group --location --tags --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__delete)
            opts="-g -n -o -h -V --resource-group --name --ids --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__help)
            opts="create show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__list)
            opts="-g -o -h -V --resource-group --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__asg__subcmd__show)
            opts="-g -n -o -h -V --resource-group --name --ids --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help)
            opts="public-ip asg nsg vnet help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__asg)
            opts="create show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__asg__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg)
            opts="create delete list show rule"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule)
            opts="create update show delete list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__rule__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__nsg__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip)
            opts="prefix"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix)
            opts="create show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet)
            opts="create show list delete subnet"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet)
            opts="create update show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__help__subcmd__vnet__subcmd__subnet__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version create delete list show rule help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__create)
            opts="-n -g -l -o -h -V --name --resource-group --location --tags --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__delete)
            opts="-g -n -o -h -V --resource-group --name --ids --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help)
            opts="create delete list show rule help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule)
            opts="create update show delete list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__rule__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__list)
            opts="-g -o -h -V --resource-group --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version create update show delete list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__create)
            opts="-g -n -o -h -V --resource-group --nsg-name --name --priority --access --description --direction --protocol --source-address-prefixes --source-port-ranges --source-asgs --destination-address-prefixes --destination-port-ranges --destination-asgs --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --priority)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --access)
                    COMPREPLY=($(compgen -W "Allow Deny" -- "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --direction)
                    COMPREPLY=($(compgen -W "Inbound Outbound" -- "${cur}"))
                    return 0
                    ;;
                --protocol)
                    COMPREPLY=($(compgen -W "* Ah Esp Icmp Tcp Udp" -- "${cur}"))
                    return 0
                    ;;
                --source-address-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-port-ranges)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-asgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-address-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-port-ranges)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-asgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__delete)
            opts="-g -n -o -h -V --resource-group --nsg-name --name --ids --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help)
            opts="create update show delete list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__list)
            opts="-g -o -h -V --resource-group --nsg-name --include-default --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__show)
            opts="-g -n -o -h -V --resource-group --nsg-name --name --ids --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__rule__subcmd__update)
            opts="-g -n -o -h -V --resource-group --nsg-name --name --ids --priority --access --description --direction --protocol --source-address-prefixes --source-port-ranges --source-asgs --destination-address-prefixes --destination-port-ranges --destination-asgs --no-wait --set --add --remove --force-string --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --priority)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --access)
                    COMPREPLY=($(compgen -W "Allow Deny" -- "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --direction)
                    COMPREPLY=($(compgen -W "Inbound Outbound" -- "${cur}"))
                    return 0
                    ;;
                --protocol)
                    COMPREPLY=($(compgen -W "* Ah Esp Icmp Tcp Udp" -- "${cur}"))
                    return 0
                    ;;
                --source-address-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-port-ranges)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --source-asgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-address-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-port-ranges)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination-asgs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --force-string)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__nsg__subcmd__show)
            opts="-g -n -o -h -V --resource-group --name --ids --expand --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expand)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version prefix help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help)
            opts="prefix help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix)
            opts="create show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__help__subcmd__prefix__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version create show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__create)
            opts="-g -n -l -z -o -h --resource-group --name --location --length --version --sku --tier --zone --tags --ip-tags --edge-zone --fpst-id --first-party-service-tag-id --custom-ip-prefix-name --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --length)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sku)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -z)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ip-tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --edge-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --first-party-service-tag-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fpst-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --custom-ip-prefix-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__delete)
            opts="-g -n -o -h -V --resource-group --name --ids --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help)
            opts="create show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__list)
            opts="-g -o -h -V --resource-group --max-items --next-token --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-items)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__public__subcmd__ip__subcmd__prefix__subcmd__show)
            opts="-g -n -o -h -V --resource-group --name --ids --expand --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expand)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version create show list delete subnet help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__create)
            opts="-n -g -l -o -h -V --name --resource-group --location --address-prefixes --subnet-name --subnet-prefixes --network-security-group --nsg --subnets --dns-servers --bgp-community --sgp --summarized-gateway-prefixes --ipam-allocations --ipam-pool-prefix-allocations --ddos-protection-plan --ddos-protection --vm-protection --flowtimeout --enable-encryption --encryption-policy --encryption-enforcement-policy --pe-vnet-policies --private-endpoint-vnet-policies --edge-zone --tags --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --location)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -l)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --address-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subnet-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subnet-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-security-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subnets)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dns-servers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bgp-community)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sgp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --summarized-gateway-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ipam-allocations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ipam-pool-prefix-allocations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ddos-protection-plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ddos-protection)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --vm-protection)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --flowtimeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --enable-encryption)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --encryption-enforcement-policy)
                    COMPREPLY=($(compgen -W "AllowUnencrypted DropUnencrypted" -- "${cur}"))
                    return 0
                    ;;
                --encryption-policy)
                    COMPREPLY=($(compgen -W "AllowUnencrypted DropUnencrypted" -- "${cur}"))
                    return 0
                    ;;
                --private-endpoint-vnet-policies)
                    COMPREPLY=($(compgen -W "Basic Disabled" -- "${cur}"))
                    return 0
                    ;;
                --pe-vnet-policies)
                    COMPREPLY=($(compgen -W "Basic Disabled" -- "${cur}"))
                    return 0
                    ;;
                --edge-zone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tags)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__delete)
            opts="-g -n -o -h -V --resource-group --name --ids --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help)
            opts="create show list delete subnet help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet)
            opts="create update show list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__help__subcmd__subnet__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__list)
            opts="-g -o -h -V --resource-group --max-items --next-token --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-items)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__show)
            opts="-g -n -o -h -V --resource-group --name --ids --expand --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expand)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version create update show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__create)
            opts="-n -g -o -h -V --name --resource-group --vnet-name --address-prefixes --network-security-group --nsg --default-outbound --default-outbound-access --ple-network-policies --private-endpoint-network-policies --pls-network-policies --private-link-service-network-policies --nat-gateway --route-table --delegations --service-endpoints --endpoints --service-endpoint-policy --ipam-allocations --ipam-pool-prefix-allocations --sharing-scope --disable-private-endpoint-network-policies --disable-private-link-service-network-policies --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vnet-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --address-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-security-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --default-outbound-access)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --default-outbound)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --private-endpoint-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled NetworkSecurityGroupEnabled RouteTableEnabled" -- "${cur}"))
                    return 0
                    ;;
                --ple-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled NetworkSecurityGroupEnabled RouteTableEnabled" -- "${cur}"))
                    return 0
                    ;;
                --private-link-service-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled" -- "${cur}"))
                    return 0
                    ;;
                --pls-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled" -- "${cur}"))
                    return 0
                    ;;
                --nat-gateway)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --route-table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --delegations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-endpoints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-endpoint-policy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ipam-allocations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ipam-pool-prefix-allocations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sharing-scope)
                    COMPREPLY=($(compgen -W "DelegatedServices Tenant" -- "${cur}"))
                    return 0
                    ;;
                --disable-private-endpoint-network-policies)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --disable-private-link-service-network-policies)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__delete)
            opts="-g -n -o -h -V --resource-group --vnet-name --name --ids --no-wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vnet-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help)
            opts="create update show list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__list)
            opts="-g -o -h -V --resource-group --vnet-name --max-items --next-token --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vnet-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-items)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__show)
            opts="-g -n -o -h -V --resource-group --vnet-name --name --ids --expand --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vnet-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expand)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__network__subcmd__vnet__subcmd__subnet__subcmd__update)
            opts="-g -n -o -h -V --resource-group --vnet-name --name --ids --address-prefixes --network-security-group --nsg --default-outbound --default-outbound-access --ple-network-policies --private-endpoint-network-policies --pls-network-policies --private-link-service-network-policies --nat-gateway --route-table --delegations --service-endpoints --endpoints --service-endpoint-policy --ipam-allocations --ipam-pool-prefix-allocations --sharing-scope --disable-private-endpoint-network-policies --disable-private-link-service-network-policies --no-wait --set --add --remove --force-string --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vnet-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --address-prefixes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nsg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-security-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --default-outbound-access)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --default-outbound)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --private-endpoint-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled NetworkSecurityGroupEnabled RouteTableEnabled" -- "${cur}"))
                    return 0
                    ;;
                --ple-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled NetworkSecurityGroupEnabled RouteTableEnabled" -- "${cur}"))
                    return 0
                    ;;
                --private-link-service-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled" -- "${cur}"))
                    return 0
                    ;;
                --pls-network-policies)
                    COMPREPLY=($(compgen -W "Disabled Enabled" -- "${cur}"))
                    return 0
                    ;;
                --nat-gateway)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --route-table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --delegations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-endpoints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoints)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-endpoint-policy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ipam-allocations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ipam-pool-prefix-allocations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sharing-scope)
                    COMPREPLY=($(compgen -W "DelegatedServices Tenant" -- "${cur}"))
                    return 0
                    ;;
                --disable-private-endpoint-network-policies)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --disable-private-link-service-network-policies)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --force-string)
                    COMPREPLY=($(compgen -W "true t yes y 1 false f no n 0" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version register show unregister help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__help)
            opts="register show unregister help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__help__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__help__subcmd__unregister)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__register)
            opts="-n -c -m -o -h -V --namespace --consent-to-permissions --management-group-id --wait --accept-terms --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --management-group-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -m)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__show)
            opts="-n -o -h -V --namespace --expand --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expand)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__provider__subcmd__unregister)
            opts="-n -o -h -V --namespace --wait --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__vmss)
            opts="-o -h -V --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version list list-instance-public-ips help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__vmss__subcmd__help)
            opts="list list-instance-public-ips help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__vmss__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__vmss__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__vmss__subcmd__help__subcmd__list__subcmd__instance__subcmd__public__subcmd__ips)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__vmss__subcmd__list)
            opts="-g -o -h -V --resource-group --max-items --next-token --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-items)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        azr__subcmd__vmss__subcmd__list__subcmd__instance__subcmd__public__subcmd__ips)
            opts="-g -n -o -h -V --resource-group --name --ids --output --query --subscription --debug --verbose --only-show-errors --cloud --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -g)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -n)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "json jsonc yaml yamlc table tsv none" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subscription)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cloud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _azr -o nosort -o bashdefault -o default azr
else
    complete -F _azr -o bashdefault -o default azr
fi
