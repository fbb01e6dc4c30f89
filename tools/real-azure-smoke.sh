#!/usr/bin/env bash
# Smoke test of azr against real Azure, for people with a subscription. Run by hand, never in
# CI: it creates (and deletes) a resource group and a public IP prefix, which costs a little.
#
#   tools/real-azure-smoke.sh                  # uses whatever credential azr finds (az login, env SP, MI)
#   AZR=target/debug/azr tools/real-azure-smoke.sh
#   SMOKE_LOCATION=westeurope SMOKE_SP=1 AZURE_CLIENT_ID=.. AZURE_CLIENT_SECRET=.. AZURE_TENANT_ID=.. \
#     tools/real-azure-smoke.sh               # also exercises `azr login --service-principal`
#   SMOKE_USER=1 tools/real-azure-smoke.sh   # signs a user in with a device code first (interactive)
#
# It uses its own AZR_CONFIG_DIR (a temp dir), so your ~/.azr is untouched; az's own login in
# ~/.azure is read, never written.
#
# SMOKE_ARM_ENDPOINT=https://127.0.0.1:PORT/ registers that endpoint as a custom cloud first and
# runs against it: tests/it/emulator_server.rs runs the script so against `azr emulator start`,
# which keeps the script itself working for the day it meets real Azure.
set -euo pipefail

AZR=${AZR:-azr}
LOCATION=${SMOKE_LOCATION:-eastus}
RG=${SMOKE_RG:-azr-smoke-$(date +%s)-$RANDOM}
export AZR_CONFIG_DIR
AZR_CONFIG_DIR=$(mktemp -d)
trap 'rm -rf "$AZR_CONFIG_DIR"' EXIT

step() { printf '\n== %s\n' "$*" >&2; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

step "clouds"
"$AZR" cloud list --query "[].name" -o tsv
test "$("$AZR" cloud show --query name -o tsv)" = AzureCloud || fail "AzureCloud is not the default cloud"
if [ -n "${SMOKE_ARM_ENDPOINT:-}" ]; then
  step "cloud register AzrSmoke ($SMOKE_ARM_ENDPOINT)"
  "$AZR" cloud register -n AzrSmoke --endpoint-resource-manager "$SMOKE_ARM_ENDPOINT"
  "$AZR" cloud set -n AzrSmoke
  test "$("$AZR" cloud show --query name -o tsv)" = AzrSmoke || fail "the registered cloud is not active"
fi

if [ "${SMOKE_SP:-0}" = 1 ]; then
  step "login --service-principal"
  : "${AZURE_CLIENT_ID:?}" "${AZURE_CLIENT_SECRET:?}" "${AZURE_TENANT_ID:?}"
  out=$("$AZR" login --service-principal -u "$AZURE_CLIENT_ID" -p "$AZURE_CLIENT_SECRET" --tenant "$AZURE_TENANT_ID" --allow-no-subscriptions 2>&1)
  case "$out" in *"$AZURE_CLIENT_SECRET"*) fail "the secret was printed";; esac
  # From here on the stored login must be enough.
  unset AZURE_CLIENT_SECRET
fi

if [ "${SMOKE_USER:-0}" = 1 ]; then
  # Interactive: open the page it prints and enter the code (SMOKE_USER_BROWSER=1: the browser flow).
  step "login as a user"
  if [ "${SMOKE_USER_BROWSER:-0}" = 1 ]; then "$AZR" login -o none; else "$AZR" login --use-device-code -o none; fi
  test "$("$AZR" account show --query user.type -o tsv)" = user || fail "the account is not a user's"
fi

step "account"
"$AZR" account show --query "{name:name, id:id, user:user.name}" -o json || fail "no account: run 'az login' or set AZURE_CLIENT_ID/AZURE_CLIENT_SECRET/AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID"

step "group create $RG ($LOCATION)"
"$AZR" group create -n "$RG" -l "$LOCATION" --query properties.provisioningState -o tsv
cleanup() {
  step "group delete $RG"
  "$AZR" group delete -n "$RG" --yes --no-wait || true
  rm -rf "$AZR_CONFIG_DIR"
}
trap cleanup EXIT

step "group show (token from the cache: no second token request)"
"$AZR" group show -n "$RG" --query name -o tsv --debug 2>"$AZR_CONFIG_DIR/debug.log"
if grep -Eq 'Bearer [A-Za-z0-9_-]{20,}' "$AZR_CONFIG_DIR/debug.log"; then fail "a bearer token reached --debug output"; fi
test -f "$AZR_CONFIG_DIR/tokens.json" && test "$(stat -c %a "$AZR_CONFIG_DIR/tokens.json")" = 600 || fail "tokens.json missing or not 0600"

if "$AZR" network public-ip prefix create -h >/dev/null 2>&1; then
  step "public-ip prefix create (LRO)"
  "$AZR" network public-ip prefix create -g "$RG" -n smoke-pfx --length 31 -l "$LOCATION" --query prefixLength -o tsv
fi

step "missing group: exit code 3"
set +e; "$AZR" group show -n "$RG-does-not-exist" >/dev/null 2>&1; rc=$?; set -e
test "$rc" = 3 || fail "expected exit 3, got $rc"

step "OK"
