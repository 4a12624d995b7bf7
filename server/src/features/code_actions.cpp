#include "features/code_actions.h"

namespace oxt::features {

std::vector<Refactoring> refactoringsAt(const syntax::SyntaxTree& tree,
                                        const model::Analysis& analysis,
                                        syntax::ByteRange selection) {
  std::vector<Refactoring> result;
  addDirectionConversions(tree, analysis, selection, result);
  addStructureExtraction(tree, analysis, selection, result);
  addMemberSorting(tree, analysis, selection, result);
  return result;
}

} // namespace oxt::features
