// Go to definition, find references, document highlight, code lens and document
// links: the questions "what is this name, where is it declared, who uses it".
//
// Why on the symbol index: definitions and references of structures, entities,
// `Identifier<E>` and `@icon` resources are already collected (case-insensitively,
// as OutSystems compares names) by model::SymbolIndex; these functions only pick
// the symbol under the cursor and list its places, in byte ranges. Resource paths
// also name files on disk, found relative to the folder of the `.oxt` file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis.h"
#include "syntax/line_index.h"

namespace oxt::features {

/// A place where a symbol's name is written: its declaration or a reference.
struct Occurrence {
  syntax::ByteRange range;
  bool declaration = false;
};

/// The symbol whose declared name or reference is at `offset` (the cursor may
/// also stand just after the name), if any.
[[nodiscard]] std::optional<uint32_t> symbolAt(const model::Analysis& analysis, uint32_t offset);

/// Where the thing at the cursor is defined.
struct Definition {
  /// The declaration's name in this document.
  std::optional<syntax::ByteRange> declaration;
  /// The file on disk a resource path names (only when it exists).
  std::optional<std::filesystem::path> file;
};

/// The definition of the name at `offset`: a structure or entity (from a type or
/// `Identifier<E>`), a resource (from `@icon("…")`), any declaration (itself), or
/// the file of a resource path (from `resource "…"`, or an `@icon` path that no
/// resource declares). `folder` is the folder of the `.oxt` file.
[[nodiscard]] Definition definitionAt(const model::Analysis& analysis, uint32_t offset,
                                      const std::filesystem::path& folder);

/// Every occurrence of `symbol`, in source order; the declaration only when asked.
[[nodiscard]] std::vector<Occurrence> occurrencesOf(const model::Analysis& analysis,
                                                    uint32_t symbol, bool includeDeclaration);

/// The occurrences of the symbol at `offset` (declaration included), in source
/// order; empty when the cursor is on no name.
[[nodiscard]] std::vector<Occurrence> highlightsAt(const model::Analysis& analysis,
                                                   uint32_t offset);

/// A reference count shown above a declaration.
struct ReferenceLens {
  syntax::ByteRange range; // the declaration's name
  uint32_t symbol = 0;
  std::size_t count = 0;
  std::string title; // "2 references"
};

/// One lens per named structure and entity: how many types, `Identifier<…>` and
/// record members of this document refer to it. Actions get none: nothing in an
/// `.oxt` file refers to an action (docs/features/navigation.md).
[[nodiscard]] std::vector<ReferenceLens> referenceLenses(const model::Analysis& analysis);

/// A resource path that names an existing file.
struct ResourceLink {
  syntax::ByteRange range; // the path, without its quotes
  std::filesystem::path file;
};

/// A link for each `resource "…"` whose file exists, relative to `folder`.
[[nodiscard]] std::vector<ResourceLink> resourceLinks(const model::Analysis& analysis,
                                                      const std::filesystem::path& folder);

/// The existing regular file a resource path names relative to `folder`, or
/// nullopt (empty, absolute, or missing).
[[nodiscard]] std::optional<std::filesystem::path> resourceFile(const std::filesystem::path& folder,
                                                                std::string_view resourcePath);

} // namespace oxt::features
