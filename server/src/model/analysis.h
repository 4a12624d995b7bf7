// The model of one version of a file together with its symbol index: what every
// editing feature (completion, hover, navigation, rename, code actions) reads.
//
// Why one struct: the index refers to the document's declarations by position, so
// the two must come from the same text; building them together and never moving
// them (the struct is neither copyable nor movable) keeps that true.
#pragma once

#include <memory>
#include <mutex>
#include <utility>

#include "model/build_model.h"
#include "model/extension_model.h"
#include "model/symbol_index.h"
#include "syntax/syntax_tree.h"

namespace oxt::model {

/// What a layer above the model keeps from its work on one analysis, for its work on
/// the next (checks/action_checks_memo.h). The model only carries it from one analysis
/// to the next, with BuiltModel::lineage saying which members are the same.
class AnalysisMemo {
public:
  AnalysisMemo() = default;
  AnalysisMemo(const AnalysisMemo&) = delete;
  AnalysisMemo& operator=(const AnalysisMemo&) = delete;
  AnalysisMemo(AnalysisMemo&&) = delete;
  AnalysisMemo& operator=(AnalysisMemo&&) = delete;
  virtual ~AnalysisMemo() = default;
};

struct Analysis {
  /// Builds everything from `tree`.
  explicit Analysis(const syntax::SyntaxTree& source)
      : Analysis(nullptr, buildModel(source, nullptr)) {}

  /// Builds from `snapshot`, which the analysis keeps, reusing the members of
  /// `previous` (an analysis of an earlier version of the same document, or null)
  /// that the reparse left unchanged.
  Analysis(const std::shared_ptr<const syntax::SyntaxTree>& snapshot, const Analysis* previous)
      : Analysis(snapshot,
                 buildModel(*snapshot,
                            previous != nullptr && previous->tree ? &previous->built : nullptr)) {
    if (previous != nullptr && previous->tree) {
      inheritedMemo = previous->memo();
    }
  }

  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;
  Analysis(Analysis&&) = delete;
  Analysis& operator=(Analysis&&) = delete;
  ~Analysis() = default;

private:
  Analysis(std::shared_ptr<const syntax::SyntaxTree> snapshot, BuiltModel model)
      : tree(std::move(snapshot)), built(std::move(model)) {}

public:
  /// The tree the model was built from, when the analysis was given one to keep: it
  /// keeps its nodes' identities from being reused, so that the next analysis may
  /// look members up by them.
  std::shared_ptr<const syntax::SyntaxTree> tree;
  BuiltModel built;
  const Document& document = built.document;

  /// The symbol index, built on first use (hover, navigation, rename; the checks only
  /// when a file has duplicate names): after a keystroke, the checks do without it,
  /// and an index of a 5,000-action file costs milliseconds and megabytes. Thread-safe.
  [[nodiscard]] const SymbolIndex& index() const {
    std::call_once(indexBuilt_, [this] { index_ = std::make_unique<const SymbolIndex>(document); });
    return *index_;
  }

  /// The memo left on the analysis this one was built from, when it had one by then:
  /// read with built.lineage, which maps that analysis's members to this one's.
  std::shared_ptr<const AnalysisMemo> inheritedMemo;

  /// The memo left on this analysis (null until a layer keeps one). Thread-safe.
  [[nodiscard]] std::shared_ptr<const AnalysisMemo> memo() const {
    const std::lock_guard lock(memoMutex_);
    return memo_;
  }
  void keepMemo(std::shared_ptr<const AnalysisMemo> memo) const {
    const std::lock_guard lock(memoMutex_);
    memo_ = std::move(memo);
  }

private:
  mutable std::mutex memoMutex_;
  mutable std::shared_ptr<const AnalysisMemo> memo_;
  mutable std::once_flag indexBuilt_;
  mutable std::unique_ptr<const SymbolIndex> index_;
};

/// The analysis of `tree`, shared so that a request can keep it while the text changes.
[[nodiscard]] inline std::shared_ptr<const Analysis> analyze(const syntax::SyntaxTree& tree) {
  return std::make_shared<const Analysis>(tree);
}

/// The analysis of `snapshot`, reusing what it can of `previous` (may be null).
[[nodiscard]] inline std::shared_ptr<const Analysis>
analyze(const std::shared_ptr<const syntax::SyntaxTree>& snapshot, const Analysis* previous) {
  return std::make_shared<const Analysis>(snapshot, previous);
}

} // namespace oxt::model
