#include "features/rename.h"

#include <array>

#include "features/navigation.h"
#include "model/basic_types.h"
#include "model/names.h"

namespace oxt::features {

namespace {

using model::Symbol;
using model::SymbolKind;

bool isRecord(SymbolKind kind) {
  return kind == SymbolKind::Structure || kind == SymbolKind::Entity;
}

/// Structures and entities share one scope (both are record definitions).
bool sameScopeKind(SymbolKind a, SymbolKind b) { return a == b || (isRecord(a) && isRecord(b)); }

std::string_view kindName(SymbolKind kind) {
  switch (kind) {
  case SymbolKind::Extension:
    return "extension";
  case SymbolKind::Action:
    return "action";
  case SymbolKind::Parameter:
    return "parameter";
  case SymbolKind::Structure:
    return "structure";
  case SymbolKind::Entity:
    return "entity";
  case SymbolKind::Attribute:
    return "attribute";
  case SymbolKind::Resource:
    return "resource";
  }
  return "name";
}

std::string inQuotes(std::string_view text) { return "'" + std::string(text) + "'"; }

const model::Extension* extensionOf(const model::Analysis& analysis, const Symbol& symbol) {
  const auto& extensions = analysis.document.extensions;
  return symbol.extension < extensions.size() ? &extensions[symbol.extension] : nullptr;
}

bool isEntityAttribute(const model::Analysis& analysis, const Symbol& symbol) {
  return symbol.kind == SymbolKind::Attribute && symbol.container &&
         analysis.index().symbols()[*symbol.container].kind == SymbolKind::Entity;
}

/// The type names a record definition cannot take: `input X: Text` always means the
/// basic type, and `List`, `Record` and `Identifier` start type forms.
std::optional<std::string> typeNameTaken(std::string_view newName) {
  for (const auto type : model::allBasicTypes()) {
    if (model::equalsIgnoringCase(newName, model::basicTypeName(type))) {
      return std::string(model::basicTypeName(type));
    }
  }
  for (const std::string_view form : {"List", "Record", "Identifier"}) {
    if (model::equalsIgnoringCase(newName, form)) {
      return std::string(form);
    }
  }
  return std::nullopt;
}

std::optional<std::string> validityProblem(const model::Analysis& analysis, const Symbol& symbol,
                                           std::string_view newName) {
  const auto name = inQuotes(newName);
  if (newName.empty()) {
    return std::string("the new name is empty");
  }
  if (const auto invalid = model::firstInvalidNameCharacter(newName); !invalid.empty()) {
    return name + " is not a valid name: " + inQuotes(invalid) +
           " is not allowed; use only letters A-Z, digits and '_'";
  }
  if (!model::startsWithLetter(newName)) {
    return name + " is not a valid name: a name must start with a letter";
  }
  const bool entityAttribute = isEntityAttribute(analysis, symbol);
  const std::size_t limit = entityAttribute ? 28 : 50;
  if (model::characterCount(newName) > limit) {
    return name + " is too long: " + (entityAttribute ? "an entity attribute" : "a name") +
           " may have at most " + std::to_string(limit) + " characters";
  }
  if (isRecord(symbol.kind)) {
    if (const auto type = typeNameTaken(newName)) {
      return name + " cannot name a " + std::string(kindName(symbol.kind)) + ": " +
             inQuotes(*type) + " is a type of the language";
    }
  }
  if (entityAttribute) {
    const auto* extension = extensionOf(analysis, symbol);
    constexpr std::array<std::string_view, 5> kOracleReserved{"timestamp", "number", "blob", "clob",
                                                              "varchar2"};
    for (const auto word : kOracleReserved) {
      if (extension != nullptr && model::dbmsOf(*extension) != model::Dbms::SqlServer &&
          model::equalsIgnoringCase(newName, word)) {
        return name + " is an invalid attribute name in Oracle (a reserved word), and the "
                      "extension's @dbms allows Oracle";
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> collisionProblem(const model::Analysis& analysis, uint32_t renamed,
                                            std::string_view newName) {
  const auto& symbols = analysis.index().symbols();
  const auto& symbol = symbols[renamed];
  for (uint32_t i = 0; i < symbols.size(); ++i) {
    const auto& other = symbols[i];
    if (i == renamed || other.extension != symbol.extension ||
        !sameScopeKind(other.kind, symbol.kind) || other.container != symbol.container ||
        !model::equalsIgnoringCase(other.name, newName)) {
      continue;
    }
    std::string message = inQuotes(newName) + " is already the name of " +
                          std::string(kindName(other.kind)) + " " + inQuotes(other.name);
    if (other.container &&
        (symbol.kind == SymbolKind::Parameter || symbol.kind == SymbolKind::Attribute)) {
      const auto& owner = symbols[*other.container];
      message += " of " + std::string(kindName(owner.kind)) + " " + inQuotes(owner.name);
    } else if (symbol.kind != SymbolKind::Extension) {
      message += " in this extension";
    } else {
      message += " in this file";
    }
    if (other.name != newName) {
      message += " (names are compared without regard to case)";
    }
    return message;
  }
  return std::nullopt;
}

/// The name of a type at `offset` that names no structure or entity (`input X: Cust`
/// while typing, or a misspelling), if any.
const model::Name* unresolvedTypeNameAt(const model::TypeExpr& type, uint32_t offset) {
  if (type.form == model::TypeForm::Named && !type.target && !type.name.text.empty() &&
      offset >= type.name.range.start && offset <= type.name.range.end) {
    return &type.name;
  }
  for (const auto& inner : type.inner) {
    if (const auto* name = unresolvedTypeNameAt(inner, offset)) {
      return name;
    }
  }
  return nullptr;
}

const model::Name* unresolvedTypeNameAt(const model::Document& document, uint32_t offset) {
  const auto inAttributes = [&](const std::vector<model::Attribute>& attributes) {
    for (const auto& attribute : attributes) {
      if (const auto* name = unresolvedTypeNameAt(attribute.type, offset)) {
        return name;
      }
    }
    return static_cast<const model::Name*>(nullptr);
  };
  for (const auto& extension : document.extensions) {
    for (const auto& action : extension.actions) {
      for (const auto& parameter : action.parameters) {
        if (const auto* name = unresolvedTypeNameAt(parameter.type, offset)) {
          return name;
        }
      }
    }
    for (const auto& structure : extension.structures) {
      if (const auto* name = inAttributes(structure.attributes)) {
        return name;
      }
    }
    for (const auto& entity : extension.entities) {
      if (const auto* name = inAttributes(entity.attributes)) {
        return name;
      }
    }
  }
  return nullptr;
}

} // namespace

std::variant<RenameTarget, RenameRefusal> prepareRename(const model::Analysis& analysis,
                                                        uint32_t offset) {
  const auto found = symbolAt(analysis, offset);
  if (!found) {
    if (const auto* unknown = unresolvedTypeNameAt(analysis.document, offset)) {
      return RenameRefusal{inQuotes(unknown->text) +
                           " names no structure or entity of this extension: nothing to rename"};
    }
    return RenameRefusal{"nothing to rename here: put the cursor on the name of an action, "
                         "parameter, structure, entity or attribute"};
  }
  const auto& symbol = analysis.index().symbols()[*found];
  if (symbol.kind == SymbolKind::Resource) {
    return RenameRefusal{"a resource is named by the path of its file: rename the file, then "
                         "edit the path"};
  }
  RenameTarget target{*found, symbol.nameRange, symbol.name};
  for (const auto& occurrence : occurrencesOf(analysis, *found, true)) {
    if (offset >= occurrence.range.start && offset <= occurrence.range.end) {
      target.range = occurrence.range;
      break;
    }
  }
  return target;
}

std::optional<std::string> newNameProblem(const model::Analysis& analysis, uint32_t symbol,
                                          std::string_view newName) {
  const auto& symbols = analysis.index().symbols();
  if (symbol >= symbols.size()) {
    return std::string("the name to rename is gone: the file changed");
  }
  if (symbols[symbol].kind == SymbolKind::Resource) {
    return std::string("a resource is named by the path of its file: rename the file, then "
                       "edit the path");
  }
  if (auto problem = validityProblem(analysis, symbols[symbol], newName)) {
    return problem;
  }
  return collisionProblem(analysis, symbol, newName);
}

std::vector<syntax::TextEdit> renameEdits(const model::Analysis& analysis, uint32_t symbol,
                                          std::string_view newName) {
  std::vector<syntax::TextEdit> edits;
  for (const auto& occurrence : occurrencesOf(analysis, symbol, true)) {
    edits.push_back({occurrence.range, std::string(newName)});
  }
  return edits;
}

std::optional<SymbolKey> symbolKey(const model::Analysis& analysis, uint32_t symbol) {
  const auto& symbols = analysis.index().symbols();
  if (symbol >= symbols.size()) {
    return std::nullopt;
  }
  const auto& found = symbols[symbol];
  const auto* extension = extensionOf(analysis, found);
  if (found.kind == SymbolKind::Extension || found.kind == SymbolKind::Resource ||
      extension == nullptr || !extension->declared || extension->name.text.empty() ||
      found.name.empty()) {
    return std::nullopt;
  }
  SymbolKey key{extension->name.text, found.kind, "", found.name};
  if (found.kind == SymbolKind::Parameter || found.kind == SymbolKind::Attribute) {
    if (!found.container) {
      return std::nullopt;
    }
    key.container = symbols[*found.container].name;
  }
  return key;
}

std::optional<uint32_t> findSymbol(const model::Analysis& analysis, const SymbolKey& key) {
  const auto& symbols = analysis.index().symbols();
  for (uint32_t i = 0; i < symbols.size(); ++i) {
    const auto& symbol = symbols[i];
    const auto* extension = extensionOf(analysis, symbol);
    if (!sameScopeKind(symbol.kind, key.kind) ||
        !model::equalsIgnoringCase(symbol.name, key.name) || extension == nullptr ||
        !extension->declared || !model::equalsIgnoringCase(extension->name.text, key.extension)) {
      continue;
    }
    if (symbol.kind == SymbolKind::Parameter || symbol.kind == SymbolKind::Attribute) {
      if (!symbol.container ||
          !model::equalsIgnoringCase(symbols[*symbol.container].name, key.container)) {
        continue;
      }
    }
    return i;
  }
  return std::nullopt;
}

} // namespace oxt::features
