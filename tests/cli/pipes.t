# The stream contract: one record per line of standard input, in order,
# whatever the line holds, in every format; the query field gives each
# line back, so that the answers can be joined to the input.

# The input of the cases below: a code, "-" (nginx's status of a request
# that never came), a code no one sends, a vendor's code outside the
# classes, words that match nothing, a status line, a line of 2,000
# bytes, a line holding a NUL byte, and a code with two meanings.
$ { printf '404\n-\n999\n600\nzzyzx qwv\nHTTP/1.1 503 Service Unavailable\n'; head -c 2000 /dev/zero | tr '\0' 4; printf '\n40\0004\n499\n'; } >mix && wc -l <mix
9
? 0

$ httpstatus -s <mix
404 Not Found
--- (unknown)
999 (unknown)
600 (unnamed)  (unofficial: Akamai reports)
--- (unknown)
503 Service Unavailable
--- (unknown)
--- (unknown)
499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
! httpstatus: stdin:2: '-' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
! httpstatus: stdin:3: '999' is not an HTTP status code (expected 100-599)
! httpstatus: stdin:5: 'zzyzx qwv' matches nothing
! httpstatus: stdin:7: line longer than 1024 bytes
! httpstatus: stdin:8: line holds a NUL byte
? 1

$ httpstatus -t -o query,code,phrase,status <mix 2>/dev/null
404	404	Not Found	permanent
-			unknown
999	999		unknown
600	600	(unnamed)	unofficial
zzyzx qwv			unknown
HTTP/1.1 503 Service Unavailable	503	Service Unavailable	permanent
			unknown
40 4			unknown
499	499	Client Closed Request	unofficial
? 1

$ httpstatus -f csv --header -o query,code,phrase <mix 2>/dev/null | tr -d '\r'
query,code,phrase
404,404,Not Found
-,,
999,999,
600,600,(unnamed)
zzyzx qwv,,
HTTP/1.1 503 Service Unavailable,503,Service Unavailable
,,
40 4,,
499,499,Client Closed Request
? 0

# CSV lines end in CRLF, as RFC 4180 has them.
$ httpstatus -f csv -o code <mix 2>/dev/null | od -c | head -n 1
0000000   4   0   4  \r  \n  \r  \n   9   9   9  \r  \n   6   0   0  \r
? 0

$ httpstatus -f jsonl -o query,code,status <mix 2>/dev/null
{"query":"404","code":404,"status":"permanent"}
{"query":"-","code":null,"status":"unknown"}
{"query":"999","code":999,"status":"unknown"}
{"query":"600","code":600,"status":"unofficial"}
{"query":"zzyzx qwv","code":null,"status":"unknown"}
{"query":"HTTP/1.1 503 Service Unavailable","code":503,"status":"permanent"}
{"query":null,"code":null,"status":"unknown"}
{"query":"40\u00004","code":null,"status":"unknown"}
{"query":"499","code":499,"status":"unofficial"}
? 1

# JSON: one element a line, and a valid document whatever the status.
needs jq
$ httpstatus -j -o query,code <mix 2>/dev/null | jq -c 'length, .[4], .[6]'
9
{"query":"zzyzx qwv","code":null}
{"query":null,"code":null}
? 0

# Every record gives its line back: the queries are the input, in order
# (but for the long line, which is not kept).
needs jq
$ diff <(httpstatus -f jsonl -o query <mix 2>/dev/null | jq -r '.query // "LONG"' | tr '\0' '@') <(tr '\0' '@' <mix | awk 'length > 1024 { $0 = "LONG" } 1')
? 0

# -a gives every meaning of a line, as arguments have them.
$ printf '499\n' | httpstatus -a -t -o query,code,phrase
499	499	Client Closed Request
499	499	Token Required
? 0

# A class, a mask or a range still lists its codes.
$ printf '20x\n404\n' | httpstatus -t -o query,code
20x	200
20x	201
20x	202
20x	203
20x	204
20x	205
20x	206
20x	207
20x	208
404	404
? 0

# The query field of an argument is the argument.
$ httpstatus -f jsonl -o query,code 'Not Found' 418
{"query":"Not Found","code":404}
{"query":"418","code":418}
? 0

# Labelling a log: the status of each line, joined back to it by line.
$ printf '%s\n' '1.2.3.4 - - [06/Dec/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512' '1.2.3.4 - - [06/Dec/2026:10:00:01 +0000] "-" - 0' '1.2.3.4 - - [06/Dec/2026:10:00:02 +0000] "GET /x HTTP/1.1" 499 0' >access.log && awk '{ print $9 }' access.log | httpstatus -o phrase 2>/dev/null | paste -d '|' access.log - | cut -d '"' -f 3
 200 512|OK
 - 0|
 499 0|Client Closed Request
? 0

# stdout and stderr on one pipe keep the order of the lines: the answers
# so far are written out before a message about a later line.
$ printf '404\n-\n200\n999\n' | httpstatus -s 2>&1
404 Not Found
--- (unknown)
httpstatus: stdin:2: '-' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
200 OK
999 (unknown)
httpstatus: stdin:4: '999' is not an HTTP status code (expected 100-599)
? 1

# On a terminal each answer is written as it comes: the answer to the
# first line is read before the second line is written.  script gives the
# program a pseudo-terminal for stdout; its stdin is a FIFO.
$ mkfifo tty-in tty-out && { script -qfec 'httpstatus -t -o code,phrase <tty-in' /dev/null >tty-out & } && exec 4<tty-out 3>tty-in && echo 404 >&3 && read -r -t 5 answer <&4; echo "first: ${answer%$'\r'}"; echo 200 >&3; exec 3>&-; read -r -t 5 answer <&4; echo "second: ${answer%$'\r'}"; wait
first: 404	Not Found
second: 200	OK
? 0

# A response head as curl -sI and -sIL print it: the status lines are
# answered, the header fields and the blank line after them are not.
$ printf 'HTTP/2 301\r\nlocation: /x\r\n\r\nHTTP/2 200\r\ndate: now\r\n\r\n' | httpstatus -t -o code
301
200
? 0

$ printf 'HTTP/1.1 302 Found\r\nLocation: /b\r\nRetry-After: 120\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nServer: cloudflare\r\n\r\n' | httpstatus -s
302 Found
503 Service Unavailable
? 0

# HTTP/2 has no reason phrase: the registered meaning, not Fastly's.
$ httpstatus -a -s 'HTTP/2 503'; echo 'HTTP/2 503' | httpstatus -a -s
503 Service Unavailable
503 Service Unavailable
? 0

# Quoted arguments are queries of their own; bare words join.
$ httpstatus -s "gateway timeout" "not found"
504 Gateway Timeout
404 Not Found
? 0

$ httpstatus -s request entity too large
413 Content Too Large
? 0

# An argument naming a file is not searched for: it goes on stdin.
$ httpstatus access.log
! httpstatus: 'access.log' is a file, not a query; to answer the lines of a file, give it on standard input: httpstatus < FILE
! Try 'httpstatus --help'.
? 2

$ httpstatus -s ./
! httpstatus: './' is a directory, not a query; to answer the lines of a file, give it on standard input: httpstatus < FILE
! Try 'httpstatus --help'.
? 2

# -o alone asks for TSV; --header names its columns.
$ httpstatus -o code,phrase --header 404 418
code	phrase
404	Not Found
418	I'm a teapot
? 0

$ httpstatus --header -j 404
! httpstatus: --header applies to tsv and csv output
! Try 'httpstatus --help'.
? 2

# CSV quotes a cell that holds a comma or a quote, and doubles the quote.
$ printf '"a",b\n' | httpstatus -f csv -o query,code,status 2>/dev/null | tr -d '\r'
"""a"",b",,unknown
? 0

$ httpstatus -f csv -o code,origin 499 | tr -d '\r'
499,"nginx, Cloudflare, Cloud Foundry, Google APIs"
499,Esri ArcGIS Server
? 0

# JSON is a document even when nothing was found.
$ httpstatus -j teapto
[]
! httpstatus: 'teapto' matches nothing; did you mean 418 I'm a teapot?
? 1

# Only a status line starts a head: a version alone is a line that
# cannot be answered, and the blank line after it keeps its record.
$ printf 'HTTP/1.1\n\n200\n' | httpstatus -s
--- (unknown)
--- (unknown)
200 OK
! httpstatus: stdin:1: 'HTTP/1.1' is not a status line (such as HTTP/1.1 404 Not Found)
! httpstatus: stdin:2: line is empty
? 1

# Plain words are searched for even where a file has their name.
$ touch timeout && httpstatus -s timeout | head -n 1
504 Gateway Timeout
? 0
