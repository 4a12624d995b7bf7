// The code actions of an editor that are not quick fixes: refactorings offered
// where the cursor or selection is. (Quick fixes come with the diagnostics:
// checks::Diagnostic::fixes; the LSP layer offers both.)
//
// Why byte ranges and plain edits: as every feature, this works on the model of
// the text and knows nothing of LSP; the server converts positions and builds the
// WorkspaceEdit.
#pragma once

#include <string>
#include <vector>

#include "model/analysis.h"
#include "syntax/syntax_tree.h"

namespace oxt::features {

enum class RefactoringKind {
  Rewrite, // LSP "refactor.rewrite": convert input/output, sort members
  Extract, // LSP "refactor.extract": extract parameters into a structure
};

struct Refactoring {
  std::string title;
  RefactoringKind kind = RefactoringKind::Rewrite;
  std::vector<syntax::TextEdit> edits; // against the analysed text, not overlapping
};

/// The refactorings that apply at `selection` (an empty range is the cursor).
[[nodiscard]] std::vector<Refactoring> refactoringsAt(const syntax::SyntaxTree& tree,
                                                      const model::Analysis& analysis,
                                                      syntax::ByteRange selection);

// One function per refactoring (refactor_*.cpp), each adding what applies.
void addDirectionConversions(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                             syntax::ByteRange selection, std::vector<Refactoring>& out);
void addStructureExtraction(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                            syntax::ByteRange selection, std::vector<Refactoring>& out);
void addMemberSorting(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                      syntax::ByteRange selection, std::vector<Refactoring>& out);

} // namespace oxt::features
