#!/bin/sh
# Records the class-data-sharing archive of an installed or built Faultline: a training run of `analyze` (JSON and
# text) and `validate` on a small generated topology, whose loaded classes the JVM writes to ARCHIVE at exit. The archive is only valid for
# JAR at exactly that path, with this JAVA, so it is recorded where the app lives (build.sh for the app image,
# the .deb's postinst for /opt/faultline). Never fatal for the app: without the archive it just starts slower.
#
# usage: cds-archive.sh JAVA JAR ARCHIVE
set -eu
java="$1" jar="$2" archive="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$archive.tmp"' EXIT
# Same class path spelling as the launcher (the absolute jar), and the training input made by the app itself.
"$java" -Xshare:auto -cp "$jar" dev.faultline.Launcher generate --nodes 300 --seed 1 --output "$work/train.yaml" \
  >/dev/null 2>&1
# dev.faultline.ArchiveTraining runs `analyze --format json`, `analyze` (text) and `validate` in one JVM, as the
# checkout's ./faultline wrapper does.
"$java" -XX:ArchiveClassesAtExit="$archive.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jar" \
  dev.faultline.ArchiveTraining "$work/train.yaml" "$work" >/dev/null 2>&1
[ -s "$archive.tmp" ]
# Only an archive the JVM maps without complaint goes into place: a truncated one (a full disk) would not be
# ignored but crash every start (SIGBUS in JDK 17). -Xshare:on fails instead of ignoring a bad archive.
"$java" -XX:SharedArchiveFile="$archive.tmp" -Xshare:on -cp "$jar" dev.faultline.Launcher --version >/dev/null 2>&1
mv -f "$archive.tmp" "$archive"
