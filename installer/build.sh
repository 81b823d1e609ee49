#!/usr/bin/env bash
# Builds the self-contained Linux packages of Faultline under target/installer/:
#   target/installer/faultline/             app image (bin/faultline launcher + trimmed Java runtime + the jar)
#   target/installer/faultline_<v>-1_amd64.deb
# No Java is needed on the user's machine. See installer/README.md.
#
# usage: installer/build.sh [--type app-image|deb|all] [--skip-build] [--check-modules]
#   --type           what to build (default: all). A .deb is packed from the app image, so it builds that too.
#   --skip-build     use the existing target/faultline.jar (CI builds it with `mvn verify` just before)
#   --check-modules  also run jdeps and fail if the app needs a module missing from installer/modules.txt
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$root/target/installer"
jar="$root/target/faultline.jar"

type=all
skip_build=false
check_modules=false
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="${2:?--type needs app-image, deb or all}"; shift 2 ;;
    --type=*) type="${1#--type=}"; shift ;;
    --skip-build) skip_build=true; shift ;;
    --check-modules) check_modules=true; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option '$1' (try --help)" >&2; exit 3 ;;
  esac
done
case "$type" in app-image|deb|all) ;; *) echo "build.sh: --type must be app-image, deb or all" >&2; exit 3 ;; esac

step() { printf '\n== %s\n' "$*" >&2; }
elapsed() { echo "$(( $(date +%s) - $1 )) s"; }
fail() { echo "build.sh: $*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------------------------------------------
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || fail "$tool not found: install a full JDK 17 (Debian: openjdk-17-jdk)"
done
# jlink's --strip-debug calls objcopy on Linux; without it jlink fails on libjvm.so.
command -v objcopy >/dev/null || fail "objcopy not found: apt-get install binutils"
if [ "$type" != app-image ]; then
  # jpackage packs the .deb with `fakeroot dpkg-deb`.
  command -v fakeroot >/dev/null || fail "fakeroot not found: apt-get install fakeroot"
  command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: .deb packages are built on Debian/Ubuntu only"
fi

# --- version: the pom's project version; jpackage wants plain numbers, so a -SNAPSHOT suffix is dropped ---------
version="$(awk '/<artifactId>faultline<\/artifactId>/ { want = 1; next }
                want && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$root/pom.xml")"
version="${version%%-*}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "cannot read a numeric project version from pom.xml (got '$version')"

# --- 1. the fat jar -----------------------------------------------------------------------------------------------
jar_is_stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]
}
if $skip_build; then
  [ -f "$jar" ] || fail "--skip-build, but $jar does not exist (run mvn -B -DskipTests package)"
elif jar_is_stale; then
  step "building $jar"
  t=$(date +%s)
  (cd "$root" && mvn -B -q -DskipTests package)
  echo "jar built in $(elapsed "$t")" >&2
fi

# --- 2. trimmed Java runtime ----------------------------------------------------------------------------------------
modules="$(grep -v '^[[:space:]]*#' "$here/modules.txt" | tr -d '[:blank:]' | grep -v '^$' | paste -sd, -)"
if $check_modules; then
  step "checking the module list with jdeps"
  needed="$(jdeps --multi-release 17 --print-module-deps --ignore-missing-deps "$jar" | tail -1)"
  missing="$(comm -23 <(tr , '\n' <<<"$needed" | sort) <(tr , '\n' <<<"$modules" | sort))"
  [ -z "$missing" ] || fail "installer/modules.txt lacks modules jdeps says the app needs: $(echo $missing)"
fi

rm -rf "$out"
mkdir -p "$out/input"
# jpackage ships everything in --input, so the folder holds only the jar.
cp "$jar" "$out/input/faultline.jar"

# No --compress=2: it shrinks the runtime from 75 to 50 MB, but the .deb grows from 43 to 54 MB, because xz
# compresses the plain runtime far better than jlink's zip does (measured; see installer/README.md).
step "jlink: runtime with $modules"
t=$(date +%s)
# --generate-cds-archive: the runtime's own class-data-sharing archive of the JDK classes (lib/server/classes.jsa),
# which a jlink image otherwise lacks, so every start would parse and verify them afresh. It needs bin/java, so
# the native commands are removed by hand afterwards, keeping only java (it records the app's archive below, and
# the .deb's postinst records it again where the package is installed).
jlink --add-modules "$modules" --output "$out/runtime" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive
find "$out/runtime/bin" -mindepth 1 ! -name java -delete
echo "runtime built in $(elapsed "$t"), $(du -sh "$out/runtime" | cut -f1)" >&2

# --- 3. app image -----------------------------------------------------------------------------------------------
common=(
  --name faultline
  --app-version "$version"
  --vendor "Faultline"
  --copyright "Copyright the Faultline authors"
  --description "Maps a service topology and finds what will take it down: SPOFs, blast radius, Conway's law."
)

# Java 17 encodes stdout in the locale's charset, so with LANG unset (CI runners, cron, ssh without a locale) any
# non-ASCII name in `analyze --format json` would come out as '?'. The command line always writes UTF-8.
java_options="-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
# Start-up: the app's class-data-sharing archive, recorded below for this app image's path. The JVM ignores an
# archive that is missing or was recorded for another path (-Xshare:auto, the default) and still uses the
# runtime's archive of the JDK classes; -Xlog:...=off keeps its warning about that off the user's terminal.
java_options="$java_options -XX:SharedArchiveFile=\$APPDIR/faultline.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
# The C1 compiler alone, as ./faultline gives every command and the desktop app (docs/performance.md, "Cold start"
# and "Desktop app"): a command is over before C2 would pay, and the app measured faster with C1 alone too. The
# serial collector stays the wrapper's, for commands only: this launcher also opens the desktop app.
java_options="$java_options -XX:TieredStopAtLevel=1"

step "jpackage: app image"
t=$(date +%s)
jpackage --type app-image "${common[@]}" \
  --input "$out/input" --main-jar faultline.jar --main-class dev.faultline.Launcher \
  --runtime-image "$out/runtime" \
  --java-options "$java_options" \
  --add-launcher "faultline-app=$here/linux/app-launcher.properties" \
  --icon "$root/icons/png/faultline-256.png" \
  --dest "$out"
echo "app image built in $(elapsed "$t"): $out/faultline ($(du -sh "$out/faultline" | cut -f1))" >&2

# The .deb's postinst records the archive again for /opt/faultline with the same script.
cp "$here/cds-archive.sh" "$out/faultline/lib/cds-archive.sh"
step "class-data-sharing archive of the app (a training run of analyze)"
t=$(date +%s)
if "$here/cds-archive.sh" "$out/faultline/lib/runtime/bin/java" "$out/faultline/lib/app/faultline.jar" \
     "$out/faultline/lib/app/faultline.jsa"; then
  echo "archive recorded in $(elapsed "$t"): $(du -h "$out/faultline/lib/app/faultline.jsa" | cut -f1)" >&2
else
  echo "build.sh: could not record the archive; the app works without it, only starts slower" >&2
fi

# The desktop app's own archive (bin/faultline-app, which the desktop entry starts), recorded without a display.
cp "$here/cds-app-archive.sh" "$out/faultline/lib/cds-app-archive.sh"
step "class-data-sharing archive of the desktop app (a display-free training run of an opening)"
t=$(date +%s)
if "$here/cds-app-archive.sh" "$out/faultline/lib/runtime/bin/java" "$out/faultline/lib/app/faultline.jar" \
     "$out/faultline/lib/app/faultline-app.jsa"; then
  echo "archive recorded in $(elapsed "$t"): $(du -h "$out/faultline/lib/app/faultline-app.jsa" | cut -f1)" >&2
else
  echo "build.sh: could not record the app's archive; the app works without it, only starts slower" >&2
fi

# --- 4. .deb ----------------------------------------------------------------------------------------------------
if [ "$type" != app-image ]; then
  step "jpackage: .deb (mostly dpkg-deb compressing: 20 s on a quiet machine, minutes on a busy one)"
  t=$(date +%s)
  # --resource-dir: our own desktop entry (Exec passes the file, MimeType offers every YAML file) and
  # postinst/prerm that add and remove the /usr/bin/faultline symlink.
  # --linux-package-deps: JavaFX's GTK natives sit inside the jar, where jpackage's ldd scan cannot see them.
  jpackage --type deb "${common[@]}" \
    --app-image "$out/faultline" \
    --install-dir /opt \
    --resource-dir "$here/linux" \
    --icon "$root/icons/png/faultline-256.png" \
    --file-associations "$here/linux/faultline-topology.properties" \
    --linux-shortcut \
    --linux-menu-group "Development" \
    --linux-app-category devel \
    --linux-package-deps libgtk-3-0 \
    --linux-deb-maintainer "faultline@users.noreply.github.com" \
    --dest "$out"
  deb="$(ls "$out"/faultline_*.deb)"
  echo ".deb built in $(elapsed "$t"): $deb ($(du -h "$deb" | cut -f1))" >&2
fi

if [ "$type" = deb ]; then
  rm -rf "$out/faultline"   # asked for the package only
fi
rm -rf "$out/input" "$out/runtime"
step "done"
ls -l "$out" >&2
