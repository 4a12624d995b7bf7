// A node of an `.oxt` syntax tree: a thin, copyable view over a tree-sitter node.
//
// Why a wrapper: the layers above the syntax layer read trees through names
// (`childByField("name")`, `type() == "action_declaration"`) and never call ts_*
// functions, so that the parser library stays an implementation detail of this
// folder. A node is valid only while the SyntaxTree it came from is alive and
// unchanged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "syntax/line_index.h"

namespace oxt::syntax {

class SyntaxNode {
public:
  SyntaxNode() = default;
  explicit SyntaxNode(TSNode node) : node_(node) {}

  /// False for the "no node" value returned when a child or field is absent.
  [[nodiscard]] bool exists() const;
  explicit operator bool() const { return exists(); }

  /// The grammar's name for the node: "action_declaration", "identifier", "{", …
  [[nodiscard]] std::string_view type() const;
  [[nodiscard]] bool isNamed() const;
  /// An ERROR node: text the parser could not fit into the grammar.
  [[nodiscard]] bool isError() const;
  /// A node the parser inserted, zero-width, where the grammar expected a token.
  [[nodiscard]] bool isMissing() const;
  /// True when this node or a descendant is an error or a missing node.
  [[nodiscard]] bool hasError() const;
  /// Comments and doc comments, which may stand anywhere.
  [[nodiscard]] bool isExtra() const;

  [[nodiscard]] ByteRange byteRange() const;
  /// The node's shared data: the same in a reparsed tree for a node the reparse
  /// reused unchanged (though its position may have moved), as long as a tree that
  /// holds it is alive. The model's incremental build keys on it.
  [[nodiscard]] const void* identity() const;
  [[nodiscard]] Point startPoint() const;
  [[nodiscard]] Point endPoint() const;

  // child(i) and namedChild(i) cost O(i): to visit every child, use forEachChild() or
  // children().
  [[nodiscard]] uint32_t childCount() const;
  [[nodiscard]] SyntaxNode child(uint32_t index) const;
  [[nodiscard]] uint32_t namedChildCount() const;
  [[nodiscard]] SyntaxNode namedChild(uint32_t index) const;
  /// Calls `visit(child)` for each child in order, with a tree cursor: child(i) walks
  /// from the first child each time, which makes a loop over a wide node (an extension
  /// of thousands of actions) quadratic. Allocates nothing: building a model walks
  /// hundreds of thousands of nodes, and a vector and a cursor per walk were a third
  /// of its time.
  template <typename Visit> void forEachChild(Visit&& visit) const;
  [[nodiscard]] std::vector<SyntaxNode> children() const;
  [[nodiscard]] std::vector<SyntaxNode> namedChildren() const;
  /// The first child in the field `field` (absent node if none).
  [[nodiscard]] SyntaxNode childByField(std::string_view field) const;
  /// Every child in the field `field`, in order (for repeated fields).
  [[nodiscard]] std::vector<SyntaxNode> childrenByField(std::string_view field) const;
  /// The field name under which child `index` sits, or "" when it has none.
  [[nodiscard]] std::string_view fieldNameOfChild(uint32_t index) const;

  [[nodiscard]] SyntaxNode parent() const;
  [[nodiscard]] SyntaxNode nextSibling() const;
  [[nodiscard]] SyntaxNode previousSibling() const;
  [[nodiscard]] SyntaxNode nextNamedSibling() const;
  [[nodiscard]] SyntaxNode previousNamedSibling() const;
  /// The first child that ends after `offset`, or none. Found by descending, not by
  /// walking the children: on a body of thousands of members it reads a few nodes.
  [[nodiscard]] SyntaxNode firstChildEndingAfter(uint32_t offset) const;

  /// The smallest node (named or not) that spans [start, end).
  [[nodiscard]] SyntaxNode descendantForRange(ByteRange range) const;
  /// The smallest named node that spans [start, end).
  [[nodiscard]] SyntaxNode namedDescendantForRange(ByteRange range) const;

  /// The node's text within `source`, the text the tree was parsed from.
  [[nodiscard]] std::string_view textIn(std::string_view source) const;

  /// The node as an S-expression, e.g. "(source_file (extension_declaration …))".
  [[nodiscard]] std::string toSExpression() const;

  friend bool operator==(const SyntaxNode& a, const SyntaxNode& b);

  /// The tree-sitter node, for the syntax layer's own use (queries).
  [[nodiscard]] TSNode tsNode() const { return node_; }

private:
  TSNode node_{};
};

namespace detail {

/// A tree cursor borrowed, for one walk over a node's children, from a pool kept per
/// thread. Walks nest (a declaration's children, then an annotation's), so the pool
/// holds one cursor per depth; each is reset rather than made anew.
class BorrowedCursor {
public:
  explicit BorrowedCursor(TSNode node);
  ~BorrowedCursor();
  BorrowedCursor(const BorrowedCursor&) = delete;
  BorrowedCursor& operator=(const BorrowedCursor&) = delete;
  BorrowedCursor(BorrowedCursor&&) = delete;
  BorrowedCursor& operator=(BorrowedCursor&&) = delete;

  [[nodiscard]] TSTreeCursor* get() const { return cursor_; }

private:
  TSTreeCursor* cursor_;
};

} // namespace detail

template <typename Visit> void SyntaxNode::forEachChild(Visit&& visit) const {
  if (!exists()) {
    return;
  }
  const detail::BorrowedCursor cursor(node_);
  if (ts_tree_cursor_goto_first_child(cursor.get())) {
    do {
      visit(SyntaxNode(ts_tree_cursor_current_node(cursor.get())));
    } while (ts_tree_cursor_goto_next_sibling(cursor.get()));
  }
}

} // namespace oxt::syntax
