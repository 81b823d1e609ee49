#!/usr/bin/env bash
# Builds the macOS disk image of Faultline: target/installer/Faultline-<version>.dmg (and Faultline.app).
# NOT built or tested in this project's CI, which runs on Linux; this is the same recipe as installer/build.sh,
# with the macOS options. See installer/README.md.
#
# Needs: macOS with a JDK 17+ (jlink, jpackage), Maven, and the Xcode command line tools (xcode-select --install).
# Build on the architecture you ship: the fat jar carries JavaFX natives for the build machine only
# (mac or mac-aarch64), and jlink copies the build machine's JDK.
#
# usage: installer/macos/build-macos.sh [--skip-build] [--app-image-only]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/target/installer"
jar="$root/target/faultline.jar"
cd "$root"

skip_build=false
app_image_only=false
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    --app-image-only) app_image_only=true ;;
    *) echo "build-macos.sh: unknown option '$arg'" >&2; exit 3 ;;
  esac
done
[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh: runs on macOS only (Linux: installer/build.sh)" >&2; exit 1; }

version="$(awk '/<artifactId>faultline<\/artifactId>/ { want = 1; next }
                want && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' pom.xml)"
version="${version%%-*}"
# jpackage refuses a macOS bundle version that starts with 0. Rather than invent one, the build stops and asks for
# FAULTLINE_MAC_VERSION (the version the bundle should carry) while the project is still 0.x.
if [[ "$version" == 0.* ]]; then
  if [ -n "${FAULTLINE_MAC_VERSION:-}" ]; then
    version="$FAULTLINE_MAC_VERSION"
  else
    echo "build-macos.sh: version $version starts with 0, which macOS bundles do not allow;" \
         "set FAULTLINE_MAC_VERSION (e.g. 1.0.0) to package it" >&2
    exit 1
  fi
fi

$skip_build || mvn -B -q -DskipTests package
[ -f "$jar" ] || { echo "build-macos.sh: $jar does not exist" >&2; exit 1; }

modules="$(grep -v '^[[:space:]]*#' "$root/installer/modules.txt" | tr -d '[:blank:]' | grep -v '^$' | paste -sd, -)"
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/faultline.jar"   # jpackage ships everything in --input
jlink --add-modules "$modules" --output "$out/runtime" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands

common=(
  --name Faultline
  --app-version "$version"
  --vendor "Faultline"
  --copyright "Copyright the Faultline authors"
  --description "Maps a service topology and finds what will take it down: SPOFs, blast radius, Conway's law."
  --icon "$root/icons/faultline.icns"
)

# apple.awt.application.name: the menu bar shows the app's name instead of the main class's. C1 alone: see
# docs/performance-history.md, "#13 the app's JIT".
jpackage --type app-image "${common[@]}" \
  --input "$out/input" --main-jar faultline.jar --main-class dev.faultline.Launcher \
  --runtime-image "$out/runtime" \
  --java-options "-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dapple.awt.application.name=Faultline -XX:TieredStopAtLevel=1" \
  --mac-package-identifier dev.faultline \
  --mac-package-name Faultline \
  --dest "$out"
echo "app: $out/Faultline.app" >&2
$app_image_only && exit 0

# Unsigned: Gatekeeper asks the user to confirm the first start (right-click > Open). For distribution add
# --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." and notarise the .dmg.
jpackage --type dmg "${common[@]}" \
  --app-image "$out/Faultline.app" \
  --file-associations "$here/faultline-topology.properties" \
  --dest "$out"
rm -rf "$out/input" "$out/runtime"
ls -l "$out"/*.dmg >&2
