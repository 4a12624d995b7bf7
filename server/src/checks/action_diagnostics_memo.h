// Checking only the actions an edit changed: the diagnostics found in each action and
// in each record (structure, entity, resource) are kept with the analysis, and the next
// analysis takes over those of the members it carried over unchanged
// (model::BuiltModel::lineage), moved to where they are now.
//
// Why: after a keystroke in a file of 5,000 actions, running every check over every
// action cost 8 ms of the 10 ms a keystroke may take, to find again what the previous
// version's checks found. An action whose text did not change gets the same findings,
// as long as what it may refer to did not change either: the checks of scope Members
// (check_registry.h) read one action and what is not an action (the extension's head,
// structures, entities, resources), never another action. The records' findings depend
// on the records and the head only, so they are taken over whenever the actions' are;
// the checks are told which records to report on (record_selection.h).
//
// What is kept of a member is only what lies inside it (its declaration and the doc
// comment above): a diagnostic with a range, a related range or a fix outside the member
// (a fix that appends a structure at the end of the extension) makes the member one to
// check again every time. The extension's head is checked every time, and checks of
// scope Document run on the whole document every time.
#pragma once

#include <cstddef>
#include <vector>

#include "checks/check_context.h"
#include "checks/diagnostic.h"
#include "model/analysis.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

/// How many members of a kind a check of an analysis checked, and how many it took over.
struct MemberReuse {
  std::size_t checked = 0;
  std::size_t reused = 0;
};

struct CheckedAnalysis {
  std::vector<Diagnostic> diagnostics; // sorted by position, as checkDocument's
  MemberReuse actions;
  MemberReuse records; // structures, entities and resources
};

/// Every check of the registry on `analysis` of `tree`, reusing the findings that
/// `analysis.inheritedMemo` kept of the members the analysis carried over. Leaves on
/// `analysis` the memo of its own findings, for the next.
[[nodiscard]] CheckedAnalysis checkReusingActions(const syntax::SyntaxTree& tree,
                                                  const model::Analysis& analysis,
                                                  const CheckContext& context);

} // namespace oxt::checks
