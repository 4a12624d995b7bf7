// Builds the model of an `.oxt` file from its syntax tree.
//
// Why it never fails: the editor asks for the model after every keystroke, so a
// half-typed file must yield every part that is there (a declaration without a
// name, a parameter without a type) and nothing may throw. What is wrong is left
// for the checks to report.
//
// Why incremental: on a file of thousands of members, walking every node of the tree
// after each keystroke costs tens of milliseconds (tree-sitter's cursor steps, mostly).
// A reparse reuses the subtrees of the members an edit did not touch, so a member
// whose node is the same as in the previous build keeps its model, moved to its new
// place; only the edited members are read again.
//
// Why shared: the language server keeps the previous model while it builds the next,
// so copying every reused member doubled the memory of the model at each keystroke
// (and took half its time). Members are held by shared pointer (shared_list.h): a
// reused member that neither moved (it lies before the edit, or the edit kept the
// length of the text) nor changed its description is the previous build's very
// object. The members after an edit that changed the length are copies, moved. Type
// resolution runs on every member, since adding, removing or renaming a structure or
// entity changes what names resolve to; it copies a shared member only when its
// resolution did change, so the previous model never changes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "model/extension_model.h"
#include "model/lineage.h"
#include "model/type_resolution.h"
#include "syntax/syntax_tree.h"

namespace oxt::model {

/// Where the model of a member came from, so that the next build can reuse it.
struct MemberOrigin {
  enum class Kind : uint8_t { Action, Structure, Entity, Resource };
  Kind kind = Kind::Action;
  uint32_t extension = 0;             // index in Document::extensions
  uint32_t index = 0;                 // index in that extension's vector of its kind
  uint32_t start = 0;                 // where the member's node started
  std::vector<ByteRange> innerDocs;   // `///` lines inside the node, before the keyword
  std::vector<ByteRange> innerStrays; // `///` lines inside the node that document nothing
};

/// Members by the identity of their node (syntax::SyntaxNode::identity).
using MemberOrigins = std::unordered_map<const void*, MemberOrigin>;

/// What the model read from one segment of a large extension (syntax/segment_plan.h),
/// kept with the segment (syntax::SegmentMemo) while its tree stays the same: the next
/// build takes the segment's members over from the previous build, moved, without
/// walking its nodes. Positions are as of `base`, the segment's start when it was read.
struct SegmentModel {
  uint32_t base = 0;
  std::array<uint32_t, 4> counts{}; // its members, by MemberOrigin::Kind
  std::vector<ByteRange> strays;    // doc lines in it that document nothing
  /// Whether doc lines at the end of the segment before it documented its first member
  /// (then its descriptions depend on that segment, and it is read again each time).
  bool docsIn = false;
  /// Doc lines at its end, which document the next segment's first member.
  std::vector<ByteRange> docsOut;
  /// Its members by node identity; an origin's index is within the segment.
  MemberOrigins origins;
  /// The segment's tree as read, kept alive so that the identities above are never
  /// handed to other nodes while this model may be asked about them.
  std::shared_ptr<const void> pin;
};

/// A segment model as one build used it: where the segment's members begin in the
/// build's lists, and how far the segment had moved since it was read.
struct UsedSegment {
  std::shared_ptr<const SegmentModel> model;
  std::array<uint32_t, 4> first{};
  int64_t delta = 0;
};

struct BuiltModel {
  Document document;
  MemberOrigins origins;
  /// Parallel to document.extensions. Built with no previous build: every member new.
  /// A member whose description or resolved types changed is new.
  std::vector<ExtensionLineage> lineage;
  /// Parallel to document.extensions: what type names resolved to, for the next build
  /// to see whether they still do.
  std::vector<DefinitionTable> definitions;
  /// For a text in segments, the model of each segment in order (origins is empty then).
  std::vector<UsedSegment> segments;
  uint32_t reusedMembers = 0; // how many members came from the previous build
  /// How many of those were shared, not copied (before resolution): those that moved
  /// are copied when first read (shared_list.h).
  uint32_t sharedMembers = 0;
  /// How many segments came read from their parse (readSegmentAhead).
  uint32_t segmentsReadWhileParsing = 0;
};

/// The extension(s) of `tree` with their members, descriptions and resolved types.
[[nodiscard]] Document buildModel(const syntax::SyntaxTree& tree);

/// The same, reusing the members of `previous`, built from an earlier tree of the same
/// document. The earlier tree must still be alive (the identities of its nodes must
/// not have been handed to new nodes): syntax::SyntaxTree::snapshot keeps it.
[[nodiscard]] BuiltModel buildModel(const syntax::SyntaxTree& tree, const BuiltModel* previous);

/// Reads segment `index` of a text in segments as a build without a previous build
/// would, and keeps what it read with the segment (syntax::SegmentMemo): the next build
/// takes it over instead of reading the segment again, unless the segment has moved.
/// Made for syntax::SegmentParsed: a file opened is read segment by segment on the
/// thread that has just parsed each, while the segment's tree is in that core's cache.
void readSegmentAhead(const syntax::SyntaxTree& tree, std::size_t index);

} // namespace oxt::model
