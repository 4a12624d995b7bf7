// Random edits shaped like typing, for the tests that compare an incremental
// result (reparse, syntax errors) with one computed from scratch.
#pragma once

#include <algorithm>
#include <array>
#include <random>
#include <string>

#include "syntax/syntax_tree.h"
#include "test_files.h"

namespace oxt::test {

inline constexpr std::array<const char*, 28> kInsertions{"action",
                                                         "input X: Text",
                                                         "output Y: Integer",
                                                         "{",
                                                         "}",
                                                         ":",
                                                         "?",
                                                         "= 42",
                                                         "List<",
                                                         ">",
                                                         "Record<A, B>",
                                                         "@",
                                                         "@table(\"T\")",
                                                         "\"",
                                                         "/*",
                                                         "*/",
                                                         "/// doc\n",
                                                         "// c\n",
                                                         "\n",
                                                         " ",
                                                         "é",
                                                         "😀",
                                                         "entity E {",
                                                         "structure S {",
                                                         "#2024-01-31#",
                                                         "resource \"a.dll\"",
                                                         "-0.5",
                                                         "Decimal(18, 2)"};

/// An edit at a random place: a deletion of up to 12 bytes, and a token of the
/// language, a half-typed construct or non-ASCII text in its place (or nothing).
inline oxt::syntax::TextEdit randomEdit(std::mt19937& random, const std::string& text) {
  using oxt::syntax::ByteRange;
  using oxt::syntax::TextEdit;
  const auto size = static_cast<uint32_t>(text.size());
  std::uniform_int_distribution<uint32_t> position(0, size);
  std::uniform_int_distribution<uint32_t> deleted(0, 12);
  std::uniform_int_distribution<std::size_t> pick(0, kInsertions.size()); // size(): delete only
  const auto start = position(random);
  const auto end = std::min(size, start + deleted(random));
  const auto choice = pick(random);
  return TextEdit{ByteRange{start, end}, choice < kInsertions.size() ? kInsertions[choice] : ""};
}
/// Types into each example file: `edits` random edits, each applied to the file's tree
/// and then shown to `visit(tree, edit, random)`, with a fixed seed so that a failure
/// reproduces. Catch2's CAPTURE of the file, the step and the text is the caller's.
template <typename Visit> void typeIntoExamples(int edits, Visit&& visit) {
  for (const auto& file : exampleFiles()) {
    std::mt19937 random(20261129U);
    oxt::syntax::SyntaxTree tree(readSourceFile(file));
    for (int i = 0; i < edits; ++i) {
      const auto edit = randomEdit(random, tree.text());
      tree.applyEdit(edit);
      visit(file, i, tree, edit, random);
    }
  }
}

} // namespace oxt::test
