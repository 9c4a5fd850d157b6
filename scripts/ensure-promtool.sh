#!/usr/bin/env bash
# The deployment tests check the PrometheusRule with promtool, which Debian's
# `prometheus` package ships. Installs it when missing and we may (root + apt).
set -euo pipefail
command -v promtool >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing promtool (Debian package prometheus)…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null) \
    || echo "warning: could not install promtool; the rule check will fail under CI" >&2
else
  echo "warning: promtool not found and cannot install it (need root + apt-get)" >&2
fi
