#!/bin/sh
# Rebuild the Jekyll goldens of the fixture sites: tests/fidelity/sites/NAME/jekyll/.
# Needs Jekyll 4.3.1 with jekyll-feed, jekyll-sitemap, jekyll-paginate, jekyll-redirect-from,
# jekyll-seo-tag and jekyll-gist (Debian's `jekyll` package provides them). Usage:
#   sh tests/fidelity/make_goldens.sh [NAME ...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/sites"
names=${*:-$(ls)}
for name in $names; do
    scratch=$(mktemp -d)
    cp -R "$name/site/." "$scratch/"
    rm -f "$scratch/Gemfile" "$scratch/Gemfile.lock"
    rm -rf "$name/jekyll"
    (cd "$scratch" && JEKYLL_ENV=development jekyll build --quiet -d "$here/sites/$name/jekyll")
    rm -rf "$scratch"
    echo "golden: $name"
done
