"""Demo photos drawn locally with Pillow: nothing is downloaded."""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter

_PALETTES = [
    ((140, 190, 230), (70, 140, 70), (40, 100, 50)),  # clear day, rice fields
    ((250, 200, 150), (120, 150, 80), (70, 90, 50)),  # dusk over hills
    ((180, 200, 210), (90, 120, 110), (50, 70, 70)),  # misty mountains
    ((200, 225, 240), (170, 140, 90), (120, 90, 60)),  # harvest season
    ((120, 170, 220), (60, 110, 150), (30, 70, 110)),  # river and sky
]


def demo_photo_jpeg(seed_text: str, width: int = 960, height: int = 640) -> bytes:
    """A landscape-like JPEG, the same every time for the same seed text."""
    seed = int.from_bytes(hashlib.sha256(seed_text.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    sky, land, far = rng.choice(_PALETTES)
    img = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(img)
    # Sky gradient.
    for y in range(height // 2):
        shade = tuple(max(0, c - y * 60 // height) for c in sky)
        draw.line([(0, y), (width, y)], fill=shade)
    # Sun.
    sx, sy, r = rng.randint(100, width - 100), rng.randint(60, height // 3), 50
    draw.ellipse([sx - r, sy - r, sx + r, sy + r], fill=(255, 235, 170))
    # Two ranges of hills.
    for colour, base in ((far, height // 2), (land, int(height * 0.65))):
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base - rng.randint(0, height // 6)))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    # Fields in rows.
    for i in range(6):
        y = int(height * 0.72) + i * 40
        tone = tuple(min(255, c + rng.randint(-20, 30)) for c in land)
        draw.rectangle([0, y, width, y + 30], fill=tone)
    img = img.filter(ImageFilter.GaussianBlur(1))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=78, optimize=True, progressive=True)
    return out.getvalue()
