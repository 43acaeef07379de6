"""QR codes for the room: a reporter points a phone at the wall instead of typing an address."""

from __future__ import annotations

import segno

from indicators.outputs import theme


def qr_image(address: str) -> str:
    """The address as a QR code: an SVG data URI, black on white with its four-module quiet zone, error
    correction M (a projector's glare or a smudged screen still scans)."""
    code = segno.make(address, error="m", micro=False)
    return code.svg_data_uri(scale=4, border=4, dark=theme.QR_DARK, light=theme.QR_LIGHT)
