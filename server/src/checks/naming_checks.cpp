// Names follow Integration Studio's rules (start with a letter; letters, digits
// and '_'; 50 characters, 28 for entity attributes), descriptions have at most
// 255 characters, and a name is used once per scope, compared without case.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "checks/check_functions.h"
#include "checks/fixes.h"
#include "checks/model_walk.h"
#include "model/names.h"

namespace oxt::checks {

namespace {

using model::Name;

enum class NameKind { Extension, Action, Parameter, Structure, Entity, Attribute, EntityAttribute };

/// Calls `visit(name, kind)` for every declared name, but those in the records the
/// checks do not report on.
template <typename Visit> void forEachName(const CheckInput& input, Visit&& visit) {
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    const auto& extension = extensions[x];
    if (extension.declared) {
      visit(extension.name, NameKind::Extension);
    }
    for (const auto& action : extension.actions) {
      visit(action.name, NameKind::Action);
      for (const auto& parameter : action.parameters) {
        visit(parameter.name, NameKind::Parameter);
      }
    }
    forEachRecordChecked<RecordKind::Structure>(input, x, [&](const model::Structure& structure) {
      visit(structure.name, NameKind::Structure);
      for (const auto& attribute : structure.attributes) {
        visit(attribute.name, NameKind::Attribute);
      }
    });
    forEachRecordChecked<RecordKind::Entity>(input, x, [&](const model::Entity& entity) {
      visit(entity.name, NameKind::Entity);
      for (const auto& attribute : entity.attributes) {
        visit(attribute.name, NameKind::EntityAttribute);
      }
    });
  }
}

void checkDescription(const model::Description& description, Reporter& reporter) {
  constexpr std::size_t kMaxDescription = 255;
  if (description.present && model::characterCount(description.text) > kMaxDescription) {
    reporter.report(description.range, "Description value cannot have more than 255 characters.");
  }
}

/// The name of element `index` of the SharedList<T> at `list`, where it is now.
template <typename T> const Name& placedName(const void* list, uint32_t index) {
  return (*static_cast<const model::SharedList<T>*>(list))[index].name;
}

struct Declared {
  const Name* name;
  std::string_view kind;
  /// For the name of a member as read (model::SharedList::asRead): how far its range is
  /// off, and where the member is, to read the name where it is now when reporting.
  int64_t moved = 0;
  const void* list = nullptr;
  const Name& (*place)(const void* list, uint32_t index) = nullptr;
  uint32_t index = 0;

  /// Member `i` of `members` as read.
  template <typename T>
  static Declared asRead(const model::SharedList<T>& members, uint32_t i, std::string_view kind) {
    return {&members.asRead(i).name, kind, members.movedSinceRead(i), &members, placedName<T>, i};
  }

  [[nodiscard]] int64_t start() const { return name->range.start + moved; }
  [[nodiscard]] const Name& placed() const { return place != nullptr ? place(list, index) : *name; }
};
void reportDuplicate(const Declared& declared, const Declared& original, Reporter& reporter) {
  const auto& name = declared.placed();
  const auto& first = original.placed();
  std::string message = std::string(declared.kind) + " '" + name.text + "' has the same name as " +
                        std::string(original.kind) + " '" + first.text + "'";
  if (name.text != first.text) {
    message += " (names are compared without regard to case)";
  }
  auto& diagnostic = reporter.report(name.range, std::move(message));
  diagnostic.related.push_back({"first declared here", first.range});
}

/// Reports the second and later of `names` (sorted here by position) equal to an
/// earlier one. Taken by reference: the callers reuse one buffer for thousands of scopes.
void reportDuplicates(std::vector<Declared>& names, Reporter& reporter) {
  const auto byPosition = [](const Declared& a, const Declared& b) {
    return a.start() < b.start();
  };
  if (!std::is_sorted(names.begin(), names.end(), byPosition)) {
    std::sort(names.begin(), names.end(), byPosition);
  }
  // The parameters of an action, the attributes of a structure: a few names each, and
  // thousands of scopes in a large file. Comparing pairs costs less than a hash map.
  constexpr std::size_t kSmallScope = 16;
  if (names.size() <= kSmallScope) {
    for (std::size_t i = 1; i < names.size(); ++i) {
      const auto& text = names[i].name->text;
      for (std::size_t j = 0; j < i && !text.empty(); ++j) {
        if (model::equalsIgnoringCase(names[j].name->text, text)) {
          reportDuplicate(names[i], names[j], reporter);
          break;
        }
      }
    }
    return;
  }
  // The actions of a large extension: an open-addressing table of indices, so that the
  // walk after each keystroke allocates once instead of once per name.
  constexpr uint32_t kEmpty = UINT32_MAX;
  std::size_t capacity = 1;
  while (capacity < names.size() * 2) {
    capacity *= 2;
  }
  std::vector<uint32_t> slots(capacity, kEmpty);
  const model::CaseInsensitiveHash hash;
  const model::CaseInsensitiveEqual equal;
  for (uint32_t i = 0; i < names.size(); ++i) {
    const auto& text = names[i].name->text;
    if (text.empty()) {
      continue;
    }
    for (auto slot = hash(text) & (capacity - 1);; slot = (slot + 1) & (capacity - 1)) {
      if (slots[slot] == kEmpty) {
        slots[slot] = i;
        break;
      }
      if (equal(names[slots[slot]].name->text, text)) {
        reportDuplicate(names[i], names[slots[slot]], reporter);
        break;
      }
    }
  }
}

/// The actions whose names may equal another's: those whose name key (Extension::
/// actionNameKeys) another action has too. Equal names have equal keys, so the others
/// cannot be duplicates, and after each keystroke only the keys are read, not the
/// thousands of actions. All the actions when the keys are missing.
std::vector<uint32_t> actionsSharingKeys(const model::Extension& extension) {
  const auto& keys = extension.actionNameKeys;
  std::vector<uint32_t> sharing;
  if (keys.size() != extension.actions.size()) {
    sharing.resize(extension.actions.size());
    for (uint32_t i = 0; i < sharing.size(); ++i) {
      sharing[i] = i;
    }
    return sharing;
  }
  constexpr uint32_t kEmpty = UINT32_MAX;
  std::size_t capacity = 16;
  while (capacity < keys.size() * 2) {
    capacity *= 2;
  }
  std::vector<uint32_t> slots(capacity, kEmpty); // the first action with each key
  std::vector<bool> taken(keys.size(), false);   // whether an action is in `sharing`
  for (uint32_t i = 0; i < keys.size(); ++i) {
    const auto key = keys[i];
    if (key == 0) {
      continue; // no name
    }
    // The key is a hash already; its high bits pick the slot (well spread by the multiply).
    constexpr uint64_t kSpread = 0x9E3779B97F4A7C15ULL;
    for (auto slot = static_cast<std::size_t>((key * kSpread) >> 32U) & (capacity - 1);;
         slot = (slot + 1) & (capacity - 1)) {
      if (slots[slot] == kEmpty) {
        slots[slot] = i;
        break;
      }
      if (keys[slots[slot]] == key) {
        for (const auto at : {slots[slot], i}) {
          if (!taken[at]) {
            taken[at] = true;
            sharing.push_back(at);
          }
        }
        break;
      }
    }
  }
  std::sort(sharing.begin(), sharing.end());
  return sharing;
}

} // namespace

void checkNameCharacters(const CheckInput& input, Reporter& reporter) {
  forEachName(input, [&](const Name& name, NameKind) {
    const auto invalid = model::firstInvalidNameCharacter(name.text);
    if (invalid.empty()) {
      return;
    }
    auto& diagnostic =
        reporter.report(name.range, "'" + name.text + "' is not a valid name: '" + invalid +
                                        "' is not allowed; use only letters A-Z, digits and '_'");
    const auto replacement = model::sanitizedName(name.text);
    if (!model::isValidName(replacement)) {
      return; // it would still be invalid (OXT0003): no clear fix
    }
    // The name and every reference to it in the file (a structure used as a type).
    Fix fix{"Rename to '" + replacement + "'", {{name.range, replacement}}, true};
    const auto& index = input.index();
    if (const auto symbol = index.symbolAt(name.range.start)) {
      for (const auto reference : index.referencesTo(*symbol)) {
        const auto range = index.references()[reference].range;
        if (range.start != name.range.start) {
          fix.edits.push_back({range, replacement});
        }
      }
    }
    diagnostic.fixes.push_back(std::move(fix));
  });
}

void checkNameStart(const CheckInput& input, Reporter& reporter) {
  forEachName(input, [&](const Name& name, NameKind) {
    if (!name.text.empty() && model::firstInvalidNameCharacter(name.text).empty() &&
        !model::startsWithLetter(name.text)) {
      reporter.report(name.range,
                      "'" + name.text + "' is not a valid name: a name must start with a letter");
    }
  });
}

void checkNameLength(const CheckInput& input, Reporter& reporter) {
  forEachName(input, [&](const Name& name, NameKind kind) {
    const std::size_t limit = kind == NameKind::EntityAttribute ? 28 : 50;
    if (model::characterCount(name.text) > limit) {
      reporter.report(name.range,
                      "Name value cannot have more than " + std::to_string(limit) + " characters.");
    }
  });
}

void checkDescriptionLength(const CheckInput& input, Reporter& reporter) {
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    const auto& extension = extensions[x];
    checkDescription(extension.description, reporter);
    for (const auto& action : extension.actions) {
      checkDescription(action.description, reporter);
      for (const auto& parameter : action.parameters) {
        checkDescription(parameter.description, reporter);
      }
    }
    const auto withAttributes = [&](const auto& record) {
      checkDescription(record.description, reporter);
      for (const auto& attribute : record.attributes) {
        checkDescription(attribute.description, reporter);
      }
    };
    forEachRecordChecked<RecordKind::Structure>(input, x, withAttributes);
    forEachRecordChecked<RecordKind::Entity>(input, x, withAttributes);
    forEachRecordChecked<RecordKind::Resource>(input, x, [&](const model::Resource& resource) {
      checkDescription(resource.description, reporter);
    });
  }
}

void checkDuplicateNamesInScopes(const CheckInput& input, Reporter& reporter) {
  std::vector<Declared> scope; // one buffer for thousands of small scopes
  const auto attributesOf = [&](const std::vector<model::Attribute>& attributes) {
    scope.clear();
    for (const auto& attribute : attributes) {
      scope.push_back({&attribute.name, "attribute"});
    }
    reportDuplicates(scope, reporter);
  };
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    for (const auto& action : extensions[x].actions) {
      scope.clear();
      for (const auto& parameter : action.parameters) {
        scope.push_back(
            {&parameter.name, parameter.direction == model::Direction::Input ? "input" : "output"});
      }
      reportDuplicates(scope, reporter);
    }
    const auto ofRecord = [&](const auto& record) { attributesOf(record.attributes); };
    forEachRecordChecked<RecordKind::Structure>(input, x, ofRecord);
    forEachRecordChecked<RecordKind::Entity>(input, x, ofRecord);
  }
}

void checkDuplicateNamesAcross(const CheckInput& input, Reporter& reporter) {
  for (const auto& extension : input.document.extensions) {
    // The actions as read, so that no action a keystroke moved is copied for this walk
    // (model/shared_list.h); only those reported are read where they are now.
    std::vector<Declared> actions;
    for (const auto i : actionsSharingKeys(extension)) {
      actions.push_back(Declared::asRead(extension.actions, i, "action"));
    }
    reportDuplicates(actions, reporter);
    // Structures and entities share one scope: both are record definitions.
    std::vector<Declared> records;
    records.reserve(extension.structures.size() + extension.entities.size());
    for (uint32_t i = 0; i < extension.structures.size(); ++i) {
      records.push_back(Declared::asRead(extension.structures, i, "structure"));
    }
    for (uint32_t i = 0; i < extension.entities.size(); ++i) {
      records.push_back(Declared::asRead(extension.entities, i, "entity"));
    }
    reportDuplicates(records, reporter);
  }
}

} // namespace oxt::checks
