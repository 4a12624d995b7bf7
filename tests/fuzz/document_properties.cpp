#include "document_properties.h"

#include <array>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "checks/action_diagnostics_memo.h"
#include "checks/check_document.h"
#include "codegen/generate_sources.h"
#include "codegen/merge_implementation.h"
#include "features/completion.h"
#include "features/formatting.h"
#include "features/hover.h"
#include "model/analysis.h"
#include "model/build_model.h"
#include "model_comparison.h"
#include "syntax/syntax_tree.h"

namespace oxt::fuzz {

namespace {

/// The generated sources of every extension of `document`, as one text per
/// extension (file names and bytes), or the generator's refusal.
std::vector<std::string> generatedSources(const model::Document& document) {
  std::vector<std::string> sources;
  for (const auto& extension : document.extensions) {
    const auto generated = codegen::generateSources(extension);
    if (const auto* error = std::get_if<codegen::CodegenError>(&generated)) {
      sources.push_back("error: " + error->message);
      continue;
    }
    std::string all;
    for (const auto& source : std::get<std::vector<codegen::SourceFile>>(generated)) {
      all += source.file.name + "\n" + source.file.bytes + "\n";
    }
    sources.push_back(std::move(all));
  }
  return sources;
}

/// Generation into memory, for a text without syntax errors: the formatted text
/// generates the same bytes, and merging a freshly generated `<Ext>.cs` with its
/// own extension changes nothing (an update right after generating is a no-op).
std::optional<std::string> codegenViolation(const model::Document& original,
                                            const model::Document& formatted) {
  if (generatedSources(original) != generatedSources(formatted)) {
    return "the formatted text generates other C# sources";
  }
  for (const auto& extension : original.extensions) {
    const auto generated = codegen::generateSources(extension);
    const auto* files = std::get_if<std::vector<codegen::SourceFile>>(&generated);
    if (files == nullptr) {
      continue;
    }
    for (const auto& source : *files) {
      if (source.role != codegen::FileRole::Implementation) {
        continue;
      }
      const auto merged = codegen::mergeImplementation(source.file.bytes, extension);
      if (const auto* error = std::get_if<codegen::MergeError>(&merged)) {
        return "the generated " + source.file.name + " does not merge: " + error->message;
      }
      const auto& result = std::get<codegen::MergeResult>(merged);
      if (result.text != source.file.bytes || !result.report.updated.empty() ||
          !result.report.added.empty() || !result.report.orphaned.empty()) {
        return "merging the generated " + source.file.name + " with its extension changed it";
      }
    }
  }
  return std::nullopt;
}

/// The diagnostics of `tree` as the language server finds them after an edit: from an
/// analysis built from `previous`'s, reusing what its checks found in unchanged actions.
std::vector<checks::Diagnostic> checkAsServer(const syntax::SyntaxTree& tree,
                                              std::shared_ptr<const model::Analysis>& previous) {
  previous =
      model::analyze(std::make_shared<const syntax::SyntaxTree>(tree.snapshot()), previous.get());
  return checks::checkReusingActions(*previous->tree, *previous, checks::CheckContext{})
      .diagnostics;
}

/// What an editor shows of diagnostics, to compare two lists.
std::vector<std::string> shown(const std::vector<checks::Diagnostic>& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& diagnostic : diagnostics) {
    auto line = diagnostic.code + " " + std::to_string(diagnostic.range.start) + "-" +
                std::to_string(diagnostic.range.end) + " " + diagnostic.message;
    for (const auto& fix : diagnostic.fixes) {
      for (const auto& edit : fix.edits) {
        line += " " + std::to_string(edit.range.start) + "=" + edit.newText;
      }
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

/// Types the input in three pieces, as an editor would send them, and compares
/// the incrementally parsed tree with a fresh parse, and the diagnostics found reusing
/// the previous version's (action_diagnostics_memo.h) with those of checking afresh.
std::optional<std::string> incrementalViolation(std::string_view bytes) {
  const auto third = static_cast<uint32_t>(bytes.size() / 3);
  syntax::SyntaxTree typed(std::string(bytes.substr(0, third)));
  std::shared_ptr<const model::Analysis> analysis;
  (void)checkAsServer(typed, analysis);
  typed.applyEdit({{third, third}, std::string(bytes.substr(std::size_t{2} * third))});
  (void)checkAsServer(typed, analysis);
  typed.applyEdit({{third, third}, std::string(bytes.substr(third, third))});
  if (shown(checkAsServer(typed, analysis)) !=
      shown(checks::checkDocument(typed, checks::CheckContext{}))) {
    return "the diagnostics found reusing the previous version's differ from checking afresh";
  }
  const syntax::SyntaxTree fresh{std::string(bytes)};
  if (typed.text() != fresh.text()) {
    return "the edits did not rebuild the input text";
  }
  // tree-sitter recovers from errors differently with and without an old tree
  // (tests/fuzz/regressions/document/incremental-error-recovery.oxt), so the trees
  // must agree exactly only when the text is valid; otherwise both must see errors.
  if (fresh.root().hasError()) {
    if (!typed.root().hasError()) {
      return "incremental parse found no error in a text with errors";
    }
  } else if (typed.root().toSExpression() != fresh.root().toSExpression()) {
    return "incremental parse differs from a fresh parse";
  }
  if (!(typed.lines() == fresh.lines())) {
    return "the line index after edits differs from a fresh one";
  }
  return std::nullopt;
}

/// Completion and hover at up to 64 offsets spread over the text (every offset
/// would make a large input quadratic): they finish, and their ranges are in the text
/// around the cursor.
std::optional<std::string> editingFeaturesViolation(const syntax::SyntaxTree& tree) {
  const model::Analysis analysis(tree);
  const auto size = static_cast<uint32_t>(tree.text().size());
  const uint32_t step = size / 64 + 1;
  for (uint32_t offset = 0; offset <= size; offset += step) {
    for (const auto& item : features::complete(tree, analysis, offset, {}).items) {
      if (item.replace.start > offset || offset > item.replace.end || item.replace.end > size) {
        return "completion item '" + item.label + "' does not replace around the cursor";
      }
    }
    if (const auto hover = features::hoverAt(tree, analysis, offset)) {
      if (hover->range.start > hover->range.end || hover->range.end > size) {
        return "hover has a range outside the text";
      }
    }
  }
  return std::nullopt;
}

/// The input cut into tiny segments (syntax/segment_plan.h), opened and typed in three
/// pieces: the model, the diagnostics, completion and hover all work on it, and for a
/// text without errors the model and the diagnostics are those of one tree.
std::optional<std::string> segmentedViolation(std::string_view bytes,
                                              const syntax::SyntaxTree& whole) {
  constexpr uint32_t kTinySegments = 48;
  const syntax::SyntaxTree cut(std::string(bytes), syntax::Language::Oxt, kTinySegments);
  const auto third = static_cast<uint32_t>(bytes.size() / 3);
  syntax::SyntaxTree typed(std::string(bytes.substr(0, third)), syntax::Language::Oxt,
                           kTinySegments);
  // Analysed after each piece as the server does: segments the model keeps, members
  // and findings carried over from one version to the next.
  std::shared_ptr<const model::Analysis> analysis;
  (void)checkAsServer(typed, analysis);
  typed.applyEdit({{third, third}, std::string(bytes.substr(std::size_t{2} * third))});
  (void)checkAsServer(typed, analysis);
  typed.applyEdit({{third, third}, std::string(bytes.substr(third, third))});
  const auto typedDiagnostics = shown(checkAsServer(typed, analysis));
  if (!(model::buildModel(typed) == analysis->document)) { // ranges and all
    return "the model built from the previous version's in segments differs from a fresh one";
  }
  if (typedDiagnostics != shown(checks::checkDocument(typed, checks::CheckContext{}))) {
    return "in segments, the diagnostics found reusing the previous version's differ";
  }
  for (const auto* tree : std::array<const syntax::SyntaxTree*, 2>{&cut, &typed}) {
    if (tree->text() != bytes) {
      return "the segmented tree lost the text";
    }
    const auto model = model::buildModel(*tree);
    const auto diagnostics = checks::checkDocument(*tree, model, checks::CheckContext{});
    if (!whole.hasError() && tree == &cut) {
      if (tree->hasError()) {
        return "segments found an error in a text without any";
      }
      if (auto difference = modelDifference(model::buildModel(whole), model)) {
        return "segments changed the model: " + *difference;
      }
      if (diagnostics.size() != checks::checkDocument(whole, checks::CheckContext{}).size()) {
        return "segments changed the diagnostics";
      }
    }
    if (tree == &cut) {
      if (auto violation = editingFeaturesViolation(*tree)) {
        return "in segments: " + *violation;
      }
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string> documentPropertyViolation(std::string_view bytes) {
  const syntax::SyntaxTree tree{std::string(bytes)};
  const auto model = model::buildModel(tree);
  const auto diagnostics = checks::checkDocument(tree, checks::CheckContext{});
  for (const auto& diagnostic : diagnostics) {
    if (diagnostic.range.start > diagnostic.range.end || diagnostic.range.end > bytes.size()) {
      return "diagnostic " + diagnostic.code + " has a range outside the text";
    }
  }

  const auto formatted = features::formatDocument(tree);
  if (!formatted.error) {
    const syntax::SyntaxTree reparsed(formatted.text);
    const auto again = features::formatDocument(reparsed);
    if (again.error) {
      return "the formatted text does not format: " + *again.error;
    }
    if (again.text != formatted.text) {
      return "formatting is not idempotent";
    }
    if (reparsed.root().toSExpression() != tree.root().toSExpression()) {
      return "formatting changed the syntax tree";
    }
    const auto formattedModel = model::buildModel(reparsed);
    if (auto difference = modelDifference(model, formattedModel)) {
      return "formatting changed the model: " + *difference;
    }
    if (!tree.root().hasError()) {
      if (auto violation = codegenViolation(model, formattedModel)) {
        return violation;
      }
    }
  }
  if (auto violation = editingFeaturesViolation(tree)) {
    return violation;
  }
  if (auto violation = segmentedViolation(bytes, tree)) {
    return violation;
  }
  return incrementalViolation(bytes);
}

} // namespace oxt::fuzz
