// Every limit that keeps oxt responsive on pathological input, in one place.
//
// Why limits at all: a language server sees whatever the editor holds — a pasted
// log, a generated file, a corrupted save — and a client may send anything. Each
// value below is far above what a real extension or a real client needs (the
// largest extension we know is about 200 KB, with brackets nested 4 deep), and low
// enough that the work it bounds stays within a second and a few megabytes of
// stack. What happens when one is exceeded is documented in docs/security.md.
#pragma once

#include <cstddef>

namespace oxt::limits {

/// The largest message body the transport reads (Content-Length). A longer message
/// is skipped by its length — the stream stays in sync — and logged; a request in
/// it goes unanswered, since its id is never read.
inline constexpr std::size_t kMaxMessageBytes = std::size_t{64} << 20U;

/// The deepest nesting of arrays and objects in a message. LSP messages nest about
/// ten levels; deeper ones are refused with InvalidRequest before they are parsed,
/// because serializing or walking a JSON value recurses per level.
inline constexpr std::size_t kMaxJsonDepth = 128;

/// The largest document that is parsed and analysed (.oxt, and the C# file it is
/// compared with). A larger one is kept as text (an editor may still change it) but
/// reported with one error at its start, and features answer as for an empty file.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{4} << 20U;

/// The deepest nesting of brackets ({ ( [ <) in a document. The model, the checks
/// and the formatter walk the syntax tree recursively, one call per level; past this
/// depth a document is treated like an oversized one.
inline constexpr std::size_t kMaxNestingDepth = 256;

/// The most items one answer holds where the count grows with the workspace
/// (references, completion items): past it the list is cut (completion says it is
/// incomplete). A document is at most kMaxDocumentBytes, but a workspace may hold
/// thousands of them.
inline constexpr std::size_t kMaxResults = 10000;

/// The most workspace symbols one query returns: a list longer than a screenful is
/// not read, and clients ask again as the user types.
inline constexpr std::size_t kMaxWorkspaceSymbols = 100;

/// The most resource paths completion lists from a folder (the folder may hold
/// anything, e.g. a node_modules).
inline constexpr std::size_t kMaxResourcePaths = 200;

} // namespace oxt::limits
