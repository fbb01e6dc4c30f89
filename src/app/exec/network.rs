//! `network public-ip prefix`, `network asg`, `network nsg` (`network vnet` in `network_vnet.rs`).

use crate::cli;
use crate::commands::{self, Output};
use crate::error::Result;

use super::super::session::Session;
use super::super::targets::{for_each_child_target, for_each_target};

pub async fn exec(cmd: cli::network::NetworkCommand, session: &Session<'_>) -> Result<Output> {
    use cli::network::{
        AsgCommand as A, NetworkCommand as N, NsgCommand, NsgRuleCommand, PrefixCommand as P,
        PublicIpCommand,
    };
    use commands::network as net;
    use commands::nsg;
    match cmd {
        N::PublicIp(p) => match p.command {
            PublicIpCommand::Prefix(p) => match p.command {
                P::Create(a) => {
                    let spec = a.into_spec()?;
                    net::prefix_create(&session.build()?, spec).await
                }
                P::Show(a) => {
                    let (targets, expand) = a.into_spec();
                    for_each_target(session, targets, async |ctx, rg, name| {
                        net::PUBLIC_IP_PREFIXES
                            .show(ctx, rg, name, expand.as_deref())
                            .await
                    })
                    .await
                }
                P::List(a) => {
                    let (rg, paging) = a.into_spec()?;
                    net::PUBLIC_IP_PREFIXES
                        .list(&session.build()?, rg.as_ref(), Some(&paging))
                        .await
                }
                P::Delete(a) => {
                    let no_wait = a.no_wait;
                    for_each_target(session, a.target.into_spec(), async |ctx, rg, name| {
                        net::PUBLIC_IP_PREFIXES.delete(ctx, rg, name, no_wait).await
                    })
                    .await
                }
            },
        },
        N::Asg(a) => match a.command {
            A::Create(a) => {
                let spec = a.into_spec()?;
                net::asg_create(&session.build()?, spec).await
            }
            A::Show(a) => {
                for_each_target(session, a.into_spec(), async |ctx, rg, name| {
                    net::ASGS.show(ctx, rg, name, None).await
                })
                .await
            }
            A::List(a) => {
                let rg = a.into_spec()?;
                net::ASGS.list(&session.build()?, rg.as_ref(), None).await
            }
            A::Delete(a) => {
                let no_wait = a.no_wait;
                for_each_target(session, a.target.into_spec(), async |ctx, rg, name| {
                    net::ASGS.delete(ctx, rg, name, no_wait).await
                })
                .await
            }
        },
        N::Vnet(v) => super::network_vnet::exec(v.command, session).await,
        N::Nsg(n) => match n.command {
            NsgCommand::Create(a) => {
                let spec = a.into_spec()?;
                nsg::nsg_create(&session.build()?, spec).await
            }
            NsgCommand::Delete(a) => {
                let no_wait = a.no_wait;
                for_each_target(session, a.target.into_spec(), async |ctx, rg, name| {
                    net::NSGS.delete(ctx, rg, name, no_wait).await
                })
                .await
            }
            NsgCommand::List(a) => {
                let rg = a.into_spec()?;
                net::NSGS.list(&session.build()?, rg.as_ref(), None).await
            }
            NsgCommand::Show(a) => {
                let (targets, expand) = a.into_spec();
                for_each_target(session, targets, async |ctx, rg, name| {
                    net::NSGS.show(ctx, rg, name, expand.as_deref()).await
                })
                .await
            }
            NsgCommand::Rule(r) => match r.command {
                NsgRuleCommand::List(a) => {
                    let (rg, nsg, include_default) = a.into_spec()?;
                    net::nsg_rule_list(&session.build()?, &rg, &nsg, include_default).await
                }
                NsgRuleCommand::Create(a) => {
                    let spec = a.into_spec()?;
                    nsg::rule_create(&session.build()?, spec).await
                }
                NsgRuleCommand::Update(a) => {
                    let (targets, props, generic, no_wait) = a.into_spec()?;
                    for_each_child_target(session, targets, async |ctx, rg, nsg, name| {
                        nsg::rule_update(ctx, rg, nsg, name, &props, &generic, no_wait).await
                    })
                    .await
                }
                NsgRuleCommand::Show(a) => {
                    for_each_child_target(session, a.target.into_spec(), nsg::rule_show).await
                }
                NsgRuleCommand::Delete(a) => {
                    let no_wait = a.no_wait;
                    for_each_child_target(
                        session,
                        a.target.into_spec(),
                        async |ctx, rg, nsg, name| {
                            nsg::rule_delete(ctx, rg, nsg, name, no_wait).await
                        },
                    )
                    .await
                }
            },
        },
    }
}
