#!/usr/bin/env bash
# Builds every libFuzzer target with clang, AddressSanitizer and UndefinedBehaviorSanitizer in
# build-fuzz/ (or $MORGUE_FUZZ_BUILD_DIR) and runs each for FUZZ_SECONDS (default 60) on a copy of
# its seed corpus. Exits non-zero if any target crashes, leaks or trips a sanitizer; the input that
# did it is left in $build_dir/crashes/<target>/.
#   fuzz/run-all.sh                 # all targets, 60 s each
#   FUZZ_SECONDS=10 fuzz/run-all.sh date query_parser
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${MORGUE_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_BUILD_JOBS:-$(nproc)}
# Every target fuzz/CMakeLists.txt builds: that list is the only one.
read -ra all_targets <<< "$(sed -n '/^set(morgue_fuzz_targets/,/)/p' fuzz/CMakeLists.txt | sed 's/set(morgue_fuzz_targets//' | tr -d '()' | tr '\n' ' ')"
targets=("${@:-${all_targets[@]}}")

flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
cmake -S fuzz -B "$build_dir" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build_dir" -j "$jobs" --target "${targets[@]/#/fuzz_}"

# Runs one target; its summary line goes to $build_dir/<target>.status.
run_target() {
  local target=$1 corpus="$build_dir/corpus/$1" crashes="$build_dir/crashes/$1" log="$build_dir/$1.log" status runs
  mkdir -p "$corpus" "$crashes"
  cp -n fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$build_dir/bin/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
  fi
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
  printf '%-14s %-6s %12s executions in %ss\n' "$target" "$status" "$runs" "$seconds" > "$build_dir/$target.status"
}

# One target per core at a time (FUZZ_JOBS), so a run takes minutes, not one minute per target.
parallel=${FUZZ_JOBS:-$(nproc)}
echo "== fuzzing ${#targets[@]} targets for ${seconds}s each, $parallel at a time"
for target in "${targets[@]}"; do
  rm -f "$build_dir/$target.status"
  while (( $(jobs -rp | wc -l) >= parallel )); do wait -n || true; done
  run_target "$target" &
done
wait

failed=()
summary="$build_dir/summary.txt"
: > "$summary"
for target in "${targets[@]}"; do
  if [[ ! -f "$build_dir/$target.status" ]]; then
    printf '%-14s %-6s\n' "$target" "FAILED" >> "$build_dir/$target.status"
  fi
  cat "$build_dir/$target.status" | tee -a "$summary"
  if ! grep -q ' ok ' "$build_dir/$target.status"; then
    failed+=("$target")
    tail -n 40 "$build_dir/$target.log"
  fi
done

if ((${#failed[@]})); then
  echo "fuzzing found crashes in: ${failed[*]} (inputs in $build_dir/crashes/)" >&2
  exit 1
fi
