#include "features/document_outline.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "model/shift_ranges.h"

namespace oxt::features {

namespace {

using model::SymbolKind;
using syntax::ByteRange;

constexpr std::string_view kMissingName = "(missing name)";
constexpr std::string_view kMissingPath = "(missing path)";

std::string_view slice(std::string_view text, ByteRange range) {
  if (range.start > range.end || range.end > text.size()) {
    return {};
  }
  return text.substr(range.start, range.end - range.start);
}

std::string_view nameOrPlaceholder(const model::Name& name) {
  return name.text.empty() ? kMissingName : std::string_view(name.text);
}

// The members are read as read, each range moved by `moved`, the bytes the member moved
// since (model/shared_list.h): reading them where they are would copy every member a
// keystroke moved, which was most of the first outline after an edit.

/// `range` of a member read before it moved `moved` bytes.
ByteRange at(ByteRange range, int64_t moved) {
  model::shiftRange(range, moved);
  return range;
}

/// The name, or the keyword when the name is missing: selectionRange must be inside
/// the range and should point at something the user can see.
ByteRange selectionOf(const model::Name& name, ByteRange keyword, int64_t moved) {
  return at(name.text.empty() ? keyword : name.range, moved);
}

/// `range` grown to contain `other`.
ByteRange unite(ByteRange range, ByteRange other) {
  return ByteRange{std::min(range.start, other.start), std::max(range.end, other.end)};
}

/// A parameter or attribute: its range grown to contain its name.
OutlineEntry typedEntry(const model::TypedElement& element, SymbolKind kind,
                        std::string_view detail, int64_t moved) {
  const auto range = at(element.range, moved);
  const auto selection = element.name.text.empty() ? ByteRange{range.start, range.start}
                                                   : at(element.name.range, moved);
  return OutlineEntry{
      kind, nameOrPlaceholder(element.name), detail, unite(range, selection), selection, 0};
}

/// A member of an extension: its kind, its index in that kind's list, where it is.
/// Its children are inside that range (build_model reads them from the member's body),
/// as are its name and keyword.
enum class MemberKind : uint8_t { Action, Structure, Entity, Resource };
struct MemberAt {
  MemberKind kind;
  uint32_t index;
  ByteRange range;
};

// Each member, and each member's list of parameters or attributes, is an allocation of
// its own (model/shared_list.h), so a walk of the members meets memory in no order the
// processor can guess. At 20,000 actions the model is larger than the cache, and the
// walk waited on memory for most of its time: 1.55 ms at 5,000 actions, 12.9 ms at
// 20,000 (oxt-bench-outline). So the walk asks for the member it will read a few
// members ahead, and, once that member is there, for the fields of its children that
// the outline reads.

/// How many members ahead a walk loads a member, and its children.
constexpr std::size_t kMembersAhead = 8;
constexpr std::size_t kChildrenAhead = 4;

// GCC drops a call to a function that does nothing but prefetch (it has no side
// effect), so each of these is inlined into the walk.

/// Starts loading the cache line that holds `field`; never waits, never faults.
template <typename T> [[gnu::always_inline]] inline void prefetch(const T& field) {
  __builtin_prefetch(&field);
}

/// Starts loading the fields of a parameter or attribute that the outline reads.
[[gnu::always_inline]] inline void prefetchFields(const model::TypedElement& element) {
  prefetch(element.name);
  prefetch(element.range);
  prefetch(element.type.range);
}
[[gnu::always_inline]] inline void prefetchFields(const model::Parameter& parameter) {
  prefetchFields(static_cast<const model::TypedElement&>(parameter));
  prefetch(parameter.direction);
}

/// The children a member has in the outline.
const std::vector<model::Parameter>& childrenOf(const model::Action& action) {
  return action.parameters;
}
template <typename Record> const std::vector<model::Attribute>& childrenOf(const Record& record) {
  return record.attributes;
}
std::span<const model::Parameter> childrenOf(const model::Resource& /*resource*/) { return {}; }

/// Starts loading a member's first fields and its list of children, or the fields of
/// each of those children.
template <typename Element>
[[gnu::always_inline]] inline void prefetchElement(const Element& element, bool children) {
  if (children) {
    for (const auto& child : childrenOf(element)) {
      prefetchFields(child);
    }
    return;
  }
  prefetch(element);
  if constexpr (!std::is_same_v<Element, model::Resource>) {
    prefetch(childrenOf(element)); // the vector itself, inside the element
  }
}

/// Calls `f` with the list of `extension` that members of `kind` are in: the one
/// place that maps a kind to its list, for the walk and for its prefetching.
template <typename F>
[[gnu::always_inline]] inline void withListOf(const model::Extension& extension, MemberKind kind,
                                              F&& f) {
  switch (kind) {
  case MemberKind::Action:
    f(extension.actions);
    return;
  case MemberKind::Structure:
    f(extension.structures);
    return;
  case MemberKind::Entity:
    f(extension.entities);
    return;
  case MemberKind::Resource:
    f(extension.resources);
    return;
  }
}

class OutlineWalk {
public:
  OutlineWalk(std::string_view text, OutlineVisitor& visitor) : text_(text), visitor_(visitor) {}

  /// The extension's members in source order, whatever their kind; adds to `symbols`
  /// the symbols they and their children make.
  static std::vector<MemberAt> membersOf(const model::Extension& extension, std::size_t& symbols) {
    std::vector<MemberAt> members;
    members.reserve(extension.actions.size() + extension.structures.size() +
                    extension.entities.size() + extension.resources.size());
    const auto add = [&members, &symbols](const auto& list, MemberKind kind) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (i + kMembersAhead < list.size()) {
          prefetchElement(list.asRead(i + kMembersAhead), false);
        }
        const auto& element = list.asRead(i);
        symbols += 1 + childrenOf(element).size();
        members.push_back(
            MemberAt{kind, static_cast<uint32_t>(i), at(element.range, list.movedSinceRead(i))});
      }
    };
    add(extension.actions, MemberKind::Action);
    add(extension.structures, MemberKind::Structure);
    add(extension.entities, MemberKind::Entity);
    add(extension.resources, MemberKind::Resource);
    std::stable_sort(members.begin(), members.end(), [](const MemberAt& a, const MemberAt& b) {
      return a.range.start < b.range.start;
    });
    return members;
  }

  /// Starts loading, ahead of a walk of `members` that is at `k`, the member it will
  /// read `kMembersAhead` later, and the children of the one `kChildrenAhead` later.
  [[gnu::always_inline]] static void prefetchAhead(const model::Extension& extension,
                                                   const std::vector<MemberAt>& members,
                                                   std::size_t k) {
    if (k + kMembersAhead < members.size()) {
      prefetchMember(extension, members[k + kMembersAhead], false);
    }
    if (k + kChildrenAhead < members.size()) {
      prefetchMember(extension, members[k + kChildrenAhead], true);
    }
  }

  /// Tells the visitor a member's symbol, then its children's.
  void member(const model::Extension& extension, MemberAt member) {
    withListOf(extension, member.kind, [this, member](const auto& list) {
      tell(list.asRead(member.index), list.movedSinceRead(member.index));
    });
  }

private:
  [[gnu::always_inline]] static void prefetchMember(const model::Extension& extension,
                                                    MemberAt member, bool children) {
    // Inlined too: a call that only prefetches would be dropped (above).
    withListOf(
        extension, member.kind,
        [ member, children ](const auto& list) __attribute__((always_inline)) {
          prefetchElement(list.asRead(member.index), children);
        });
  }

  void tell(const model::Action& element, int64_t moved) { action(element, moved); }
  void tell(const model::Structure& element, int64_t moved) {
    record(element, SymbolKind::Structure, moved);
  }
  void tell(const model::Entity& element, int64_t moved) {
    record(element, SymbolKind::Entity, moved);
  }
  void tell(const model::Resource& element, int64_t moved) {
    visitor_.enter(resourceEntry(element, moved));
    visitor_.leave();
  }

  static OutlineEntry actionEntry(const model::Action& action, int64_t moved) {
    return OutlineEntry{SymbolKind::Action,
                        nameOrPlaceholder(action.name),
                        model::isFunction(action) ? "function" : "",
                        at(action.range, moved),
                        selectionOf(action.name, action.keywordRange, moved),
                        action.parameters.size()};
  }

  template <typename Record>
  static OutlineEntry recordEntry(const Record& record, SymbolKind kind, int64_t moved) {
    return OutlineEntry{kind,
                        nameOrPlaceholder(record.name),
                        {},
                        at(record.range, moved),
                        selectionOf(record.name, record.keywordRange, moved),
                        record.attributes.size()};
  }

  static OutlineEntry resourceEntry(const model::Resource& resource, int64_t moved) {
    const auto range = at(resource.range, moved);
    const auto selection = resource.path.range.end > resource.path.range.start
                               ? at(resource.path.range, moved)
                               : at(resource.keywordRange, moved);
    return OutlineEntry{SymbolKind::Resource,
                        resource.pathText.empty() ? kMissingPath
                                                  : std::string_view(resource.pathText),
                        model::deployActionName(model::deployActionOf(resource)),
                        unite(range, selection),
                        selection,
                        0};
  }

  void action(const model::Action& action, int64_t moved) {
    visitor_.enter(actionEntry(action, moved));
    for (const auto& parameter : action.parameters) {
      detail_ = parameter.direction == model::Direction::Input ? "input" : "output";
      const auto type = slice(text_, at(parameter.type.range, moved));
      if (!type.empty()) {
        detail_ += ' ';
        appendTypeText(detail_, type);
        if (detail_.back() == ' ') {
          detail_.pop_back(); // a type of white space only
        }
      }
      visitor_.enter(typedEntry(parameter, SymbolKind::Parameter, detail_, moved));
      visitor_.leave();
    }
    visitor_.leave();
  }

  template <typename Record> void record(const Record& record, SymbolKind kind, int64_t moved) {
    visitor_.enter(recordEntry(record, kind, moved));
    for (const auto& attribute : record.attributes) {
      detail_.clear();
      appendTypeText(detail_, slice(text_, at(attribute.type.range, moved)));
      visitor_.enter(typedEntry(attribute, SymbolKind::Attribute, detail_, moved));
      visitor_.leave();
    }
    visitor_.leave();
  }

  std::string_view text_;
  OutlineVisitor& visitor_;
  std::string detail_; // the detail being told, its buffer kept from symbol to symbol
};

/// Builds documentOutline's tree from the walk.
class OutlineBuilder final : public OutlineVisitor {
public:
  void enter(const OutlineEntry& entry) override {
    auto& siblings = open_.empty() ? roots_ : open_.back()->children;
    auto& symbol = siblings.emplace_back();
    symbol.kind = entry.kind;
    symbol.name = entry.name;
    symbol.detail = entry.detail;
    symbol.range = entry.range;
    symbol.selectionRange = entry.selectionRange;
    symbol.children.reserve(entry.childCount);
    open_.push_back(&symbol);
  }
  void leave() override { open_.pop_back(); }

  std::vector<OutlineSymbol> take() { return std::move(roots_); }

private:
  std::vector<OutlineSymbol> roots_;
  std::vector<OutlineSymbol*> open_; // stable: each sibling list is reserved in full
};

void flatten(const OutlineSymbol& symbol, const std::string& container,
             std::vector<Declaration>& out) {
  if (symbol.name != kMissingName && symbol.name != kMissingPath) {
    out.push_back(
        Declaration{symbol.kind, symbol.name, container, symbol.selectionRange, symbol.range});
  }
  for (const auto& child : symbol.children) {
    flatten(child, symbol.name, out);
  }
}

} // namespace

void appendTypeText(std::string& out, std::string_view written) {
  const auto from = out.size();
  bool pendingSpace = false;
  for (const char c : written) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      pendingSpace = out.size() > from;
      continue;
    }
    const bool closes = c == ',' || c == ')' || c == '>';
    const bool afterOpen = out.size() > from && (out.back() == '(' || out.back() == '<');
    if (pendingSpace && !closes && !afterOpen) {
      out += ' ';
    }
    pendingSpace = false;
    out += c;
    if (c == ',') {
      pendingSpace = true; // "Decimal(37,8)" reads "Decimal(37, 8)"
    }
  }
}

std::string typeText(std::string_view written) {
  std::string out;
  appendTypeText(out, written);
  return out;
}

void walkOutline(const model::Document& document, std::string_view text, OutlineVisitor& visitor) {
  OutlineWalk walk(text, visitor);
  // The roots: each declared extension, and the members of an extension without an
  // `extension` line, which stand at the top of the outline; in source order.
  struct Root {
    const model::Extension* extension;
    MemberAt member; // when `extension` is not declared
    ByteRange range;
  };
  std::vector<Root> roots;
  std::vector<std::vector<MemberAt>> members(document.extensions.size());
  std::size_t symbols = document.extensions.size();
  for (std::size_t x = 0; x < document.extensions.size(); ++x) {
    members[x] = OutlineWalk::membersOf(document.extensions[x], symbols);
  }
  visitor.expect(symbols);
  for (std::size_t x = 0; x < document.extensions.size(); ++x) {
    const auto& extension = document.extensions[x];
    const auto& own = members[x];
    if (extension.declared) {
      // LSP wants a symbol's range to contain its children's: the model's range of an
      // extension does not contain the members a stray `}` put outside it, and VS Code
      // rejects the whole answer over one such member.
      auto range = unite(extension.range, selectionOf(extension.name, extension.keywordRange, 0));
      for (const auto& member : own) {
        range = unite(range, member.range);
      }
      roots.push_back(Root{&extension, {}, range});
      continue;
    }
    for (const auto& member : own) {
      roots.push_back(Root{&extension, member, member.range});
    }
  }
  std::stable_sort(roots.begin(), roots.end(),
                   [](const Root& a, const Root& b) { return a.range.start < b.range.start; });
  for (const auto& root : roots) {
    const auto& extension = *root.extension;
    if (!extension.declared) {
      walk.member(extension, root.member);
      continue;
    }
    const auto& own =
        members[static_cast<std::size_t>(root.extension - document.extensions.data())];
    visitor.enter(OutlineEntry{SymbolKind::Extension,
                               nameOrPlaceholder(extension.name),
                               {},
                               root.range,
                               selectionOf(extension.name, extension.keywordRange, 0),
                               own.size()});
    for (std::size_t k = 0; k < own.size(); ++k) {
      OutlineWalk::prefetchAhead(extension, own, k);
      walk.member(extension, own[k]);
    }
    visitor.leave();
  }
}

std::vector<OutlineSymbol> documentOutline(const model::Document& document, std::string_view text) {
  OutlineBuilder builder;
  walkOutline(document, text, builder);
  return builder.take();
}

std::vector<Declaration> declarationsOf(const model::Document& document, std::string_view text) {
  std::vector<Declaration> out;
  for (const auto& root : documentOutline(document, text)) {
    flatten(root, "", out);
  }
  return out;
}

} // namespace oxt::features
