#include "features/folding_ranges.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "syntax/node_walk.h"

namespace oxt::features {

namespace {

using syntax::ByteRange;
using syntax::SyntaxNode;
using syntax::SyntaxTree;

/// True when only spaces or tabs come before `offset` on its line.
bool startsItsLine(const SyntaxTree& tree, uint32_t offset) {
  const auto& lines = tree.lines();
  const auto start = lines.lineStart(lines.lineOfOffset(offset));
  const std::string_view before(tree.text().data() + start, offset - start);
  return before.find_first_not_of(" \t\xEF\xBB\xBF") == std::string_view::npos; // BOM too
}

/// The last line holding the node's text (a node ending right after a line break ends
/// on the line before).
uint32_t lastLineOf(const SyntaxTree& tree, ByteRange range) {
  const auto end = range.end > range.start ? range.end - 1 : range.end;
  return tree.lines().lineOfOffset(end);
}

/// The fold of a body that spans `range` and whose last child is `last`.
std::optional<FoldingRange> bodyFold(const SyntaxTree& tree, ByteRange range, SyntaxNode last,
                                     bool lineFoldingOnly) {
  const auto& lines = tree.lines();
  FoldingRange fold;
  fold.startLine = lines.lineOfOffset(range.start);
  SyntaxNode closer;
  if (last && (last.type() == "}" || last.type() == ")") && !last.isMissing()) {
    closer = last;
  }
  if (closer) {
    const auto closerLine = lines.lineOfOffset(closer.byteRange().start);
    fold.endLine = closerLine;
    if (lineFoldingOnly && closerLine > fold.startLine &&
        startsItsLine(tree, closer.byteRange().start)) {
      fold.endLine = closerLine - 1; // the `}` stays visible
    }
  } else {
    fold.endLine = lastLineOf(tree, range); // an open body ends where its text ends
  }
  if (!lineFoldingOnly) {
    fold.startOffset = range.start + 1; // after `{` or `(`
    fold.endOffset = closer ? closer.byteRange().start : range.end;
  }
  if (fold.endLine <= fold.startLine) {
    return std::nullopt;
  }
  return fold;
}

constexpr std::array<std::string_view, 6> kFoldedNodeTypes{"extension_body",       "action_body",
                                                           "structure_body",       "entity_body",
                                                           "annotation_arguments", "comment"};

/// Runs of line comments (`//` with `//`, `///` with `///`), each alone on its line,
/// on consecutive lines: told each comment in document order.
class CommentRuns {
public:
  CommentRuns(const SyntaxTree& tree, std::vector<FoldingRange>& folds)
      : tree_(tree), folds_(folds) {}

  void add(SyntaxNode comment, bool doc) {
    const auto range = comment.byteRange();
    const bool lineComment = tree_.textOf(comment).starts_with("//");
    const auto line = tree_.lines().lineOfOffset(range.start);
    if (!lineComment || !startsItsLine(tree_, range.start)) {
      close();
      return;
    }
    if (open_ && doc_ == doc && line == lastLine_ + 1) {
      lastLine_ = line;
      return;
    }
    close();
    open_ = true;
    doc_ = doc;
    firstLine_ = line;
    lastLine_ = line;
  }

  void close() {
    if (open_ && lastLine_ > firstLine_) {
      folds_.push_back(
          FoldingRange{firstLine_, lastLine_, std::nullopt, std::nullopt, FoldKind::Comment});
    }
    open_ = false;
  }

private:
  const SyntaxTree& tree_;
  std::vector<FoldingRange>& folds_;
  uint32_t firstLine_ = 0;
  uint32_t lastLine_ = 0;
  bool doc_ = false;
  bool open_ = false;
};

bool isFolded(std::string_view type) {
  return std::find(kFoldedNodeTypes.begin(), kFoldedNodeTypes.end(), type) !=
         kFoldedNodeTypes.end();
}

} // namespace

std::span<const std::string_view> foldedNodeTypes() { return kFoldedNodeTypes; }

void forEachFoldingNode(const SyntaxTree& tree, const std::function<void(SyntaxNode)>& visit) {
  const std::string_view text = tree.text();
  syntax::forEachNode(tree, [&](SyntaxNode node) {
    visit(node);
    // A node on one line holds no fold, and no comment that starts its line unless the
    // node starts with it (as an error node may).
    const auto start = node.byteRange().start;
    return node.endPoint().row > node.startPoint().row ||
           (start < text.size() && text[start] == '/');
  });
}

std::vector<FoldingRange> foldingRanges(const SyntaxTree& tree, bool lineFoldingOnly) {
  std::vector<FoldingRange> folds;
  std::vector<FoldingRange> commentRuns; // after the others, as they were found before
  CommentRuns runs(tree, commentRuns);
  const auto* parts = tree.extensionParts();
  forEachFoldingNode(tree, [&](SyntaxNode node) {
    const auto type = node.type();
    if (type == "comment" || type == "doc_comment") {
      runs.add(node, type == "doc_comment");
    }
    if (!isFolded(type)) {
      return;
    }
    if (type == "comment") {
      // Block comments; one-line comments have nothing to fold.
      const auto range = node.byteRange();
      const auto first = tree.lines().lineOfOffset(range.start);
      const auto last = lastLineOf(tree, range);
      if (last > first) {
        folds.push_back(FoldingRange{first, last, std::nullopt, std::nullopt, FoldKind::Comment});
      }
      return;
    }
    std::optional<FoldingRange> fold;
    if (parts && type == "extension_body") {
      // In segments: from the first segment's `{` to the last one's `}`.
      fold = bodyFold(tree, parts->bodyRange, parts->bodyChildren.back(), lineFoldingOnly);
    } else {
      const auto count = node.childCount();
      fold = bodyFold(tree, node.byteRange(), count == 0 ? SyntaxNode() : node.child(count - 1),
                      lineFoldingOnly);
    }
    if (fold) {
      folds.push_back(*fold);
    }
  });
  runs.close();
  folds.insert(folds.end(), commentRuns.begin(), commentRuns.end());
  std::stable_sort(folds.begin(), folds.end(), [](const FoldingRange& a, const FoldingRange& b) {
    return a.startLine != b.startLine ? a.startLine < b.startLine : a.endLine > b.endLine;
  });
  return folds;
}

} // namespace oxt::features
