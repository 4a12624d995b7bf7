// A parsed `.oxt` text: owns the text, its line index, a tree-sitter parser and
// the current tree, and keeps them in step through edits.
//
// Why incremental: an editor sends a small edit per keystroke. applyEdit() tells
// tree-sitter what changed (ts_tree_edit) and reparses reusing the old tree, which
// costs time in proportion to the edit, not to the file. The ranges whose syntax
// changed are returned so that later layers can limit their work to them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/line_index.h"
#include "syntax/syntax_node.h"

struct TSParser;
struct TSTree;

namespace oxt::syntax {

/// Replace the bytes of `range` with `newText`.
struct TextEdit {
  ByteRange range;
  std::string newText;
};

class SyntaxTree {
public:
  /// Parses `text` from scratch.
  explicit SyntaxTree(std::string text);
  ~SyntaxTree();
  SyntaxTree(SyntaxTree&&) noexcept;
  SyntaxTree& operator=(SyntaxTree&&) noexcept;
  SyntaxTree(const SyntaxTree&) = delete;
  SyntaxTree& operator=(const SyntaxTree&) = delete;

  [[nodiscard]] const std::string& text() const { return text_; }
  [[nodiscard]] const LineIndex& lines() const { return lines_; }
  [[nodiscard]] SyntaxNode root() const;

  /// The text of `node`.
  [[nodiscard]] std::string_view textOf(SyntaxNode node) const { return node.textIn(text_); }

  /// Applies `edit` (its range is clamped to the text) and reparses incrementally.
  /// Returns the byte ranges, in the new text, whose syntax changed.
  std::vector<ByteRange> applyEdit(const TextEdit& edit);

  /// Applies edits in order, each against the text left by the ones before it (as
  /// LSP's didChange does), reparsing once at the end. Returns the changed ranges.
  std::vector<ByteRange> applyEdits(const std::vector<TextEdit>& edits);

  /// Position conversions for this text (see line_index.h).
  [[nodiscard]] Position positionAt(uint32_t offset, PositionEncoding encoding) const {
    return lines_.positionAt(text_, offset, encoding);
  }
  [[nodiscard]] uint32_t offsetAt(Position position, PositionEncoding encoding) const {
    return lines_.offsetAt(text_, position, encoding);
  }

private:
  void editTreeOnly(const TextEdit& edit);
  void reparse();

  struct ParserDeleter {
    void operator()(TSParser* parser) const;
  };
  struct TreeDeleter {
    void operator()(TSTree* tree) const;
  };

  std::string text_;
  LineIndex lines_;
  std::unique_ptr<TSParser, ParserDeleter> parser_;
  std::unique_ptr<TSTree, TreeDeleter> tree_;
};

} // namespace oxt::syntax
