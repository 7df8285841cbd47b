"""Syntax highlighting written in the HTML layout rouge 3.30 gives Jekyll.

The languages research sites use most are lexed by our own rouge-compatible tokenizers
(``rouge_*.py``, found by probing rouge as a black box), which match rouge byte for byte:
shell/console, Python, JSON, YAML, JavaScript, R, MATLAB, TeX, diff, HTML, C, C++, Java,
Haskell, Scala, Swift, SQL, CSS, SCSS, Go, Fortran, INI, ``conf``, Markdown, Apache config, Liquid,
Ruby, Vim script, BibTeX, TOML, Dockerfile and Makefile.
Every other language rouge knows goes through Pygments, whose short CSS class names are rouge's, with a few corrections
(XML); there token granularity can still differ from rouge. Adjacent tokens of the same class
are merged, as rouge does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Pygments is imported on first use: most pages have no code blocks
    from pygments.lexer import Lexer

__all__ = ["escape_code", "highlight_block", "highlight_fenced", "highlight_span", "highlight_tag", "lang_tokens"]


def _words(text: str) -> tuple[str, ...]:
    """A constant table written as a space-separated string."""
    return tuple(text.split())


# Language names (tags and aliases) rouge 3.30 knows, spelled exactly: the lookup is
# case-sensitive (```R and ```TeX highlight, ```Bash and ```Python do not). kramdown
# highlights a block only when rouge finds a lexer; otherwise it writes a plain
# <pre><code class="language-X">.
_ROUGE_LANGS = frozenset(
    _words(
        """
    Dockerfile HAML Isabelle LaTeX OCL R S TeX
    abap actionscript ada apache apex apib apiblueprint applescript armasm as as3 aug augeas awk
    bash bat batch batchfile bbcbasic behat bib bibtex biml bpf brainfuck brightscript brs bs
    bsdmake bsl c c# c++ ceylon cfc cfscript cl clean clj cljs clojure cmake cmhg cmm coffee
    coffee-script coffeescript common-lisp common_lisp conf config configuration console coq cpp cr
    crystal cs csharp css csvs cucumber cuda cypher cython d dafny dart datastudio diff digdag
    django dlang docker dockerfile dosbatch dot e-mail ecl eex eiffel elisp elixir elm emacs-lisp
    email eml epp eps erb erl erlang eruby esc escape ex exs factor fea ff fluent fortran freefem
    fsharp ftl gd gdscript ghc-cmm ghc-core gherkin glsl gnumake go golang gradle graphql groovy
    hack haml handlebars haskell haxe hbs hcl heex hh hlsl hocon hql hs html http hx hy hylang
    idlang idr idris igorpro ini io irb irb_output isa isabelle isbl j janet java javascript jdn
    jinja jl js jsl json json-doc jsonc jsonnet jsp jsx julia kdb+ kotlin ksh lasso lassoscript
    latex lean leex lhaskell lhs liquid lisp litcoffee literate_coffeescript literate_haskell
    lithaskell livescript llvm ls lua lustre lutin m m68k magik make makefile markdown mason
    mathematica matlab md meson mf microsoftshell minizinc mkd ml moon moonscript mosel msgtrans
    msshell mustache mxml nasm nes nesasm nginx nial nim nimrod nix nixos obj-c obj-c++ obj-cpp
    obj_c obj_c++ obj_cpp objc objc++ objcpp objective_c objective_cpp objectivec objectivec++
    objectivecpp ocaml ocl openedge opentype opentype_feature_file opentypefeature pascal patch perl
    php php3 php4 php5 pl plaintext plist plsql pony posh postscr postscript powershell pp praat
    prolog prometheus properties proto protobuf pry ps puppet py pyrex python pyx q qml r racket rb
    react realbasic reasonml rego rescript rhtml robot robot-framework robot_framework rs rs,ignore
    rs,no_run rs,should_panic ruby rust rust,ignore rust,no_run rust,should_panic s sas sass scala
    scheme scss sed sh shell shell-session shell_session sieve slice slim smalltalk smarty sml
    solidity sparql sqf sql squeak ssh st stan stata supercollider swift systemd syzlang syzprog tap
    tcl terminal terraform tex text tf toml ts tsx ttcn3 tulip turtle twig typescript udiff
    unit-file vala varnish varnishconf vb vcl velocity verilog vhdl vim viml vimscript visualbasic
    vue vuejs winbatch wl wollok xml xojo xpath xquery yaml yang yml zig zir zsh
    """
    )
)

# Rouge names Pygments spells differently; rouge-only languages not listed here are
# written as plain escaped text inside the rouge markup.
_ROUGE_ALIASES = {
    "plaintext": "text",
    "yml": "yaml",
    "shell_session": "console",
    "shell-session": "console",
    "terminal": "console",
    "viml": "vim",
    "vimscript": "vim",
    "patch": "diff",
    "jsonc": "json",
    "json-doc": "json",
    "mkd": "markdown",
    "eruby": "erb",
    "hbs": "handlebars",
    "mustache": "handlebars",
    "vuejs": "vue",
    "gnumake": "make",
    "gradle": "groovy",
    "vb": "vb.net",
    "obj_c": "objective-c",
    "objective_c": "objective-c",
    "objcpp": "objective-c++",
    "obj-cpp": "objective-c++",
    "obj_cpp": "objective-c++",
    "obj_c++": "objective-c++",
    "objective_cpp": "objective-c++",
    "objectivecpp": "objective-c++",
    "literate_haskell": "lhs",
    "lithaskell": "lhs",
    "litcoffee": "coffeescript",
    "literate_coffeescript": "coffeescript",
    "ls": "livescript",
    "common_lisp": "common-lisp",
    "dlang": "d",
    "robot_framework": "robotframework",
    "robot-framework": "robotframework",
    "robot": "robotframework",
    "plsql": "sql",
    "hql": "sql",
    "ssh": "sshd_config",
    "eex": "elixir",
    "heex": "elixir",
    "leex": "elixir",
    "hocon": "text",
    "conf": "text",
    "config": "text",
    "configuration": "text",
}

# Tokens rouge leaves without a <span>.


def escape_code(code: str) -> str:
    """Escape text for HTML the way rouge/kramdown do (``<``, ``>``, ``&``; quotes kept)."""
    return code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rouge_knows(lang: str) -> bool:
    return lang in _ROUGE_LANGS


@lru_cache(maxsize=256)
def _lexer(lang: str) -> Lexer | None:
    """The Pygments lexer for a language name; None for plain text or no known lexer."""
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    lowered = lang.lower()
    name = _ROUGE_ALIASES.get(lowered, lowered)
    if name == "text":
        return None
    if "," in name:  # rouge's rust doc-test names: "rust,ignore"
        name = name.split(",", 1)[0]
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


@lru_cache(maxsize=512)
def _css_class(ttype: Any) -> str:
    """The short class for a token type: its own, or its nearest ancestor's."""
    from pygments.token import STANDARD_TYPES, Text, Whitespace

    if ttype in Text or ttype in Whitespace:  # rouge leaves plain text and whitespace unwrapped
        return ""
    while ttype not in STANDARD_TYPES:
        ttype = ttype.parent
    return STANDARD_TYPES[ttype]


# For languages still lexed by Pygments: where rouge classifies differently,
# (Pygments class, text pattern or None for any, rouge class), first match wins.
_Remap = tuple[tuple[str, "re.Pattern[str] | None", str], ...]
_REMAP: dict[str, _Remap] = {
    "xml": (("cm", None, "c"),),
}


def _rouge_class(remap: _Remap, cls: str, text: str) -> str:
    for pyg, pattern, rouge in remap:
        if pyg == cls and (pattern is None or pattern.fullmatch(text)):
            return rouge
    return cls


def _tokens(lexer: Lexer, code: str) -> list[tuple[str, str]]:
    """(class, text) pairs; '' for text rouge leaves unwrapped."""
    name = lexer.aliases[0] if lexer.aliases else ""
    remap = _REMAP.get(name, ())
    out: list[tuple[str, str]] = []
    for ttype, value in lexer.get_tokens(code):
        cls = _css_class(ttype)
        if remap:
            cls = _rouge_class(remap, cls, value)
        if cls == "c1" and value.endswith("\n"):  # rouge ends a line comment before its line break
            out += [("c1", value[:-1]), ("", "\n")]
        else:
            out.append((cls, value))
    return out


def _format_tokens(lexer: Lexer, code: str) -> str:
    """Rouge's HTML formatter: one span per run of same-class tokens."""
    return _format_rouge_tokens(_tokens(lexer, code))


def _format_rouge_tokens(tokens: list[tuple[str, str]]) -> str:
    out: list[str] = []
    run_class: str | None = None
    run: list[str] = []
    for cls, value in tokens:
        if cls != run_class:
            _flush(out, run_class, run)
            run_class = cls
        run.append(value)
    _flush(out, run_class, run)
    return "".join(out)


def _flush(out: list[str], cls: str | None, run: list[str]) -> None:
    if not run:
        return
    text = escape_code("".join(run))
    out.append(f'<span class="{cls}">{text}</span>' if cls else text)
    run.clear()


# Languages with a tokenizer of our own (rouge name or alias → module with a ``LEXER``, or
# ``module:NAME``); they match rouge byte for byte where Pygments would not. Modules load on
# first use: building their tables costs milliseconds, which a page without code should not pay.
_OWN_LEXERS = {
    "bash": "rouge_shell:SHELL_LEXER",
    "sh": "rouge_shell:SHELL_LEXER",
    "shell": "rouge_shell:SHELL_LEXER",
    "zsh": "rouge_shell:SHELL_LEXER",
    "ksh": "rouge_shell:SHELL_LEXER",
    "console": "rouge_shell:CONSOLE_LEXER",
    "shell-session": "rouge_shell:CONSOLE_LEXER",
    "shell_session": "rouge_shell:CONSOLE_LEXER",
    "terminal": "rouge_shell:CONSOLE_LEXER",
    "python": "rouge_python",
    "py": "rouge_python",
    "yaml": "rouge_yaml",
    "yml": "rouge_yaml",
    "json": "rouge_json",
    "r": "rouge_r",
    "s": "rouge_r",
    "javascript": "rouge_javascript",
    "js": "rouge_javascript",
    "diff": "rouge_diff",
    "patch": "rouge_diff",
    "udiff": "rouge_diff",
    "matlab": "rouge_matlab",
    "m": "rouge_matlab",
    "tex": "rouge_tex",
    "latex": "rouge_tex",
    "html": "rouge_html",
    "c": "rouge_c",
    "cpp": "rouge_c:CPP_LEXER",
    "c++": "rouge_c:CPP_LEXER",
    "java": "rouge_java",
    "scala": "rouge_scala",
    "swift": "rouge_swift",
    "sql": "rouge_sql",
    "css": "rouge_css",
    "scss": "rouge_scss",
    "go": "rouge_go",
    "fortran": "rouge_fortran",
    "ini": "rouge_ini",
    "conf": "rouge_conf",
    "config": "rouge_conf",
    "configuration": "rouge_conf",
    "golang": "rouge_go",
    "haskell": "rouge_haskell",
    "hs": "rouge_haskell",
    "markdown": "rouge_markdown",
    "md": "rouge_markdown",
    "mkd": "rouge_markdown",
    "apache": "rouge_apache",
    "liquid": "rouge_liquid",
    "ruby": "rouge_ruby",
    "rb": "rouge_ruby",
    "vim": "rouge_vim",
    "viml": "rouge_vim",
    "vimscript": "rouge_vim",
    "bibtex": "rouge_bibtex",
    "bib": "rouge_bibtex",
    "toml": "rouge_toml",
    "docker": "rouge_docker",
    "dockerfile": "rouge_docker",
    "make": "rouge_make",
    "makefile": "rouge_make",
    "mf": "rouge_make",
    "gnumake": "rouge_make",
    "bsdmake": "rouge_make",
}


@lru_cache(maxsize=64)
def _own_lexer(spec: str) -> Any:
    """The lexer a ``module`` or ``module:NAME`` spec names (``LEXER`` by default)."""
    from importlib import import_module

    module, _, attr = spec.partition(":")
    mod = import_module(f"homepage_gen.render.{module}")
    if attr:
        return getattr(mod, attr)
    if module == "rouge_html":  # <script> and <style> bodies are lexed as their languages
        mod.set_embedded("javascript", lambda code: _own_lexer("rouge_javascript").tokens(code))
        mod.set_embedded("css", lambda code: _own_lexer("rouge_css").tokens(code))
    return mod.LEXER


# Snippets repeat across a site (install commands, a shared config block): small ones are
# highlighted once per process. Large blocks are rare and would make the memo heavy.
_MEMO_MAX_CHARS = 4096


def _body(code: str, lang: str) -> str:
    return _body_memo(code, lang) if len(code) <= _MEMO_MAX_CHARS else _highlight_body(code, lang)


@lru_cache(maxsize=1024)
def _body_memo(code: str, lang: str) -> str:
    return _highlight_body(code, lang)


def _highlight_body(code: str, lang: str) -> str:
    own = _OWN_LEXERS.get(lang.lower())
    if own is not None:
        return _format_rouge_tokens(_own_lexer(own).tokens(code))
    lexer = _lexer(lang)
    return escape_code(code) if lexer is None else _format_tokens(lexer, code)


def lang_tokens(code: str, lang: str) -> list[tuple[str, str]] | None:
    """(class, text) tokens of ``code`` as ``lang`` (for code embedded in another language),
    or None when rouge has no lexer of that name."""
    if not _rouge_knows(lang):
        return None
    own = _OWN_LEXERS.get(lang.lower())
    if own is not None:
        return _own_lexer(own).tokens(code)
    lexer = _lexer(lang)
    return [("", code)] if lexer is None else _tokens(lexer, code)


def highlight_block(code: str, lang: str) -> str | None:
    """Rouge's block markup for ``code`` (``<div class="highlight">…``), or None when rouge
    has no lexer for ``lang`` (kramdown then writes an un-highlighted ``<pre><code>``)."""
    if not _rouge_knows(lang):
        return None
    return f'<div class="highlight"><pre class="highlight"><code>{_body(code, lang)}</code></pre></div>'


def highlight_span(code: str, lang: str) -> str | None:
    """Rouge's markup for inline code (spans only, no wrapper), or None for unknown ``lang``."""
    if not _rouge_knows(lang):
        return None
    return _body(code, lang)


def highlight_fenced(code: str, lang: str | None) -> str:
    """The HTML kramdown (with Jekyll's rouge settings) writes for a code block.

    ``code`` is the block's content including its final newline; ``lang`` is the fence's
    language word (None for no language or an indented block: rouge's plaintext).
    """
    lang_name = lang or "plaintext"
    body = highlight_block(code, lang_name)
    if body is None:
        return f'<pre><code class="language-{lang_name}">{escape_code(code)}</code></pre>\n'
    return f'<div class="language-{lang_name} highlighter-rouge">{body}</div>\n'


def _strip_newlines(code: str) -> str:
    """Jekyll's highlight tag drops leading and trailing line breaks only."""
    return code.strip("\r\n")


def _linenos_table(body: str, code: str) -> str:
    """Rouge's table layout for ``linenos``: a gutter column and a code column."""
    count = code.count("\n") + 1
    numbers = "".join(f"{i}\n" for i in range(1, count + 1))
    return (
        '<table class="rouge-table"><tbody><tr>'
        f'<td class="gutter gl"><pre class="lineno">{numbers}</pre></td>'
        f'<td class="code"><pre>{body}\n</pre></td>'
        "</tr></tbody></table>"
    )


def highlight_tag(code: str, lang: str, linenos: bool = False) -> str:
    """What Jekyll's ``{% highlight lang [linenos] %}`` tag writes for ``code``."""
    code = _strip_newlines(code)
    lang_class = lang.replace("+", "-")
    body = _body(code, lang) if _rouge_knows(lang) else escape_code(code)
    if linenos:
        body = _linenos_table(body, code)
    return (
        f'<figure class="highlight"><pre><code class="language-{lang_class}" '
        f'data-lang="{lang_class}">{body}</code></pre></figure>'
    )
