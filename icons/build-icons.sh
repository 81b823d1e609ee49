#!/usr/bin/env bash
# Regenerates every derived icon file from its source:
#   src/make_glyphs.py    -> kinds/*.svg and src/main/resources/dev/faultline/render/kind-glyphs.properties
#   faultline.svg         -> png/faultline-{24..512}.png, faultline.ico, faultline.icns,
#   faultline-16.svg      -> png/faultline-16.png (hand-tuned for 16 px)
#                            and copies of the PNGs in src/main/resources/dev/faultline/app/icons/
# Needs: python3 with shapely (apt: python3-shapely), rsvg-convert (librsvg2-bin),
# ImageMagick (imagemagick; called as /usr/bin/convert) and png2icns (icnsutils).
# Usage: icons/build-icons.sh [--glyphs-only | --app-only]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
what="${1:-all}"

need() { command -v "$1" >/dev/null 2>&1 || { echo "build-icons: missing $1 ($2)" >&2; exit 1; }; }

if [[ "$what" != "--app-only" ]]; then
  need python3 "apt-get install python3-shapely"
  # Prefer the system python, where apt installs shapely.
  py=python3; [[ -x /usr/bin/python3 ]] && py=/usr/bin/python3
  "$py" "$here/src/make_glyphs.py" "$here" "$root/src/main/resources/dev/faultline/render/kind-glyphs.properties"
  echo "glyphs: $(ls "$here"/kinds/*.svg | wc -l) kinds written"
  # A contact sheet of all kinds, to eyeball the set at 48 px (and commit as a preview).
  if command -v rsvg-convert >/dev/null && [[ -x /usr/bin/montage ]]; then
    tmp="$(mktemp -d)"
    for svg in "$here"/kinds/*.svg; do
      kind="$(basename "$svg" .svg)"
      sed 's/currentColor/#1e293b/' "$svg" > "$tmp/$kind.svg"
      rsvg-convert -w 48 -h 48 "$tmp/$kind.svg" -o "$tmp/$kind.png"
    done
    /usr/bin/montage -label '%t' "$tmp"/*.png -tile 7x -geometry 48x48+14+8 -pointsize 11 -colors 32 "PNG8:$here/kinds-preview.png"
    rm -rf "$tmp"
  fi
fi

if [[ "$what" != "--glyphs-only" ]]; then
  need rsvg-convert "apt-get install librsvg2-bin"
  need png2icns "apt-get install icnsutils"
  convert=/usr/bin/convert; [[ -x $convert ]] || convert=convert
  mkdir -p "$here/png"
  for size in 16 24 32 48 64 128 256 512; do
    src="$here/faultline.svg"
    # 16 px has its own, pixel-aligned drawing: the master blurs at that size.
    [[ -f "$here/faultline-$size.svg" ]] && src="$here/faultline-$size.svg"
    rsvg-convert -w "$size" -h "$size" "$src" -o "$here/png/faultline-$size.png"
  done
  # Windows: one .ico holding the sizes Explorer and the taskbar ask for (no 128: it would be stored
  # uncompressed and Windows scales 256 down instead).
  "$convert" "$here"/png/faultline-{16,24,32,48,64,256}.png "$here/faultline.ico"
  # macOS: png2icns accepts 16, 32, 48, 128, 256, 512 (and 1024) pixel images.
  png2icns "$here/faultline.icns" "$here"/png/faultline-{16,32,48,128,256,512}.png >/dev/null
  # The desktop app loads its window icons from the classpath.
  res="$root/src/main/resources/dev/faultline/app/icons"
  mkdir -p "$res"
  cp "$here"/png/faultline-{16,24,32,48,64,128,256,512}.png "$res/"
  echo "app icon: png/, faultline.ico, faultline.icns and the app's classpath copies written"
fi
