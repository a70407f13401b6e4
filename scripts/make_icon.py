"""Draws the application icon (resources/icons/app.png and app.ico) with Pillow.

A rounded square in civic blue with a white "1" inside a stamp ring: the
one-stop ("một cửa") desk. Run again after changing the drawing; the outputs are
committed so a build never depends on this script.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
BLUE, DEEP, WHITE, GOLD = (21, 88, 176), (12, 58, 122), (255, 255, 255), (244, 196, 48)
SIZE = 1024  # drawn large, then downsampled for smooth edges
FONT = ROOT / "resources" / "fonts" / "LiberationSerif-Bold.ttf"


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin, radius = size * 0.04, size * 0.2
    box = (margin, margin, size - margin, size - margin)
    pen.rounded_rectangle(box, radius=radius, fill=BLUE)
    # a darker lower band gives depth without a gradient
    pen.rounded_rectangle((margin, size * 0.62, size - margin, size - margin),
                          radius=radius, fill=DEEP)
    pen.rectangle((margin, size * 0.62, size - margin, size * 0.75), fill=DEEP)
    centre, ring = size / 2, size * 0.33
    pen.ellipse((centre - ring, centre - ring, centre + ring, centre + ring),
                outline=WHITE, width=int(size * 0.045))
    pen.ellipse((centre - ring * 0.8, centre - ring * 0.8, centre + ring * 0.8,
                 centre + ring * 0.8), outline=GOLD, width=int(size * 0.015))
    font = ImageFont.truetype(str(FONT), int(size * 0.42))
    pen.text((centre, centre + size * 0.01), "1", font=font, fill=WHITE, anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "app.png", optimize=True)
    big.resize((256, 256), Image.LANCZOS).save(
        OUT / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                (256, 256)])
    print(f"wrote {OUT / 'app.png'} and {OUT / 'app.ico'}")


if __name__ == "__main__":
    main()
