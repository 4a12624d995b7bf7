// Parse throughput of the syntax layer on a generated extension: a parse from
// scratch, an incremental reparse after a one-character edit in the middle, and
// the changed ranges of that reparse.
//
//   build/release/bin/oxt-bench-parse [ACTIONS=5000] [RUNS=20]
//
// Prints size, lines, median and best times and MB/s. Use a release build.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "generated_extension.h"
#include "syntax/syntax_tree.h"

namespace {

using oxt::bench::Clock;
using oxt::bench::millisecondsSince;
using oxt::bench::summarize;
using oxt::bench::Summary;

} // namespace

int main(int argc, char** argv) {
  const int actions = argc > 1 ? std::atoi(argv[1]) : 5000;         // NOLINT
  const int runs = std::max(1, argc > 2 ? std::atoi(argv[2]) : 20); // NOLINT
  const auto text = oxt::bench::generatedExtension(actions);
  const auto lines = std::count(text.begin(), text.end(), '\n');
  const double megabytes = static_cast<double>(text.size()) / (1024.0 * 1024.0);

  std::vector<double> fromScratch;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const oxt::syntax::SyntaxTree tree(text);
    fromScratch.push_back(millisecondsSince(start));
    if (tree.root().hasError()) {
      std::fprintf(stderr, "the generated file has syntax errors\n");
      return 1;
    }
  }

  // Toggle one character in the middle of a name: "Act2500" ↔ "Act2500x".
  oxt::syntax::SyntaxTree tree(text);
  const auto middle = static_cast<uint32_t>(text.find("action Act" + std::to_string(actions / 2)));
  const auto at = middle + 7U;
  std::vector<double> incremental;
  std::vector<double> changedRanges;
  for (int i = 0; i < runs * 5; ++i) {
    const bool insert = i % 2 == 0;
    const oxt::syntax::TextEdit edit{{at, insert ? at : at + 1}, insert ? "x" : ""};
    const auto start = Clock::now();
    tree.applyEdit(edit);
    incremental.push_back(millisecondsSince(start));
    const auto rangesStart = Clock::now();
    const auto ranges = tree.changedRanges();
    changedRanges.push_back(millisecondsSince(rangesStart));
    if (ranges.size() > text.size()) { // keeps the call from being optimised away
      return 1;
    }
  }

  const auto scratch = summarize(fromScratch);
  const auto edit = summarize(incremental);
  const auto ranges = summarize(changedRanges);
  std::printf("file: %d actions, %ld lines, %.2f MB\n", actions, static_cast<long>(lines),
              megabytes);
  std::printf("parse from scratch:       median %8.3f ms  best %8.3f ms  (%.1f MB/s)\n",
              scratch.median, scratch.best, megabytes / (scratch.median / 1000.0));
  std::printf("reparse after 1-char edit: median %8.3f ms  best %8.3f ms  (%d edits)\n",
              edit.median, edit.best, runs * 5);
  std::printf("changed ranges after it:   median %8.3f ms  best %8.3f ms\n", ranges.median,
              ranges.best);
  return 0;
}
