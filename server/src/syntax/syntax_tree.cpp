#include "syntax/syntax_tree.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <stdexcept>

#include <tree_sitter/api.h>

#include "support/limits.h"
#include "support/two_threads.h"
#include "syntax/closed_nodes.h"
#include "syntax/oxt_language.h"
#include "syntax/segment_plan.h"
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

// The line index is read with the plan of the segments (readBeforeParse).
SyntaxTree::SyntaxTree(std::string text, Language language, uint32_t segmentBytes)
    : text_(std::move(text)), language_(language),
      segmentBytes_(language == Language::Oxt ? segmentBytes : 0), lines_(std::string_view()),
      parser_(newParser(language)) {
  parseFromScratch(nullptr, nullptr, /*readLines=*/true);
}

SyntaxTree::SyntaxTree(std::string text, const AbandonFlag& abandon)
    : text_(std::move(text)), lines_(std::string_view()), parser_(newParser(Language::Oxt)) {
  parseFromScratch(&abandon, nullptr, /*readLines=*/true);
  watch(parser_.get(), nullptr); // the flag may not outlive the parse (on a throw, no parser does)
}

SyntaxTree::SyntaxTree(std::string text, const SegmentParsed& parsed, uint32_t segmentBytes)
    : text_(std::move(text)), segmentBytes_(segmentBytes), lines_(std::string_view()),
      parser_(newParser(Language::Oxt)) {
  parseFromScratch(nullptr, &parsed, /*readLines=*/true);
}

SyntaxTree::SyntaxTree(const SyntaxTree& from, bool /*snapshot*/)
    : text_(from.text_), language_(from.language_), segmentBytes_(from.segmentBytes_),
      lines_(from.lines_), parser_(newParser(from.language_)), header_(from.header_),
      limitProblem_(from.limitProblem_), depthMayHaveChanged_(false) {
  parts_.reserve(from.parts_.size());
  for (const auto& part : from.parts_) {
    // A copy only takes a reference: tree-sitter shares the subtrees copy-on-write.
    parts_.push_back(Part{part.owned,
                          TreePointer(part.tree ? ts_tree_copy(part.tree.get()) : nullptr), nullptr,
                          false, false, part.memo});
  }
}

SyntaxTree::ParserPointer SyntaxTree::newParser(Language language) {
  ParserPointer parser(ts_parser_new());
  const bool set = language == Language::Oxt
                       ? ts_parser_set_language(parser.get(), tree_sitter_oxt())
                       : ts_parser_set_language(parser.get(), tree_sitter_c_sharp());
  if (!set) {
    // Only possible when a parser.c was generated for an ABI this runtime lacks.
    throw std::runtime_error("a parser was generated for an incompatible tree-sitter ABI");
  }
  return parser;
}

void SyntaxTree::watch(TSParser* parser, const AbandonFlag* abandon) {
  // tree-sitter reads its flag as a size_t with an atomic load: the atomic's storage.
  static_assert(sizeof(AbandonFlag) == sizeof(std::size_t) && AbandonFlag::is_always_lock_free);
  ts_parser_set_cancellation_flag(
      parser, reinterpret_cast<const std::size_t*>(abandon)); // NOLINT: see above
}

SyntaxTree SyntaxTree::snapshot() const { return SyntaxTree(*this, true); }

SyntaxTree::~SyntaxTree() = default;
SyntaxTree::SyntaxTree(SyntaxTree&&) noexcept = default;
SyntaxTree& SyntaxTree::operator=(SyntaxTree&&) noexcept = default;

SyntaxNode SyntaxTree::root() const {
  return !parts_.empty() && parts_.front().tree
             ? SyntaxNode(ts_tree_root_node(parts_.front().tree.get()))
             : SyntaxNode();
}

std::vector<Segment> SyntaxTree::segments() const {
  std::vector<Segment> segments;
  segments.reserve(parts_.size());
  for (std::size_t index = 0; index < parts_.size(); ++index) {
    segments.push_back(segment(index));
  }
  return segments;
}

Segment SyntaxTree::segment(std::size_t index) const {
  const auto& part = parts_.at(index);
  return Segment{part.tree ? SyntaxNode(ts_tree_root_node(part.tree.get())) : SyntaxNode(),
                 part.owned, part.memo.get()};
}

Segment SyntaxTree::segmentAt(uint32_t offset) const {
  // The last part whose start is at or before `offset`.
  const auto it =
      std::upper_bound(parts_.begin(), parts_.end(), offset,
                       [](uint32_t at, const Part& part) { return at < part.owned.start; });
  return segment(it == parts_.begin() ? 0 : static_cast<std::size_t>(it - parts_.begin() - 1));
}

bool SyntaxTree::hasError() const {
  return std::any_of(parts_.begin(), parts_.end(), [](const Part& part) {
    return part.tree && ts_node_has_error(ts_tree_root_node(part.tree.get()));
  });
}

SyntaxNode SyntaxTree::descendantForRange(ByteRange range) const {
  return segmentAt(range.start).root.descendantForRange(range);
}

namespace {

/// The extension declaration among `root`'s children and the children around it.
struct TopLevel {
  SyntaxNode extension;
  std::vector<SyntaxNode> before;
  std::vector<SyntaxNode> after;
  bool onlyExtrasBefore = true; // nothing but comments before the one extension
  bool onlyExtrasAfter = true;  // and after it
};

/// A comment or doc comment. (Not isExtra(): tree-sitter makes some ERROR nodes extra.)
bool isComment(SyntaxNode node) {
  const auto type = node.type();
  return type == "comment" || type == "doc_comment";
}

TopLevel topLevelOf(SyntaxNode root) {
  TopLevel top;
  for (const auto& child : root.children()) {
    if (!top.extension && child.type() == "extension_declaration") {
      top.extension = child;
      continue;
    }
    auto& onlyExtras = top.extension ? top.onlyExtrasAfter : top.onlyExtrasBefore;
    onlyExtras = onlyExtras && isComment(child);
    (top.extension ? top.after : top.before).push_back(child);
  }
  return top;
}

} // namespace

const ExtensionParts* SyntaxTree::extensionParts() const {
  if (parts_.size() < 2) {
    return nullptr;
  }
  std::call_once(partsCache_->built, [this] { partsCache_->parts = readExtensionParts(); });
  return &*partsCache_->parts;
}

ExtensionParts SyntaxTree::readExtensionParts() const {
  auto parts = extensionFrame();
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    auto children = bodyChildrenOf(i);
    parts.bodyChildren.insert(parts.bodyChildren.end(), children.begin(), children.end());
  }
  return parts;
}

ExtensionParts SyntaxTree::extensionFrame() const {
  ExtensionParts parts;
  if (parts_.size() < 2) {
    return parts;
  }
  auto first = topLevelOf(SyntaxNode(ts_tree_root_node(parts_.front().tree.get())));
  parts.declaration = first.extension;
  parts.before = std::move(first.before);
  parts.range.start = first.extension.byteRange().start;
  parts.bodyRange.start = first.extension.childByField("body").byteRange().start;
  auto last = topLevelOf(SyntaxNode(ts_tree_root_node(parts_.back().tree.get())));
  const auto body = last.extension.childByField("body");
  parts.after = std::move(last.after);
  parts.range.end = last.extension.byteRange().end;
  parts.bodyRange.end = body.byteRange().end;
  parts.lastBody = body;
  return parts;
}

std::shared_ptr<const void> SyntaxTree::pinSegment(std::size_t index) const {
  if (index >= parts_.size() || !parts_[index].tree) {
    return nullptr;
  }
  return std::shared_ptr<TSTree>(ts_tree_copy(parts_[index].tree.get()), ts_tree_delete);
}

std::vector<SyntaxNode> SyntaxTree::bodyChildrenOf(std::size_t index, SyntaxNode* bodyOut) const {
  std::vector<SyntaxNode> children;
  if (parts_.size() < 2 || index >= parts_.size()) {
    return children;
  }
  const auto root = SyntaxNode(ts_tree_root_node(parts_[index].tree.get()));
  const auto body = topLevelOf(root).extension.childByField("body");
  if (bodyOut != nullptr) {
    *bodyOut = body;
  }
  for (const auto& child : body.children()) {
    // A later segment's body starts with the header's `{`: the first segment's.
    if (index == 0 || child.byteRange().start >= parts_[index].owned.start) {
      children.push_back(child);
    }
  }
  return children;
}

void SyntaxTree::parsePart(TSParser* parser, Part& part, std::size_t index) const {
  const auto range = [&](uint32_t start, uint32_t end) {
    const auto from = lines_.pointAt(start);
    const auto to = lines_.pointAt(end);
    return TSRange{toTsPoint(from), toTsPoint(to), start, end};
  };
  std::array<TSRange, 2> ranges{};
  uint32_t count = 0;
  if (parts_.size() > 1) {
    if (index > 0) {
      ranges.at(count++) = range(header_.start, header_.end);
    }
    ranges.at(count++) = range(part.owned.start, part.owned.end);
  }
  if (!ts_parser_set_included_ranges(parser, count == 0 ? nullptr : ranges.data(), count)) {
    throw std::logic_error("segments out of order");
  }
  // With the edited old tree, tree-sitter reuses every subtree outside the edits.
  TSTree* parsed = limitProblem_ ? ts_parser_parse_string(parser, nullptr, "", 0)
                                 : ts_parser_parse_string(parser, part.tree.get(), text_.data(),
                                                          static_cast<uint32_t>(text_.size()));
  if (parsed == nullptr) {
    if (ts_parser_cancellation_flag(parser) != nullptr) {
      throw ParseAbandoned(); // the only other cause, a timeout, is never set
    }
    throw std::runtime_error("tree-sitter could not parse the text");
  }
  part.tree.reset(parsed);
  part.memo = std::make_shared<SegmentMemo>();
}

std::optional<SegmentPlan> SyntaxTree::readBeforeParse(bool readLines) {
  const auto linesAndLimits = [&] {
    if (readLines) {
      lines_ = LineIndex(text_);
    }
    limitProblem_ = textLimitProblem(text_, language_);
  };
  std::optional<SegmentPlan> plan;
  if (!longEnoughToCut(text_.size(), segmentBytes_) || text_.size() > limits::kMaxDocumentBytes) {
    linesAndLimits();
    return plan; // nothing to cut, or a text too large to read
  }
  // Each of these reads the whole text: on a 1 MB text they took 3-6 ms one after the
  // other, on the loop thread, before the parse could start and while the second core
  // waited. The plan on one thread, the rest on the other.
  forEachOnTwoThreads(2, [&](std::size_t item, std::size_t /*thread*/) {
    if (item == 0) {
      plan = planSegments(text_, segmentBytes_);
    } else {
      linesAndLimits();
    }
  });
  if (limitProblem_) {
    plan.reset(); // an unreadable text gets a stand-in tree, not segments
  }
  return plan;
}

void SyntaxTree::parseFromScratch(const AbandonFlag* abandon, const SegmentParsed* parsed,
                                  bool readLines) {
  watch(parser_.get(), abandon);
  partsCache_ = std::make_unique<PartsCache>();
  replan_ = false;
  depthMayHaveChanged_ = false;
  parts_.clear();
  header_ = {};
  const auto plan = readBeforeParse(readLines);
  const auto size = static_cast<uint32_t>(text_.size());
  if (!plan) {
    parts_.push_back(Part{{0, size}, nullptr, nullptr, false});
    parsePart(parser_.get(), parts_.front(), 0);
    return;
  }
  header_ = plan->header;
  uint32_t start = 0;
  for (const auto cut : plan->cuts) {
    parts_.push_back(Part{{start, cut}, nullptr, nullptr, false});
    start = cut;
  }
  parts_.push_back(Part{{start, size}, nullptr, nullptr, false});
  // Two threads, each with its own parser, take the next segment until none is left: on
  // two cores, opening a large file takes about half as long.
  const auto otherParser = newParser(language_);
  watch(otherParser.get(), abandon);
  const std::array<TSParser*, 2> parsers{parser_.get(), otherParser.get()};
  // Each part's state is read on the thread that parsed it, while its tree is in that
  // core's cache: read after the parse, one part after the other, it took a few
  // milliseconds in which the other core waited.
  std::vector<PartState> states(parts_.size(), PartState::Clean);
  forEachOnTwoThreads(parts_.size(), [&](std::size_t index, std::size_t thread) {
    parsePart(parsers.at(thread), parts_[index], index);
    states[index] = stateOf(index);
    if (parsed != nullptr && *parsed && states[index] == PartState::Clean) {
      (*parsed)(*this, index);
    }
  });
  settleParts(0, parts_.size(), &states);
}

SyntaxTree::PartState SyntaxTree::stateOf(std::size_t index) const {
  if (parts_.size() < 2) {
    return PartState::Clean;
  }
  const bool first = index == 0;
  const bool last = index + 1 == parts_.size();
  const auto& part = parts_[index];
  if (!last && endsInsideComment(text_, part.owned)) {
    return PartState::BadEnd; // the comment runs on into the next segment
  }
  // Anything but the one extension at the top level (its header broken, the
  // extension closed early, an error around it) is where tree-sitter's recovery
  // depends on all the text: one tree for the whole text.
  const auto top = topLevelOf(SyntaxNode(ts_tree_root_node(part.tree.get())));
  if (!top.extension || !top.onlyExtrasBefore || !top.onlyExtrasAfter ||
      (!first && !top.before.empty()) || (!last && !top.after.empty())) {
    return PartState::Broken;
  }
  const auto body = top.extension.childByField("body");
  if (!body) {
    return PartState::Broken;
  }
  for (const auto& child : top.extension.children()) {
    if (child.byteRange().start >= body.byteRange().start) {
      break;
    }
    if (child.hasError()) {
      return PartState::Broken;
    }
  }
  const auto children = body.children();
  if (children.empty() || children.front().type() != "{" ||
      children.front().byteRange().end != header_.end) {
    return PartState::Broken;
  }
  if (!first) {
    // The segment must start with a member or a comment, as the cut promised.
    for (const auto& child : children) {
      if (child.byteRange().start < part.owned.start) {
        continue;
      }
      if (child.isError() || child.isMissing() ||
          (!isComment(child) && !child.type().ends_with("_declaration"))) {
        return PartState::BadStart;
      }
      break;
    }
  }
  if (!last) {
    // And end with a closed member, so that the next one starts where a member may.
    SyntaxNode lastMember;
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      if (!isComment(*it)) {
        lastMember = *it;
        break;
      }
    }
    if (!lastMember || !isClosedMember(text_, lastMember)) {
      return PartState::BadEnd;
    }
  }
  return PartState::Clean;
}

void SyntaxTree::joinWithNext(std::size_t index) {
  auto& part = parts_[index];
  part.owned.end = parts_[index + 1].owned.end;
  part.joined = true;
  // Parsed from scratch: tree-sitter 0.20.7, reusing a tree parsed with other included
  // ranges, can recover from an error differently than a parse of the same text does.
  part.tree.reset();
  parts_.erase(parts_.begin() + static_cast<std::ptrdiff_t>(index) + 1);
}

void SyntaxTree::settleParts(std::size_t from, std::size_t to,
                             const std::vector<PartState>* known) {
  // Join each part that is not clean with a neighbour and parse the joined part
  // (reusing its tree), until every part is clean; a bad header makes one tree.
  auto index = from;
  while (index < std::min(to, parts_.size())) {
    // `known` holds the states of the parts as they were before any join.
    const auto state = known != nullptr ? known->at(index) : stateOf(index);
    if (state == PartState::Clean) {
      ++index;
      continue;
    }
    if (state == PartState::Broken) {
      while (parts_.size() > 1) {
        joinWithNext(0);
      }
      parsePart(parser_.get(), parts_.front(), 0);
      // Kept when the header is still well formed, so that the text is cut again once
      // it has no error.
      header_ = headerOfOneTree().value_or(ByteRange{});
      return;
    }
    if (state == PartState::BadStart || index + 1 >= parts_.size()) {
      // Joined with the part before. index > 0: stateOf never finds the first part's
      // start bad, nor the last part's end.
      --index;
    }
    joinWithNext(index);
    known = nullptr; // the parts moved: their states are read again
    to = std::max(to - 1, index + 1);
    parsePart(parser_.get(), parts_[index], index);
  }
  // A part that joins left behind and that is clean again is cut anew, so that
  // one bad edit does not leave a keystroke there reparsing a large part for good.
  // Only a part without errors: its pieces are then sure to parse as members, so
  // that a part is not cut and joined again at every keystroke.
  for (auto i = std::min(to, parts_.size()); i-- > from;) {
    const auto& part = parts_[i];
    if (!part.joined && header_.end > 0 && part.owned.end - part.owned.start >= 4 * segmentBytes_ &&
        !ts_node_has_error(ts_tree_root_node(part.tree.get()))) {
      splitPart(i);
    }
  }
}

void SyntaxTree::splitPart(std::size_t index) {
  const auto owned = parts_[index].owned;
  std::vector<uint32_t> cuts;
  uint32_t start = owned.start;
  for (const auto candidate :
       cutCandidates(text_, index == 0 ? header_.end : owned.start, owned.end)) {
    if (candidate - start >= segmentBytes_ && owned.end - candidate >= segmentBytes_) {
      cuts.push_back(candidate);
      start = candidate;
    }
  }
  if (cuts.empty()) {
    return;
  }
  std::vector<Part> pieces;
  start = owned.start;
  cuts.push_back(owned.end);
  for (const auto cut : cuts) {
    pieces.push_back(Part{{start, cut}, nullptr, nullptr, false, true});
    start = cut;
  }
  const auto count = pieces.size();
  parts_.erase(parts_.begin() + static_cast<std::ptrdiff_t>(index));
  parts_.insert(parts_.begin() + static_cast<std::ptrdiff_t>(index),
                std::make_move_iterator(pieces.begin()), std::make_move_iterator(pieces.end()));
  for (auto i = index; i < index + count; ++i) {
    parsePart(parser_.get(), parts_[i], i);
  }
  // The pieces are marked joined, so that settling them does not cut them again.
  settleParts(index, index + count);
}

std::optional<ByteRange> SyntaxTree::headerOfOneTree() const {
  const auto top = topLevelOf(root());
  const auto body = top.extension ? top.extension.childByField("body") : SyntaxNode();
  if (!top.onlyExtrasBefore || !body || body.childCount() == 0) {
    return std::nullopt;
  }
  std::optional<uint32_t> keyword;
  for (const auto& child : top.extension.children()) {
    if (child.byteRange().start >= body.byteRange().start) {
      break;
    }
    if (child.hasError()) {
      return std::nullopt;
    }
    if (child.type() == "extension") {
      keyword = child.byteRange().start;
    }
  }
  if (!keyword || body.child(0).type() != "{") {
    return std::nullopt;
  }
  return ByteRange{*keyword, body.child(0).byteRange().end};
}

void SyntaxTree::editTrees(const TextEdit& edit) {
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
  const auto shift = [&](uint32_t offset) {
    return static_cast<uint32_t>(static_cast<int64_t>(offset) + newEnd - oldEnd);
  };
  const TSInputEdit inputEdit{start,
                              oldEnd,
                              newEnd,
                              toTsPoint(startPoint),
                              toTsPoint(oldEndPoint),
                              toTsPoint(pointAfter(startPoint, edit.newText))};
  if (limitProblem_ || replan_) {
    return; // parsed again from scratch
  }
  if (parts_.size() == 1 && header_.end == 0 &&
      start <= headerOfOneTree().value_or(ByteRange{0, UINT32_MAX}).end &&
      longEnoughToCut(text_.size(), segmentBytes_)) {
    // A large text in one tree whose header is being edited: once the header reads
    // well again, cut it into segments.
    retryPlan_ = true;
  }
  if (start < header_.end) {
    if (parts_.size() > 1) {
      replan_ = true; // the header of every segment changes
      return;
    }
    header_ = {}; // read again from the tree
  }
  // The part the edit starts in, joined with those it runs into.
  auto index = static_cast<std::size_t>(
      std::upper_bound(parts_.begin(), parts_.end(), start,
                       [](uint32_t at, const Part& part) { return at < part.owned.start; }) -
      parts_.begin());
  index = index == 0 ? 0 : index - 1;
  while (index + 1 < parts_.size() && oldEnd > parts_[index].owned.end) {
    joinWithNext(index);
  }
  for (auto i = index; i < parts_.size(); ++i) {
    auto& part = parts_[i];
    if (part.tree) {
      ts_tree_edit(part.tree.get(), &inputEdit);
    }
    part.owned = i == index ? ByteRange{part.owned.start, shift(part.owned.end)}
                            : ByteRange{shift(part.owned.start), shift(part.owned.end)};
  }
  parts_[index].dirty = true;
}

void SyntaxTree::applyEdit(const TextEdit& edit) { applyEdits(std::vector<TextEdit>{edit}); }

void SyntaxTree::applyEdits(const std::vector<TextEdit>& edits) {
  partsCache_ = std::make_unique<PartsCache>();
  for (auto& part : parts_) {
    part.previous.reset();
    part.joined = false;
  }
  for (const auto& edit : edits) {
    editTrees(edit);
  }
  const bool wasLimited = limitProblem_.has_value();
  if (wasLimited || depthMayHaveChanged_ || text_.size() > limits::kMaxDocumentBytes) {
    limitProblem_ = textLimitProblem(text_, language_);
  }
  depthMayHaveChanged_ = false;
  if (replan_ || wasLimited || limitProblem_) {
    // The stand-in tree of an unreadable text was never edited, and a changed header
    // changes every segment: parsed from scratch.
    parseFromScratch();
    return;
  }
  std::size_t first = parts_.size();
  std::size_t last = 0;
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    auto& part = parts_[i];
    if (!part.dirty) {
      continue;
    }
    part.dirty = false;
    // A copy only takes a reference: the subtrees are shared with the new tree.
    part.previous.reset(part.tree ? ts_tree_copy(part.tree.get()) : nullptr);
    parsePart(parser_.get(), part, i);
    first = std::min(first, i);
    last = i + 1;
  }
  if (first < last) {
    settleParts(first, last);
  }
  if (retryPlan_ && parts_.size() == 1) {
    retryPlan_ = false;
    if (headerOfOneTree() && planSegments(text_, segmentBytes_)) {
      parseFromScratch();
    }
  }
}

std::vector<ByteRange> SyntaxTree::changedRanges() const {
  std::vector<ByteRange> changed;
  bool edited = false;
  for (const auto& part : parts_) {
    if (part.joined) {
      changed.push_back(part.owned); // its tree is not the edited one
      continue;
    }
    if (!part.previous || !part.tree) {
      continue;
    }
    edited = true;
    uint32_t count = 0;
    TSRange* ranges = ts_tree_get_changed_ranges(part.previous.get(), part.tree.get(), &count);
    for (uint32_t i = 0; i < count; ++i) {
      const ByteRange range{ranges[i].start_byte, ranges[i].end_byte}; // NOLINT
      // A later segment's tree also holds the header, which is the first segment's.
      if (range.end > part.owned.start || part.owned.start == 0) {
        changed.push_back(ByteRange{std::max(range.start, part.owned.start), range.end});
      }
    }
    std::free(ranges); // NOLINT(cppcoreguidelines-no-malloc): allocated by tree-sitter
  }
  if (!edited && changed.empty()) {
    changed.push_back(ByteRange{0, static_cast<uint32_t>(text_.size())});
  }
  return changed;
}

} // namespace oxt::syntax
