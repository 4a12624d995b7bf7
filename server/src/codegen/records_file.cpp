// Records.cs: one `RC<Name>Record` per record type (recordTypes()): a struct with
// one field per member definition (`ssEN<E>` / `ssST<S>`), and for a record of
// one definition the implicit conversions both ways (domain.md §2.2, §4.5).
#include "codegen/action_methods.h"
#include "codegen/name_keys.h"
#include "codegen/record_code.h"
#include "codegen/record_files.h"

namespace oxt::codegen {

namespace {

// The owner part of every RC member key, the same constant in every extension
// observed (domain.md §4.2).
constexpr const char* kRecordKeyOwner = "2UmDmepsh0WSfJ_D1JexCA";

RecordShape recordShape(const model::Extension& extension,
                        const std::vector<model::DefinitionRef>& members) {
  RecordShape shape;
  const auto base = recordBaseName(extension, members);
  shape.typeName = "RC" + base + "Record";
  shape.xmlElementKind = "Record";
  shape.isRecordOfMembers = true;
  for (const auto& member : members) {
    RecordField field;
    field.name = model::definitionName(extension, member);
    field.member = recordMemberField(extension, member);
    field.storage = field.member;
    const auto typeName = definitionTypeName(extension, member);
    field.type = {typeName, "new " + typeName + "(null)", "", "", true, false};
    field.initial = field.type.defaultValue;
    field.key = std::string(kRecordKeyOwner) + "*" +
                formatObjectKey(nameUuid({"record member", extension.name.text, base, field.name}));
    shape.fields.push_back(std::move(field));
  }
  return shape;
}

bool isSingleEntity(const std::vector<model::DefinitionRef>& members) {
  return members.size() == 1 && members.front().kind == model::DefinitionRef::Kind::Entity;
}

/// The optimized-attribute bits of a member: an entity has one per attribute.
std::string defaultOptimizedBits(const model::Extension& extension, model::DefinitionRef member) {
  if (member.kind == model::DefinitionRef::Kind::Entity) {
    return "new BitArray(" + std::to_string(extension.entities[member.index].attributes.size()) +
           ", false)";
  }
  return "null";
}

void writeOptimizedMembers(CodeWriter& writer, const model::Extension& extension,
                           const std::vector<model::DefinitionRef>& members,
                           const RecordShape& shape) {
  const auto count = std::to_string(members.size());
  writer.line(2, "public BitArray[] GetDefaultOptimizedValues() {");
  writer.line(3, "BitArray[] all = new BitArray[" + count + "];");
  for (std::size_t i = 0; i < members.size(); ++i) {
    writer.line(3, "all[" + std::to_string(i) +
                       "] = " + defaultOptimizedBits(extension, members[i]) + ";");
  }
  writer.line(3, "return all;");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public BitArray[] AllOptimizedAttributes {");
  writer.line(3, "set {");
  writer.line(4, "if (value == null) {");
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].kind == model::DefinitionRef::Kind::Entity) {
      writer.line(5, shape.fields[i].member +
                         ".OptimizedAttributes = GetDefaultOptimizedValues()[" + std::to_string(i) +
                         "];");
    }
  }
  writer.line(4, "} else {");
  for (std::size_t i = 0; i < members.size(); ++i) {
    writer.line(5, shape.fields[i].member + ".OptimizedAttributes = value[" + std::to_string(i) +
                       "];");
  }
  writer.line(4, "}");
  writer.line(3, "}");
  writer.line(3, "get {");
  writer.line(4, "BitArray[] all = new BitArray[" + count + "];");
  for (std::size_t i = 0; i < members.size(); ++i) {
    writer.line(4, "all[" + std::to_string(i) + "] = " +
                       (members[i].kind == model::DefinitionRef::Kind::Entity
                            ? shape.fields[i].member + ".OptimizedAttributes"
                            : std::string("null")) +
                       ";");
  }
  writer.line(4, "return all;");
  writer.line(3, "}");
  writer.line(2, "}");
  writer.blank();
}

void writeRecord(CodeWriter& writer, const model::Extension& extension,
                 const std::vector<model::DefinitionRef>& members) {
  auto shape = recordShape(extension, members);
  const auto& type = shape.typeName;
  writer.line(1, "/// <summary>");
  writer.line(1, "/// Structure <code>" + type + "</code>");
  writer.line(1, "/// </summary>");
  writer.line(1, "[Serializable()]");
  writer.line(1, "public partial struct " + type + ": ISerializable, ITypedRecord<" + type + "> {");
  writeKeyConstants(writer, shape);
  for (const auto& field : shape.fields) {
    writer.line(2, "[System.Xml.Serialization.XmlElement(\"" + field.name + "\")]");
    writer.line(2, "public " + field.type.name + " " + field.member + ";");
    writer.blank();
  }
  writer.blank();
  if (members.size() == 1) {
    const auto& field = shape.fields.front();
    writer.line(2, "public static implicit operator " + field.type.name + "(" + type + " r) {");
    writer.line(3, "return r." + field.member + ";");
    writer.line(2, "}");
    writer.blank();
    writer.line(2, "public static implicit operator " + type + "(" + field.type.name + " r) {");
    writer.line(3, type + " res = new " + type + "(null);");
    writer.line(3, "res." + field.member + " = r;");
    writer.line(3, "return res;");
    writer.line(2, "}");
    writer.blank();
  }
  if (isSingleEntity(members)) {
    const auto& member = shape.fields.front().member;
    writer.line(2, "public BitArray ChangedAttributes {");
    writer.line(3, "set {");
    writer.line(4, member + ".ChangedAttributes = value;");
    writer.line(3, "}");
    writer.line(3, "get {");
    writer.line(4, "return " + member + ".ChangedAttributes;");
    writer.line(3, "}");
    writer.line(2, "}");
  }
  writer.line(2, "public BitArray OptimizedAttributes;");
  writer.blank();
  std::vector<std::string> init = {"OptimizedAttributes = null;"};
  for (const auto& field : shape.fields) {
    init.push_back(field.member + " = " + field.initial + ";");
  }
  writer.line(2, "public " + type + "(params string[] dummy) {");
  for (const auto& line : init) {
    writer.line(3, line);
  }
  writer.line(2, "}");
  writer.blank();
  writeOptimizedMembers(writer, extension, members, shape);
  writeReadMembers(writer, shape);
  writeEqualityAndSerialization(writer, shape, init);
  // Changed/optimized bits of a single entity are the entity's; other records
  // have none of their own.
  shape.isEntity = false;
  writeRecordMembers(writer, shape);
  writer.line(1, "} // " + type);
  writer.blank();
}

} // namespace

std::string recordsFile(const model::Extension& extension) {
  CodeWriter writer;
  for (const char* name :
       {"System", "System.Collections", "System.Data", "System.Runtime.Serialization",
        "System.Reflection", "System.Xml", "OutSystems.ObjectKeys", "OutSystems.RuntimeCommon",
        "OutSystems.HubEdition.RuntimePlatform", "OutSystems.HubEdition.RuntimePlatform.Db",
        "OutSystems.Internal.Db"}) {
    writer.line(std::string("using ") + name + ";");
  }
  writer.blank();
  writer.line("namespace " + namespaceName(extension) + " {");
  writer.blank();
  for (const auto& members : recordTypes(extension)) {
    writeRecord(writer, extension, members);
  }
  writer.line("}");
  return writer.take();
}

} // namespace oxt::codegen
