# Hostile input, as arguments and as stdin lines.  Each gets the exit
# status the man page documents: 1 for a query that finds nothing, 2 for
# one that is malformed; stdout never holds half an answer, and nothing
# ends by a signal.

$ httpstatus ''
! httpstatus: '' is an empty query
! Try 'httpstatus --help'.
? 2

$ httpstatus ' '
! httpstatus: ' ' is an empty query
! Try 'httpstatus --help'.
? 2

$ httpstatus abc
! httpstatus: 'abc' matches nothing
? 1

$ httpstatus 4044
! httpstatus: '4044' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

$ httpstatus 99
! httpstatus: '99' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

# Each bad query gets its message, and the pointer to --help comes once,
# after them all, not after each.
$ httpstatus '' 4044 99
! httpstatus: '' is an empty query
! httpstatus: '4044' is not an HTTP status code (expected 100-599)
! httpstatus: '99' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

$ mapfile -t empty < <(yes '' | head -n 100000); httpstatus "${empty[@]}" 2>&1 | sort | uniq -c
      1 Try 'httpstatus --help'.
 100000 httpstatus: '' is an empty query
? 0

$ httpstatus 1e3
! httpstatus: '1e3' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! Try 'httpstatus --help'.
? 2

$ httpstatus 0x194
! httpstatus: '0x194' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! Try 'httpstatus --help'.
? 2

$ httpstatus +404
! httpstatus: '+404' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! Try 'httpstatus --help'.
? 2

$ httpstatus ' 404' -s
404 Not Found
? 0

$ httpstatus '404 ' -s
404 Not Found
? 0

$ httpstatus 4xx5
! httpstatus: '4xx5' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! Try 'httpstatus --help'.
? 2

# Arabic-Indic digits are not ASCII digits: they are words, found nowhere.
$ httpstatus '٤٠٤'
! httpstatus: '\xd9\xa4\xd9\xa0\xd9\xa4' matches nothing
? 1

$ httpstatus $'\xff\xfe\x80'
! httpstatus: '\xff\xfe\x80' matches nothing
? 1

# Linux refuses a single argument over 128 KiB (MAX_ARG_STRLEN), so the
# longest argument a program can receive stands in for a 1 MiB one.
$ httpstatus "$(head -c 131071 /dev/zero | tr '\0' 4)"
! httpstatus: '4444444444444444444444444444444444444444...' is too long for a query
! Try 'httpstatus --help'.
? 2

$ httpstatus 999999999999999999999
! httpstatus: '999999999999999999999' is not an HTTP status code (expected 100-599)
! Try 'httpstatus --help'.
? 2

$ httpstatus '%s%n'
! httpstatus: '%s%n' has only words too common to search for (such as the, is, what)
? 1

$ httpstatus -- -404
! httpstatus: '-404' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! Try 'httpstatus --help'.
? 2

$ httpstatus --frobnicate 404
! httpstatus: option '--frobnicate' is not a known option
! Try 'httpstatus --help'.
? 2

$ httpstatus 404 --format
! httpstatus: option '--format' needs an argument
! Try 'httpstatus --help'.
? 2

$ httpstatus -o
! httpstatus: option '-o' needs an argument
! Try 'httpstatus --help'.
? 2

$ httpstatus --format=xml 404
! httpstatus: unknown format 'xml' (expected text, json, jsonl, tsv or csv)
! Try 'httpstatus --help'.
? 2

$ httpstatus --color=sometimes 404
! httpstatus: unknown colour setting 'sometimes' (expected auto, always or never)
! Try 'httpstatus --help'.
? 2

$ httpstatus -t --fields=code,,phrase 404
! httpstatus: '' is not a field, or is given twice (fields: code, phrase, description, reference, status, origin, class, aliases, url, source, expires, headers, cacheable, content, related, treat_as, query)
! Try 'httpstatus --help'.
? 2

$ httpstatus -t --fields=code,nonsense 404
! httpstatus: 'nonsense' is not a field, or is given twice (fields: code, phrase, description, reference, status, origin, class, aliases, url, source, expires, headers, cacheable, content, related, treat_as, query)
! Try 'httpstatus --help'.
? 2

# The same on standard input: bad lines are reported with their number,
# the stream goes on, and the worst status wins.
$ printf '%s\n' '' ' ' abc 4044 99 1e3 0x194 +404 ' 404' '404 ' 4xx5 '٤٠٤' 999999999999999999999 '%s%n' -404 | httpstatus -s
--- (unknown)
--- (unknown)
--- (unknown)
--- (unknown)
--- (unknown)
--- (unknown)
--- (unknown)
--- (unknown)
404 Not Found
404 Not Found
--- (unknown)
--- (unknown)
--- (unknown)
--- (unknown)
--- (unknown)
! httpstatus: stdin:1: line is empty
! httpstatus: stdin:2: line is empty
! httpstatus: stdin:3: 'abc' matches nothing
! httpstatus: stdin:4: '4044' is not an HTTP status code (expected 100-599)
! httpstatus: stdin:5: '99' is not an HTTP status code (expected 100-599)
! httpstatus: stdin:6: '1e3' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! httpstatus: stdin:7: '0x194' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! httpstatus: stdin:8: '+404' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! httpstatus: stdin:11: '4xx5' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! httpstatus: stdin:12: '\xd9\xa4\xd9\xa0\xd9\xa4' matches nothing
! httpstatus: stdin:13: '999999999999999999999' is not an HTTP status code (expected 100-599)
! httpstatus: stdin:14: '%s%n' has only words too common to search for (such as the, is, what)
! httpstatus: stdin:15: '-404' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
? 1

$ printf '404\n\377\376\n' | httpstatus -s
404 Not Found
--- (unknown)
! httpstatus: stdin:2: '\xff\xfe' matches nothing
? 1

$ printf '404\n40\0004\n200\n' | httpstatus -s
404 Not Found
--- (unknown)
200 OK
! httpstatus: stdin:2: line holds a NUL byte
? 1

$ { head -c 20000000 /dev/zero | tr '\0' 5; } | httpstatus -s
--- (unknown)
! httpstatus: stdin:1: line longer than 1024 bytes
? 1

$ { echo 200; head -c 20000000 /dev/zero | tr '\0' 5; printf '\n404\n'; } | httpstatus -s
200 OK
--- (unknown)
404 Not Found
! httpstatus: stdin:2: line longer than 1024 bytes
? 1

$ printf '404\n500' | httpstatus -s
404 Not Found
500 Internal Server Error
? 0

# Many blank lines: a record and a message each, in order.
$ yes '' | head -n 100000 | httpstatus -s 2>/dev/null | uniq -c
 100000 --- (unknown)
? 0

$ { yes '' | head -n 100000; echo 418; } | httpstatus -s 2>&1 >/dev/null | sed -n '1p;$p'
httpstatus: stdin:1: line is empty
httpstatus: stdin:100000: line is empty
? 0

$ { yes '' | head -n 100000; echo 418; } | httpstatus -s 2>/dev/null | tail -n 2
--- (unknown)
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

# Four NUL bytes and a newline must never pass for a cached code.
$ printf '404\n\0\0\0\n404\n\377\377\377\377\n' | httpstatus -s
404 Not Found
--- (unknown)
404 Not Found
--- (unknown)
! httpstatus: stdin:2: line holds a NUL byte
! httpstatus: stdin:4: '\xff\xff\xff\xff' matches nothing
? 1

# Patterns are compiled and matched by PCRE2 within fixed limits, so each
# of these ends at once with an answer or a message, whatever glibc's
# regcomp made of it (gigabytes, minutes, a crash).  -q: the exit status
# tells whether it matched.  "clocked": under valgrind the clock that
# bounds matching would end these before they could answer.
clocked
$ httpstatus -q -e '(\b){1,50}'
? 0

clocked
$ httpstatus -q -e '(\b){1,60}'
? 0

clocked
$ httpstatus -q -e '(^){1,500}'
? 0

$ httpstatus -q -e '(^){1,1000}'
! httpstatus: pattern '(^){1,1000}' is too complex: matching it backtracks more than 2000 deep
? 2

$ httpstatus -q -e '(){1,8000}'
! httpstatus: bad pattern '(){1,8000}': too complex: it repeats groups into more than PCRE2 can compile
! Try 'httpstatus --help'.
? 2

$ httpstatus -q -e '.{1,19999}'
? 0

$ httpstatus -q -e '(|a){1,19000}'
! httpstatus: bad pattern '(|a){1,19000}': too complex: it repeats groups into more than PCRE2 can compile
! Try 'httpstatus --help'.
? 2

clocked
$ httpstatus -q -e '(\b){1,100}'
? 0

$ httpstatus -q -e '(^){1,19999}'
! httpstatus: bad pattern '(^){1,19999}': too complex: it repeats groups into more than PCRE2 can compile
! Try 'httpstatus --help'.
? 2

$ httpstatus -q -e '((a{1,100}){1,100}){1,100}'
! httpstatus: bad pattern '((a{1,100}){1,100}){1,100}': too complex: it repeats groups into more than PCRE2 can compile
! Try 'httpstatus --help'.
? 2

$ httpstatus -q -e 'a{99999}'
! httpstatus: bad pattern 'a{99999}': number too big in {} quantifier (at offset 7)
! Try 'httpstatus --help'.
? 2

$ httpstatus -q -e '((((((((((((a*)+)+)+)+)+)+)+)+)+)+)+)+'
? 0

$ httpstatus -q -e '"+++++++++++++++++++++++++++++++++++'
! httpstatus: bad pattern '"+++++++++++++++++++++++++++++++++++': quantifier does not follow a repeatable item (at offset 3)
! Try 'httpstatus --help'.
? 2

$ httpstatus -q -e '(.*)*(.*)*(.*)*\1\2\3'
? 0

$ httpstatus -q -e '(?:\w?\w?\s?){1,6}[#@]'
! httpstatus: pattern '(?:\w?\w?\s?){1,6}[#@]' is too complex: matching goes past the 1000000 steps or 50 ms that all patterns share
? 2

$ httpstatus -q -e '\w(\w|\s)*(\w|\s)*[#@]'
! httpstatus: pattern '\w(\w|\s)*(\w|\s)*[#@]' is too complex: matching goes past the 1000000 steps or 50 ms that all patterns share
? 2

# One step of matching may cost a whole subject: \X*+ in a lookahead
# scans to its end.  Steps alone let this pattern run for seconds; the
# clock stops it within the time all patterns share.
$ httpstatus -q -e '^(?=.{370})(?:(?:(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+))?){30}[#@]'
! httpstatus: pattern '^(?=.{370})(?:(?:(?=\X*+)(?=\X*+)(?=\X*+...' is too complex: matching goes past the 1000000 steps or 50 ms that all patterns share
? 2

# A pattern may lower PCRE2's limits for itself: the message names the
# limit that struck.
$ httpstatus -q -e '(*LIMIT_DEPTH=1)found'
! httpstatus: pattern '(*LIMIT_DEPTH=1)found' is too complex for the limit it sets itself, (*LIMIT_DEPTH=1)
? 2

$ httpstatus -q -e '(*LIMIT_HEAP=0)found'
! httpstatus: pattern '(*LIMIT_HEAP=0)found' is too complex for the limit it sets itself, (*LIMIT_HEAP=0)
? 2

$ httpstatus -q -e '(*LIMIT_MATCH=1)x'
! httpstatus: pattern '(*LIMIT_MATCH=1)x' is too complex for the limit it sets itself, (*LIMIT_MATCH=1)
? 2

# An error that PCRE2 finds only when matching, in PCRE2's words.
$ httpstatus -q -e '(?R)'
! httpstatus: pattern '(?R)' is not matchable: nested recursion at the same subject position
? 2

# The fuzzer's findings that took glibc minutes or gigabytes.
$ httpstatus -q -e '((){1,100}){1,100}){1,100}'
! httpstatus: bad pattern '((){1,100}){1,100}){1,100}': unmatched closing parenthesis (at offset 18)
! Try 'httpstatus --help'.
? 2

$ httpstatus -q -e '(()){1,10100}'
! httpstatus: bad pattern '(()){1,10100}': too complex: it repeats groups into more than PCRE2 can compile
! Try 'httpstatus --help'.
? 2

# The patterns of a run share one budget, so 32 that each cost a few
# milliseconds cannot add up to more than it: the later ones are refused,
# each with the same message.
$ set --; for i in $(seq 32); do set -- "$@" -e '(^){1,500}'; done; { httpstatus -q "$@"; echo "status $?"; } 2>&1 | sort -u
httpstatus: pattern '(^){1,500}' is too complex: matching goes past the 1000000 steps or 50 ms that all patterns share
status 2
? 0

$ httpstatus -q -e "$(printf 'a%.0s' $(seq 257))"
! httpstatus: bad pattern 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...': longer than 256 bytes
! Try 'httpstatus --help'.
? 2

# One word of 800 letters is a word like any other, and a query of 33
# words is searched as one of 32 is: no limit of the matcher shows.
$ httpstatus "$(printf 'abcdefgh%.0s' $(seq 100))"
! httpstatus: 'abcdefghabcdefghabcdefghabcdefghabcdefgh...' matches nothing
? 1

$ httpstatus -s $(printf 'gateway %.0s' $(seq 32)) timeout
504 Gateway Timeout
502 Bad Gateway
? 0

$ httpstatus -s $(printf 'gateway %.0s' $(seq 33)) timeout
504 Gateway Timeout
502 Bad Gateway
? 0
