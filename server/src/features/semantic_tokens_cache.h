// The semantic tokens of one open document, kept between versions so that a request
// after an edit recomputes only the parts of the document the edit touched.
//
// Why: VS Code asks for the whole document's tokens after every edit, and on a file
// of thousands of actions running the highlights and locals queries over the whole
// tree costs a hundred milliseconds on the server's loop thread. The tokens of a
// child of an extension's body (a member, or a comment between members) depend only
// on its subtree and its text: no pattern of highlights.scm or locals.scm reaches into
// a member from an ancestor. Tree-sitter's incremental reparse reuses the subtree of
// every member an edit did not touch, so a member whose subtree is the same as in the
// cached version (SyntaxNode::identity) and whose text is unchanged has the same
// tokens, moved by how far it moved. A leaf (a comment, a brace) is re-lexed by the
// reparse and gets a new identity, but its tokens follow from its type and text, so
// leaves are looked up by those. Everything new or edited goes through the queries as
// before, on that node only; so does the extension's header (it is short).
//
// Parts are matched in document order: the one after the last match, a few after it
// (members an edit inserted or removed), or the one at the same distance from the end
// of the text (after a larger insertion or deletion). Edits in several places at once
// (a rename everywhere, a formatting) may leave parts unmatched: those are computed
// again, which is what a first request costs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "features/semantic_tokens.h"
#include "syntax/syntax_tree.h"

namespace oxt::features {

class SemanticTokensCache {
public:
  /// The tokens of `tree`, equal to semanticTokens(tree), reusing those of the parts
  /// unchanged since the previous call. Valid until the next call.
  [[nodiscard]] const std::vector<SemanticToken>& tokens(const syntax::SyntaxTree& tree);

  /// How many parts (members, comments) the last call reused, for benchmarks and tests.
  [[nodiscard]] std::size_t lastReusedParts() const { return reused_; }

private:
  /// A part of the cached version: where it was and which of tokens_ are its.
  struct Part {
    syntax::ByteRange range;
    uint32_t firstToken = 0;
    uint32_t tokenCount = 0;
    const void* identity = nullptr; // SyntaxNode::identity; nullptr for leaves
    std::string_view type;          // the grammar's name, for leaves (static storage)
  };

  /// The part of the cached version that `node` (of `tree`) repeats, or nullptr.
  [[nodiscard]] const Part* previousPart(const syntax::SyntaxTree& tree, syntax::SyntaxNode node,
                                         std::size_t& next) const;

  /// The version tokens_ belong to. Keeping it keeps its subtrees alive, so that an
  /// identity in parts_ cannot be taken by another node; its text is what a reused
  /// part's text is compared with.
  std::unique_ptr<const syntax::SyntaxTree> source_;
  /// In document order, as the next call meets them: a part is looked for where the
  /// last one was found, which after an edit is almost always right, so no table of
  /// tens of thousands of parts is built or searched on each request.
  std::vector<Part> parts_;
  std::vector<SemanticToken> tokens_;
  std::size_t reused_ = 0;
};

} // namespace oxt::features
