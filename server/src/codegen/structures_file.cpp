// Structures.cs: one `ST<S>Structure` per structure (domain.md §4.4).
#include "codegen/action_methods.h"
#include "codegen/name_keys.h"
#include "codegen/record_code.h"
#include "codegen/record_files.h"

namespace oxt::codegen {

namespace {

RecordShape structureShape(const model::Extension& extension, const model::Structure& structure) {
  RecordShape shape;
  shape.typeName = "ST" + structure.name.text + "Structure";
  shape.xmlElementKind = "Structure";
  const auto owner = extensionKey(extension);
  for (const auto& attribute : structure.attributes) {
    RecordField field;
    field.name = attribute.name.text;
    field.member = "ss" + field.name;
    field.storage = field.member;
    field.type = csharpType(extension, attribute.resolved);
    field.initial = initialValue(attribute, field.type);
    field.key = owner + "*" +
                formatObjectKey(nameUuid(
                    {"structure attribute", extension.name.text, structure.name.text, field.name}));
    field.readerName = structure.name.text + "." + field.name;
    shape.fields.push_back(std::move(field));
  }
  return shape;
}

std::vector<std::string> constructorInit(const RecordShape& shape) {
  std::vector<std::string> lines = {"OptimizedAttributes = null;"};
  for (const auto& field : shape.fields) {
    lines.push_back(field.storage + " = " + field.initial + ";");
  }
  return lines;
}

void writeStructure(CodeWriter& writer, const model::Extension& extension,
                    const model::Structure& structure) {
  const auto shape = structureShape(extension, structure);
  const auto& type = shape.typeName;
  writeTypeSummary(
      writer, "Structure <code>" + type + "</code> that represents the Service Studio structure",
      "<code>" + structure.name.text + "</code>", structure.description.text);
  writer.line(1, "[Serializable()]");
  writer.line(1, "public partial struct " + type + ": ISerializable, ITypedRecord<" + type +
                     ">, ISimpleRecord {");
  writeKeyConstants(writer, shape);
  for (const auto& field : shape.fields) {
    writer.line(2, "[System.Xml.Serialization.XmlElement(\"" + field.name + "\")]");
    writer.line(2, "public " + field.type.name + " " + field.member + ";");
    writer.blank();
  }
  writer.blank();
  writer.line(2, "public BitArray OptimizedAttributes;");
  writer.blank();
  const auto init = constructorInit(shape);
  writer.line(2, "public " + type + "(params string[] dummy) {");
  for (const auto& line : init) {
    writer.line(3, line);
  }
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public BitArray[] GetDefaultOptimizedValues() {");
  writer.line(3, "BitArray[] all = new BitArray[0];");
  writer.line(3, "return all;");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public BitArray[] AllOptimizedAttributes {");
  writer.line(3, "set {");
  writer.line(4, "if (value == null) {");
  writer.line(4, "} else {");
  writer.line(4, "}");
  writer.line(3, "}");
  writer.line(3, "get {");
  writer.line(4, "BitArray[] all = new BitArray[0];");
  writer.line(4, "return all;");
  writer.line(3, "}");
  writer.line(2, "}");
  writer.blank();
  writeReadMembers(writer, shape);
  writeEqualityAndSerialization(writer, shape, init);
  writeRecordMembers(writer, shape);
  writer.line(1, "} // " + type);
  writer.blank();
}

} // namespace

std::string structuresFile(const model::Extension& extension) {
  CodeWriter writer;
  writeRecordUsings(writer);
  writer.line("namespace " + namespaceName(extension) + " {");
  writer.blank();
  for (const auto& structure : extension.structures) {
    writeStructure(writer, extension, structure);
  }
  writer.line("} // " + namespaceName(extension));
  return writer.take();
}

} // namespace oxt::codegen
