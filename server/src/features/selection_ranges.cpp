#include "features/selection_ranges.h"

#include <algorithm>

namespace oxt::features {

namespace {

using syntax::ByteRange;
using syntax::SyntaxNode;

bool contains(ByteRange outer, ByteRange inner) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/// A token a user would select as a word: a name, a literal, a keyword.
bool isWordLike(SyntaxNode node) {
  const auto type = node.type();
  return node.childCount() == 0 && !type.empty() &&
         ((type[0] >= 'a' && type[0] <= 'z') || (type[0] >= 'A' && type[0] <= 'Z'));
}

SyntaxNode leafAt(const syntax::SyntaxTree& tree, uint32_t offset) {
  const auto root = tree.root();
  auto node = root.descendantForRange(ByteRange{offset, offset});
  const bool onToken = node.childCount() == 0 && node.byteRange().start <= offset &&
                       offset < node.byteRange().end && isWordLike(node);
  if (!onToken && offset > 0) {
    // Just after a word ("Name|:", "Text|" at the end of a line): that word.
    const auto before = root.descendantForRange(ByteRange{offset - 1, offset - 1});
    if (isWordLike(before) && before.byteRange().end == offset) {
      return before;
    }
  }
  return node;
}

} // namespace

std::vector<ByteRange> selectionChain(const syntax::SyntaxTree& tree, uint32_t offset) {
  const auto size = static_cast<uint32_t>(tree.text().size());
  offset = std::min(offset, size);
  std::vector<ByteRange> chain;
  const auto push = [&chain](ByteRange range) {
    // Keep only ranges that strictly grow (a node often spans exactly its only child).
    if (range.end < range.start) {
      return;
    }
    if (chain.empty() || (contains(range, chain.back()) && range != chain.back())) {
      chain.push_back(range);
    }
  };
  for (auto node = leafAt(tree, offset); node; node = node.parent()) {
    const auto range = node.byteRange();
    if (!chain.empty() && !contains(range, chain.back())) {
      continue; // a zero-width MISSING node's parent may start after it; skip, never shrink
    }
    if (node.isMissing()) {
      continue;
    }
    push(range);
  }
  push(ByteRange{0, size});
  return chain;
}

} // namespace oxt::features
