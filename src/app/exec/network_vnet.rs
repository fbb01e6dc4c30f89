//! `network vnet` and `network vnet subnet`.

use crate::cli::network_vnet::{SubnetCommand as S, VnetCommand as V};
use crate::commands::network::VNETS;
use crate::commands::{Output, vnet};
use crate::error::Result;

use super::super::session::Session;
use super::super::targets::{for_each_child_target, for_each_target};

pub async fn exec(cmd: V, session: &Session<'_>) -> Result<Output> {
    match cmd {
        V::Create(a) => {
            let spec = a.into_spec()?;
            vnet::vnet_create(&session.build()?, spec).await
        }
        V::Show(a) => {
            let (targets, expand) = a.into_spec();
            for_each_target(session, targets, async |ctx, rg, name| {
                VNETS.show(ctx, rg, name, expand.as_deref()).await
            })
            .await
        }
        V::List(a) => {
            let (rg, paging) = a.into_spec()?;
            VNETS
                .list(&session.build()?, rg.as_ref(), Some(&paging))
                .await
        }
        V::Delete(a) => {
            let no_wait = a.no_wait;
            for_each_target(session, a.target.into_spec(), async |ctx, rg, name| {
                VNETS.delete(ctx, rg, name, no_wait).await
            })
            .await
        }
        V::Subnet(s) => match s.command {
            S::Create(a) => {
                let spec = a.into_spec()?;
                vnet::subnet_create(&session.build()?, spec).await
            }
            S::Update(a) => {
                let (targets, props, generic, no_wait) = a.into_spec()?;
                for_each_child_target(session, targets, async |ctx, rg, vnet, name| {
                    vnet::subnet_update(ctx, rg, vnet, name, &props, &generic, no_wait).await
                })
                .await
            }
            S::Show(a) => {
                let expand = a.expand;
                for_each_child_target(
                    session,
                    a.target.into_spec(),
                    async |ctx, rg, vnet, name| {
                        vnet::subnet_show(ctx, rg, vnet, name, expand.as_deref()).await
                    },
                )
                .await
            }
            S::List(a) => {
                let (rg, vnet_name, paging) = a.into_spec()?;
                vnet::subnet_list(&session.build()?, &rg, &vnet_name, &paging).await
            }
            S::Delete(a) => {
                let no_wait = a.no_wait;
                for_each_child_target(
                    session,
                    a.target.into_spec(),
                    async |ctx, rg, vnet, name| {
                        vnet::subnet_delete(ctx, rg, vnet, name, no_wait).await
                    },
                )
                .await
            }
        },
    }
}
