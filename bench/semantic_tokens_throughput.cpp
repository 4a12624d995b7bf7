// Semantic tokens on a generated extension, phase by phase: the tokens from scratch
// (highlights and locals queries, flatten, split by line), their LSP encoding (delta
// positions in UTF-16) and the JSON text of the answer; then the tokens after a
// one-character edit in the middle, through the per-document cache the language
// server keeps (features/semantic_tokens_cache.h).
//
//   build/release/bin/oxt-bench-tokens [ACTIONS=5000] [RUNS=20]
//
// Prints median and best times. Use a release build.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "features/semantic_tokens.h"
#include "features/semantic_tokens_cache.h"
#include "generated_extension.h"
#include "protocol/outline_types.h"
#include "syntax/syntax_tree.h"

namespace {

using oxt::bench::Clock;
using oxt::bench::millisecondsSince;
using oxt::bench::summarize;
using oxt::syntax::PositionEncoding;

void print(const char* what, const std::vector<double>& times) {
  const auto summary = summarize(times);
  std::printf("%-38s median %8.3f ms  best %8.3f ms\n", what, summary.median, summary.best);
}

/// Encodes and writes the answer's JSON text; returns its size so that none of it is
/// optimised away.
std::size_t answer(const std::vector<oxt::features::SemanticToken>& tokens,
                   const oxt::syntax::SyntaxTree& tree, std::vector<double>& encodeTimes,
                   std::vector<double>& jsonTimes) {
  const auto encodeStart = Clock::now();
  oxt::protocol::SemanticTokens encoded{
      oxt::features::encodeSemanticTokens(tokens, tree, PositionEncoding::Utf16)};
  encodeTimes.push_back(millisecondsSince(encodeStart));
  const auto jsonStart = Clock::now();
  const auto text = oxt::protocol::toJsonText(encoded);
  jsonTimes.push_back(millisecondsSince(jsonStart));
  return text.size();
}

} // namespace

int main(int argc, char** argv) {
  const int actions = argc > 1 ? std::atoi(argv[1]) : 5000;         // NOLINT
  const int runs = std::max(1, argc > 2 ? std::atoi(argv[2]) : 20); // NOLINT
  const auto text = oxt::bench::generatedExtension(actions);
  const auto lines = std::count(text.begin(), text.end(), '\n');
  const double megabytes = static_cast<double>(text.size()) / (1024.0 * 1024.0);
  oxt::syntax::SyntaxTree tree(text);

  std::vector<double> scratch;
  std::vector<double> encode;
  std::vector<double> json;
  std::size_t tokenCount = 0;
  std::size_t jsonSize = 0;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const auto tokens = oxt::features::semanticTokens(tree);
    scratch.push_back(millisecondsSince(start));
    tokenCount = tokens.size();
    jsonSize = answer(tokens, tree, encode, json);
  }

  // The server's first request on a document: a cache with nothing to reuse, which
  // runs the queries part by part.
  std::vector<double> cold;
  for (int i = 0; i < runs; ++i) {
    oxt::features::SemanticTokensCache fresh;
    const auto start = Clock::now();
    if (fresh.tokens(tree).size() != tokenCount) {
      (void)std::fprintf(stderr, "the cache found other tokens than semanticTokens\n");
      return 1;
    }
    cold.push_back(millisecondsSince(start));
  }

  // Toggle one character in the middle of a name: "Act2500" <-> "Act2500x", as the
  // server sees it: an edit, then a request for the whole document's tokens.
  oxt::features::SemanticTokensCache cache;
  (void)cache.tokens(tree);
  const auto middle = static_cast<uint32_t>(text.find("action Act" + std::to_string(actions / 2)));
  const auto at = middle + 7U;
  std::vector<double> afterEdit;
  std::vector<double> encodeAfterEdit;
  std::vector<double> jsonAfterEdit;
  std::size_t reused = 0;
  for (int i = 0; i < runs * 5; ++i) {
    const bool insert = i % 2 == 0;
    tree.applyEdit(oxt::syntax::TextEdit{{at, insert ? at : at + 1}, insert ? "x" : ""});
    const auto start = Clock::now();
    const auto& tokens = cache.tokens(tree);
    afterEdit.push_back(millisecondsSince(start));
    reused = cache.lastReusedParts();
    if (answer(tokens, tree, encodeAfterEdit, jsonAfterEdit) == 0) {
      return 1;
    }
  }

  std::printf("file: %d actions, %ld lines, %.2f MB; %zu tokens, answer %.2f MB\n", actions,
              static_cast<long>(lines), megabytes, tokenCount,
              static_cast<double>(jsonSize) / (1024.0 * 1024.0));
  print("tokens from scratch:", scratch);
  print("  encode (UTF-16 deltas):", encode);
  print("  JSON text:", json);
  print("tokens through an empty cache:", cold);
  std::printf("after a 1-char edit (%d edits, %zu parts reused):\n", runs * 5, reused);
  print("tokens through the cache:", afterEdit);
  print("  encode (UTF-16 deltas):", encodeAfterEdit);
  print("  JSON text:", jsonAfterEdit);
  return 0;
}
