// Where a large `.oxt` text is cut into segments, each parsed as its own tree.
//
// Why segments: tree-sitter (0.20.7, Debian 12) rebuilds a long repetition on every
// reparse — the hidden nodes that hold the members of a body are "fragile" and never
// reused — so a one-character edit in an extension of 5,000 actions costs 6 ms and
// grows with the file. A segment holds a run of whole members and is parsed with the
// extension's header in front (tree-sitter's included ranges), so that its members
// parse exactly as they would in the whole file; an edit reparses its own segment only.
//
// The plan is read from the text alone, before any parse, by a scan that knows the
// tokens that can hide a brace (strings, comments, date literals): a cut goes before a
// line that starts a member (`action`, `structure`, `entity`, `resource`, `@` or `///`)
// right after a member closed by `}` or `"` at the body's depth. SyntaxTree checks each
// segment's tree afterwards and joins a segment with its neighbour when a cut turns out
// not to fall between two members.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "syntax/line_index.h"

namespace oxt::syntax {

struct SegmentPlan {
  /// From the `extension` keyword to just past the body's `{`: parsed again in front of
  /// every segment after the first.
  ByteRange header;
  /// Where each segment after the first starts, in increasing order.
  std::vector<uint32_t> cuts;
};

/// Whether a text of `size` bytes is long enough to be cut into segments of at least
/// `segmentBytes` (two of them at least). planSegments finds nothing to cut otherwise.
[[nodiscard]] inline bool longEnoughToCut(std::size_t size, uint32_t segmentBytes) {
  return segmentBytes != 0 && size >= 2ULL * segmentBytes;
}

/// The segments of `text`, each at least `segmentBytes` long but the last, or nothing
/// when the text is not one extension with a readable header, or too short to cut.
[[nodiscard]] std::optional<SegmentPlan> planSegments(std::string_view text, uint32_t segmentBytes);

/// The places where `text[from, to)` may be cut: the starts of lines that begin a member
/// right after a closed one, at the body's depth. `from` must be such a place or the
/// body's start, at the depth of the extension's body.
[[nodiscard]] std::vector<uint32_t> cutCandidates(std::string_view text, uint32_t from,
                                                  uint32_t to);

/// Whether a block comment that opens in `text[range)` is still open at its end: the one
/// token that can run past a cut (strings and date literals end with their line).
[[nodiscard]] bool endsInsideComment(std::string_view text, ByteRange range);

} // namespace oxt::syntax
