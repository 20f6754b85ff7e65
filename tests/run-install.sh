#!/usr/bin/env bash
# run-install.sh - installs the build into a scratch directory and checks the tree.
#
# Usage: run-install.sh MESON BUILDDIR SOURCEDIR NAME=VALUE...
# The NAME=VALUE pairs are the build's options: prefix, bindir, datadir,
# mandir, man_pages (yes or no) and the three completion directories,
# bashcompletiondir, zshcompletiondir and fishcompletiondir ("" for the
# default place, "no" for none).  The places each file must land in are
# worked out here from those options and the shells' conventions, not
# taken from the build, so that a wrong place in the build fails.
set -u
meson=$1 builddir=$2 srcdir=$3
shift 3
declare -A opt=()
for pair; do
	opt[${pair%%=*}]=${pair#*=}
done
passed=0 failed=0

ok() {
	passed=$((passed + 1))
}

fail() {
	failed=$((failed + 1))
	echo "FAIL: $*"
}

dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

# Where a directory option puts files: relative ones are under the prefix.
place() {
	case $1 in
	/*) printf '%s\n' "$dest$1" ;;
	*) printf '%s\n' "$dest${opt[prefix]}/$1" ;;
	esac
}

# The build is up to date: the test depends on it, and a rebuild from
# inside "meson test" would race with it.
if ! log=$("$meson" install -C "$builddir" --no-rebuild --destdir "$dest" 2>&1); then
	printf '%s\n' "$log"
	fail "meson install --destdir failed"
	echo "$passed passed, $failed failed"
	exit 1
fi
ok

# The program runs from where it was installed.
bin=$(place "${opt[bindir]}")/httpstatus
if [ ! -x "$bin" ]; then
	fail "no executable ${bin#"$dest"}"
elif ! version=$("$bin" --version) ||
	[[ $version != "httpstatus "[0-9]* ]]; then
	fail "${bin#"$dest"} --version printed '$version'"
else
	ok
fi

# An installed file must be the one in the source tree.
installed() {
	local file=$1 source=$2
	if [ ! -f "$file" ]; then
		fail "${file#"$dest"} is not installed"
	elif ! cmp -s "$file" "$source"; then
		fail "${file#"$dest"} differs from $source"
	else
		ok
	fi
}

# The manual page, once there is one to install.
if [ -f "$srcdir/man/httpstatus.1" ] && [ "${opt[man_pages]}" = yes ]; then
	installed "$(place "${opt[mandir]}")/man1/httpstatus.1" \
		"$srcdir/man/httpstatus.1"
fi

# SHELL FILE DEFAULT_DIR INSTALLED_NAME: each completion where its shell
# looks for it, or nowhere if its option says "no".
while read -r shell file default name; do
	dir=${opt[${shell}completiondir]}
	if [ "$dir" = no ]; then
		found=
		while IFS= read -r f; do
			cmp -s "$f" "$srcdir/completions/$file" && found+=" ${f#"$dest"}"
		done < <(find "$dest" -type f)
		if [ -n "$found" ]; then
			fail "$shell completion installed despite 'no':$found"
		else
			ok
		fi
		continue
	fi
	installed "$(place "${dir:-${opt[datadir]}/$default}")/$name" \
		"$srcdir/completions/$file"
done <<'EOF'
bash httpstatus.bash bash-completion/completions httpstatus
zsh _httpstatus zsh/site-functions _httpstatus
fish httpstatus.fish fish/vendor_completions.d httpstatus.fish
EOF

# A default install stays under the prefix: nothing in /usr/share when
# the prefix is /usr/local.
outside=$(find "$dest" -type f ! -path "$dest${opt[prefix]}/*")
absolute=
for shell in bash zsh fish; do
	[[ ${opt[${shell}completiondir]} == /* ]] && absolute=yes
done
if [ -n "$outside" ] && [ -z "$absolute" ]; then
	fail "installed outside the prefix ${opt[prefix]}: ${outside//"$dest"/}"
else
	ok
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
