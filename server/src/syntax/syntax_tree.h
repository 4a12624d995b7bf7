// A parsed `.oxt` text: owns the text, its line index, a tree-sitter parser and
// the current tree, and keeps them in step through edits.
//
// Why incremental: an editor sends a small edit per keystroke. applyEdit() tells
// tree-sitter what changed (ts_tree_edit) and reparses reusing the old tree, which
// reuses every subtree outside the edit. The ranges whose syntax changed are
// computed on request (changedRanges()): comparing two trees costs about a third
// of a reparse, and most callers do not need it.
//
// Why segments: a large extension is parsed as several trees, one per run of members
// (syntax/segment_plan.h), because tree-sitter's reparse of one tree grows with the
// number of members. Readers of a document see them through segments() or
// extensionParts(); a text of one segment (every small file, every C# file, any text
// that is not one well-formed extension) has one tree, which root() returns.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/line_index.h"
#include "syntax/segment_plan.h"
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

/// How long a segment is at least (segment_plan.h). A text shorter than two segments
/// is one tree. 0 parses every text as one tree.
inline constexpr uint32_t kDefaultSegmentBytes = 32U * 1024U;

/// One tree of a segmented text and the part of the text it owns. A segment after the
/// first is parsed with the extension's header (keyword, name, `{`) in front: its
/// root holds an extension declaration whose body holds its members. The nodes of that
/// header belong to the first segment; only nodes that start inside `owned` are this
/// segment's.
/// What readers computed from one segment alone, kept with the segment while its tree
/// stays the same: when an edit before it only moves it, and in the snapshots taken
/// of it. A segment parsed again starts with an empty one. Since the segment may have
/// moved, a value must hold its positions relative to the segment's start. The syntax
/// errors keep theirs here, so that a keystroke walks one segment.
class SegmentMemo {
public:
  /// The value of `key` (the address of a constant of the caller's), computed by
  /// `compute` the first time. Thread-safe.
  template <typename T, typename Compute>
  std::shared_ptr<const T> get(const void* key, Compute&& compute) {
    const std::lock_guard lock(mutex_);
    for (const auto& [owner, value] : values_) {
      if (owner == key) {
        return std::static_pointer_cast<const T>(value);
      }
    }
    auto value = std::make_shared<const T>(compute());
    values_.emplace_back(key, value);
    return value;
  }

  /// The value of `key`, if one was computed or kept.
  template <typename T> std::shared_ptr<const T> find(const void* key) {
    const std::lock_guard lock(mutex_);
    for (const auto& [owner, value] : values_) {
      if (owner == key) {
        return std::static_pointer_cast<const T>(value);
      }
    }
    return nullptr;
  }

  /// Makes `value` the value of `key`, replacing any.
  template <typename T> void put(const void* key, std::shared_ptr<const T> value) {
    const std::lock_guard lock(mutex_);
    for (auto& [owner, kept] : values_) {
      if (owner == key) {
        kept = std::move(value);
        return;
      }
    }
    values_.emplace_back(key, std::move(value));
  }

private:
  std::mutex mutex_;
  std::vector<std::pair<const void*, std::shared_ptr<const void>>> values_;
};

struct Segment {
  SyntaxNode root;
  ByteRange owned;
  SegmentMemo* memo = nullptr; // valid while the tree it came from is unchanged
};

/// The one extension of a segmented text, put back together: what a single tree's
/// source_file and extension_declaration would show.
struct ExtensionParts {
  SyntaxNode declaration;               // the first segment's: annotations, keyword, name
  ByteRange range;                      // the whole declaration
  ByteRange bodyRange;                  // the whole body, from `{` to `}` (or its last member)
  std::vector<SyntaxNode> before;       // the root's children before it (comments)
  std::vector<SyntaxNode> bodyChildren; // `{`, members, comments, errors, `}`, across segments
  std::vector<SyntaxNode> after;        // the root's children after it (comments)
  SyntaxNode lastBody;                  // the last segment's body: it holds the `}`, if any
};

class SyntaxTree;

/// Called, during a parse from scratch in segments, for each segment that parsed as a
/// run of whole members, on the thread that parsed it and right after: for a reader
/// (the model) to read the segment while its tree is in that core's cache, and keep
/// what it read in the segment's memo. The tree is still being built: only segment
/// `index` (SyntaxTree::segment), text() and lines() may be read. The segment may yet
/// be joined with a neighbour whose parse went wrong; its memo then goes with its tree.
using SegmentParsed = std::function<void(const SyntaxTree& tree, std::size_t index)>;

/// A flag another thread may set (to non-zero) to abandon a parse from scratch:
/// tree-sitter polls it (its cancellation flag) while it parses.
using AbandonFlag = std::atomic<std::size_t>;

/// Thrown by the SyntaxTree constructor whose parse was abandoned through its flag.
class ParseAbandoned : public std::runtime_error {
public:
  ParseAbandoned() : std::runtime_error("the parse was abandoned") {}
};

class SyntaxTree {
public:
  /// Parses `text` from scratch, in segments of at least `segmentBytes` when it is a
  /// large enough extension (Language::Oxt only).
  explicit SyntaxTree(std::string text, Language language = Language::Oxt,
                      uint32_t segmentBytes = kDefaultSegmentBytes);
  /// The same for an `.oxt` text, unless `abandon` is set before the parse ends: then
  /// it throws ParseAbandoned. For work nobody waits for (the workspace scan), which
  /// must give way when the editor opens the file it is reading.
  SyntaxTree(std::string text, const AbandonFlag& abandon);
  /// The same for an `.oxt` text, calling `parsed` for each segment as it is parsed.
  SyntaxTree(std::string text, const SegmentParsed& parsed,
             uint32_t segmentBytes = kDefaultSegmentBytes);
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
  /// The root of the tree when the text is one segment; the first segment's root
  /// (whose extension body holds only the first segment's members) when it is several.
  [[nodiscard]] SyntaxNode root() const;

  /// The trees of the text in order, each with the part of the text it owns: one
  /// (the whole text) unless the text is a large extension.
  [[nodiscard]] std::vector<Segment> segments() const;
  [[nodiscard]] std::size_t segmentCount() const { return parts_.size(); }
  /// Segment `index` (below segmentCount()).
  [[nodiscard]] Segment segment(std::size_t index) const;
  /// The segment that owns `offset` (the last one for the end of the text).
  [[nodiscard]] Segment segmentAt(uint32_t offset) const;
  /// The extension put back together from its segments, when there are several (else
  /// null). Built on first use and kept until the next edit (thread-safe): the model,
  /// the checks and the features of one version all read it.
  [[nodiscard]] const ExtensionParts* extensionParts() const;
  /// extensionParts() but for its bodyChildren, read from the first and last segments
  /// only (empty when the text is one tree): for a reader that goes segment by segment.
  [[nodiscard]] ExtensionParts extensionFrame() const;
  /// The children of segment `index`'s extension body that belong to it: in order, the
  /// part of extensionParts().bodyChildren that this segment holds.
  /// With `body`, also the body node itself (for readers that need a parent).
  [[nodiscard]] std::vector<SyntaxNode> bodyChildrenOf(std::size_t index,
                                                       SyntaxNode* body = nullptr) const;
  /// Keeps segment `index`'s tree as it is now alive for as long as the handle lives:
  /// a reader that keeps node identities (SyntaxNode::identity) past this version needs
  /// them not to be handed to new nodes.
  [[nodiscard]] std::shared_ptr<const void> pinSegment(std::size_t index) const;
  /// Whether any tree holds an error or a missing node.
  [[nodiscard]] bool hasError() const;
  /// The smallest node that spans `range`, in the segment that owns its start.
  [[nodiscard]] SyntaxNode descendantForRange(ByteRange range) const;

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
  struct ParserDeleter {
    void operator()(TSParser* parser) const;
  };
  struct TreeDeleter {
    void operator()(TSTree* tree) const;
  };
  using TreePointer = std::unique_ptr<TSTree, TreeDeleter>;
  using ParserPointer = std::unique_ptr<TSParser, ParserDeleter>;

  /// A tree and the bytes it owns (the whole text when there is one).
  struct Part {
    ByteRange owned;
    TreePointer tree;
    /// The tree before the last edits, edited to match the new text: the base of
    /// changedRanges(). Null after a parse from scratch.
    TreePointer previous;
    bool dirty = false;  // edited since its last parse
    bool joined = false; // joined with another part since the last edits
    /// Shared with the snapshots of this version, and kept while the tree is only moved.
    std::shared_ptr<SegmentMemo> memo = std::make_shared<SegmentMemo>();
  };
  /// Whether a segment's tree fits between its neighbours (see stateOf).
  enum class PartState : uint8_t { Clean, BadStart, BadEnd, Broken };

  SyntaxTree(const SyntaxTree& from, bool /*snapshot*/);
  static ParserPointer newParser(Language language);
  /// Makes `parser` stop when `abandon` is set (none: never).
  static void watch(TSParser* parser, const AbandonFlag* abandon);
  /// With `readLines`, the line index is read from the text first (a new tree's).
  void parseFromScratch(const AbandonFlag* abandon = nullptr, const SegmentParsed* parsed = nullptr,
                        bool readLines = false);
  /// The reads of the whole text a parse from scratch starts with: the line index (when
  /// `readLines`), limitProblem_, and the plan of the segments, which it returns.
  [[nodiscard]] std::optional<SegmentPlan> readBeforeParse(bool readLines);
  void parsePart(TSParser* parser, Part& part, std::size_t index) const;
  void editTrees(const TextEdit& edit);
  /// Whether part `index` parsed as a run of whole members of the extension: its
  /// start at a member (BadStart: join with the part before), its end after a closed
  /// member (BadEnd: join with the part after), and nothing but the extension at the
  /// top (Broken: one tree for the whole text).
  [[nodiscard]] PartState stateOf(std::size_t index) const;
  void joinWithNext(std::size_t index);
  /// With `known`, the states of parts [from, to) as stateOf reads them now.
  void settleParts(std::size_t from, std::size_t to, const std::vector<PartState>* known = nullptr);
  void splitPart(std::size_t index);
  [[nodiscard]] ExtensionParts readExtensionParts() const;
  /// For a text in one tree: from its extension's keyword to just past its body's
  /// `{`, when that header parsed without error.
  [[nodiscard]] std::optional<ByteRange> headerOfOneTree() const;

  std::string text_;
  Language language_ = Language::Oxt;
  uint32_t segmentBytes_ = kDefaultSegmentBytes;
  LineIndex lines_;
  ParserPointer parser_;
  std::vector<Part> parts_;
  /// The extension's header, parsed in front of every segment after the first.
  ByteRange header_;
  std::optional<std::string> limitProblem_;
  /// Whether an edit since the last parse may have changed the bracket depth.
  bool depthMayHaveChanged_ = true;
  /// Whether the text must be planned and parsed again from scratch (an edit touched
  /// the header of a segmented text).
  bool replan_ = false;
  /// Whether an edit touched the header of a large text in one tree (see applyEdits).
  bool retryPlan_ = false;
  /// extensionParts() of this version, once asked for.
  struct PartsCache {
    std::once_flag built;
    std::optional<ExtensionParts> parts;
  };
  mutable std::unique_ptr<PartsCache> partsCache_ = std::make_unique<PartsCache>();
};

} // namespace oxt::syntax
