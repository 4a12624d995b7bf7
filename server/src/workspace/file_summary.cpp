#include "workspace/file_summary.h"

namespace oxt::workspace {

FileSummary summarize(const std::filesystem::path& path, const syntax::SyntaxTree& tree) {
  FileSummary summary;
  summary.path = path;
  for (const auto& child : tree.root().namedChildren()) {
    if (child.type() != "extension_declaration") {
      continue;
    }
    const auto name = child.childByField("name");
    if (!name || name.isMissing()) {
      continue;
    }
    const auto range = name.byteRange();
    const auto& lines = tree.lines();
    summary.extensionName = std::string(tree.textOf(name));
    summary.nameRange = range;
    summary.nameLine = lines.lineOfOffset(range.start);
    const auto lineStart = lines.lineStart(summary.nameLine);
    const auto lineEnd = lines.lineContentEnd(tree.text(), summary.nameLine);
    summary.nameLineText = tree.text().substr(lineStart, lineEnd - lineStart);
    const auto end = range.end < lineEnd ? range.end : lineEnd;
    summary.nameColumns = syntax::ByteRange{range.start - lineStart, end - lineStart};
    break;
  }
  return summary;
}

NamePosition namePosition(const FileSummary& summary, syntax::PositionEncoding encoding) {
  const syntax::LineIndex line(summary.nameLineText);
  auto start = line.positionAt(summary.nameLineText, summary.nameColumns.start, encoding);
  auto end = line.positionAt(summary.nameLineText, summary.nameColumns.end, encoding);
  start.line = summary.nameLine;
  end.line = summary.nameLine;
  return NamePosition{start, end};
}

} // namespace oxt::workspace
