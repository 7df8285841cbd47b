#!/bin/sh
# Convert every NAME.md here with Jekyll 4.3.1 (no layout) into NAME.html.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
for md in "$here"/*.md; do
    name=$(basename "$md" .md)
    [ "$name" = README ] && continue
    { printf -- '---\nlayout: null\n---\n'; cat "$md"; } > "$scratch/$name.md"
done
(cd "$scratch" && jekyll build --quiet -d out)
for md in "$here"/*.md; do
    name=$(basename "$md" .md)
    [ "$name" = README ] && continue
    cp "$scratch/out/$name.html" "$here/$name.html"
done
rm -rf "$scratch"
