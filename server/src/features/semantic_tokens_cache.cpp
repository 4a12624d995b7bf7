#include "features/semantic_tokens_cache.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace oxt::features {

using syntax::ByteRange;
using syntax::SyntaxNode;

namespace {

/// How many parts after the expected one are looked at: the members one edit inserts
/// or removes, typed or pasted.
constexpr std::size_t kNearbyParts = 8;

} // namespace

const SemanticTokensCache::Part* SemanticTokensCache::previousPart(const syntax::SyntaxTree& tree,
                                                                   SyntaxNode node,
                                                                   std::size_t& next) const {
  if (!source_) {
    return nullptr;
  }
  const auto range = node.byteRange();
  const auto nodeText = tree.textOf(node);
  const bool leaf = node.childCount() == 0;
  const void* identity = leaf ? nullptr : node.identity();
  if (!leaf && identity == nullptr) {
    return nullptr;
  }
  const std::string_view oldText = source_->text();
  // A node's tokens follow from its subtree and text; a leaf's (re-lexed by every
  // reparse, so with a new identity) from its type and text.
  const auto repeats = [&](const Part& old) {
    if (leaf ? old.identity != nullptr || old.type != node.type() : old.identity != identity) {
      return false;
    }
    return oldText.substr(old.range.start, old.range.end - old.range.start) == nodeText;
  };
  const auto found = [&](std::size_t at) {
    next = at + 1;
    return &parts_[at];
  };
  for (auto at = next; at < std::min(next + kNearbyParts, parts_.size()); ++at) {
    if (repeats(parts_[at])) {
      return found(at);
    }
  }
  // After the edit: at the same distance from the end of the text.
  const auto fromEnd = static_cast<int64_t>(tree.text().size()) - range.start;
  const auto oldStart = static_cast<int64_t>(oldText.size()) - fromEnd;
  if (oldStart < 0) {
    return nullptr;
  }
  const auto at =
      std::lower_bound(parts_.begin(), parts_.end(), static_cast<uint32_t>(oldStart),
                       [](const Part& part, uint32_t start) { return part.range.start < start; });
  if (at != parts_.end() && at->range.start == static_cast<uint32_t>(oldStart) && repeats(*at)) {
    return found(static_cast<std::size_t>(at - parts_.begin()));
  }
  return nullptr;
}

const std::vector<SemanticToken>& SemanticTokensCache::tokens(const syntax::SyntaxTree& tree) {
  std::vector<SemanticToken> out;
  out.reserve(tokens_.size());
  std::vector<Part> parts;
  parts.reserve(parts_.size());
  reused_ = 0;
  std::size_t next = 0; // the previous part expected next

  // A child of an extension's body or of the file: its tokens are a function of its
  // subtree and its text alone.
  const auto part = [&](SyntaxNode node) {
    const auto range = node.byteRange();
    const auto first = static_cast<uint32_t>(out.size());
    if (const auto* old = previousPart(tree, node, next)) {
      const auto begin = tokens_.begin() + old->firstToken;
      for (auto token = begin; token != begin + old->tokenCount; ++token) {
        out.push_back(SemanticToken{ByteRange{token->range.start - old->range.start + range.start,
                                              token->range.end - old->range.start + range.start},
                                    token->style});
      }
      ++reused_;
    } else {
      appendSemanticTokens(tree, node, std::nullopt, out);
    }
    const bool leaf = node.childCount() == 0;
    parts.push_back(Part{range, first, static_cast<uint32_t>(out.size()) - first,
                         leaf ? nullptr : node.identity(),
                         leaf ? node.type() : std::string_view()});
  };
  const auto* segmented = tree.extensionParts();
  if (segmented) {
    // A text in segments: the same parts, put back together from them.
    for (const auto& child : segmented->before) {
      part(child);
    }
    if (segmented->bodyRange.start > segmented->range.start) {
      appendSemanticTokens(tree, segmented->declaration,
                           ByteRange{segmented->range.start, segmented->bodyRange.start}, out);
    }
    for (const auto& inBody : segmented->bodyChildren) {
      part(inBody);
    }
    for (const auto& child : segmented->after) {
      part(child);
    }
  } else {
    for (const auto& child : tree.root().children()) {
      const auto body =
          child.type() == "extension_declaration" ? child.childByField("body") : SyntaxNode();
      if (!body) {
        part(child);
        continue;
      }
      // The header (annotations, keyword, name) and whatever follows the body, each by
      // a query on the extension limited to that range (patterns such as the
      // extension's name need the extension node); the body child by child.
      const auto extension = child.byteRange();
      const auto bodyRange = body.byteRange();
      if (bodyRange.start > extension.start) {
        appendSemanticTokens(tree, child, ByteRange{extension.start, bodyRange.start}, out);
      }
      for (const auto& inBody : body.children()) {
        part(inBody);
      }
      if (extension.end > bodyRange.end) {
        appendSemanticTokens(tree, child, ByteRange{bodyRange.end, extension.end}, out);
      }
    }
  }
  source_ = std::make_unique<const syntax::SyntaxTree>(tree.snapshot());
  parts_ = std::move(parts);
  tokens_ = std::move(out);
  return tokens_;
}

} // namespace oxt::features
