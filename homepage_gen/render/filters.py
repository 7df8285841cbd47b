"""Jekyll's Liquid filters, shared by the Liquid and the Jinja2 engine.

Behaviour follows Jekyll 4.3.1 (and the Liquid standard filters it overrides)
as closely as Python allows; values print the way Ruby prints them.

python-liquid is imported lazily: sites rendered only with Jinja2 never load it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import math
import random
import re
import sys
import unicodedata
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class FilterError(ValueError):
    """A filter was given a value it cannot work with (Jekyll raises here too)."""


# --------------------------------------------------------------------------- Ruby values


_DEFINED_TYPES = frozenset({str, int, float, bool, type(None), list, dict, tuple})


def is_undefined(value: object) -> bool:
    """True for python-liquid's and Jinja2's undefined objects (both mean Ruby nil)."""
    if type(value) in _DEFINED_TYPES:  # exactly these types: no Undefined subclass among them
        return False
    for module_name in ("liquid.undefined", "jinja2.runtime"):
        module = sys.modules.get(module_name)
        if module is not None and isinstance(value, module.Undefined):
            return True
    return False


def nil(value: Any) -> Any:
    """`value`, with an undefined object replaced by None."""
    return None if is_undefined(value) else value


def _liquid_value(value: Any) -> Any:
    """Unwrap python-liquid drops that stand for a plain value."""
    if hasattr(value, "__liquid__"):
        return value.__liquid__()
    return value


def ruby_float(value: float) -> str:
    """Float#to_s: `1.0`, `1.0e+16`, `1.0e-05`."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        sign = "-" if exponent.startswith("-") else "+"
        return f"{mantissa}e{sign}{exponent.lstrip('+-').zfill(2)}"
    return text


def _utc_offset(value: dt.datetime, colon: bool = False) -> str:
    offset = value.utcoffset() or dt.timedelta(0)
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"{sign}{hours:02d}:{minutes:02d}" if colon else f"{sign}{hours:02d}{minutes:02d}"


def _is_utc_mode(value: dt.datetime) -> bool:
    # Ruby distinguishes a Time in UTC mode ("UTC") from local time at +0000.
    return value.tzinfo is dt.timezone.utc


def ruby_time_str(value: dt.datetime) -> str:
    """Time#to_s: `2024-05-01 10:00:00 +0800`."""
    if value.tzinfo is None:
        value = value.astimezone()
    zone = "UTC" if _is_utc_mode(value) else _utc_offset(value)
    return value.strftime("%Y-%m-%d %H:%M:%S ") + zone


def ruby_to_s(value: Any) -> str:
    """What Ruby's `to_s` gives for a YAML/Liquid value."""
    value = _liquid_value(nil(value))
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return ruby_float(value)
    if isinstance(value, Decimal):
        return ruby_float(float(value))
    if isinstance(value, dt.datetime):
        return ruby_time_str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, Mapping)):
        return ruby_inspect(value)
    return str(value)


def ruby_join(values: Sequence[Any], separator: str = "") -> str:
    """Array#join: nested arrays are flattened, nil becomes ""."""
    parts: list[str] = []
    for item in values:
        item = nil(item)
        if isinstance(item, (list, tuple)):
            parts.append(ruby_join(item, separator))
        else:
            parts.append(ruby_to_s(item))
    return separator.join(parts)


_STRING_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\f": "\\f",
    "\v": "\\v",
    "\b": "\\b",
    "\a": "\\a",
    "\x1b": "\\e",
}


def _inspect_string(text: str) -> str:
    out = ['"']
    for index, char in enumerate(text):
        if char in _STRING_ESCAPES:
            out.append(_STRING_ESCAPES[char])
        elif char == "#" and text[index + 1 : index + 2] in ("{", "$", "@"):
            out.append("\\#")  # Ruby escapes what would start an interpolation
        elif not char.isprintable() and char != " ":
            code = ord(char)
            out.append(f"\\x{code:02X}" if code < 0x80 else f"\\u{code:04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _inspect_date(value: dt.date) -> str:
    jd = value.toordinal() + 1721425  # proleptic Gregorian ordinal -> Julian day number
    return f"#<Date: {value.isoformat()} (({jd}j,0s,0n),+0s,2299161j)>"


def ruby_inspect(value: Any) -> str:
    """Ruby 3.1's `inspect` for YAML/Liquid values (`{"a"=>1}`, `nil`, `"s"`)."""
    value = _liquid_value(nil(value))
    if value is None:
        return "nil"
    if isinstance(value, str):
        return _inspect_string(value)
    if isinstance(value, Mapping):
        pairs = ", ".join(f"{ruby_inspect(k)}=>{ruby_inspect(v)}" for k, v in value.items())
        return "{" + pairs + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(ruby_inspect(item) for item in value) + "]"
    if isinstance(value, dt.datetime):
        return ruby_time_str(value)
    if isinstance(value, dt.date):
        return _inspect_date(value)
    return ruby_to_s(value)


def _json_value(value: Any) -> str:
    """Ruby's `to_json`: compact, UTF-8 kept, Ruby float notation."""
    value = _liquid_value(nil(value))
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise FilterError(f"jsonify: {ruby_float(value)} not allowed in JSON")
        return ruby_float(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        items = (f"{json.dumps(ruby_to_s(k), ensure_ascii=False)}:{_json_value(v)}" for k, v in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_json_value(item) for item in value) + "]"
    return json.dumps(ruby_to_s(value), ensure_ascii=False)


def _spaceship(left: Any, right: Any) -> int | None:
    """Ruby's `<=>`: None when the two values are not comparable."""
    numbers = (int, float)
    if isinstance(left, bool) or isinstance(right, bool):
        return 0 if left is right else None
    if isinstance(left, numbers) and isinstance(right, numbers):
        return (left > right) - (left < right)
    if isinstance(left, str) and isinstance(right, str):
        return (left > right) - (left < right)
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        for a, b in zip(left, right, strict=False):
            result = _spaceship(a, b)
            if result != 0:
                return result
        return (len(left) > len(right)) - (len(left) < len(right))
    if left is None and right is None:
        return 0
    if type(left) is type(right):
        try:
            return (left > right) - (left < right)
        except TypeError:
            return None
    return None


def _ruby_compare_strict(left: Any, right: Any) -> int:
    result = _spaceship(left, right)
    if result is None:
        raise FilterError(f"comparison of {_ruby_class(left)} with {ruby_inspect(right)} failed")
    return result


def _ruby_class(value: Any) -> str:
    names = {str: "String", int: "Integer", float: "Float", bool: "TrueClass", list: "Array", dict: "Hash"}
    if value is None:
        return "NilClass"
    if value is False:
        return "FalseClass"
    return names.get(type(value), type(value).__name__)


_INTEGER_LIKE = re.compile(r"\A\s*-?\d+\s*\Z")
_FLOAT_LIKE = re.compile(r"\A\s*-?(?:\d+\.?\d*|\.\d+)\s*\Z")


def _numeric_if_numeric(value: Any) -> Any:
    """Jekyll compares/sorts number-like properties as numbers."""
    text = ruby_to_s(value)
    if _INTEGER_LIKE.match(text):
        return int(text.strip())
    if _FLOAT_LIKE.match(text):
        return float(text.strip())
    return value


def ruby_to_i(value: Any) -> int:
    """Ruby's `to_i` for strings, numbers and nil."""
    value = nil(value)
    if value is None:
        return 0
    if isinstance(value, bool):
        raise FilterError(f"undefined method `to_i' for {str(value).lower()}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise FilterError(f"{ruby_float(value)} can't be converted to an integer")
        return int(value)
    if isinstance(value, str):
        match = re.match(r"[ \t\n\v\f\r]*([+-]?\d+(?:_\d+)*)", value)
        return int(match.group(1).replace("_", "")) if match else 0
    raise FilterError(f"undefined method `to_i' for {ruby_inspect(value)}")


def _liquid_integer(value: Any) -> int:
    """Liquid::Utils.to_integer: integers and integer strings only."""
    value = nil(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise FilterError("invalid integer") from None


# --------------------------------------------------------------------------- slugify

_SLUG_MODES = ("raw", "default", "pretty", "ascii", "latin")
_PRETTY_KEEP = set("._~!$&'()+,;=@")
_LATIN_SPECIAL = {
    "Æ": "AE",
    "Ð": "D",
    "×": "x",
    "Ø": "O",
    "Þ": "Th",
    "ß": "ss",
    "æ": "ae",
    "ð": "d",
    "ø": "o",
    "þ": "th",
    "Đ": "D",
    "đ": "d",
    "Ħ": "H",
    "ħ": "h",
    "ı": "i",
    "ĸ": "k",
    "Ŀ": "L",
    "ŀ": "l",
    "Ł": "L",
    "ł": "l",
    "ŉ": "'n",
    "Ŋ": "NG",
    "ŋ": "ng",
    "Œ": "OE",
    "œ": "oe",
    "Ŧ": "T",
    "ŧ": "t",
}


def _transliterate_char(char: str) -> str:
    """I18n's default transliteration: Latin-1 and Latin Extended-A letters, else "?"."""
    if char in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[char]
    if "\u00c0" <= char <= "\u017e":
        stripped = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if stripped and stripped.isascii():
            return stripped
    return "?"


def _transliterate(text: str) -> str:
    return "".join(c if c.isascii() else _transliterate_char(c) for c in text)


def _slug_keeps(char: str, mode: str) -> bool:
    if mode == "raw":
        return char not in " \t\r\n\f\v"
    if mode == "ascii":
        return char.isascii() and char.isalnum()
    category = unicodedata.category(char)
    if category[0] in "LM" or category == "Nd":
        return True
    return mode == "pretty" and char in _PRETTY_KEEP


def slugify(value: Any, mode: Any = None, cased: bool = False) -> str | None:
    """Jekyll's Utils.slugify."""
    value = nil(value)
    if value is None:
        return None
    text = ruby_to_s(value)
    mode = nil(mode) or "default"
    if mode not in _SLUG_MODES:
        return text if cased else text.lower()
    if mode == "latin":
        text = _transliterate(text)
    out: list[str] = []
    for char in text:
        if _slug_keeps(char, mode):
            out.append(char)
        elif not out or out[-1] != "\0":
            out.append("\0")  # one hyphen per run of dropped characters
    slug = "".join(out).replace("\0", "-")
    slug = slug.removeprefix("-").removesuffix("-")
    return slug if cased else slug.lower()


# --------------------------------------------------------------------------- URLs

_UNRESERVED = "A-Za-z0-9\\-._~"
_SUB_DELIMS = "!$&'()*+,;="
_PCHAR_RE = re.compile("[^" + _UNRESERVED + re.escape(_SUB_DELIMS) + ":@]")
_COMPONENT_RE = re.compile("[^" + _UNRESERVED + re.escape(":/?#[]@" + _SUB_DELIMS) + "]")
_QUERY_RE = re.compile(r"[^A-Za-z0-9\-._~!$'()*+,=:@/?%]|%(?!2B|2b)")
_FRAGMENT_RE = re.compile("[^" + _UNRESERVED + re.escape(_SUB_DELIMS) + ":@/?]")
_URI_RE = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.S)
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+\-.]*$")
_DEFAULT_PORTS = {"http": "80", "https": "443", "ftp": "21", "ssh": "22", "ws": "80", "wss": "443"}


def _percent_decode(text: str, keep: str = "") -> bytes:
    raw = text.encode("utf-8", "surrogateescape")
    keep_codes = {f"{ord(c):02X}" for c in keep}

    def decode(match: re.Match[bytes]) -> bytes:
        code = match.group(1).decode().upper()
        return match.group(0) if code in keep_codes else bytes([int(code, 16)])

    return re.sub(rb"%([0-9A-Fa-f]{2})", decode, raw)


def _encode_component(text: str, unsafe: re.Pattern[str]) -> str:
    def encode(match: re.Match[str]) -> str:
        return "".join(f"%{b:02X}" for b in match.group(0).encode("utf-8", "surrogateescape"))

    return unsafe.sub(encode, text)


def normalize_component(text: str, unsafe: re.Pattern[str] = _COMPONENT_RE, keep: str = "") -> str:
    """Addressable::URI.normalize_component: decode, NFKC, re-encode what is unsafe."""
    decoded = _percent_decode(text, keep).decode("utf-8", "surrogateescape")
    with contextlib.suppress(UnicodeError):
        decoded = unicodedata.normalize("NFKC", decoded)
    if keep:
        # A kept escape's "%" must survive re-encoding.
        return re.sub(
            r"%(?![0-9A-Fa-f]{2})|[^%]+",
            lambda m: _encode_component(m.group(0), unsafe) if m.group(0) != "%" else "%25",
            decoded,
        )
    return _encode_component(decoded, unsafe)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4."""
    output: list[str] = []
    while path:
        if path.startswith("../"):
            path = path[3:]
        elif path.startswith("./") or path.startswith("/./"):
            path = path[2:]
        elif path == "/.":
            path = "/"
        elif path.startswith("/../"):
            path = path[3:]
            if output:
                output.pop()
        elif path == "/..":
            path = "/"
            if output:
                output.pop()
        elif path in (".", ".."):
            path = ""
        else:
            start = 1 if path.startswith("/") else 0
            end = path.find("/", start)
            end = len(path) if end < 0 else end
            output.append(path[:end])
            path = path[end:]
    return "".join(output)


def _normalize_authority(authority: str, scheme: str | None) -> str:
    userinfo, _, hostport = authority.rpartition("@")
    host, port = hostport, ""
    match = re.match(r"^(.*?)(?::(\d*))?$", hostport)
    if match and not hostport.endswith("]"):
        host, port = match.group(1), match.group(2) or ""
    host = urllib.parse.unquote(host.strip().lower())
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    if re.search(r"[^.]\.$", host):
        host = host[:-1]
    if port and _DEFAULT_PORTS.get(scheme or "") == port:
        port = ""
    result = f"{userinfo}@" if authority.count("@") else ""
    return result + host + (f":{port}" if port else "")


def normalize_uri(uri: str) -> str:
    """Addressable::URI.parse(uri).normalize.to_s for the URIs Jekyll builds."""
    scheme, authority, path, query, fragment = _URI_RE.match(uri).groups()  # type: ignore[union-attr]
    scheme = scheme.lower() if scheme else None
    path = path.strip()
    if scheme is None and re.match(r"^(?!/)[^/:]*:", path):
        path = path.replace(":", "%2F", 1)
    path = "/".join(normalize_component(seg, _PCHAR_RE) for seg in path.split("/"))
    path = _remove_dot_segments(path) if "." in path else path
    if not path and scheme in ("http", "https", "ftp", "tftp"):
        path = "/"
    out = f"{scheme}:" if scheme else ""
    if authority is not None:
        out += "//" + _normalize_authority(authority, scheme)
    out += path
    if query:
        pairs = (normalize_component(pair, _QUERY_RE, keep="+") for pair in query.split("&"))
        out += "?" + "&".join(pairs)
    if fragment:
        out += "#" + normalize_component(fragment, _FRAGMENT_RE)
    return out


def is_absolute_uri(text: str) -> bool:
    scheme = _URI_RE.match(text).group(1)  # type: ignore[union-attr]
    return bool(scheme) and bool(_SCHEME_RE.match(scheme))


# --------------------------------------------------------------------------- dates

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_ISO_RE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.I,
)
_TEXT_DATE_RES = (
    re.compile(
        r"^\s*(?:[a-z]+,?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[a-z]{3,})\.?,?\s+(?P<y>\d{4})"
        r"(?P<rest>.*)$",
        re.I,
    ),
    re.compile(
        r"^\s*(?:[a-z]+,?\s+)?(?P<m>[a-z]{3,})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
        r"(?P<rest>.*)$",
        re.I,
    ),
)
_TIME_TAIL_RE = re.compile(
    r"^\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$", re.I
)


def _month_number(name: str) -> int | None:
    name = name.lower()
    for index, month in enumerate(_MONTHS, 1):
        if month.startswith(name[:3]) and month.startswith(name):
            return index
    return None


def _parse_offset(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if text[0] == "-" else delta)


def ordinal_suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# --------------------------------------------------------------------------- strftime

_ABBR_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_STRFTIME_RE = re.compile(r"%([-_0^#]*)(\d*)(:{0,2}z|[A-Za-z%])")
_COMPOSITES = {
    "c": "%a %b %e %H:%M:%S %Y",
    "D": "%m/%d/%y",
    "x": "%m/%d/%y",
    "F": "%Y-%m-%d",
    "T": "%H:%M:%S",
    "X": "%H:%M:%S",
    "R": "%H:%M",
    "r": "%I:%M:%S %p",
    "v": "%e-%^b-%4Y",
}


def _zone_name(value: dt.datetime) -> str:
    tzinfo = value.tzinfo
    if tzinfo is None or tzinfo is dt.timezone.utc:
        return "UTC" if tzinfo else (value.astimezone().tzname() or "")
    if isinstance(tzinfo, dt.timezone):
        return ""  # Ruby keeps no zone name for a bare numeric offset
    return value.tzname() or ""


def _numeric_field(value: dt.datetime, code: str) -> tuple[int, int, str] | None:
    """(number, default width, default pad) for numeric directives."""
    hour12 = value.hour % 12 or 12
    iso_year, iso_week, _ = value.isocalendar()
    fields: dict[str, tuple[int, int, str]] = {
        "Y": (value.year, 4, "0"),
        "C": (value.year // 100, 2, "0"),
        "y": (value.year % 100, 2, "0"),
        "m": (value.month, 2, "0"),
        "d": (value.day, 2, "0"),
        "e": (value.day, 2, " "),
        "j": (value.timetuple().tm_yday, 3, "0"),
        "H": (value.hour, 2, "0"),
        "k": (value.hour, 2, " "),
        "I": (hour12, 2, "0"),
        "l": (hour12, 2, " "),
        "M": (value.minute, 2, "0"),
        "S": (value.second, 2, "0"),
        "u": (value.isoweekday(), 1, "0"),
        "w": (value.isoweekday() % 7, 1, "0"),
        "G": (iso_year, 4, "0"),
        "g": (iso_year % 100, 2, "0"),
        "V": (iso_week, 2, "0"),
        "U": (int(value.strftime("%U")), 2, "0"),
        "W": (int(value.strftime("%W")), 2, "0"),
        "s": (int(value.timestamp()), 1, "0"),
    }
    return fields.get(code)


def _text_field(value: dt.datetime, code: str) -> str | None:
    texts = {
        "A": _FULL_DAYS[value.weekday()],
        "a": _ABBR_DAYS[value.weekday()],
        "B": _MONTHS[value.month - 1].capitalize(),
        "b": _MONTHS[value.month - 1][:3].capitalize(),
        "h": _MONTHS[value.month - 1][:3].capitalize(),
        "p": "AM" if value.hour < 12 else "PM",
        "P": "am" if value.hour < 12 else "pm",
        "Z": _zone_name(value),
        "n": "\n",
        "t": "\t",
        "%": "%",
    }
    return texts.get(code)


def _format_directive(value: dt.datetime, flags: str, width: str, code: str) -> str | None:
    if code in _COMPOSITES:
        text = ruby_strftime(value, _COMPOSITES[code])
        return text.upper() if "^" in flags else text
    if code.endswith("z"):
        colons = len(code) - 1
        text = _utc_offset(value, colon=colons > 0) if value.tzinfo else "+0000"
        if colons == 2:
            text += ":00"
        return text
    if code in ("L", "N"):
        digits = int(width) if width else (3 if code == "L" else 9)
        return f"{value.microsecond:06d}000"[:digits].ljust(digits, "0")
    numeric = _numeric_field(value, code)
    if numeric is not None:
        number, default_width, pad = numeric
        if "-" in flags:
            return str(number)
        pad = " " if "_" in flags else "0" if "0" in flags else pad
        size = int(width) if width else default_width
        sign = "-" if number < 0 else ""
        return sign + str(abs(number)).rjust(size - len(sign), pad)
    text = _text_field(value, code)
    if text is None:
        return None
    if "^" in flags:
        text = text.upper()
    elif "#" in flags:
        text = text.lower() if code == "p" else text.upper()
    if width and "-" not in flags:
        text = text.rjust(int(width), "0" if "0" in flags else " ")
    return text


def ruby_strftime(value: dt.datetime, fmt: str) -> str:
    """Ruby's Time#strftime (the directives Jekyll sites use); unknown ones stay literal."""

    def replace(match: re.Match[str]) -> str:
        flags, width, code = match.groups()
        result = _format_directive(value, flags, width, code)
        return match.group(0) if result is None else result

    return _STRFTIME_RE.sub(replace, fmt)


def xmlschema(value: dt.datetime) -> str:
    zone = "Z" if _is_utc_mode(value) else _utc_offset(value, colon=True)
    return value.strftime("%Y-%m-%dT%H:%M:%S") + zone


def rfc822(value: dt.datetime) -> str:
    zone = "-0000" if _is_utc_mode(value) else _utc_offset(value)
    return ruby_strftime(value, "%a, %d %b %Y %H:%M:%S ") + zone


# --------------------------------------------------------------------------- HTML

_HTML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_ESCAPE_ONCE_RE = re.compile(r"[\"><']|&(?!(?:[a-zA-Z]+|#\d+);)")
_XML_ATTR = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
_RUBY_SPACE = " \t\n\v\f\r"


def xml_escape(value: Any) -> str:
    """String#encode(xml: :attr) without the surrounding quotes."""
    return "".join(_XML_ATTR.get(c, c) for c in ruby_to_s(value))


def html_escape(value: Any) -> str | None:
    """Liquid's `escape` (CGI.escapeHTML): `'` becomes `&#39;`; nil stays nil."""
    value = nil(value)
    if value is None:
        return None
    return "".join(_HTML_ESCAPES.get(c, c) for c in ruby_to_s(value))


def escape_once(value: Any) -> str:
    """Liquid's `escape_once`: escape, but leave existing entities alone."""
    return _ESCAPE_ONCE_RE.sub(lambda m: _HTML_ESCAPES[m.group(0)[0]], ruby_to_s(value))


def strip_html(value: Any) -> str:
    """Liquid's `strip_html`: drop scripts, styles, comments, then tags."""
    text = re.sub(r"<script.*?</script>|<!--.*?-->|<style.*?</style>", "", ruby_to_s(value), flags=re.S)
    return re.sub(r"<.*?>", "", text, flags=re.S)


# --------------------------------------------------------------------------- words

_CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x302E, 0x302F),
    (0x3038, 0x303B),
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FD, 0x30FF),
    (0x3131, 0x318E),
    (0x31F0, 0x31FF),
    (0x3200, 0x321E),
    (0x3260, 0x327E),
    (0x32D0, 0x32FE),
    (0x3300, 0x3357),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFF66, 0xFF6F),
    (0xFF71, 0xFF9D),
    (0xFFA0, 0xFFDC),
    (0x1B000, 0x1B122),
    (0x1F200, 0x1F200),
    (0x20000, 0x3134A),
)
_CJK_CLASS = "".join(f"\\U{lo:08X}-\\U{hi:08X}" for lo, hi in _CJK_RANGES)


@functools.cache
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a CJK character, a run of other non-space characters); compiled on first use, as
    compiling these long classes takes milliseconds that most builds never need."""
    return re.compile(f"[{_CJK_CLASS}]"), re.compile(f"[^{_CJK_CLASS}\\s]+")


_RUBY_WS_RE = re.compile(r"[ \t\n\v\f\r]+")


# Characters Python's str.split() takes for whitespace but Ruby's String#split does not.
_PYTHON_ONLY_SPACES = "\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PYTHON_ONLY_SPACE_RE = re.compile(f"[{_PYTHON_ONLY_SPACES}]")


def _ruby_split(text: str) -> list[str]:
    """String#split on whitespace: the words between runs of ` \\t\\n\\v\\f\\r`.

    str.split() is the same split, and much faster, unless the text holds a character only
    Python counts as whitespace.
    """
    if text.isascii():
        if "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text:
            return text.split()
    elif _PYTHON_ONLY_SPACE_RE.search(text) is None:
        return text.split()
    return [word for word in _RUBY_WS_RE.split(text) if word]


# --------------------------------------------------------------------------- the filters


def _load_timezone(name: Any) -> dt.tzinfo | None:
    """The site's zone; None means the machine's local zone (Jekyll without `timezone`)."""
    if not name:
        return None
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone.utc  # an unknown TZ makes Ruby fall back to UTC


def _context_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a filter as wanting python-liquid's render context (`context=` keyword)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    wrapper.with_context = True  # type: ignore[attr-defined]
    return wrapper


# kramdown's SmartyPants rules (Jekyll's `smartify`), as ordered (pattern, replacement) pairs.
_SQ_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
_SQ_CLOSE = r"[^ \\\t\r\n\[{(-]"
_QUOTES = {"'": ("\u2018", "\u2019"), '"': ("\u201c", "\u201d")}
_SMART_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"""(["'])(?=[_*]{1,2}\S)"""), lambda m: _QUOTES[m.group(1)][0]),
    (re.compile(rf"""(["'])(?={_SQ_PUNCT}(?!\.\.\.)\B)"""), lambda m: _QUOTES[m.group(1)][1]),
    (re.compile(r"""(\s?)"'(?=\w)"""), lambda m: m.group(1) + "\u201c\u2018"),
    (re.compile(r"""(\s?)'"(?=\w)"""), lambda m: m.group(1) + "\u2018\u201c"),
    (re.compile(r"(\s?)'(?=\d\ds)"), lambda m: m.group(1) + "\u2019"),
    (re.compile(r"""(\s)(['"])(?=\w)"""), lambda m: m.group(1) + _QUOTES[m.group(2)][0]),
    (re.compile(rf"""({_SQ_CLOSE})(['"])"""), lambda m: m.group(1) + _QUOTES[m.group(2)][1]),
    (re.compile(r"""(["'])(?=\s|s\b|$)"""), lambda m: _QUOTES[m.group(1)][1]),
    (re.compile(r"(.?)'", re.S), lambda m: m.group(1) + "\u2018"),
    (re.compile(r'(.?)"', re.S), lambda m: m.group(1) + "\u201c"),
]
_TYPOGRAPHIC = (("---", "\u2014"), ("--", "\u2013"), ("...", "\u2026"))
_ENTITY_OR_SPECIAL = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);|[&<>]")


def smartypants(text: str) -> str:
    """Jekyll's `smartify`: typographic quotes, dashes and ellipses; text escaped for HTML.

    Quotes are decided one at a time, left to right, each by the first rule that
    matches at that quote (kramdown's order); HTML tags pass through unchanged.
    """
    out: list[str] = []
    for piece in re.split(r"(<[^>]*>)", text):
        if piece.startswith("<") and piece.endswith(">"):
            out.append(piece)
            continue
        for old, new in _TYPOGRAPHIC:
            piece = piece.replace(old, new)
        piece = _smart_quotes(piece)
        out.append(_ENTITY_OR_SPECIAL.sub(lambda m: m.group(0) if len(m.group(0)) > 1 else
                                          {"&": "&amp;", "<": "&lt;", ">": "&gt;"}[m.group(0)], piece))
    return "".join(out)


def _smart_quotes(text: str) -> str:
    position = 0
    while True:
        found = re.search(r"""["']""", text[position:])
        if found is None:
            return text
        at = position + found.start()
        start = max(at - 1, 0)
        for pattern, replace in _SMART_RULES:
            match = pattern.match(text, start) if start < at else None
            if match is None or match.end() <= at:
                match = pattern.match(text, at)
            if match is not None and match.start() <= at < match.end():
                replacement = replace(match)
                text = text[: match.start()] + replacement + text[match.end():]
                position = match.start() + len(replacement)
                break
        else:
            position = at + 1


class JekyllFilters:
    """Jekyll's filters bound to one site's configuration.

    The `*_exp` filters accept a `context` keyword: python-liquid passes its render
    context (so the expression sees the template's variables); other callers may
    pass a plain mapping of variables.
    """

    def __init__(
        self,
        site_config: Mapping[str, Any],
        markdownify: Callable[[str], str] | None = None,
        smartify: Callable[[str], str] | None = None,
    ) -> None:
        self._config = site_config
        self._baseurl = nil(site_config.get("baseurl"))
        self._url = nil(site_config.get("url"))
        self._tz = _load_timezone(site_config.get("timezone"))
        self._markdownify = markdownify
        self._smartify = smartify
        self._random = random.Random()
        self._liquid_env: Any = None
        self._blank_template: Any = None
        self._conditions: dict[str, Any] = {}
        self._expressions: dict[str, Any] = {}

    def as_dict(self) -> dict[str, Callable[..., Any]]:
        names = (
            "relative_url",
            "absolute_url",
            "strip_index",
            "markdownify",
            "smartify",
            "scssify",
            "sassify",
            "jsonify",
            "slugify",
            "xml_escape",
            "cgi_escape",
            "uri_escape",
            "date_to_xmlschema",
            "date_to_rfc822",
            "date_to_string",
            "date_to_long_string",
            "where",
            "group_by",
            "find",
            "sort",
            "number_of_words",
            "array_to_sentence_string",
            "strip_newlines",
            "escape_once",
            "normalize_whitespace",
            "inspect",
            "sample",
            "push",
            "pop",
            "shift",
            "unshift",
            "to_integer",
            "date",
            "escape",
            "strip_html",
        )
        filters: dict[str, Callable[..., Any]] = {name: getattr(self, name) for name in names}
        for name in ("where_exp", "find_exp", "group_by_exp"):
            filters[name] = _context_filter(getattr(self, name))
        return filters

    # ------------------------------------------------------------------ URLs

    def _url_input(self, value: Any) -> str:
        if isinstance(value, Mapping) and "url" in value:
            value = value["url"]
        return ruby_to_s(value)

    def relative_url(self, value: Any) -> str | None:
        value = nil(value)
        if value is None:
            return None
        text = self._url_input(value)
        if is_absolute_uri(text):
            return text
        baseurl = "" if self._baseurl is None else ruby_to_s(self._baseurl).removesuffix("/")
        parts = [p if not p or p.startswith("/") else "/" + p for p in (baseurl, text)]
        return normalize_uri("".join(parts))

    def absolute_url(self, value: Any) -> str | None:
        value = nil(value)
        if value is None:
            return None
        text = self._url_input(value)
        if is_absolute_uri(text):
            return text
        relative = self.relative_url(text) or ""
        if self._url is None or self._url == "":
            return relative
        return normalize_uri(ruby_to_s(self._url) + relative)

    def strip_index(self, value: Any) -> str | None:
        value = nil(value)
        if value is None or ruby_to_s(value) == "":
            return None
        return re.sub(r"/index\.html?$", "/", ruby_to_s(value), count=1, flags=re.M)

    # ------------------------------------------------------------------ conversion

    def markdownify(self, value: Any) -> str:
        if self._markdownify is None:
            raise FilterError("markdownify: no Markdown converter is configured")
        return self._markdownify(ruby_to_s(value))

    def smartify(self, value: Any) -> str:
        if self._smartify is None:
            return smartypants(ruby_to_s(value))
        return self._smartify(ruby_to_s(value))

    def _sass(self, value: Any, indented: bool) -> str:
        """`scssify`/`sassify`: compile with the site's `sass:` settings (libsass, precision 10)."""
        import sass as libsass

        settings = self._config.get("sass") or {}
        source = str(self._config.get("source") or ".")
        folder = str(settings.get("sass_dir") or "_sass")
        try:
            css = libsass.compile(
                string=ruby_to_s(value), indented=indented, precision=10,
                output_style=str(settings.get("style") or "compact"),  # sassc's default in Jekyll 4.3
                include_paths=[folder if folder.startswith("/") else f"{source}/{folder}"],
            )
        except libsass.CompileError as err:
            raise FilterError(f"Sass error: {str(err).strip().splitlines()[0]}") from None
        return css.removeprefix("\ufeff")

    def scssify(self, value: Any) -> str:
        return self._sass(value, indented=False)

    def sassify(self, value: Any) -> str:
        return self._sass(value, indented=True)

    def jsonify(self, value: Any) -> str:
        return _json_value(value)

    def inspect(self, value: Any) -> str:
        return xml_escape(ruby_inspect(value))

    def slugify(self, value: Any, mode: Any = None) -> str | None:
        return slugify(value, mode)

    def xml_escape(self, value: Any) -> str:
        return xml_escape(value)

    def escape(self, value: Any) -> str | None:
        return html_escape(value)

    def escape_once(self, value: Any) -> str:
        return escape_once(value)

    def cgi_escape(self, value: Any) -> str:
        return urllib.parse.quote_plus(ruby_to_s(value), safe="~")

    def uri_escape(self, value: Any) -> str | None:
        value = nil(value)
        return None if value is None else normalize_component(ruby_to_s(value))

    def normalize_whitespace(self, value: Any) -> str:
        return _RUBY_WS_RE.sub(" ", ruby_to_s(value)).strip(_RUBY_SPACE + "\0")

    def strip_newlines(self, value: Any) -> str:
        return re.sub(r"\r?\n", "", ruby_to_s(value))

    def strip_html(self, value: Any) -> str:
        text = re.sub(r"<script.*?</script>|<!--.*?-->|<style.*?</style>", "", ruby_to_s(value), flags=re.S)
        return re.sub(r"<.*?>", "", text, flags=re.S)

    def number_of_words(self, value: Any, mode: Any = None) -> int:
        text = ruby_to_s(value)
        mode = nil(mode)
        if mode == "cjk":
            cjk_re, non_cjk_word_re = _cjk_patterns()
            return len(cjk_re.findall(text)) + len(non_cjk_word_re.findall(text))
        if mode == "auto":
            cjk_re, non_cjk_word_re = _cjk_patterns()
            cjk = len(cjk_re.findall(text))
            return len(_ruby_split(text)) if cjk == 0 else cjk + len(non_cjk_word_re.findall(text))
        return len(_ruby_split(text))

    def array_to_sentence_string(self, value: Any, connector: Any = "and") -> str:
        items = nil(value)
        if not isinstance(items, (list, tuple)):
            raise FilterError(f"array_to_sentence_string: expected an array, got {ruby_inspect(items)}")
        connector = ruby_to_s(connector)
        if not items:
            return ""
        if len(items) == 1:
            return ruby_to_s(items[0])
        if len(items) == 2:
            return f"{ruby_to_s(items[0])} {connector} {ruby_to_s(items[1])}"
        return f"{ruby_join(items[:-1], ', ')}, {connector} {ruby_to_s(items[-1])}"

    def to_integer(self, value: Any) -> int:
        value = nil(value)
        if value is True:
            return 1
        if value is False:
            return 0
        return ruby_to_i(value)

    # ------------------------------------------------------------------ dates

    def _local(self, value: dt.datetime) -> dt.datetime:
        return value.astimezone(self._tz) if self._tz is not None else value.astimezone()

    def _attach_local(self, naive: dt.datetime) -> dt.datetime:
        if self._tz is None:
            return naive.astimezone()
        return naive.replace(tzinfo=self._tz)

    def _with_offset(self, naive: dt.datetime, tzinfo: dt.tzinfo) -> dt.datetime:
        aware = naive.replace(tzinfo=tzinfo)
        if tzinfo is dt.timezone.utc:
            return aware
        local = self._local(aware)
        # Ruby gives the local zone (and its name) when the offset is the local one.
        return local if local.utcoffset() == aware.utcoffset() else aware

    def _parse_date_string(self, text: str) -> dt.datetime | None:
        text = text.strip()
        lowered = text.lower()
        if lowered in ("now", "today"):
            return self._local(dt.datetime.now(dt.timezone.utc))
        if text.isdigit():
            return self._local(dt.datetime.fromtimestamp(int(text), dt.timezone.utc))
        return self._parse_iso(text) or self._parse_rfc2822(text) or self._parse_words(text)

    def _parse_iso(self, text: str) -> dt.datetime | None:
        match = _ISO_RE.match(text)
        if not match:
            return None
        year, month, day, hour, minute, second, frac, zone = match.groups()
        try:
            naive = dt.datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
                int((frac or "0")[:6].ljust(6, "0")),
            )
        except ValueError:
            return None
        tzinfo = _parse_offset(zone)
        return self._with_offset(naive, tzinfo) if tzinfo else self._attach_local(naive)

    def _parse_rfc2822(self, text: str) -> dt.datetime | None:
        # Imported here: email.utils (with socket, calendar…) costs milliseconds at start-up.
        from email.utils import parsedate_to_datetime

        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if parsed.tzinfo is None:
            return self._attach_local(parsed)
        return self._with_offset(parsed.replace(tzinfo=None), parsed.tzinfo)

    def _parse_words(self, text: str) -> dt.datetime | None:
        for pattern in _TEXT_DATE_RES:
            match = pattern.match(text)
            month = _month_number(match.group("m")) if match else None
            tail = _TIME_TAIL_RE.match(match.group("rest")) if match else None
            if match is None or month is None or tail is None:
                continue
            hour, minute, second, meridian, zone = tail.groups()
            hour_number = int(hour or 0)
            if meridian:
                hour_number = hour_number % 12 + (12 if meridian.lower() == "pm" else 0)
            try:
                naive = dt.datetime(
                    int(match.group("y")),
                    month,
                    int(match.group("d")),
                    hour_number,
                    int(minute or 0),
                    int(second or 0),
                )
            except ValueError:
                return None
            tzinfo = _parse_offset(zone)
            return self._with_offset(naive, tzinfo) if tzinfo else self._attach_local(naive)
        return None

    def to_datetime(self, value: Any) -> dt.datetime | None:
        """Liquid::Utils.to_date: a time in its own zone, or None if not a date."""
        value = _liquid_value(nil(value))
        if isinstance(value, dt.datetime):
            return value if value.tzinfo else self._attach_local(value)
        if isinstance(value, dt.date):
            return self._attach_local(dt.datetime(value.year, value.month, value.day))
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return self._local(dt.datetime.fromtimestamp(value, dt.timezone.utc))
        if isinstance(value, str) and value:
            return self._parse_date_string(value)
        return None

    def _time(self, value: Any) -> dt.datetime:
        """Jekyll's `time`: the value in the site's local zone, or an error."""
        parsed = self.to_datetime(value)
        if parsed is None:
            raise FilterError(f"Invalid Date: '{ruby_inspect(value)}' is not a valid datetime.")
        return self._local(parsed)

    def date_to_xmlschema(self, value: Any) -> Any:
        if ruby_to_s(value) == "":
            return nil(value)
        return xmlschema(self._time(value))

    def date_to_rfc822(self, value: Any) -> Any:
        if ruby_to_s(value) == "":
            return nil(value)
        return rfc822(self._time(value))

    def _stringify_date(self, value: Any, month: str, kind: Any, style: Any) -> Any:
        if ruby_to_s(value) == "":
            return nil(value)
        time = self._time(value)
        if nil(kind) == "ordinal":
            day = f"{time.day}{ordinal_suffix(time.day)}"
            if nil(style) == "US":
                return ruby_strftime(time, f"{month} {day}, %Y")
            return ruby_strftime(time, f"{day} {month} %Y")
        return ruby_strftime(time, f"%d {month} %Y")

    def date_to_string(self, value: Any, kind: Any = None, style: Any = None) -> Any:
        return self._stringify_date(value, "%b", kind, style)

    def date_to_long_string(self, value: Any, kind: Any = None, style: Any = None) -> Any:
        return self._stringify_date(value, "%B", kind, style)

    def date(self, value: Any, fmt: Any = None) -> Any:
        """Liquid's `date`, with Ruby's strftime and parsing in the site's zone."""
        fmt_text = ruby_to_s(fmt)
        if fmt_text == "":
            return nil(value)
        parsed = self.to_datetime(value)
        if parsed is None:
            return nil(value)
        return ruby_strftime(parsed, fmt_text)

    # ------------------------------------------------------------------ collections

    @staticmethod
    def _property(item: Any, prop: Any) -> Any:
        """Jekyll's item_property: dotted lookup, number-like values become numbers."""
        item = _liquid_value(nil(item))
        key = ruby_to_s(prop)
        if isinstance(item, Mapping):
            value: Any = item
            for part in key.split(".") if "." in key else [key]:
                value = value.get(part) if isinstance(value, Mapping) else None
        else:
            value = None
        return _numeric_if_numeric(nil(value))

    @staticmethod
    def _as_items(value: Any) -> list[Any] | None:
        value = nil(value)
        if isinstance(value, Mapping):
            return list(value.values())
        if isinstance(value, (list, tuple)):
            return list(value)
        return None

    @staticmethod
    def _matches(prop: Any, target: Any) -> bool:
        if target is None:
            return prop is None
        target_text = ruby_to_s(target)
        if isinstance(prop, str):
            return prop == target_text
        if prop is None:
            return False
        values = list(prop.items()) if isinstance(prop, Mapping) else prop
        if not isinstance(values, (list, tuple)):
            values = [values]
        return any(ruby_to_s(v) == target_text for v in values)

    def where(self, value: Any, prop: Any = None, target: Any = None) -> Any:
        prop, target = nil(prop), nil(target)
        if not prop or isinstance(target, (list, tuple, Mapping)):
            return value
        items = self._as_items(value)
        if items is None:
            return value
        return [item for item in items if self._matches(self._property(item, prop), target)]

    def find(self, value: Any, prop: Any = None, target: Any = None) -> Any:
        prop, target = nil(prop), nil(target)
        if not prop or isinstance(target, (list, tuple, Mapping)):
            return value
        items = self._as_items(value)
        if items is None:
            return value
        return next((i for i in items if self._matches(self._property(i, prop), target)), None)

    def sort(self, value: Any, prop: Any = None, nils: Any = "first") -> Any:
        value, prop, nils = nil(value), nil(prop), nil(nils)
        if value is None:
            raise FilterError("Cannot sort a null object.")
        items = list(value.items()) if isinstance(value, Mapping) else value
        if not isinstance(items, (list, tuple)):
            return value
        if prop is None:
            return sorted(items, key=functools.cmp_to_key(_ruby_compare_strict))
        if nils not in ("first", "last"):
            raise FilterError(
                f"Invalid nils order: '{ruby_to_s(nils)}' is not a valid nils order. "
                "It must be 'first' or 'last'."
            )
        order = -1 if nils == "first" else 1
        keyed = [(self._property(item, prop), item) for item in items]

        def compare(a: tuple[Any, Any], b: tuple[Any, Any]) -> int:
            left, right = a[0], b[0]
            if left is not None and right is None:
                return -order
            if left is None and right is not None:
                return order
            result = _spaceship(left, right)
            if result is None:
                text_left, text_right = ruby_to_s(left), ruby_to_s(right)
                result = (text_left > text_right) - (text_left < text_right)
            return result

        return [item for _, item in sorted(keyed, key=functools.cmp_to_key(compare))]

    @staticmethod
    def _grouped(pairs: list[tuple[Any, Any]]) -> list[dict[str, Any]]:
        groups: list[dict[str, Any]] = []
        for name, item in pairs:
            for group in groups:
                # Ruby's hash-key equality: 1 and 1.0 and true stay apart.
                if type(group["name"]) is type(name) and group["name"] == name:
                    group["items"].append(item)
                    break
            else:
                groups.append({"name": name, "items": [item]})
        for group in groups:
            group["size"] = len(group["items"])
        return groups

    @staticmethod
    def _groupable(value: Any) -> list[Any] | None:
        value = nil(value)
        if isinstance(value, Mapping):
            return [[k, v] for k, v in value.items()]
        if isinstance(value, (list, tuple)):
            return list(value)
        return None

    def group_by(self, value: Any, prop: Any = None) -> Any:
        items = self._groupable(value)
        if items is None:
            return value
        return self._grouped([(ruby_to_s(self._property(item, prop)), item) for item in items])

    def sample(self, value: Any, num: Any = 1) -> Any:
        value = nil(value)
        items = list(value.items()) if isinstance(value, Mapping) else value
        if not isinstance(items, (list, tuple)):
            return value
        try:
            count = _liquid_integer(num)
        except FilterError:
            count = 1
        if count == 1:
            return self._random.choice(items) if items else None
        if count < 0:
            raise FilterError("negative sample number")
        return self._random.sample(list(items), min(count, len(items)))

    def push(self, value: Any, item: Any = None) -> Any:
        if not isinstance(value, list):
            return value
        return [*value, nil(item)]

    def unshift(self, value: Any, item: Any = None) -> Any:
        if not isinstance(value, list):
            return value
        return [nil(item), *value]

    def pop(self, value: Any, num: Any = 1) -> Any:
        if not isinstance(value, list):
            return value
        count = _liquid_integer(num)
        if count < 0:
            raise FilterError("negative array size")
        return value[: len(value) - count] if count else list(value)

    def shift(self, value: Any, num: Any = 1) -> Any:
        if not isinstance(value, list):
            return value
        count = _liquid_integer(num)
        if count < 0:
            raise FilterError("negative array size")
        return value[count:]

    # ------------------------------------------------------------------ Liquid expressions

    def _env(self) -> Any:
        if self._liquid_env is None:
            from liquid import Environment

            env = Environment(strict_filters=False)
            for name, func in self.as_dict().items():
                env.add_filter(name, func)
            self._liquid_env = env
            self._blank_template = env.from_string("")
        return self._liquid_env

    def _parse_expression(self, source: str, cache: dict[str, Any], boolean: bool) -> Any:
        if source in cache:
            return cache[source]
        from liquid.builtin.expressions import BooleanExpression, FilteredExpression, tokenize
        from liquid.exceptions import LiquidSyntaxError
        from liquid.stream import TokenStream
        from liquid.token import TOKEN_EXPRESSION, Token

        env = self._env()
        token = Token(TOKEN_EXPRESSION, source, 0, source)
        stream = TokenStream(tokenize(source, parent_token=token))
        try:
            parsed = BooleanExpression.parse(env, stream) if boolean else FilteredExpression.parse(env, stream)
        except LiquidSyntaxError as err:
            raise FilterError(f"invalid expression {source!r}: {err.message}") from None
        cache[source] = parsed
        return parsed

    def _evaluate_each(
        self, items: list[Any], variable: str, expr: Any, context: Any, *, first: bool = False
    ) -> list[tuple[Any, Any]]:
        """(item, value of `expr` with `variable` bound to item) for each item.

        With `first`, stop after the first truthy value (for find_exp).
        """
        if context is not None and hasattr(context, "extend") and hasattr(context, "env"):
            render_context = context
        else:
            from liquid import RenderContext

            self._env()
            variables = dict(context) if isinstance(context, Mapping) else {}
            render_context = RenderContext(self._blank_template, globals=variables)
        results: list[tuple[Any, Any]] = []
        scope: dict[str, Any] = {}
        with render_context.extend(scope):
            for item in items:
                scope[variable] = item
                value = expr.evaluate(render_context)
                results.append((item, value))
                if first and value:
                    break
        return results

    def where_exp(self, value: Any, variable: Any, expression: Any, *, context: Any = None) -> Any:
        items = self._as_items(value)
        if items is None:
            return nil(value)
        condition = self._parse_expression(ruby_to_s(expression), self._conditions, boolean=True)
        pairs = self._evaluate_each(items, ruby_to_s(variable), condition, context)
        return [item for item, truth in pairs if truth]

    def find_exp(self, value: Any, variable: Any, expression: Any, *, context: Any = None) -> Any:
        items = self._as_items(value)
        if items is None:
            return nil(value)
        condition = self._parse_expression(ruby_to_s(expression), self._conditions, boolean=True)
        pairs = self._evaluate_each(items, ruby_to_s(variable), condition, context, first=True)
        return next((item for item, truth in pairs if truth), None)

    def group_by_exp(self, value: Any, variable: Any, expression: Any, *, context: Any = None) -> Any:
        items = self._groupable(value)
        if items is None:
            return value
        expr = self._parse_expression(ruby_to_s(expression), self._expressions, boolean=False)
        pairs = self._evaluate_each(items, ruby_to_s(variable), expr, context)
        return self._grouped([(nil(name), item) for item, name in pairs])


# python-liquid extras that Jekyll's Liquid does not have: an unknown filter there.
_NOT_IN_JEKYLL_LIQUID = ("escapejs", "find_index", "has", "reject", "safe", "squish", "sum")


def _input_iterator(value: Any) -> list[Any]:
    """Liquid's InputIterator: arrays flattened, a hash as one item, nil as none."""
    value = nil(value)
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        flat: list[Any] = []
        for item in value:
            flat.extend(_input_iterator(item) if isinstance(item, (list, tuple)) else [item])
        return flat
    return [value]


def liquid_join(value: Any, glue: Any = " ") -> str:
    """Liquid's `join`: nil items print as "", numbers and booleans as Ruby prints them."""
    return ruby_join(_input_iterator(value), ruby_to_s(glue))


def liquid_map(value: Any, prop: Any) -> list[Any]:
    """Liquid's `map`: a missing property gives nil."""
    key = ruby_to_s(prop)
    result: list[Any] = []
    for item in _input_iterator(value):
        item = _liquid_value(item)
        if key == "to_liquid":
            result.append(item)
        elif isinstance(item, Mapping):
            try:  # item[key], not .get(): a hash with a default (site.tags) answers every key
                result.append(nil(item[key]))
            except KeyError:
                result.append(None)
        elif isinstance(item, str):
            result.append(key if key in item else None)  # Ruby's String#[]
        else:
            result.append(None)
    return result


def _to_number(value: Any) -> int | float | Decimal:
    """Liquid::Utils.to_number."""
    value = nil(value)
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, (int, float, Decimal)):
        return value
    text = ruby_to_s(value).strip()
    match = re.match(r"^-?\d+\.\d+$", text)
    if match:
        return Decimal(text)
    match = re.match(r"^-?\d+", text)
    return int(match.group(0)) if match else 0


def liquid_round(value: Any, digits: Any = 0) -> int | float:
    """Liquid's `round`: halves round away from zero, as Ruby does."""
    number = _to_number(value)
    places = int(_to_number(digits))
    exact = Decimal(repr(number)) if isinstance(number, float) else Decimal(number)
    if not exact.is_finite():
        raise FilterError(f"round: {ruby_to_s(value)} cannot be rounded")
    rounded = exact.scaleb(places).quantize(Decimal(1), rounding=ROUND_HALF_UP).scaleb(-places)
    if places <= 0 or isinstance(number, int):
        return int(rounded)
    return float(rounded)


# --------------------------------------------------------------------------- Liquid's string filters
#
# Ruby Liquid calls `to_s` on the input and on string arguments: nil is "", true is "true", an
# array prints as its `inspect`. python-liquid uses Python's `str` instead ("None", "True",
# "['a']"), so every string filter is redone here from Ruby Liquid 5.4's observed behaviour.

_STRIP_SET = _RUBY_SPACE + "\0"  # String#strip's set: no Unicode spaces, but NUL
_NEWLINE_RE = re.compile(r"\r?\n")


def _str(value: Any) -> str:
    """`value.to_s`; an undefined value is touched first, so strict mode still reports it."""
    if isinstance(value, str):
        return value
    if is_undefined(value):
        str(value)  # raises for a strict undefined
        return ""
    return ruby_to_s(value)


def _expand_replacement(replacement: str, text: str, start: int, end: int) -> str:
    """A Ruby `sub`/`gsub` replacement string for one match of a plain-string pattern.

    `\\0` and `\\&` are the match, `\\1`… are empty (a string pattern has no groups),
    ``\\` `` and `\\'` the text before and after it, `\\\\` one backslash; others stay as written.
    """
    out: list[str] = []
    index = 0
    length = len(replacement)
    while index < length:
        char = replacement[index]
        if char != "\\" or index + 1 == length:
            out.append(char)
            index += 1
            continue
        following = replacement[index + 1]
        if following == "0" or following == "&":
            out.append(text[start:end])
        elif following in "123456789":
            pass
        elif following == "`":
            out.append(text[:start])
        elif following == "'":
            out.append(text[end:])
        elif following == "\\":
            out.append("\\")
        elif following == "k" and replacement.startswith("<", index + 2):
            close = replacement.find(">", index + 3)
            name = replacement[index + 3 : close] if close >= 0 else replacement[index + 3 :]
            raise FilterError(f"undefined group name reference: {name}")
        else:
            out.append(replacement[index : index + 2])
        index += 2
    return "".join(out)


def _ruby_sub(text: str, pattern: str, replacement: str, *, every: bool) -> str:
    """String#gsub (`every`) or String#sub with a plain-string pattern."""
    if "\\" not in replacement:
        return text.replace(pattern, replacement, -1 if every else 1)
    out: list[str] = []
    position = 0
    search = 0
    while True:
        found = text.find(pattern, search)
        if found < 0:
            break
        end = found + len(pattern)
        out.append(text[position:found])
        out.append(_expand_replacement(replacement, text, found, end))
        position = end
        if not every:
            break
        if pattern:
            search = end
        else:  # an empty pattern matches before every character and at the end
            if found < len(text):
                out.append(text[found])
            position = search = found + 1
            if search > len(text):
                break
    out.append(text[position:])
    return "".join(out)


def _ruby_split_on(text: str, pattern: str) -> list[str]:
    """String#split with a string: " " splits on runs of ASCII whitespace (leading ones skipped),
    "" into characters; trailing empty fields are dropped."""
    if pattern == " ":
        return _ruby_split(text)
    if pattern == "":
        return list(text)
    parts = text.split(pattern)
    while parts and not parts[-1]:
        parts.pop()
    return parts


def liquid_append(value: Any, suffix: Any = None) -> str:
    return _str(value) + _str(suffix)


def liquid_prepend(value: Any, prefix: Any = None) -> str:
    return _str(prefix) + _str(value)


def liquid_remove(value: Any, string: Any = None) -> str:
    return _str(value).replace(_str(string), "")


def liquid_remove_first(value: Any, string: Any = None) -> str:
    return _str(value).replace(_str(string), "", 1)


def liquid_remove_last(value: Any, string: Any = None) -> str:
    text, target = _str(value), _str(string)
    found = text.rfind(target)
    return text if found < 0 else text[:found] + text[found + len(target) :]


def liquid_replace(value: Any, string: Any = None, replacement: Any = "") -> str:
    return _ruby_sub(_str(value), _str(string), _str(replacement), every=True)


def liquid_replace_first(value: Any, string: Any = None, replacement: Any = "") -> str:
    return _ruby_sub(_str(value), _str(string), _str(replacement), every=False)


def liquid_replace_last(value: Any, string: Any = None, replacement: Any = None) -> str:
    text, target = _str(value), _str(string)
    found = text.rfind(target)
    return text if found < 0 else text[:found] + _str(replacement) + text[found + len(target) :]


def liquid_split(value: Any, pattern: Any = None) -> list[str]:
    return _ruby_split_on(_str(value), _str(pattern))


def liquid_truncate(value: Any, length: Any = 50, ellipsis: Any = "...") -> str | None:
    """Cut to `length` characters including the ellipsis; a string that fits is kept whole."""
    if nil(value) is None:
        return None
    text = _str(value)
    limit = _liquid_integer(length)
    tail = _str(ellipsis)
    if len(text) <= limit:
        return text
    return text[: max(limit - len(tail), 0)] + tail


def liquid_truncatewords(value: Any, words: Any = 15, ellipsis: Any = "...") -> str | None:
    """The first `words` words joined by single spaces plus the ellipsis; a text that fits is kept whole."""
    if nil(value) is None:
        return None
    text = _str(value)
    count = max(_liquid_integer(words), 1)
    parts = _ruby_split(text)
    if len(parts) <= count:
        return text
    return " ".join(parts[:count]) + _str(ellipsis)


def liquid_strip(value: Any) -> str:
    return _str(value).strip(_STRIP_SET)


def liquid_lstrip(value: Any) -> str:
    return _str(value).lstrip(_STRIP_SET)


def liquid_rstrip(value: Any) -> str:
    return _str(value).rstrip(_STRIP_SET)


def liquid_strip_newlines(value: Any) -> str:
    return _NEWLINE_RE.sub("", _str(value))


def liquid_newline_to_br(value: Any) -> str:
    return _NEWLINE_RE.sub("<br />\n", _str(value))


def liquid_size(value: Any) -> int:
    """`size` where Ruby has one: strings, arrays, hashes, and an Integer's byte width."""
    value = _liquid_value(nil(value))
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int):
        return max(8, -(-value.bit_length() // 64) * 8)
    if isinstance(value, (str, list, tuple, Mapping)):
        return len(value)
    return 0


def _ruby_filter_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
    """A filter's arguments as Ruby Liquid passes them: the keyword arguments, if any, as one
    trailing hash (`default: site:author` is `default({"site" => author})`)."""
    positional = list(args)
    if kwargs:
        positional.append(dict(kwargs))
    return positional


def liquid_default(value: Any, *args: Any, **kwargs: Any) -> Any:
    """Ruby's `default(input, default_value = '', options = {})`, `allow_false` read from `options`."""
    from liquid.builtin.filters.misc import default

    positional = _ruby_filter_arguments(args, kwargs)
    if len(positional) > 2:
        raise FilterError(f"wrong number of arguments (given {len(positional) + 1}, expected 1..3)")
    fallback = positional[0] if positional else ""
    options = positional[1] if len(positional) > 1 and isinstance(positional[1], Mapping) else {}
    flag = nil(options.get("allow_false"))
    return default(value, fallback, allow_false=flag is not None and flag is not False)


def _string_input(func: Callable[..., Any], *, keep_arrays: bool = False) -> Callable[..., Any]:
    """A python-liquid string filter that receives its input as Ruby's `to_s` of it
    (arrays as they are, with `keep_arrays`)."""

    def call(value: Any, *args: Any, **kwargs: Any) -> Any:
        if keep_arrays and isinstance(value, (list, tuple)):
            return func(value, *args, **kwargs)
        return func(_str(value), *args, **kwargs)

    for attribute in ("with_context", "with_environment"):
        if getattr(func, attribute, False):
            setattr(call, attribute, True)
    return call


def _nil_stays_nil(func: Callable[..., Any]) -> Callable[..., Any]:
    """A filter Ruby Liquid skips for nil input (`url_encode`, `url_decode`): nil in, nil out."""

    def call(value: Any, *args: Any, **kwargs: Any) -> Any:
        return None if nil(value) is None else func(value, *args, **kwargs)

    return call


def _nil_is_empty_list(func: Callable[..., Any]) -> Callable[..., Any]:
    """An array filter whose Ruby input iterator makes nil an empty array (`uniq`, `reverse`)."""

    def call(value: Any, *args: Any, **kwargs: Any) -> Any:
        return [] if nil(value) is None else func(value, *args, **kwargs)

    for attribute in ("with_context", "with_environment"):
        if getattr(func, attribute, False):
            setattr(call, attribute, True)
    return call


# python-liquid string filters whose only difference from Ruby's is how the input becomes text.
_STRING_INPUT_FILTERS = (
    "capitalize", "downcase", "upcase", "url_encode", "url_decode",
    "base64_encode", "base64_decode", "base64_url_safe_encode", "base64_url_safe_decode",
)  # fmt: skip


def liquid_standard_filters() -> dict[str, Callable[..., Any]]:
    """python-liquid's standard filters as plain callables, made to behave as Ruby Liquid's.

    Register these in any engine (Jinja2 too) so that a filter name means the same
    everywhere; register `JekyllFilters.as_dict()` after them.
    """
    from liquid import Environment

    env = Environment()
    filters: dict[str, Callable[..., Any]] = {}
    for name, func in env.filters.items():
        if name in _NOT_IN_JEKYLL_LIQUID:
            continue
        if getattr(func, "with_environment", False):
            filters[name] = functools.partial(func, environment=env)
        else:
            filters[name] = func
    for name in _STRING_INPUT_FILTERS:
        filters[name] = _string_input(filters[name])
    filters["slice"] = _string_input(filters["slice"], keep_arrays=True)
    for name in ("url_encode", "url_decode"):
        filters[name] = _nil_stays_nil(filters[name])
    for name in ("uniq", "reverse"):
        filters[name] = _nil_is_empty_list(filters[name])
    filters.update(
        append=liquid_append,
        prepend=liquid_prepend,
        remove=liquid_remove,
        remove_first=liquid_remove_first,
        remove_last=liquid_remove_last,
        replace=liquid_replace,
        replace_first=liquid_replace_first,
        replace_last=liquid_replace_last,
        split=liquid_split,
        truncate=liquid_truncate,
        truncatewords=liquid_truncatewords,
        strip=liquid_strip,
        lstrip=liquid_lstrip,
        rstrip=liquid_rstrip,
        strip_newlines=liquid_strip_newlines,
        newline_to_br=liquid_newline_to_br,
        size=liquid_size,
        join=liquid_join,
        map=liquid_map,
        round=liquid_round,
        escape=html_escape,
        h=html_escape,
        escape_once=escape_once,
        strip_html=strip_html,
        default=liquid_default,
    )
    return filters


__all__ = [
    "FilterError",
    "JekyllFilters",
    "is_undefined",
    "liquid_standard_filters",
    "normalize_uri",
    "ruby_inspect",
    "ruby_join",
    "ruby_strftime",
    "ruby_to_s",
    "slugify",
]
