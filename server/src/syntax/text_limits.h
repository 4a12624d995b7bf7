// Whether a text is small and shallow enough to be parsed and analysed
// (support/limits.h). Checked by SyntaxTree before every parse.
//
// Why on the text and not on the tree: the depth must be known before anything
// walks the tree, and counting brackets is one linear pass that cannot recurse.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace oxt::syntax {

enum class Language;

/// The deepest nesting of brackets in `text`, outside strings and comments:
/// { ( [ and, in .oxt, < (which only opens type arguments there; in C# it is also
/// the less-than operator, so it is not counted). Closing brackets without an open
/// one are ignored.
[[nodiscard]] std::size_t bracketDepth(std::string_view text, Language language);

/// Whether replacing `removed` by `inserted` can change bracketDepth, given the
/// characters just before and just after the edit ('\0' at either end of the text).
/// An edit that neither touches nor adds a character the scan reads (brackets,
/// quotes, '/', '*', '\\', newline) leaves the bracket sequence and the strings and
/// comments around it as they were — typing a name, most keystrokes — so the scan
/// of the whole text can be skipped.
[[nodiscard]] bool editCanChangeDepth(std::string_view removed, std::string_view inserted,
                                      char before, char after);

/// Why `text` is not parsed — too large or nested too deeply — or nothing. The
/// message is shown to the user as is.
[[nodiscard]] std::optional<std::string> textLimitProblem(std::string_view text, Language language);

} // namespace oxt::syntax
