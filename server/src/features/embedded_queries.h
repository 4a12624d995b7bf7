// The grammar's tree-sitter queries (grammar/queries/*.scm), embedded into the binary
// at build time (features/CMakeLists.txt), so that an installed `oxt` does not depend
// on the source tree and cannot read queries of another version.
#pragma once

#include <string_view>

#include "syntax/syntax_query.h"

namespace oxt::features {

/// grammar/queries/highlights.scm: the source of semantic tokens.
[[nodiscard]] std::string_view highlightsQueryText();

/// grammar/queries/folds.scm: the declarations that fold. The server folds them by a
/// walk of the tree (folding_ranges.h); the tests compare that walk with this query.
[[nodiscard]] std::string_view foldsQueryText();

/// grammar/queries/locals.scm: where names are defined (`@local.definition.*`).
[[nodiscard]] std::string_view localsQueryText();

/// The queries compiled, once per process (compiled queries are immutable and may be
/// run from several threads); nullptr if one did not compile, which the tests rule out.
[[nodiscard]] const syntax::SyntaxQuery* highlightsQuery();
[[nodiscard]] const syntax::SyntaxQuery* foldsQuery();
[[nodiscard]] const syntax::SyntaxQuery* localsQuery();

} // namespace oxt::features
