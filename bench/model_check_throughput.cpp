// Time of the model layer and of the checks on a generated extension: what runs
// after every reparse in the editor, on top of the parse.
//
//   build/release/bin/oxt-bench-check [ACTIONS=5000] [RUNS=20] [keystroke]
//
// Prints median and best times of building the model, of running every check
// over it (symbol index included), and of checkDocument as a whole; then what a
// keystroke costs in the language server, phase by phase: the reparse, the
// snapshot, the incremental model (reusing the previous version's members), the
// symbol index and the checks. Use a release build. With `keystroke`, only the
// keystroke part runs (for profiling it with perf).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bench_timing.h"
#include "checks/check_document.h"
#include "checks/check_registry.h"
#include "generated_extension.h"
#include "model/analysis.h"
#include "model/build_model.h"
#include "model/symbol_index.h"
#include "syntax/syntax_tree.h"

namespace {

using oxt::bench::Clock;
using oxt::bench::millisecondsSince;
using oxt::bench::summarize;
using oxt::bench::Summary;

void print(const char* what, const Summary& summary) {
  std::printf("%-30s median %8.3f ms  best %8.3f ms\n", what, summary.median, summary.best);
}

/// The from-scratch figures, and the five slowest checks to know where the time goes.
void printFromScratch(const oxt::syntax::SyntaxTree& tree, const oxt::checks::CheckContext& context,
                      const std::vector<double>& build, const std::vector<double>& check,
                      const std::vector<double>& whole) {
  print("build model:", summarize(build));
  print("checks (with symbol index):", summarize(check));
  print("checkDocument (both):", summarize(whole));

  const auto document = oxt::model::buildModel(tree);
  auto start = Clock::now();
  const oxt::model::SymbolIndex index(document);
  std::printf("  %-28s %8.3f ms\n", "symbol index", millisecondsSince(start));
  const oxt::checks::CheckInput input{
      tree, document, [&index]() -> const oxt::model::SymbolIndex& { return index; }, context};
  struct Timed {
    double milliseconds;
    std::string_view code;
    std::string_view name;
  };
  std::vector<Timed> timed;
  for (const auto& spec : oxt::checks::checkRegistry()) {
    std::vector<oxt::checks::Diagnostic> out;
    oxt::checks::Reporter reporter(spec, out);
    start = Clock::now();
    spec.run(input, reporter);
    timed.push_back({millisecondsSince(start), spec.code, spec.name});
  }
  std::sort(timed.begin(), timed.end(),
            [](const Timed& a, const Timed& b) { return a.milliseconds > b.milliseconds; });
  for (std::size_t i = 0; i < 5 && i < timed.size(); ++i) {
    std::printf("  %s %-23.23s %8.3f ms\n", std::string(timed[i].code).c_str(),
                std::string(timed[i].name).c_str(), timed[i].milliseconds);
  }
}

} // namespace

int main(int argc, char** argv) {
  const int actions = argc > 1 ? std::atoi(argv[1]) : 5000;         // NOLINT
  const int runs = std::max(1, argc > 2 ? std::atoi(argv[2]) : 20); // NOLINT
  const oxt::syntax::SyntaxTree tree(oxt::bench::generatedExtension(actions));
  const oxt::checks::CheckContext context; // an unsaved buffer: no file system access
  const bool keystrokeOnly = argc > 3 && std::string_view(argv[3]) == "keystroke"; // NOLINT

  std::vector<double> build;
  std::vector<double> check;
  std::vector<double> whole;
  std::size_t diagnostics = 0;
  auto start = Clock::now();
  for (int i = 0; i < (keystrokeOnly ? 0 : runs); ++i) {
    start = Clock::now();
    const auto document = oxt::model::buildModel(tree);
    build.push_back(millisecondsSince(start));

    start = Clock::now();
    diagnostics = oxt::checks::checkDocument(tree, document, context).size();
    check.push_back(millisecondsSince(start));

    start = Clock::now();
    (void)oxt::checks::checkDocument(tree, context);
    whole.push_back(millisecondsSince(start));
  }
  if (diagnostics != 0) {
    std::fprintf(stderr, "the generated file has %zu diagnostics\n", diagnostics);
    return 1;
  }
  std::printf("file: %d actions, %.2f MB\n", actions,
              static_cast<double>(tree.text().size()) / (1024.0 * 1024.0));
  if (!keystrokeOnly) {
    printFromScratch(tree, context, build, check, whole);
  }
  // A keystroke, as the language server handles it: toggle one character in the
  // middle action's name, reparse, snapshot, analyse reusing the previous analysis,
  // check.
  oxt::syntax::SyntaxTree edited(tree.text());
  auto analysis = oxt::model::analyze(
      std::make_shared<const oxt::syntax::SyntaxTree>(edited.snapshot()), nullptr);
  const auto at = static_cast<uint32_t>(
      edited.text().find("action Act" + std::to_string(actions / 2) + " ") + 10);
  std::vector<double> reparse;
  std::vector<double> snapshot;
  std::vector<double> model;
  std::vector<double> checks;
  std::vector<double> keystroke;
  uint32_t reused = 0;
  uint32_t shared = 0;
  for (int i = 0; i < runs * 5; ++i) {
    const bool insert = i % 2 == 0;
    const auto begin = Clock::now();
    edited.applyEdit(oxt::syntax::TextEdit{{at, insert ? at : at + 1}, insert ? "x" : ""});
    reparse.push_back(millisecondsSince(begin));
    start = Clock::now();
    auto copy = std::make_shared<const oxt::syntax::SyntaxTree>(edited.snapshot());
    snapshot.push_back(millisecondsSince(start));
    start = Clock::now();
    auto next = oxt::model::analyze(copy, analysis.get());
    model.push_back(millisecondsSince(start));
    start = Clock::now();
    diagnostics = oxt::checks::checkDocument(*copy, *next, context).size();
    checks.push_back(millisecondsSince(start));
    keystroke.push_back(millisecondsSince(begin));
    reused = next->built.reusedMembers;
    shared = next->built.sharedMembers;
    analysis = std::move(next);
  }
  std::printf("after a one-character edit (%d edits; %u members reused, %u of them shared):\n",
              runs * 5, reused, shared);
  print("  reparse:", summarize(reparse));
  print("  snapshot:", summarize(snapshot));
  print("  model (incremental):", summarize(model));
  print("  checks:", summarize(checks));
  print("  all of it:", summarize(keystroke));
  return 0;
}
