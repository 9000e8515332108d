#!/usr/bin/env bash
# Seeds every fuzz target's corpus with the sample documents, whole and split into lines.
set -euo pipefail
cd "$(dirname "$0")"
for target in fuzz_targets/*.rs; do
  name=$(basename "$target" .rs)
  mkdir -p "corpus/$name"
  for f in ../examples/data/*.txt; do
    cp "$f" "corpus/$name/$(basename "$f")"
    split -l 8 -d "$f" "corpus/$name/$(basename "$f" .txt)_part_"
  done
done
