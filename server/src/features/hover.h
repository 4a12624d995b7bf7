// Hover: what the thing under the cursor is, in `.oxt`, in OutSystems and in the
// generated C#.
//
// For a declaration (extension, action, parameter, structure, entity, attribute,
// resource) its description (`///`), its Integration Studio properties and the C#
// the generator writes (the action's `public void Mss…(…)` comes from the codegen
// layer itself, so hover and generated code cannot disagree); for a type, what it is
// and its C# mapping; for an annotation, its meaning. docs/features/completion.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis.h"
#include "syntax/syntax_tree.h"

namespace oxt::features {

struct HoverInfo {
  syntax::ByteRange range;             // what the hover is about (a name, a type, …)
  std::string code;                    // the `.oxt` form: "input Principal: Currency"
  std::vector<std::string> paragraphs; // description, then meaning; `x` marks code
  std::string csharp;                  // the generated C#, if any
};

/// The hover at byte `offset`, or nullopt when there is nothing to say there.
[[nodiscard]] std::optional<HoverInfo> hoverAt(const syntax::SyntaxTree& tree,
                                               const model::Analysis& analysis, uint32_t offset);

/// The hover as Markdown (code blocks for `.oxt` and C#) or as plain text (for
/// clients that show Markdown source, such as Eglot without markdown-mode).
[[nodiscard]] std::string renderHover(const HoverInfo& hover, bool markdown);

} // namespace oxt::features
