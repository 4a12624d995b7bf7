#include "features/folding_ranges.h"

#include <algorithm>
#include <string_view>

#include "features/embedded_queries.h"
#include "syntax/syntax_query.h"

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

/// Runs of line comments (`//` with `//`, `///` with `///`), each alone on its line,
/// on consecutive lines.
void addCommentRuns(const SyntaxTree& tree, std::vector<FoldingRange>& folds) {
  const auto* query = commentsQuery();
  if (query == nullptr) {
    return;
  }
  const auto& lines = tree.lines();
  struct Run {
    uint32_t firstLine = 0;
    uint32_t lastLine = 0;
    uint32_t kind = 0;
    bool open = false;
  };
  Run run;
  const auto close = [&] {
    if (run.open && run.lastLine > run.firstLine) {
      folds.push_back(
          FoldingRange{run.firstLine, run.lastLine, std::nullopt, std::nullopt, FoldKind::Comment});
    }
    run.open = false;
  };
  for (const auto& capture : query->captures(tree)) {
    const auto range = capture.node.byteRange();
    const auto text = tree.textOf(capture.node);
    const bool lineComment = text.starts_with("//");
    const auto line = lines.lineOfOffset(range.start);
    if (!lineComment || !startsItsLine(tree, range.start)) {
      close();
      continue;
    }
    if (run.open && run.kind == capture.index && line == run.lastLine + 1) {
      run.lastLine = line;
      continue;
    }
    close();
    run = Run{line, line, capture.index, true};
  }
  close();
}

} // namespace

std::vector<FoldingRange> foldingRanges(const SyntaxTree& tree, bool lineFoldingOnly) {
  std::vector<FoldingRange> folds;
  if (const auto* query = foldsQuery(); query != nullptr) {
    const auto* parts = tree.extensionParts();
    for (const auto& capture : query->captures(tree)) {
      const auto node = capture.node;
      if (node.type() == "comment") {
        // Block comments; one-line comments have nothing to fold.
        const auto range = node.byteRange();
        const auto first = tree.lines().lineOfOffset(range.start);
        const auto last = lastLineOf(tree, range);
        if (last > first) {
          folds.push_back(FoldingRange{first, last, std::nullopt, std::nullopt, FoldKind::Comment});
        }
        continue;
      }
      std::optional<FoldingRange> fold;
      if (parts && node.type() == "extension_body") {
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
    }
  }
  addCommentRuns(tree, folds);
  std::stable_sort(folds.begin(), folds.end(), [](const FoldingRange& a, const FoldingRange& b) {
    return a.startLine != b.startLine ? a.startLine < b.startLine : a.endLine > b.endLine;
  });
  return folds;
}

} // namespace oxt::features
