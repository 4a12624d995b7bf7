// A compiled tree-sitter query over `.oxt` trees (the grammar's queries/*.scm), and
// its captures in a tree.
//
// Why in the syntax layer: the editor features reuse the grammar's own queries
// (highlights.scm for semantic tokens, folds.scm for folding ranges) so that what
// an editor colours or folds with tree-sitter and what the language server sends
// cannot disagree; the ts_query_* calls stay in this folder like every ts_* call.
// Predicates (`#eq?`, `#match?`) are not evaluated: the grammar's queries use none.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "syntax/line_index.h"
#include "syntax/syntax_node.h"
#include "syntax/syntax_tree.h"

struct TSQuery;

namespace oxt::syntax {

/// Why a query did not compile, and where.
struct QueryError {
  uint32_t offset = 0;
  std::string message;
};

/// One capture: the capture's index into captureNames() and the captured node.
struct QueryCapture {
  uint32_t index = 0;
  SyntaxNode node;
};

class SyntaxQuery {
public:
  /// Compiles `source` for the `.oxt` language.
  [[nodiscard]] static std::variant<SyntaxQuery, QueryError> compile(std::string_view source);

  /// The capture names, without '@' ("keyword", "type.builtin"), by index.
  [[nodiscard]] const std::vector<std::string>& captureNames() const { return names_; }

  /// Every capture of the query under `root`, in document order; only the nodes that
  /// intersect `range` when given. Safe to call from several threads at once.
  [[nodiscard]] std::vector<QueryCapture> captures(SyntaxNode root,
                                                   std::optional<ByteRange> range = {}) const;

  /// Every capture in the trees of `tree` (syntax_tree.h), in document order: each
  /// segment's captures of the nodes that start in what it owns. The extension's
  /// declaration and body, which span segments, come once, from the first segment,
  /// and are cut short at its end: callers that need their extent take it from
  /// SyntaxTree::extensionParts().
  [[nodiscard]] std::vector<QueryCapture> captures(const SyntaxTree& tree) const;

private:
  struct QueryDeleter {
    void operator()(TSQuery* query) const;
  };
  explicit SyntaxQuery(TSQuery* query);

  std::shared_ptr<TSQuery> query_;
  std::vector<std::string> names_;
};

} // namespace oxt::syntax
