"""Fortran tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Case-insensitive. Blanks, line breaks included, are ``w``; ``!`` comments are ``c1`` and
``#`` lines at column 0 ``cp``; a number at column 0 ending a word is a label (``nl``). A
sign sticks to the number after it (``x-1`` is ``n`` + ``mi``). ``/`` is punctuation (``/=``
is ``p`` + ``o``), ``.and.``-style operators are ``ow`` and ``.true.``/``.false.`` ``kc``. A
``format(…)`` specification is written as literals (``l``). Strings double their quote to
escape it (``se``) and may run over lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Rule, Token, rule, wordset

__all__ = ["LEXER"]

_KEYWORDS = wordset(
    """abstract allocatable allocate assign assignment associate asynchronous backspace bind block blockdata
    call case class close codimension common concurrent contains contiguous continue critical cycle data
    deallocate deferred dimension do elemental else elseif elsewhere end endassociate endblock enddo endenum
    endfile endforall endfunction endif endinterface endmodule endprogram endselect endsubmodule
    endsubroutine endtype endwhere entry enum enumerator equivalence exit extends external final flush
    forall format function generic goto if implicit import in include inout inquire intent interface
    intrinsic is lock module namelist non_overridable none nopass nullify only open operator optional out
    parameter pass pause pointer print private procedure program protected public pure read recursive
    result return rewind save select selectcase sequence stop submodule subroutine target then type unlock
    use value volatile wait where while write"""
)
_TYPES = wordset("character complex doubleprecision integer logical real")
_BUILTINS = wordset(
    """abs achar acos acosh adjustl adjustr aimag aint all allocated anint any asin asinh associated atan
    atan2 atanh atomic_define atomic_ref bessel_j0 bessel_j1 bessel_jn bessel_y0 bessel_y1 bessel_yn bge
    bgt bit_size ble blt btest c_associated c_f_pointer c_f_procpointer c_funloc c_loc c_sizeof ceiling
    char cmplx command_argument_count compiler_options compiler_version conjg cos cosh count cpu_time
    cshift date_and_time dble digits dim dot_product dprod dshiftl dshiftr eoshift epsilon erf erfc
    erfc_scaled execute_command_line exp exponent extends_type_of findloc floor fraction gamma get_command
    get_command_argument get_environment_variable huge hypot iachar iall iand iany ibclr ibits ibset ichar
    ieor image_index index int ior iparity is_contiguous is_iostat_end is_iostat_eor ishft ishftc kind
    lbound lcobound leadz len len_trim lge lgt lle llt log log10 log_gamma maskl maskr matmul max
    maxexponent maxloc maxval merge merge_bits min minexponent minloc minval mod modulo move_alloc mvbits
    nearest new_line nint norm2 not null num_images pack parity popcnt poppar present product radix
    random_number random_seed range repeat reshape rrspacing same_type_as scale scan selected_char_kind
    selected_int_kind selected_real_kind set_exponent shape shifta shiftl shiftr sign sin sinh size spacing
    spread sqrt storage_size sum system_clock tan tanh this_image tiny trailz transfer transpose trim
    ubound ucobound unpack verify
    ieee_class ieee_copy_sign ieee_get_flag ieee_get_halting_mode ieee_get_rounding_mode ieee_get_status
    ieee_get_underflow_mode ieee_is_finite ieee_is_nan ieee_is_normal ieee_logb ieee_next_after ieee_rem
    ieee_rint ieee_scalb ieee_selected_real_kind ieee_set_flag ieee_set_halting_mode
    ieee_set_rounding_mode ieee_set_status ieee_set_underflow_mode ieee_support_datatype
    ieee_support_denormal ieee_support_divide ieee_support_flag ieee_support_halting ieee_support_inf
    ieee_support_io ieee_support_nan ieee_support_rounding ieee_support_sqrt ieee_support_standard
    ieee_support_underflow_control ieee_unordered ieee_value"""
)
_FLAGS = re.IGNORECASE | re.MULTILINE
_KIND = r"(?:_[a-z0-9_]+)?"
_EXPONENT = r"[ed][+-]?[0-9]+"


def _word(m: re.Match[str], _run: object) -> Iterator[Token]:
    word = m.group()
    lowered = word.lower()
    if lowered in _KEYWORDS:
        yield "k", word
    elif lowered in _TYPES:
        yield "kt", word
    elif lowered in _BUILTINS:
        yield "nb", word
    else:
        yield "n", word


def _strings(quote: str) -> list[Rule]:
    cls = "s1" if quote == "'" else "s2"
    return [rule(quote * 2, "se"), rule(f"[^{quote}]+", cls), rule(quote, cls, "#pop")]


LEXER = Lexer(
    {
        "root": [
            rule(r"^#[^\n]*", "cp", flags=_FLAGS),
            rule(r"\s+", "w"),
            rule(r"![^\n]*", "c1"),
            rule(r"^[0-9]+\b", "nl", flags=_FLAGS),
            rule(r"'", "s1", "sq"),
            rule(r'"', "s2", "dq"),
            rule(r"(format)(\s*)(\()", ("k", "w", "p"), "format", flags=_FLAGS),
            # multi-word keywords keep their blanks inside one token
            rule(r"\b(?:error\s+stop|go\s*to|sync\s+(?:all|images|memory))\b", "k", flags=_FLAGS),
            rule(r"\bdouble\s+precision\b", "kt", flags=_FLAGS),
            rule(r"\.(?:true|false)\.", "kc", flags=_FLAGS),
            rule(r"\.[a-z]+\.", "ow", flags=_FLAGS),
            rule(r"b(?:'[01]+'|\"[01]+\")", "mb", flags=_FLAGS),
            rule(r"o(?:'[0-7]+'|\"[0-7]+\")", "mo", flags=_FLAGS),
            rule(r"z(?:'[0-9a-f]+'|\"[0-9a-f]+\")", "mh", flags=_FLAGS),
            rule(r"[a-z][a-z0-9_]*", _word, flags=_FLAGS),
            rule(
                rf"[+-]?(?:[0-9]+\.[0-9]*(?:{_EXPONENT})?|\.[0-9]+(?:{_EXPONENT})?|[0-9]+{_EXPONENT}){_KIND}",
                "mf",
                flags=_FLAGS,
            ),
            rule(rf"[+-]?[0-9]+{_KIND}", "mi", flags=_FLAGS),
            rule(r"\*\*|<=|>=|==|=>|[-+*<>=%]", "o"),
            rule(r"::|[()\[\],:&;/]", "p"),
        ],
        "sq": _strings("'"),
        "dq": _strings('"'),
        "format": [
            rule(r"\s+", "w"),
            rule(r"'", "s1", "sq"),
            rule(r'"', "s2", "dq"),
            rule(r"\(", "p", "#push"),
            rule(r"\)", "p", "#pop"),
            rule(r",", "p"),
            rule(r"[^\s,()'\"]+", "l"),
        ],
    }
)
