#!/usr/bin/env bash
# run-lists.sh - every list written by hand is the table it copies.
#
# Usage: run-lists.sh HTTPSTATUS SOURCE_ROOT GEN_REGISTRY
# The output fields come from the table in the program, which lists them,
# in order, when --fields names one it does not know.  Each copy written
# by hand must list exactly those, in that order: --help, the man page's
# list under OUTPUT, the README's table, and the field lists of the bash,
# zsh and fish completions.  The formats likewise, from the message for
# an unknown format: --help, the man page and the completions.  And the
# README's table of the columns of registry.csv must be the generator's
# (gen-registry --header).  A copy that cannot be found fails too, so
# that moving one cannot pass unseen.
set -u
httpstatus=$1 root=$2 gen=$3
passed=0 failed=0

# "... (fields: code, phrase, ..., query)" becomes one name a line.
fields=$("$httpstatus" -o '' 404 2>&1 >/dev/null |
	sed -n 's/.*(fields: \(.*\))$/\1/p' | sed 's/, /\n/g')
if [ "$(printf '%s\n' "$fields" | wc -l)" -lt 2 ]; then
	echo "FAIL: could not read the fields from $httpstatus -o ''"
	echo "0 passed, 1 failed"
	exit 1
fi

# compare WHAT NAMES [WANT KIND]: NAMES, one a line, must be WANT, the
# list of KIND (the fields unless given).
compare() {
	local want=${3-$fields} kind=${4-fields}

	if [ "$2" = "$want" ]; then
		passed=$((passed + 1))
		return
	fi
	echo "FAIL: $1 does not list the $kind of the table, in order:"
	diff -u <(printf '%s\n' "$want") <(printf '%s\n' "$2") |
		tail -n +3 | sed 's/^/  /'
	failed=$((failed + 1))
}

# --help: the words after "from:" in the text of --fields.
compare "--help" "$("$httpstatus" --help |
	sed -n '/--fields=LIST/,/^ *-/p' | sed '$d' | tr '\n' ' ' |
	sed -n 's/.*from: \(.*\)$/\1/p' | sed 's/ *$//; s/,  */\n/g')"

# The man page: the tag list under OUTPUT whose items are fields.
compare "man/httpstatus.1" "$(sed -n '/^\.Sh OUTPUT/,/^\.Sh /p' \
	"$root/man/httpstatus.1" |
	sed -n '/^\.Bl -tag -width description/,/^\.El/s/^\.It Cm //p')"

# The README: the first column of the table headed "| field |".
compare "README.md" "$(sed -n '/^| field |/,/^$/p' "$root/README.md" |
	sed -n 's/^| `\([a-z_]*\)` |.*/\1/p')"

# bash: the words of the array fields=(...).
compare "completions/httpstatus.bash" "$(sed -n \
	'/local -a fields=(/,/)/p' "$root/completions/httpstatus.bash" |
	sed 's/.*fields=(//; s/).*//' | tr -s ' \t' '\n\n' | sed '/^$/d')"

# zsh: 'name[description]' in the array fields=(...).
compare "completions/_httpstatus" "$(sed -n '/^local -a fields=(/,/^)/p' \
	"$root/completions/_httpstatus" | sed -n "s/^\t'\([a-z_]*\)\[.*/\1/p")"

# fish: name\t'description' in __httpstatus_fields.
compare "completions/httpstatus.fish" "$(sed -n \
	'/^function __httpstatus_fields/,/^end/p' \
	"$root/completions/httpstatus.fish" |
	grep -o "[a-z_]*\\\\t'" | sed "s/\\\\t'\$//")"

# The formats: "... (expected text, json, ... or csv)", one a line.
formats=$("$httpstatus" -f '' 404 2>&1 >/dev/null |
	sed -n 's/.*(expected \(.*\))$/\1/p' | sed 's/, /\n/g; s/ or /\n/')
if [ "$(printf '%s\n' "$formats" | wc -l)" -lt 2 ]; then
	echo "FAIL: could not read the formats from $httpstatus -f ''"
	failed=$((failed + 1))
fi

compare "--help (formats)" "$("$httpstatus" --help |
	sed -n 's/^ *-f, --format=FORMAT *//p' | sed 's/ (default)//' |
	sed 's/, /\n/g; s/ or /\n/')" "$formats" formats

# The man page: the .Cm items of -f, up to its "see".
compare "man/httpstatus.1 (formats)" "$(sed -n \
	'/^\.It Fl f Ar format/,/^see$/s/^\.Cm \([a-z]*\).*/\1/p' \
	"$root/man/httpstatus.1")" "$formats" formats

compare "completions/httpstatus.bash (formats)" "$(sed -n \
	's/^.*for item in \(text .*\); do$/\1/p' \
	"$root/completions/httpstatus.bash" | tr ' ' '\n')" "$formats" formats

compare "completions/_httpstatus (formats)" "$(sed -n \
	's/^.*:format:(\([^)]*\)).*/\1/p' "$root/completions/_httpstatus" |
	tr ' ' '\n')" "$formats" formats

compare "completions/httpstatus.fish (formats)" "$(grep -A1 -- '-l format ' \
	"$root/completions/httpstatus.fish" | sed -n "s/^\t-a '//p" |
	grep -o '[a-z]*\\t' | sed 's/\\t$//')" "$formats" formats

# The README's table of registry.csv, headed "| column |".
compare "README.md (The registry)" "$(sed -n '/^| column |/,/^$/p' \
	"$root/README.md" | sed -n 's/^| `\([a-z_]*\)` |.*/\1/p')" \
	"$("$gen" --header | tr , '\n')" columns

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
