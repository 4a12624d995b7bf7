// The outline of a generated extension (textDocument/documentSymbol), phase by phase:
// the walk of the model alone, with positions converted, and with the JSON text
// written as the language server writes it.
//
//   build/release/bin/oxt-bench-outline [ACTIONS=5000] [RUNS=20]
//
// Prints median and best times, and the time per symbol, so that runs at two sizes
// show which phase grows faster than the file. Use a release build.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "features/document_outline.h"
#include "generated_extension.h"
#include "model/build_model.h"
#include "protocol/outline_types.h"
#include "syntax/syntax_tree.h"

namespace {

using oxt::bench::Clock;
using oxt::bench::millisecondsSince;
using oxt::bench::summarize;

/// Counts the symbols: the walk of the model and nothing else.
class Counter final : public oxt::features::OutlineVisitor {
public:
  void enter(const oxt::features::OutlineEntry& /*entry*/) override { ++symbols; }
  void leave() override {}
  std::size_t symbols = 0;
};

oxt::protocol::Range rangeOf(oxt::syntax::PositionCursor& positions, oxt::syntax::ByteRange range) {
  const auto start = positions.at(range.start);
  const auto end = positions.at(range.end);
  return oxt::protocol::Range{{start.line, start.character}, {end.line, end.character}};
}

/// Converts each symbol's ranges to positions, as the language server does; with
/// `write`, also writes DocumentSymbol[] as it does (lsp_server_outline.cpp).
class Writer final : public oxt::features::OutlineVisitor {
public:
  Writer(const oxt::syntax::SyntaxTree& tree, bool write)
      : positions_(tree.lines(), tree.text(), oxt::syntax::PositionEncoding::Utf16), write_(write) {
  }

  void expect(std::size_t symbols) override {
    text_ = oxt::protocol::DocumentSymbolsText(
        write_ ? symbols * oxt::protocol::DocumentSymbolsText::kBytesPerSymbol : 0);
  }
  void enter(const oxt::features::OutlineEntry& entry) override {
    head_.name.assign(entry.name);
    head_.detail.assign(entry.detail);
    head_.kind = oxt::protocol::SymbolKind::Function;
    head_.range = rangeOf(positions_, entry.range);
    head_.selectionRange = rangeOf(positions_, entry.selectionRange);
    lastLine = std::max(lastLine, head_.range.end.line);
    if (write_) {
      text_.open(head_, entry.childCount);
    }
  }
  void leave() override {
    if (write_) {
      text_.close();
    }
  }
  std::string take() { return text_.take(); }
  uint32_t lastLine = 0; // printed, so that the conversion is not optimised away

private:
  oxt::syntax::PositionCursor positions_;
  bool write_;
  oxt::protocol::DocumentSymbolsText text_;
  oxt::protocol::DocumentSymbolHead head_;
};

void print(const char* what, const std::vector<double>& times, std::size_t symbols) {
  const auto summary = summarize(times);
  std::printf("%-34s median %8.3f ms  best %8.3f ms  %6.1f ns/symbol\n", what, summary.median,
              summary.best, summary.median * 1e6 / static_cast<double>(symbols));
}

} // namespace

int main(int argc, char** argv) {
  const int actions = argc > 1 ? std::atoi(argv[1]) : 5000;         // NOLINT
  const int runs = std::max(1, argc > 2 ? std::atoi(argv[2]) : 20); // NOLINT
  const oxt::syntax::SyntaxTree tree(oxt::bench::generatedExtension(actions));
  const auto document = oxt::model::buildModel(tree);

  std::vector<double> walk;
  std::vector<double> positions;
  std::vector<double> written;
  std::size_t symbols = 0;
  std::size_t bytes = 0;
  uint32_t lastLine = 0;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    Counter counter;
    oxt::features::walkOutline(document, tree.text(), counter);
    walk.push_back(millisecondsSince(start));
    symbols = counter.symbols;

    start = Clock::now();
    Writer converter(tree, false);
    oxt::features::walkOutline(document, tree.text(), converter);
    positions.push_back(millisecondsSince(start));
    lastLine = converter.lastLine;

    start = Clock::now();
    Writer writer(tree, true);
    oxt::features::walkOutline(document, tree.text(), writer);
    const auto text = writer.take();
    written.push_back(millisecondsSince(start));
    bytes = text.size();
  }
  std::printf("file: %d actions, %.2f MB; outline: %zu symbols to line %u, %.2f MB of JSON\n",
              actions, static_cast<double>(tree.text().size()) / (1024.0 * 1024.0), symbols,
              lastLine + 1, static_cast<double>(bytes) / (1024.0 * 1024.0));
  print("walk of the model", walk, symbols);
  print("walk, positions converted", positions, symbols);
  print("walk, positions, JSON text", written, symbols);
  return 0;
}
