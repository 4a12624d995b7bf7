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
  auto node = tree.descendantForRange(ByteRange{offset, offset});
  const bool onToken = node.childCount() == 0 && node.byteRange().start <= offset &&
                       offset < node.byteRange().end && isWordLike(node);
  if (!onToken && offset > 0) {
    // Just after a word ("Name|:", "Text|" at the end of a line): that word.
    const auto before = tree.descendantForRange(ByteRange{offset - 1, offset - 1});
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
  // In a text cut into segments, the extension and its body span them all: their
  // ranges come from extensionParts(), not from the segment's tree.
  const auto* parts = tree.extensionParts();
  for (auto node = leafAt(tree, offset); node; node = node.parent()) {
    auto range = node.byteRange();
    if (parts && node.type() == "source_file") {
      continue; // a segment's root: the whole text comes last
    }
    if (parts && node.type() == "extension_body") {
      range = parts->bodyRange;
    } else if (parts && node.type() == "extension_declaration") {
      range = parts->range;
    }
    if (!chain.empty() && !contains(range, chain.back())) {
      continue; // a zero-width MISSING node's parent may start after it; skip, never shrink
    }
    if (node.isMissing()) {
      continue;
    }
    push(range);
  }
  if (parts) {
    // Between a segment's last member and the next segment, the segment's tree has
    // no node but its root: the body and the extension still hold the offset.
    for (const auto range : {parts->bodyRange, parts->range}) {
      if (range.start <= offset && offset < range.end) {
        push(range);
      }
    }
  }
  push(ByteRange{0, size});
  return chain;
}

} // namespace oxt::features
