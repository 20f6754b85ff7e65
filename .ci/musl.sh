#!/usr/bin/env bash
# .ci/musl.sh - builds httpstatus statically against musl libc and runs every CLI transcript on it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n--- musl: %s (%ss)\n' "$1" "$SECONDS"; }
die() {
	echo "musl: $*" >&2
	exit 1
}

# Runs a noisy build command with its output in a log, shown only when it
# fails, so that CI's log stays readable.
quietly() {
	local log=$1
	shift
	if ! "$@" >"$log" 2>&1; then
		tail -n 40 "$log" >&2
		die "failed: $* (whole log: $log)"
	fi
}

# musl-tools brings musl-gcc; dpkg-dev unpacks Debian's sources; make and
# perl build them; gcc and libstemmer-dev build the registry generator,
# which runs at build time and so stays a glibc program.
step "packages"
.ci/install musl-tools gcc make perl dpkg-dev debian-archive-keyring meson \
	ninja-build pkg-config libstemmer-dev binutils

build=$root/build-musl
deps=$build/deps
prefix=$deps/prefix
rm -rf "$build"
mkdir -p "$deps/apt/lists/partial" "$deps/apt/sources.list.d" "$deps/apt/cache" \
	"$deps/src" "$prefix/include" "$prefix/lib/pkgconfig"

# Debian's libpcre2-dev and libstemmer-dev hold code compiled against
# glibc's headers, so their sources are built again with musl-gcc.  The
# sources come from the Debian mirrors this machine already uses, through
# a private apt state under build-musl: the system's sources.list and
# package lists are left as they are.
step "fetching Debian's sources of PCRE2 and Snowball"
debian_repos() {
	# The $(...) are apt's format fields, not the shell's.
	# shellcheck disable=SC2016
	apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' \
		'Identifier: Packages' 'Origin: Debian' | sort -u
}
repos=$(debian_repos)
# The origin of a repository is known only once its lists are fetched.
if [ -z "$repos" ]; then
	apt-get update -qq
	repos=$(debian_repos)
fi
[ -n "$repos" ] || die "apt names no Debian repository to take sources from"
while read -r uri release component; do
	# Only Debian's own keys may vouch for these sources.
	echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $release $component"
done <<<"$repos" >"$deps/apt/sources.list"
apt_private=(-o "Dir::Etc::SourceList=$deps/apt/sources.list"
	-o "Dir::Etc::SourceParts=$deps/apt/sources.list.d"
	-o "Dir::State::Lists=$deps/apt/lists"
	-o "Dir::Cache=$deps/apt/cache"
	# apt's unprivileged downloader cannot write into a tree owned by
	# root; the files are still checked against the signed index.
	-o "APT::Sandbox::User=root")
quietly "$deps/apt/update.log" apt-get "${apt_private[@]}" update
# Debian's newest source first (the security update Debian's binaries are
# built from).  A mirror that serves the binaries of a security update but
# not its source leaves the release's own version, which is all the
# transcripts need; say so, as it lacks the update's fixes.
# shellcheck source=/dev/null
codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
(
	cd "$deps/src"
	for pkg in pcre2 snowball; do
		if ! apt-get "${apt_private[@]}" source -qq "$pkg" >"$pkg.log" 2>&1; then
			echo "musl: the newest source of $pkg cannot be had; using $codename's own" >&2
			rm -rf "${pkg}_"* "$pkg"-*/
			quietly "$deps/src/$pkg.log" \
				apt-get "${apt_private[@]}" source -qq "$pkg/$codename"
		fi
		sed -n "s/^Version: /musl: $pkg /p" "${pkg}_"*.dsc
	done
)

jobs=$(nproc)

# PCRE2: only the 8-bit library the program links, static; no JIT, which
# the program does not use.
step "building PCRE2 with musl-gcc"
pcre2_src=("$deps/src"/pcre2-*/)
[ "${#pcre2_src[@]}" -eq 1 ] || die "expected one PCRE2 source tree, got ${pcre2_src[*]}"
(
	cd "${pcre2_src[0]}"
	quietly "$deps/pcre2-configure.log" ./configure CC=musl-gcc CFLAGS=-O2 \
		--prefix="$prefix" --disable-shared --enable-static
	quietly "$deps/pcre2-make.log" make -j"$jobs" libpcre2-8.la
	# Copied by hand: "make install" would build pcre2grep, pcre2test and
	# the POSIX wrapper too.
	install -m 644 src/pcre2.h "$prefix/include/"
	install -m 644 .libs/libpcre2-8.a "$prefix/lib/"
	install -m 644 libpcre2-8.pc "$prefix/lib/pkgconfig/"
)

# Snowball: its compiler turns the stemming algorithms into C, which
# becomes libstemmer.a; all of it built with musl-gcc.
step "building libstemmer with musl-gcc"
snowball_src=("$deps/src"/snowball-*/)
[ "${#snowball_src[@]}" -eq 1 ] ||
	die "expected one Snowball source tree, got ${snowball_src[*]}"
(
	cd "${snowball_src[0]}"
	quietly "$deps/snowball-make.log" make -j"$jobs" CC=musl-gcc libstemmer.a
	install -m 644 include/libstemmer.h "$prefix/include/"
	install -m 644 libstemmer.a "$prefix/lib/"
	version=$(sed -n 's/^Version: \([^-]*\).*/\1/p' "$deps/src"/snowball_*.dsc)
	# Snowball ships no pkg-config file; meson finds the others by theirs.
	cat >"$prefix/lib/pkgconfig/libstemmer.pc" <<-EOF
		prefix=$prefix
		Name: libstemmer
		Description: Snowball stemming algorithms, built with musl-gcc
		Version: $version
		Libs: -L\${prefix}/lib -lstemmer
		Cflags: -I\${prefix}/include
	EOF
)

# .ci/musl.ini takes the place of the libraries from this file, which
# must come first for its constant to be seen.
printf "[constants]\nprefix = '%s'\n" "$prefix" >"$deps/prefix.ini"

# No unit tests: they need the check library, which Debian builds only
# against glibc.  --werror as in CI's other builds: the musl headers and
# these libraries' headers must not warn either.
step "building httpstatus with musl-gcc"
quietly "$build/setup.log" meson setup "$build" \
	--cross-file "$deps/prefix.ini" --cross-file .ci/musl.ini \
	-Dstatic=true -Dtests=disabled --werror
quietly "$build/ninja.log" ninja -C "$build" src/httpstatus
bin=$build/src/httpstatus

# That it is musl's: a static program has no interpreter; glibc's start
# files carry an ABI note that musl's lack; and __init_libc is musl's own
# start-up routine (the program is not stripped, so its symbols are there).
step "checking that the program is linked against musl"
# (Outputs are read whole: grep -q stopping early would make nm fail on a
# closed pipe, which pipefail counts.)
headers=$(readelf -lW "$bin")
notes=$(readelf -nW "$bin")
symbols=$(nm "$bin")
if grep -q 'INTERP' <<<"$headers"; then die "$bin is linked dynamically"; fi
if grep -q 'NT_GNU_ABI_TAG' <<<"$notes"; then die "$bin carries glibc's ABI note"; fi
grep -qw '__init_libc' <<<"$symbols" || die "$bin has no musl start-up code"
echo "musl: $bin is static and linked against musl"

step "CLI transcripts"
passed=0
failed=0
bad=()
for t in tests/cli/*.t; do
	if out=$(HTTPSTATUS=$bin bash tests/run-cli.sh "$t" 2>&1); then
		status=0
	else
		status=$?
	fi
	printf '%s\n%s\n' "$t" "$out"
	# run-cli.sh ends with "N passed, N failed" unless it could not run.
	if [[ $out =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ [0-9]+\ skipped)?$ ]]; then
		passed=$((passed + BASH_REMATCH[1]))
		failed=$((failed + BASH_REMATCH[2]))
	fi
	[ "$status" -eq 0 ] || bad+=("$t")
done
step "done"
echo "musl: ${passed} passed, ${failed} failed"
[ "${#bad[@]}" -eq 0 ] || die "transcripts failing against musl: ${bad[*]}"
