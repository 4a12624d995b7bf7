#include "checks/check_document.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>

#include "checks/action_diagnostics_memo.h"
#include "checks/check_registry.h"
#include "checks/syntax_errors.h"
#include "model/build_model.h"
#include "model/symbol_index.h"

namespace oxt::checks {

std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree, const CheckContext& context) {
  return checkDocument(tree, model::buildModel(tree), context);
}

namespace {

std::vector<Diagnostic> runChecks(const syntax::SyntaxTree& tree, const model::Document& document,
                                  std::function<const model::SymbolIndex&()> index,
                                  const CheckContext& context) {
  if (tree.limitProblem()) {
    return syntaxErrors(tree); // the one error that says why the text was not read
  }
  const CheckInput input{tree, document, std::move(index), context};
  std::vector<Diagnostic> diagnostics;
  runRegistry(input, input, diagnostics);
  sortByPosition(diagnostics);
  return diagnostics;
}

} // namespace

std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree,
                                      const model::Document& document,
                                      const CheckContext& context) {
  std::unique_ptr<const model::SymbolIndex> index;
  std::once_flag built; // the checks may run on two threads
  return runChecks(
      tree, document,
      [&]() -> const model::SymbolIndex& {
        std::call_once(built,
                       [&] { index = std::make_unique<const model::SymbolIndex>(document); });
        return *index;
      },
      context);
}

std::vector<Diagnostic> checkDocument(const syntax::SyntaxTree& tree,
                                      const model::Analysis& analysis,
                                      const CheckContext& context) {
  return checkReusingActions(tree, analysis, context).diagnostics;
}

} // namespace oxt::checks
