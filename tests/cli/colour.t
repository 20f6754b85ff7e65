# Colour and links: never in a pipe or a file unless --color=always; on a
# terminal by default, unless TERM is dumb; NO_COLOR drops the colours.

# Colour and links touch an entry's first line (code, note) and its last
# (references), so most cases here show only those two; --color=always
# shows whole entries once.
$ httpstatus 404 | cat -v | sed -n '1p;$p'
404 Not Found
    RFC 9110, Section 15.5.5
? 0

$ httpstatus --color=always 200 499 | cat -v
^[[1;32m200^[[0m OK
    The request succeeded. What the content holds depends on the method: the
    requested representation for GET, or a description of the outcome of the
    action for POST.
    Also known as: codes.M-bM-^\M-^S (Python requests)
    Headers: ETag (recommended): a strong entity tag, in a 200 to GET or HEAD,
             if one is available
             Last-Modified (recommended): the modification date, in a 200 to GET
             or HEAD, if one is available
    Content: depends on method: a representation for GET, none for HEAD
    Cacheable by default
    See also: 204 success with no content at all
              201 success that created a new resource
              206 only part of the representation was sent
              203 content altered by a transforming proxy
    ^[[2m^[]8;;https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1^[\RFC 9110, Section 15.3.1^[]8;;^[\^[[0m

^[[1;33m499^[[0m Client Closed Request  ^[[35m(unofficial: nginx, Cloudflare, Cloud Foundry, Google
    APIs)^[[0m
    Logged by nginx when the client closed the connection before the server
    could send the response; Cloudflare, built on nginx, logs it too, and
    frequent 499s often point to slow upstreams or short client timeouts. No
    response reaches the client. Cloud Foundry's gorouter answers a cancelled
    request, as when the client disconnects, with 499 Request Cancelled;
    Google's APIs map the gRPC code CANCELLED to 499; ASP.NET Core names it
    Status499ClientClosedRequest.
    Also known as: Request Cancelled, NGX_HTTP_CLIENT_CLOSED_REQUEST (nginx),
    StatusCodes.Status499ClientClosedRequest (ASP.NET Core)
    Not cacheable by default
    See also: 408 the server, not the client, gave up waiting
              504 a gateway timed out waiting for upstream
^[[2m    Source: https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h^[[0m
^[[2m    Source: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-499/^[[0m
^[[2m    Source: https://github.com/cloudfoundry/gorouter/blob/a602bb6a624308630305f7f61689fddd21347dcb/proxy/round_tripper/error_handler.go^[[0m
^[[2m    Source: https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto^[[0m

^[[1;33m499^[[0m Token Required  ^[[35m(unofficial: Esri ArcGIS Server)^[[0m
    Sent by Esri ArcGIS Server when a secured resource is requested without an
    access token. The client must include a valid token and try again.
    Not cacheable by default
    See also: 401 the standard code for missing or invalid credentials
^[[2m    Source: https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899^[[0m
? 0

$ httpstatus --color=always -s 4xx | cat -v | head -3
^[[1;33m400^[[0m Bad Request
^[[1;33m401^[[0m Unauthorized
^[[1;33m402^[[0m Payment Required
? 0

$ httpstatus --color=always -t -o code,phrase,reference,url 404 | cat -v
404	Not Found	RFC 9110, Section 15.5.5	https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5
? 0

$ httpstatus --colour=never 404 | cat -v | head -1
404 Not Found
? 0

$ httpstatus --color=sometimes 404
! httpstatus: unknown colour setting 'sometimes' (expected auto, always or never)
! Try 'httpstatus --help'.
? 2

needs script
$ TERM=xterm script -qec 'httpstatus 418' /dev/null | tr -d '\r' | cat -v | sed -n '1p;$p'
^[[1;33m418^[[0m I'm a teapot  ^[[35m(reserved: unused in the IANA registry)^[[0m
    ^[[2m^[]8;;https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19^[\RFC 9110, Section 15.5.19^[]8;;^[\; ^[]8;;https://www.rfc-editor.org/rfc/rfc2324^[\RFC 2324^[]8;;^[\^[[0m
? 0

needs script
$ NO_COLOR=1 TERM=xterm script -qec 'httpstatus 418' /dev/null | tr -d '\r' | cat -v | sed -n '1p;$p'
418 I'm a teapot  (reserved: unused in the IANA registry)
    ^[]8;;https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19^[\RFC 9110, Section 15.5.19^[]8;;^[\; ^[]8;;https://www.rfc-editor.org/rfc/rfc2324^[\RFC 2324^[]8;;^[\
? 0

needs script
$ TERM=dumb script -qec 'httpstatus 418' /dev/null | tr -d '\r' | cat -v | sed -n '1p;$p'
418 I'm a teapot  (reserved: unused in the IANA registry)
    RFC 9110, Section 15.5.19; RFC 2324
? 0

needs script
$ TERM=xterm script -qec 'httpstatus --color=never 418' /dev/null | tr -d '\r' | cat -v | sed -n '1p;$p'
418 I'm a teapot  (reserved: unused in the IANA registry)
    RFC 9110, Section 15.5.19; RFC 2324
? 0

# COLUMNS sets the wrap width, at most 100 columns; a narrow one is kept.
$ COLUMNS=50 httpstatus 200
200 OK
    The request succeeded. What the content holds
    depends on the method: the requested
    representation for GET, or a description of
    the outcome of the action for POST.
    Also known as: codes.✓ (Python requests)
    Headers: ETag (recommended): a strong entity
             tag, in a 200 to GET or HEAD, if one
             is available
             Last-Modified (recommended): the
             modification date, in a 200 to GET or
             HEAD, if one is available
    Content: depends on method: a representation
             for GET, none for HEAD
    Cacheable by default
    See also: 204 success with no content at all
              201 success that created a new
              resource
              206 only part of the representation
              was sent
              203 content altered by a
              transforming proxy
    RFC 9110, Section 15.3.1
? 0

$ COLUMNS=10 httpstatus 200
200 OK
    The
    request
    succeeded.
    What
    the
    content
    holds
    depends
    on the
    method:
    the
    requested
    representation
    for
    GET,
    or a
    description
    of the
    outcome
    of the
    action
    for
    POST.
    Also known as:
    codes.✓
    (Python
    requests)
    Headers:
    ETag
    (recommended):
    a
    strong
    entity
    tag,
    in a
    200 to
    GET or
    HEAD,
    if one
    is
    available
    Last-Modified
    (recommended):
    the
    modification
    date,
    in a
    200 to
    GET or
    HEAD,
    if one
    is
    available
    Content:
    depends
    on
    method:
    a
    representation
    for
    GET,
    none
    for
    HEAD
    Cacheable
    by
    default
    See also:
    204
    success
    with
    no
    content
    at all
    201
    success
    that
    created
    a new
    resource
    206
    only
    part
    of the
    representation
    was
    sent
    203
    content
    altered
    by a
    transforming
    proxy
    RFC 9110, Section 15.3.1
? 0

$ COLUMNS=junk httpstatus 200
200 OK
    The request succeeded. What the content holds depends on the method: the
    requested representation for GET, or a description of the outcome of the
    action for POST.
    Also known as: codes.✓ (Python requests)
    Headers: ETag (recommended): a strong entity tag, in a 200 to GET or HEAD,
             if one is available
             Last-Modified (recommended): the modification date, in a 200 to GET
             or HEAD, if one is available
    Content: depends on method: a representation for GET, none for HEAD
    Cacheable by default
    See also: 204 success with no content at all
              201 success that created a new resource
              206 only part of the representation was sent
              203 content altered by a transforming proxy
    RFC 9110, Section 15.3.1
? 0

# A width above 100 counts as 100, even one too big for any integer type;
# zero and negative widths, however long, count as no width, as junk
# does, and the width is 80.
$ COLUMNS=100 httpstatus 200 | sed -n 2,3p
    The request succeeded. What the content holds depends on the method: the requested
    representation for GET, or a description of the outcome of the action for POST.
? 0

$ COLUMNS=1000 httpstatus 200 | sed -n 2,3p
    The request succeeded. What the content holds depends on the method: the requested
    representation for GET, or a description of the outcome of the action for POST.
? 0

$ COLUMNS=99999999999999999999999 httpstatus 200 | sed -n 2,3p
    The request succeeded. What the content holds depends on the method: the requested
    representation for GET, or a description of the outcome of the action for POST.
? 0

$ for c in 0 -5 -99999999999999999999999; do COLUMNS=$c httpstatus 200 | sed -n 2p; done
    The request succeeded. What the content holds depends on the method: the
    The request succeeded. What the content holds depends on the method: the
    The request succeeded. What the content holds depends on the method: the
? 0
