#!/usr/bin/env bash
# Makes the CJK font the jar carries for its charts: Noto Sans CJK SC Regular (SIL OFL 1.1, from
# Debian's fonts-noto-cjk), cut down with fontTools to what Chinese labels need, so that every
# chart reads the same on every machine, with or without an installed Chinese font.
#
# Kept: Basic Latin and Latin-1, general punctuation, arrows, box drawing and circled numbers, CJK
# symbols and punctuation, all of CJK Unified Ideographs (U+4E00-9FFF: GB 2312, GBK's ideographs and
# the 通用规范汉字表's 8,105 characters apart from ~200 outside the block), the ideographs of
# extensions B-G the font has (those ~200 among them), CJK compatibility forms and half/fullwidth
# forms. Dropped: OpenType layout features (vertical forms, locl for JP/KR/TC; charts set only
# horizontal Simplified Chinese), hinting (Java's rasteriser antialiases; it saves ~1 MB).
#
# Needs: python3-fonttools (apt-get install python3-fonttools) and the source font, e.g.
#   apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
#   tools/subset-font.sh /tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
# Output: src/main/resources/org/dangstat/charts/fonts/NotoSansCJKsc-Regular-subset.otf (~5.7 MB)
set -euo pipefail
source_font=${1:?usage: tools/subset-font.sh NotoSansCJK-Regular.ttc}
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/src/main/resources/org/dangstat/charts/fonts/NotoSansCJKsc-Regular-subset.otf"
mkdir -p "$(dirname "$out")"

# In the .ttc, face 2 is "Noto Sans CJK SC" (0 JP, 1 KR, 3 TC, 4 HK, 5-9 the Mono faces).
python3 - "$source_font" <<'PY'
import sys
from fontTools.ttLib import TTCollection
name = TTCollection(sys.argv[1]).fonts[2]['name'].getDebugName(1)
if name != 'Noto Sans CJK SC':
    sys.exit('face 2 of %s is %r, not Noto Sans CJK SC' % (sys.argv[1], name))
PY

unicodes="U+0020-007E,U+00A0-00FF,U+00B7,U+02C7,U+02C9,U+0391-03C9,U+0401-0451,U+2010-2027,U+2030-203B,\
U+2103,U+2116,U+2160-216B,U+2190-2193,U+2460-249B,U+2500-257F,U+25A0-25CF,U+2605-2606,U+3000-303F,\
U+3105-3129,U+3220-3229,U+3231,U+32A3,U+4E00-9FFF,U+F900-FAFF,U+FE30-FE4F,U+FF01-FFEE,U+20000-3134F"

python3 -m fontTools.subset "$source_font" --font-number=2 --unicodes="$unicodes" \
  --layout-features='' --no-hinting --name-IDs='*' --output-file="$out"
ls -l "$out"
