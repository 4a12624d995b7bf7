#include "workspace/file_summary.h"

#include "features/document_outline.h"
#include "model/analysis.h"

namespace oxt::workspace {

namespace {

std::vector<DeclarationSummary> declarationsOf(const syntax::SyntaxTree& tree) {
  std::vector<DeclarationSummary> out;
  const model::Analysis analysis(tree);
  const auto& lines = tree.lines();
  for (auto& declaration : features::declarationsOf(analysis.document, tree.text())) {
    DeclarationSummary summary;
    summary.kind = declaration.kind;
    summary.name = std::move(declaration.name);
    summary.container = std::move(declaration.container);
    const auto range = declaration.nameRange;
    summary.line = lines.lineOfOffset(range.start);
    const auto lineStart = lines.lineStart(summary.line);
    const auto lineEnd = lines.lineContentEnd(tree.text(), summary.line);
    const auto end = range.end < lineEnd ? range.end : lineEnd;
    summary.linePrefix = tree.text().substr(lineStart, end - lineStart);
    summary.columns = syntax::ByteRange{range.start - lineStart, end - lineStart};
    out.push_back(std::move(summary));
  }
  return out;
}

} // namespace

FileSummary summarize(const std::filesystem::path& path, const syntax::SyntaxTree& tree,
                      SummaryDetail detail) {
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
  if (detail == SummaryDetail::WithDeclarations) {
    summary.declarations = declarationsOf(tree);
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

NamePosition namePosition(const DeclarationSummary& declaration,
                          syntax::PositionEncoding encoding) {
  const syntax::LineIndex line(declaration.linePrefix);
  auto start = line.positionAt(declaration.linePrefix, declaration.columns.start, encoding);
  auto end = line.positionAt(declaration.linePrefix, declaration.columns.end, encoding);
  start.line = declaration.line;
  end.line = declaration.line;
  return NamePosition{start, end};
}

} // namespace oxt::workspace
