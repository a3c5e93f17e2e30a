#!/usr/bin/env bash
# Reproducible build check (run by `mvn verify`): builds the jar once more from a copy of the
# sources in a temporary folder and compares it byte for byte with target/ppsim.jar.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src"
cp "$root/pom.xml" "$tmp/"
cp -r "$root/.mvn" "$tmp/"   # the javac exports Error Prone needs
cp -r "$root/src/main" "$tmp/src/"
(cd "$tmp" && mvn -B -q -o -Dstyle.color=never -Dmaven.test.skip=true package) > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
a="$(sha256sum "$root/target/ppsim.jar" | cut -d' ' -f1)"
b="$(sha256sum "$tmp/target/ppsim.jar" | cut -d' ' -f1)"
if [ "$a" != "$b" ]; then
  echo "not reproducible: target/ppsim.jar $a, rebuilt $b" >&2
  exit 1
fi
echo "reproducible build: two builds of this source give the same jar ($a)"
