"""CSS tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Property names rouge knows (or with a vendor prefix) are ``nl``, others ``py``; value words
are ``nb`` (keywords), ``no`` (colour names) or ``n``, case-sensitively; ``#id`` is a
function name; double-quoted strings are ``s1`` and single-quoted ``s2``. A block after an
at-rule holds declarations when its first word is followed by ``:``, rules otherwise. In
selectors digits are errors; in values ``+`` and ``*`` are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Rule, Token, _Run, rule, wordset

__all__ = ["LEXER", "property_class", "value_class"]

_PROPERTIES = wordset(
    """
    align-content align-items align-self alignment-adjust alignment-baseline all anchor-point animation
    animation-delay animation-direction animation-duration animation-fill-mode animation-iteration-count
    animation-name animation-play-state animation-timing-function appearance azimuth backface-visibility
    background background-attachment background-clip background-color background-image background-origin
    background-position background-repeat background-size baseline-shift binding bleed bookmark-label
    bookmark-level bookmark-state bookmark-target border border-bottom border-bottom-color
    border-bottom-left-radius border-bottom-right-radius border-bottom-style border-bottom-width border-collapse
    border-color border-image border-image-outset border-image-repeat border-image-slice border-image-source
    border-image-width border-left border-left-color border-left-style border-left-width border-radius
    border-right border-right-color border-right-style border-right-width border-spacing border-style border-top
    border-top-color border-top-left-radius border-top-right-radius border-top-style border-top-width border-width
    bottom box-align box-decoration-break box-direction box-flex box-flex-group box-lines box-ordinal-group
    box-orient box-pack box-shadow box-sizing break-after break-before break-inside caption-side clear clip
    clip-path clip-rule color color-profile column-count column-fill column-gap column-rule column-rule-color
    column-rule-style column-rule-width column-span column-width columns content counter-increment counter-reset
    crop cue cue-after cue-before cursor direction display dominant-baseline drop-initial-after-adjust
    drop-initial-after-align drop-initial-before-adjust drop-initial-before-align drop-initial-size
    drop-initial-value elevation empty-cells filter fit fit-position flex flex-basis flex-direction flex-flow
    flex-grow flex-shrink flex-wrap float float-offset font font-family font-feature-settings font-kerning
    font-language-override font-size font-size-adjust font-stretch font-style font-synthesis font-variant
    font-variant-alternates font-variant-caps font-variant-east-asian font-variant-ligatures font-variant-numeric
    font-variant-position font-weight grid-column grid-column-align grid-column-span grid-columns grid-flow
    grid-row grid-row-align grid-row-span grid-rows grid-template hanging-punctuation height hyphenate-after
    hyphenate-before hyphenate-character hyphenate-lines hyphenate-resource hyphens icon image-orientation
    image-rendering image-resolution inline-box-align justify-content left letter-spacing line-break line-height
    line-stacking line-stacking-ruby line-stacking-shift line-stacking-strategy list-style list-style-image
    list-style-position list-style-type margin margin-bottom margin-left margin-right margin-top mark mark-after
    mark-before marker-offset marks marquee-direction marquee-loop marquee-play-count marquee-speed marquee-style
    mask max-height max-width min-height min-width move-to nav-down nav-index nav-left nav-right nav-up object-fit
    object-position opacity order orphans outline outline-color outline-offset outline-style outline-width
    overflow overflow-style overflow-wrap overflow-x overflow-y padding padding-bottom padding-left padding-right
    padding-top page page-break-after page-break-before page-break-inside page-policy pause pause-after
    pause-before perspective perspective-origin phonemes pitch pitch-range play-during pointer-events position
    presentation-level punctuation-trim quotes rendering-intent resize rest rest-after rest-before richness right
    rotation rotation-point ruby-align ruby-overhang ruby-position ruby-span size speak speak-as speak-header
    speak-numeral speak-punctuation speech-rate src stress string-set tab-size table-layout target target-name
    target-new target-position text-align text-align-last text-decoration text-decoration-color
    text-decoration-line text-decoration-skip text-decoration-style text-emphasis text-emphasis-color
    text-emphasis-position text-emphasis-style text-height text-indent text-justify text-orientation text-outline
    text-overflow text-rendering text-shadow text-space-collapse text-transform text-underline-position text-wrap
    top transform transform-origin transform-style transition transition-delay transition-duration
    transition-property transition-timing-function unicode-bidi vertical-align visibility voice-balance
    voice-duration voice-family voice-pitch voice-pitch-range voice-range voice-rate voice-stress voice-volume
    volume white-space widows width word-break word-spacing word-wrap writing-mode z-index
    """
)
_BUILTINS = wordset(
    """
    above absolute always armenian aural auto avoid baseline behind below bidi-override blink block bold bolder
    both bottom capitalize center center-left center-right circle cjk-ideographic close-quote collapse condensed
    continuous crop cross crosshair cursive dashed decimal decimal-leading-zero default digits disc dotted double
    e-resize embed expanded extra-condensed extra-expanded fantasy far-left far-right fast faster fixed georgian
    groove hebrew help hidden hide high higher hiragana hiragana-iroha icon inherit inline inline-table inset
    inside invert italic justify katakana katakana-iroha landscape large larger left left-side leftwards level
    lighter line-through list-item loud low lower lower-alpha lower-greek lower-roman lowercase ltr medium
    message-box middle mix monospace n-resize narrower ne-resize no-close-quote no-open-quote no-repeat none
    normal nowrap nw-resize oblique once open-quote outset outside overline pointer portrait px relative repeat
    repeat-x repeat-y rgb ridge right right-side rightwards s-resize sans-serif scroll se-resize semi-condensed
    semi-expanded separate serif show silent slow slower small-caps small-caption smaller soft solid spell-out
    square static status-bar super sw-resize table-caption table-cell table-column table-column-group
    table-footer-group table-header-group table-row table-row-group text text-bottom text-top thick thin top
    transparent ultra-condensed ultra-expanded underline upper-alpha upper-latin upper-roman uppercase url visible
    w-resize wait wider x-fast x-high x-large x-loud x-low x-small x-soft xx-large xx-small yes
    """
)
_COLORS = wordset(
    """
    aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood
    cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod
    darkgray darkgreen darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
    darkslateblue darkslategray darkturquoise darkviolet deeppink deepskyblue dimgray dodgerblue firebrick
    floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow honeydew hotpink
    indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
    lightgoldenrodyellow lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
    lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid
    mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue
    mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod
    palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple red rosybrown
    royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray snow
    springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen
    """
)
_VENDOR = re.compile(r"-(?:ah|atsc|hp|khtml|moz|ms|o|rim|ro|tc|wap|webkit|xv)-|mso-|prince-")

IDENT = r"[-_a-zA-Z\u0080-\uffff][-\w\u0080-\uffff]*"
NUMBER = (
    r"-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    r"(?:%|(?:em|ex|ch|rem|vw|vh|vmin|vmax|px|mm|cm|in|pt|pc|deg|grad|rad|turn|s|ms|Hz|kHz|dpi|dpcm|dppx)\b)?"
)


def property_class(name: str) -> str:
    return "nl" if name in _PROPERTIES or _VENDOR.match(name) else "py"


def value_class(word: str) -> str:
    return "no" if word in _COLORS else "nb" if word in _BUILTINS else "n"


def _property(m: re.Match[str], run: _Run) -> Iterator[Token]:
    yield property_class(m.group(1)), m.group(1)
    if m.group(2):
        yield "", m.group(2)
    yield "p", ":"


def _value_word(m: re.Match[str], run: _Run) -> Iterator[Token]:
    yield value_class(m.group()), m.group()


BASICS = [
    rule(r"[ \t\n\r\f\v]+", ""),
    rule(r"/\*.*?\*/", "c", flags=re.DOTALL),
]
STRINGS = [
    rule(r'"(?:\\\\|\\"|[^"])*"', "s1"),  # rouge swaps the two quote classes
    rule(r"'(?:\\\\|\\'|[^'])*'", "s2"),
]
_VALUE = [
    *BASICS,
    rule(r"url\(.*?\)", "sx"),
    rule(r"#[0-9a-fA-F]{1,6}", "m"),
    rule(NUMBER, "m"),
    rule(r"[\[\]():/.,]", "p"),
    *STRINGS,
    rule(IDENT, _value_word),
]


def _selectors() -> list[Rule]:
    return [
        *BASICS,
        rule(r"\{", "p", "stanza"),
        rule(rf":{{1,2}}{IDENT}", "nd"),
        rule(rf"\.{IDENT}", "nc"),
        rule(rf"#{IDENT}", "nf"),
        rule(rf"@{IDENT}", "k", "at_rule"),
        rule(IDENT, "nt"),
        rule(r"[~^*!%&\[\]()<>|+=@:;,./?-]", "o"),
        *STRINGS,
    ]


def _declarations() -> list[Rule]:
    return [
        *BASICS,
        rule(r"\}", "p", "#pop"),
        rule(rf"({IDENT})([ \t\n\r\f\v]*):", _property, "stanza_value"),
    ]


_AT_END = rule(r"\}", "p", "#pop:2")  # closes the at-rule's block and the at-rule

LEXER = Lexer(
    {
        "root": _selectors(),
        "stanza": _declarations(),
        "stanza_value": [
            rule(r";", "p", "#pop"),
            rule(r"(?=\})", "", "#pop"),
            rule(r"![ \t\n\r\f\v]*important\b", "cp"),
            rule(r"^@.*?$", "cp", flags=re.M),
            *_VALUE,
        ],
        "at_rule": [
            rule(rf"\{{(?=[ \t\n\r\f\v]*{IDENT}[ \t\n\r\f\v]*:)", "p", "at_stanza"),
            rule(r"\{", "p", "at_body"),
            rule(r";", "p", "#pop"),
            *_VALUE,
        ],
        "at_body": [_AT_END, *_selectors()],
        "at_stanza": [_AT_END, *_declarations()],
    }
)
