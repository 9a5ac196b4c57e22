#!/usr/bin/env bash
# Fills the empty secrets in deploy/jitsi/.env with fresh random values. Secrets that already have
# a value are kept, so running it twice changes nothing. Needs openssl.
set -euo pipefail

env_file="$(dirname "$0")/.env"
secrets=(JICOFO_AUTH_PASSWORD JVB_AUTH_PASSWORD TURN_CREDENTIALS JIGASI_XMPP_PASSWORD)

if [ ! -f "$env_file" ]; then
  echo "No $env_file yet: copy .env.example to .env first." >&2
  exit 1
fi
chmod 600 "$env_file"

for name in "${secrets[@]}"; do
  if grep -q "^${name}=$" "$env_file"; then
    value="$(openssl rand -hex 32)"
    sed -i "s/^${name}=$/${name}=${value}/" "$env_file"
    echo "generated $name"
  elif grep -q "^${name}=" "$env_file"; then
    echo "kept      $name (already set)"
  else
    echo "${name}=$(openssl rand -hex 32)" >>"$env_file"
    echo "added     $name"
  fi
done

echo "Copy TURN_CREDENTIALS into coturn's static-auth-secret (see README.md)."
