#!/usr/bin/env bash
# run-completions.sh - runs the shell completions in the shell they are for.
#
# Usage: run-completions.sh SHELL HTTPSTATUS COMPLETIONS_DIR OPTIONS_C
# SHELL is bash, zsh or fish; the test is skipped (exit 77) when that
# shell is not installed.  The program under test is put on PATH as
# "httpstatus", for the completions call it for the status codes.
#
# Each case below is a command line, completed as if TAB were pressed at
# its end, and a check on what the shell offers.  Every shell reports
# whole words: bash's COMPREPLY is put back after the part of the word
# that bash does not replace ("--format=" in --format=js), so that one
# table serves all three.
#   bash  sources bash-completion's bash_completion when present (and
#         runs the cases once more without it), then the completion
#         file, splits the line into COMP_WORDS as readline does, sets
#         COMP_CWORD, COMP_LINE and COMP_POINT, calls _httpstatus and
#         reads COMPREPLY.
#   zsh   checks the syntax with zsh -n, then starts an interactive
#         zsh -f on a pseudo-terminal (zsh/zpty) with the completion in
#         $fpath and compinit run, types each line and a TAB, and records
#         every match and its description through a compadd wrapper.
#   fish  sources the completion file and runs complete -C on each line.
set -u
shell=$1 httpstatus=$2 compdir=$3 options_c=$4
passed=0 failed=0

if ! command -v "$shell" >/dev/null 2>&1; then
	echo "$shell is not installed: skipped"
	exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$httpstatus" "$work/bin/httpstatus"
export PATH="$work/bin:$PATH"
export LC_ALL=C
unset NO_COLOR

ok() {
	passed=$((passed + 1))
}

fail() {
	failed=$((failed + 1))
	echo "FAIL: $*"
}

# Every option of the option table in src/options.c, so that a new option
# without a completion fails here.
short=$(sed -n 's/^static const char short_options\[\] = "\(.*\)";$/\1/p' "$options_c")
options=()
for ((i = 0; i < ${#short}; i++)); do
	[[ ${short:i:1} == : ]] || options+=("-${short:i:1}")
done
while read -r name; do
	options+=("--$name")
done < <(sed -n '/long_options\[\] = {/,/^};/s/^\t{"\([a-z-]*\)".*/\1/p' "$options_c")
if [ "${#options[@]}" -lt 20 ]; then
	fail "could not read the option table of $options_c (${options[*]})"
fi

# Every code the program knows, once, and the classes.
mapfile -t codes < <(httpstatus --all --list --format=tsv --fields=code,phrase |
	cut -f1 | sort -u)
codes+=(1xx 2xx 3xx 4xx 5xx)
if [ "${#codes[@]}" -lt 60 ]; then
	fail "httpstatus --all --list gave too few codes (${#codes[@]})"
fi

# Every output field and format, as the program lists them when an
# option names one it does not know (run-lists.sh holds the written
# lists to the same).
read -ra fields < <(httpstatus -o '' 404 2>&1 >/dev/null |
	sed -n 's/.*(fields: \(.*\))$/\1/p' | sed 's/,//g')
read -ra formats < <(httpstatus -f '' 404 2>&1 >/dev/null |
	sed -n 's/.*(expected \(.*\))$/\1/p' | sed 's/,//g; s/ or / /')
if [ "${#fields[@]}" -lt 10 ] || [ "${#formats[@]}" -lt 3 ]; then
	fail "httpstatus gave too few fields (${fields[*]}) or formats" \
		"(${formats[*]})"
fi

# SHELLS|LINE|CHECK|WORDS: SHELLS is "all" or a comma-separated list;
# CHECK is "exactly" (the words offered, no more, no fewer), "includes",
# "excludes" or "describes" (WORDS is a word, a space, and text its
# description must contain; bash shows no descriptions).  @options,
# @codes, @fields and @formats stand for the lists above.
cases='
all|httpstatus --for|exactly|--format
all|httpstatus --format=|exactly|--format=text --format=json --format=jsonl --format=tsv --format=csv
all|httpstatus --format=js|exactly|--format=json --format=jsonl
all|httpstatus -f |exactly|@formats
all|httpstatus --format |exactly|@formats
all|httpstatus -af |exactly|@formats
all|httpstatus --format=c|exactly|--format=csv
all|httpstatus -fj|exactly|-fjson -fjsonl
all|httpstatus 41|includes|418 410 419
all|httpstatus 41|excludes|420 4xx 41
all|httpstatus 4|includes|4xx 404 499
all|httpstatus |exactly|@codes
all|httpstatus -- 5|includes|500 5xx
all|httpstatus -o code,ph|exactly|code,phrase
all|httpstatus -o code,|includes|code,phrase code,url
all|httpstatus -o code,|excludes|code,code
all|httpstatus --fields=code,phrase,c|exactly|--fields=code,phrase,class --fields=code,phrase,cacheable --fields=code,phrase,content
all|httpstatus -ocode,d|exactly|-ocode,description
all|httpstatus -o |exactly|@fields
all|httpstatus -o code,q|exactly|code,query
all|httpstatus -o query,|excludes|query,query
all|httpstatus --he|exactly|--header --help
all|httpstatus --color=|exactly|--color=auto --color=always --color=never
all|httpstatus --colour=n|exactly|--colour=never
all|httpstatus --col|includes|--color --colour
all|httpstatus --color |includes|418 4xx
all|httpstatus --color |excludes|always never auto
all|httpstatus -|includes|@options
all|httpstatus --|includes|--all --version --line-buffered
all|httpstatus --|excludes|-a -V
all|httpstatus -e |exactly|
zsh,fish|httpstatus 418|describes|418 I'"'"'m a teapot
zsh,fish|httpstatus 53|describes|530 Site Frozen
zsh,fish|httpstatus 4|describes|4xx Client Error
zsh,fish|httpstatus --form|describes|--format utput format
bash|httpstatus --form |exactly|@formats
bash|httpstatus --colo=|exactly|--colo=auto --colo=always --colo=never
'

# The completion results, as lines "=== LINE" then "WORD<TAB>DESCRIPTION"
# for each match, are read into results[LINE] and described[LINE WORD].
declare -A results=() described=() seen=()
read_results() {
	local line='' word descr
	while IFS= read -r row; do
		case $row in
		'=== timeout')
			fail "$line: the shell did not finish completing"
			unset 'seen[$line]'
			line=''
			continue
			;;
		'=== completed' | '=== done')
			line=''
			continue
			;;
		'=== '*)
			line=${row#=== }
			seen[$line]=1
			results[$line]=
			continue
			;;
		esac
		[[ -z $line ]] && continue
		word=${row%%$'\t'*}
		descr=
		[[ $row == *$'\t'* ]] && descr=${row#*$'\t'}
		results[$line]+="$word"$'\n'
		described[$line $word]=$descr
	done
}

bash_complete() {
	local with=$1
	shift
	bash --norc --noprofile -s "$with" "$compdir/httpstatus.bash" "$@" <<'EOS'
with=$1 file=$2
shift 2
if [[ $with == yes ]]; then
	. /usr/share/bash-completion/bash_completion || exit 1
fi
. "$file" || exit 1
for line; do
	# Readline's words: split at blanks, and each run of the other
	# word-break characters ("=" and ":" among them) a word of its own.
	breaks=${COMP_WORDBREAKS//[[:space:]]/}
	words=()
	rest=$line
	while [[ $rest =~ ^[[:space:]]*([^[:space:]]+)(.*)$ ]]; do
		token=${BASH_REMATCH[1]} rest=${BASH_REMATCH[2]}
		part='' kind=''
		for ((i = 0; i < ${#token}; i++)); do
			c=${token:i:1}
			k=word
			[[ $breaks == *"$c"* ]] && k=break
			if [[ $k != "$kind" && -n $part ]]; then
				words+=("$part")
				part=''
			fi
			part+=$c kind=$k
		done
		words+=("$part")
	done
	[[ $line == *[[:space:]] ]] && { words+=(''); token=''; }
	COMP_WORDS=("${words[@]}")
	COMP_CWORD=$((${#words[@]} - 1))
	COMP_LINE=$line
	COMP_POINT=${#line}
	COMPREPLY=()
	_httpstatus httpstatus "${words[-1]}" "${words[-2]}"
	# What bash leaves of the word before what it replaces: all of it
	# when the word ends in a word-break character.
	head=${token%"${words[-1]}"}
	[[ $breaks == *"${words[-1]:0:1}"* ]] && head=$token
	echo "=== $line"
	for reply in "${COMPREPLY[@]}"; do
		printf '%s%s\n' "$head" "$reply"
	done
done
EOS
}

zsh_complete() {
	local capture=$work/zsh-capture
	# Sourced by the interactive zsh that does the completing.
	cat >"$work/setup.zsh" <<'EOS'
PS1='' RPS1='' PROMPT_EOL_MARK=''
fpath=($compdir $fpath)
autoload -Uz compinit
compinit -u -D
# No listing, no menu: a TAB completes, and the matches go to the file.
unsetopt auto_list auto_menu list_ambiguous
setopt no_beep
bindkey -e
# TAB completes, then says so: the harness types nothing more until then,
# as typeahead could cut a completion short.
complete-and-mark() {
	zle complete-word
	print -r -- "=== completed" >>$capture
}
zle -N complete-and-mark
bindkey '^I' complete-and-mark
# compadd with -O, -A or -D only asks which words match; any other call
# adds matches, which are recorded with their descriptions (-d).
compadd() {
	if (( ${${@[1,${@[(i)(-|--)]}]}[(I)-[OAD]]} )); then
		builtin compadd "$@"
		return
	fi
	local -a hits descr
	local i
	(( $@[(I)-d] )) && descr=("${(@P)${@[${@[(i)-d]}+1]}}")
	builtin compadd -O hits -D descr "$@"
	for (( i = 1; i <= $#hits; i++ )); do
		print -r -- "$IPREFIX$hits[i]"$'\t'"${descr[i]-}" >>$capture
	done
	builtin compadd "$@"
}
print -r -- ready >>$capture
EOS
	# Types each line and a TAB into that zsh.
	cat >"$work/harness.zsh" <<'EOS'
zmodload zsh/zpty || exit 77
setup=$1 compdir=$2 capture=$3
shift 3
: >$capture
zpty z zsh -f -i
zpty -w z "compdir=${(q)compdir} capture=${(q)capture}; source ${(q)setup}"
wait_for() {
	local t chunk
	for (( t = 0; t < 200; t++ )); do
		[[ $(tail -n 1 $capture) == $1 ]] && return 0
		while zpty -rt z chunk 2>/dev/null; do :; done
		sleep 0.05
	done
	print -r -- "=== timeout" >>$capture
	return 1
}
wait_for ready || exit 1
: >$capture
for line in "$@"; do
	print -r -- "=== $line" >>$capture
	# Once the completion is over, the line is cleared and a command
	# marks the end of this case.
	zpty -w -n z "$line"$'\t'
	wait_for '=== completed' || break
	zpty -w -n z $'\C-u'
	zpty -w z 'print -r -- "=== done" >>$capture'
	wait_for '=== done' || break
done
zpty -d z
EOS
	zsh -f "$work/harness.zsh" "$work/setup.zsh" "$compdir" "$capture" "$@"
	local status=$?
	cat "$capture" 2>/dev/null
	return $status
}

fish_complete() {
	# Only this completion file, never an installed one.
	# shellcheck disable=SC2016 # fish expands $argv.
	fish --no-config -c '
		set -g fish_complete_path $argv[1]
		source $argv[2]; or exit 1
		for line in $argv[3..]
			echo "=== $line"
			complete -C"$line"
		end' "$work" "$compdir/httpstatus.fish" "$@"
}

check() {
	local label=$1 line=$2 how=$3 expected=$4 got w missing='' extra=''
	local -a want
	case $expected in
	@options) want=("${options[@]}") ;;
	@codes) want=("${codes[@]}") ;;
	@fields) want=("${fields[@]}") ;;
	@formats) want=("${formats[@]}") ;;
	*) read -ra want <<<"$expected" ;;
	esac
	if [[ ! ${seen[$line]-} ]]; then
		fail "$label: '$line': no result"
		return
	fi
	got=${results[$line]}
	case $how in
	exactly | includes)
		for w in "${want[@]}"; do
			[[ $'\n'$got == *$'\n'"$w"$'\n'* ]] || missing+=" $w"
		done
		if [[ $how == exactly ]]; then
			while IFS= read -r w; do
				[[ -z $w || " ${want[*]} " == *" $w "* ]] || extra+=" $w"
			done <<<"$got"
		fi
		;;
	excludes)
		for w in "${want[@]}"; do
			[[ $'\n'$got == *$'\n'"$w"$'\n'* ]] && extra+=" $w"
		done
		;;
	describes)
		w=${expected%% *}
		if [[ $'\n'$got != *$'\n'"$w"$'\n'* ]]; then
			missing+=" $w"
		elif [[ ${described[$line $w]} != *"${expected#* }"* ]]; then
			fail "$label: '$line': $w described as '${described[$line $w]}', expected '${expected#* }'"
			return
		fi
		;;
	esac
	if [[ $missing || $extra ]]; then
		fail "$label: '$line' $how '$expected':${missing:+ missing$missing}${extra:+ unexpected$extra}"
	else
		ok
	fi
}

run_cases() {
	local label=$1 name=$2 filter line how words
	local -a lines=()
	shift 2
	while IFS='|' read -r filter line how words; do
		[[ $filter == all || ,$filter, == *,$name,* ]] && lines+=("$line")
	done <<<"${cases#$'\n'}"
	results=() described=() seen=()
	read_results < <("$@" "${lines[@]}")
	while IFS='|' read -r filter line how words; do
		[[ -n $line ]] || continue
		[[ $filter == all || ,$filter, == *,$name,* ]] || continue
		check "$label" "$line" "$how" "$words"
	done <<<"${cases#$'\n'}"
}

case $shell in
bash)
	if shellcheck=$(command -v shellcheck); then
		if "$shellcheck" "$compdir/httpstatus.bash"; then ok; else fail "shellcheck"; fi
	fi
	if [ -f /usr/share/bash-completion/bash_completion ]; then
		run_cases "bash with bash-completion" bash bash_complete yes
	fi
	run_cases "bash alone" bash bash_complete no
	;;
zsh)
	if zsh -n "$compdir/_httpstatus"; then ok; else fail "zsh -n _httpstatus"; fi
	if zsh -fc 'zmodload zsh/zpty' 2>/dev/null; then
		run_cases zsh zsh zsh_complete
	else
		echo "zsh has no zsh/zpty module: syntax checked only"
	fi
	;;
fish)
	if fish --no-execute "$compdir/httpstatus.fish"; then ok; else fail "fish --no-execute"; fi
	run_cases fish fish fish_complete
	;;
*)
	fail "unknown shell $shell"
	;;
esac

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
