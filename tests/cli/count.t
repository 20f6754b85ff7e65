# --count: the lines of standard input counted by their answer, and a
# summary at the end instead of a record a line.

# The input below: codes that repeat, a status line and words that name
# a code, a vendor's code, an unassigned code, and lines with no answer
# ("-", words that match nothing, a class, which names many codes).
$ printf '%s\n' 404 200 404 200 503 200 'HTTP/1.1 404 Not Found' 'not found' 499 299 - 'zzyzx qwv' 4xx 200 >lines && wc -l <lines
14
? 0

# Most counted first, then by code; the unknown row last, whatever its
# count.  Each class's subtotal follows, then 4xx and 5xx together, and
# the total; a code of no class (here none) counts in the total only.
# The lines with no answer are reported once: how many, and the first.
$ httpstatus --count <lines
 4   28.6%  200 OK
 4   28.6%  404 Not Found
 1    7.1%  299 (unassigned)
 1    7.1%  499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
 1    7.1%  503 Service Unavailable
 3   21.4%  --- (unknown)

 0    0.0%  1xx Informational
 5   35.7%  2xx Successful
 0    0.0%  3xx Redirection
 5   35.7%  4xx Client Error
 1    7.1%  5xx Server Error
 6   42.9%  4xx and 5xx
14  100.0%  total
! httpstatus: stdin: 3 lines could not be answered; the first, line 11: '-' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
? 1

$ httpstatus -c -t <lines
4	200	OK
4	404	Not Found
1	299	
1	499	Client Closed Request
1	503	Service Unavailable
3		
! httpstatus: stdin: 3 lines could not be answered; the first, line 11: '-' is not a status code, class, mask or range (such as 404, 4xx, 41x or 400-417)
? 1

$ httpstatus -c -t --header <lines 2>/dev/null
count	code	phrase
4	200	OK
4	404	Not Found
1	299	
1	499	Client Closed Request
1	503	Service Unavailable
3		
? 1

$ httpstatus -c -f csv --header <lines 2>/dev/null | tr -d '\r'
count,code,phrase
4,200,OK
4,404,Not Found
1,299,
1,499,Client Closed Request
1,503,Service Unavailable
3,,
? 0

# -o picks the fields after the count, as for any record.
$ httpstatus -c -o code,status,class <lines 2>/dev/null
4	200	permanent	2xx
4	404	permanent	4xx
1	299	unassigned	2xx
1	499	unofficial	4xx
1	503	permanent	5xx
3		unknown	
? 1

$ httpstatus -c -f jsonl -o code,phrase,status <lines 2>/dev/null
{"count":4,"code":200,"phrase":"OK","status":"permanent"}
{"count":4,"code":404,"phrase":"Not Found","status":"permanent"}
{"count":1,"code":299,"phrase":null,"status":"unassigned"}
{"count":1,"code":499,"phrase":"Client Closed Request","status":"unofficial"}
{"count":1,"code":503,"phrase":"Service Unavailable","status":"permanent"}
{"count":3,"code":null,"phrase":null,"status":"unknown"}
? 1

$ httpstatus -c -j -o code,phrase <lines 2>/dev/null
{"total":14,"classes":{"1xx":0,"2xx":5,"3xx":0,"4xx":5,"5xx":1},"rows":[
  {"count":4,"code":200,"phrase":"OK"},
  {"count":4,"code":404,"phrase":"Not Found"},
  {"count":1,"code":299,"phrase":null},
  {"count":1,"code":499,"phrase":"Client Closed Request"},
  {"count":1,"code":503,"phrase":"Service Unavailable"},
  {"count":3,"code":null,"phrase":null}
]}
? 1

# JSON is one object: the total and the class subtotals are there to
# read, and they agree with the rows.
needs jq
$ httpstatus -c -j <lines 2>/dev/null | jq -e '.total == 14 and (.rows | map(.count) | add) == .total and .classes["4xx"] == 5 and (.rows | length) == 6 and .rows[0].code == 200 and .rows[0].description != null'
true
? 0

# Every line answered: exit status 0 and no message.
$ printf '200\n404\n200\n' | httpstatus -c -t
2	200	OK
1	404	Not Found
? 0

# The counts are those of the records a stream writes, a line one
# record, tallied by sort and uniq (without the class, which a stream
# answers with a record for each of its codes).
$ grep -vx 4xx lines | httpstatus -t -o code 2>/dev/null | sort | uniq -c | awk '{ print $1 "\t" $2 }' | sort >by-uniq && grep -vx 4xx lines | httpstatus -c -t -o code 2>/dev/null | sort >by-count && test -s by-count && diff by-uniq by-count && wc -l <by-count
6
? 0

# Nothing to count: the summary still says so.
$ httpstatus -c </dev/null
0    0.0%  1xx Informational
0    0.0%  2xx Successful
0    0.0%  3xx Redirection
0    0.0%  4xx Client Error
0    0.0%  5xx Server Error
0    0.0%  4xx and 5xx
0    0.0%  total
? 0

$ httpstatus -c -j </dev/null
{"total":0,"classes":{"1xx":0,"2xx":0,"3xx":0,"4xx":0,"5xx":0},"rows":[]}
? 0

$ httpstatus -c -t --header </dev/null
count	code	phrase
? 0

# -q writes nothing, and says nothing of lines with no answer; the exit
# status still tells.
$ httpstatus -c -q <lines
? 1

# --official: a code only vendors send has no answer to count.
$ printf '499\n404\n' | httpstatus -c -t --official
1	404	Not Found
1		
! httpstatus: stdin: 1 line could not be answered; the first, line 1: '499' has only unofficial meanings, and --official hides them
? 1

# A response head as curl -sI prints it: its status line is counted, its
# header fields are not lines to count.
$ printf 'HTTP/2 301\r\nlocation: /x\r\n\r\nHTTP/2 200\r\ncontent-type: text/html\r\n\r\n' | httpstatus -c -t
1	200	OK
1	301	Moved Permanently
? 0

# A JSON-lines log: jq takes the status out, httpstatus counts it.
needs jq
$ printf '%s\n' '{"status":200,"path":"/"}' '{"status":404,"path":"/x"}' '{"status":200,"path":"/y"}' | jq -r .status | httpstatus --count -t
2	200	OK
1	404	Not Found
? 0

# Colour in the text summary is that of a list's.
$ printf '200\n404\n' | httpstatus -c --color=always | cat -v
1   50.0%  ^[[1;32m200^[[0m OK
1   50.0%  ^[[1;33m404^[[0m Not Found

0    0.0%  ^[[1;34m1xx^[[0m Informational
1   50.0%  ^[[1;32m2xx^[[0m Successful
0    0.0%  ^[[1;36m3xx^[[0m Redirection
1   50.0%  ^[[1;33m4xx^[[0m Client Error
0    0.0%  ^[[1;31m5xx^[[0m Server Error
1   50.0%  4xx and 5xx
2  100.0%  total
? 0

# --count is about standard input: with a query, a pattern or the list,
# it would have nothing to count.
$ httpstatus --count 404
! httpstatus: --count reads the lines of standard input, so it takes no query, -e or -l
! Try 'httpstatus --help'.
? 2

$ httpstatus -c -e found
! httpstatus: --count reads the lines of standard input, so it takes no query, -e or -l
! Try 'httpstatus --help'.
? 2

$ httpstatus -c -l
! httpstatus: --count reads the lines of standard input, so it takes no query, -e or -l
! Try 'httpstatus --help'.
? 2

$ httpstatus -c - <lines 2>/dev/null | tail -n 1
14  100.0%  total
? 0

# A summary row counts many lines, so it has no query to give back.
$ httpstatus -c -o query,code <lines
! httpstatus: --count writes no query field: a row counts many lines
! Try 'httpstatus --help'.
? 2

# On a terminal, standard input would wait for lines typed by hand: the
# options that read it say how to give it.  script gives the program a
# pseudo-terminal for stdin.
needs script
$ script -qec 'httpstatus --log --count' /dev/null | tr -d '\r'
httpstatus: standard input is a terminal: give the lines to read on it, as in httpstatus --log --count <access.log
Try 'httpstatus --help'.
? 0
