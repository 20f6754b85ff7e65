# Queries streamed on standard input, one per line.

$ printf '404\n200\n' | httpstatus
404 Not Found
200 OK
? 0

# CRLF line ends and surrounding blanks are tolerated; a blank line is a
# line that cannot be answered, and keeps its place with a record.
$ printf '404\r\n\n   \n 301 \n\t302\t\n' | httpstatus
404 Not Found
--- (unknown)
--- (unknown)
301 Moved Permanently
302 Found
! httpstatus: stdin:2: line is empty
! httpstatus: stdin:3: line is empty
? 1

$ printf '404\n299\n500\n' | httpstatus
404 Not Found
299 (unassigned)
500 Internal Server Error
! httpstatus: stdin:2: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
? 1

# A malformed line is reported with its number; the stream goes on.
$ printf '404\n4044\n200\n' | httpstatus
404 Not Found
--- (unknown)
200 OK
! httpstatus: stdin:2: '4044' is not an HTTP status code (expected 100-599)
? 1

$ printf 'teapot\n41x\nnot_found\n' | httpstatus
418 I'm a teapot  (reserved: unused in the IANA registry)
410 Gone
411 Length Required
412 Precondition Failed
413 Content Too Large
414 URI Too Long
415 Unsupported Media Type
416 Range Not Satisfiable
417 Expectation Failed
418 I'm a teapot  (reserved: unused in the IANA registry)
404 Not Found
? 0

$ printf '499\n000\n' | httpstatus -t -o code,phrase,origin
499	Client Closed Request	nginx, Cloudflare, Cloud Foundry, Google APIs
000	(unnamed)	curl, nginx, Apache Traffic Server, Akamai, AWS Elastic Load Balancing
? 0

$ printf '404\n200' | httpstatus -t -o code,phrase
404	Not Found
200	OK
? 0

$ echo 404 | httpstatus -
404 Not Found
? 0

# - reads standard input in its place among the arguments, whose answers
# are in full while stdin's take a line each (their bodies left out here).
$ echo 200 | httpstatus 404 - 500 | grep -v '^    '
404 Not Found

200 OK

500 Internal Server Error
? 0

needs jq
$ printf '404\n200\n404\n' | httpstatus -j | jq -c 'map(.code)'
[404,200,404]
? 0

needs jq
$ printf '404\n200\n' | httpstatus -f jsonl | jq -c '[.code, .phrase]'
[404,"Not Found"]
[200,"OK"]
? 0

$ printf '' | httpstatus -j
[]
? 0

# -L answers stdin in full, just as arguments are answered, each time.
$ diff <(printf '404\n404\n' | httpstatus -L) <(httpstatus -L 404 404) && echo same
same
? 0

$ printf '404\n404\n' | httpstatus --official -j -o code
[
  {"code":404},
  {"code":404}
]
? 0

$ printf '499\n' | httpstatus --official
499 (unknown)
! httpstatus: stdin:1: '499' has only unofficial meanings, and --official hides them
? 1

# An overlong line is reported and answered as unknown, never cut.
$ { echo 404; head -c 5000 /dev/zero | tr '\0' 7; echo; echo 200; } | httpstatus
404 Not Found
--- (unknown)
200 OK
! httpstatus: stdin:2: line longer than 1024 bytes
? 1

$ printf '404\n40\0004\n200\n' | httpstatus
404 Not Found
--- (unknown)
200 OK
! httpstatus: stdin:2: line holds a NUL byte
? 1

$ yes 404 | head -n 100000 | httpstatus -t -o code,phrase | uniq -c
 100000 404	Not Found
? 0

$ { yes 200 | head -n 3000; echo 299; yes 503 | head -n 3000; } | httpstatus -t -o code | uniq -c
   3000 200
      1 299
   3000 503
! httpstatus: stdin:3001: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
? 0

$ printf '200\n' | httpstatus --line-buffered -t -o code
200
? 0

$ printf '404\n' | httpstatus -q; echo $?
0
? 0

$ printf '404\n299\n' | httpstatus -q; echo $?
1
? 0

# A note on a status line is no error: -q leaves it out too.
$ printf 'HTTP/1.0 404 File not found\n' | httpstatus -q; echo $?
0
? 0

# A class in a stream is a list of its codes; -L explains it first, as it
# does an argument.
$ printf '1xx\n' | httpstatus | head -n 1
100 Continue
? 0

$ printf '1xx\n' | httpstatus -L | head -n 1
1xx Informational
? 0

# With no query and a terminal on standard input there is nothing to do.
$ script -qec httpstatus /dev/null | tr -d '\r'
httpstatus: no query given
Try 'httpstatus --help'.
? 0

# --line-buffered answers each line before the next arrives: the first
# answer is read while the input is still open.
$ coproc HS { httpstatus --line-buffered -t -o code,phrase; }; echo 404 >&"${HS[1]}"; read -r -t 10 answer <&"${HS[0]}"; echo "got: $answer"; exec {HS[1]}>&-; wait
got: 404	Not Found
? 0

# Without it, answers wait for a full buffer or the end of the input.
$ coproc HS { httpstatus -t -o code,phrase; }; echo 404 >&"${HS[1]}"; read -r -t 1 answer <&"${HS[0]}"; echo "got: ${answer:-nothing yet}"; exec {HS[1]}>&-; wait
got: nothing yet
? 0

# A UTF-8 byte-order mark before the first line is skipped.
$ printf '\357\273\277404\r\n\357\273\277404\n' | httpstatus -s
404 Not Found
--- (unknown)
! httpstatus: stdin:2: '\xef\xbb\xbf404' matches nothing
? 1

# --first: one entry per line in, so that a log's codes can be counted.
# A code's registered meaning comes first, else its most common one.
$ printf '499\n503\n420\n530\nHTTP/1.1 499 Token Required\n404 Not Found\n5xx\nrate limit\n' | httpstatus -1 -t -o code,phrase,origin
499	Client Closed Request	nginx, Cloudflare, Cloud Foundry, Google APIs
503	Service Unavailable	
420	Enhance Your Calm	Twitter
530	(unnamed)	Cloudflare
499	Token Required	Esri ArcGIS Server
404	Not Found	
500	Internal Server Error	
429	Too Many Requests	
? 0

# A stream gives the first meaning without being asked; --all gives
# every one, so that 499 and 503 give two lines each.
$ printf '499\n503\n' | httpstatus -t -o code,phrase
499	Client Closed Request
503	Service Unavailable
? 0

$ printf '499\n503\n' | httpstatus -a -t -o code,phrase
499	Client Closed Request
499	Token Required
503	Service Unavailable
503	Loop Detected
? 0

# --official still hides a code that has only unofficial meanings.
$ printf '499\n503\n' | httpstatus -1 --official -t -o code,phrase
499	
503	Service Unavailable
! httpstatus: stdin:1: '499' has only unofficial meanings, and --official hides them
? 1
