#include "model/symbol_index.h"

#include <algorithm>

#include "model/names.h"

namespace oxt::model {

std::string resourcePathKey(std::string_view path) {
  auto key = foldCase(path);
  std::replace(key.begin(), key.end(), '\\', '/');
  return key;
}

namespace {

void countTypeReferences(const TypeExpr& type, std::size_t& count) {
  if (type.form == TypeForm::Named && type.target) {
    ++count;
  }
  for (const auto& inner : type.inner) {
    countTypeReferences(inner, count);
  }
}

/// How many symbols and (at most) references `extension` gives, so that the index's
/// vectors are allocated once: grown by doubling, they held up to twice what they
/// needed, on a file of thousands of actions megabytes, twice over in the language
/// server (the index of the previous version lives while the next is built).
void countSymbols(const Extension& extension, std::size_t& symbols, std::size_t& references) {
  symbols += 1 + extension.structures.size() + extension.entities.size() +
             extension.resources.size() + extension.actions.size();
  const auto countElements = [&](const auto& elements) {
    symbols += elements.size();
    for (const auto& element : elements) {
      countTypeReferences(element.type, references);
    }
  };
  for (const auto& structure : extension.structures) {
    countElements(structure.attributes);
  }
  for (const auto& entity : extension.entities) {
    countElements(entity.attributes);
  }
  for (const auto& action : extension.actions) {
    countElements(action.parameters);
    references += static_cast<std::size_t>(
        std::count_if(action.annotations.begin(), action.annotations.end(),
                      [](const Annotation& annotation) { return annotation.name.text == "icon"; }));
  }
}

} // namespace

SymbolIndex::SymbolIndex(const Document& document) {
  std::size_t symbols = 0;
  std::size_t references = 0;
  for (const auto& extension : document.extensions) {
    countSymbols(extension, symbols, references);
  }
  symbols_.reserve(symbols);
  references_.reserve(references);
  for (uint32_t i = 0; i < document.extensions.size(); ++i) {
    indexExtension(document.extensions[i], i);
  }
  // The references to each symbol, as one array in runs by symbol (a vector per
  // symbol cost 24 bytes for each of tens of thousands of symbols, most never used).
  incomingStart_.assign(symbols_.size() + 1, 0);
  for (const auto& reference : references_) {
    ++incomingStart_[reference.symbol + 1];
  }
  for (std::size_t i = 1; i < incomingStart_.size(); ++i) {
    incomingStart_[i] += incomingStart_[i - 1];
  }
  incoming_.resize(references_.size());
  auto next = incomingStart_;
  for (uint32_t id = 0; id < references_.size(); ++id) {
    incoming_[next[references_[id].symbol]++] = id;
  }
  for (std::size_t symbol = 0; symbol + 1 < incomingStart_.size(); ++symbol) {
    std::sort(incoming_.begin() + incomingStart_[symbol],
              incoming_.begin() + incomingStart_[symbol + 1], [this](uint32_t a, uint32_t b) {
                return references_[a].range.start < references_[b].range.start;
              });
  }
}

std::string SymbolIndex::scopeKey(uint32_t extension, SymbolKind kind, std::string_view name) {
  // Structures and entities share one scope: both are record definitions.
  char scope = 'a';
  if (kind == SymbolKind::Structure || kind == SymbolKind::Entity) {
    scope = 'r';
  } else if (kind == SymbolKind::Resource) {
    scope = 'f';
  }
  auto key = std::to_string(extension);
  key += scope;
  key += kind == SymbolKind::Resource ? resourcePathKey(name) : foldCase(name);
  return key;
}

uint32_t SymbolIndex::add(Symbol symbol) {
  const auto id = static_cast<uint32_t>(symbols_.size());
  if (symbol.kind == SymbolKind::Action || symbol.kind == SymbolKind::Structure ||
      symbol.kind == SymbolKind::Entity || symbol.kind == SymbolKind::Resource) {
    if (!symbol.name.empty()) {
      byScopedName_.try_emplace(scopeKey(symbol.extension, symbol.kind, symbol.name), id);
    }
  }
  symbols_.push_back(std::move(symbol));
  return id;
}

void SymbolIndex::addReference(uint32_t symbol, ByteRange range, ReferenceKind kind,
                               std::optional<uint32_t> from) {
  references_.push_back({symbol, range, kind, from});
}

void SymbolIndex::indexTypeReferences(const TypeExpr& type, uint32_t extension, uint32_t from,
                                      bool insideIdentifier) {
  if (type.form == TypeForm::Named && type.target) {
    if (const auto target = symbolOf(extension, *type.target)) {
      addReference(*target, type.name.range,
                   insideIdentifier ? ReferenceKind::Identifier : ReferenceKind::Type, from);
    }
  }
  for (const auto& inner : type.inner) {
    indexTypeReferences(inner, extension, from, type.form == TypeForm::Identifier);
  }
}

void SymbolIndex::indexExtension(const Extension& extension, uint32_t index) {
  const auto extensionSymbol = add({SymbolKind::Extension, extension.name.text,
                                    extension.name.range, extension.range, index, std::nullopt});
  // Definitions first: references may point forward.
  structureSymbols_.emplace_back();
  entitySymbols_.emplace_back();
  for (const auto& structure : extension.structures) {
    structureSymbols_.back().push_back(
        add({SymbolKind::Structure, structure.name.text, structure.name.range, structure.range,
             index, extensionSymbol}));
  }
  for (const auto& entity : extension.entities) {
    entitySymbols_.back().push_back(add({SymbolKind::Entity, entity.name.text, entity.name.range,
                                         entity.range, index, extensionSymbol}));
  }
  std::vector<uint32_t> resourceSymbols;
  for (const auto& resource : extension.resources) {
    resourceSymbols.push_back(add({SymbolKind::Resource, resource.pathText, resource.path.range,
                                   resource.range, index, extensionSymbol}));
  }

  const auto indexAttributes = [&](const std::vector<Attribute>& attributes, uint32_t owner) {
    for (const auto& attribute : attributes) {
      add({SymbolKind::Attribute, attribute.name.text, attribute.name.range, attribute.range, index,
           owner});
      indexTypeReferences(attribute.type, index, owner, false);
    }
  };
  for (std::size_t i = 0; i < extension.structures.size(); ++i) {
    indexAttributes(extension.structures[i].attributes, structureSymbols_.back()[i]);
  }
  for (std::size_t i = 0; i < extension.entities.size(); ++i) {
    indexAttributes(extension.entities[i].attributes, entitySymbols_.back()[i]);
  }
  for (const auto& action : extension.actions) {
    const auto actionSymbol = add({SymbolKind::Action, action.name.text, action.name.range,
                                   action.range, index, extensionSymbol});
    for (const auto& parameter : action.parameters) {
      add({SymbolKind::Parameter, parameter.name.text, parameter.name.range, parameter.range, index,
           actionSymbol});
      indexTypeReferences(parameter.type, index, actionSymbol, false);
    }
    for (const auto& annotation : action.annotations) {
      if (annotation.name.text != "icon" || annotation.arguments.size() != 1) {
        continue;
      }
      if (const auto path = stringArgument(annotation)) {
        if (const auto resource = find(index, SymbolKind::Resource, *path)) {
          addReference(*resource, annotation.arguments.front().range, ReferenceKind::Icon,
                       actionSymbol);
        }
      }
    }
  }
}

std::span<const uint32_t> SymbolIndex::referencesTo(uint32_t symbol) const {
  if (symbol + 1 >= incomingStart_.size()) {
    return {};
  }
  return std::span<const uint32_t>(incoming_).subspan(
      incomingStart_[symbol], incomingStart_[symbol + 1] - incomingStart_[symbol]);
}

std::optional<uint32_t> SymbolIndex::symbolOf(uint32_t extension, DefinitionRef ref) const {
  const auto& table =
      ref.kind == DefinitionRef::Kind::Structure ? structureSymbols_ : entitySymbols_;
  if (extension >= table.size() || ref.index >= table[extension].size()) {
    return std::nullopt;
  }
  return table[extension][ref.index];
}

std::optional<uint32_t> SymbolIndex::find(uint32_t extension, SymbolKind kind,
                                          std::string_view name) const {
  if (const auto it = byScopedName_.find(scopeKey(extension, kind, name));
      it != byScopedName_.end()) {
    return it->second;
  }
  return std::nullopt;
}

const std::vector<SymbolIndex::Spot>& SymbolIndex::spots() const {
  std::call_once(spotsBuilt_, [this] {
    spots_.reserve(symbols_.size() + references_.size());
    for (uint32_t id = 0; id < symbols_.size(); ++id) {
      if (!symbols_[id].name.empty()) {
        spots_.push_back({symbols_[id].nameRange, id});
      }
    }
    for (const auto& reference : references_) {
      spots_.push_back({reference.range, reference.symbol});
    }
    std::stable_sort(spots_.begin(), spots_.end(),
                     [](const Spot& a, const Spot& b) { return a.range.start < b.range.start; });
  });
  return spots_;
}

std::optional<uint32_t> SymbolIndex::symbolAt(uint32_t offset) const {
  // The last spot that starts at or before `offset`; spots do not nest.
  const auto& spots = this->spots();
  auto it = std::upper_bound(spots.begin(), spots.end(), offset,
                             [](uint32_t at, const Spot& spot) { return at < spot.range.start; });
  while (it != spots.begin()) {
    --it;
    if (offset >= it->range.start && offset <= it->range.end) {
      return it->symbol;
    }
    if (it->range.end < offset) {
      break;
    }
  }
  return std::nullopt;
}

} // namespace oxt::model
