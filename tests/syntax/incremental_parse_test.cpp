// Incremental reparsing must give the tree a parse from scratch gives. Hundreds of
// random edits of the example files, shaped like typing (tokens of the language,
// half-typed constructs, non-ASCII text), each compared with a fresh parse.
#include <random>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "../support/random_edits.h"
#include "../support/test_files.h"
#include "syntax/syntax_tree.h"

using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;
using oxt::syntax::TextEdit;

TEST_CASE("incremental reparse after random edits equals a parse from scratch") {
  for (const auto& file : oxt::test::exampleFiles()) {
    DYNAMIC_SECTION(file.string()) {
      // A fixed seed per run keeps a failure reproducible.
      std::mt19937 random(20261128U + static_cast<uint32_t>(file.string().size()));
      SyntaxTree tree(oxt::test::readSourceFile(file));
      constexpr int kEdits = 150;
      for (int i = 0; i < kEdits; ++i) {
        const auto edit = oxt::test::randomEdit(random, tree.text());
        tree.applyEdit(edit);
        const SyntaxTree fresh(tree.text());
        INFO("edit " << i << " at " << edit.range.start << ".." << edit.range.end << " inserting '"
                     << edit.newText << "'");
        REQUIRE(tree.root().toSExpression() == fresh.root().toSExpression());
        // The line index is updated in place, never rescanned: it must match too.
        REQUIRE(tree.lines() == fresh.lines());
      }
    }
  }
}

TEST_CASE("undoing every edit gives back the original tree") {
  const auto original = oxt::test::readSourceFile(oxt::test::exampleFiles().front());
  SyntaxTree tree(original);
  const SyntaxTree pristine(original);
  std::mt19937 random(7U);
  for (int i = 0; i < 100; ++i) {
    const auto edit = oxt::test::randomEdit(random, tree.text());
    const auto removed = tree.text().substr(edit.range.start, edit.range.end - edit.range.start);
    tree.applyEdit(edit);
    // The inverse edit: put back what was removed.
    const auto insertedEnd = edit.range.start + static_cast<uint32_t>(edit.newText.size());
    tree.applyEdit(TextEdit{ByteRange{edit.range.start, insertedEnd}, removed});
    REQUIRE(tree.text() == original);
  }
  CHECK(tree.root().toSExpression() == pristine.root().toSExpression());
}
