# Looking codes up: every entry of each code, in argument order.

$ httpstatus 418
418 I'm a teapot  (reserved: unused in the IANA registry)
    An April Fools' joke from the Hyper Text Coffee Pot Control Protocol
    (HTCPCP) of RFC 2324 and RFC 7168, sent by a teapot asked to brew coffee.
    RFC 9110 reserves the code so that it is never assigned, because deployed
    software already uses it.
    Also known as: I am a teapot, http.StatusTeapot (Go)
    RFC 9110, Section 15.5.19; RFC 2324
? 0

$ httpstatus 404
404 Not Found
    The server has no current representation for the target resource, or will
    not reveal that one exists. It does not say whether the absence is temporary
    or permanent; 410 is used when the removal is known to be permanent.
    RFC 9110, Section 15.5.5
? 0

$ httpstatus 499
499 Client Closed Request  (unofficial: nginx)
    Logged by nginx when the client closed the connection before the server
    could send the response. No response reaches the client; frequent 499s often
    point to slow upstreams or short client timeouts.

499 Token Required  (unofficial: Esri ArcGIS Server)
    Sent by Esri ArcGIS Server when a secured resource is requested without an
    access token. The client must include a valid token and try again.
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
    RFC 9110, Section 15.5.14

422 Unprocessable Content
    The server understands the content type and the syntax is correct, but it
    cannot act on the instructions, for example because the data fail
    validation. WebDAV (RFC 4918) named it Unprocessable Entity.
    Also known as: Unprocessable Entity
    RFC 9110, Section 15.5.21
? 0

$ httpstatus 306
306 Unused  (reserved: unused in the IANA registry)
    A reserved code with no current meaning. It was once proposed as Switch
    Proxy, telling clients to send later requests through a different proxy, but
    that was never standardised; the code stays reserved and must not be reused.
    Also known as: Switch Proxy, Response::HTTP_RESERVED (Symfony)
    RFC 9110, Section 15.4.7
? 0

$ httpstatus 104
104 Upload Resumption Supported  (temporary registration)
    An interim response indicating that the server supports resumable uploads
    for this request, so an interrupted upload can be continued rather than
    restarted. It is a temporary IANA registration, made 2024-11-13 and set to
    expire 2026-11-13.
    draft-ietf-httpbis-resumable-upload-05
? 0

$ httpstatus 510
510 Not Extended  (obsolete)
    Part of the HTTP Extension Framework of RFC 2774, meaning the server needs
    further extensions declared in the request before it can fulfil it. The
    framework has been moved to Historic status, and IANA marks the code as
    obsolete.
    RFC 2774; status-change-http-experiments-to-historic
? 0

$ httpstatus 451
451 Unavailable For Legal Reasons
    The server denies access to the resource because of a legal demand, such as
    a court order or government censorship. The number refers to the novel
    Fahrenheit 451, and the response may say who made the demand.
    RFC 7725

451 Redirect  (unofficial: Microsoft Exchange ActiveSync)
    Sent by Microsoft Exchange ActiveSync to tell the client to use a different
    server for the mailbox. This meaning clashes with the registered 451
    Unavailable For Legal Reasons.
? 0

$ httpstatus 000
000 (unnamed)  (unofficial: curl, nginx, Akamai, AWS Elastic Load Balancing)
    Not a real HTTP status: curl reports it, and nginx, Akamai and AWS Elastic
    Load Balancing write it to their logs, when no HTTP status was received or
    sent. It usually means the connection failed, was refused or was closed
    before any response.
? 0

$ httpstatus 783
783 Unexpected Token  (unofficial: Shopify)
    Sent by Shopify when the JSON in the request body has a syntax error, such
    as an unexpected token. The code lies outside the 100-599 range that HTTP
    defines.
? 0

$ httpstatus 299
! httpstatus: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
? 1

$ httpstatus 100 299 200
100 Continue
    An interim response telling the client that the request header has been
    received and that it may go on to send the request content. Clients usually
    meet it after sending Expect: 100-continue; a final status code still
    follows.
    RFC 9110, Section 15.2.1

200 OK
    The request succeeded. What the content holds depends on the method: the
    requested representation for GET, or a description of the outcome of the
    action for POST.
    RFC 9110, Section 15.3.1
! httpstatus: '299' is an unassigned 2xx (Successful) code; RFC 9110 tells clients to treat it as 200 OK
? 1

$ httpstatus 199 599
599 Network Connect Timeout Error  (unofficial: some HTTP proxies)
    An informal code that some HTTP proxies return when opening a network
    connection to the upstream server timed out. It is not registered, so a
    generic client handles it like 500.
! httpstatus: '199' is an unassigned 1xx (Informational) code; RFC 9110 tells clients to treat it as 100 Continue
? 1
