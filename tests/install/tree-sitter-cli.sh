#!/usr/bin/env bash
# The pinned tree-sitter generator: Debian trixie's tree-sitter-cli 0.22.6, which writes parsers
# at ABI 14 (the ABI bookworm's libtree-sitter 0.20.7 and Neovim 0.7.2 load). Used to regenerate
# grammar/src/ from grammar/grammar.js (the check that the committed parser.c is what
# grammar.js generates) and for `tree-sitter test` on grammar/test/corpus/.
#
# trixie's binaries need glibc 2.39+ and bookworm has 2.36, so the .debs (tree-sitter-cli and
# the libc6 and libgcc-s1 it runs on) are downloaded with a private apt configuration — the
# system's sources, lists and packages stay as they are — unpacked under $PREFIX, and started
# through trixie's own dynamic loader by the wrapper /usr/local/bin/tree-sitter-0.22.6.
# Programs the CLI starts (node for grammar.js, cc for `tree-sitter test`) are the system's.
#
# Idempotent: a working wrapper of the pinned version costs one --version call. Fails loudly.
set -euo pipefail

CLI_DEB_VERSION=0.22.6-6+b1
CLI_DEB_SHA256=8da431afff66d67ae6fb690156a849645340ead245de141111714469f1645ab7
PREFIX=${NB_TREE_SITTER_PREFIX:-/opt/nianbao-tools/tree-sitter-cli-$CLI_DEB_VERSION}
WRAPPER=${NB_TREE_SITTER_WRAPPER:-/usr/local/bin/tree-sitter-0.22.6}

die() {
  echo "tree-sitter-cli.sh: $*" >&2
  exit 1
}

if [ -x "$WRAPPER" ] && [ "$("$WRAPPER" --version 2>/dev/null)" = "tree-sitter 0.22.6" ]; then
  echo "tree-sitter-cli.sh: $WRAPPER (tree-sitter 0.22.6) already installed"
  exit 0
fi

command -v apt-get >/dev/null || die "needs apt-get (Debian) to download the trixie packages"
command -v dpkg-deb >/dev/null || die "needs dpkg-deb to unpack them"
command -v node >/dev/null || die "needs node to read grammar.js (Debian package nodejs)"

work=$(mktemp -d /tmp/nb-tree-sitter-cli.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/sources.list.d" "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
: >"$work/sources.list"
cat >"$work/sources.list.d/trixie.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
apt_private=(
  -o "Dir::Etc::SourceList=$work/sources.list"
  -o "Dir::Etc::SourceParts=$work/sources.list.d"
  -o "Dir::State::Lists=$work/lists"
  -o "Dir::Cache=$work/cache"
  -o "Dir::State::Status=/dev/null"
  -o "APT::Architecture=amd64"
  -o "APT::Sandbox::User=root"
)
[ "$(dpkg --print-architecture)" = amd64 ] || die "only amd64 is supported"

echo "tree-sitter-cli.sh: reading trixie's package list (private apt configuration)"
apt-get "${apt_private[@]}" -q update >"$work/update.log" 2>&1 ||
  { cat "$work/update.log" >&2; die "apt-get update of the private trixie list failed"; }
# The generator is pinned to the byte; the C library and libgcc it runs on are trixie's
# current ones (they only run it, they do not change what it writes).
(cd "$work/debs" &&
  apt-get "${apt_private[@]}" -q download "tree-sitter-cli=$CLI_DEB_VERSION" libc6 libgcc-s1 \
    >"$work/download.log" 2>&1) ||
  { cat "$work/download.log" >&2; die "could not download tree-sitter-cli=$CLI_DEB_VERSION from trixie"; }
deb=$(ls "$work"/debs/tree-sitter-cli_*.deb)
echo "$CLI_DEB_SHA256  $deb" | sha256sum -c --quiet - || die "$deb: unexpected SHA-256"

rm -rf "$PREFIX.new"
mkdir -p "$PREFIX.new"
for d in "$work"/debs/*.deb; do
  dpkg-deb -x "$d" "$PREFIX.new"
done
loader=$PREFIX/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
[ -e "$PREFIX.new/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" ] || die "no dynamic loader in libc6"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

mkdir -p "$(dirname "$WRAPPER")"
cat >"$WRAPPER.new" <<EOF
#!/bin/sh
# tree-sitter 0.22.6 from Debian trixie, run on trixie's C library (tests/install/tree-sitter-cli.sh).
exec "$loader" --library-path "$PREFIX/usr/lib/x86_64-linux-gnu" "$PREFIX/usr/bin/tree-sitter" "\$@"
EOF
chmod 755 "$WRAPPER.new"
mv "$WRAPPER.new" "$WRAPPER"

got=$("$WRAPPER" --version 2>&1) || die "$WRAPPER does not run: $got"
[ "$got" = "tree-sitter 0.22.6" ] || die "$WRAPPER reports '$got', expected 'tree-sitter 0.22.6'"
echo "tree-sitter-cli.sh: installed $WRAPPER ($got)"
