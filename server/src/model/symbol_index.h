// Every definition of an `.oxt` file and every reference to one: the types that
// name structures and entities, `Identifier<E>`, and `@icon` paths that name
// resources.
//
// Why an index: "find references", rename, "unused structure" and go-to-definition
// all ask the same two questions (what is declared here, who uses it) and must
// agree on the answer, which follows OutSystems: names compare case-insensitively.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/extension_model.h"

namespace oxt::model {

enum class SymbolKind { Extension, Action, Parameter, Structure, Entity, Attribute, Resource };

struct Symbol {
  SymbolKind kind = SymbolKind::Action;
  std::string name;                  // as declared; a resource's path for resources
  ByteRange nameRange;               // the name token (the path string for resources)
  ByteRange range;                   // the whole declaration
  uint32_t extension = 0;            // index in Document::extensions
  std::optional<uint32_t> container; // the action, structure or entity it belongs to
};

enum class ReferenceKind {
  Type,       // `Installment`, `List<Installment>`, `Record<A, B>`
  Identifier, // `Identifier<Loan>`
  Icon,       // `@icon("icons/x.ico")` → the resource
};

struct Reference {
  uint32_t symbol = 0; // what is referenced
  ByteRange range;     // the name (or string) that refers to it
  ReferenceKind kind = ReferenceKind::Type;
  std::optional<uint32_t> from; // the declaration (action, structure, entity) it is in
};

class SymbolIndex {
public:
  explicit SymbolIndex(const Document& document);
  SymbolIndex(const SymbolIndex&) = delete;
  SymbolIndex& operator=(const SymbolIndex&) = delete;
  SymbolIndex(SymbolIndex&&) = delete;
  SymbolIndex& operator=(SymbolIndex&&) = delete;
  ~SymbolIndex() = default;

  [[nodiscard]] const std::vector<Symbol>& symbols() const { return symbols_; }
  [[nodiscard]] const std::vector<Reference>& references() const { return references_; }

  /// Indices into references() of every reference to `symbol`, in source order.
  [[nodiscard]] std::span<const uint32_t> referencesTo(uint32_t symbol) const;

  /// The symbol of a structure or entity of extension `extension`.
  [[nodiscard]] std::optional<uint32_t> symbolOf(uint32_t extension, DefinitionRef ref) const;

  /// The action, record definition (structure or entity: one scope) or resource
  /// (by path) named `name` in `extension`, compared case-insensitively; the
  /// first declared when there are several.
  [[nodiscard]] std::optional<uint32_t> find(uint32_t extension, SymbolKind kind,
                                             std::string_view name) const;

  /// The symbol declared or referenced at byte `offset`, if any. Safe to call from
  /// several threads at once.
  [[nodiscard]] std::optional<uint32_t> symbolAt(uint32_t offset) const;

private:
  uint32_t add(Symbol symbol);
  void addReference(uint32_t symbol, ByteRange range, ReferenceKind kind,
                    std::optional<uint32_t> from);
  void indexExtension(const Extension& extension, uint32_t index);
  void indexTypeReferences(const TypeExpr& type, uint32_t extension, uint32_t from,
                           bool insideIdentifier);
  static std::string scopeKey(uint32_t extension, SymbolKind kind, std::string_view name);

  std::vector<Symbol> symbols_;
  std::vector<Reference> references_;
  std::vector<uint32_t> incoming_;      // indices into references_, in runs by symbol
  std::vector<uint32_t> incomingStart_; // [symbol]: where its run starts; one more at the end
  std::unordered_map<std::string, uint32_t> byScopedName_;
  std::vector<std::vector<uint32_t>> structureSymbols_; // [extension][structure index]
  std::vector<std::vector<uint32_t>> entitySymbols_;
  struct Spot {
    ByteRange range;
    uint32_t symbol = 0;
  };
  [[nodiscard]] const std::vector<Spot>& spots() const;

  // Names and references sorted by start, for symbolAt. Built on the first request:
  // the index is rebuilt on every keystroke, where sorting tens of thousands of spots
  // would cost milliseconds that only a hover or a go-to-definition needs.
  mutable std::once_flag spotsBuilt_;
  mutable std::vector<Spot> spots_;
};

/// A resource path as compared: `\` read as `/`, case folded.
[[nodiscard]] std::string resourcePathKey(std::string_view path);

} // namespace oxt::model
