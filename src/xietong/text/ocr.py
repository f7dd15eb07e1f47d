"""Reading the text of scanned documents (OCR): a scanned PDF's page images, a photographed notice.

Government notices often reach an office as scans: a PDF whose pages are pictures, with no text
to read. They are read by optical character recognition, offline: RapidOCR runs PaddleOCR's
Chinese models on ONNX Runtime, and the models come inside its wheel, so nothing is fetched at run
time (an intranet has no internet). Debian's Tesseract models were tried first and read 京津冀 as
京津囊, 京津豆, 束津圳 … on clean print; these read it right.

Recognised text is text a machine read from a picture: the extract command says which documents
were read so, and the review queue is where a person checks the names against the scan.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

Progress = Callable[[int, int], None]  # pages read, of how many: a scan takes seconds a page

# the note a scan's source keeps: its text, and so every fact read from it, is a machine's reading of pictures
OCR_NOTE = "text read by OCR from pictures of its pages"
MAX_PAGES = 50  # about 4 s a page on two cores: a longer scan is refused with its length, not half read
MIN_SCORE = 0.5  # a line the model is less sure of than this is more likely a smudge or a stamp than text


class OcrError(ValueError):
    """A picture with no text to read, or a scan too long to read here."""


_turned = threading.local()  # which way up the angle classifier found each line of the last picture this thread read


@cache
def _engine() -> Any:
    """RapidOCR, its angle classifier's findings kept (see :func:`_read`)."""
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()
    classify = engine.text_cls

    def kept(lines: Any) -> Any:
        found = classify(lines)
        _turned.labels = [label for label, _score in found[1]]
        return found

    engine.text_cls = kept
    return engine


def image_text(image: Any) -> str:
    """The text of one picture (a PIL image), a line of it a line, in reading order, whichever way
    up the page was scanned or photographed.

    RapidOCR reads each line right way up (its angle classifier turns a line upside down before
    reading it) but lists the lines from the picture's top: a page fed into the scanner upside down
    came out last line first, and lines lost the marks at their ends. Most lines turned means the
    page was: it is turned right way up and read again. A page lying on its side has its lines
    standing taller than wide (read as broken columns): it is turned a quarter and read again,
    then righted as above. A page the right way up, the common case, is read once."""
    picture = image.convert("RGB")
    result, turned = _read(picture)
    if _on_its_side(result):
        picture = picture.rotate(90, expand=True)
        result, turned = _read(picture)
    if turned:
        result, _ = _read(picture.rotate(180))
    return "\n".join(text for _box, text, score in result if float(score) >= MIN_SCORE and text.strip())


def _read(picture: Any) -> tuple[list[Any], bool]:
    """RapidOCR's lines of ``picture`` (box, text, score), and whether most were read turned upside down."""
    import numpy as np

    _turned.labels = []
    result, _elapsed = _engine()(np.asarray(picture))
    labels = _turned.labels
    return result or [], sum(label == "180" for label in labels) * 2 > len(labels)


def _on_its_side(result: list[Any]) -> bool:
    """Whether most lines read stand at least twice as tall as they are wide: text running down a
    page on its side (a notice in Chinese is written across, since 1956)."""
    import math

    tall = sum(math.dist(box[1], box[2]) >= 2 * math.dist(box[0], box[1]) for box, _text, _score in result)
    return len(result) >= 2 and tall * 2 > len(result)


def image_bytes_text(data: bytes, progress: Progress | None = None) -> str:
    """The text of a picture file's bytes (PNG, JPEG, TIFF, BMP, WebP); every frame of a multi-page TIFF."""
    from PIL import ImageOps, ImageSequence

    with _opened(data) as picture:
        # a phone's photo is stored as the sensor saw it, with a tag saying how to turn it upright
        frames = [ImageOps.exif_transpose(frame.copy()) for frame in ImageSequence.Iterator(picture)]
    text, _ = _pages_text("a scan", frames, lambda frame: [frame], progress)
    if not text:
        raise OcrError("no text in this picture, not even by OCR")
    return text


def pictures_text(pages: list[list[bytes]], progress: Progress | None = None) -> str:
    """The text of a scan given as its pages' picture files (an OFD's image resources), page after page."""
    def pictures(files: list[bytes]) -> Iterator[Any]:
        for data in files:
            with _opened(data) as picture:
                yield picture

    text, read = _pages_text("a scan", pages, pictures, progress)
    if not text:
        raise OcrError("no text in this document, not even by OCR: its pages hold no text nor pictures of any" if not read
                       else "no text in this document, not even by OCR of the pictures of its pages")
    return text


def pdf_pages_text(reader: Any, progress: Progress | None = None) -> str:
    """The text of a scanned PDF's pages (a ``pypdf`` reader's), read by OCR from the pictures each
    page holds, page after page."""
    text, read = _pages_text("a scanned PDF", reader.pages, _pdf_pictures, progress)
    if not text:
        raise OcrError("no text in this PDF, not even by OCR: its pages hold no text nor pictures of any" if not read
                       else "no text in this PDF, not even by OCR of the pictures of its pages")
    return text


def _pdf_pictures(page: Any) -> Iterator[Any]:
    """The pictures a PDF's page holds, decoded; one damaged or cut short is refused with why."""
    from pypdf.errors import PyPdfError

    try:
        for picture in page.images:
            image = picture.image
            image.load()
            yield image
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as exc:
        raise OcrError(f"not a readable picture in this PDF: {exc}") from None


def _pages_text(what: str, pages: Sequence[Any], pictures: Callable[[Any], Iterable[Any]],
                progress: Progress | None) -> tuple[str, int]:
    """The text of ``pages``, each the ``pictures`` it holds read in turn, ``progress`` told after each,
    and how many pictures there were; a scan of more than ``MAX_PAGES`` is refused with its length,
    not half read."""
    if len(pages) > MAX_PAGES:
        raise OcrError(f"{what} of {len(pages)} pages: xietong reads up to {MAX_PAGES} by OCR; split it")
    texts = []
    for i, page in enumerate(pages, 1):
        texts += [image_text(picture) for picture in pictures(page)]
        if progress is not None:
            progress(i, len(pages))
    return "\n".join(t for t in texts if t).strip(), len(texts)


@contextmanager
def _opened(data: bytes) -> Iterator[Any]:
    """A picture file's bytes opened as an image; a file that is none, or is cut short, is refused
    with why. Pillow fills a cut picture's missing part with grey, raising nothing, wherever a
    module has asked it to (WeasyPrint, which renders the brief, does): the file is checked whole
    first, so a cut scan is never half read unsaid."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as whole:
            whole.verify()  # a PNG's chunks and their checksums, to its end
        if data[:3] == b"\xff\xd8\xff" and b"\xff\xd9" not in data[-64:]:
            raise OSError("its JPEG data is cut short (no end marker)")
        picture = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise OcrError(f"not a readable picture: {exc}") from None
    try:
        with picture:
            yield picture
    except OSError as exc:  # its data cut short, found only as it is decoded
        raise OcrError(f"not a readable picture: {exc}") from None
