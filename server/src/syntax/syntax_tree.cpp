#include "syntax/syntax_tree.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include <tree_sitter/api.h>

#include "support/limits.h"
#include "syntax/oxt_language.h"
#include "syntax/text_limits.h"

namespace oxt::syntax {

void SyntaxTree::ParserDeleter::operator()(TSParser* parser) const { ts_parser_delete(parser); }
void SyntaxTree::TreeDeleter::operator()(TSTree* tree) const { ts_tree_delete(tree); }

namespace {
TSPoint toTsPoint(Point point) { return TSPoint{point.row, point.column}; }

/// The point just past `inserted` when it starts at `start`.
Point pointAfter(Point start, std::string_view inserted) {
  const auto lastNewline = inserted.rfind('\n');
  if (lastNewline == std::string_view::npos) {
    return Point{start.row, start.column + static_cast<uint32_t>(inserted.size())};
  }
  const auto newlines = static_cast<uint32_t>(std::count(inserted.begin(), inserted.end(), '\n'));
  return Point{start.row + newlines, static_cast<uint32_t>(inserted.size() - lastNewline - 1)};
}
} // namespace

SyntaxTree::SyntaxTree(std::string text, Language language)
    : text_(std::move(text)), language_(language), lines_(text_), parser_(ts_parser_new()) {
  setLanguage();
  reparse();
}

SyntaxTree::SyntaxTree(std::string text, Language language, LineIndex lines, TSTree* tree,
                       std::optional<std::string> limitProblem)
    : text_(std::move(text)), language_(language), lines_(std::move(lines)),
      parser_(ts_parser_new()), tree_(tree), limitProblem_(std::move(limitProblem)),
      depthMayHaveChanged_(false) {
  setLanguage();
}

void SyntaxTree::setLanguage() {
  const bool set = language_ == Language::Oxt
                       ? ts_parser_set_language(parser_.get(), tree_sitter_oxt())
                       : ts_parser_set_language(parser_.get(), tree_sitter_c_sharp());
  if (!set) {
    // Only possible when a parser.c was generated for an ABI this runtime lacks.
    throw std::runtime_error("a parser was generated for an incompatible tree-sitter ABI");
  }
}

SyntaxTree SyntaxTree::snapshot() const {
  return SyntaxTree(text_, language_, lines_, tree_ ? ts_tree_copy(tree_.get()) : nullptr,
                    limitProblem_);
}

SyntaxTree::~SyntaxTree() = default;
SyntaxTree::SyntaxTree(SyntaxTree&&) noexcept = default;
SyntaxTree& SyntaxTree::operator=(SyntaxTree&&) noexcept = default;

SyntaxNode SyntaxTree::root() const {
  return tree_ ? SyntaxNode(ts_tree_root_node(tree_.get())) : SyntaxNode();
}

void SyntaxTree::reparse() {
  const bool wasLimited = limitProblem_.has_value();
  if (wasLimited || depthMayHaveChanged_ || text_.size() > limits::kMaxDocumentBytes) {
    limitProblem_ = textLimitProblem(text_, language_);
  }
  depthMayHaveChanged_ = false;
  if (limitProblem_ || wasLimited) {
    // The tree of an empty text stands in for an unreadable one; a text that becomes
    // readable again is parsed from scratch (the stand-in was never edited).
    tree_.reset();
    previousTree_.reset();
  }
  // With the edited old tree, tree-sitter reuses every subtree outside the edits.
  TSTree* parsed = limitProblem_ ? ts_parser_parse_string(parser_.get(), nullptr, "", 0)
                                 : ts_parser_parse_string(parser_.get(), tree_.get(), text_.data(),
                                                          static_cast<uint32_t>(text_.size()));
  if (parsed == nullptr) {
    throw std::runtime_error("tree-sitter could not parse the text");
  }
  tree_.reset(parsed);
}

void SyntaxTree::editTreeOnly(const TextEdit& edit) {
  const auto size = static_cast<uint32_t>(text_.size());
  const auto start = std::min(edit.range.start, size);
  const auto oldEnd = std::clamp(edit.range.end, start, size);
  const auto startPoint = lines_.pointAt(start);
  const auto oldEndPoint = lines_.pointAt(oldEnd);

  const char before = start > 0 ? text_[start - 1] : '\0';
  const char after = oldEnd < size ? text_[oldEnd] : '\0';
  depthMayHaveChanged_ = depthMayHaveChanged_ ||
                         editCanChangeDepth(std::string_view(text_).substr(start, oldEnd - start),
                                            edit.newText, before, after);
  text_.replace(start, oldEnd - start, edit.newText);
  lines_.applyEdit(start, oldEnd, edit.newText);

  const auto newEnd = start + static_cast<uint32_t>(edit.newText.size());
  const TSInputEdit inputEdit{start,
                              oldEnd,
                              newEnd,
                              toTsPoint(startPoint),
                              toTsPoint(oldEndPoint),
                              toTsPoint(pointAfter(startPoint, edit.newText))};
  if (tree_ && !limitProblem_) {
    ts_tree_edit(tree_.get(), &inputEdit);
  }
}

void SyntaxTree::applyEdit(const TextEdit& edit) { applyEdits(std::vector<TextEdit>{edit}); }

void SyntaxTree::applyEdits(const std::vector<TextEdit>& edits) {
  for (const auto& edit : edits) {
    editTreeOnly(edit);
  }
  // A copy only takes a reference: the subtrees are shared with the new tree.
  previousTree_.reset(tree_ ? ts_tree_copy(tree_.get()) : nullptr);
  reparse();
}

std::vector<ByteRange> SyntaxTree::changedRanges() const {
  std::vector<ByteRange> changed;
  if (!previousTree_ || !tree_) {
    changed.push_back(ByteRange{0, static_cast<uint32_t>(text_.size())});
    return changed;
  }
  uint32_t count = 0;
  TSRange* ranges = ts_tree_get_changed_ranges(previousTree_.get(), tree_.get(), &count);
  changed.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    changed.push_back(ByteRange{ranges[i].start_byte, ranges[i].end_byte}); // NOLINT
  }
  std::free(ranges); // NOLINT(cppcoreguidelines-no-malloc): allocated by tree-sitter
  return changed;
}

} // namespace oxt::syntax
