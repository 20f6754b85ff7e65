# httpstatus.bash - bash completion for httpstatus(1), installed as "httpstatus".
# shellcheck shell=bash
#
# Completes the options of the option table in src/main.c, the values of
# --format, --fields and --color, and the status codes and classes a
# query may name.  The codes come from the program itself, so they are
# never out of date.  It needs nothing from the bash-completion package,
# but is found and loaded on demand by it.
# A query may also be a status line (HTTP/1.1 404 Not Found) or words to
# search for, ranked by relevance, where consecutive words are one
# query; those are free text, so only codes and classes are offered.

# Resolves a long option name, perhaps abbreviated as getopt_long allows,
# to its full name in REPLY: it fails for an unknown or ambiguous name.
_httpstatus_long_name()
{
	local name=${1#--} o found=
	local -a names=(all color colour count field fields first format header
		help json line-buffered list log long official quiet regex short
		tsv version)

	for o in "${names[@]}"; do
		if [[ $o == "$name" ]]; then
			found=$o
			break
		fi
		[[ $o == "$name"* ]] || continue
		# --color and --colour are one option, so "--col" is not
		# ambiguous to getopt_long.
		if [[ $found && ${found/colour/color} != "${o/colour/color}" ]]; then
			return 1
		fi
		found=$o
	done
	[[ $found ]] || return 1
	REPLY=--${found/colour/color}
}

# Reads a cluster of short options such as "-aj", "-af" or "-ocode": if
# one in it takes an argument, puts its letter in REPLY and the rest of
# the word (the argument, or nothing) in REPLY_REST.
_httpstatus_short_arg()
{
	local w=${1#-}

	while [[ $w ]]; do
		case ${w:0:1} in
		[efo])
			REPLY=${w:0:1}
			REPLY_REST=${w:1}
			return 0
			;;
		[1achjLlqstV]) w=${w:1} ;;
		*) return 1 ;;
		esac
	done
	return 1
}

# Adds to cands the values of option $1 (f or --format, o or --fields,
# --color), each with $2 in front: the part of the word before the
# value, such as "--format=".  $3 is what is typed of the value so far.
_httpstatus_values()
{
	local opt=$1 head=$2 value=$3 item done_items
	local -a fields=(code phrase description reference status origin class
		aliases url source expires headers cacheable content related
		treat_as query)

	case $opt in
	f | --format)
		for item in text json jsonl tsv csv; do
			cands+=("$head$item")
		done
		;;
	o | --fields)
		# A comma-separated list: complete the item after the last
		# comma, leaving out those already given (the program refuses
		# a field named twice).
		if [[ $value == *,* ]]; then
			head+=${value%,*},
			done_items=,${value%,*},
		fi
		for item in "${fields[@]}"; do
			[[ $done_items == *",$item,"* ]] || cands+=("$head$item")
		done
		;;
	--color)
		for item in auto always never; do
			cands+=("$head$item")
		done
		;;
	esac
}

# Adds to cands every status code the program knows, and the classes.
_httpstatus_queries()
{
	local prog=$1 code
	local -A seen=()

	# Several lines may share a code, one for each of its meanings.
	while IFS=$'\t' read -r code _; do
		[[ $code && ! ${seen[$code]-} ]] || continue
		seen[$code]=1
		cands+=("$code")
	done < <("$prog" --all --list --format=tsv --fields=code,phrase 2>/dev/null)
	cands+=(1xx 2xx 3xx 4xx 5xx)
}

_httpstatus()
{
	local prog=${1:-httpstatus} i w join=0 pending='' endopts=0 arg rl left k
	local REPLY REPLY_REST
	local -a words=() cands=()

	COMPREPLY=()
	((COMP_CWORD > 0)) || return 0
	prog=${prog/#\~/$HOME}

	# Bash splits words at the characters of COMP_WORDBREAKS, "=" among
	# them, so --format=js arrives as "--format" "=" "js": put such long
	# options back together, whatever COMP_WORDBREAKS holds.
	for ((i = 1; i <= COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if ((join)); then
			words[-1]+=$w
			join=0
		elif [[ $w == = && ${#words[@]} -gt 0 && ${words[-1]} == --?* &&
			${words[-1]} != *=* ]]; then
			words[-1]+='='
			join=1
		else
			words+=("$w")
		fi
	done

	# Bash replaces only the part of the current word before the cursor
	# and after its last word-break character: rl is that part, and arg
	# the whole argument up to the cursor.
	w=${COMP_WORDS[COMP_CWORD]}
	left=${COMP_LINE:0:COMP_POINT}
	rl=
	for ((k = ${#w}; k > 0; k--)); do
		if [[ $left == *"${w:0:k}" ]]; then
			rl=${w:0:k}
			break
		fi
	done
	arg=${words[-1]}
	arg=${arg:0:${#arg}-${#w}+${#rl}}
	[[ $rl == = ]] && rl=

	# Which option, if any, is waiting for its argument, and whether
	# "--" has ended the options.
	for w in "${words[@]:0:${#words[@]}-1}"; do
		if [[ $pending ]]; then
			pending=
			continue
		fi
		case $w in
		--)
			endopts=1
			break
			;;
		--*=*) ;;
		--?*)
			if _httpstatus_long_name "$w"; then
				case $REPLY in
				--field | --fields | --format | --regex)
					pending=$REPLY
					;;
				esac
			fi
			;;
		-?*)
			if _httpstatus_short_arg "$w" && [[ -z $REPLY_REST ]]; then
				pending=$REPLY
			fi
			;;
		esac
	done

	if [[ $pending ]]; then
		_httpstatus_values "$pending" "" "$arg"
	elif ((endopts)); then
		_httpstatus_queries "$prog"
	elif [[ $arg == --?*=* ]]; then
		if _httpstatus_long_name "${arg%%=*}"; then
			_httpstatus_values "$REPLY" "${arg%%=*}=" "${arg#*=}"
		fi
	elif [[ $arg == -- || $arg == --[!-]* ]]; then
		cands=(--all --color --color= --colour --colour= --count --field
			--fields --first --format --header --help --json
			--line-buffered --list --log --long --official --quiet --regex
			--short --tsv --version)
	elif [[ $arg == - ]]; then
		cands=(-1 -a -c -e -f -h -j -L -l -o -q -s -t -V --all --color
			--color= --colour --colour= --count --field --fields --first
			--format --header --help --json --line-buffered --list --log
			--long --official --quiet --regex --short --tsv --version)
	elif [[ $arg == -?* ]]; then
		if _httpstatus_short_arg "$arg" && [[ $REPLY != e ]]; then
			_httpstatus_values "$REPLY" "${arg%"$REPLY_REST"}" \
				"$REPLY_REST"
		fi
	else
		_httpstatus_queries "$prog"
	fi

	# The candidates are whole arguments: keep those that extend what is
	# typed, less the part bash does not replace.
	for w in "${cands[@]}"; do
		[[ $w == "$arg"* ]] && COMPREPLY+=("${w:${#arg}-${#rl}}")
	done
	return 0
}

complete -F _httpstatus httpstatus
