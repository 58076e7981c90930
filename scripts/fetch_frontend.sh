#!/usr/bin/env bash
# Fetch the graph library the web explorer's Network page uses (Cytoscape.js, MIT licence)
# and place its built, minified file UNMODIFIED in src/wasit/api/static/vendor/ with its
# licence beside it. Run from the repository root; needs npm (nothing is fetched at run time).
set -euo pipefail
VERSION="${CYTOSCAPE_VERSION:-3.30.2}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/wasit/api/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
# The exact npm command:
npm pack "cytoscape@${VERSION}"
tar xzf "cytoscape-${VERSION}.tgz"
mkdir -p "$DEST"
cp package/dist/cytoscape.min.js "$DEST/cytoscape.min.js"
cp package/LICENSE "$DEST/cytoscape.LICENSE"
sha256sum "$DEST/cytoscape.min.js"
