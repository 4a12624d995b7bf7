// The model of one version of a file together with its symbol index: what every
// editing feature (completion, hover, navigation, rename, code actions) reads.
//
// Why one struct: the index refers to the document's declarations by position, so
// the two must come from the same text; building them together and never moving
// them (the struct is neither copyable nor movable) keeps that true.
#pragma once

#include <memory>

#include "model/build_model.h"
#include "model/extension_model.h"
#include "model/symbol_index.h"
#include "syntax/syntax_tree.h"

namespace oxt::model {

struct Analysis {
  explicit Analysis(const syntax::SyntaxTree& tree) : document(buildModel(tree)), index(document) {}
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;
  Analysis(Analysis&&) = delete;
  Analysis& operator=(Analysis&&) = delete;
  ~Analysis() = default;

  Document document;
  SymbolIndex index;
};

/// The analysis of `tree`, shared so that a request can keep it while the text changes.
[[nodiscard]] inline std::shared_ptr<const Analysis> analyze(const syntax::SyntaxTree& tree) {
  return std::make_shared<const Analysis>(tree);
}

} // namespace oxt::model
