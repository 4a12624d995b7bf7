#include "features/semantic_tokens_cache.h"

#include <optional>
#include <utility>

namespace oxt::features {

using syntax::ByteRange;
using syntax::SyntaxNode;

const std::vector<SemanticToken>& SemanticTokensCache::tokens(const syntax::SyntaxTree& tree) {
  std::vector<SemanticToken> out;
  out.reserve(tokens_.size());
  std::unordered_map<const void*, Part> nodes;
  nodes.reserve(nodes_.size());
  std::vector<Part> leaves;
  leaves.reserve(leaves_.size());
  reused_ = 0;
  const std::string_view text = tree.text();
  const std::string_view oldText = source_ ? std::string_view(source_->text()) : std::string_view();

  const auto reuse = [&](const Part& old, ByteRange range) {
    const auto begin = tokens_.begin() + old.firstToken;
    for (auto token = begin; token != begin + old.tokenCount; ++token) {
      out.push_back(SemanticToken{ByteRange{token->range.start - old.range.start + range.start,
                                            token->range.end - old.range.start + range.start},
                                  token->style});
    }
    ++reused_;
  };
  // A child of an extension's body or of the file: its tokens are a function of its
  // subtree and its text alone.
  const auto part = [&](SyntaxNode node) {
    const auto range = node.byteRange();
    const auto first = static_cast<uint32_t>(out.size());
    const auto nodeText = text.substr(range.start, range.end - range.start);
    if (node.childCount() == 0) {
      const auto type = node.type();
      const auto it = leaves_.find(nodeText);
      if (it != leaves_.end() && it->second.type == type) {
        reuse(it->second, range);
      } else {
        appendSemanticTokens(tree, node, std::nullopt, out);
      }
      leaves.push_back(Part{range, first, static_cast<uint32_t>(out.size()) - first, type});
      return;
    }
    const auto* identity = node.identity();
    const auto it = identity == nullptr ? nodes_.end() : nodes_.find(identity);
    if (it != nodes_.end() &&
        oldText.substr(it->second.range.start, it->second.range.end - it->second.range.start) ==
            nodeText) {
      reuse(it->second, range);
    } else {
      appendSemanticTokens(tree, node, std::nullopt, out);
    }
    if (identity != nullptr) {
      nodes.emplace(identity, Part{range, first, static_cast<uint32_t>(out.size()) - first, {}});
    }
  };
  const auto* parts = tree.extensionParts();
  if (parts) {
    // A text in segments: the same parts, put back together from them.
    for (const auto& child : parts->before) {
      part(child);
    }
    if (parts->bodyRange.start > parts->range.start) {
      appendSemanticTokens(tree, parts->declaration,
                           ByteRange{parts->range.start, parts->bodyRange.start}, out);
    }
    for (const auto& inBody : parts->bodyChildren) {
      part(inBody);
    }
    for (const auto& child : parts->after) {
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
  const std::string_view keptText = source_->text();
  leaves_.clear();
  leaves_.reserve(leaves.size());
  for (const auto& leaf : leaves) {
    leaves_.emplace(keptText.substr(leaf.range.start, leaf.range.end - leaf.range.start), leaf);
  }
  nodes_ = std::move(nodes);
  tokens_ = std::move(out);
  return tokens_;
}

} // namespace oxt::features
