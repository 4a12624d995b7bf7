// Whether a body or a string of an `.oxt` file is closed.
//
// Why here: the grammar lets a body's `}` and a string's closing `"` be absent, so that
// what follows keeps its shape while someone types (grammar/grammar.js). A missing one
// is then no error node: the syntax-error check reports it, completion needs to know
// that a member is complete before it skips reading it, and a segment of a large text
// must end with a complete member. All ask these questions.
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

/// Whether `member`, a declaration in an extension's body, is complete whatever it holds:
/// an action, structure or entity whose body ends with its `}`, or a resource whose path
/// string is closed. (A member that also has no error is what completion may skip, and
/// what a segment of a large text must end with: syntax_tree.h.)
[[nodiscard]] bool isClosedMember(std::string_view text, SyntaxNode member);

} // namespace oxt::syntax
