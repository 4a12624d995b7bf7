// A parsed `.oxt` text: owns the text, its line index, a tree-sitter parser and
// the current tree, and keeps them in step through edits.
//
// Why incremental: an editor sends a small edit per keystroke. applyEdit() tells
// tree-sitter what changed (ts_tree_edit) and reparses reusing the old tree, which
// reuses every subtree outside the edit. The ranges whose syntax changed are
// computed on request (changedRanges()): comparing two trees costs about a third
// of a reparse, and most callers do not need it.
#pragma once

#include <memory>
#include <optional>
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

/// The grammars the server parses: its own, and C# to read the developer's
/// `<Ext>.cs` (tree-sitter-c-sharp, see deps/tree-sitter-c-sharp).
enum class Language { Oxt, CSharp };

class SyntaxTree {
public:
  /// Parses `text` from scratch.
  explicit SyntaxTree(std::string text, Language language = Language::Oxt);
  ~SyntaxTree();
  SyntaxTree(SyntaxTree&&) noexcept;
  SyntaxTree& operator=(SyntaxTree&&) noexcept;
  SyntaxTree(const SyntaxTree&) = delete;
  SyntaxTree& operator=(const SyntaxTree&) = delete;

  /// An independent copy of the text and tree, without reparsing (the tree is shared
  /// copy-on-write by tree-sitter): another thread may read or edit it while this one
  /// goes on editing. This is how the language server checks a document off its loop.
  [[nodiscard]] SyntaxTree snapshot() const;

  [[nodiscard]] const std::string& text() const { return text_; }
  [[nodiscard]] const LineIndex& lines() const { return lines_; }
  [[nodiscard]] SyntaxNode root() const;

  /// Why the text was not parsed (too large, or nested too deeply: see
  /// syntax/text_limits.h), or nothing. When set, the tree is that of an empty text
  /// — everything that walks it finds nothing — while text() and lines() stay those
  /// of the real text, so edits still apply; the checks report the problem.
  [[nodiscard]] const std::optional<std::string>& limitProblem() const { return limitProblem_; }

  /// The text of `node`.
  [[nodiscard]] std::string_view textOf(SyntaxNode node) const { return node.textIn(text_); }

  /// Applies `edit` (its range is clamped to the text) and reparses incrementally.
  void applyEdit(const TextEdit& edit);

  /// Applies edits in order, each against the text left by the ones before it (as
  /// LSP's didChange does), reparsing once at the end.
  void applyEdits(const std::vector<TextEdit>& edits);

  /// The byte ranges, in the current text, whose syntax changed in the last
  /// applyEdit(s) call (the whole text after the first parse). Text that changed
  /// without changing the tree's shape (a renamed identifier) is not included:
  /// callers that care add the edited ranges themselves.
  [[nodiscard]] std::vector<ByteRange> changedRanges() const;

  /// Position conversions for this text (see line_index.h).
  [[nodiscard]] Position positionAt(uint32_t offset, PositionEncoding encoding) const {
    return lines_.positionAt(text_, offset, encoding);
  }
  [[nodiscard]] uint32_t offsetAt(Position position, PositionEncoding encoding) const {
    return lines_.offsetAt(text_, position, encoding);
  }

private:
  SyntaxTree(std::string text, Language language, LineIndex lines, TSTree* tree,
             std::optional<std::string> limitProblem);
  void setLanguage();
  void editTreeOnly(const TextEdit& edit);
  void reparse();

  struct ParserDeleter {
    void operator()(TSParser* parser) const;
  };
  struct TreeDeleter {
    void operator()(TSTree* tree) const;
  };

  std::string text_;
  Language language_ = Language::Oxt;
  LineIndex lines_;
  std::unique_ptr<TSParser, ParserDeleter> parser_;
  std::unique_ptr<TSTree, TreeDeleter> tree_;
  /// The tree before the last edits, edited to match the new text: the base of
  /// changedRanges(). Null after the first parse.
  std::unique_ptr<TSTree, TreeDeleter> previousTree_;
  std::optional<std::string> limitProblem_;
  /// Whether an edit since the last parse may have changed the bracket depth.
  bool depthMayHaveChanged_ = true;
};

} // namespace oxt::syntax
