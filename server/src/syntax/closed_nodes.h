// Whether a body or a string of an `.oxt` file is closed.
//
// Why here: the grammar lets a body's `}` and a string's closing `"` be absent, so that
// what follows keeps its shape while someone types (grammar/grammar.js). A missing one
// is then no error node: the syntax-error check reports it, and completion needs to
// know that a member is complete before it skips reading it. Both ask these questions.
#pragma once

#include <string_view>

#include "syntax/syntax_tree.h"

namespace oxt::syntax {

/// Whether the text of a string literal ends with a '"' that closes it: one that no
/// backslash escapes (escapes are a backslash and one character, or `\u{…}`, which
/// ends with '}').
[[nodiscard]] bool isClosedString(std::string_view text);

/// Whether `node` is an action, structure or entity declaration that parsed without
/// error and ends with its body's `}` (nothing inside a body ends with one).
[[nodiscard]] bool isClosedBodyDeclaration(const SyntaxTree& tree, SyntaxNode node);

} // namespace oxt::syntax
