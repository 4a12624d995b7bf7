// What an editor is shown of a text cut into segments (syntax/segment_plan.h) must be
// what it is shown of the same text in one tree: diagnostics, outline, semantic tokens
// (from scratch and from the cache), folds, selection ranges, completion and
// formatting. Compared on the examples cut into small segments and on a generated
// extension, as they are opened and after each of hundreds of random edits.
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/random_edits.h"
#include "../support/segmented_shape.h"
#include "../support/test_files.h"
#include "checks/check_document.h"
#include "features/completion.h"
#include "features/document_outline.h"
#include "features/folding_ranges.h"
#include "features/formatting.h"
#include "features/selection_ranges.h"
#include "features/semantic_tokens.h"
#include "features/semantic_tokens_cache.h"
#include "model/analysis.h"

using oxt::syntax::ByteRange;
using oxt::syntax::Language;
using oxt::syntax::SyntaxTree;
using oxt::syntax::TextEdit;

namespace {

std::string show(ByteRange range) {
  return std::to_string(range.start) + ".." + std::to_string(range.end);
}

void describeOutline(const std::vector<oxt::features::OutlineSymbol>& symbols,
                     std::vector<std::string>& out) {
  for (const auto& symbol : symbols) {
    out.push_back("symbol " + symbol.name + " " + symbol.detail + " " + show(symbol.range) + " " +
                  show(symbol.selectionRange));
    describeOutline(symbol.children, out);
  }
}

void describeTokens(const std::vector<oxt::features::SemanticToken>& tokens, const char* what,
                    std::vector<std::string>& out) {
  std::ostringstream line;
  line << what;
  for (const auto& token : tokens) {
    line << " " << show(token.range) << ":" << static_cast<int>(token.style.type) << "/"
         << token.style.modifiers;
  }
  out.push_back(line.str());
}

/// Everything the features give for `tree`, with `analysis` its model, and completion
/// and selection ranges at `offsets`.
std::vector<std::string> describe(const SyntaxTree& tree, const oxt::model::Analysis& analysis,
                                  oxt::features::SemanticTokensCache& cache,
                                  const std::vector<uint32_t>& offsets, bool format) {
  std::vector<std::string> out;
  for (const auto& diagnostic : oxt::checks::checkDocument(tree, analysis.document, {})) {
    out.push_back("diagnostic " + diagnostic.code + " " + show(diagnostic.range) + " " +
                  diagnostic.message);
  }
  describeOutline(oxt::features::documentOutline(analysis.document, tree.text()), out);
  describeTokens(oxt::features::semanticTokens(tree), "tokens", out);
  describeTokens(cache.tokens(tree), "cached tokens", out);
  const auto middle = static_cast<uint32_t>(tree.text().size() / 2);
  describeTokens(oxt::features::semanticTokens(tree, ByteRange{middle / 2, middle + middle / 2}),
                 "tokens in range", out);
  for (const bool lineFoldingOnly : {false, true}) {
    for (const auto& fold : oxt::features::foldingRanges(tree, lineFoldingOnly)) {
      out.push_back("fold " + std::to_string(fold.startLine) + "-" + std::to_string(fold.endLine) +
                    " " + std::to_string(fold.startOffset.value_or(0)) + "-" +
                    std::to_string(fold.endOffset.value_or(0)));
    }
  }
  for (const auto offset : offsets) {
    std::string chain = "selection at " + std::to_string(offset) + ":";
    for (const auto range : oxt::features::selectionChain(tree, offset)) {
      chain += " " + show(range);
    }
    out.push_back(chain);
    std::string items = "completion at " + std::to_string(offset) + ":";
    for (const auto& item : oxt::features::complete(tree, analysis, offset, {}).items) {
      items += " " + item.label + "@" + show(item.replace);
    }
    out.push_back(items);
  }
  if (format) {
    const auto formatted = oxt::features::formatDocument(tree);
    out.push_back("format " + formatted.error.value_or("") + "\n" + formatted.text);
  }
  return out;
}

std::vector<uint32_t> someOffsets(std::mt19937& random, const std::string& text) {
  std::uniform_int_distribution<uint32_t> at(0, static_cast<uint32_t>(text.size()));
  return {at(random), at(random), at(random), static_cast<uint32_t>(text.size())};
}

/// A document edited as the language server edits it: the tree in segments, each
/// analysis built from the previous one, and the tokens cache kept between versions.
struct EditedDocument {
  SyntaxTree tree;
  SyntaxTree plain; // the same edits on one tree, to tell tree-sitter's own differences
  std::shared_ptr<const oxt::model::Analysis> analysis;
  oxt::features::SemanticTokensCache cache;

  EditedDocument(const std::string& text, uint32_t segmentBytes)
      : tree(text, Language::Oxt, segmentBytes), plain(text, Language::Oxt, 0),
        analysis(
            oxt::model::analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), nullptr)) {}

  void apply(const TextEdit& edit) {
    tree.applyEdit(edit);
    plain.applyEdit(edit);
    analysis =
        oxt::model::analyze(std::make_shared<const SyntaxTree>(tree.snapshot()), analysis.get());
  }
};

/// Compares what `document` shows with what one tree of its text shows. Skipped (and the
/// document opened again) when tree-sitter's incremental reparse of one tree already
/// differs from a fresh parse (see tests/syntax/segmented_parse_test.cpp).
bool compare(EditedDocument& document, uint32_t segmentBytes, std::mt19937& random, bool format) {
  const SyntaxTree whole(document.tree.text(), Language::Oxt, 0);
  if (oxt::test::topLevelShape(document.plain) != oxt::test::topLevelShape(whole)) {
    document = EditedDocument(document.tree.text(), segmentBytes);
    return false;
  }
  const oxt::model::Analysis wholeAnalysis(whole);
  oxt::features::SemanticTokensCache fresh;
  const auto offsets = someOffsets(random, whole.text());
  const auto expected = describe(whole, wholeAnalysis, fresh, offsets, format);
  const auto actual = describe(document.tree, *document.analysis, document.cache, offsets, format);
  REQUIRE(oxt::test::firstDifference(actual, expected) == "");
  return true;
}

} // namespace

TEST_CASE("a text in segments shows in the editor as the same text in one tree") {
  int compared = 0;
  int skipped = 0;
  int cut = 0;
  for (const auto& file : oxt::test::exampleFiles()) {
    std::mt19937 random(20261129U);
    EditedDocument document(oxt::test::readSourceFile(file), oxt::test::kSmallSegments);
    REQUIRE(document.tree.segmentCount() > 3);
    INFO(file.string() << " as opened");
    REQUIRE(compare(document, oxt::test::kSmallSegments, random, true));
    for (int i = 0; i < 120; ++i) {
      const auto edit = oxt::test::randomEdit(random, document.tree.text());
      cut += document.tree.segmentCount() > 1 ? 1 : 0;
      document.apply(edit);
      INFO(file.string() << " edit " << i << " at " << show(edit.range) << " inserting '"
                         << edit.newText << "', " << document.tree.segmentCount() << " segments");
      (compare(document, oxt::test::kSmallSegments, random, i % 10 == 0) ? compared : skipped)++;
    }
  }
  std::mt19937 random(20261130U);
  EditedDocument document(oxt::test::generatedExtension(40), 300);
  for (int i = 0; i < 150; ++i) {
    const auto edit = oxt::test::randomEdit(random, document.tree.text());
    const auto removed =
        document.tree.text().substr(edit.range.start, edit.range.end - edit.range.start);
    const TextEdit undo{
        {edit.range.start, edit.range.start + static_cast<uint32_t>(edit.newText.size())}, removed};
    for (const auto& step : {edit, undo}) {
      cut += document.tree.segmentCount() > 1 ? 1 : 0;
      document.apply(step);
      INFO("generated, edit " << i << " at " << show(step.range) << " inserting '" << step.newText
                              << "', " << document.tree.segmentCount() << " segments");
      (compare(document, 300, random, i % 10 == 0) ? compared : skipped)++;
    }
  }
  CHECK(skipped * 20 < compared);
  CHECK(cut > 250);
}

TEST_CASE("selection ranges between a segment's last member and the next segment") {
  // Found by the comparison above: there the segment's tree has no node but its root,
  // and the body and the extension must still hold the cursor.
  const auto text = oxt::test::generatedExtension(40);
  const SyntaxTree cut(text, Language::Oxt, 300);
  const SyntaxTree whole(text, Language::Oxt, 0);
  REQUIRE(cut.segmentCount() > 3);
  for (const auto& segment : cut.segments()) {
    for (const auto offset : {segment.owned.end - 1, segment.owned.end}) {
      INFO("offset " << offset);
      CHECK(oxt::features::selectionChain(cut, offset) ==
            oxt::features::selectionChain(whole, offset));
    }
  }
}
