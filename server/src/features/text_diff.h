// The edits that turn one text into another, line by line: what formatting sends
// to the editor instead of the whole file.
//
// Why not one edit replacing everything: an editor keeps cursors, folds, marks and
// undo steps only on lines an edit does not touch, and range formatting needs to
// know which lines changed.
#pragma once

#include <string_view>
#include <vector>

#include "syntax/syntax_tree.h"

namespace oxt::features {

/// Edits (byte ranges of `before`, in order, not overlapping) that make `after`
/// out of `before`; each replaces whole lines. Inputs of many changed lines fall
/// back to fewer, larger edits rather than quadratic work.
[[nodiscard]] std::vector<syntax::TextEdit> lineEdits(std::string_view before,
                                                      std::string_view after);

} // namespace oxt::features
