// Building the fixes that checks attach to their diagnostics (Diagnostic::fixes).
//
// Why helpers: a fix must leave the file tidy as well as correct (no stray spaces,
// no empty line where an annotation was, a new member indented as its siblings), and
// every check that removes a token or adds a member should do it the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checks/diagnostic.h"
#include "model/extension_model.h"
#include "syntax/line_index.h"

namespace oxt::checks {

/// A fix with one edit: `range` replaced by `text`.
[[nodiscard]] Fix replaceFix(std::string title, syntax::ByteRange range, std::string text,
                             bool preferred);

/// The range to delete so that `range` goes away cleanly: its whole line when
/// nothing else is on it, otherwise with the blanks after it (or before it, at the
/// end of a line).
[[nodiscard]] syntax::ByteRange removalRange(std::string_view text, syntax::ByteRange range);

/// The blanks at the start of the line that holds `offset`.
[[nodiscard]] std::string indentOf(std::string_view text, uint32_t offset);

/// Whether `declaration` ends with a closing brace, which appendMember needs.
[[nodiscard]] bool endsWithClosingBrace(std::string_view text, syntax::ByteRange declaration);

/// Whether the extension's body has its own closing brace: when it has none, the
/// extension ends where its last member does, often with that member's `}`, and a
/// member appended there would land inside that member.
[[nodiscard]] bool extensionBodyClosed(std::string_view text, const model::Extension& extension);

/// An edit that adds `member` (one line, without indentation or line end) as the
/// last member of the body that `declaration` ends with (`… { … }`), indented one
/// level deeper than the declaration's line. Nothing when the body's closing
/// brace is missing (a half-typed file).
[[nodiscard]] std::optional<syntax::TextEdit>
appendMember(std::string_view text, syntax::ByteRange declaration, std::string_view member);

} // namespace oxt::checks
