#!/usr/bin/env bash
# Writes the SogouCS-shaped sample (pseudo-XML <doc> records with <url>, <docno>, <contenttitle>
# and <content>, the shape of the Sogou news archives) in GBK, as those archives are, from its
# UTF-8 original in utf8/.
set -euo pipefail
cd "$(dirname "$0")"
iconv -f UTF-8 -t GBK utf8/news.sohunews.sample.txt > news.sohunews.sample.txt
