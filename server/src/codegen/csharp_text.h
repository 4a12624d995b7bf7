// Putting user text into C# source safely: descriptions into `///` XML doc
// comments, literal values into string literals, names into identifiers.
//
// Why one place: a description or a default value is text from the `.oxt` file,
// and whatever it contains (`*/`, `</summary>`, a newline, a Unicode line
// separator, `\u000A`) must never end a comment early, inject code, or break the
// XML documentation file the compiler writes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace oxt::codegen {

/// `&`, `<`, `>`, `"`, `'` as XML entities (as Integration Studio writes them:
/// `&amp; &lt; &gt; &quot; &apos;`); control characters other than tab, which XML
/// 1.0 forbids, become a space.
[[nodiscard]] std::string escapeXml(std::string_view text);

/// The lines of a description for `///` comments: split at every character C#
/// takes as a line end (LF, CR, CRLF, U+0085, U+2028, U+2029), each line
/// XML-escaped. An empty description gives one empty line.
[[nodiscard]] std::vector<std::string> docCommentLines(std::string_view description);

/// A C# regular string literal, quotes included, that evaluates to `text`:
/// `\` and `"` escaped, control characters and the Unicode line ends as `\uXXXX`.
[[nodiscard]] std::string csharpStringLiteral(std::string_view text);

/// True when `name` is a letter followed by letters, digits and `_` (ASCII): the
/// Integration Studio naming rule, which also makes it safe in an identifier, an
/// XML attribute and a file name.
[[nodiscard]] bool isSafeName(std::string_view name);

} // namespace oxt::codegen
