#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Turn public parser test suites into khttp conformance cases.

    tests/conformance/import.py LLHTTP_GIT_DIR PICO_GIT_DIR

reads nodejs/llhttp's test/request/*.md and h2o/picohttpparser's test.c
from git mirrors (git --git-dir=DIR show HEAD:path) and writes
cases/llhttp.txt and cases/picohttpparser.txt. Each case names the
upstream file, line and test name, and what upstream expects (ok/error).

The expectation for khttp starts from upstream's verdict (ok: the request
reaches the worker with the method, target and body upstream saw; error:
400 and close) and is then overridden by REVIEW below, case by case, where
khttp answers differently for a reason written down there (stricter where
RFC 9110/9112 allows it, or a difference). Requests upstream writes without
a Host line get one (RFC 9112 3.2 requires it of 1.1 requests, so khttp
would answer them all 400 and test nothing else); that is said per case.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# upstream case id -> (khttp expectation lines, why)
REVIEW = {}


def review(case_id, lines, why):
    REVIEW[case_id] = (lines, why)


def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout


def git_head(gitdir):
    return subprocess.run(["git", "--git-dir", gitdir, "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


def escape(b):
    out = []
    for i, c in enumerate(b):
        if c == 0x0d:
            out.append("\\r")
        elif c == 0x0a:
            out.append("\\n")
        elif c == 0x09:
            out.append("\\t")
        elif c == 0x5c:
            out.append("\\\\")
        elif c == 0x20 and (i == 0 or i == len(b) - 1):
            out.append("\\s")
        elif 0x20 <= c < 0x7f:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    return "".join(out)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def add_host(req):
    """a Host line after the request line of a 1.1 request that has none"""
    start = 0
    while req.startswith(b"\r\n", start):
        start += 2	# empty lines before the request line
    eol = req.find(b"\r\n", start)
    if eol < 0 or not req[:eol].endswith(b"HTTP/1.1"):
        return req, False
    head = req[:req.find(b"\r\n\r\n")] if b"\r\n\r\n" in req else req
    if re.search(rb"\r\nhost:", head, re.I):
        return req, False
    return req[:eol + 2] + b"Host: h\r\n" + req[eol + 2:], True


def write_case(out, cid, frm, upstream, req, expect, notes, cls=None):
    out.append("case %s" % cid)
    out.append("from %s" % frm)
    if cls:
        out.append("class %d" % cls)
    out.append("upstream %s" % upstream)
    for n in notes:
        out.append("why %s" % n)
    out.append("req %s" % escape(req))
    out.extend(expect)
    out.append("")


# ---- llhttp ----------------------------------------------------------------

def llhttp_input(text):
    """the http block as llhttp's test/md-test.ts turns it into bytes"""
    if "${" in text:
        return None
    text = re.sub(r"\n\Z", "", text)
    text = re.sub(r"\\(\r\n|\r|\n)", "", text)
    text = re.sub(r"\r\n|\r|\n", "\r\n", text)
    text = text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t")
    text = text.replace("\\f", "\f")
    text = re.sub(r"\\x([0-9a-fA-F]+)", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"\\([0-7]{1,3})", lambda m: chr(int(m.group(1), 8)), text)
    return b"".join(bytes([ord(c)]) if ord(c) < 256 else c.encode("utf-8") for c in text)


def llhttp_cases(gitdir):
    out = []
    files = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "--name-only", "HEAD",
                            "test/request/"], check=True, capture_output=True,
                           text=True).stdout.split()
    seen = set()
    for path in sorted(files):
        lines = git_show(gitdir, path).decode("utf-8").split("\n")
        i = 0
        title = None
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("#"):
                title = ln.lstrip("#").strip()
                title_line = i + 1
            elif re.match(r"^[=-]{3,}$", ln) and i and lines[i - 1].strip():
                title = lines[i - 1].strip()	# a setext heading
                title_line = i
            m = re.match(r"<!-- meta=(\{.*\}) -->", ln)
            if m and title:
                meta = json.loads(m.group(1))
                meta_line = i + 1
                # the http block, then the log block
                j = i + 1
                while not lines[j].startswith("```"):
                    j += 1
                assert lines[j].startswith("```http"), (path, j)
                k = j + 1
                while not lines[k].startswith("```"):
                    k += 1
                http = "\n".join(lines[j + 1:k]) + "\n"
                while not lines[k].startswith("```log"):
                    k += 1
                m2 = k + 1
                while not lines[m2].startswith("```"):
                    m2 += 1
                log = lines[k + 1:m2]
                i = m2
                ty = meta.get("type", "")
                if meta.get("pause") or meta.get("skipBody") or ty == "request-finish":
                    continue
                req = llhttp_input(http)
                if req is None:
                    continue
                base = os.path.basename(path)[:-3]
                cid = "%s-%s-l%d" % (base, slug(title), meta_line)
                seen.add(cid)
                # code 22 is HPE_PAUSED_UPGRADE: llhttp stops at an Upgrade, no error
                error = any(" error code=" in l and "error code=22 " not in l for l in log)
                upstream = "error" if error else "ok"
                mode = "" if ty == "request" else " (llhttp mode %s)" % ty
                frm = 'llhttp %s:%d "%s"%s' % (path, meta_line, title, mode)
                notes = []
                req2, added = add_host(req)
                if added:
                    notes.append("Host: h added (RFC 9112 3.2)")
                # what llhttp saw, for an accepted request
                method = url = None
                body = b""
                complete = any("message complete" in l for l in log)
                for l in log:
                    mm = re.search(r'span\[(method|url|body)\]="(.*)"$', l)
                    if not mm:
                        continue
                    val = mm.group(2).encode("latin-1", "replace")
                    val = val.replace(b"\\r", b"\r").replace(b"\\n", b"\n")
                    if mm.group(1) == "method" and method is None:
                        method = val
                    elif mm.group(1) == "url" and url is None:
                        url = val
                    elif mm.group(1) == "body" and complete:
                        body += val
                    if any("message complete" in x for x in log[:log.index(l)]):
                        break
                if error:
                    expect = ["status 400 close"]
                elif not complete:
                    expect = ["status 0 incomplete"]
                else:
                    expect = []
                    if method == b"HEAD":	# no body: the echo is not seen
                        expect.append("status 200")
                    elif method:
                        expect.append("worker method=%s" % escape(method))
                    if url and method != b"HEAD":
                        expect.append("worker target=%s" % escape(url))
                    if method != b"HEAD":
                        expect.append("worker body=%s" % escape(body))
                if cid in REVIEW:
                    expect, why = REVIEW[cid]
                    notes.append(why)
                    del REVIEW[cid]
                write_case(out, cid, frm, upstream, req2, expect, notes)
            i += 1
    return out


# ---- picohttpparser ----------------------------------------------------------

def c_string(s):
    """the bytes of concatenated C string literals"""
    out = bytearray()
    for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', s):
        i = 0
        while i < len(lit):
            c = lit[i]
            if c != "\\":
                out.append(ord(c))
                i += 1
                continue
            n = lit[i + 1]
            if n in "01234567":
                m = re.match(r"[0-7]{1,3}", lit[i + 1:])
                out.append(int(m.group(0), 8))
                i += 1 + len(m.group(0))
            elif n == "x":
                m = re.match(r"[0-9a-fA-F]+", lit[i + 2:])
                out.append(int(m.group(0), 16) & 0xff)
                i += 2 + len(m.group(0))
            else:
                out.append({"r": 13, "n": 10, "t": 9, "\\": 92, '"': 34}[n])
                i += 2
    return bytes(out)


def pico_cases(gitdir):
    out = []
    src = git_show(gitdir, "test.c").decode("latin-1")
    lines = src.split("\n")
    # test_request's PARSE(s, last_len, exp, comment)
    start = next(i for i, l in enumerate(lines) if l.startswith("static void test_request("))
    end = next(i for i, l in enumerate(lines) if l.startswith("static void test_response("))
    seen = set()
    for i in range(start, end):
        m = re.match(r'\s*PARSE\((".*"),\s*([^,]+),\s*(-?\d+),\s*"(.*)"\);', lines[i])
        if not m:
            continue
        req = c_string(m.group(1))
        exp = int(m.group(3))
        name = m.group(4)
        cid = "request-" + slug(name)
        while cid in seen:
            cid += "-2"
        seen.add(cid)
        frm = 'picohttpparser test.c:%d test_request "%s"' % (i + 1, name)
        upstream = {0: "ok", -1: "error", -2: "partial"}[exp]
        notes = []
        req2, added = add_host(req)
        if added:
            notes.append("Host: h added (RFC 9112 3.2)")
        if exp == 0:
            method, target = req2.split(b" ")[0], req2.split(b" ")[1]
            expect = ["worker method=%s" % escape(method), "worker target=%s" % escape(target)]
        elif exp == -1:
            expect = ["status 400 close"]
        else:
            expect = ["status 0 incomplete"]
        if cid in REVIEW:
            expect, why = REVIEW.pop(cid)
            notes.append(why)
        write_case(out, cid, frm, upstream, req2, expect, notes)
    # the chunked decoder's cases, each in a POST
    head = b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
    for i, l in enumerate(lines):
        m = re.match(r'\s*chunked_test_runners\[i\]\(__LINE__, (\d), (".*"), (".*"), (.*)\);',
                     l)
        f = re.match(r'\s*test_chunked_failure\(__LINE__, (".*"), (-?\d+)\);', l)
        if m:
            consume, enc, dec = int(m.group(1)), c_string(m.group(2)), c_string(m.group(3))
            fn = next(lines[j] for j in range(i, 0, -1) if lines[j].startswith("static void"))
            fn = re.match(r"static void (\w+)", fn).group(1)
            if not enc.endswith(b"\r\n\r\n") and not enc.endswith(b"\n\n"):
                enc += b"\r\n"	# the trailer section's end (upstream stops before it)
            cid = "%s-%d" % (fn.replace("test_", "").replace("_", "-"), i + 1)
            frm = "picohttpparser test.c:%d %s (body in a chunked POST)" % (i + 1, fn)
            expect = ["worker body=%s" % escape(dec)]
            notes = []
            if cid in REVIEW:
                expect, why = REVIEW.pop(cid)
                notes.append(why)
            write_case(out, cid, frm, "ok", head + enc, expect, notes)
        elif f:
            enc, exp = c_string(f.group(1)), int(f.group(2))
            cid = "chunked-failure-%d" % (i + 1)
            frm = "picohttpparser test.c:%d test_chunked_failure (body in a chunked POST)" % (i + 1)
            expect = ["status 400 close"]
            notes = []
            if cid in REVIEW:
                expect, why = REVIEW.pop(cid)
                notes.append(why)
            write_case(out, cid, frm, "error" if exp == -1 else "partial", head + enc, expect,
                       notes)
    return out


def main():
    llhttp, pico = sys.argv[1:3]
    exec(open(os.path.join(HERE, "review.py")).read(), {"review": review})
    for name, gitdir, fn, lic in (("llhttp", llhttp, llhttp_cases, "MIT, Copyright 2018 Fedor Indutny"),
                                  ("picohttpparser", pico, pico_cases,
                                   "MIT or Perl, Copyright 2009-2014 Kazuho Oku, Tokuhiro Matsuno, "
                                   "Daisuke Murase, Shigeo Mitsunari")):
        out = ["# Generated by tests/conformance/import.py from %s at %s;" % (name, git_head(gitdir)),
               "# the requests are upstream's test inputs (%s: LICENSES.md)." % lic,
               "# khttp's expectations: upstream's verdict, overridden by review.py.", ""]
        out += fn(gitdir)
        with open(os.path.join(HERE, "cases", name + ".txt"), "w") as f:
            f.write("\n".join(out))
        print("%s: %d cases" % (name, sum(1 for l in out if l.startswith("case "))))
    if REVIEW:
        sys.exit("review.py names cases that are not there: %s" % ", ".join(REVIEW))


if __name__ == "__main__":
    main()
