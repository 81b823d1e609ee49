#!/bin/sh
# Records the desktop app's class-data-sharing archive of an installed or built Faultline (the `faultline-app`
# launcher's, which the desktop entry starts; commands keep cds-archive.sh's): dev.faultline.app.DesktopTraining
# opens a small generated topology through the window's view model without a display, then loads the window's
# JavaFX and app classes, and the JVM writes every class it loaded to ARCHIVE at exit. Like the command line's, the
# archive is only valid for JAR at exactly that path with this JAVA, and never fatal: without it the app starts as
# before, only slower (docs/performance-history.md, "#13 the cold opening").
#
# usage: cds-app-archive.sh JAVA JAR ARCHIVE
set -eu
java="$1" jar="$2" archive="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$archive.tmp"' EXIT
"$java" -Xshare:auto -cp "$jar" dev.faultline.Launcher generate --nodes 2000 --seed 1 --output "$work/train.yaml" \
  >/dev/null 2>&1
"$java" -XX:ArchiveClassesAtExit="$archive.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jar" \
  dev.faultline.app.DesktopTraining "$work/train.yaml" >/dev/null 2>&1
[ -s "$archive.tmp" ]
# As cds-archive.sh: only an archive the JVM maps without complaint goes into place (a truncated one would crash).
"$java" -XX:SharedArchiveFile="$archive.tmp" -Xshare:on -cp "$jar" dev.faultline.Launcher --version >/dev/null 2>&1
mv -f "$archive.tmp" "$archive"
