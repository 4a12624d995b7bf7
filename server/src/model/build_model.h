// Builds the model of an `.oxt` file from its syntax tree.
//
// Why it never fails: the editor asks for the model after every keystroke, so a
// half-typed file must yield every part that is there (a declaration without a
// name, a parameter without a type) and nothing may throw. What is wrong is left
// for the checks to report.
#pragma once

#include "model/extension_model.h"
#include "syntax/syntax_tree.h"

namespace oxt::model {

/// The extension(s) of `tree` with their members, descriptions and resolved types.
[[nodiscard]] Document buildModel(const syntax::SyntaxTree& tree);

} // namespace oxt::model
