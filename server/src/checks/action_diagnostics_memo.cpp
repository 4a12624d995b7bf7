#include "checks/action_diagnostics_memo.h"

#include <algorithm>
#include <array>
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
#include "checks/record_selection.h"
#include "checks/syntax_errors.h"
#include "model/build_model.h"
#include "model/shift_ranges.h"

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

/// The findings inside one action or record, or none kept (it is checked every time).
struct KeptMember {
  bool kept = false;
  std::vector<Diagnostic> diagnostics;
};

struct KeptExtension {
  HeadKey head;
  // By index in the extension's lists.
  std::vector<KeptMember> actions;
  std::array<std::vector<KeptMember>, 3> records; // by RecordKind
};

constexpr std::array kRecordKinds{RecordKind::Structure, RecordKind::Entity, RecordKind::Resource};

const std::vector<CarriedMember>& carriedRecords(const model::ExtensionLineage& lineage,
                                                 RecordKind kind) {
  switch (kind) {
  case RecordKind::Structure:
    return lineage.structures;
  case RecordKind::Entity:
    return lineage.entities;
  case RecordKind::Resource:
    break;
  }
  return lineage.resources;
}

/// `use(list)` on the extension's list of records of `kind`.
template <typename Use>
decltype(auto) onRecords(const model::Extension& extension, RecordKind kind, Use&& use) {
  switch (kind) {
  case RecordKind::Structure:
    return use(extension.structures);
  case RecordKind::Entity:
    return use(extension.entities);
  case RecordKind::Resource:
    break;
  }
  return use(extension.resources);
}

std::size_t recordCount(const model::Extension& extension, RecordKind kind) {
  return onRecords(extension, kind, [](const auto& records) { return records.size(); });
}

/// What of the text is a member's: its declaration and the doc comment above it, which
/// the syntax tree leaves outside the declaration (a description too long is reported
/// there).
template <typename Member> ByteRange spanOf(const Member& member) {
  auto span = member.range;
  if (member.description.present && member.description.range.start < span.start) {
    span.start = member.description.range.start;
  }
  return span;
}

/// Where record `index` of `kind` is now. Reading a range from the element as read does
/// not make the moved copy of a record no check reads (model/shared_list.h).
ByteRange recordSpan(const model::Extension& extension, RecordKind kind, std::size_t index) {
  return onRecords(extension, kind, [index](const auto& records) {
    auto span = spanOf(records.asRead(index));
    model::shiftRange(span, records.movedSinceRead(index));
    return span;
  });
}

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

Diagnostic shifted(Diagnostic diagnostic, int64_t delta) {
  if (delta == 0) {
    return diagnostic;
  }
  model::shiftRange(diagnostic.range, delta);
  for (auto& related : diagnostic.related) {
    model::shiftRange(related.range, delta);
  }
  for (auto& fix : diagnostic.fixes) {
    for (auto& edit : fix.edits) {
      model::shiftRange(edit.range, delta);
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
    for (const auto kind : kRecordKinds) {
      if (!sameInPlace(carriedRecords(carried, kind), kept.records.at(std::size_t(kind)).size())) {
        return nullptr;
      }
    }
    if (!(headKeyOf(document.extensions[e], text) == kept.head)) {
      return nullptr;
    }
  }
  return memo;
}

/// An action or record checked in this run, to file its findings under.
struct CheckedMember {
  ByteRange range;            // its span
  KeptMember* kept = nullptr; // in the memo being made
};

/// Takes over what `previous` kept of a member carried over by `carried`: into `kept`,
/// and into the findings of this run. False when nothing was kept of it.
bool takeOver(const std::vector<KeptMember>& previous, CarriedMember carried, KeptMember& kept,
              std::vector<Diagnostic>& taken) {
  if (!carried.carried() || carried.from >= previous.size() || !previous[carried.from].kept) {
    return false;
  }
  kept.kept = true;
  for (const auto& diagnostic : previous[carried.from].diagnostics) {
    kept.diagnostics.push_back(shifted(diagnostic, carried.delta));
    taken.push_back(kept.diagnostics.back());
  }
  return true;
}

/// The member of `members` (sorted by start, not overlapping) that holds `range`.
const CheckedMember* holderOf(const std::vector<CheckedMember>& members, ByteRange range) {
  const auto at = std::upper_bound(
      members.begin(), members.end(), range.start,
      [](uint32_t offset, const CheckedMember& member) { return offset < member.range.start; });
  if (at == members.begin() || !contains(std::prev(at)->range, range)) {
    return nullptr;
  }
  return &*std::prev(at);
}

/// Whether `range` lies in a record of `document` that `selection` leaves out.
bool inRecordLeftOut(const model::Document& document, const RecordSelection& selection,
                     ByteRange range) {
  for (uint32_t e = 0; e < document.extensions.size(); ++e) {
    const auto& extension = document.extensions[e];
    for (const auto kind : kRecordKinds) {
      for (uint32_t i = 0; i < recordCount(extension, kind); ++i) {
        if (!selection.selected(e, kind, i) && contains(recordSpan(extension, kind, i), range)) {
          return true;
        }
      }
    }
  }
  return false;
}

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
  memo->extensions.resize(document.extensions.size());

  // The members to check, and the findings taken over for the others.
  std::vector<Diagnostic> taken;
  std::vector<CheckedMember> checked;
  RecordSelection records(document.extensions.size());
  std::optional<model::Document> changed; // the document with only the actions to check
  if (previous != nullptr) {
    // A copy of all but the actions (copying thousands of shared pointers to clear them
    // would cost more than it should). The records stay: actions refer to them.
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
    auto& kept = memo->extensions[e];
    kept.head = headKeyOf(extension, tree.text());
    kept.actions.resize(extension.actions.size());
    for (uint32_t i = 0; i < extension.actions.size(); ++i) {
      if (previous != nullptr &&
          takeOver(previous->extensions[e].actions, analysis.built.lineage[e].actions.at(i),
                   kept.actions[i], taken)) {
        ++result.actions.reused;
        continue;
      }
      if (changed) {
        changed->extensions[e].actions.push_back(extension.actions.shared(i));
      }
      checked.push_back({spanOf(extension.actions[i]), &kept.actions[i]});
      kept.actions[i].kept = true; // until a finding reaches outside it
      ++result.actions.checked;
    }
    // The records: unchanged when the memo is usable, so their findings are too.
    for (const auto kind : kRecordKinds) {
      auto& keptRecords = kept.records.at(static_cast<std::size_t>(kind));
      keptRecords.resize(recordCount(extension, kind));
      for (uint32_t i = 0; i < keptRecords.size(); ++i) {
        if (previous != nullptr &&
            takeOver(previous->extensions[e].records.at(static_cast<std::size_t>(kind)),
                     carriedRecords(analysis.built.lineage[e], kind).at(i), keptRecords[i],
                     taken)) {
          ++result.records.reused;
          continue;
        }
        ++result.records.checked;
        records.select(e, kind, i);
        checked.push_back({recordSpan(extension, kind, i), &keptRecords[i]});
        keptRecords[i].kept = true; // until a finding reaches outside it
      }
    }
  }

  std::sort(checked.begin(), checked.end(), [](const CheckedMember& a, const CheckedMember& b) {
    return a.range.start < b.range.start;
  });
  const CheckInput whole{tree, document,
                         [&analysis]() -> const model::SymbolIndex& { return analysis.index(); },
                         context};
  const CheckInput members{tree, changed ? *changed : document, whole.index, context,
                           previous != nullptr ? &records : nullptr};
  auto& diagnostics = result.diagnostics;
  // File what each Members check found in the checked members under each.
  runRegistry(whole, members, diagnostics, [&](std::size_t from) {
    auto to = from; // where the next finding this run reports goes
    for (auto d = from; d < diagnostics.size(); ++d) {
      auto& diagnostic = diagnostics[d];
      if (const auto* member = holderOf(checked, diagnostic.range)) {
        auto& kept = *member->kept;
        if (kept.kept && liesIn(diagnostic, member->range)) {
          kept.diagnostics.push_back(diagnostic);
        } else if (kept.kept) {
          kept.kept = false; // a fix or related place outside it: check it every time
          kept.diagnostics.clear();
        }
      } else if (members.records != nullptr &&
                 inRecordLeftOut(document, records, diagnostic.range)) {
        continue; // a record taken over, whose findings are already in `taken`
      }
      if (to != d) {
        diagnostics[to] = std::move(diagnostic);
      }
      ++to;
    }
    diagnostics.resize(to);
  });
  diagnostics.insert(diagnostics.end(), std::make_move_iterator(taken.begin()),
                     std::make_move_iterator(taken.end()));
  sortByPosition(diagnostics);
  analysis.keepMemo(std::move(memo));
  return result;
}

} // namespace oxt::checks
