"""Regenerate homepage_gen/render/emoji_names.json: gemoji's name → code points table.

jemoji looks names up in the `gemoji` gem, which is not installable here. The npm
package `gemoji` (MIT, by Titus Wormer) republishes the same table crawled from
github/gemoji, so this script reads it with node and writes one line per name:

    npm pack gemoji@8.1.0 && tar xzf gemoji-8.1.0.tgz
    python3 tools/gen_emoji_names.py package/index.js

GitHub's own (non-Unicode) emoji such as :octocat: are not in that package; they are
listed in homepage_gen/render/emoji.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "homepage_gen" / "render" / "emoji_names.json"

DUMP = """
const {gemoji} = await import(process.argv[1]);
const out = {};
const hex = (text) => [...text].map((c) => c.codePointAt(0).toString(16)).join('-');
for (const g of gemoji) for (const n of g.names) out[n] = hex(g.emoji);
process.stdout.write(JSON.stringify(out));
"""


def main(index_js: str) -> None:
    raw = subprocess.run(
        ["node", "--input-type=module", "-e", DUMP, str(Path(index_js).resolve())],
        check=True, capture_output=True, text=True,
    ).stdout
    table = json.loads(raw)
    lines = ",\n".join(f"{json.dumps(name)}: {json.dumps(points)}" for name, points in sorted(table.items()))
    OUT.write_text("{\n" + lines + "\n}\n", encoding="utf-8")
    print(f"{len(table)} names → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
