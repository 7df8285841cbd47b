"""Generate the bundled placeholder avatar, ``images/mzq1000.jpg``.

The embedded default site's ``_config.yml`` points ``author.avatar`` at
``images/mzq1000.jpg``. Instead of shipping anyone's photograph, the theme ships
this neutral placeholder: a 400x400 JPEG with a soft diagonal gradient, a
lighter disc and the author's initials ("ZM") centred on it. Everything is
drawn by this script; the only font used is the one bundled with Pillow.

Pillow is not a runtime dependency of homepage. To regenerate the image::

    pip install "pillow>=10.1"
    python tools/make_avatar.py                      # writes images/mzq1000.jpg
    python tools/make_avatar.py --initials AB -o images/me.jpg

The output is deterministic for a given Pillow version.
"""

from __future__ import annotations

import argparse
from pathlib import Path

SIZE = 400
# Gradient end points (top-left -> bottom-right): slate blue to muted teal.
TOP_LEFT = (58, 90, 140)
BOTTOM_RIGHT = (76, 150, 160)
DISC = (255, 255, 255, 46)
TEXT = (255, 255, 255, 240)


def _lerp(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def make_avatar(initials: str = "ZM", size: int = SIZE):
    """Return a Pillow RGB image of the placeholder avatar."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    # Diagonal gradient, computed on a small canvas and scaled up (smooth and fast).
    small = 64
    grad = Image.new("RGB", (small, small))
    px = grad.load()
    for y in range(small):
        for x in range(small):
            px[x, y] = _lerp(TOP_LEFT, BOTTOM_RIGHT, (x + y) / (2 * (small - 1)))
    img = grad.resize((size, size), Image.Resampling.BICUBIC).convert("RGBA")

    # A soft, slightly blurred disc behind the initials.
    overlay = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    margin = size * 0.14
    draw.ellipse((margin, margin, size - margin, size - margin), fill=DISC)
    overlay = overlay.filter(ImageFilter.GaussianBlur(size / 80))
    img = Image.alpha_composite(img, overlay)

    # Initials, centred on the disc.
    try:
        font = ImageFont.load_default(size=round(size * 0.32))
    except TypeError:  # Pillow < 10.1 has no scalable default font
        font = ImageFont.load_default()
    draw = ImageDraw.Draw(img)
    draw.text((size / 2, size / 2), initials, font=font, fill=TEXT, anchor="mm")
    return img.convert("RGB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--initials", default="ZM", help="letters drawn on the avatar (default: ZM)")
    parser.add_argument("--size", type=int, default=SIZE, help="edge length in pixels (default: 400)")
    default_out = Path(__file__).resolve().parent.parent / "images" / "mzq1000.jpg"
    parser.add_argument("-o", "--output", type=Path, default=default_out, help="output JPEG path")
    args = parser.parse_args(argv)

    image = make_avatar(args.initials, args.size)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    image.save(args.output, "JPEG", quality=88, optimize=True, progressive=True)
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
