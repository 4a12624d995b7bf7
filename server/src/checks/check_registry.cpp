#include "checks/check_registry.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "checks/check_functions.h"
#include "support/two_threads.h"

namespace oxt::checks {

namespace {

constexpr auto E = Severity::Error;
constexpr auto W = Severity::Warning;
constexpr auto H = Severity::Hint;
constexpr auto Document = CheckScope::Document;

// Codes are stable: never renumber, never reuse. docs/diagnostics.md documents
// each one, and tests/checks/diagnostics_doc_test.cpp runs its examples.
constexpr std::array kChecks{
    CheckSpec{"OXT0001", E, "syntax error", checkSyntax, Document},
    CheckSpec{"OXT0002", E, "invalid character in a name", checkNameCharacters},
    CheckSpec{"OXT0003", E, "name does not start with a letter", checkNameStart},
    CheckSpec{"OXT0004", E, "name too long", checkNameLength},
    CheckSpec{"OXT0005", E, "description too long", checkDescriptionLength},
    CheckSpec{"OXT0006", E, "duplicate name", checkDuplicateNamesInScopes, CheckScope::Members,
              checkDuplicateNamesAcross},
    CheckSpec{"OXT0007", E, "unknown type", checkUnknownTypes},
    CheckSpec{"OXT0008", E, "Length or Decimals on a parameter", checkParameterLength},
    CheckSpec{"OXT0009", E, "Length or Decimals on a type that takes none", checkTypeArguments},
    CheckSpec{"OXT0010", E, "Length or Decimals out of range", checkLengthRange},
    CheckSpec{"OXT0011", E, "invalid record definition", checkRecordDefinitions},
    CheckSpec{"OXT0012", E, "identifier of something that is not an entity", checkIdentifierTypes},
    CheckSpec{"OXT0013", E, "identifier of an entity without identifier", checkIdentifierTargets},
    CheckSpec{"OXT0014", E, "recursive structure", checkRecursiveStructures},
    CheckSpec{"OXT0015", E, "structure without attributes", checkEmptyStructures},
    CheckSpec{"OXT0016", E, "Function action without exactly one output", checkFunctionOutputs},
    CheckSpec{"OXT0017", E, "'?' on an output", checkOptionalOutputs},
    CheckSpec{"OXT0018", E, "default value on an output", checkOutputDefaults},
    CheckSpec{"OXT0019", W, "default value of a mandatory input", checkMandatoryInputDefaults},
    CheckSpec{"OXT0020", E, "default value of another type", checkDefaultTypes},
    CheckSpec{"OXT0021", E, "default value out of range", checkDefaultRanges},
    CheckSpec{"OXT0022", E, "default text longer than its Length", checkDefaultTextLength},
    CheckSpec{"OXT0023", E, "default value on a type that takes none", checkDefaultNotAllowed},
    CheckSpec{"OXT0024", E, "unknown name as a default value", checkDefaultIdentifiers},
    CheckSpec{"OXT0025", E, "unknown escape sequence", checkStringEscapes},
    CheckSpec{"OXT0026", E, "invalid date or time", checkDateTimeLiterals},
    CheckSpec{"OXT0027", E, "entity without attributes", checkEmptyEntities},
    CheckSpec{"OXT0028", E, "entity without a table name", checkEntityTables},
    CheckSpec{"OXT0029", E, "table name used twice", checkDuplicateTables},
    CheckSpec{"OXT0030", E, "identifier neither Integer nor Text", checkIdentifierAttributeType},
    CheckSpec{"OXT0031", E, "identifier not mandatory", checkIdentifierMandatory},
    CheckSpec{"OXT0032", E, "more than one identifier", checkSingleIdentifier},
    CheckSpec{"OXT0033", E, "more than one auto number", checkSingleAutoNumber},
    CheckSpec{"OXT0034", E, "auto number not Integer", checkAutoNumberType},
    CheckSpec{"OXT0035", E, "entity attribute of a type entities cannot hold",
              checkEntityAttributeTypes},
    CheckSpec{"OXT0036", W, "Oracle reserved word as attribute name", checkOracleReservedWords},
    CheckSpec{"OXT0037", W, "entity made of an auto number only", checkOnlyAutoNumber},
    CheckSpec{"OXT0038", W, "more than one Binary Data attribute", checkBinaryDataCount},
    CheckSpec{"OXT0039", E, "unknown annotation", checkUnknownAnnotations},
    CheckSpec{"OXT0040", E, "annotation on the wrong declaration", checkAnnotationPlacement},
    CheckSpec{"OXT0041", E, "repeated annotation", checkRepeatedAnnotations},
    CheckSpec{"OXT0042", E, "wrong annotation arguments", checkAnnotationArguments},
    CheckSpec{"OXT0043", E, "icon that is not a resource", checkIconResources},
    CheckSpec{"OXT0044", E, "resource file not found", checkResourceFilesExist},
    CheckSpec{"OXT0045", E, "empty resource deployed to Binaries", checkEmptyBinaries},
    CheckSpec{"OXT0046", W, "reserved resource file name", checkReservedResourceNames},
    CheckSpec{"OXT0047", W, "resource that must not be included", checkHubEditionResources},
    CheckSpec{"OXT0048", E, "invalid resource path", checkResourcePaths},
    CheckSpec{"OXT0049", W, "backslash in a resource path", checkResourceSeparators},
    CheckSpec{"OXT0050", E, "resource file name used twice", checkDuplicateResources},
    CheckSpec{"OXT0051", W, "file not named after its extension", checkFileName, Document},
    CheckSpec{"OXT0052", E, "no extension in the file", checkExtensionPresent, Document},
    CheckSpec{"OXT0053", E, "more than one extension", checkSingleExtension, Document},
    CheckSpec{"OXT0054", E, "declaration outside the extension", checkOutsideDeclarations,
              Document},
    CheckSpec{"OXT0055", W, "doc comment that documents nothing", checkStrayDocComments, Document},
    CheckSpec{"OXT0056", H, "unused structure", checkUnusedStructures, Document},
    CheckSpec{"OXT0057", H, "join of a single definition", checkSingleMemberRecords},
    CheckSpec{"OXT0058", E, "definition listed twice in a join", checkDuplicateJoinMembers},
    CheckSpec{"OXT0059", E, "resource linked from outside the folder", checkResourceLinks},
};

} // namespace

Diagnostic& Reporter::report(syntax::ByteRange range, std::string message) {
  Diagnostic diagnostic;
  diagnostic.code = std::string(spec_.code);
  diagnostic.severity = spec_.severity;
  diagnostic.message = std::move(message);
  diagnostic.range = range;
  out_.push_back(std::move(diagnostic));
  return out_.back();
}

void Reporter::add(Diagnostic diagnostic) { out_.push_back(std::move(diagnostic)); }

namespace {

/// From this many actions to check (opening a file, a change of its head), the checks
/// run on two threads; below, starting a thread would cost more than it saves.
constexpr std::size_t kParallelActions = 256;

std::size_t actionCount(const model::Document& document) {
  std::size_t count = 0;
  for (const auto& extension : document.extensions) {
    count += extension.actions.size();
  }
  return count;
}

/// What one check found on a document: the acrossActions part, then the rest.
struct CheckFindings {
  std::vector<Diagnostic> across;
  std::vector<Diagnostic> rest;
};

CheckFindings runCheck(const CheckSpec& check, const CheckInput& whole, const CheckInput& members) {
  CheckFindings findings;
  if (check.acrossActions != nullptr) {
    Reporter reporter(check, findings.across);
    check.acrossActions(whole, reporter);
  }
  Reporter reporter(check, findings.rest);
  check.run(check.scope == CheckScope::Document ? whole : members, reporter);
  return findings;
}

} // namespace

void runRegistry(const CheckInput& whole, const CheckInput& members, std::vector<Diagnostic>& out,
                 const std::function<void(std::size_t from)>& filed) {
  std::vector<CheckFindings> found(kChecks.size());
  if (actionCount(members.document) >= kParallelActions) {
    // The checks only read the document, and what they build on first use (the symbol
    // index, the extension's parts) is built once under a lock.
    forEachOnTwoThreads(kChecks.size(), [&](std::size_t k, std::size_t /*thread*/) {
      found[k] = runCheck(kChecks.at(k), whole, members);
    });
  } else {
    for (std::size_t k = 0; k < kChecks.size(); ++k) {
      found[k] = runCheck(kChecks.at(k), whole, members);
    }
  }
  // In the registry's order, whichever thread ran a check.
  const auto append = [&out](std::vector<Diagnostic>& from) {
    out.insert(out.end(), std::make_move_iterator(from.begin()),
               std::make_move_iterator(from.end()));
  };
  for (std::size_t k = 0; k < kChecks.size(); ++k) {
    append(found[k].across);
    const auto from = out.size();
    append(found[k].rest);
    if (kChecks.at(k).scope == CheckScope::Members && filed) {
      filed(from);
    }
  }
}

void sortByPosition(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(
      diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start : a.code < b.code;
      });
}

std::span<const CheckSpec> checkRegistry() { return kChecks; }

const CheckSpec* findCheck(std::string_view code) {
  for (const auto& check : kChecks) {
    if (check.code == code) {
      return &check;
    }
  }
  return nullptr;
}

} // namespace oxt::checks
