// Times the C# generator on the benchmark extension (bench/generated_extension.h):
// model → every generated file in memory, and the merge of `<Ext>.cs` into itself
// after every action's signature changed (the worst case of an update).
//
//   oxt-bench-generate [ACTIONS]   (default 5000)
#include <chrono>
#include <cstdio>
#include <string>
#include <variant>

#include "codegen/action_methods.h"
#include "codegen/generate_sources.h"
#include "codegen/merge_implementation.h"
#include "generated_extension.h"
#include "model/build_model.h"

namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

} // namespace

int main(int argc, char** argv) {
  const int actions = argc > 1 ? std::stoi(argv[1]) : 5000;
  const auto text = oxt::bench::generatedExtension(actions);
  const oxt::syntax::SyntaxTree tree(text);
  const auto document = oxt::model::buildModel(tree);
  auto extension = document.extensions.front();

  auto start = std::chrono::steady_clock::now();
  const auto sources = oxt::codegen::generateSources(extension);
  const double generateMs = millisecondsSince(start);
  std::size_t bytes = 0;
  for (const auto& file : std::get<std::vector<oxt::codegen::SourceFile>>(sources)) {
    bytes += file.file.bytes.size();
  }

  const auto existing = oxt::codegen::implementationFile(extension);
  for (std::size_t i = 0; i < extension.actions.size(); ++i) {
    extension.actions.mutableAt(i).description.text += " (changed)";
  }
  start = std::chrono::steady_clock::now();
  const auto merged = oxt::codegen::mergeImplementation(existing, extension);
  const double mergeMs = millisecondsSince(start);
  const auto updated = std::get<oxt::codegen::MergeResult>(merged).report.updated.size();

  std::printf("%d actions: generate %.1f ms (%zu bytes in 9 files); merge of <Ext>.cs (%zu "
              "bytes) with %zu signatures replaced %.1f ms\n",
              actions, generateMs, bytes, existing.size(), updated, mergeMs);
  return 0;
}
