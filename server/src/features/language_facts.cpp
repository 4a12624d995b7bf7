#include "features/language_facts.h"

namespace oxt::features {

namespace {

const std::vector<AnnotationFact>& facts() {
  static const std::vector<AnnotationFact> kFacts{
      {"dbms",
       AnnotationTarget::Extension,
       "(SqlServer | Oracle | All)",
       {"SqlServer", "Oracle", "All"},
       "The extension's DBMS: the database its entities' physical table names and reserved "
       "words are checked against. Default: All.",
       "(${1|SqlServer,Oracle,All|})",
       "(All)"},
      {"version",
       AnnotationTarget::Extension,
       "(\"1.2.0\")",
       {},
       "The version used when the extension is published (a semantic version).",
       "(\"${1:1.0.0}\")",
       "(\"1.0.0\")"},
      {"function",
       AnnotationTarget::Action,
       "",
       {},
       "Function = Yes: the action is usable in Service Studio expressions and must have exactly "
       "one output parameter.",
       "",
       ""},
      {"icon",
       AnnotationTarget::Action,
       "(\"icons/x.ico\")",
       {},
       "The action's icon: a resource of the extension.",
       "(\"${1:icons/action.ico}\")",
       "(\"\")"},
      {"table",
       AnnotationTarget::Entity,
       "(\"[DB].[dbo].[TABLE]\")",
       {},
       "The entity's Physical Table Name (required): the table of the external database.",
       "(\"${1:[DB].[dbo].[TABLE]}\")",
       "(\"\")"},
      {"database",
       AnnotationTarget::Entity,
       "(\"Name\")",
       {},
       "The entity's Logical Database, mapped to a Database Connection in Service Center.",
       "(\"${1:Name}\")",
       "(\"\")"},
      {"nullConversion",
       AnnotationTarget::Entity,
       "",
       {},
       "Default Value behavior = Convert to/from Null value in Database: optional attributes "
       "holding their default value are stored as NULL.",
       "",
       ""},
      {"identifier",
       AnnotationTarget::EntityAttribute,
       "",
       {},
       "The entity's Identifier (primary key): at most one, Integer or Text, mandatory.",
       "",
       ""},
      {"autoNumber",
       AnnotationTarget::EntityAttribute,
       "",
       {},
       "Auto Number: the database generates the value (Integer only, at most one per entity).",
       "",
       ""},
      {"column",
       AnnotationTarget::EntityAttribute,
       "(\"NAME\"[, \"dbtype\"])",
       {},
       "The attribute's Original Name (the column) and, optionally, its Original Type.",
       "(\"${1:NAME}\")",
       "(\"\")"},
      {"ignore",
       AnnotationTarget::EntityAttribute,
       "",
       {},
       "Ignore = Yes: the attribute is absent at runtime and skipped when verifying.",
       "",
       ""},
      {"deploy",
       AnnotationTarget::Resource,
       "(Binaries | Application | Images | Ignore)",
       {"Binaries", "Application", "Images", "Ignore"},
       "The resource's Deploy Action. Default by file type: dll, config, manifest, jar: "
       "Binaries; css, js, asmx, aspx: Application; images and ico: Images; other: Ignore.",
       "(${1|Binaries,Application,Images,Ignore|})",
       "(Ignore)"},
  };
  return kFacts;
}

struct ValueMeaning {
  std::string_view annotation;
  std::string_view value;
  std::string_view meaning;
};

constexpr ValueMeaning kValueMeanings[] = {
    {"dbms", "SqlServer",
     "Microsoft SQL Server: table names are three-part "
     "([DB].[dbo].[TABLE]); SQL Server reserved words are checked."},
    {"dbms", "Oracle", "Oracle: Oracle table-name forms and reserved words are checked."},
    {"dbms", "All", "Every DBMS (the default): names must be valid in all of them."},
    {"deploy", "Binaries",
     "Copy to Binaries directory (`bin2` under the module): dll, config, "
     "manifest and jar files."},
    {"deploy", "Application",
     "Copy to Application directory (the module directory): css, js, "
     "asmx, aspx files."},
    {"deploy", "Images", "Copy to Images directory (`img` under the module): images and icons."},
    {"deploy", "Ignore", "Not copied to the server: sources, documents, help."},
};

struct TypeMeaning {
  model::BasicType type;
  std::string_view meaning;
};

constexpr TypeMeaning kTypeMeanings[] = {
    {model::BasicType::Text, "A string of characters. On attributes it takes a length: Text(200)."},
    {model::BasicType::Integer, "A 32-bit integer, from -2^31 to 2^31-1."},
    {model::BasicType::LongInteger, "A 64-bit integer, from -2^63 to 2^63-1."},
    {model::BasicType::Decimal, "A decimal number with at most 8 decimal digits. On attributes it "
                                "takes a length and decimals: Decimal(18, 2)."},
    {model::BasicType::Currency, "A decimal amount of money (decimal(37,8) in the database)."},
    {model::BasicType::Boolean, "True or False."},
    {model::BasicType::DateTime,
     "A date and a time, from 1900-01-01 00:00:00 to 3000-12-31 23:59:59."},
    {model::BasicType::Date, "A date, such as #2024-01-31#."},
    {model::BasicType::Time, "A time of day, such as #13:45:00#."},
    {model::BasicType::PhoneNumber, "A phone number, held as text (varchar(20))."},
    {model::BasicType::Email, "An email address, held as text (varchar(250))."},
    {model::BasicType::BinaryData, "A byte array: files, images."},
    {model::BasicType::Object,
     "Any .NET object, passed through OutSystems untouched. Parameters and structure attributes "
     "only, not entity attributes."},
};

} // namespace

std::span<const AnnotationFact> annotationFacts() { return facts(); }

const AnnotationFact* annotationFact(std::string_view name) {
  for (const auto& fact : facts()) {
    if (fact.name == name) {
      return &fact;
    }
  }
  return nullptr;
}

std::string_view annotationValueMeaning(std::string_view annotation, std::string_view value) {
  for (const auto& entry : kValueMeanings) {
    if (entry.annotation == annotation && entry.value == value) {
      return entry.meaning;
    }
  }
  return {};
}

std::string_view basicTypeMeaning(model::BasicType type) {
  for (const auto& entry : kTypeMeanings) {
    if (entry.type == type) {
      return entry.meaning;
    }
  }
  return {};
}

std::string_view targetName(AnnotationTarget target) {
  switch (target) {
  case AnnotationTarget::Extension:
    return "extension";
  case AnnotationTarget::Action:
    return "action";
  case AnnotationTarget::Parameter:
    return "parameter";
  case AnnotationTarget::Structure:
    return "structure";
  case AnnotationTarget::StructureAttribute:
    return "structure attribute";
  case AnnotationTarget::Entity:
    return "entity";
  case AnnotationTarget::EntityAttribute:
    return "entity attribute";
  case AnnotationTarget::Resource:
    return "resource";
  case AnnotationTarget::Unknown:
    break;
  }
  return "declaration";
}

} // namespace oxt::features
