// Folding ranges of an `.oxt` file: every body the grammar's folds.scm names
// (extension, action, structure, entity bodies; multi-line annotation arguments and
// block comments), and blocks of consecutive `//` or `///` lines.
//
// Why folds.scm: an editor that folds with tree-sitter (Neovim, Helix) and one that
// asks the server (VS Code) fold the same constructs. The server does not run the query
// (a query over a file of 20,000 actions cost 150 ms, a walk a tenth of it): it folds
// the node types foldedNodeTypes() lists, which a test compares with folds.scm.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "syntax/syntax_tree.h"

namespace oxt::features {

enum class FoldKind {
  Region,  // a body: LSP sends no kind for it
  Comment, // a block comment or a run of line comments
};

struct FoldingRange {
  uint32_t startLine = 0;
  uint32_t endLine = 0;
  /// Where the fold starts and ends within its lines (after `{`, before `}`), for
  /// clients that fold parts of lines; absent for comments and line-only folding.
  std::optional<uint32_t> startOffset;
  std::optional<uint32_t> endOffset;
  FoldKind kind = FoldKind::Region;
};

/// The node types folds.scm captures: bodies, annotation arguments, comments.
[[nodiscard]] std::span<const std::string_view> foldedNodeTypes();

/// Calls `visit(node)` for the nodes folds are made of, in document order: every node of
/// foldedNodeTypes() that spans lines, and every comment and doc comment that starts its
/// line; some others too. It does not go below a node on one line (a parameter, an
/// attribute), which can hold none of them: that is most of a file's nodes.
void forEachFoldingNode(const syntax::SyntaxTree& tree,
                        const std::function<void(syntax::SyntaxNode)>& visit);

/// The folds of `tree`, sorted by start line. With `lineFoldingOnly` (the client
/// folds whole lines), a body ends on the line before its `}` so that the `}` stays
/// visible, and ranges left with one line are dropped.
[[nodiscard]] std::vector<FoldingRange> foldingRanges(const syntax::SyntaxTree& tree,
                                                      bool lineFoldingOnly);

} // namespace oxt::features
