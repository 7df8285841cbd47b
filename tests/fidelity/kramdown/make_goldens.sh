#!/bin/sh
# Regenerate the kramdown goldens with real Jekyll (4.3.1, kramdown 2, kramdown-parser-gfm).
# Every NAME.md here becomes a page of a scratch site; Jekyll's rendered fragment is
# written to NAME.html beside it. highlight/NAME.liquid files are rendered as HTML pages
# (Liquid only, no Markdown) to record what Jekyll's {% highlight %} tag emits.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT

mkdir -p "$site/_layouts" "$site/highlight"
printf '{{ content }}' > "$site/_layouts/default.html"
cat > "$site/_config.yml" <<'YML'
markdown: kramdown
highlighter: rouge
kramdown:
  input: GFM
  hard_wrap: false
  auto_ids: true
  footnote_nr: 1
  entity_output: as_char
  toc_levels: 1..6
  smart_quotes: lsquo,rsquo,ldquo,rdquo
  enable_coderay: false
YML

for f in "$here"/*.md; do
  name=$(basename "$f" .md)
  { printf -- '---\nlayout: default\npermalink: /%s.html\n---\n' "$name"; cat "$f"; } > "$site/$name.md"
done
for f in "$here"/highlight/*.liquid; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .liquid)
  { printf -- '---\nlayout: default\npermalink: /highlight/%s.html\n---\n' "$name"; cat "$f"; } \
    > "$site/highlight/$name.html"
done

(cd "$site" && rm -f Gemfile Gemfile.lock && jekyll build --quiet -s "$site" -d "$site/_out")

for f in "$here"/*.md; do
  name=$(basename "$f" .md)
  cp "$site/_out/$name.html" "$here/$name.html"
done
for f in "$here"/highlight/*.liquid; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .liquid)
  cp "$site/_out/highlight/$name.html" "$here/highlight/$name.html"
done
echo "goldens written to $here"
