// Prints diagnostics the way compilers do, so that terminals, CI logs and editors'
// problem matchers read them:
//
//   examples/Foo.oxt:3:17: error: expected a type after ':' [OXT0001]
//       input Amount:
//                   ^
//   examples/Foo.oxt:2:12: note: first declared here
//
// Lines and columns are 1-based; columns count Unicode characters (code points).
// Related places ("first declared here") follow as `note:` lines.
#pragma once

#include <iosfwd>
#include <string>

#include "checks/diagnostic.h"
#include "syntax/syntax_tree.h"

namespace oxt::cli {

void printDiagnostic(std::ostream& out, const std::string& fileName, const syntax::SyntaxTree& tree,
                     const checks::Diagnostic& diagnostic);

} // namespace oxt::cli
