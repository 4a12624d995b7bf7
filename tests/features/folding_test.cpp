// Folding ranges: bodies (as grammar/queries/folds.scm names them) and comment blocks.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "../support/random_edits.h"
#include "../support/segmented_shape.h"
#include "../support/test_files.h"
#include "features/embedded_queries.h"
#include "features/folding_ranges.h"
#include "syntax/node_walk.h"

using oxt::features::FoldingRange;
using oxt::features::foldingRanges;
using oxt::features::FoldKind;
using oxt::syntax::SyntaxTree;

namespace {

struct Lines {
  uint32_t start;
  uint32_t end;
  FoldKind kind;
  friend bool operator==(const Lines&, const Lines&) = default;
};

std::vector<Lines> linesOf(const std::vector<FoldingRange>& folds) {
  std::vector<Lines> out;
  for (const auto& fold : folds) {
    out.push_back(Lines{fold.startLine, fold.endLine, fold.kind});
  }
  return out;
}

const std::string kFile = R"(/// Mortgage calculations.
/// Shared by the loan applications.
extension MortgageLib {
    // A comment block
    // of two lines.
    action CalculateMortgage {
        input Principal: Currency
        output MonthlyPayment: Currency
    }
    /* A block
       comment. */
    structure Installment {
        Month: Integer
    }
    action Empty {}
}
)";

} // namespace

TEST_CASE("bodies fold from their opening to their closing brace") {
  const SyntaxTree tree(kFile);
  const auto folds = foldingRanges(tree, false);
  const auto lines = linesOf(folds);
  CHECK(lines == std::vector<Lines>{{0, 1, FoldKind::Comment},
                                    {2, 15, FoldKind::Region},
                                    {3, 4, FoldKind::Comment},
                                    {5, 8, FoldKind::Region},
                                    {9, 10, FoldKind::Comment},
                                    {11, 13, FoldKind::Region}});
  // Folding parts of lines: from after `{` to before `}`.
  const auto& action = folds[3];
  REQUIRE(action.startOffset.has_value());
  REQUIRE(action.endOffset.has_value());
  CHECK(kFile[*action.startOffset - 1] == '{');
  CHECK(kFile[*action.endOffset] == '}');
}

TEST_CASE("with whole-line folding the closing brace stays visible") {
  const SyntaxTree tree(kFile);
  const auto lines = linesOf(foldingRanges(tree, true));
  CHECK(lines == std::vector<Lines>{{0, 1, FoldKind::Comment},
                                    {2, 14, FoldKind::Region},
                                    {3, 4, FoldKind::Comment},
                                    {5, 7, FoldKind::Region},
                                    {9, 10, FoldKind::Comment},
                                    {11, 12, FoldKind::Region}});
  for (const auto& fold : foldingRanges(tree, true)) {
    CHECK_FALSE(fold.startOffset.has_value());
    CHECK_FALSE(fold.endOffset.has_value());
  }
}

TEST_CASE("a body with one line inside folds only when lines are not whole") {
  const std::string text = "extension E {\n    action A {\n    }\n}\n";
  const SyntaxTree tree(text);
  CHECK(linesOf(foldingRanges(tree, false)) ==
        std::vector<Lines>{{0, 3, FoldKind::Region}, {1, 2, FoldKind::Region}});
  CHECK(linesOf(foldingRanges(tree, true)) == std::vector<Lines>{{0, 2, FoldKind::Region}});
}

TEST_CASE("doc comments and line comments fold in separate runs, trailing comments not") {
  const std::string text = "/// a\n/// b\n// c\n// d\nextension E { // e\n// f\n}\n";
  const SyntaxTree tree(text);
  const auto lines = linesOf(foldingRanges(tree, true));
  CHECK(lines == std::vector<Lines>{{0, 1, FoldKind::Comment},
                                    {2, 3, FoldKind::Comment},
                                    {4, 5, FoldKind::Region}});
}

TEST_CASE("a body left open folds to where its text ends") {
  const std::string text = "extension E {\n    action A {\n        input X: Text\n\n"
                           "    structure S {\n        Y: Integer\n";
  const SyntaxTree tree(text);
  const auto lines = linesOf(foldingRanges(tree, true));
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.front() == Lines{0, 5, FoldKind::Region});
  for (const auto& fold : lines) {
    CHECK(fold.start < fold.end);
    CHECK(fold.end < tree.lines().lineCount());
  }
}

TEST_CASE("multi-line annotation arguments fold, as folds.scm says") {
  const std::string text = "extension E {\n    @table(\n        \"T\"\n    )\n    entity X {}\n}\n";
  const SyntaxTree tree(text);
  CHECK(linesOf(foldingRanges(tree, false)) ==
        std::vector<Lines>{{0, 5, FoldKind::Region}, {1, 3, FoldKind::Region}});
}

TEST_CASE("CRLF line ends and non-ASCII text do not shift folds") {
  const std::string text = "/// é\r\n/// 𝄞\r\nextension É {\r\n    action Á {\r\n    }\r\n}\r\n";
  const SyntaxTree tree(text);
  CHECK(linesOf(foldingRanges(tree, true)) ==
        std::vector<Lines>{{0, 1, FoldKind::Comment}, {2, 4, FoldKind::Region}});
}

TEST_CASE("every example folds, each range inside the file") {
  for (const auto& file : oxt::test::exampleFiles()) {
    CAPTURE(file);
    const SyntaxTree tree(oxt::test::readSourceFile(file));
    const auto folds = foldingRanges(tree, true);
    CHECK_FALSE(folds.empty());
    for (const auto& fold : folds) {
      CHECK(fold.startLine < fold.endLine);
      CHECK(fold.endLine < tree.lines().lineCount());
    }
  }
}

namespace {

bool spansLines(const SyntaxTree& tree, oxt::syntax::SyntaxNode node) {
  const auto range = node.byteRange();
  return tree.textOf(node).find('\n') != std::string_view::npos &&
         tree.lines().lineOfOffset(range.start) < tree.lines().lineOfOffset(range.end - 1);
}

bool startsItsLine(const SyntaxTree& tree, oxt::syntax::SyntaxNode node) {
  const auto start = node.byteRange().start;
  const auto line = tree.lines().lineStart(tree.lines().lineOfOffset(start));
  return tree.text().substr(line, start - line).find_first_not_of(" \t") == std::string::npos;
}

std::string describe(oxt::syntax::SyntaxNode node) {
  return std::string(node.type()) + " " + std::to_string(node.byteRange().start) + "-" +
         std::to_string(node.byteRange().end) + "\n";
}

/// What folds are made of, as "type start-end" lines: the nodes folds.scm captures that
/// span lines, then the comments that start their line.
struct FoldingNodes {
  std::string folded;
  std::string comments;
  friend bool operator==(const FoldingNodes&, const FoldingNodes&) = default;
};

/// As the server finds them (forEachFoldingNode, which skips most nodes).
FoldingNodes byServer(const SyntaxTree& tree) {
  FoldingNodes out;
  const auto types = oxt::features::foldedNodeTypes();
  oxt::features::forEachFoldingNode(tree, [&](oxt::syntax::SyntaxNode node) {
    if (std::find(types.begin(), types.end(), node.type()) != types.end() &&
        spansLines(tree, node)) {
      out.folded += describe(node);
    }
    if ((node.type() == "comment" || node.type() == "doc_comment") && startsItsLine(tree, node)) {
      out.comments += describe(node);
    }
  });
  return out;
}

/// By folds.scm and by a walk of every node.
FoldingNodes byQuery(const SyntaxTree& tree) {
  FoldingNodes out;
  for (const auto& capture : oxt::features::foldsQuery()->captures(tree)) {
    if (spansLines(tree, capture.node)) {
      out.folded += describe(capture.node);
    }
  }
  oxt::syntax::forEachNode(tree, [&](oxt::syntax::SyntaxNode node) {
    if ((node.type() == "comment" || node.type() == "doc_comment") && startsItsLine(tree, node)) {
      out.comments += describe(node);
    }
    return true;
  });
  return out;
}

} // namespace

TEST_CASE("the server folds the nodes grammar/queries/folds.scm captures") {
  REQUIRE(oxt::features::foldsQuery() != nullptr);
  std::size_t folded = 0;
  std::size_t comments = 0;
  oxt::test::typeIntoExamples(80, [&](const auto& file, int step, const SyntaxTree& tree,
                                      const auto& /*edit*/, auto& /*random*/) {
    CAPTURE(file, step);
    const auto server = byServer(tree);
    REQUIRE(server.folded == byQuery(tree).folded);
    REQUIRE(server.comments == byQuery(tree).comments);
    folded +=
        static_cast<std::size_t>(std::count(server.folded.begin(), server.folded.end(), '\n'));
    comments +=
        static_cast<std::size_t>(std::count(server.comments.begin(), server.comments.end(), '\n'));
  });
  CHECK(folded > 1000);
  CHECK(comments > 1000);
  // In segments: each node once, from the segment that owns its start.
  const SyntaxTree segmented(oxt::test::generatedExtension(60), oxt::syntax::Language::Oxt, 400);
  REQUIRE(segmented.segmentCount() > 5);
  CHECK(byServer(segmented) == byQuery(segmented));
}
