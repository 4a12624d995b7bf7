#include "checks/action_diagnostics_memo.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "checks/check_registry.h"
#include "checks/fixes.h"
#include "checks/syntax_errors.h"
#include "model/build_model.h"

namespace oxt::checks {

namespace {

using model::CarriedMember;
using syntax::ByteRange;

/// What the actions' findings may depend on, besides the actions: the extension's head
/// as written, and whether its body is closed (a fix that declares a missing structure
/// is offered only then, and lies outside the action). Structures, entities and
/// resources are compared by lineage instead.
struct HeadKey {
  std::string name;
  bool declared = true;
  bool closed = false;
  std::vector<model::Annotation> annotations;
  std::string description;
  friend bool operator==(const HeadKey&, const HeadKey&) = default;
};

HeadKey headKeyOf(const model::Extension& extension, std::string_view text) {
  return HeadKey{extension.name.text, extension.declared, extensionBodyClosed(text, extension),
                 extension.annotations, extension.description.text};
}

/// The findings inside one action, or none kept (it is checked every time).
struct KeptAction {
  bool kept = false;
  std::vector<Diagnostic> diagnostics;
};

struct KeptExtension {
  HeadKey head;
  std::size_t structures = 0;
  std::size_t entities = 0;
  std::size_t resources = 0;
  std::vector<KeptAction> actions; // by index in the extension's actions
};

class ActionDiagnosticsMemo final : public model::AnalysisMemo {
public:
  std::filesystem::path filePath;
  std::vector<KeptExtension> extensions; // as Document::extensions
};

bool contains(ByteRange outer, ByteRange inner) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/// Whether every range of `diagnostic` lies in `range`.
bool liesIn(const Diagnostic& diagnostic, ByteRange range) {
  if (!contains(range, diagnostic.range)) {
    return false;
  }
  for (const auto& related : diagnostic.related) {
    if (!contains(range, related.range)) {
      return false;
    }
  }
  for (const auto& fix : diagnostic.fixes) {
    for (const auto& edit : fix.edits) {
      if (!contains(range, edit.range)) {
        return false;
      }
    }
  }
  return true;
}

void shift(ByteRange& range, int64_t delta) {
  range.start = static_cast<uint32_t>(static_cast<int64_t>(range.start) + delta);
  range.end = static_cast<uint32_t>(static_cast<int64_t>(range.end) + delta);
}

Diagnostic shifted(Diagnostic diagnostic, int64_t delta) {
  if (delta == 0) {
    return diagnostic;
  }
  shift(diagnostic.range, delta);
  for (auto& related : diagnostic.related) {
    shift(related.range, delta);
  }
  for (auto& fix : diagnostic.fixes) {
    for (auto& edit : fix.edits) {
      shift(edit.range, delta);
    }
  }
  return diagnostic;
}

/// Whether the members of `carried` are the previous build's, each at its own index.
bool sameInPlace(const std::vector<CarriedMember>& carried, std::size_t previousCount) {
  if (carried.size() != previousCount) {
    return false;
  }
  for (std::size_t i = 0; i < carried.size(); ++i) {
    if (carried[i].from != i) {
      return false;
    }
  }
  return true;
}

/// The memo of the previous analysis, when its findings in actions still hold: the same
/// file, and around the actions the same extensions, structures, entities and resources.
const ActionDiagnosticsMemo* usableMemo(const model::Analysis& analysis, std::string_view text,
                                        const CheckContext& context) {
  const auto* memo = dynamic_cast<const ActionDiagnosticsMemo*>(analysis.inheritedMemo.get());
  const auto& document = analysis.document;
  const auto& lineage = analysis.built.lineage;
  if (memo == nullptr || memo->filePath != context.filePath ||
      memo->extensions.size() != document.extensions.size() ||
      lineage.size() != document.extensions.size()) {
    return nullptr;
  }
  for (std::size_t e = 0; e < document.extensions.size(); ++e) {
    const auto& kept = memo->extensions[e];
    const auto& carried = lineage[e];
    if (!sameInPlace(carried.structures, kept.structures) ||
        !sameInPlace(carried.entities, kept.entities) ||
        !sameInPlace(carried.resources, kept.resources) ||
        !(headKeyOf(document.extensions[e], text) == kept.head)) {
      return nullptr;
    }
  }
  return memo;
}

/// An action checked in this run, to file its findings under.
struct CheckedAction {
  ByteRange range;
  uint32_t extension = 0;
  uint32_t index = 0;
};

} // namespace

CheckedAnalysis checkReusingActions(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                                    const CheckContext& context) {
  CheckedAnalysis result;
  if (tree.limitProblem()) {
    result.diagnostics = syntaxErrors(tree); // the one error that says why the text was not read
    return result;
  }
  const auto& document = analysis.document;
  const auto* previous = usableMemo(analysis, tree.text(), context);
  auto memo = std::make_shared<ActionDiagnosticsMemo>();
  memo->filePath = context.filePath;

  // The actions to check, and the findings taken over for the others.
  std::vector<Diagnostic> taken;
  std::vector<CheckedAction> checked;
  std::optional<model::Document> changed; // the document with only the actions to check
  if (previous != nullptr) {
    // A copy of all but the actions (copying thousands of shared pointers to clear them
    // would cost more than it should).
    changed.emplace();
    changed->outsideDeclarations = document.outsideDeclarations;
    changed->strayDocComments = document.strayDocComments;
    for (const auto& extension : document.extensions) {
      auto& copy = changed->extensions.emplace_back();
      copy.name = extension.name;
      copy.range = extension.range;
      copy.keywordRange = extension.keywordRange;
      copy.declared = extension.declared;
      copy.annotations = extension.annotations;
      copy.description = extension.description;
      copy.structures = extension.structures;
      copy.entities = extension.entities;
      copy.resources = extension.resources;
    }
  }
  for (uint32_t e = 0; e < document.extensions.size(); ++e) {
    const auto& extension = document.extensions[e];
    auto& kept = memo->extensions.emplace_back();
    kept.head = headKeyOf(extension, tree.text());
    kept.structures = extension.structures.size();
    kept.entities = extension.entities.size();
    kept.resources = extension.resources.size();
    kept.actions.resize(extension.actions.size());
    for (uint32_t i = 0; i < extension.actions.size(); ++i) {
      const auto carried =
          previous != nullptr ? analysis.built.lineage[e].actions.at(i) : CarriedMember{};
      if (carried.carried() && carried.from < previous->extensions[e].actions.size() &&
          previous->extensions[e].actions[carried.from].kept) {
        auto& action = kept.actions[i];
        action.kept = true;
        for (const auto& diagnostic : previous->extensions[e].actions[carried.from].diagnostics) {
          action.diagnostics.push_back(shifted(diagnostic, carried.delta));
          taken.push_back(action.diagnostics.back());
        }
        ++result.actions.reused;
        continue;
      }
      if (changed) {
        changed->extensions[e].actions.push_back(extension.actions.shared(i));
      }
      checked.push_back({extension.actions[i].range, e, i});
      kept.actions[i].kept = true; // until a finding reaches outside it
      ++result.actions.checked;
    }
  }

  std::sort(checked.begin(), checked.end(), [](const CheckedAction& a, const CheckedAction& b) {
    return a.range.start < b.range.start;
  });
  const CheckInput whole{tree, document,
                         [&analysis]() -> const model::SymbolIndex& { return analysis.index(); },
                         context};
  const CheckInput members{tree, changed ? *changed : document, whole.index, context};
  auto& diagnostics = result.diagnostics;
  // File what each Members check found in the checked actions under each.
  runRegistry(whole, members, diagnostics, [&](std::size_t from) {
    for (auto d = from; d < diagnostics.size(); ++d) {
      const auto& diagnostic = diagnostics[d];
      const auto at = std::upper_bound(
          checked.begin(), checked.end(), diagnostic.range.start,
          [](uint32_t offset, const CheckedAction& action) { return offset < action.range.start; });
      if (at == checked.begin() || !contains(std::prev(at)->range, diagnostic.range)) {
        continue; // not in an action: a structure's, an entity's, the extension's …
      }
      auto& action = memo->extensions[std::prev(at)->extension].actions[std::prev(at)->index];
      if (!action.kept) {
        continue;
      }
      if (liesIn(diagnostic, std::prev(at)->range)) {
        action.diagnostics.push_back(diagnostic);
      } else {
        action.kept = false; // a fix or related place outside it: check it every time
        action.diagnostics.clear();
      }
    }
  });
  diagnostics.insert(diagnostics.end(), std::make_move_iterator(taken.begin()),
                     std::make_move_iterator(taken.end()));
  sortByPosition(diagnostics);
  analysis.keepMemo(std::move(memo));
  return result;
}

} // namespace oxt::checks
