#!/usr/bin/env python3
"""Writes sample.warc.gz: a small WARC/1.0 web archive, one gzip member per record as crawlers write
them. Three HTML news pages (taken from ../html), a 404, a JSON response, a request and a warcinfo
record. Deterministic: run it again and the file is the same byte for byte."""
import gzip
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = [
    ("https://www.meridianwire.example/world/india-reservoirs-six-year-high-2025-11-18/", "01_wire_jsonld.html"),
    ("https://westmoorpost.example/health/north-county-emergency-department", "06_comments_thread.html"),
    ("http://skyward.example/space/asteroid-moon", "13_microdata_mostread.html"),
]


def record(warc_type, uri, date, block, extra=()):
    fields = [("WARC-Type", warc_type), ("WARC-Date", date)]
    if uri:
        fields.append(("WARC-Target-URI", uri))
    fields += list(extra)
    fields.append(("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-%012d>" % record.count))
    fields.append(("Content-Length", str(len(block))))
    record.count += 1
    header = "WARC/1.0\r\n" + "".join("%s: %s\r\n" % f for f in fields) + "\r\n"
    return header.encode() + block + b"\r\n\r\n"


record.count = 1


def http_response(status, content_type, body):
    head = "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (status, content_type, len(body))
    return head.encode() + body


def main():
    records = [record("warcinfo", None, "2025-12-01T10:00:00Z",
                      b"software: morgue corpora/warc/make_sample.py\r\nformat: WARC File Format 1.0\r\n",
                      [("Content-Type", "application/warc-fields")])]
    for i, (uri, name) in enumerate(PAGES):
        with open(os.path.join(HERE, "..", "html", name), "rb") as f:
            page = f.read()
        records.append(record("request", uri, "2025-12-01T10:0%d:00Z" % i,
                              b"GET / HTTP/1.1\r\nHost: example\r\n\r\n", [("Content-Type", "application/http; msgtype=request")]))
        records.append(record("response", uri, "2025-12-01T10:0%d:01Z" % i,
                              http_response("200 OK", "text/html; charset=utf-8", page),
                              [("Content-Type", "application/http; msgtype=response")]))
    records.append(record("response", "https://westmoorpost.example/missing-page", "2025-12-01T10:05:00Z",
                          http_response("404 Not Found", "text/html", b"<html><body><h1>Page not found</h1></body></html>"),
                          [("Content-Type", "application/http; msgtype=response")]))
    records.append(record("response", "https://westmoorpost.example/api/weather.json", "2025-12-01T10:06:00Z",
                          http_response("200 OK", "application/json", b'{"forecast": "rain"}'),
                          [("Content-Type", "application/http; msgtype=response")]))
    with open(os.path.join(HERE, "sample.warc.gz"), "wb") as out:
        for r in records:
            out.write(gzip.compress(r, mtime=0))


if __name__ == "__main__":
    main()
