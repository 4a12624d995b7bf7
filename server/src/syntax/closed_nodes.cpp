#include "syntax/closed_nodes.h"

namespace oxt::syntax {

bool isClosedString(std::string_view text) {
  if (text.size() < 2 || text.back() != '"') {
    return false;
  }
  std::size_t backslashes = 0;
  for (auto i = text.size() - 1; i > 1 && text[i - 1] == '\\'; --i) {
    ++backslashes;
  }
  return backslashes % 2 == 0;
}

bool isClosedBodyDeclaration(const SyntaxTree& tree, SyntaxNode node) {
  const auto type = node.type();
  if (node.hasError() || (type != "action_declaration" && type != "structure_declaration" &&
                          type != "entity_declaration")) {
    return false;
  }
  const auto text = tree.textOf(node);
  return !text.empty() && text.back() == '}';
}

} // namespace oxt::syntax
