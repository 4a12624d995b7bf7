// Syntax errors as a person sees them while typing: a readable message, on the
// token where the problem is, and the rest of the file still understood.
#include <random>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "../support/random_edits.h"
#include "../support/segmented_shape.h"
#include "../support/test_files.h"
#include "checks/check_document.h"
#include "checks/syntax_errors.h"
#include "syntax/syntax_tree.h"

using Catch::Matchers::ContainsSubstring;
using oxt::checks::checkDocument;
using oxt::checks::Severity;
using oxt::syntax::SyntaxTree;

namespace {
std::string underlined(const SyntaxTree& tree, const oxt::checks::Diagnostic& diagnostic) {
  return tree.text().substr(diagnostic.range.start, diagnostic.range.end - diagnostic.range.start);
}

/// The diagnostics' ranges and messages, one per line, to compare two lists.
std::string summary(const std::vector<oxt::checks::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& diagnostic : diagnostics) {
    out += std::to_string(diagnostic.range.start) + "-" + std::to_string(diagnostic.range.end) +
           " " + diagnostic.message + "\n";
  }
  return out;
}
} // namespace

TEST_CASE("a valid file has no diagnostics") {
  const SyntaxTree tree("extension A {\n  action B {\n    input C: Integer\n  }\n}\n");
  CHECK(checkDocument(tree).empty());
}

TEST_CASE("a half-typed parameter says a type is expected after ':'") {
  const SyntaxTree tree(R"(extension A {
  action B {
    input C:
  }
  action D {
    input E: Text
  }
}
)");
  const auto diagnostics = checkDocument(tree);
  REQUIRE(diagnostics.size() == 1);
  const auto& diagnostic = diagnostics.front();
  CHECK(diagnostic.code == "OXT0001");
  CHECK(diagnostic.severity == Severity::Error);
  CHECK(diagnostic.message == "expected a type after ':'");
  CHECK(tree.positionAt(diagnostic.range.start, oxt::syntax::PositionEncoding::Utf16).line == 2);
}

TEST_CASE("an unclosed brace is reported once, at the end") {
  const SyntaxTree tree("extension A {\n  action B {\n    input C: Text\n");
  const auto diagnostics = checkDocument(tree);
  REQUIRE_FALSE(diagnostics.empty());
  CHECK_THAT(diagnostics.front().message, ContainsSubstring("expected '}'"));
}

TEST_CASE("stray text is reported on its first token") {
  const SyntaxTree tree("extension A {\n  action B {\n    input C: Text\n  }\n  %%% junk\n}\n");
  const auto diagnostics = checkDocument(tree);
  REQUIRE(diagnostics.size() == 1);
  CHECK_THAT(diagnostics.front().message, ContainsSubstring("unexpected"));
  CHECK_THAT(underlined(tree, diagnostics.front()), ContainsSubstring("%"));
}

TEST_CASE("diagnostics come sorted by position") {
  const SyntaxTree tree("extension A {\n  action B { input C: }\n  action D { input E: }\n}\n");
  const auto diagnostics = checkDocument(tree);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].range.start < diagnostics[1].range.start);
}

TEST_CASE("deeply nested braces do not exhaust the stack") {
  const std::string text = "extension A {\n" + std::string(100000, '{') + "\n}\n";
  const SyntaxTree tree(text);
  CHECK_FALSE(checkDocument(tree).empty());
}

TEST_CASE("an unclosed body names the declaration it belongs to") {
  const SyntaxTree tree("extension A {\n  action Pay {\n    input C: Text\n  action D {}\n}\n");
  const auto diagnostics = checkDocument(tree);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.front().message == "expected '}' to close action 'Pay'");
  CHECK(underlined(tree, diagnostics.front()) == "{");
}

TEST_CASE("an unterminated string is an error on the string") {
  const SyntaxTree tree("extension A {\n  resource \"lib/x.dll\n}\n");
  const auto diagnostics = checkDocument(tree);
  REQUIRE(diagnostics.size() == 1);
  CHECK_THAT(diagnostics.front().message, ContainsSubstring("unterminated string"));
  CHECK(underlined(tree, diagnostics.front()) == "\"lib/x.dll");
}

TEST_CASE("skipping clean subtrees finds the syntax errors a walk of every node finds") {
  // The walk after each keystroke skips members that end with '}' and hold no error
  // or string; random typing in the examples must not make it miss anything.
  using oxt::checks::syntaxErrors;
  using oxt::checks::SyntaxWalk;
  std::size_t found = 0;
  oxt::test::typeIntoExamples(200, [&](const auto& file, int step, const SyntaxTree& tree,
                                       const auto& /*edit*/, auto& /*random*/) {
    const auto skipping = syntaxErrors(tree);
    CAPTURE(file, step, tree.text());
    REQUIRE(summary(skipping) == summary(syntaxErrors(tree, SyntaxWalk::Everything)));
    found += skipping.size();
  });
  CHECK(found > 0);
}

TEST_CASE("errors found as each segment is parsed are those a walk after the parse finds") {
  // Opening a large file walks each segment for errors on the thread that parsed it
  // (findSegmentErrorsAhead); the check then reads them from the segment.
  using oxt::checks::syntaxErrors;
  using oxt::checks::SyntaxWalk;
  auto text = oxt::test::generatedExtension(200);
  const auto breakAt = [&](const std::string& anchor, const std::string& from,
                           const std::string& to) {
    const auto at = text.find(from, text.find(anchor));
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  breakAt("action Act30 ", "input Name: Text", "input : Text");
  breakAt("action Act90 ", "output Result: Rec0", "output Result: \"open");
  breakAt("action Act170 ", "input Name: Text", "input Name Text)");
  const SyntaxTree tree(text, oxt::checks::findSegmentErrorsAhead, 2048);
  REQUIRE(tree.segmentCount() > 10);
  const auto found = syntaxErrors(tree);
  CHECK(found.size() >= 3);
  CHECK(summary(found) == summary(syntaxErrors(SyntaxTree(text, oxt::syntax::Language::Oxt, 0),
                                               SyntaxWalk::Everything)));
}
