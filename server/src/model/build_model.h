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

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "model/extension_model.h"
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

/// A member this build took over from the previous one with the same content: only its
/// place in the text may differ. What a cache of results per member (the checks') needs
/// to reuse them: the member's index in the previous build, and how far it moved.
struct CarriedMember {
  static constexpr uint32_t kNew = UINT32_MAX;
  uint32_t from = kNew; // index in the previous build's list of the same kind, or kNew
  int64_t delta = 0;    // its start now minus its start then
  [[nodiscard]] bool carried() const { return from != kNew; }
};

/// For each member of an extension, in the order of its lists: carried or new.
struct ExtensionLineage {
  std::vector<CarriedMember> actions;
  std::vector<CarriedMember> structures;
  std::vector<CarriedMember> entities;
  std::vector<CarriedMember> resources;
};

struct BuiltModel {
  Document document;
  MemberOrigins origins;
  /// Parallel to document.extensions. Built with no previous build: every member new.
  /// A member whose description or resolved types changed is new.
  std::vector<ExtensionLineage> lineage;
  uint32_t reusedMembers = 0; // how many members came from the previous build
  uint32_t sharedMembers = 0; // how many of those were shared, not copied (before resolution)
};

/// The extension(s) of `tree` with their members, descriptions and resolved types.
[[nodiscard]] Document buildModel(const syntax::SyntaxTree& tree);

/// The same, reusing the members of `previous`, built from an earlier tree of the same
/// document. The earlier tree must still be alive (the identities of its nodes must
/// not have been handed to new nodes): syntax::SyntaxTree::snapshot keeps it.
[[nodiscard]] BuiltModel buildModel(const syntax::SyntaxTree& tree, const BuiltModel* previous);

} // namespace oxt::model
