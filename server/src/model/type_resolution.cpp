#include "model/type_resolution.h"

#include <string>
#include <unordered_map>

#include "model/names.h"

namespace oxt::model {

namespace {

using DefinitionsByName = std::unordered_map<std::string, std::pair<DefinitionRef, uint32_t>>;

/// Every record definition by folded name; the first declared (by position) wins.
DefinitionsByName definitionsByName(const Extension& extension) {
  DefinitionsByName byName;
  const auto add = [&](const Name& name, DefinitionRef ref) {
    if (name.text.empty()) {
      return;
    }
    auto [it, inserted] = byName.try_emplace(foldCase(name.text), ref, name.range.start);
    if (!inserted && name.range.start < it->second.second) {
      it->second = {ref, name.range.start};
    }
  };
  for (uint32_t i = 0; i < extension.structures.size(); ++i) {
    add(extension.structures[i].name, {DefinitionRef::Kind::Structure, i});
  }
  for (uint32_t i = 0; i < extension.entities.size(); ++i) {
    add(extension.entities[i].name, {DefinitionRef::Kind::Entity, i});
  }
  return byName;
}

void resolveNames(TypeExpr& type, const DefinitionsByName& byName) {
  type.target.reset(); // a reused member's type may name a definition that is gone
  if (type.form == TypeForm::Named && !type.name.text.empty()) {
    if (const auto it = byName.find(foldCase(type.name.text)); it != byName.end()) {
      type.target = it->second.first;
    }
  }
  for (auto& inner : type.inner) {
    resolveNames(inner, byName);
  }
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

void resolveElement(TypedElement& element, const DefinitionsByName& byName) {
  resolveNames(element.type, byName);
  element.resolved = resolvedTypeOf(element.type);
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

void resolveTypes(Extension& extension) {
  const auto byName = definitionsByName(extension);
  for (auto& action : extension.actions) {
    for (auto& parameter : action.parameters) {
      resolveElement(parameter, byName);
    }
  }
  for (auto& structure : extension.structures) {
    for (auto& attribute : structure.attributes) {
      resolveElement(attribute, byName);
    }
  }
  for (auto& entity : extension.entities) {
    for (auto& attribute : entity.attributes) {
      resolveElement(attribute, byName);
    }
  }
}

} // namespace oxt::model
