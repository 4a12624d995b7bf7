#include "model/type_resolution.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/names.h"
#include "model/shift_ranges.h"
#include "support/two_threads.h"

namespace oxt::model {

namespace {

/// Every record definition by name; the first declared (by position) wins.
DefinitionTable definitionsByName(const Extension& extension) {
  DefinitionTable byName;
  byName.reserve(extension.structures.size() + extension.entities.size());
  // The records as read, their starts moved to where they are: reading them where they
  // are would copy every record a keystroke moved (shared_list.h).
  const auto add = [&](const auto& records, uint32_t i, DefinitionRef::Kind kind) {
    const auto& name = records.asRead(i).name;
    if (name.text.empty()) {
      return;
    }
    auto range = name.range;
    shiftRange(range, records.movedSinceRead(i));
    const auto start = range.start;
    auto [it, inserted] = byName.try_emplace(name.text, DefinitionRef{kind, i}, start);
    if (!inserted && start < it->second.second) {
      it->second = {DefinitionRef{kind, i}, start};
    }
  };
  for (uint32_t i = 0; i < extension.structures.size(); ++i) {
    add(extension.structures, i, DefinitionRef::Kind::Structure);
  }
  for (uint32_t i = 0; i < extension.entities.size(); ++i) {
    add(extension.entities, i, DefinitionRef::Kind::Entity);
  }
  return byName;
}

/// Whether every name designates in `a` what it designates in `b` (where the
/// definitions are may differ).
bool sameTargets(const DefinitionTable& a, const DefinitionTable& b) {
  if (a.size() != b.size()) {
    return false;
  }
  return std::all_of(a.begin(), a.end(), [&](const auto& entry) {
    const auto it = b.find(entry.first);
    return it != b.end() && it->second.first == entry.second.first;
  });
}

/// The definition a type's own name designates (not its inner types').
std::optional<DefinitionRef> targetOf(const TypeExpr& type, const DefinitionTable& byName) {
  if (type.form == TypeForm::Named && !type.name.text.empty()) {
    if (const auto it = byName.find(std::string_view(type.name.text)); it != byName.end()) {
      return it->second.first;
    }
  }
  return std::nullopt;
}

void resolveNames(TypeExpr& type, const DefinitionTable& byName) {
  // Always set, even to nothing: a reused member's type may name a definition that
  // is gone.
  type.target = targetOf(type, byName);
  for (auto& inner : type.inner) {
    resolveNames(inner, byName);
  }
}

/// Whether every name in `type` already designates what it designates now.
bool namesResolved(const TypeExpr& type, const DefinitionTable& byName) {
  if (type.target != targetOf(type, byName)) {
    return false;
  }
  return std::all_of(type.inner.begin(), type.inner.end(),
                     [&](const TypeExpr& inner) { return namesResolved(inner, byName); });
}

/// The definitions of a Record<…> whose members are all resolved names.
std::optional<std::vector<DefinitionRef>> recordMembers(const TypeExpr& record) {
  std::vector<DefinitionRef> members;
  for (const auto& member : record.inner) {
    if (member.form != TypeForm::Named || !member.target) {
      return std::nullopt;
    }
    members.push_back(*member.target);
  }
  if (members.empty()) {
    return std::nullopt;
  }
  return members;
}

void resolveElement(TypedElement& element, const DefinitionTable& byName) {
  resolveNames(element.type, byName);
  element.resolved = resolvedTypeOf(element.type);
}

bool elementResolved(const TypedElement& element, const DefinitionTable& byName) {
  return namesResolved(element.type, byName) && resolvedTypeOf(element.type) == element.resolved;
}

/// Resolves the elements (parameters or attributes) of every member of a list. A
/// member whose types already resolve as they should is left alone: it may be shared
/// with the model of an earlier version of the file (build_model.h), and writing to it
/// would copy it for nothing.
template <typename Member, typename Elements>
void resolveMembers(SharedList<Member>& members, Elements Member::*elements,
                    const DefinitionTable& byName, const std::vector<CarriedMember>* carried,
                    std::vector<uint32_t>& changed) {
  const auto resolveRange = [&](std::size_t from, std::size_t to, std::vector<uint32_t>& into) {
    for (std::size_t i = from; i < to; ++i) {
      if (carried != nullptr && i < carried->size() && (*carried)[i].carried()) {
        continue; // resolved by the earlier build, and the names designate what they did
      }
      // As read: whether names resolve does not depend on where the member is now.
      const auto& current = members.asRead(i).*elements;
      if (std::all_of(current.begin(), current.end(),
                      [&](const auto& element) { return elementResolved(element, byName); })) {
        continue;
      }
      into.push_back(static_cast<uint32_t>(i));
      for (auto& element : members.mutableAt(i).*elements) { // touches member i only
        resolveElement(element, byName);
      }
    }
  };
  // Every member of a large file to look at (it was just opened, or a definition was
  // renamed): thousands of lookups, which the analysis after an open made wait on one
  // core while the other was idle. In chunks on two threads. A keystroke, which carries
  // the members it did not touch, stays on one: a thread costs more than it saves.
  constexpr std::size_t kChunk = 512;
  if (carried != nullptr || members.size() < 4 * kChunk) {
    resolveRange(0, members.size(), changed);
    return;
  }
  std::vector<std::vector<uint32_t>> changedInChunk((members.size() + kChunk - 1) / kChunk);
  forEachOnTwoThreads(changedInChunk.size(), [&](std::size_t chunk, std::size_t /*thread*/) {
    resolveRange(chunk * kChunk, std::min(members.size(), (chunk + 1) * kChunk),
                 changedInChunk[chunk]);
  });
  for (const auto& chunk : changedInChunk) {
    changed.insert(changed.end(), chunk.begin(), chunk.end());
  }
}

/// Adds one to (or takes one from) the count of every structure `type` names, inner
/// types included.
void countUses(const TypeExpr& type, std::vector<uint32_t>& uses, bool add) {
  if (type.form == TypeForm::Named && type.target &&
      type.target->kind == DefinitionRef::Kind::Structure && type.target->index < uses.size()) {
    auto& count = uses[type.target->index];
    count = add ? count + 1 : count - 1;
  }
  for (const auto& inner : type.inner) {
    countUses(inner, uses, add);
  }
}

void countUses(const Action& action, std::vector<uint32_t>& uses, bool add) {
  for (const auto& parameter : action.parameters) {
    countUses(parameter.type, uses, add);
  }
}

/// By structure index, how many times the types of `extension`'s actions name each
/// structure, counted from every action (resolved).
std::vector<uint32_t> countStructureUses(const Extension& extension) {
  std::vector<uint32_t> uses(extension.structures.size(), 0);
  for (std::size_t i = 0; i < extension.actions.size(); ++i) {
    countUses(extension.actions.asRead(i), uses, true); // types only: positions do not matter
  }
  return uses;
}

/// The counts of the previous build, less its actions not carried over and plus this
/// build's new ones: after a keystroke, a few actions instead of thousands. Only when
/// every name designates what it did (`carried` is null otherwise), so that a carried
/// action names the structures it named, at the same indices.
std::vector<uint32_t> structureUses(const Extension& extension,
                                    const std::vector<CarriedMember>* carried,
                                    const Extension* previous) {
  const auto structures = extension.structures.size();
  if (carried == nullptr || previous == nullptr || carried->size() != extension.actions.size() ||
      previous->structures.size() != structures ||
      previous->structureUsesByActions.size() != structures) {
    return countStructureUses(extension);
  }
  auto uses = previous->structureUsesByActions;
  std::vector<bool> kept(previous->actions.size(), false);
  for (std::size_t i = 0; i < extension.actions.size(); ++i) {
    const auto& member = (*carried)[i];
    if (member.carried() && member.from < kept.size()) {
      kept[member.from] = true;
    } else {
      countUses(extension.actions.asRead(i), uses, true);
    }
  }
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (!kept[i]) {
      countUses(previous->actions.asRead(i), uses, false);
    }
  }
  return uses;
}

} // namespace

ResolvedType resolvedTypeOf(const TypeExpr& type) {
  ResolvedType resolved;
  switch (type.form) {
  case TypeForm::Missing:
    break;
  case TypeForm::Basic:
    resolved.kind = TypeKind::Basic;
    resolved.basic = type.basic;
    break;
  case TypeForm::Named:
    if (type.target) {
      resolved.kind = TypeKind::Record;
      resolved.definitions = {*type.target};
    }
    break;
  case TypeForm::Record:
    if (auto members = recordMembers(type)) {
      resolved.kind = TypeKind::Record;
      resolved.definitions = std::move(*members);
    }
    break;
  case TypeForm::List:
    if (type.inner.size() == 1) {
      const auto element = resolvedTypeOf(type.inner.front());
      const bool isRecord =
          type.inner.front().form == TypeForm::Named || type.inner.front().form == TypeForm::Record;
      if (isRecord && element.kind == TypeKind::Record) {
        resolved.kind = TypeKind::RecordList;
        resolved.definitions = element.definitions;
      }
    }
    break;
  case TypeForm::Identifier:
    if (type.inner.size() == 1 && type.inner.front().form == TypeForm::Named &&
        type.inner.front().target &&
        type.inner.front().target->kind == DefinitionRef::Kind::Entity) {
      resolved.kind = TypeKind::Identifier;
      resolved.definitions = {*type.inner.front().target};
    }
    break;
  }
  return resolved;
}

Resolution resolveTypes(Extension& extension, const ExtensionLineage* carried,
                        const DefinitionTable* previous, const Extension* previousExtension) {
  Resolution resolution{definitionsByName(extension), {}};
  const auto& byName = resolution.definitions;
  auto& changed = resolution.changed;
  if (previous == nullptr || !sameTargets(byName, *previous)) {
    carried = nullptr; // every member must be looked at
  }
  resolveMembers(extension.actions, &Action::parameters, byName,
                 carried != nullptr ? &carried->actions : nullptr, changed.actions);
  resolveMembers(extension.structures, &Structure::attributes, byName,
                 carried != nullptr ? &carried->structures : nullptr, changed.structures);
  resolveMembers(extension.entities, &Entity::attributes, byName,
                 carried != nullptr ? &carried->entities : nullptr, changed.entities);
  extension.structureUsesByActions =
      structureUses(extension, carried != nullptr ? &carried->actions : nullptr, previousExtension);
  return resolution;
}

} // namespace oxt::model
