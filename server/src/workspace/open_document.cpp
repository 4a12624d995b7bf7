#include "workspace/open_document.h"

#include <utility>

#include "checks/syntax_errors.h"
#include "model/build_model.h"

namespace oxt::workspace {

namespace {

/// What is read of each segment of a large file on the thread that has just parsed it,
/// while its tree is in that core's cache, rather than after the whole parse: its model
/// and its syntax errors. The first diagnostics of an opened file come sooner
/// (docs/performance.md).
void readSegmentAhead(const syntax::SyntaxTree& tree, std::size_t index) {
  model::readSegmentAhead(tree, index);
  checks::findSegmentErrorsAhead(tree, index);
}

} // namespace

OpenDocument::OpenDocument(std::filesystem::path path, int32_t version, std::string text)
    : path_(std::move(path)), version_(version), tree_(std::move(text), readSegmentAhead) {}

std::vector<std::string> OpenDocument::applyChanges(int32_t version,
                                                    const std::vector<ContentChange>& changes,
                                                    syntax::PositionEncoding encoding) {
  std::vector<std::string> notes;
  analysis_.reset();
  for (const auto& change : changes) {
    if (!change.range) {
      tree_ = syntax::SyntaxTree(change.text, readSegmentAhead);
      continue;
    }
    const auto lineCount = tree_.lines().lineCount();
    if (change.range->start.line >= lineCount || change.range->end.line >= lineCount) {
      notes.emplace_back(
          "a change's range goes past the last line; clamped to the end of the text");
    }
    auto start = tree_.offsetAt(change.range->start, encoding);
    auto end = tree_.offsetAt(change.range->end, encoding);
    if (end < start) {
      notes.emplace_back("a change's range ends before it starts; read as an insertion at its end");
      start = end;
    }
    // One reparse per change: each change's positions refer to the text the
    // previous one left, so they must be converted against that text.
    tree_.applyEdit(syntax::TextEdit{syntax::ByteRange{start, end}, change.text});
  }
  version_ = version;
  return notes;
}

std::shared_ptr<const model::Analysis> OpenDocument::analysis() const {
  if (!analysis_) {
    analysis_ = model::analyze(std::make_shared<const syntax::SyntaxTree>(tree_.snapshot()),
                               latestAnalysis_.get());
    latestAnalysis_ = analysis_;
  }
  return analysis_;
}

std::shared_ptr<const model::Analysis>
OpenDocument::adoptAnalysis(int32_t version, std::shared_ptr<const model::Analysis> analysis) {
  if (version != version_ || analysis_) {
    if (version == version_ && analysis && !analysis_->memo()) {
      // A request built this version's analysis while the check ran: the same text,
      // hence the same members, so what the check kept serves the next check from it.
      analysis_->keepMemo(analysis->memo());
    }
    return analysis; // the text moved on, or this version has one already
  }
  // analysis_ is null here (a change reset it): the one replaced is the latest.
  auto replaced = std::move(latestAnalysis_);
  analysis_ = std::move(analysis);
  latestAnalysis_ = analysis_;
  return replaced;
}

} // namespace oxt::workspace
