#include "model/shift_ranges.h"

namespace oxt::model {

namespace {

void shift(Name& name, int64_t delta) { shiftRange(name.range, delta); }

void shift(Literal& literal, int64_t delta) { shiftRange(literal.range, delta); }

void shift(Description& description, int64_t delta) { shiftRange(description, delta); }

void shift(Annotation& annotation, int64_t delta) {
  shift(annotation.name, delta);
  shiftRange(annotation.range, delta);
  shiftRange(annotation.argumentsRange, delta);
  for (auto& argument : annotation.arguments) {
    shift(argument, delta);
  }
}

void shift(std::vector<Annotation>& annotations, int64_t delta) {
  for (auto& annotation : annotations) {
    shift(annotation, delta);
  }
}

void shift(TypeExpr& type, int64_t delta) {
  shiftRange(type.range, delta);
  shift(type.name, delta);
  shiftRange(type.argumentsRange, delta);
  for (auto& argument : type.arguments) {
    shiftRange(argument.range, delta);
  }
  for (auto& inner : type.inner) {
    shift(inner, delta);
  }
}

void shift(TypedElement& element, int64_t delta) {
  shift(element.name, delta);
  shiftRange(element.range, delta);
  shift(element.annotations, delta);
  shift(element.description, delta);
  shiftRange(element.optionalMarkerRange, delta);
  shift(element.type, delta);
  if (element.defaultValue) {
    shift(*element.defaultValue, delta);
  }
}

/// The parts every member declaration has.
template <typename Member> void shiftHead(Member& member, int64_t delta) {
  shift(member.name, delta);
  shiftRange(member.range, delta);
  shiftRange(member.keywordRange, delta);
  shift(member.annotations, delta);
  shift(member.description, delta);
}

/// Structures and entities: a head and attributes.
template <typename Record> void shiftRecord(Record& record, int64_t delta) {
  shiftHead(record, delta);
  for (auto& attribute : record.attributes) {
    shift(attribute, delta);
  }
}

} // namespace

void shiftRange(ByteRange& range, int64_t delta) {
  // {0, 0} is the value of a range that was never set (no `?`, no arguments): it
  // stays unset. A member never really starts at offset 0 with an empty range,
  // since its keyword comes first.
  if (range == ByteRange{}) {
    return;
  }
  range.start = static_cast<uint32_t>(static_cast<int64_t>(range.start) + delta);
  range.end = static_cast<uint32_t>(static_cast<int64_t>(range.end) + delta);
}

void shiftRange(Description& description, int64_t delta) {
  if (description.present) {
    shiftRange(description.range, delta);
  }
}

void shiftRanges(Action& action, int64_t delta) {
  shiftHead(action, delta);
  for (auto& parameter : action.parameters) {
    shift(parameter, delta);
    shiftRange(parameter.directionRange, delta);
  }
}

void shiftRanges(Structure& structure, int64_t delta) { shiftRecord(structure, delta); }

void shiftRanges(Entity& entity, int64_t delta) { shiftRecord(entity, delta); }

void shiftRanges(Resource& resource, int64_t delta) {
  shift(resource.path, delta);
  shiftRange(resource.range, delta);
  shiftRange(resource.keywordRange, delta);
  shift(resource.annotations, delta);
  shift(resource.description, delta);
}

} // namespace oxt::model
