"""Real files, good and hostile, built in memory for the upload tests."""

import io
import struct
import zipfile
import zlib

from PIL import Image

SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" '
    b'onload="alert(document.cookie)">'
    b"<script>fetch('/admin/users/').then(r=>r.text()).then(alert)</script>"
    b'<rect width="10" height="10"/></svg>'
)


def image_bytes(fmt: str, size=(64, 48)) -> bytes:
    buffer = io.BytesIO()
    # Noise, so that a cut anywhere lands in the middle of compressed pixel data.
    image = Image.effect_noise(size, 64).convert("RGB")
    image.save(buffer, fmt)
    return buffer.getvalue()


def animated_gif_bytes(frames: int = 3) -> bytes:
    buffer = io.BytesIO()
    images = [Image.effect_noise((200, 150), 80).convert("P") for _ in range(frames)]
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    return data[: int(len(data) * keep)]


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload))
    )


def png_declaring(width: int, height: int) -> bytes:
    """A valid black-and-white PNG of width x height pixels, all black.

    Every row compresses to almost nothing, so 20000 x 20000 pixels fit in about
    50 KB, yet decoding it would take 400 MB: a decompression bomb."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then 1 bit per pixel
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height))
    pixels += compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def padded(data: bytes, total_size: int) -> bytes:
    """A valid image grown to total_size bytes; decoders ignore trailing bytes."""
    return data + b"\x00" * (total_size - len(data))


def pdf_bytes() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
        b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
        b"trailer <</Root 1 0 R>>\n%%EOF\n"
    )


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document/>",
        }
    )


def odt_bytes() -> bytes:
    return zip_bytes(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b"<office:document-content/>",
        }
    )


# The start of a Windows program, as a virus renamed to a document would be.
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 64
