#!/usr/bin/env bash
# Installs Debian's Chromium for the GraphiQL browser test (test/graphiql/), and a CJK font
# (fonts-wqy-zenhei, ~10 MB) so Chinese names render in screenshots (scripts/screenshot-graphiql.ts)
# instead of empty boxes; the printable PDFs embed the same font (src/common/pdf.ts). Idempotent: does nothing when both are already there.
# Debian's package, not Playwright's browser download: this machine reaches only
# the npm registry and Debian's packages. Runs as root (no sudo here).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || missing+=(fonts-wqy-zenhei)

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-chromium: /usr/bin/chromium already present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown')), fonts-wqy-zenhei too"
  exit 0
fi

echo "install-chromium: missing ${missing[*]} -> apt-get update"
apt-get update
echo "install-chromium: apt-get install -y --no-install-recommends ${missing[*]}"
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null)"
