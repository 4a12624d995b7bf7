// Selection ranges ("expand selection"): for a position, the chain of ranges that
// enclose it, from the token under the cursor outwards (token → type → parameter →
// action body → action → extension body → extension → file).
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/syntax_tree.h"

namespace oxt::features {

/// The enclosing ranges of `offset`, innermost first, each strictly containing the one
/// before. Never empty: the last is the whole text. A cursor just after a name (where
/// an editor puts it after a double click or typing) selects that name.
[[nodiscard]] std::vector<syntax::ByteRange> selectionChain(const syntax::SyntaxTree& tree,
                                                            uint32_t offset);

} // namespace oxt::features
