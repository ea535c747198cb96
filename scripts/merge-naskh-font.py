#!/usr/bin/env python3
"""Writes src/lib/styles/fonts/noto-naskh-arabic-400.woff2: Noto Naskh Arabic's regular face with
both of fontsource's subsets for it (Arabic, and Latin for the digits, full stops, quotes and
brackets inside Arabic text) in one file.

Why one file: a reading page's first screen needs both, and as two files each is a request of its
own before the Arabic can be drawn in its face (on a slow connection, one more round trip). The
merged file is no larger than the two together.

Run after an update of @fontsource/noto-naskh-arabic (needs fontTools with brotli, for example
Debian's python3-fonttools and python3-brotli):
    python3 scripts/merge-naskh-font.py
The font is under the SIL Open Font License 1.1 (src/lib/styles/fonts/OFL.txt), which allows this.
"""
from pathlib import Path
from tempfile import TemporaryDirectory

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

root = Path(__file__).resolve().parent.parent
files = root / 'node_modules/@fontsource/noto-naskh-arabic/files'
out = root / 'src/lib/styles/fonts/noto-naskh-arabic-400.woff2'

with TemporaryDirectory() as tmp:
    parts = []
    # Arabic first: where both subsets map a character (the spaces), the Arabic face's glyph stays.
    for subset in ('arabic', 'latin'):
        font = TTFont(files / f'noto-naskh-arabic-{subset}-400-normal.woff2')
        font.flavor = None
        path = Path(tmp) / f'{subset}.ttf'
        font.save(path)
        parts.append(str(path))
    merged = Merger().merge(parts)
    merged.flavor = 'woff2'
    merged.save(out)
print(f'{out.relative_to(root)}: {out.stat().st_size} bytes')
