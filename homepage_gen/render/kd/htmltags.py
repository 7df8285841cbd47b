"""What kramdown (observed as a black box) knows about HTML tags and how it reads them."""

from __future__ import annotations

import re


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
# Elements without content (written as `<x />`).
VOID_TAGS = _words("area br col command embed hr img input link meta param source track wbr")
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

# Tags that continue a paragraph when a line starts with them: span tags in any letter case
# and `script` in lower case; any other tag there (known block elements, `center`, `video`,
# unknown names) ends the paragraph. A lazy continuation line of a list item or quote
# continues only with one of these written in lower case (start or end tag).
CONTINUE_TAGS = SPAN_TAGS | {"script"}


def ends_paragraph(name: str) -> bool:
    return name != "script" and name.lower() not in SPAN_TAGS


def ends_lazy_line(name: str) -> bool:
    return name not in CONTINUE_TAGS

NAME = r"[A-Za-z][\w:-]*"
_ATTR = r"""\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"'`=]+))?"""
START_TAG = re.compile(rf"<({NAME})((?:{_ATTR})*)\s*(/?)>")
END_TAG = re.compile(rf"</({NAME})\s*>")
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=]+)))?""")


def parse_tag_attributes(text: str) -> dict[str, str]:
    """The attributes of a start tag, names lower-cased, valueless ones as ''."""
    attrs: dict[str, str] = {}
    for m in ATTRIBUTE.finditer(text):
        name, dq, sq, bare = m.groups()
        value = dq if dq is not None else sq if sq is not None else bare if bare is not None else ""
        attrs[name.lower()] = value
    return attrs
