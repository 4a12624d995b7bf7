// A document the editor has open: its version and its syntax tree, kept in step
// with the editor's text through incremental changes.
//
// Why here and not in the LSP layer: applying a change is core work (positions to
// bytes through LineIndex, tree-sitter edits and reparse). The LSP layer only
// translates didOpen/didChange into these calls.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis.h"
#include "syntax/line_index.h"
#include "syntax/syntax_tree.h"

namespace oxt::workspace {

/// A range of positions in some PositionEncoding (LSP's Range, without JSON).
struct PositionRange {
  syntax::Position start;
  syntax::Position end;
};

/// One change of a didChange: replace `range` with `text`, or the whole text
/// when there is no range.
struct ContentChange {
  std::optional<PositionRange> range;
  std::string text;
};

class OpenDocument {
public:
  OpenDocument(std::filesystem::path path, int32_t version, std::string text);

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] int32_t version() const { return version_; }
  [[nodiscard]] const syntax::SyntaxTree& tree() const { return tree_; }
  [[nodiscard]] const std::string& text() const { return tree_.text(); }

  /// The model and symbol index of the current text, built on first use after a
  /// change and kept until the next one (completion, hover and navigation ask for it
  /// on every request; rebuilding it each time would cost milliseconds per request on
  /// large files).
  [[nodiscard]] std::shared_ptr<const model::Analysis> analysis() const;

  /// The analysis built last, of this version or an earlier one (null before the
  /// first): what a new analysis of this version should reuse.
  [[nodiscard]] std::shared_ptr<const model::Analysis> latestAnalysis() const {
    return latestAnalysis_;
  }

  /// Keeps `analysis`, built elsewhere (the diagnostics worker) from a snapshot of
  /// version `version`, as the analysis of the current text if it is still current.
  /// When this version has an analysis already (a request built it), that one stays,
  /// and takes over the memo the check left on `analysis`.
  /// Returns the analysis this document no longer needs (the one replaced, or
  /// `analysis` itself when the text moved on), for the caller to free where it costs
  /// nothing: freeing the model of a large file takes milliseconds.
  [[nodiscard]] std::shared_ptr<const model::Analysis>
  adoptAnalysis(int32_t version, std::shared_ptr<const model::Analysis> analysis);

  /// Applies `changes` in order (each against the text the previous one left) and
  /// takes `version`. Positions outside the text are clamped as LSP asks. Returns
  /// notes about changes that had to be repaired (e.g. an end before its start),
  /// for the log.
  std::vector<std::string> applyChanges(int32_t version, const std::vector<ContentChange>& changes,
                                        syntax::PositionEncoding encoding);

private:
  std::filesystem::path path_;
  int32_t version_;
  syntax::SyntaxTree tree_;
  mutable std::shared_ptr<const model::Analysis> analysis_; // of tree_, or null
  mutable std::shared_ptr<const model::Analysis> latestAnalysis_;
};

} // namespace oxt::workspace
