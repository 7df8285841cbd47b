# ruff: noqa: E501
"""JavaScript highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "'a\\'b\\n' \"c\\\"d\"\n",
        '<span class="dl">\'</span><span class="s1">a</span><span class="se">\\\'</span><span class="s1">b</span><span class="se">\\n</span><span class="dl">\'</span> <span class="dl">"</span><span class="s2">c</span><span class="se">\\"</span><span class="s2">d</span><span class="dl">"</span>\n',
    ),
    (
        "`a ${b + `c`} d\\n`\n",
        '<span class="s2">`a </span><span class="p">${</span><span class="nx">b</span> <span class="o">+</span> <span class="s2">`c`</span><span class="p">}</span><span class="s2"> d\\n`</span>\n',
    ),
    (
        "x = /re\\/x[a/]/g.test(y)\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="sr">/re</span><span class="se">\\/</span><span class="sr">x</span><span class="se">[</span><span class="sr">a</span><span class="se">/]</span><span class="sr">/g</span><span class="p">.</span><span class="nx">test</span><span class="p">(</span><span class="nx">y</span><span class="p">)</span>\n',
    ),
    (
        "a / b / c\n",
        '<span class="nx">a</span> <span class="o">/</span> <span class="nx">b</span> <span class="o">/</span> <span class="nx">c</span>\n',
    ),
    (
        "(a) / 2\n",
        '<span class="p">(</span><span class="nx">a</span><span class="p">)</span> <span class="o">/</span> <span class="mi">2</span>\n',
    ),
    (
        "x = 1.5; y = 1e-3; z = 0o17; w = 0b11; v = 1_000; u = 5.; t = .5e1\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="mf">1.5</span><span class="p">;</span> <span class="nx">y</span> <span class="o">=</span> <span class="mi">1</span><span class="nx">e</span><span class="o">-</span><span class="mi">3</span><span class="p">;</span> <span class="nx">z</span> <span class="o">=</span> <span class="mo">0o17</span><span class="p">;</span> <span class="nx">w</span> <span class="o">=</span> <span class="mb">0b11</span><span class="p">;</span> <span class="nx">v</span> <span class="o">=</span> <span class="mi">1</span><span class="nx">_000</span><span class="p">;</span> <span class="nx">u</span> <span class="o">=</span> <span class="mi">5</span><span class="p">.;</span> <span class="nx">t</span> <span class="o">=</span> <span class="p">.</span><span class="mi">5</span><span class="nx">e1</span>\n',
    ),
    (
        "obj = { a: 1, 'b': 2, \"c\": 3, d, [e]: 4, f() {}, get g() {}, 5: 6 }\n",
        '<span class="nx">obj</span> <span class="o">=</span> <span class="p">{</span> <span class="na">a</span><span class="p">:</span> <span class="mi">1</span><span class="p">,</span> <span class="dl">\'</span><span class="s1">b</span><span class="dl">\'</span><span class="p">:</span> <span class="mi">2</span><span class="p">,</span> <span class="dl">"</span><span class="s2">c</span><span class="dl">"</span><span class="p">:</span> <span class="mi">3</span><span class="p">,</span> <span class="nx">d</span><span class="p">,</span> <span class="p">[</span><span class="nx">e</span><span class="p">]:</span> <span class="mi">4</span><span class="p">,</span> <span class="nx">f</span><span class="p">()</span> <span class="p">{},</span> <span class="kd">get</span> <span class="nx">g</span><span class="p">()</span> <span class="p">{},</span> <span class="mi">5</span><span class="p">:</span> <span class="mi">6</span> <span class="p">}</span>\n',
    ),
    (
        "a ? b : c\n",
        '<span class="nx">a</span> <span class="p">?</span> <span class="nx">b</span> <span class="p">:</span> <span class="nx">c</span>\n',
    ),
    (
        "case 1: break; default: x\n",
        '<span class="k">case</span> <span class="mi">1</span><span class="p">:</span> <span class="k">break</span><span class="p">;</span> <span class="nl">default</span><span class="p">:</span> <span class="nx">x</span>\n',
    ),
    (
        "label: for (;;) {}\n",
        '<span class="nx">label</span><span class="p">:</span> <span class="k">for</span> <span class="p">(;;)</span> <span class="p">{}</span>\n',
    ),
    (
        "function* gen() { yield 1; }\n",
        '<span class="kd">function</span><span class="o">*</span> <span class="nx">gen</span><span class="p">()</span> <span class="p">{</span> <span class="k">yield</span> <span class="mi">1</span><span class="p">;</span> <span class="p">}</span>\n',
    ),
    (
        "const {a, b} = obj;\n",
        '<span class="kd">const</span> <span class="p">{</span><span class="nx">a</span><span class="p">,</span> <span class="nx">b</span><span class="p">}</span> <span class="o">=</span> <span class="nx">obj</span><span class="p">;</span>\n',
    ),
    (
        "x?.y ?? z\n",
        '<span class="nx">x</span><span class="p">?.</span><span class="nx">y</span> <span class="o">??</span> <span class="nx">z</span>\n',
    ),
    (
        "a **= 2; b >>>= 1; c &&= d; e ||= f; g ??= h\n",
        '<span class="nx">a</span> <span class="o">**=</span> <span class="mi">2</span><span class="p">;</span> <span class="nx">b</span> <span class="o">&gt;&gt;&gt;=</span> <span class="mi">1</span><span class="p">;</span> <span class="nx">c</span> <span class="o">&amp;&amp;=</span> <span class="nx">d</span><span class="p">;</span> <span class="nx">e</span> <span class="o">||=</span> <span class="nx">f</span><span class="p">;</span> <span class="nx">g</span> <span class="o">??=</span> <span class="nx">h</span>\n',
    ),
    (
        "new.target; import.meta\n",
        '<span class="k">new</span><span class="p">.</span><span class="nx">target</span><span class="p">;</span> <span class="k">import</span><span class="p">.</span><span class="nx">meta</span>\n',
    ),
    (
        "let x = void 0, y = typeof z, w = a instanceof B, q = 'k' in o\n",
        '<span class="kd">let</span> <span class="nx">x</span> <span class="o">=</span> <span class="k">void</span> <span class="mi">0</span><span class="p">,</span> <span class="nx">y</span> <span class="o">=</span> <span class="k">typeof</span> <span class="nx">z</span><span class="p">,</span> <span class="nx">w</span> <span class="o">=</span> <span class="nx">a</span> <span class="k">instanceof</span> <span class="nx">B</span><span class="p">,</span> <span class="nx">q</span> <span class="o">=</span> <span class="dl">\'</span><span class="s1">k</span><span class="dl">\'</span> <span class="k">in</span> <span class="nx">o</span>\n',
    ),
    (
        "NaN Infinity undefined null true false this super arguments\n",
        '<span class="kc">NaN</span> <span class="kc">Infinity</span> <span class="kc">undefined</span> <span class="kc">null</span> <span class="kc">true</span> <span class="kc">false</span> <span class="k">this</span> <span class="k">super</span> <span class="nx">arguments</span>\n',
    ),
    (
        "Math.max(1, 2); JSON.parse(s); Object.keys(o); Array.isArray(a); Promise.resolve(); Number(x); String(y); Symbol('s'); RegExp; Map; Set; console; window; document; globalThis; process; require('x'); module.exports = {}\n",
        '<span class="nb">Math</span><span class="p">.</span><span class="nx">max</span><span class="p">(</span><span class="mi">1</span><span class="p">,</span> <span class="mi">2</span><span class="p">);</span> <span class="nx">JSON</span><span class="p">.</span><span class="nx">parse</span><span class="p">(</span><span class="nx">s</span><span class="p">);</span> <span class="nb">Object</span><span class="p">.</span><span class="nx">keys</span><span class="p">(</span><span class="nx">o</span><span class="p">);</span> <span class="nb">Array</span><span class="p">.</span><span class="nx">isArray</span><span class="p">(</span><span class="nx">a</span><span class="p">);</span> <span class="nb">Promise</span><span class="p">.</span><span class="nx">resolve</span><span class="p">();</span> <span class="nb">Number</span><span class="p">(</span><span class="nx">x</span><span class="p">);</span> <span class="nb">String</span><span class="p">(</span><span class="nx">y</span><span class="p">);</span> <span class="nb">Symbol</span><span class="p">(</span><span class="dl">\'</span><span class="s1">s</span><span class="dl">\'</span><span class="p">);</span> <span class="nb">RegExp</span><span class="p">;</span> <span class="nb">Map</span><span class="p">;</span> <span class="nb">Set</span><span class="p">;</span> <span class="nx">console</span><span class="p">;</span> <span class="nb">window</span><span class="p">;</span> <span class="nb">document</span><span class="p">;</span> <span class="nx">globalThis</span><span class="p">;</span> <span class="nx">process</span><span class="p">;</span> <span class="nx">require</span><span class="p">(</span><span class="dl">\'</span><span class="s1">x</span><span class="dl">\'</span><span class="p">);</span> <span class="nx">module</span><span class="p">.</span><span class="nx">exports</span> <span class="o">=</span> <span class="p">{}</span>\n',
    ),
    (
        "with (x) {}; debugger; do {} while (0); switch (x) {}; continue; throw e; enum; implements; interface; package; private; protected; public\n",
        '<span class="kd">with</span> <span class="p">(</span><span class="nx">x</span><span class="p">)</span> <span class="p">{};</span> <span class="k">debugger</span><span class="p">;</span> <span class="k">do</span> <span class="p">{}</span> <span class="k">while</span> <span class="p">(</span><span class="mi">0</span><span class="p">);</span> <span class="k">switch</span> <span class="p">(</span><span class="nx">x</span><span class="p">)</span> <span class="p">{};</span> <span class="k">continue</span><span class="p">;</span> <span class="k">throw</span> <span class="nx">e</span><span class="p">;</span> <span class="kr">enum</span><span class="p">;</span> <span class="kr">implements</span><span class="p">;</span> <span class="kr">interface</span><span class="p">;</span> <span class="kr">package</span><span class="p">;</span> <span class="kr">private</span><span class="p">;</span> <span class="kr">protected</span><span class="p">;</span> <span class="kr">public</span>\n',
    ),
    ("#!/usr/bin/env node\n", '<span class="cp">#!/usr/bin/env node\n</span>'),
    (
        "<!-- html comment\n",
        '<span class="c">&lt;!--</span> <span class="nx">html</span> <span class="nx">comment</span>\n',
    ),
    (
        "@decorator class A {}\n",
        '<span class="p">@</span><span class="nd">decorator</span> <span class="kd">class</span> <span class="nx">A</span> <span class="p">{}</span>\n',
    ),
    (
        "a\n  .b()\n  .c()\n",
        '<span class="nx">a</span>\n  <span class="p">.</span><span class="nx">b</span><span class="p">()</span>\n  <span class="p">.</span><span class="nx">c</span><span class="p">()</span>\n',
    ),
    (
        "foo.bar.baz = 1\n",
        '<span class="nx">foo</span><span class="p">.</span><span class="nx">bar</span><span class="p">.</span><span class="nx">baz</span> <span class="o">=</span> <span class="mi">1</span>\n',
    ),
    ("x => x\n", '<span class="nx">x</span> <span class="o">=&gt;</span> <span class="nx">x</span>\n'),
    (
        "async x => await x\n",
        '<span class="k">async</span> <span class="nx">x</span> <span class="o">=&gt;</span> <span class="k">await</span> <span class="nx">x</span>\n',
    ),
    (
        "const f = async () => {}\n",
        '<span class="kd">const</span> <span class="nx">f</span> <span class="o">=</span> <span class="k">async</span> <span class="p">()</span> <span class="o">=&gt;</span> <span class="p">{}</span>\n',
    ),
    (
        "of let yield await static\n",
        '<span class="k">of</span> <span class="kd">let</span> <span class="k">yield</span> <span class="k">await</span> <span class="kd">static</span>\n',
    ),
    (
        "for (const x of xs) {}\n",
        '<span class="k">for</span> <span class="p">(</span><span class="kd">const</span> <span class="nx">x</span> <span class="k">of</span> <span class="nx">xs</span><span class="p">)</span> <span class="p">{}</span>\n',
    ),
    (
        "export { a as b } from 'c';\nimport * as d from 'e';\n",
        '<span class="k">export</span> <span class="p">{</span> <span class="nx">a</span> <span class="k">as</span> <span class="nx">b</span> <span class="p">}</span> <span class="k">from</span> <span class="dl">\'</span><span class="s1">c</span><span class="dl">\'</span><span class="p">;</span>\n<span class="k">import</span> <span class="o">*</span> <span class="k">as</span> <span class="nx">d</span> <span class="k">from</span> <span class="dl">\'</span><span class="s1">e</span><span class="dl">\'</span><span class="p">;</span>\n',
    ),
    (
        "$x _y \\u0041 é\n",
        '<span class="nx">$x</span> <span class="nx">_y</span> <span class="err">\\</span><span class="nx">u0041</span> <span class="nx">é</span>\n',
    ),
    (
        "a // c\nb /* c */ c\n",
        '<span class="nx">a</span> <span class="c1">// c</span>\n<span class="nx">b</span> <span class="cm">/* c */</span> <span class="nx">c</span>\n',
    ),
    ("/*\n * doc\n */\n", '<span class="cm">/*\n * doc\n */</span>\n'),
    ("/** jsdoc @param {string} x */\n", '<span class="cm">/** jsdoc @param {string} x */</span>\n'),
    (
        "x = 'unterminated\ny\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="dl">\'</span><span class="s1">unterminated\ny\n</span>',
    ),
    (
        "'a\\\nb'\n",
        '<span class="dl">\'</span><span class="s1">a</span><span class="se">\\</span><span class="s1">\nb</span><span class="dl">\'</span>\n',
    ),
    (
        "x = y/2/z\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="nx">y</span><span class="o">/</span><span class="mi">2</span><span class="o">/</span><span class="nx">z</span>\n',
    ),
    ("return /re/\n", '<span class="k">return</span> <span class="sr">/re/</span>\n'),
    (
        "if (/x/.test(s)) {}\n",
        '<span class="k">if</span> <span class="p">(</span><span class="sr">/x/</span><span class="p">.</span><span class="nx">test</span><span class="p">(</span><span class="nx">s</span><span class="p">))</span> <span class="p">{}</span>\n',
    ),
    (
        "[1,2].map(v=>v*2)\n",
        '<span class="p">[</span><span class="mi">1</span><span class="p">,</span><span class="mi">2</span><span class="p">].</span><span class="nx">map</span><span class="p">(</span><span class="nx">v</span><span class="o">=&gt;</span><span class="nx">v</span><span class="o">*</span><span class="mi">2</span><span class="p">)</span>\n',
    ),
    (
        "var a = b\n/re/g\n",
        '<span class="kd">var</span> <span class="nx">a</span> <span class="o">=</span> <span class="nx">b</span>\n<span class="o">/</span><span class="nx">re</span><span class="o">/</span><span class="nx">g</span>\n',
    ),
    (
        "map.get(k); x.set(1); a.class; a.new; a.default; a.static; a.if\n",
        '<span class="nx">map</span><span class="p">.</span><span class="kd">get</span><span class="p">(</span><span class="nx">k</span><span class="p">);</span> <span class="nx">x</span><span class="p">.</span><span class="kd">set</span><span class="p">(</span><span class="mi">1</span><span class="p">);</span> <span class="nx">a</span><span class="p">.</span><span class="kd">class</span><span class="p">;</span> <span class="nx">a</span><span class="p">.</span><span class="k">new</span><span class="p">;</span> <span class="nx">a</span><span class="p">.</span><span class="k">default</span><span class="p">;</span> <span class="nx">a</span><span class="p">.</span><span class="kd">static</span><span class="p">;</span> <span class="nx">a</span><span class="p">.</span><span class="k">if</span>\n',
    ),
    (
        "function f() { a: 1 }\n",
        '<span class="kd">function</span> <span class="nx">f</span><span class="p">()</span> <span class="p">{</span> <span class="nl">a</span><span class="p">:</span> <span class="mi">1</span> <span class="p">}</span>\n',
    ),
    (
        "if (x) { a: 1 }\n",
        '<span class="k">if</span> <span class="p">(</span><span class="nx">x</span><span class="p">)</span> <span class="p">{</span> <span class="nl">a</span><span class="p">:</span> <span class="mi">1</span> <span class="p">}</span>\n',
    ),
    (
        "x = { a: { b: 1 } }\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="p">{</span> <span class="na">a</span><span class="p">:</span> <span class="p">{</span> <span class="na">b</span><span class="p">:</span> <span class="mi">1</span> <span class="p">}</span> <span class="p">}</span>\n',
    ),
    (
        "f({\n  key: 1,\n  other: 'x'\n})\n",
        '<span class="nx">f</span><span class="p">({</span>\n  <span class="na">key</span><span class="p">:</span> <span class="mi">1</span><span class="p">,</span>\n  <span class="na">other</span><span class="p">:</span> <span class="dl">\'</span><span class="s1">x</span><span class="dl">\'</span>\n<span class="p">})</span>\n',
    ),
    (
        "switch (x) { case 1: y; default: z }\n",
        '<span class="k">switch</span> <span class="p">(</span><span class="nx">x</span><span class="p">)</span> <span class="p">{</span> <span class="k">case</span> <span class="mi">1</span><span class="p">:</span> <span class="nx">y</span><span class="p">;</span> <span class="nl">default</span><span class="p">:</span> <span class="nx">z</span> <span class="p">}</span>\n',
    ),
    ("default : x\n", '<span class="k">default</span> <span class="p">:</span> <span class="nx">x</span>\n'),
    (
        "x = {a:1}\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="p">{</span><span class="na">a</span><span class="p">:</span><span class="mi">1</span><span class="p">}</span>\n',
    ),
    (
        "{ a: 1 }\n",
        '<span class="p">{</span> <span class="nl">a</span><span class="p">:</span> <span class="mi">1</span> <span class="p">}</span>\n',
    ),
    (
        "x = [{ a: 1 }]\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="p">[{</span> <span class="na">a</span><span class="p">:</span> <span class="mi">1</span> <span class="p">}]</span>\n',
    ),
    (
        "class A { m() { return { k: 1 }; } }\n",
        '<span class="kd">class</span> <span class="nx">A</span> <span class="p">{</span> <span class="nx">m</span><span class="p">()</span> <span class="p">{</span> <span class="k">return</span> <span class="p">{</span> <span class="na">k</span><span class="p">:</span> <span class="mi">1</span> <span class="p">};</span> <span class="p">}</span> <span class="p">}</span>\n',
    ),
    ("}\n/re/\n", '<span class="p">}</span>\n<span class="sr">/re/</span>\n'),
    (
        ") /re/\n",
        '<span class="p">)</span> <span class="o">/</span><span class="nx">re</span><span class="o">/</span>\n',
    ),
    (
        "x = [/re/]\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="p">[</span><span class="sr">/re/</span><span class="p">]</span>\n',
    ),
    ("a + /re/\n", '<span class="nx">a</span> <span class="o">+</span> <span class="sr">/re/</span>\n'),
    (
        "f(/re/, /x/)\n",
        '<span class="nx">f</span><span class="p">(</span><span class="sr">/re/</span><span class="p">,</span> <span class="sr">/x/</span><span class="p">)</span>\n',
    ),
    (
        "!/re/.test(x)\n",
        '<span class="o">!</span><span class="sr">/re/</span><span class="p">.</span><span class="nx">test</span><span class="p">(</span><span class="nx">x</span><span class="p">)</span>\n',
    ),
    (
        "x = a ? /b/ : /c/\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="nx">a</span> <span class="p">?</span> <span class="sr">/b/</span> <span class="p">:</span> <span class="sr">/c/</span>\n',
    ),
    (
        "/re/.test(s)\n",
        '<span class="o">/</span><span class="nx">re</span><span class="o">/</span><span class="p">.</span><span class="nx">test</span><span class="p">(</span><span class="nx">s</span><span class="p">)</span>\n',
    ),
    ("{ /re/ }\n", '<span class="p">{</span> <span class="sr">/re/</span> <span class="p">}</span>\n'),
    (
        "x\n/re/\n",
        '<span class="nx">x</span>\n<span class="o">/</span><span class="nx">re</span><span class="o">/</span>\n',
    ),
    (
        "1 /re/ 2\n",
        '<span class="mi">1</span> <span class="o">/</span><span class="nx">re</span><span class="o">/</span> <span class="mi">2</span>\n',
    ),
    (
        "a = b ? c : d\n",
        '<span class="nx">a</span> <span class="o">=</span> <span class="nx">b</span> <span class="p">?</span> <span class="nx">c</span> <span class="p">:</span> <span class="nx">d</span>\n',
    ),
    (
        "x = { 'k': 1, \"j\": 2, k2 : 3 }\n",
        '<span class="nx">x</span> <span class="o">=</span> <span class="p">{</span> <span class="dl">\'</span><span class="s1">k</span><span class="dl">\'</span><span class="p">:</span> <span class="mi">1</span><span class="p">,</span> <span class="dl">"</span><span class="s2">j</span><span class="dl">"</span><span class="p">:</span> <span class="mi">2</span><span class="p">,</span> <span class="na">k2</span> <span class="p">:</span> <span class="mi">3</span> <span class="p">}</span>\n',
    ),
    (
        "y = {\n  a : 1 }\n",
        '<span class="nx">y</span> <span class="o">=</span> <span class="p">{</span>\n  <span class="na">a</span> <span class="p">:</span> <span class="mi">1</span> <span class="p">}</span>\n',
    ),
    (
        "z = { get: 1, set: 2, if: 3 }\n",
        '<span class="nx">z</span> <span class="o">=</span> <span class="p">{</span> <span class="na">get</span><span class="p">:</span> <span class="mi">1</span><span class="p">,</span> <span class="na">set</span><span class="p">:</span> <span class="mi">2</span><span class="p">,</span> <span class="na">if</span><span class="p">:</span> <span class="mi">3</span> <span class="p">}</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "javascript") == rouge
