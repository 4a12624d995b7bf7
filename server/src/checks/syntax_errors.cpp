#include "checks/syntax_errors.h"

#include <string>
#include <string_view>

namespace oxt::checks {

namespace {

using syntax::ByteRange;
using syntax::SyntaxNode;
using syntax::SyntaxTree;

bool isTypeNode(std::string_view type) {
  return type == "basic_type" || type == "type_reference" || type == "record_type" ||
         type == "list_type" || type == "identifier_type" || type == "_type";
}

/// How a message names a node kind the parser expected.
std::string describeExpected(SyntaxNode node) {
  const auto type = node.type();
  if (!node.isNamed()) {
    return "'" + std::string(type) + "'";
  }
  if (type == "identifier") {
    return "a name";
  }
  if (isTypeNode(type)) {
    return "a type";
  }
  if (type == "string") {
    return "a string";
  }
  std::string words(type);
  for (auto& c : words) {
    if (c == '_') {
      c = ' ';
    }
  }
  return words;
}

/// The last token before `offset`, skipping whitespace: what the person typed
/// just before the place where the parser got stuck.
SyntaxNode tokenBefore(const SyntaxTree& tree, uint32_t offset) {
  const auto& text = tree.text();
  while (offset > 0 && (text[offset - 1] == ' ' || text[offset - 1] == '\t' ||
                        text[offset - 1] == '\n' || text[offset - 1] == '\r')) {
    --offset;
  }
  if (offset == 0) {
    return {};
  }
  return tree.root().descendantForRange(ByteRange{offset - 1, offset});
}

/// The first token inside `node`.
SyntaxNode firstToken(SyntaxNode node) {
  while (node.childCount() > 0) {
    node = node.child(0);
  }
  return node;
}

std::string quoted(std::string_view text) {
  constexpr std::size_t kMaxShown = 30;
  std::string shown(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) {
    shown += "…";
  }
  return "'" + shown + "'";
}

Diagnostic missingDiagnostic(const SyntaxTree& tree, SyntaxNode missing) {
  const auto at = missing.byteRange().start;
  const auto before = tokenBefore(tree, at);
  std::string message = "expected " + describeExpected(missing);
  ByteRange range{at, at};
  if (before) {
    message += " after " + quoted(tree.textOf(before));
    range = before.byteRange();
  }
  return Diagnostic{kSyntaxErrorCode, Severity::Error, std::move(message), range};
}

Diagnostic errorDiagnostic(const SyntaxTree& tree, SyntaxNode error) {
  const auto range = error.byteRange();
  const auto before = tokenBefore(tree, range.start);
  const auto first = firstToken(error);
  const auto beforeText = before ? tree.textOf(before) : std::string_view();

  // Underline the first offending token, not a whole block the parser skipped.
  ByteRange underline = first.byteRange();
  if (underline.end <= underline.start) {
    underline = range;
  }
  std::string message;
  if (beforeText == ":") {
    message = "expected a type after ':'";
  } else if (beforeText == "=") {
    message = "expected a value after '='";
  } else if (beforeText == "@") {
    message = "expected an annotation name after '@'";
  } else if (range.start == range.end) {
    message = "unexpected end of file";
  } else {
    message = "unexpected " + quoted(tree.textOf(first));
  }
  return Diagnostic{kSyntaxErrorCode, Severity::Error, std::move(message), underline};
}

} // namespace

std::vector<Diagnostic> syntaxErrors(const SyntaxTree& tree) {
  std::vector<Diagnostic> diagnostics;
  const auto root = tree.root();
  if (!root.hasError()) {
    return diagnostics;
  }
  // Iterative walk: nesting depth comes from the user's file and must not be able
  // to overflow the stack.
  std::vector<SyntaxNode> pending{root};
  while (!pending.empty()) {
    const auto node = pending.back();
    pending.pop_back();
    if (node.isMissing()) {
      diagnostics.push_back(missingDiagnostic(tree, node));
      continue;
    }
    if (node.isError()) {
      diagnostics.push_back(errorDiagnostic(tree, node));
      continue;
    }
    if (!node.hasError()) {
      continue;
    }
    const auto children = node.children();
    for (auto child = children.rbegin(); child != children.rend(); ++child) {
      pending.push_back(*child);
    }
  }
  return diagnostics;
}

} // namespace oxt::checks
