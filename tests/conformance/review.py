# SPDX-License-Identifier: GPL-2.0
# khttp's reviewed answers where they are not upstream's verdict (import.py
# applies them): review(case id, expectation lines, why). Each "why" says
# whether khttp is stricter where RFC 9110/9112 allows (or requires) it, or
# differs, and by which rule.
R400 = ["status 400 close"]
INCOMPLETE = ["status 0 incomplete"]

# ---- llhttp ----
for cid in ("connection-no-restart-when-keep-alive-is-off-1-0-l83",):
    review(cid, ["status 200 close", "worker method=PUT", "worker target=/url"],
           "differ: khttp answers the 1.0 request and closes; the bytes after it are never "
           "read (RFC 9112 9.3, 9.6); llhttp flags them")
for cid in ("connection-crlf-between-requests-explicit-close-l296",
            "connection-crlf-between-requests-explicit-close-followed-by-tab-l346"):
    review(cid, ["status 200 close", "worker method=POST"],
           "differ: after Connection: close khttp answers and closes; later bytes are never "
           "read (RFC 9112 9.6); llhttp flags them")
for cid in ("connection-multiple-tokens-with-folding-l483",
            "connection-multiple-tokens-with-folding-lws-and-crlf-l578",
            "sample-line-folding-in-header-value-with-crlf-l335",
            "sample-x-ssl-nonsense-l575"):
    review(cid, R400, "stricter: obs-fold is rejected (RFC 9112 5.2 allows 400)")
for cid in ("connection-invalid-whitespace-token-with-connection-header-field-lenien-l639",
            "content-length-invalid-whitespace-token-with-content-length-header-field-le-l191",
            "lenient-headers-header-value-lenient-l8",
            "lenient-header-value-relaxed-control-char-in-header-value-relaxed-l12",
            "content-length-missing-crlf-crlf-before-body-lenient-l521",
            "invalid-only-lfs-present-lenient-l570",
            "invalid-spaces-before-headers-lenient-l688",
            "lenient-headers-empty-headers-separated-by-cr-lenient-l111",
            "sample-no-lf-after-cr-lenient-l456",
            "transfer-encoding-chunk-header-not-terminated-by-crlf-lenient-l1027",
            "transfer-encoding-chunk-data-not-terminated-by-crlf-lenient-l1142",
            "transfer-encoding-space-after-chunk-header-lenient-l1217"):
    review(cid, R400, "stricter: accepted only in one of llhttp's lenient modes; khttp keeps "
           "RFC 9112's strict reading (2.2 bare CR/LF, 5.1 whitespace, 5.5 controls, "
           "7.1 chunk lines)")
for cid in ("content-length-no-error-on-simultaneous-content-length-and-transfer-encodin-l231",
            "transfer-encoding-post-with-transfer-encoding-and-content-length-lenient-l538",
            "transfer-encoding-post-with-chunked-before-other-transfer-coding-lenient-l682",
            "transfer-encoding-post-with-chunked-and-duplicate-transfer-encoding-lenient-l715"):
    review(cid, R400, "stricter: llhttp lenient mode; RFC 9112 6.3 makes a request whose "
           "final coding is not chunked a 400, and 6.1 lets Content-Length with "
           "Transfer-Encoding be rejected")
for cid in ("content-length-error-on-content-length-overflow-l77",
            "content-length-error-on-duplicate-content-length-l102",
            "invalid-invalid-http-version-l492",
            "invalid-invalid-space-after-start-line-l511",
            "lenient-header-value-relaxed-space-after-start-line-must-still-fail-l140"):
    review(cid, INCOMPLETE, "agree: the header section never ends, and khttp decides at its "
           "end; it is never accepted, and the connection closes at the client's end")
for cid in ("invalid-http-protocol-and-announce-method-l68",):
    review(cid, ["status 200 close", "worker method=ANNOUNCE"],
           "differ: any token is a method (RFC 9110 9.1); llhttp refuses RTSP's methods "
           "over HTTP")
for cid in ("invalid-invalid-method-l358",):
    review(cid, ["worker method=MKCOLA"],
           "differ: any token is a method (RFC 9110 9.1); llhttp knows a fixed list")
for cid in ("lenient-version-invalid-http-version-lenient-l6",):
    review(cid, ["status 505 close"], "stricter: llhttp lenient mode; an unknown major "
           "version gets 505 (RFC 9110 15.6.6)")
for cid in ("method-connect-request-l29", "method-connect-request-with-caps-l64",
            "method-connect-with-body-l98", "uri-underscore-in-hostname-l190"):
    review(cid, R400, "stricter: khttp is no proxy; authority-form (RFC 9112 3.2.3) "
           "is refused")
for cid in ("method-m-search-request-l137",):
    review(cid, R400, "stricter: asterisk-form is only for OPTIONS (RFC 9112 3.2.4)")
for cid in ("method-source-request-with-ice-l374", "method-options-request-with-rtsp-l404",
            "method-announce-request-with-rtsp-l432"):
    review(cid, R400, "stricter: not HTTP (RFC 9112 2.3 HTTP-version)")
for cid in ("sample-no-http-version-l316",):
    review(cid, R400, "stricter: HTTP/0.9 is not served (RFC 9112 2.3)")
for cid in ("transfer-encoding-post-with-chunked-as-last-transfer-encoding-l753",
            "transfer-encoding-post-with-chunked-as-last-transfer-encoding-multiple-headers-l795",
            "uri-fragment-in-uri-l167"):
    review(cid, R400, "stricter: the target holds a fragment ('#'), which is no part of a "
           "request-target (RFC 9112 3.2); issue 15 class 8")
for cid in ("uri-host-port-and-basic-auth-l224",):
    review(cid, R400, "stricter: userinfo in an http URI is invalid (RFC 9110 4.2.4)")

# ---- picohttpparser ----
review("request-parse-multiline", R400, "stricter: obs-fold is rejected (RFC 9112 5.2)")
review("request-accept-msb-chars", R400,
       "stricter: a request-target is ASCII (RFC 9112 3.2, RFC 3986 2)")
review("request-accept-multiple-spaces-between-tokens", R400,
       "stricter: one SP between the request line's parts (RFC 9112 3; whitespace "
       "splitting is a MAY)")
review("chunked-failure-422", ["status 413 close"],
       "agree: a chunk past max_body_bytes is refused (413) before any byte of it")
review("chunked-failure-423", ["status 413 close"],
       "agree: a chunk size past 64 bits is refused (413)")
review("chunked-consume-trailer-447", R400,
       "stricter: a bare LF ends no line (RFC 9112 2.2 allows refusing it)")
review("chunked-consume-trailer-448", R400,
       "stricter: a bare LF ends no line (RFC 9112 2.2 allows refusing it)")
