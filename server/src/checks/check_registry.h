// The one table of checks: each with its stable code, severity, a short name and
// the small function that finds its problems.
//
// Why a table: codes are a contract with users (docs/diagnostics.md documents
// each, editors and CI filter on them). Keeping code, severity and function side
// by side makes a check impossible to add without a code, and lets tests walk
// every check.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check_context.h"
#include "checks/diagnostic.h"
#include "checks/record_selection.h"
#include "model/extension_model.h"
#include "model/symbol_index.h"
#include "syntax/syntax_tree.h"

namespace oxt::checks {

/// Everything a check may read.
struct CheckInput {
  const syntax::SyntaxTree& tree;
  const model::Document& document;
  /// The symbol index, built on first call: few checks need it, and those only on some
  /// files (a name to fix everywhere it is used), while building it for a 5,000-action
  /// file after each keystroke costs milliseconds and megabytes.
  std::function<const model::SymbolIndex&()> index;
  const CheckContext& context;
  /// The records that checks of scope Members report on; nullptr: all of them.
  const RecordSelection* records = nullptr;

  /// Whether a check of scope Members reports on record `position` of `kind` in extension
  /// `extension`. The others are still read where something refers to them.
  [[nodiscard]] bool checksRecord(uint32_t extension, RecordKind kind, uint32_t position) const {
    return records == nullptr || records->selected(extension, kind, position);
  }
};

struct CheckSpec;

/// Collects the diagnostics of one check, stamping them with its code and severity.
class Reporter {
public:
  Reporter(const CheckSpec& spec, std::vector<Diagnostic>& out) : spec_(spec), out_(out) {}
  /// Adds a diagnostic underlining `range`; returns it so that the caller may
  /// add related information or mark it unnecessary.
  Diagnostic& report(syntax::ByteRange range, std::string message);
  /// Adds a diagnostic made elsewhere (syntax errors), keeping its message.
  void add(Diagnostic diagnostic);

private:
  const CheckSpec& spec_;
  std::vector<Diagnostic>& out_;
};

using CheckFunction = void (*)(const CheckInput&, Reporter&);

/// What a check reads to decide about an action (action_diagnostics_memo.h).
enum class CheckScope {
  /// One action and what is not an action (the extension's head, structures, entities,
  /// resources), never another action: it may run on the actions an edit changed only.
  Members,
  /// The whole document (syntax, structures no action uses, the file): run on all of
  /// it after every change.
  Document,
};

struct CheckSpec {
  std::string_view code; // "OXT0007"
  Severity severity;
  std::string_view name; // "unknown type": what the check is about
  CheckFunction run;
  CheckScope scope = CheckScope::Members;
  /// A check of scope Members that also compares actions with one another (duplicate
  /// names) does that part here, which always runs on the whole document.
  CheckFunction acrossActions = nullptr;
};

/// Runs every check of the registry, appending to `out`: the checks of scope Document,
/// and the acrossActions parts, on `whole`; the others on `members`, which is `whole` or
/// a document holding only the actions to check (action_diagnostics_memo.h). After each
/// Members check, `filed(from)` is told where that check's findings begin in `out`; it
/// may remove some of them.
void runRegistry(const CheckInput& whole, const CheckInput& members, std::vector<Diagnostic>& out,
                 const std::function<void(std::size_t from)>& filed = {});

/// Sorts diagnostics by position; at one position, in code order (the registry's),
/// keeping the order a check reported them in.
void sortByPosition(std::vector<Diagnostic>& diagnostics);

/// Every check, in code order.
[[nodiscard]] std::span<const CheckSpec> checkRegistry();

/// The check with `code`, or nullptr.
[[nodiscard]] const CheckSpec* findCheck(std::string_view code);

} // namespace oxt::checks
