#!/usr/bin/env bash
# Writes each UTF-8 original in utf8/ encoded in the charset its name starts with, next to this
# script (sample: utf8/koi8_r_ru_volga.txt -> koi8_r_ru_volga.txt in KOI8-R). The encoded files are
# committed; run this again after changing an original.
set -euo pipefail
cd "$(dirname "$0")"
declare -A iconv_names=(
  [gbk]=GBK [gb18030]=GB18030 [big5]=BIG5 [shift_jis]=SHIFT_JIS [euc_jp]=EUC-JP [euc_kr]=EUC-KR
  [koi8_r]=KOI8-R [windows_1251]=WINDOWS-1251 [windows_1250]=WINDOWS-1250 [windows_1252]=WINDOWS-1252
  [iso_8859_1]=ISO-8859-1 [iso_8859_2]=ISO-8859-2 [iso_8859_15]=ISO-8859-15
)
for original in utf8/*.txt; do
  name=$(basename "$original")
  charset=""
  for prefix in "${!iconv_names[@]}"; do
    if [[ $name == "${prefix}_"* && ${#prefix} -gt ${#charset} ]]; then charset=$prefix; fi
  done
  [[ -n $charset ]] || { echo "no charset prefix in $name" >&2; exit 1; }
  iconv -f UTF-8 -t "${iconv_names[$charset]}" "$original" > "$name"
done
