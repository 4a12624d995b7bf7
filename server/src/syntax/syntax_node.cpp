#include "syntax/syntax_node.h"

#include <cstring>

#include <cstdlib>
#include <deque>
#include <memory>

#include "syntax/oxt_language.h"

namespace oxt::syntax {

namespace {
uint32_t fieldLength(std::string_view field) { return static_cast<uint32_t>(field.size()); }

/// The names of a language's symbols, each with its length. type() is the call every
/// walk makes most, and ts_node_type answers with a C string whose length each
/// comparison then measured again: a fifth of reading the model of a large file was
/// spent naming nodes.
class SymbolNames {
public:
  explicit SymbolNames(const TSLanguage* language) : language_(language) {
    const auto count = ts_language_symbol_count(language);
    names_.reserve(count);
    for (uint32_t symbol = 0; symbol < count; ++symbol) {
      names_.emplace_back(ts_language_symbol_name(language, static_cast<TSSymbol>(symbol)));
    }
  }

  [[nodiscard]] const TSLanguage* language() const { return language_; }

  /// The name of `symbol` (a public symbol, as ts_node_symbol gives), if it is one of
  /// the grammar's own: the error symbols tree-sitter adds are not in the table.
  [[nodiscard]] const std::string_view* find(TSSymbol symbol) const {
    return symbol < names_.size() ? &names_[symbol] : nullptr;
  }

private:
  const TSLanguage* language_;
  std::vector<std::string_view> names_;
};

/// The table of the language `node` comes from, when it is one the server parses.
const SymbolNames* symbolNamesOf(TSNode node) {
  static const SymbolNames oxt(tree_sitter_oxt());
  static const SymbolNames csharp(tree_sitter_c_sharp());
  const auto* language = ts_tree_language(node.tree);
  if (language == oxt.language()) {
    return &oxt;
  }
  return language == csharp.language() ? &csharp : nullptr;
}

} // namespace

bool SyntaxNode::exists() const { return node_.id != nullptr && !ts_node_is_null(node_); }

std::string_view SyntaxNode::type() const {
  if (!exists()) {
    return "";
  }
  if (const auto* names = symbolNamesOf(node_)) {
    if (const auto* name = names->find(ts_node_symbol(node_))) {
      return *name;
    }
  }
  return ts_node_type(node_);
}
bool SyntaxNode::isNamed() const { return exists() && ts_node_is_named(node_); }
bool SyntaxNode::isError() const {
  return exists() && ts_node_symbol(node_) == static_cast<TSSymbol>(-1);
}
bool SyntaxNode::isMissing() const { return exists() && ts_node_is_missing(node_); }
bool SyntaxNode::hasError() const { return exists() && ts_node_has_error(node_); }
bool SyntaxNode::isExtra() const { return exists() && ts_node_is_extra(node_); }

ByteRange SyntaxNode::byteRange() const {
  if (!exists()) {
    return {};
  }
  return ByteRange{ts_node_start_byte(node_), ts_node_end_byte(node_)};
}

Point SyntaxNode::startPoint() const {
  if (!exists()) {
    return {};
  }
  const auto point = ts_node_start_point(node_);
  return Point{point.row, point.column};
}

Point SyntaxNode::endPoint() const {
  if (!exists()) {
    return {};
  }
  const auto point = ts_node_end_point(node_);
  return Point{point.row, point.column};
}

uint32_t SyntaxNode::childCount() const { return exists() ? ts_node_child_count(node_) : 0; }
SyntaxNode SyntaxNode::child(uint32_t index) const {
  return index < childCount() ? SyntaxNode(ts_node_child(node_, index)) : SyntaxNode();
}
uint32_t SyntaxNode::namedChildCount() const {
  return exists() ? ts_node_named_child_count(node_) : 0;
}
SyntaxNode SyntaxNode::namedChild(uint32_t index) const {
  return index < namedChildCount() ? SyntaxNode(ts_node_named_child(node_, index)) : SyntaxNode();
}

namespace {

/// The cursors of this thread's walks, one per depth of nesting. A deque, so that a
/// deeper walk's cursor does not move those of the walks around it.
class CursorPool {
public:
  CursorPool() = default;
  CursorPool(const CursorPool&) = delete;
  CursorPool& operator=(const CursorPool&) = delete;
  CursorPool(CursorPool&&) = delete;
  CursorPool& operator=(CursorPool&&) = delete;
  ~CursorPool() {
    for (auto& cursor : cursors_) {
      ts_tree_cursor_delete(&cursor);
    }
  }

  TSTreeCursor* borrow(TSNode node) {
    if (inUse_ == cursors_.size()) {
      cursors_.push_back(ts_tree_cursor_new(node));
    } else {
      ts_tree_cursor_reset(&cursors_[inUse_], node);
    }
    return &cursors_[inUse_++];
  }

  void giveBack() { --inUse_; }

private:
  std::deque<TSTreeCursor> cursors_;
  std::size_t inUse_ = 0;
};

CursorPool& cursorPool() {
  thread_local CursorPool pool;
  return pool;
}

/// Visits the children of `node` in order with their field names (forEachChild without
/// them). The field name costs a search of the language's field map per child.
template <typename Visit> void visitChildrenWithFields(TSNode node, Visit&& visit) {
  const detail::BorrowedCursor borrowed(node);
  auto* cursor = borrowed.get();
  if (ts_tree_cursor_goto_first_child(cursor)) {
    do {
      visit(ts_tree_cursor_current_node(cursor), ts_tree_cursor_current_field_name(cursor));
    } while (ts_tree_cursor_goto_next_sibling(cursor));
  }
}

} // namespace

detail::BorrowedCursor::BorrowedCursor(TSNode node) : cursor_(cursorPool().borrow(node)) {}
detail::BorrowedCursor::~BorrowedCursor() { cursorPool().giveBack(); }

const void* SyntaxNode::identity() const {
  // TSNode::id is the address of the node's slot in its parent's array of children:
  // a reparse rebuilds the parents around an edit, so the slot moves even when the
  // node is reused. The slot holds tree-sitter's `Subtree`, a union whose usual form
  // is a pointer to the node's reference-counted data, which a reused node keeps.
  // (Its other form, a small leaf stored in place, reads as an odd value that equals
  // no such pointer.) tests/model/incremental_model_test.cpp checks that members are
  // reused, so a runtime that changed this would be noticed, not silently slow.
  if (node_.id == nullptr) {
    return nullptr;
  }
  const void* data = nullptr;
  std::memcpy(static_cast<void*>(&data), node_.id, sizeof data);
  return data;
}

std::vector<SyntaxNode> SyntaxNode::children() const {
  std::vector<SyntaxNode> result;
  result.reserve(childCount());
  forEachChild([&](SyntaxNode child) { result.push_back(child); });
  return result;
}

std::vector<SyntaxNode> SyntaxNode::namedChildren() const {
  std::vector<SyntaxNode> result;
  forEachChild([&](SyntaxNode child) {
    if (child.isNamed()) {
      result.push_back(child);
    }
  });
  return result;
}

SyntaxNode SyntaxNode::childByField(std::string_view field) const {
  if (!exists()) {
    return {};
  }
  return SyntaxNode(ts_node_child_by_field_name(node_, field.data(), fieldLength(field)));
}

std::vector<SyntaxNode> SyntaxNode::childrenByField(std::string_view field) const {
  std::vector<SyntaxNode> result;
  if (exists()) {
    visitChildrenWithFields(node_, [&](TSNode child, const char* name) {
      if (name != nullptr && field == name) {
        result.emplace_back(child);
      }
    });
  }
  return result;
}

std::string_view SyntaxNode::fieldNameOfChild(uint32_t index) const {
  if (index >= childCount()) {
    return "";
  }
  const char* name = ts_node_field_name_for_child(node_, index);
  return name != nullptr ? std::string_view(name) : std::string_view();
}

SyntaxNode SyntaxNode::parent() const {
  return exists() ? SyntaxNode(ts_node_parent(node_)) : SyntaxNode();
}
SyntaxNode SyntaxNode::nextSibling() const {
  return exists() ? SyntaxNode(ts_node_next_sibling(node_)) : SyntaxNode();
}
SyntaxNode SyntaxNode::previousSibling() const {
  return exists() ? SyntaxNode(ts_node_prev_sibling(node_)) : SyntaxNode();
}
SyntaxNode SyntaxNode::firstChildEndingAfter(uint32_t offset) const {
  return exists() ? SyntaxNode(ts_node_first_child_for_byte(node_, offset)) : SyntaxNode();
}
SyntaxNode SyntaxNode::nextNamedSibling() const {
  return exists() ? SyntaxNode(ts_node_next_named_sibling(node_)) : SyntaxNode();
}
SyntaxNode SyntaxNode::previousNamedSibling() const {
  return exists() ? SyntaxNode(ts_node_prev_named_sibling(node_)) : SyntaxNode();
}

SyntaxNode SyntaxNode::descendantForRange(ByteRange range) const {
  if (!exists()) {
    return {};
  }
  return SyntaxNode(ts_node_descendant_for_byte_range(node_, range.start, range.end));
}

SyntaxNode SyntaxNode::namedDescendantForRange(ByteRange range) const {
  if (!exists()) {
    return {};
  }
  return SyntaxNode(ts_node_named_descendant_for_byte_range(node_, range.start, range.end));
}

std::string_view SyntaxNode::textIn(std::string_view source) const {
  const auto range = byteRange();
  if (range.start > source.size() || range.end > source.size() || range.end < range.start) {
    return {};
  }
  return source.substr(range.start, range.end - range.start);
}

std::string SyntaxNode::toSExpression() const {
  if (!exists()) {
    return "";
  }
  // ts_node_string returns a malloc'ed buffer that we own.
  const std::unique_ptr<char, decltype(&std::free)> text(ts_node_string(node_), &std::free);
  return text ? std::string(text.get()) : std::string();
}

bool operator==(const SyntaxNode& a, const SyntaxNode& b) {
  if (!a.exists() || !b.exists()) {
    return a.exists() == b.exists();
  }
  return ts_node_eq(a.node_, b.node_);
}

} // namespace oxt::syntax
