"""Report helpers: a figure is drawn once, and the file, the notebook and the HTML agree."""

from __future__ import annotations

import base64
import struct
import zlib

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from blinarepro import report  # noqa: E402


def _figure():
    report.setup()
    fig, ax = plt.subplots(figsize=(3.0, 2.0))
    ax.plot([0, 1, 2], [2, 0, 1], color="#2b7bba")
    ax.set_title("a test figure")
    return fig


def _chunks(png: bytes) -> list[bytes]:
    """Chunk types of a PNG, read by the format's definition (W3C PNG spec, section 5)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    types, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        types.append(kind)
        pos += 12 + length
    return types


@pytest.fixture
def shown(monkeypatch):
    """What ``show_figure`` displays: a list of (format dict, raw flag); the metadata of each
    call in ``shown.metadata``."""
    calls = _Calls()

    def display(obj, raw=False, metadata=None):
        calls.append((obj, raw))
        calls.metadata.append(metadata)

    monkeypatch.setattr("IPython.display.display", display)
    return calls


class _Calls(list):
    def __init__(self):
        super().__init__()
        self.metadata = []


def test_the_figure_is_saved_at_200_dpi_shown_at_half_width_and_linked(tmp_path, shown):
    """Sharp on a high-resolution screen: two PNG pixels per CSS pixel (issue 18)."""
    report.setup()
    fig = plt.figure(figsize=(3.0, 2.0))
    fig.add_subplot().plot([0, 1], [0, 1])
    report.show_figure(fig, tmp_path / "f.png", alt="a line")
    png = (tmp_path / "f.png").read_bytes()
    width = int.from_bytes(png[16:20], "big")  # IHDR width (PNG specification 11.2.2)
    assert width >= 1.5 * 3.0 * 100 * 0.8  # 3 in at 200 dpi, less what a tight box trims
    [meta] = shown.metadata
    assert meta == {"image/png": {"width": width // 2, "href": "figures/f.png"}}


def test_the_displayed_image_is_the_file_byte_for_byte(tmp_path, shown):
    fig = _figure()
    path = tmp_path / "f.png"
    report.show_figure(fig, path, alt="A line through three points")
    [(data, raw)] = shown
    assert raw
    assert base64.b64decode(data["image/png"]) == path.read_bytes()
    assert data["text/plain"] == "A line through three points"
    assert not plt.fignum_exists(fig.number), (
        "the figure is closed: the inline backend cannot draw it again"
    )
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file left"


def test_the_png_has_no_time_or_software_metadata_and_repeats_exactly(tmp_path, shown):
    report.show_figure(_figure(), tmp_path / "a.png", alt="first")
    report.show_figure(_figure(), tmp_path / "b.png", alt="second")
    a, b = (tmp_path / "a.png").read_bytes(), (tmp_path / "b.png").read_bytes()
    assert a == b
    # tEXt would carry matplotlib's "Software" key, tIME a timestamp
    assert not {b"tEXt", b"iTXt", b"zTXt", b"tIME"} & set(_chunks(a))


def test_without_an_output_folder_the_figure_is_shown_and_nothing_written(
    tmp_path, shown, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    report.show_figure(_figure(), None, alt="shown only")
    assert len(shown) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("alt", ["", "two\nlines"])
def test_alt_text_must_be_one_nonempty_line(alt, shown):
    fig = _figure()
    with pytest.raises(ValueError, match="alt must be one non-empty line"):
        report.show_figure(fig, None, alt=alt)
    assert shown == []
    plt.close(fig)
