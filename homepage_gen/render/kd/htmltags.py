"""What kramdown (observed as a black box) knows about HTML tags and how it reads them."""

from __future__ import annotations

import re

from .lazy import lazy_re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tags that stay inside a paragraph when a line starts with them; every other tag
# (including unknown ones) opens an HTML block at the start of a line.
SPAN_TAGS = _words(
    """a abbr acronym b bdo big br button cite code del dfn em i img input ins kbd label mark
    option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var"""
)
# Span tags whose content is never parsed as Markdown.
SPAN_RAW_TAGS = _words("code kbd mark option samp u var")
# Block tags whose content `markdown="1"` parses as blocks, and those it parses as spans;
# for any other tag the content stays raw.
BLOCK_CONTENT_TAGS = _words(
    """address article aside blockquote body dd details div dl fieldset figcaption figure footer
    form header iframe li main nav noscript object section summary td"""
)
SPAN_CONTENT_TAGS = _words("caption dt h1 h2 h3 h4 h5 h6 legend p th")
# Element names kramdown knows: written in lower case whatever the source's case, with
# their attribute names lower-cased too, and their end tags matched in any case. Any other
# name (`CENTER`, `Font`, `svg`, `video`) keeps its case and its attributes' case
# (`viewBox`), and only an end tag of exactly that spelling closes it.
KNOWN_TAGS = _words(
    """a abbr acronym address applet area article aside b base bdo big blockquote body br button
    caption cite code col colgroup command dd del details dfn div dl dt em embed fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd keygen
    label legend li link main map mark math menu meta nav noscript object ol optgroup option p param
    pre q rb rbc rp rt rtc ruby samp script section select small source span strong style sub summary
    sup table tbody td textarea tfoot th thead tr track tt u ul var wbr"""
)
# Elements without content (written as `<x />`; at span level any other self-closed
# element is written with an end tag, `<span></span>`).
VOID_TAGS = _words("area base br col command embed hr img input keygen link meta param source track wbr")
# Elements whose text is copied verbatim, not even entity-checked.
VERBATIM_TAGS = _words("script style")

# Known block-level elements: escaped inside paragraphs, and the start tags that end a
# paragraph or a lazy continuation line.
BLOCK_TAGS = _words(
    """address applet area article aside blockquote body caption col colgroup command dd div dl
    dt embed fieldset figcaption footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe
    legend li link main map menu meta nav ol optgroup p param pre section source summary table
    tbody td tfoot th thead tr track ul wbr"""
)
# Start tags kept as (escaped) text inside a paragraph: the block elements, except the void
# ones, which are written as elements there (`a <meta> b`), but for `hr` and `col`.
SPAN_ESCAPED_TAGS = BLOCK_TAGS - (VOID_TAGS - {"hr", "col"})

# Tags that continue a paragraph when a line starts with them: span tags in any letter case
# and `script` in lower case; any other tag there (known block elements, `center`, `video`,
# unknown names) ends the paragraph. A lazy continuation line of a list item or quote
# continues only with one of these written in lower case (start or end tag).
CONTINUE_TAGS = SPAN_TAGS | {"script"}


def ends_paragraph(name: str) -> bool:
    return name != "script" and name.lower() not in SPAN_TAGS


def ends_lazy_line(name: str) -> bool:
    return name not in CONTINUE_TAGS

# Element and attribute names are XML-style qualified names: a letter or `_`, then letters,
# digits, `_`, `.` and `-`, with at most one `prefix:` of the same form (`<settings.xml>`,
# `<svg:rect>` and `<a xlink:href=…>` are tags; `<doi:10>`, `<a:b:c>`, `<http:>` and
# `<a @click=x>` are text). An unquoted attribute value is word characters only
# (`<a b=c-d>` and `<a b@c>` are text; `<a b=c/>` is a self-closed tag).
NAME = r"(?:[^\W\d][\w.-]*:)?[^\W\d][\w.-]*"
_ATTR = rf"""\s+{NAME}(?:\s*=\s*(?:"[^"]*"|'[^']*'|\w+))?"""
START_TAG = lazy_re(rf"<({NAME})((?:{_ATTR})*)\s*(/?)>")
END_TAG = lazy_re(rf"</({NAME})\s*>")
COMMENT = lazy_re(r"<!--(.*?)-->", re.DOTALL)
ATTRIBUTE = lazy_re(rf"""({NAME})(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\w+)))?""")


def tag_name(written: str) -> str:
    """An element's name as kramdown keeps it: lower case if it knows the element, else as written."""
    lower = written.lower()
    return lower if lower in KNOWN_TAGS else written


def end_tag_closes(written: str, name: str) -> bool:
    """Whether end tag `</written>` closes element `name` (as `tag_name` gave it)."""
    return tag_name(written) == name


def parse_tag_attributes(text: str, lower: bool = True) -> dict[str, str]:
    """The attributes of a start tag, valueless ones as ''; names lower-cased if `lower`
    (a known element's, see `KNOWN_TAGS`)."""
    attrs: dict[str, str] = {}
    for m in ATTRIBUTE.finditer(text):
        name, dq, sq, bare = m.groups()
        value = dq if dq is not None else sq if sq is not None else bare if bare is not None else ""
        attrs[name.lower() if lower else name] = value
    return attrs
