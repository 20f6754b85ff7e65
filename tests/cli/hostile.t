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
! httpstatus: option -o needs an argument
! Try 'httpstatus --help'.
? 2

$ httpstatus --format=xml 404
! httpstatus: unknown format 'xml' (expected text, json, jsonl or tsv)
! Try 'httpstatus --help'.
? 2

$ httpstatus --color=sometimes 404
! httpstatus: unknown colour setting 'sometimes' (expected auto, always or never)
! Try 'httpstatus --help'.
? 2

$ httpstatus -t --fields=code,,phrase 404
! httpstatus: '' is not a field, or is given twice (fields: code, phrase, description, reference, status, origin, class, aliases, url)
! Try 'httpstatus --help'.
? 2

$ httpstatus -t --fields=code,nonsense 404
! httpstatus: 'nonsense' is not a field, or is given twice (fields: code, phrase, description, reference, status, origin, class, aliases, url)
! Try 'httpstatus --help'.
? 2

# The same on standard input: bad lines are reported with their number,
# the stream goes on, and the worst status wins.
$ printf '%s\n' '' ' ' abc 4044 99 1e3 0x194 +404 ' 404' '404 ' 4xx5 '٤٠٤' 999999999999999999999 '%s%n' -404 | httpstatus -s
404 Not Found
404 Not Found
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
? 2

$ printf '404\n\377\376\n' | httpstatus -s
404 Not Found
! httpstatus: stdin:2: '\xff\xfe' matches nothing
? 1

$ printf '404\n40\0004\n200\n' | httpstatus -s
404 Not Found
200 OK
! httpstatus: stdin:2: line holds a NUL byte, skipped
? 2

$ { head -c 20000000 /dev/zero | tr '\0' 5; } | httpstatus -s
! httpstatus: stdin:1: line longer than 1024 bytes, skipped
? 2

$ { echo 200; head -c 20000000 /dev/zero | tr '\0' 5; printf '\n404\n'; } | httpstatus -s
200 OK
404 Not Found
! httpstatus: stdin:2: line longer than 1024 bytes, skipped
? 2

$ printf '404\n500' | httpstatus -s
404 Not Found
500 Internal Server Error
? 0

$ yes '' | head -n 1000000 | httpstatus -s
? 0

$ { yes '' | head -n 1000000; echo 418; } | httpstatus -s
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

# Four NUL bytes and a newline must never pass for a cached code.
$ printf '404\n\0\0\0\n404\n\377\377\377\377\n' | httpstatus -s
404 Not Found
404 Not Found
! httpstatus: stdin:2: line holds a NUL byte, skipped
! httpstatus: stdin:4: '\xff\xff\xff\xff' matches nothing
? 2

# Patterns that glibc would compile into gigabytes are refused first.
$ httpstatus -e '"+++++++++++++++++++++++++++++++++++'
! httpstatus: bad pattern '"+++++++++++++++++++++++++++++++++++': repeats too much to compile (nested repetitions or large bounds)
! Try 'httpstatus --help'.
? 2

$ httpstatus -e '((a{1,100}){1,100}){1,100}'
! httpstatus: bad pattern '((a{1,100}){1,100}){1,100}': repeats too much to compile (nested repetitions or large bounds)
! Try 'httpstatus --help'.
? 2

$ httpstatus -e 'a{99999}'
! httpstatus: bad pattern 'a{99999}': repeats too much to compile (nested repetitions or large bounds)
! Try 'httpstatus --help'.
? 2

$ httpstatus -s -e '(((((teapot)+)+)+)+)+' -e '[[:alpha:]]+ a teapot'
418 I'm a teapot  (reserved: unused in the IANA registry)
418 I'm a teapot  (reserved: unused in the IANA registry)
? 0

$ httpstatus -e '(.*)*(.*)*(.*)*\1\2\3'
! httpstatus: bad pattern '(.*)*(.*)*(.*)*\1\2\3': uses a back-reference, which is not supported
! Try 'httpstatus --help'.
? 2

$ httpstatus -e '((((((((((((a*)+)+)+)+)+)+)+)+)+)+)+)+'
! httpstatus: bad pattern '((((((((((((a*)+)+)+)+)+)+)+)+)+)+)+)+': repeats too much to compile (nested repetitions or large bounds)
! Try 'httpstatus --help'.
? 2
