// Runs every check on one parsed `.oxt` file: the entry point of the checks layer
// for the command line and the language server.
#pragma once

#include <vector>

#include "checks/check_context.h"
#include "checks/diagnostic.h"
#include "model/analysis.h"
#include "model/extension_model.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

/// All diagnostics of `tree`, sorted by position: every check of the registry
/// (check_registry.cpp) run over the model built from the tree.
[[nodiscard]] std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree,
                                                    const CheckContext& context = {});

/// The same, over a model the caller already built from `tree` (the language
/// server keeps the model for completion and hover).
[[nodiscard]] std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree,
                                                    const model::Document& document,
                                                    const CheckContext& context);

/// The same, over an analysis of `tree` (model and symbol index built already).
[[nodiscard]] std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree,
                                                    const model::Analysis& analysis,
                                                    const CheckContext& context);

} // namespace oxt::checks
