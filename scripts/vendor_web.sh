#!/usr/bin/env bash
# Vendor the page's third-party files from the npm registry into src/eventwire/web/vendor/.
#
# Why: the analyst's desk runs offline (no CDN, no tile server), so Leaflet, its marker
# clustering, the TopoJSON decoder and the Natural Earth country borders ship inside the
# package. The versions are pinned here; the copied files are small (~400 kB) and committed,
# so an install needs no npm. Re-run this script only to upgrade a pinned version.
#
# Usage: scripts/vendor_web.sh            (needs node + npm and the npm registry)
set -euo pipefail

LEAFLET=1.9.4
MARKERCLUSTER=1.5.3
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/src/eventwire/web/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --save-exact \
    "leaflet@$LEAFLET" "leaflet.markercluster@$MARKERCLUSTER" \
    "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS" >/dev/null

mkdir -p "$target"
modules="$work/node_modules"
cp "$modules/leaflet/dist/leaflet.js" "$modules/leaflet/dist/leaflet.css" "$target/"
cp "$modules/leaflet/LICENSE" "$target/LICENSE.leaflet"
cp "$modules/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$modules/leaflet.markercluster/dist/MarkerCluster.css" \
   "$modules/leaflet.markercluster/dist/MarkerCluster.Default.css" "$target/"
cp "$modules/leaflet.markercluster/MIT-LICENCE.txt" "$target/LICENSE.markercluster"
cp "$modules/topojson-client/dist/topojson-client.min.js" "$target/"
cp "$modules/topojson-client/LICENSE" "$target/LICENSE.topojson-client"
cp "$modules/world-atlas/countries-110m.json" "$target/"
cp "$modules/world-atlas/LICENSE" "$target/LICENSE.world-atlas" 2>/dev/null || true

cat >"$target/VERSIONS" <<EOF
leaflet $LEAFLET
leaflet.markercluster $MARKERCLUSTER
topojson-client $TOPOJSON_CLIENT
world-atlas $WORLD_ATLAS (Natural Earth 1:110m countries, public domain)
EOF
chmod 644 "$target"/*
echo "vendored into $target:"
ls -l "$target"
