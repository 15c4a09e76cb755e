#!/usr/bin/env bash
# Installs Debian's Chromium for the GraphiQL browser test (test/graphiql/).
# Idempotent: does nothing when /usr/bin/chromium is already there.
# Debian's package, not Playwright's browser download: this machine reaches only
# the npm registry and Debian's packages. Runs as root (no sudo here).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-chromium: /usr/bin/chromium already present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

echo "install-chromium: /usr/bin/chromium missing -> apt-get update"
apt-get update
echo "install-chromium: apt-get install -y --no-install-recommends chromium"
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null)"
