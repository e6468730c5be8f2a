#!/usr/bin/env bash
# Refreshes the disposable-domain lists from the npm package disposable-email-domains.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack disposable-email-domains >/dev/null && tar xzf disposable-email-domains-*.tgz)
version=$(python3 -c "import json,sys; print(json.load(open('$tmp/package/package.json'))['version'])")
python3 - "$tmp/package" "$version" <<'PY'
import json, sys
pkg, version = sys.argv[1], sys.argv[2]
d = json.load(open(f"{pkg}/index.json")); w = json.load(open(f"{pkg}/wildcard.json"))
clean = lambda xs: sorted({x.strip().lower() for x in xs if x.strip()})
open("disposable_domains.txt", "w").write(
    f"# Disposable email domains: the npm package disposable-email-domains {version}\n"
    "# (MIT, https://github.com/ivolo/disposable-email-domains). One per line;\n"
    "# To refresh, see data/README.md.\n" + "\n".join(clean(d)) + "\n")
open("disposable_wildcard_domains.txt", "w").write(
    "# Domains whose every subdomain is disposable (same package, wildcard.json).\n"
    + "\n".join(clean(w)) + "\n")
PY
echo "disposable-email-domains $version"
