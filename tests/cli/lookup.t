# Looking codes up: every entry of each code, in argument order.  An entry
# is shown in full where its layout is the point (notes, aliases, several
# references, sources); elsewhere -s gives one line per entry, so that a
# reworded description changes few transcripts.

$ httpstatus 418
418 I'm a teapot  (reserved: unused in the IANA registry)
    An April Fools' joke from the Hyper Text Coffee Pot Control Protocol
    (HTCPCP) of RFC 2324 and RFC 7168, sent by a teapot asked to brew coffee.
    Deployed software uses it often enough that RFC 9110 reserves the code
    rather than assign it, though it may be assigned should the 4xx codes ever
    run out.
    Also known as: I am a teapot, http.StatusTeapot (Go)
    Not cacheable by default
    See also: 400 the generic client error clients fall back to
    RFC 9110, Section 15.5.19; RFC 2324
? 0

$ httpstatus 404
404 Not Found
    The server has no current representation for the target resource, or will
    not reveal that one exists. It does not say whether the absence is temporary
    or permanent; 410 is used when the removal is known to be permanent.
    Cacheable by default
    See also: 410 gone for good, and the server knows it
              403 the resource exists but access is refused
              405 the resource exists but not for this method
    RFC 9110, Section 15.5.5
? 0

$ httpstatus -s 499
499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
499 Token Required  (unofficial: Esri ArcGIS Server)
? 0

$ httpstatus 413 422
413 Content Too Large
    The request content is larger than the server is willing or able to handle,
    and the server may close the connection. RFC 2616 called it Request Entity
    Too Large and RFC 7231 called it Payload Too Large; a Retry-After header
    field may signal that the limit is temporary.
    Also known as: Payload Too Large, Request Entity Too Large,
    HttpURLConnection.HTTP_ENTITY_TOO_LARGE (Java),
    HttpStatus.SC_REQUEST_TOO_LONG (Apache HttpComponents)
    Headers: Retry-After (recommended): when a temporary limit lets the client
             retry
    Not cacheable by default
    See also: 414 the URI, not the content, is too long
              431 the header fields are too large
              411 the content length was not given
    RFC 9110, Section 15.5.14

422 Unprocessable Content
    The server understands the content type and the syntax is correct, but it
    cannot act on the instructions, for example because the data fail
    validation. WebDAV (RFC 4918) named it Unprocessable Entity.
    Also known as: Unprocessable Entity
    Not cacheable by default
    See also: 400 the syntax itself is malformed
              415 the content format is not supported
              409 conflict with the resource's current state
    RFC 9110, Section 15.5.21
? 0

$ httpstatus -s 306
306 Unused  (reserved: unused in the IANA registry)
? 0

$ httpstatus -s 104
104 Upload Resumption Supported  (temporary registration expired 2026-11-13: check the IANA registry)
? 0

# The runner fixes the day at 2026-12-01 through SOURCE_DATE_EPOCH; the
# day before the expiry date, the registration still runs, and a value
# that is not a number of seconds leaves the clock in charge.
$ SOURCE_DATE_EPOCH=1794441600 httpstatus -s 104
104 Upload Resumption Supported  (temporary, expires 2026-11-13)
? 0

$ SOURCE_DATE_EPOCH=yesterday httpstatus -s 104 | grep -c 'expires\|expired'
1
? 0

$ httpstatus -s 510
510 Not Extended  (obsolete)
? 0

$ httpstatus -s 451
451 Unavailable For Legal Reasons
451 Redirect  (unofficial: Microsoft Exchange ActiveSync)
? 0

$ httpstatus -s 000
000 (unnamed)  (unofficial: curl, nginx, Apache Traffic Server, Akamai, AWS Elastic Load Balancing)
? 0

$ httpstatus -s 783
783 Unexpected Token  (unofficial: Shopify)
? 0

$ httpstatus 299
! httpstatus: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
? 1

$ httpstatus -s 100 299 200
100 Continue
200 OK
! httpstatus: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
? 1

$ httpstatus -s 199 599
599 Internal Exception  (unofficial: Tornado, Perl HTTP::Tiny)
599 Network Connect Timeout Error  (unofficial, unattested: some HTTP proxies)
! httpstatus: '199' is an unassigned 1xx (Informational) code; RFC 9110 tells clients to treat it as 100 Continue
? 1

# Where each fact can be checked: the vendor's page or source, or why no
# vendor documents it; and when a temporary registration expires.
$ httpstatus -L 218 494 420 104
218 This is fine  (unofficial, unattested: attributed to Apache HTTP Server)
    A joke code that lists of status codes attribute to Apache HTTP Server,
    claiming it goes out with an error document when ProxyErrorOverride is on.
    Nothing in httpd bears this out: it defines no 218, and ProxyErrorOverride
    acts only on 400-599. A generic client handles it like 200 OK.
    Not cacheable by default
    See also: 200 the standard success code clients treat it as
    Unattested: widely listed as an Apache HTTP Server code, but httpd does not
    define 218 and its ProxyErrorOverride acts on 400-599 only

494 Request Header Or Cookie Too Large  (unofficial: nginx)
    An internal code of nginx for a request whose header line or cookies do not
    fit in its buffers. The client is sent 400 Bad Request under a page titled
    Request Header Or Cookie Too Large, and the access log shows 400 too; 494
    exists so that error_page can give the case a page of its own, and the error
    log says the client sent too long a header line. Raising
    large_client_header_buffers or clearing the site's cookies can resolve it.
    Also known as: Request Header Too Large, NGX_HTTP_REQUEST_HEADER_TOO_LARGE
    (nginx)
    Not cacheable by default
    See also: 431 the registered code for oversized header fields
              400 what nginx sends the client and logs
    Source: https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h
    Source: https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c
    Source: https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.c
    Source: https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/modules/ngx_http_log_module.c

420 Enhance Your Calm  (unofficial: Twitter)
    Sent by version 1 of the Twitter Search and Trends API when a client was
    being rate limited. The registered 429 Too Many Requests is the standard
    code for this situation.
    Not cacheable by default
    See also: 429 the standard code for rate limiting
    Source: https://web.archive.org/web/2016/https://dev.twitter.com/overview/api/response-codes

420 Method Failure  (unofficial: Spring Framework, former constant)
    A former constant of the Spring Framework, METHOD_FAILURE, taken from an
    early WebDAV draft; Spring deprecated it in 2012, never sent it itself, and
    removed it in 7.0. The code is not registered, so a generic client handles
    it like 400 Bad Request.
    Also known as: HttpStatus.METHOD_FAILURE (former Spring name)
    Not cacheable by default
    See also: 424 the registered code for a failed dependent action
    Source: https://github.com/spring-projects/spring-framework/blob/6214eae8bd02c2ed7ab382bb8d16a9cc6de49522/spring-web/src/main/java/org/springframework/http/HttpStatus.java
    Source: https://github.com/spring-projects/spring-framework/commit/698d004260a950d54bd92ba3dfe3feb05039a0b6
    Source: https://github.com/spring-projects/spring-framework/commit/83c020eea5386ba21f2f4bd74fb4167211b219fa

420 (unnamed)  (unofficial: Shopify, until 2018)
    Returned by Shopify's Admin API for requests to a locked store until 30
    August 2018, when Shopify switched to the registered 423 Locked to make the
    answer less ambiguous.
    Not cacheable by default
    See also: 423 what Shopify sends for a locked store since 2018
    Source: https://shopify.dev/changelog/admin-api-requests-to-locked-stores-will-return-a-423-status-code-instead-of-420

104 Upload Resumption Supported  (temporary registration expired 2026-11-13:
    check the IANA registry)
    An interim response indicating that the server supports resumable uploads
    for this request, so an interrupted upload can be continued rather than
    restarted. It is a temporary IANA registration, made on 2024-11-13 for the
    resumable upload draft and extended on 2025-09-15.
    Headers: Location (required): the upload resource, in the first 104 only;
             later ones must not carry it
             Upload-Draft-Interop-Version (required): from draft
             implementations: the interop version, 6 in -05
             Upload-Offset (optional): bytes received so far, in progress 104s
             Upload-Limit (optional): limits that apply to this upload
             Upload-Complete (request): offered the request as a resumable
             upload
    Content: none; interim responses end with the header section
    See also: 100 generic interim go-ahead to send the content
              201 final reply naming a newly created resource
    draft-ietf-httpbis-resumable-upload-05
    https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05
? 0

# -L adds the URL of each reference, for terminals that strip links; a
# plain lookup has the references alone.
$ httpstatus -L 418 | tail -n 3
    RFC 9110, Section 15.5.19; RFC 2324
    https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19
    https://www.rfc-editor.org/rfc/rfc2324
? 0

$ httpstatus 418 | tail -n 1
    RFC 9110, Section 15.5.19; RFC 2324
? 0

$ httpstatus -t -o code,status,expires,source 104 218 444
104	temporary	2026-11-13	https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05
218	unofficial		unattested: widely listed as an Apache HTTP Server code, but httpd does not define 218 and its ProxyErrorOverride acts on 400-599 only
444	unofficial		https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return|https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h|https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.c
? 0

# --first answers each query with one entry, also among arguments.
$ httpstatus -1 -s 499 420 503 teapot 4xx
499 Client Closed Request  (unofficial: nginx, Cloudflare, Cloud Foundry, Google APIs)
420 Enhance Your Calm  (unofficial: Twitter)
503 Service Unavailable
418 I'm a teapot  (reserved: unused in the IANA registry)
400 Bad Request
? 0

$ httpstatus --first -j -o code,origin 530
[
  {"code":530,"origin":"Cloudflare"}
]
? 0
