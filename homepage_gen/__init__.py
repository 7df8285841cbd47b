"""homepage: a Python static site generator for academic homepages (Jekyll/AcadHomepage compatible)."""

__version__ = "0.1.0"

# The Jekyll release whose behaviour we reproduce; templates see it as `jekyll.version`
# (themes test it) and jekyll-feed writes it into feeds.
JEKYLL_COMPAT_VERSION = "4.3.1"
