// Semantic tokens: the grammar's highlights.scm run by the server, its capture names
// mapped to LSP's standard token types and modifiers.
//
// Why the highlights query: editors that highlight `.oxt` with tree-sitter (Neovim,
// Helix, Zed) and those that ask the server (VS Code) then colour the same text the
// same way, and a change to the grammar's highlighting reaches both. The mapping is a
// table (captureStyles) that the tests hold against every capture of the query, so the
// two cannot drift apart.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "syntax/syntax_tree.h"

namespace oxt::features {

/// The legend's token types, in legend order (the value is the index LSP sends).
enum class TokenType : uint32_t {
  Namespace,
  Type,
  Function,
  Parameter,
  Property,
  Decorator,
  EnumMember,
  String,
  Regexp,
  Number,
  Keyword,
  Comment,
  Operator,
};

/// The legend's token modifiers, as bits (bit i is legend entry i).
namespace token_modifier {
inline constexpr uint32_t kDeclaration = 1U << 0U;
inline constexpr uint32_t kDefaultLibrary = 1U << 1U;
inline constexpr uint32_t kDocumentation = 1U << 2U;
} // namespace token_modifier

/// The legend: LSP's names of the types and modifiers above, in order.
[[nodiscard]] const std::vector<std::string_view>& tokenTypeNames();
[[nodiscard]] const std::vector<std::string_view>& tokenModifierNames();

struct TokenStyle {
  TokenType type = TokenType::Keyword;
  uint32_t modifiers = 0;
  friend bool operator==(const TokenStyle&, const TokenStyle&) = default;
};

/// One row of the mapping: a capture name of highlights.scm and its style, or none for
/// captures that are deliberately not sent (punctuation: editors colour it anyway).
struct CaptureStyle {
  std::string_view capture;
  std::optional<TokenStyle> style;
};

[[nodiscard]] const std::vector<CaptureStyle>& captureStyles();

/// The row of `capture`, or nullptr when the table does not know it.
[[nodiscard]] const CaptureStyle* findCaptureStyle(std::string_view capture);

struct SemanticToken {
  syntax::ByteRange range; // never spans a line break
  TokenStyle style;
};

/// The tokens of `tree` in document order, without overlaps (an escape sequence
/// splits its string), multi-line tokens cut at line ends. With `range`, only the
/// tokens that intersect it. Names where they are declared carry kDeclaration.
[[nodiscard]] std::vector<SemanticToken>
semanticTokens(const syntax::SyntaxTree& tree, std::optional<syntax::ByteRange> range = {});

/// Appends the tokens of the subtree under `root` (a node of `tree`) to `out`, as
/// semanticTokens() finds them for that subtree: what the cache (semantic_tokens_cache.h)
/// runs for one member. The query patterns see only the subtree, so a pattern whose
/// top node is an ancestor of `root` does not match; highlights.scm has none that
/// reaches into a member from outside it.
void appendSemanticTokens(const syntax::SyntaxTree& tree, syntax::SyntaxNode root,
                          std::optional<syntax::ByteRange> range, std::vector<SemanticToken>& out);

/// `tokens` (in document order, as above) in LSP's relative form: five integers each
/// (delta line, delta start, length, type, modifiers), characters counted in
/// `encoding`. One pass over the lines: each token's position continues from the
/// previous token's instead of being looked up from scratch.
[[nodiscard]] std::vector<uint32_t> encodeSemanticTokens(const std::vector<SemanticToken>& tokens,
                                                         const syntax::SyntaxTree& tree,
                                                         syntax::PositionEncoding encoding);

} // namespace oxt::features
