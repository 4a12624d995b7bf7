#include "model/build_model.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string_view>

#include "model/doc_comments.h"
#include "model/literals.h"
#include "model/names.h"
#include "model/shift_ranges.h"
#include "model/type_resolution.h"
#include "support/two_threads.h"

namespace oxt::model {

namespace {

using syntax::SyntaxNode;
using syntax::SyntaxTree;

bool isMemberDeclaration(std::string_view type) {
  return type == "action_declaration" || type == "structure_declaration" ||
         type == "entity_declaration" || type == "resource_declaration";
}

bool isTypeNode(std::string_view type) {
  return type == "basic_type" || type == "type_reference" || type == "record_type" ||
         type == "list_type" || type == "identifier_type";
}

std::optional<LiteralKind> literalKindOf(std::string_view type) {
  if (type == "string") {
    return LiteralKind::String;
  }
  if (type == "integer") {
    return LiteralKind::Integer;
  }
  if (type == "decimal") {
    return LiteralKind::Decimal;
  }
  if (type == "boolean") {
    return LiteralKind::Boolean;
  }
  if (type == "date_time_literal") {
    return LiteralKind::DateTime;
  }
  if (type == "identifier") {
    return LiteralKind::Identifier;
  }
  return std::nullopt;
}

/// A segment read on its own, by a builder of its own, to be spliced into a build.
struct ReadAhead {
  Extension members; // only the lists of members are used
  ExtensionLineage lineage;
  std::vector<ByteRange> strays;
  UsedSegment used; // `first` counts from the segment's own first members
  std::vector<ByteRange> docsOut;
  uint32_t reused = 0;
  uint32_t shared = 0;
  bool whileParsing = false; // read by readSegmentAhead
};

/// A segment read right after its parse (readSegmentAhead), kept in the segment's memo
/// until a build takes it. Positions are as of `base`, where the segment started then:
/// a build of a text in which the segment has moved since reads it again instead.
struct StashedRead {
  uint32_t base = 0;
  mutable std::mutex mutex;
  mutable std::optional<ReadAhead> read; // empty once taken
};

/// The key of the stashed reads in syntax::SegmentMemo.
constexpr char kStashedReadKey = 0;

/// Reads one tree into a Document. Every loop over children uses
/// SyntaxNode::forEachChild() (a cursor walk), so that building is linear in the
/// size of the tree even for extensions of thousands of members.
class ModelBuilder {
public:
  ModelBuilder(const SyntaxTree& tree, const BuiltModel* previous)
      : tree_(tree), text_(tree.text()), previous_(previous) {
    if (previous_ != nullptr) {
      origins_.reserve(previous_->origins.size() + 1); // no rehash while reading
    }
  }

  /// Segment `index` read by a builder of its own (no shared state: safe on any thread):
  /// ahead of a build on two threads, or as it is parsed (readSegmentAhead).
  ReadAhead readAlone(std::size_t index, const syntax::Segment& segment) const {
    ModelBuilder builder(tree_, previous_);
    ReadAhead part;
    std::vector<ByteRange> pending;
    builder.readSegment(part.members, index, segment, pending);
    part.lineage = builder.lineage();
    part.strays = std::move(builder.document_.strayDocComments);
    part.used = builder.segments_.front();
    part.docsOut = std::move(pending);
    part.reused = builder.reused_;
    part.shared = builder.shared_;
    return part;
  }

  BuiltModel build() {
    if (tree_.segmentCount() > 1) {
      readSegmentedExtension();
    } else {
      readSourceFile(tree_.root());
    }
    lineage_.resize(document_.extensions.size());
    std::vector<DefinitionTable> definitions;
    for (std::size_t e = 0; e < document_.extensions.size(); ++e) {
      const auto* previous = previous_ != nullptr && e < previous_->definitions.size()
                                 ? &previous_->definitions[e]
                                 : nullptr;
      const auto* previousExtension =
          previous != nullptr && e < previous_->document.extensions.size()
              ? &previous_->document.extensions[e]
              : nullptr;
      auto resolution =
          resolveTypes(document_.extensions[e], &lineage_[e], previous, previousExtension);
      forgetCarried(lineage_[e].actions, resolution.changed.actions);
      forgetCarried(lineage_[e].structures, resolution.changed.structures);
      forgetCarried(lineage_[e].entities, resolution.changed.entities);
      definitions.push_back(std::move(resolution.definitions));
      const auto* before = previous_ != nullptr && e < previous_->document.extensions.size()
                               ? &previous_->document.extensions[e]
                               : nullptr;
      document_.extensions[e].actionNameKeys =
          actionNameKeys(document_.extensions[e], lineage_[e].actions, before);
    }
    std::sort(document_.strayDocComments.begin(), document_.strayDocComments.end(),
              [](ByteRange a, ByteRange b) { return a.start < b.start; });
    return BuiltModel{std::move(document_),
                      std::move(origins_),
                      std::move(lineage_),
                      std::move(definitions),
                      std::move(segments_),
                      reused_,
                      shared_,
                      readWhileParsing_};
  }

private:
  /// A declaration found in a container, with the doc lines right before it.
  struct Found {
    SyntaxNode node;
    std::vector<ByteRange> docs;
  };

  const SyntaxTree& tree_;
  std::string_view text_;
  const BuiltModel* previous_;
  Document document_;
  MemberOrigins origins_;             // of a text in one tree
  std::vector<UsedSegment> segments_; // of a text in segments
  /// The model of the segment being read, and where its members begin in the lists: the
  /// origins of its members go there rather than to origins_.
  SegmentModel* reading_ = nullptr;
  std::array<uint32_t, 4> readingFirst_{};
  std::vector<ExtensionLineage> lineage_; // by extension index, as currentExtension_
  uint32_t currentExtension_ = 0;         // the index the extension being read has (or will have)
  uint32_t reused_ = 0;
  uint32_t shared_ = 0;
  uint32_t readWhileParsing_ = 0;
  /// Where in the previous build's segments the last lookup found what it looked for.
  /// Segments are read in order, so the next lookup most likely finds it there or just
  /// after: searching from the first, a file of 270 segments made each keystroke look
  /// through 270 of them for each segment and each member of the segment read again.
  /// (A builder is used by one thread.)
  mutable std::size_t segmentHint_ = 0;

  /// The first of the previous build's segments, from the hint on, for which `found`
  /// returns true; nullptr if none does.
  template <typename Found> const UsedSegment* findPreviousSegment(Found&& found) const {
    const auto& segments = previous_->segments;
    for (std::size_t k = 0; k < segments.size(); ++k) {
      const auto at = (segmentHint_ + k) % segments.size();
      if (found(segments[at])) {
        segmentHint_ = at;
        return &segments[at];
      }
    }
    return nullptr;
  }

  std::string text(SyntaxNode node) const { return std::string(node.textIn(text_)); }

  /// The lineage of the extension being read.
  ExtensionLineage& lineage() {
    if (lineage_.size() <= currentExtension_) {
      lineage_.resize(currentExtension_ + 1);
    }
    return lineage_[currentExtension_];
  }

  /// By action, the key of its name: the previous build's for an action carried over, so
  /// that after a keystroke only the actions that changed are read.
  static std::vector<uint64_t> actionNameKeys(const Extension& extension,
                                              const std::vector<CarriedMember>& carried,
                                              const Extension* previous) {
    std::vector<uint64_t> keys(extension.actions.size());
    const bool takeOver = previous != nullptr && carried.size() == keys.size() &&
                          previous->actionNameKeys.size() == previous->actions.size();
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const auto from = takeOver ? carried[i].from : CarriedMember::kNew;
      keys[i] = takeOver && from < previous->actionNameKeys.size()
                    ? previous->actionNameKeys[from]
                    : nameKey(extension.actions.asRead(i).name.text); // as read: no position
    }
    return keys;
  }

  /// Members whose types now resolve otherwise are not the previous build's any more.
  static void forgetCarried(std::vector<CarriedMember>& members,
                            const std::vector<uint32_t>& changed) {
    for (const auto index : changed) {
      if (index < members.size()) {
        members[index] = CarriedMember{};
      }
    }
  }

  void stray(const std::vector<ByteRange>& docs) {
    document_.strayDocComments.insert(document_.strayDocComments.end(), docs.begin(), docs.end());
  }

  /// The declarations of a container (the file or a body), each with its doc
  /// lines; doc lines that precede no declaration are stray.
  std::vector<Found> declarationsIn(SyntaxNode container, bool (*isDeclaration)(std::string_view)) {
    return collectDeclarations([&](const auto& visit) { container.forEachChild(visit); },
                               isDeclaration, nullptr);
  }

  /// With `carry`: the doc lines before the first child come from there, and those
  /// after the last declaration go there (the next segment's first member's), not stray.
  std::vector<Found> declarationsAmong(const std::vector<SyntaxNode>& children,
                                       bool (*isDeclaration)(std::string_view),
                                       std::vector<ByteRange>* carry) {
    return collectDeclarations(
        [&](const auto& visit) {
          for (const auto& child : children) {
            visit(child);
          }
        },
        isDeclaration, carry);
  }

  /// The declarations among the children that `forEach` visits.
  template <typename ForEach>
  std::vector<Found> collectDeclarations(const ForEach& forEach,
                                         bool (*isDeclaration)(std::string_view),
                                         std::vector<ByteRange>* carry) {
    std::vector<Found> found;
    std::vector<ByteRange> docs;
    if (carry != nullptr) {
      docs = std::move(*carry);
      carry->clear();
    }
    forEach([&](SyntaxNode child) {
      const auto type = child.type();
      if (type == "doc_comment") {
        docs.push_back(child.byteRange());
      } else if (type == "comment") {
        return;
      } else if (isDeclaration(type)) {
        found.push_back({child, std::move(docs)});
        docs.clear();
      } else if (child.isError()) {
        docs.clear(); // the syntax error is what the person needs to see there
      } else {
        stray(docs);
        docs.clear();
      }
    });
    if (carry != nullptr) {
      *carry = std::move(docs);
    } else {
      stray(docs);
    }
    return found;
  }

  // --- The file and its extensions ---------------------------------------------

  void readSourceFile(SyntaxNode root) {
    const auto found = declarationsIn(root, [](std::string_view type) {
      return type == "extension_declaration" || isMemberDeclaration(type);
    });
    // Extensions first, so that members outside them can join one.
    std::vector<std::size_t> extensionBefore(found.size(), SIZE_MAX);
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (found[i].node.type() == "extension_declaration") {
        document_.extensions.push_back(readExtension(found[i]));
      }
      extensionBefore[i] =
          document_.extensions.empty() ? SIZE_MAX : document_.extensions.size() - 1;
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
      const auto& [node, docs] = found[i];
      if (node.type() == "extension_declaration") {
        continue;
      }
      document_.outsideDeclarations.push_back(
          {std::string(keywordOf(node).type()), keywordOf(node).byteRange()});
      if (document_.extensions.empty()) {
        Extension made;
        made.declared = false;
        made.range = root.byteRange();
        document_.extensions.push_back(std::move(made));
      }
      const auto owner = extensionBefore[i] == SIZE_MAX ? 0 : extensionBefore[i];
      currentExtension_ = static_cast<uint32_t>(owner);
      readMember(document_.extensions[owner], found[i]);
    }
  }

  /// A text cut into segments (syntax/segment_plan.h) is one extension, with only
  /// comments around it: read as readSourceFile and readExtension read it in one tree,
  /// a segment at a time. A segment whose tree the previous build read already (its
  /// model is kept with the segment) has its members taken over from that build.
  void readSegmentedExtension() {
    const auto frame = tree_.extensionFrame();
    const Found found{frame.declaration, docLinesIn(frame.before)};
    auto head = readHead(found);
    Extension extension;
    extension.name = std::move(head.name);
    extension.range = frame.range;
    extension.keywordRange = head.keywordRange;
    extension.annotations = std::move(head.annotations);
    extension.description = std::move(head.description);
    currentExtension_ = 0;
    std::vector<ByteRange> pending; // doc lines for the next segment's first member
    const auto segments = tree_.segments();
    auto readAhead = readAheadInParallel(segments);
    for (std::size_t i = 0; i < segments.size(); ++i) {
      const auto& segment = segments[i];
      const auto* used = pending.empty() ? usableSegment(segment) : nullptr;
      if (used != nullptr && takeOver(extension, *used, segment.owned.start, pending)) {
        continue;
      }
      if (readAhead[i] && pending.empty()) {
        splice(extension, std::move(*readAhead[i]), pending);
        continue;
      }
      readSegment(extension, i, segment, pending);
    }
    stray(pending);
    document_.extensions.push_back(std::move(extension));
    stray(docLinesIn(frame.after));
  }

  /// The key of the segment models in syntax::SegmentMemo.
  static constexpr char kSegmentModelKey = 0;

  /// How the previous build used the model kept with `segment`, when its members can be
  /// taken over from that build (no doc lines of the segment before it document them).
  const UsedSegment* usableSegment(const syntax::Segment& segment) const {
    const auto kept =
        segment.memo != nullptr ? segment.memo->find<SegmentModel>(&kSegmentModelKey) : nullptr;
    return kept != nullptr && !kept->docsIn ? previousUse(kept.get()) : nullptr;
  }

  /// Below this many segments to read, reading them on one thread is as fast.
  static constexpr std::size_t kParallelSegments = 4;

  /// When many segments must be read (the text was opened, or its head edited), reads
  /// them on two threads, each taking the next segment: building the model of a large
  /// file from scratch takes about half as long on two cores. Each segment is read as if no
  /// doc line before it documented its first member; one that is (rare, see
  /// SegmentModel::docsIn) is read again in order. A segment read when it was parsed
  /// (readSegmentAhead) counts as read ahead. Empty where a segment is not read ahead.
  std::vector<std::optional<ReadAhead>>
  readAheadInParallel(const std::vector<syntax::Segment>& segments) const {
    std::vector<std::optional<ReadAhead>> result(segments.size());
    std::vector<std::size_t> toRead;
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if (usableSegment(segments[i]) != nullptr) {
        continue;
      }
      result[i] = takeStashedRead(segments[i]);
      if (!result[i]) {
        toRead.push_back(i);
      }
    }
    if (toRead.size() < kParallelSegments) {
      return result;
    }
    forEachOnTwoThreads(toRead.size(), [&](std::size_t k, std::size_t /*thread*/) {
      result[toRead[k]] = readAlone(toRead[k], segments[toRead[k]]);
    });
    return result;
  }

  /// The read of `segment` kept in its memo since its parse, if the segment has not
  /// moved since; taken, so that the memo does not hold a second copy of the members.
  static std::optional<ReadAhead> takeStashedRead(const syntax::Segment& segment) {
    const auto stash =
        segment.memo != nullptr ? segment.memo->find<StashedRead>(&kStashedReadKey) : nullptr;
    if (stash == nullptr) {
      return std::nullopt;
    }
    const std::lock_guard lock(stash->mutex);
    std::optional<ReadAhead> read;
    if (stash->base == segment.owned.start) {
      read = std::move(stash->read);
    }
    stash->read.reset();
    return read;
  }

  /// Appends a segment read ahead to the extension, as readSegment would have read it.
  void splice(Extension& extension, ReadAhead part, std::vector<ByteRange>& pending) {
    part.used.first = listSizes(extension);
    segments_.push_back(std::move(part.used));
    const auto append = [](auto& into, const auto& from) {
      for (std::size_t i = 0; i < from.size(); ++i) {
        into.push_back(from.shared(i));
      }
    };
    append(extension.actions, part.members.actions);
    append(extension.structures, part.members.structures);
    append(extension.entities, part.members.entities);
    append(extension.resources, part.members.resources);
    auto& lineage = this->lineage();
    const auto appendLineage = [](auto& into, const auto& from) {
      into.insert(into.end(), from.begin(), from.end());
    };
    appendLineage(lineage.actions, part.lineage.actions);
    appendLineage(lineage.structures, part.lineage.structures);
    appendLineage(lineage.entities, part.lineage.entities);
    appendLineage(lineage.resources, part.lineage.resources);
    stray(part.strays);
    pending = std::move(part.docsOut);
    reused_ += part.reused;
    shared_ += part.shared;
    readWhileParsing_ += part.whileParsing ? 1U : 0U;
  }

  /// How the previous build used `model`, if it did.
  const UsedSegment* previousUse(const SegmentModel* model) const {
    if (previous_ == nullptr) {
      return nullptr;
    }
    return findPreviousSegment(
        [model](const UsedSegment& used) { return used.model.get() == model; });
  }

  std::array<uint32_t, 4> listSizes(const Extension& extension) const {
    return {static_cast<uint32_t>(extension.actions.size()),
            static_cast<uint32_t>(extension.structures.size()),
            static_cast<uint32_t>(extension.entities.size()),
            static_cast<uint32_t>(extension.resources.size())};
  }

  /// Takes the members of a segment the previous build used (as `used`) from that build,
  /// moved to where the segment starts now; false when that build does not hold them.
  bool takeOver(Extension& extension, const UsedSegment& used, uint32_t start,
                std::vector<ByteRange>& pending) {
    const auto& model = *used.model;
    if (previous_->document.extensions.empty()) {
      return false;
    }
    const auto& from = previous_->document.extensions.front();
    const auto fromSizes = listSizes(from);
    for (std::size_t kind = 0; kind < 4; ++kind) {
      if (used.first.at(kind) + model.counts.at(kind) > fromSizes.at(kind)) {
        return false;
      }
    }
    const auto now = static_cast<int64_t>(start) - static_cast<int64_t>(model.base);
    const auto moved = now - used.delta; // since the previous build
    segments_.push_back(UsedSegment{used.model, listSizes(extension), now});
    auto& lineage = this->lineage();
    const auto take = [&](auto& into, const auto& source, std::size_t kind,
                          std::vector<CarriedMember>& carried) {
      for (uint32_t j = 0; j < model.counts.at(kind); ++j) {
        const auto index = used.first.at(kind) + j;
        into.pushMoved(source, index, moved); // moved when first read, not now
        carried.push_back(CarriedMember{index, moved});
        ++shared_;
        ++reused_;
      }
    };
    take(extension.actions, from.actions, 0, lineage.actions);
    take(extension.structures, from.structures, 1, lineage.structures);
    take(extension.entities, from.entities, 2, lineage.entities);
    take(extension.resources, from.resources, 3, lineage.resources);
    for (auto range : model.strays) {
      shiftRange(range, now);
      document_.strayDocComments.push_back(range);
    }
    pending = model.docsOut;
    for (auto& range : pending) {
      shiftRange(range, now);
    }
    return true;
  }

  /// Reads the members of segment `index`, and keeps what was read with the segment.
  void readSegment(Extension& extension, std::size_t index, const syntax::Segment& segment,
                   std::vector<ByteRange>& pending) {
    auto model = std::make_shared<SegmentModel>();
    model->base = segment.owned.start;
    model->docsIn = !pending.empty();
    model->pin = tree_.pinSegment(index);
    const auto straysBefore = document_.strayDocComments.size();
    reading_ = model.get();
    readingFirst_ = listSizes(extension);
    for (const auto& member :
         declarationsAmong(tree_.bodyChildrenOf(index), isMemberDeclaration, &pending)) {
      readMember(extension, member);
    }
    reading_ = nullptr;
    const auto sizes = listSizes(extension);
    for (std::size_t kind = 0; kind < 4; ++kind) {
      model->counts.at(kind) = sizes.at(kind) - readingFirst_.at(kind);
    }
    model->docsOut = pending;
    model->strays.assign(document_.strayDocComments.begin() +
                             static_cast<std::ptrdiff_t>(straysBefore),
                         document_.strayDocComments.end());
    segments_.push_back(UsedSegment{model, readingFirst_, 0});
    if (segment.memo != nullptr) {
      // The latest build's model replaces an earlier one: the next build is built from
      // this one, and looks its segments up in it.
      segment.memo->put<SegmentModel>(&kSegmentModelKey, std::move(model));
    }
  }

  /// Where a member's node was in the previous build: its origin there, with index and
  /// positions as of that build.
  std::optional<MemberOrigin> previousOrigin(const void* identity) const {
    if (previous_ == nullptr) {
      return std::nullopt;
    }
    if (const auto it = previous_->origins.find(identity); it != previous_->origins.end()) {
      return it->second;
    }
    MemberOrigins::const_iterator it;
    const auto* used = findPreviousSegment([&](const UsedSegment& segment) {
      it = segment.model->origins.find(identity);
      return it != segment.model->origins.end();
    });
    if (used == nullptr) {
      return std::nullopt;
    }
    auto origin = it->second;
    origin.index += used->first.at(static_cast<std::size_t>(origin.kind));
    origin.start = static_cast<uint32_t>(static_cast<int64_t>(origin.start) + used->delta);
    for (auto& range : origin.innerDocs) {
      shiftRange(range, used->delta);
    }
    for (auto& range : origin.innerStrays) {
      shiftRange(range, used->delta);
    }
    return origin;
  }

  /// Records where a member of this build came from, for the next build.
  void remember(const void* identity, MemberOrigin origin) {
    if (reading_ != nullptr) {
      origin.index -= readingFirst_.at(static_cast<std::size_t>(origin.kind));
      reading_->origins.emplace(identity, std::move(origin));
    } else {
      origins_.emplace(identity, std::move(origin));
    }
  }

  /// The doc lines among `comments` (the comments around a segmented extension).
  static std::vector<ByteRange> docLinesIn(const std::vector<SyntaxNode>& comments) {
    std::vector<ByteRange> docs;
    for (const auto& node : comments) {
      if (node.type() == "doc_comment") {
        docs.push_back(node.byteRange());
      }
    }
    return docs;
  }

  /// The keyword child ("action", "extension", …) of a declaration.
  static SyntaxNode keywordOf(SyntaxNode declaration) {
    SyntaxNode keyword;
    declaration.forEachChild([&](SyntaxNode child) {
      if (!keyword && !child.isNamed() && !child.isExtra() && child.type() != "@") {
        keyword = child;
      }
    });
    return keyword ? keyword : declaration;
  }

  /// The parts every declaration has: annotations and doc lines before the
  /// keyword (doc lines between annotations and keyword are appended to the
  /// description), the keyword, the name and the body.
  struct Head {
    std::vector<Annotation> annotations;
    Description description;
    ByteRange keywordRange;
    Name name;
    SyntaxNode body;
    SyntaxNode path;                  // resources
    std::vector<ByteRange> innerDocs; // doc lines inside the node, before the keyword
  };

  Head readHead(const Found& found) {
    Head head;
    bool afterKeyword = false;
    found.node.forEachChild([&](SyntaxNode child) {
      const auto type = child.type();
      if (type == "annotation" && !afterKeyword) {
        head.annotations.push_back(readAnnotation(child));
      } else if (type == "doc_comment") {
        if (afterKeyword) {
          document_.strayDocComments.push_back(child.byteRange());
        } else {
          head.innerDocs.push_back(child.byteRange());
        }
      } else if (type == "comment" || child.isError()) {
        return;
      } else if (!afterKeyword && !child.isNamed()) {
        afterKeyword = true;
        head.keywordRange = child.byteRange();
      } else if (type == "identifier" && head.name.text.empty()) {
        head.name = Name{text(child), child.byteRange()};
      } else if (type == "string") {
        head.path = child;
      } else if (type.size() > 5 && type.substr(type.size() - 5) == "_body") {
        head.body = child;
      }
    });
    if (head.name.text.empty() && head.name.range == ByteRange{}) {
      // No name: place it (empty) right after the keyword, for messages.
      head.name.range = ByteRange{head.keywordRange.end, head.keywordRange.end};
    }
    head.description = descriptionOf(found.docs, head.innerDocs);
    return head;
  }

  /// The doc lines before a declaration, then those between its annotations and keyword.
  Description descriptionOf(const std::vector<ByteRange>& outer,
                            const std::vector<ByteRange>& inner) const {
    if (inner.empty()) {
      return descriptionFromDocLines(text_, outer);
    }
    auto docs = outer;
    docs.insert(docs.end(), inner.begin(), inner.end());
    return descriptionFromDocLines(text_, docs);
  }

  Extension readExtension(const Found& found) {
    auto head = readHead(found);
    Extension extension;
    extension.name = std::move(head.name);
    extension.range = found.node.byteRange();
    extension.keywordRange = head.keywordRange;
    extension.annotations = std::move(head.annotations);
    extension.description = std::move(head.description);
    currentExtension_ = static_cast<uint32_t>(document_.extensions.size());
    if (head.body) {
      for (const auto& member : declarationsIn(head.body, isMemberDeclaration)) {
        readMember(extension, member);
      }
    }
    return extension;
  }

  void readMember(Extension& extension, const Found& found) {
    if (const auto origin = previousOrigin(found.node.identity())) {
      reuseMember(extension, found, *origin);
      return;
    }
    const auto straysBefore = document_.strayDocComments.size();
    const auto type = found.node.type();
    auto head = readHead(found);
    MemberOrigin origin;
    origin.extension = currentExtension_;
    origin.start = found.node.byteRange().start;
    origin.innerDocs = head.innerDocs;
    if (type == "action_declaration") {
      Action action{std::move(head.name),        found.node.byteRange(),      head.keywordRange,
                    std::move(head.annotations), std::move(head.description), {}};
      if (head.body) {
        for (const auto& parameter :
             declarationsIn(head.body, [](std::string_view t) { return t == "parameter"; })) {
          action.parameters.push_back(readParameter(parameter));
        }
      }
      origin.kind = MemberOrigin::Kind::Action;
      origin.index = static_cast<uint32_t>(extension.actions.size());
      lineage().actions.emplace_back();
      extension.actions.push_back(std::move(action));
    } else if (type == "structure_declaration") {
      Structure structure{std::move(head.name),        found.node.byteRange(),
                          head.keywordRange,           std::move(head.annotations),
                          std::move(head.description), readAttributes(head.body)};
      origin.kind = MemberOrigin::Kind::Structure;
      origin.index = static_cast<uint32_t>(extension.structures.size());
      lineage().structures.emplace_back();
      extension.structures.push_back(std::move(structure));
    } else if (type == "entity_declaration") {
      Entity entity{std::move(head.name),        found.node.byteRange(),
                    head.keywordRange,           std::move(head.annotations),
                    std::move(head.description), readAttributes(head.body)};
      origin.kind = MemberOrigin::Kind::Entity;
      origin.index = static_cast<uint32_t>(extension.entities.size());
      lineage().entities.emplace_back();
      extension.entities.push_back(std::move(entity));
    } else if (type == "resource_declaration") {
      Resource resource;
      resource.range = found.node.byteRange();
      resource.keywordRange = head.keywordRange;
      resource.annotations = std::move(head.annotations);
      resource.description = std::move(head.description);
      if (head.path) {
        resource.path = readLiteral(head.path, LiteralKind::String);
        resource.pathText = decodeString(resource.path.text).value;
      } else {
        resource.path.range = ByteRange{head.keywordRange.end, head.keywordRange.end};
      }
      origin.kind = MemberOrigin::Kind::Resource;
      origin.index = static_cast<uint32_t>(extension.resources.size());
      lineage().resources.emplace_back();
      extension.resources.push_back(std::move(resource));
    } else {
      return;
    }
    origin.innerStrays.assign(document_.strayDocComments.begin() +
                                  static_cast<std::ptrdiff_t>(straysBefore),
                              document_.strayDocComments.end());
    remember(found.node.identity(), std::move(origin));
  }

  /// A member whose node the reparse reused: its model is the previous build's,
  /// moved to where the node is now. Only what lies outside the node (the doc lines
  /// before it) is read again. A member that did not move and kept its description
  /// is shared with the previous build rather than copied.
  void reuseMember(Extension& extension, const Found& found, const MemberOrigin& previous) {
    const auto start = found.node.byteRange().start;
    const auto delta = static_cast<int64_t>(start) - static_cast<int64_t>(previous.start);
    MemberOrigin origin = previous;
    origin.extension = currentExtension_;
    origin.start = start;
    for (auto& range : origin.innerDocs) {
      shiftRange(range, delta);
    }
    for (auto& range : origin.innerStrays) {
      shiftRange(range, delta);
      document_.strayDocComments.push_back(range);
    }
    const auto& from = previous_->document.extensions[previous.extension];
    // Carried over, for caches per member, unless its description changed or it was in
    // another extension (the caches go by index within one extension).
    const bool sameExtension = previous.extension == currentExtension_;
    const auto reuse = [&](auto& into, const auto& source, std::vector<CarriedMember>& lineage) {
      auto description = descriptionOf(found.docs, origin.innerDocs);
      origin.index = static_cast<uint32_t>(into.size());
      // The description it would have, moved: as read, moved since, and moved now.
      auto moved = source.asRead(previous.index).description;
      shiftRange(moved, source.movedSinceRead(previous.index) + delta);
      if (description == moved) {
        // Nothing in it changed: the previous build's object serves both builds, moved
        // when first read. Type resolution copies it if a name in it now resolves
        // differently.
        into.pushMoved(source, previous.index, delta);
        lineage.push_back(sameExtension ? CarriedMember{previous.index, delta} : CarriedMember{});
        ++shared_;
        return;
      }
      auto member = source[previous.index];
      shiftRanges(member, delta);
      member.description = std::move(description);
      into.push_back(std::move(member));
      lineage.push_back(CarriedMember{});
    };
    auto& lineage = this->lineage();
    switch (previous.kind) {
    case MemberOrigin::Kind::Action:
      reuse(extension.actions, from.actions, lineage.actions);
      break;
    case MemberOrigin::Kind::Structure:
      reuse(extension.structures, from.structures, lineage.structures);
      break;
    case MemberOrigin::Kind::Entity:
      reuse(extension.entities, from.entities, lineage.entities);
      break;
    case MemberOrigin::Kind::Resource:
      reuse(extension.resources, from.resources, lineage.resources);
      break;
    }
    remember(found.node.identity(), std::move(origin));
    ++reused_;
  }

  std::vector<Attribute> readAttributes(SyntaxNode body) {
    std::vector<Attribute> attributes;
    if (body) {
      for (const auto& attribute :
           declarationsIn(body, [](std::string_view t) { return t == "attribute"; })) {
        Attribute read;
        readTypedElement(attribute, read, nullptr);
        attributes.push_back(std::move(read));
      }
    }
    return attributes;
  }

  Parameter readParameter(const Found& found) {
    Parameter parameter;
    readTypedElement(found, parameter, &parameter);
    return parameter;
  }

  /// Parameters and attributes: [annotations] [input|output] Name [?] : Type [= default].
  void readTypedElement(const Found& found, TypedElement& element, Parameter* parameter) {
    element.range = found.node.byteRange();
    auto docs = found.docs;
    bool afterHead = false;
    bool afterColon = false;
    bool afterEquals = false;
    found.node.forEachChild([&](SyntaxNode child) {
      const auto type = child.type();
      if (type == "doc_comment") {
        if (afterHead) {
          document_.strayDocComments.push_back(child.byteRange());
        } else {
          docs.push_back(child.byteRange());
        }
      } else if (type == "comment" || child.isError()) {
        return;
      } else if (type == "annotation" && !afterHead) {
        element.annotations.push_back(readAnnotation(child));
      } else if ((type == "input" || type == "output") && !child.isNamed() && !afterHead) {
        afterHead = true;
        if (parameter != nullptr) {
          parameter->direction = type == "input" ? Direction::Input : Direction::Output;
          parameter->directionRange = child.byteRange();
        }
      } else if (type == "identifier" && !afterColon && element.name.text.empty()) {
        afterHead = true;
        element.name = Name{text(child), child.byteRange()};
      } else if (type == "optional_marker") {
        element.optionalMarker = true;
        element.optionalMarkerRange = child.byteRange();
      } else if (type == ":") {
        afterColon = true;
      } else if (type == "=") {
        afterEquals = true;
      } else if (afterEquals && !element.defaultValue) {
        if (const auto kind = literalKindOf(type)) {
          element.defaultValue = readLiteral(child, *kind);
        }
      } else if (afterColon && isTypeNode(type)) {
        element.type = readType(child);
      }
    });
    element.description = descriptionFromDocLines(text_, docs);
  }

  // --- Types, annotations, literals --------------------------------------------

  TypeExpr readType(SyntaxNode node) {
    TypeExpr type;
    type.range = node.byteRange();
    const auto kind = node.type();
    if (kind == "basic_type" || kind == "type_reference") {
      type.form = kind == "basic_type" ? TypeForm::Basic : TypeForm::Named;
      node.forEachChild([&](SyntaxNode child) {
        const auto childType = child.type();
        if (childType == "type_arguments") {
          readTypeArguments(child, type);
        } else if (childType == "doc_comment") {
          document_.strayDocComments.push_back(child.byteRange());
        } else if (!child.isExtra() && type.name.text.empty() && !child.isError()) {
          type.name = Name{text(child), child.byteRange()};
        }
      });
      if (type.form == TypeForm::Basic) {
        type.basic = basicTypeNamed(type.name.text).value_or(BasicType::Text);
      }
      return type;
    }
    if (kind == "record_type") {
      type.form = TypeForm::Record;
    } else if (kind == "list_type") {
      type.form = TypeForm::List;
    } else if (kind == "identifier_type") {
      type.form = TypeForm::Identifier;
    } else {
      return type;
    }
    node.forEachChild([&](SyntaxNode child) {
      if (isTypeNode(child.type())) {
        type.inner.push_back(readType(child));
      } else if (child.type() == "doc_comment") {
        document_.strayDocComments.push_back(child.byteRange());
      }
    });
    return type;
  }

  void readTypeArguments(SyntaxNode arguments, TypeExpr& type) {
    type.hasArguments = true;
    type.argumentsRange = arguments.byteRange();
    arguments.forEachChild([&](SyntaxNode child) {
      if (child.type() == "integer" && !child.isMissing()) {
        const auto value = parseInteger(child.textIn(text_));
        type.arguments.push_back(
            TypeArgument{value.value_or(0), value.has_value(), child.byteRange()});
      } else if (child.type() == "doc_comment") {
        document_.strayDocComments.push_back(child.byteRange());
      }
    });
  }

  Annotation readAnnotation(SyntaxNode node) {
    Annotation annotation;
    annotation.range = node.byteRange();
    node.forEachChild([&](SyntaxNode child) {
      const auto type = child.type();
      if (type == "identifier" && annotation.name.text.empty()) {
        annotation.name = Name{text(child), child.byteRange()};
      } else if (type == "annotation_arguments") {
        annotation.hasArgumentList = true;
        annotation.argumentsRange = child.byteRange();
        child.forEachChild([&](SyntaxNode argument) {
          if (const auto kind = literalKindOf(argument.type()); kind && !argument.isMissing()) {
            annotation.arguments.push_back(readLiteral(argument, *kind));
          } else if (argument.type() == "doc_comment") {
            document_.strayDocComments.push_back(argument.byteRange());
          }
        });
      } else if (type == "doc_comment") {
        document_.strayDocComments.push_back(child.byteRange());
      }
    });
    if (annotation.name.text.empty()) {
      annotation.name.range = ByteRange{annotation.range.start + 1, annotation.range.start + 1};
    }
    return annotation;
  }

  Literal readLiteral(SyntaxNode node, LiteralKind kind) const {
    return Literal{kind, text(node), node.byteRange()};
  }
};

} // namespace

Document buildModel(const SyntaxTree& tree) { return ModelBuilder(tree, nullptr).build().document; }

BuiltModel buildModel(const SyntaxTree& tree, const BuiltModel* previous) {
  return ModelBuilder(tree, previous).build();
}

void readSegmentAhead(const SyntaxTree& tree, std::size_t index) {
  const auto segment = tree.segment(index);
  if (segment.memo == nullptr) {
    return;
  }
  auto stash = std::make_shared<StashedRead>();
  stash->base = segment.owned.start;
  stash->read = ModelBuilder(tree, nullptr).readAlone(index, segment);
  stash->read->whileParsing = true;
  segment.memo->put<StashedRead>(&kStashedReadKey, std::move(stash));
}

} // namespace oxt::model
