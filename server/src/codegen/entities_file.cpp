// Entities.cs: per entity its configuration (the physical table name, which may
// differ per environment), the attribute-to-column map and `EN<E>EntityRecord`
// (domain.md §4.6).
#include "codegen/action_methods.h"
#include "codegen/csharp_text.h"
#include "codegen/name_keys.h"
#include "codegen/record_code.h"
#include "codegen/record_files.h"
#include "model/names.h"

namespace oxt::codegen {

namespace {

std::string tableName(const model::Entity& entity) {
  auto name = model::tableNameOf(entity);
  return name ? *name : entity.name.text;
}

/// `@column("NAME", …)`'s name, else the attribute's.
std::string columnName(const model::Attribute& attribute) {
  if (const auto* column = model::findAnnotation(attribute.annotations, "column")) {
    if (auto name = model::stringArgument(*column)) {
      return *name;
    }
  }
  return attribute.name.text;
}

/// The Length of EntityAttributeDetails: a Text's length (50 when not written),
/// Phone Number 20, Email 250, 0 for the other types.
int64_t attributeLength(const model::Attribute& attribute) {
  if (attribute.resolved.kind != model::TypeKind::Basic) {
    return 0;
  }
  switch (attribute.resolved.basic) {
  case model::BasicType::Text:
    return attribute.type.arguments.empty() ? 50 : attribute.type.arguments.front().value;
  case model::BasicType::PhoneNumber:
    return 20;
  case model::BasicType::Email:
    return 250;
  default:
    return 0;
  }
}

std::string entityGuid(const model::Extension& extension, const model::Entity& entity) {
  return formatGuid(nameUuid({"entity", extension.name.text, entity.name.text}));
}

RecordShape entityShape(const model::Extension& extension, const model::Entity& entity) {
  RecordShape shape;
  shape.typeName = "EN" + entity.name.text + "EntityRecord";
  shape.xmlElementKind = "Entity";
  shape.isEntity = true;
  const auto owner = extensionKey(extension);
  const auto* identifier = model::identifierOf(entity);
  for (const auto& attribute : entity.attributes) {
    RecordField field;
    field.name = attribute.name.text;
    field.member = "ss" + field.name;
    field.storage = "_ss" + field.name;
    field.type = csharpType(extension, attribute.resolved);
    if (&attribute == identifier && field.type.name == "int") {
      field.type.readMethod = "ReadEntityReference";
      field.type.typeKind = "EntityReference";
    }
    field.initial = initialValue(attribute, field.type);
    field.key = owner + "*" +
                formatObjectKey(nameUuid(
                    {"entity attribute", extension.name.text, entity.name.text, field.name}));
    field.readerName = entity.name.text + "." + field.name;
    shape.fields.push_back(std::move(field));
  }
  return shape;
}

void writeConfiguration(CodeWriter& writer, const model::Extension& extension,
                        const model::Entity& entity) {
  const auto table = csharpStringLiteral(tableName(entity));
  const auto codeKey = formatGuid(nameUuid({"extension code", extension.name.text}));
  writer.line(1, "public class EN" + entity.name.text + "EntityConfiguration {");
  writer.line(2, "private static object config;");
  writer.line(2, "private static string PhysicalTableName {");
  writer.line(3, "get {");
  writer.line(4, "try {");
  writer.line(5, "Type EntityConfiguration = Type.GetType(\"OutSystems.HubEdition.RuntimePlatform."
                 "Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform\");");
  writer.line(5, "if (EntityConfiguration != null) {");
  writer.line(6, "if (config == null) {");
  writer.line(7, "config = EntityConfiguration.GetMethod(\"GetEntityConfiguration\", "
                 "BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { \"" +
                     codeKey + "\", \"" + entityGuid(extension, entity) + "\", \"" +
                     entity.name.text + "\", " + table + "});");
  writer.line(6, "}");
  writer.line(6, "return EntityConfiguration.GetProperty(\"PhysicalTableName\")"
                 ".GetValue(config).ToString();");
  writer.line(5, "} else {");
  writer.line(6, "return " + table + ";");
  writer.line(5, "}");
  writer.line(4, "} catch {");
  writer.line(5, "return " + table + ";");
  writer.line(4, "}");
  writer.line(3, "}");
  writer.line(2, "}");
  writer.line(2, "public static string GetPhysicalTableName() {");
  writer.line(3, "return PhysicalTableName;");
  writer.line(2, "}");
  writer.line(1, "}");
  writer.blank();
}

void writeEntityClass(CodeWriter& writer, const model::Entity& entity) {
  const auto name = "EN" + entity.name.text + "Entity";
  writer.line(1, "public sealed partial class " + name + " {");
  writer.line(2, "public static string LocalViewName(int? tenant, string locale) {");
  writer.line(3, "return ViewName(null, locale);");
  writer.line(2, "}");
  writer.line(2, "public static string ViewName(int? tenant, string locale) {");
  writer.line(3, "return EN" + entity.name.text + "EntityConfiguration.GetPhysicalTableName();");
  writer.line(2, "}");
  writer.line(2, "public static System.Collections.Generic.Dictionary<string, string> "
                 "AttributesToDatabaseNamesMap() {");
  writer.line(3, "return new System.Collections.Generic.Dictionary<string, string>() {");
  bool first = true;
  for (const auto& attribute : entity.attributes) {
    writer.line(4, std::string(first ? "" : ", ") + "{ " +
                       csharpStringLiteral(model::foldCase(attribute.name.text)) + ", " +
                       csharpStringLiteral(columnName(attribute)));
    writer.line(4, "}");
    first = false;
  }
  writer.line(3, "};");
  writer.line(2, "}");
  writer.line(1, "} // " + name);
  writer.blank();
}

void writeRecord(CodeWriter& writer, const model::Extension& extension,
                 const model::Entity& entity) {
  const auto shape = entityShape(extension, entity);
  const auto& type = shape.typeName;
  const auto count = std::to_string(shape.fields.size());
  const auto* identifier = model::identifierOf(entity);
  writeTypeSummary(writer,
                   "Entity <code>" + type + "</code> that represents the Service Studio entity",
                   "<code>" + entity.name.text + "</code>", entity.description.text);
  writer.line(1, "[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails(\"" +
                     entity.name.text + "\", \"" +
                     formatObjectKey(nameUuid({"entity", extension.name.text, entity.name.text})) +
                     "\", \"" + extensionKey(extension) + "\", 0, " +
                     csharpStringLiteral(tableName(entity)) + ", null)]");
  writer.line(1, "[Serializable()]");
  writer.line(1, "public partial struct " + type + ": ISerializable, ITypedRecord<" + type +
                     ">, ISimpleRecord {");
  writeKeyConstants(writer, shape);
  for (std::size_t i = 0; i < shape.fields.size(); ++i) {
    const auto& field = shape.fields[i];
    const auto& attribute = entity.attributes[i];
    const bool isIdentifier = &attribute == identifier;
    const bool autoNumber = model::hasAnnotation(attribute.annotations, "autoNumber");
    writer.line(2,
                "[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails(" +
                    csharpStringLiteral(columnName(attribute)) + ", " +
                    std::to_string(attributeLength(attribute)) + ", false, " +
                    (isIdentifier && !autoNumber ? "true" : "false") + ", " +
                    (autoNumber ? "true" : "false") + ", " +
                    (model::isMandatory(attribute) ? "true" : "false") + ")]");
    writer.line(2, "[System.Xml.Serialization.XmlElement(\"" + field.name + "\")]");
    writer.line(2, "private " + field.type.name + " " + field.storage + ";");
    writer.line(2, "public " + field.type.name + " " + field.member + " {");
    writer.line(3, "get {");
    writer.line(4, "return " + field.storage + ";");
    writer.line(3, "}");
    writer.line(3, "set {");
    writer.line(4, "if ((" + field.storage + "!=value) || OptimizedAttributes[" +
                       std::to_string(i) + "]) {");
    writer.line(5, isIdentifier ? "ChangedAttributes = new BitArray(" + count + ", true);"
                                : "ChangedAttributes[" + std::to_string(i) + "] = true;");
    writer.line(5, field.storage + " = value;");
    writer.line(4, "}");
    writer.line(3, "}");
    writer.line(2, "}");
    writer.blank();
  }
  writer.blank();
  writer.line(2, "public BitArray ChangedAttributes;");
  writer.blank();
  writer.line(2, "public BitArray OptimizedAttributes;");
  writer.blank();
  std::vector<std::string> init = {"ChangedAttributes = new BitArray(" + count + ", true);",
                                   "OptimizedAttributes = new BitArray(" + count + ", false);"};
  for (const auto& field : shape.fields) {
    init.push_back(field.storage + " = " + field.initial + ";");
  }
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

std::string entitiesFile(const model::Extension& extension) {
  CodeWriter writer;
  writeRecordUsings(writer);
  writer.line("namespace " + namespaceName(extension) + " {");
  writer.blank();
  for (const auto& entity : extension.entities) {
    writeConfiguration(writer, extension, entity);
    writeEntityClass(writer, entity);
    writeRecord(writer, extension, entity);
  }
  writer.line("} // " + namespaceName(extension));
  return writer.take();
}

} // namespace oxt::codegen
