"""The pages of one paper as one PDF, without losing a pixel.

A scanned paper arrives as images (PNG, JPEG, TIFF, a multi-page TIFF from a sheet
feeder), as PDFs a network scanner wrote, or a mix of them. img2pdf wraps each image in a
page as it is (a JPEG's bytes are kept, PNG and TIFF pixels are compressed without loss)
and pikepdf joins the pages, in the order given, into one document. What a file holds is
read from its first bytes, not its name: a scanner's "scan0001" has no extension.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import InvalidInput, os_reason

MAX_FILE_BYTES = 200 * 1024 * 1024  # one scanned file; a 300 dpi colour A4 is ~25 MB raw
MAX_PAGES = 500

PDF, PNG, JPEG, TIFF = "pdf", "png", "jpeg", "tiff"
_SIGNATURES = ((b"%PDF-", PDF), (b"\x89PNG\r\n\x1a\n", PNG), (b"\xff\xd8\xff", JPEG),
               (b"II*\x00", TIFF), (b"MM\x00*", TIFF))
KINDS_TEXT = "PDF, PNG, JPEG hoặc TIFF"


class PaperFileRefused(InvalidInput):
    """A file that cannot become a page of a paper (exit status 2, nothing written)."""


@dataclass(frozen=True)
class PaperPdf:
    data: bytes
    pages: int


def kind_of(path: Path) -> str:
    """PDF, PNG, JPEG or TIFF by the file's first bytes; PaperFileRefused otherwise."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as f:
            head = f.read(16)
    except IsADirectoryError:
        raise PaperFileRefused(f"“{name}” là một thư mục, không phải tệp.") from None
    except OSError as exc:
        raise PaperFileRefused(f"Không đọc được tệp “{name}”: {os_reason(exc)}.") from exc
    if size == 0:
        raise PaperFileRefused(f"Tệp “{name}” rỗng (0 byte).")
    if size > MAX_FILE_BYTES:
        raise PaperFileRefused(f"Tệp “{name}” quá lớn (tối đa "
                               f"{MAX_FILE_BYTES // (1024 * 1024)} MB).")
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    raise PaperFileRefused(f"Tệp “{name}” không phải {KINDS_TEXT}: không dùng làm giấy "
                           f"tờ được.")


def paper_pdf(paths: Sequence[Path]) -> PaperPdf:
    """The files' pages, in order, as one PDF. PaperFileRefused names the first file
    that cannot be read (damaged, password-protected, no pages); nothing is kept then."""
    import pikepdf

    if not paths:
        raise PaperFileRefused("Chưa chọn tệp nào cho giấy tờ này.")
    kinds = [kind_of(Path(p)) for p in paths]  # every file checked before any is read
    out = pikepdf.Pdf.new()
    sources = []  # kept open until the joined document is written
    try:
        for path, kind in zip(paths, kinds, strict=True):
            data = _image_pdf(Path(path)) if kind != PDF else Path(path).read_bytes()
            source = _open_pdf(Path(path), data)
            sources.append(source)
            if len(out.pages) + len(source.pages) > MAX_PAGES:
                raise PaperFileRefused(f"Giấy tờ quá nhiều trang (tối đa {MAX_PAGES}).")
            out.pages.extend(source.pages)
        if not out.pages:
            raise PaperFileRefused("Các tệp đã chọn không có trang nào.")
        buffer = io.BytesIO()
        # Fixed ids and no creation time: the same pages give the same bytes (and hash).
        out.save(buffer, static_id=True,
                 compress_streams=True, linearize=False)
        return PaperPdf(buffer.getvalue(), len(out.pages))
    finally:
        for source in sources:
            source.close()
        out.close()


def _open_pdf(path: Path, data: bytes):
    import pikepdf

    try:
        pdf = pikepdf.Pdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise PaperFileRefused(f"Tệp “{path.name}” có mật khẩu: hãy dùng bản không khóa."
                               ) from None
    except pikepdf.PdfError as exc:
        raise PaperFileRefused(f"Tệp PDF “{path.name}” bị hỏng, không đọc được.") from exc
    if not pdf.pages:
        pdf.close()
        raise PaperFileRefused(f"Tệp “{path.name}” không có trang nào.")
    return pdf


def _image_pdf(path: Path) -> bytes:
    """An image file (every frame of a TIFF) as PDF pages, its pixels kept as they are."""
    import img2pdf

    try:
        return img2pdf.convert(str(path), rotation=img2pdf.Rotation.ifvalid)
    except img2pdf.AlphaChannelError:
        # A PDF image has no alpha channel: the picture is flattened on white, which is
        # what a printer or a viewer shows anyway.
        return img2pdf.convert(_flattened_png(path))
    except (img2pdf.ImageOpenError, OSError, ValueError, SyntaxError) as exc:
        raise PaperFileRefused(f"Ảnh “{path.name}” bị hỏng, không đọc được.") from exc


def _flattened_png(path: Path) -> bytes:
    from PIL import Image

    try:
        with Image.open(path) as image:
            dpi = image.info.get("dpi")
            rgba = image.convert("RGBA")
    except (OSError, ValueError, SyntaxError) as exc:
        raise PaperFileRefused(f"Ảnh “{path.name}” bị hỏng, không đọc được.") from exc
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    buffer = io.BytesIO()
    flat.save(buffer, "PNG", **({"dpi": dpi} if dpi else {}))
    return buffer.getvalue()
