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

bool isClosedMember(std::string_view text, SyntaxNode member) {
  const auto type = member.type();
  if (type == "resource_declaration") {
    const auto path = member.childByField("path");
    return path && isClosedString(path.textIn(text));
  }
  if (type != "action_declaration" && type != "structure_declaration" &&
      type != "entity_declaration") {
    return false;
  }
  const auto body = member.childByField("body");
  if (!body || body.childCount() == 0) {
    return false;
  }
  const auto closing = body.child(body.childCount() - 1);
  return closing.type() == "}" && !closing.isMissing();
}

} // namespace oxt::syntax
