#!/bin/sh
# Refreshes the vendored editor (Sveltia CMS) from the npm registry: the exact version below, checked against the
# registry's integrity hash, then its ES-module build (npm/index.js, the chunk it imports and its three fonts) and the
# licences are copied to assets/admin/sveltia-cms/. That build, unlike dist/sveltia-cms.js, loads its fonts from
# beside itself rather than from a CDN, and does not ask unpkg.com for a newer version: the site stays free of
# third-party requests. The lazily loaded parts it may fetch from a CDN (code highlighting, maps, HEIC pictures) are
# not used by this site's fields.
# To upgrade: change VERSION and INTEGRITY (npm view @sveltia/cms@VERSION dist.integrity), run this script (from any
# folder), run the tests, and commit assets/admin/sveltia-cms/ with this script.
# It lives outside assets/ so that it is not published with the editor.
set -eu
VERSION=0.221.1
INTEGRITY=sha512-J+Qoik9kGMk2L7vNpOQrnDmFRi+NB6vwJ0f657YtsxWH0P8WYSYRRSRC2pQ/jGGbVlM//Pg/WIgmkpswqoo3gQ==
here=$(cd "$(dirname "$0")/../assets/admin" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@sveltia/cms@$VERSION" >/dev/null)
tarball="$work/sveltia-cms-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 | tr -d '\n')"
if [ "$actual" != "$INTEGRITY" ]; then
    echo "integrity mismatch: expected $INTEGRITY, got $actual" >&2
    exit 1
fi
tar -xzf "$tarball" -C "$work" package/npm package/LICENSE.txt
rm -rf "$here/sveltia-cms"
mkdir -p "$here/sveltia-cms/chunks" "$here/sveltia-cms/assets"
cp "$work/package/LICENSE.txt" "$here/sveltia-cms/LICENSE.txt"
cp "$work/package/npm/index.js" "$here/sveltia-cms/index.js"
# the chunk index.js imports at start; the others (React DOM, code highlighting, HEIC) are loaded only on demand
for chunk in $(grep -o 'from"./chunks/[^"]*"' "$work/package/npm/index.js" | sed 's/from"\.\/chunks\///; s/"$//'); do
    cp "$work/package/npm/chunks/$chunk" "$here/sveltia-cms/chunks/$chunk"
done
cp "$work/package/npm/assets/"*.woff2 "$work/package/npm/assets/"*.LICENSE.txt "$here/sveltia-cms/assets/"
hash=$(node "$(dirname "$0")/sveltia-cms-fonts.mjs" "$here/sveltia-cms")
sed -i "s/<link id=\"svelte-[a-z0-9]*\" rel=\"stylesheet\" href=\"sveltia-cms\/fonts.css\">/<link id=\"$hash\" rel=\"stylesheet\" href=\"sveltia-cms\/fonts.css\">/" "$here/index.html"
echo "assets/admin/sveltia-cms/ is Sveltia CMS $VERSION (font style $hash)"
