using System;
using System.Collections;
using System.Data;
using System.Reflection;
using System.Runtime.Serialization;
using OutSystems.ObjectKeys;
using OutSystems.RuntimeCommon;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.HubEdition.RuntimePlatform.Db;
using OutSystems.Internal.Db;

namespace OutSystems.NssCoreBankingDB {

	public class ENBranchEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "40d29911-ace0-5e9b-abb1-bb155797cba9", "e9497e19-b2b9-5918-9b20-6bd005bdda9e", "Branch", "[CORE].[dbo].[BRANCHES]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CORE].[dbo].[BRANCHES]";
					}
				} catch {
					return "[CORE].[dbo].[BRANCHES]";
				}
			}
		}
		public static string GetPhysicalTableName() {
			return PhysicalTableName;
		}
	}

	public sealed partial class ENBranchEntity {
		public static string LocalViewName(int? tenant, string locale) {
			return ViewName(null, locale);
		}
		public static string ViewName(int? tenant, string locale) {
			return ENBranchEntityConfiguration.GetPhysicalTableName();
		}
		public static System.Collections.Generic.Dictionary<string, string> AttributesToDatabaseNamesMap() {
			return new System.Collections.Generic.Dictionary<string, string>() {
				{ "code", "BRANCH_CODE"
				}
				, { "name", "BRANCH_NAME"
				}
				, { "city", "City"
				}
				, { "position", "GEO_POSITION"
				}
			};
		}
	} // ENBranchEntity

	/// <summary>
	/// Entity <code>ENBranchEntityRecord</code> that represents the Service Studio entity
	///  <code>Branch</code> <p> Description: Bank branches, identified by their branch code.</p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Branch", "6Ul+GbK5WRibIGvQBb3ang", "MIHAjgamWfyYqg9qQ7qj8g", 0, "[CORE].[dbo].[BRANCHES]", null)]
	[Serializable()]
	public partial struct ENBranchEntityRecord: ISerializable, ITypedRecord<ENBranchEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdCode = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*7E8sh5F8WVqiBPmgegRusQ");
		internal static readonly GlobalObjectKey IdName = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*qOjRsf7FXt+e_UMIjOa0JQ");
		internal static readonly GlobalObjectKey IdCity = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*d1avaN1PX+CD+XA5ILam3A");
		internal static readonly GlobalObjectKey IdPosition = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*R0_8D5vMXJ+54bbt3z0szw");

		public static void EnsureInitialized() {}
		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("BRANCH_CODE", 6, false, true, false, true)]
		[System.Xml.Serialization.XmlElement("Code")]
		private string _ssCode;
		public string ssCode {
			get {
				return _ssCode;
			}
			set {
				if ((_ssCode!=value) || OptimizedAttributes[0]) {
					ChangedAttributes = new BitArray(4, true);
					_ssCode = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("BRANCH_NAME", 80, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Name")]
		private string _ssName;
		public string ssName {
			get {
				return _ssName;
			}
			set {
				if ((_ssName!=value) || OptimizedAttributes[1]) {
					ChangedAttributes[1] = true;
					_ssName = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("City", 50, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("City")]
		private string _ssCity;
		public string ssCity {
			get {
				return _ssCity;
			}
			set {
				if ((_ssCity!=value) || OptimizedAttributes[2]) {
					ChangedAttributes[2] = true;
					_ssCity = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("GEO_POSITION", 50, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Position")]
		private string _ssPosition;
		public string ssPosition {
			get {
				return _ssPosition;
			}
			set {
				if ((_ssPosition!=value) || OptimizedAttributes[3]) {
					ChangedAttributes[3] = true;
					_ssPosition = value;
				}
			}
		}


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENBranchEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(4, true);
			OptimizedAttributes = new BitArray(4, false);
			_ssCode = "";
			_ssName = "";
			_ssCity = "";
			_ssPosition = "";
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssCode = r.ReadText(index++, "Branch.Code", "");
			ssName = r.ReadText(index++, "Branch.Name", "");
			ssCity = r.ReadText(index++, "Branch.City", "");
			ssPosition = r.ReadText(index++, "Branch.Position", "");
			ChangedAttributes = new BitArray(4, false);
			OptimizedAttributes = new BitArray(4, false);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(ENBranchEntityRecord r) {
			this = r;
		}


		public static bool operator == (ENBranchEntityRecord a, ENBranchEntityRecord b) {
			if (a.ssCode != b.ssCode) return false;
			if (a.ssName != b.ssName) return false;
			if (a.ssCity != b.ssCity) return false;
			if (a.ssPosition != b.ssPosition) return false;
			return true;
		}

		public static bool operator != (ENBranchEntityRecord a, ENBranchEntityRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(ENBranchEntityRecord)) return false;
			return (this == (ENBranchEntityRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssCode.GetHashCode()
				^ ssName.GetHashCode()
				^ ssCity.GetHashCode()
				^ ssPosition.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public ENBranchEntityRecord(SerializationInfo info, StreamingContext context) {
			ChangedAttributes = new BitArray(4, true);
			OptimizedAttributes = new BitArray(4, false);
			_ssCode = "";
			_ssName = "";
			_ssCity = "";
			_ssPosition = "";
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("_ssCode", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssCode' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssCode = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssName", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssName' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssName = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssCity", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssCity' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssCity = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssPosition", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssPosition' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssPosition = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENBranchEntityRecord Duplicate() {
			ENBranchEntityRecord t;
			t._ssCode = this._ssCode;
			t._ssName = this._ssName;
			t._ssCity = this._ssCity;
			t._ssPosition = this._ssPosition;
			t.ChangedAttributes = new BitArray(4);
			t.OptimizedAttributes = new BitArray(4);
			for (int i = 0; i < 4; i++) {
				t.ChangedAttributes[i] = ChangedAttributes[i];
				t.OptimizedAttributes[i] = OptimizedAttributes[i];
			}
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Entity");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Code")) VarValue.AppendAttribute(recordElem, "Code", ssCode, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Code");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Name")) VarValue.AppendAttribute(recordElem, "Name", ssName, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Name");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".City")) VarValue.AppendAttribute(recordElem, "City", ssCity, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "City");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Position")) VarValue.AppendAttribute(recordElem, "Position", ssPosition, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Position");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "code") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Code")) variable.Value = ssCode; else variable.Optimized = true;
			} else if (head == "name") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Name")) variable.Value = ssName; else variable.Optimized = true;
			} else if (head == "city") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".City")) variable.Value = ssCity; else variable.Optimized = true;
			} else if (head == "position") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Position")) variable.Value = ssPosition; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdCode)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdName)) {
				return ChangedAttributes[1];
			} else if (key.Equals(IdCity)) {
				return ChangedAttributes[2];
			} else if (key.Equals(IdPosition)) {
				return ChangedAttributes[3];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdCode)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdName)) {
				return OptimizedAttributes[1];
			} else if (key.Equals(IdCity)) {
				return OptimizedAttributes[2];
			} else if (key.Equals(IdPosition)) {
				return OptimizedAttributes[3];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdCode) {
				return ssCode;
			} else if (key == IdName) {
				return ssName;
			} else if (key == IdCity) {
				return ssCity;
			} else if (key == IdPosition) {
				return ssPosition;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(4);
			OptimizedAttributes = new BitArray(4);
			if (other == null) return;
			ssCode = (string) other.AttributeGet(IdCode);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdCode);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdCode);
			ssName = (string) other.AttributeGet(IdName);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdName);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdName);
			ssCity = (string) other.AttributeGet(IdCity);
			ChangedAttributes[2] = other.ChangedAttributeGet(IdCity);
			OptimizedAttributes[2] = other.OptimizedAttributeGet(IdCity);
			ssPosition = (string) other.AttributeGet(IdPosition);
			ChangedAttributes[3] = other.ChangedAttributeGet(IdPosition);
			OptimizedAttributes[3] = other.OptimizedAttributeGet(IdPosition);
		}
		public bool IsDefault() {
			ENBranchEntityRecord defaultStruct = new ENBranchEntityRecord(null);
			if (this.ssCode != defaultStruct.ssCode) return false;
			if (this.ssName != defaultStruct.ssName) return false;
			if (this.ssCity != defaultStruct.ssCity) return false;
			if (this.ssPosition != defaultStruct.ssPosition) return false;
			return true;
		}
	} // ENBranchEntityRecord

	public class ENCustomerEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "40d29911-ace0-5e9b-abb1-bb155797cba9", "7c9e70a0-4755-5a38-baf7-7d8d5198fbeb", "Customer", "[CORE].[dbo].[CUSTOMERS]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CORE].[dbo].[CUSTOMERS]";
					}
				} catch {
					return "[CORE].[dbo].[CUSTOMERS]";
				}
			}
		}
		public static string GetPhysicalTableName() {
			return PhysicalTableName;
		}
	}

	public sealed partial class ENCustomerEntity {
		public static string LocalViewName(int? tenant, string locale) {
			return ViewName(null, locale);
		}
		public static string ViewName(int? tenant, string locale) {
			return ENCustomerEntityConfiguration.GetPhysicalTableName();
		}
		public static System.Collections.Generic.Dictionary<string, string> AttributesToDatabaseNamesMap() {
			return new System.Collections.Generic.Dictionary<string, string>() {
				{ "id", "CUSTOMER_ID"
				}
				, { "fullname", "FULL_NAME"
				}
				, { "taxnumber", "TAX_NUMBER"
				}
				, { "email", "Email"
				}
				, { "mobile", "MOBILE"
				}
				, { "homebranch", "HOME_BRANCH"
				}
				, { "birthdate", "BIRTH_DATE"
				}
				, { "createdat", "CREATED_AT"
				}
				, { "isactive", "IS_ACTIVE"
				}
			};
		}
	} // ENCustomerEntity

	/// <summary>
	/// Entity <code>ENCustomerEntityRecord</code> that represents the Service Studio entity
	///  <code>Customer</code> <p> Description: Customers of the bank.</p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Customer", "fJ5woEdVWji6932NUZj76w", "MIHAjgamWfyYqg9qQ7qj8g", 0, "[CORE].[dbo].[CUSTOMERS]", null)]
	[Serializable()]
	public partial struct ENCustomerEntityRecord: ISerializable, ITypedRecord<ENCustomerEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdId = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*oZ99iUV7U2O0clNKFzxLLA");
		internal static readonly GlobalObjectKey IdFullName = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*z1FkVz5xXrSIL7C+kXDAeA");
		internal static readonly GlobalObjectKey IdTaxNumber = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*d5eBfxjiVAa5L1n+ys_Nvg");
		internal static readonly GlobalObjectKey IdEmail = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*YyBvdnB2W1yrYYEBgoyB1Q");
		internal static readonly GlobalObjectKey IdMobile = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*uCFyJPALV7+xkJc0kyTa1Q");
		internal static readonly GlobalObjectKey IdHomeBranch = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*FPLhCo8VXnyuKqUaCcCxAg");
		internal static readonly GlobalObjectKey IdBirthDate = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*knqXP8BNXpisEe6458mtBw");
		internal static readonly GlobalObjectKey IdCreatedAt = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*mmAe2cdnXW6R1FA2msTaWQ");
		internal static readonly GlobalObjectKey IdIsActive = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*4+PkmDQLVkS6tmpo8O_kqg");

		public static void EnsureInitialized() {}
		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("CUSTOMER_ID", 0, false, false, true, true)]
		[System.Xml.Serialization.XmlElement("Id")]
		private int _ssId;
		public int ssId {
			get {
				return _ssId;
			}
			set {
				if ((_ssId!=value) || OptimizedAttributes[0]) {
					ChangedAttributes = new BitArray(9, true);
					_ssId = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("FULL_NAME", 150, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("FullName")]
		private string _ssFullName;
		public string ssFullName {
			get {
				return _ssFullName;
			}
			set {
				if ((_ssFullName!=value) || OptimizedAttributes[1]) {
					ChangedAttributes[1] = true;
					_ssFullName = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("TAX_NUMBER", 20, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("TaxNumber")]
		private string _ssTaxNumber;
		public string ssTaxNumber {
			get {
				return _ssTaxNumber;
			}
			set {
				if ((_ssTaxNumber!=value) || OptimizedAttributes[2]) {
					ChangedAttributes[2] = true;
					_ssTaxNumber = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Email", 250, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Email")]
		private string _ssEmail;
		public string ssEmail {
			get {
				return _ssEmail;
			}
			set {
				if ((_ssEmail!=value) || OptimizedAttributes[3]) {
					ChangedAttributes[3] = true;
					_ssEmail = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("MOBILE", 20, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Mobile")]
		private string _ssMobile;
		public string ssMobile {
			get {
				return _ssMobile;
			}
			set {
				if ((_ssMobile!=value) || OptimizedAttributes[4]) {
					ChangedAttributes[4] = true;
					_ssMobile = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("HOME_BRANCH", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("HomeBranch")]
		private string _ssHomeBranch;
		public string ssHomeBranch {
			get {
				return _ssHomeBranch;
			}
			set {
				if ((_ssHomeBranch!=value) || OptimizedAttributes[5]) {
					ChangedAttributes[5] = true;
					_ssHomeBranch = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("BIRTH_DATE", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("BirthDate")]
		private DateTime _ssBirthDate;
		public DateTime ssBirthDate {
			get {
				return _ssBirthDate;
			}
			set {
				if ((_ssBirthDate!=value) || OptimizedAttributes[6]) {
					ChangedAttributes[6] = true;
					_ssBirthDate = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("CREATED_AT", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("CreatedAt")]
		private DateTime _ssCreatedAt;
		public DateTime ssCreatedAt {
			get {
				return _ssCreatedAt;
			}
			set {
				if ((_ssCreatedAt!=value) || OptimizedAttributes[7]) {
					ChangedAttributes[7] = true;
					_ssCreatedAt = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("IS_ACTIVE", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("IsActive")]
		private bool _ssIsActive;
		public bool ssIsActive {
			get {
				return _ssIsActive;
			}
			set {
				if ((_ssIsActive!=value) || OptimizedAttributes[8]) {
					ChangedAttributes[8] = true;
					_ssIsActive = value;
				}
			}
		}


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENCustomerEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(9, true);
			OptimizedAttributes = new BitArray(9, false);
			_ssId = 0;
			_ssFullName = "";
			_ssTaxNumber = "";
			_ssEmail = "";
			_ssMobile = "";
			_ssHomeBranch = "";
			_ssBirthDate = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssCreatedAt = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssIsActive = true;
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssId = r.ReadEntityReference(index++, "Customer.Id", 0);
			ssFullName = r.ReadText(index++, "Customer.FullName", "");
			ssTaxNumber = r.ReadText(index++, "Customer.TaxNumber", "");
			ssEmail = r.ReadText(index++, "Customer.Email", "");
			ssMobile = r.ReadText(index++, "Customer.Mobile", "");
			ssHomeBranch = r.ReadText(index++, "Customer.HomeBranch", "");
			ssBirthDate = r.ReadDate(index++, "Customer.BirthDate", new DateTime(1900, 1, 1, 0, 0, 0));
			ssCreatedAt = r.ReadDateTime(index++, "Customer.CreatedAt", new DateTime(1900, 1, 1, 0, 0, 0));
			ssIsActive = r.ReadBoolean(index++, "Customer.IsActive", false);
			ChangedAttributes = new BitArray(9, false);
			OptimizedAttributes = new BitArray(9, false);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(ENCustomerEntityRecord r) {
			this = r;
		}


		public static bool operator == (ENCustomerEntityRecord a, ENCustomerEntityRecord b) {
			if (a.ssId != b.ssId) return false;
			if (a.ssFullName != b.ssFullName) return false;
			if (a.ssTaxNumber != b.ssTaxNumber) return false;
			if (a.ssEmail != b.ssEmail) return false;
			if (a.ssMobile != b.ssMobile) return false;
			if (a.ssHomeBranch != b.ssHomeBranch) return false;
			if (a.ssBirthDate != b.ssBirthDate) return false;
			if (a.ssCreatedAt != b.ssCreatedAt) return false;
			if (a.ssIsActive != b.ssIsActive) return false;
			return true;
		}

		public static bool operator != (ENCustomerEntityRecord a, ENCustomerEntityRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(ENCustomerEntityRecord)) return false;
			return (this == (ENCustomerEntityRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssId.GetHashCode()
				^ ssFullName.GetHashCode()
				^ ssTaxNumber.GetHashCode()
				^ ssEmail.GetHashCode()
				^ ssMobile.GetHashCode()
				^ ssHomeBranch.GetHashCode()
				^ ssBirthDate.GetHashCode()
				^ ssCreatedAt.GetHashCode()
				^ ssIsActive.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public ENCustomerEntityRecord(SerializationInfo info, StreamingContext context) {
			ChangedAttributes = new BitArray(9, true);
			OptimizedAttributes = new BitArray(9, false);
			_ssId = 0;
			_ssFullName = "";
			_ssTaxNumber = "";
			_ssEmail = "";
			_ssMobile = "";
			_ssHomeBranch = "";
			_ssBirthDate = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssCreatedAt = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssIsActive = true;
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("_ssId", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssId' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssId = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssFullName", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssFullName' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssFullName = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssTaxNumber", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssTaxNumber' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssTaxNumber = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssEmail", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssEmail' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssEmail = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssMobile", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssMobile' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssMobile = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssHomeBranch", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssHomeBranch' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssHomeBranch = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssBirthDate", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssBirthDate' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssBirthDate = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssCreatedAt", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssCreatedAt' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssCreatedAt = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssIsActive", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssIsActive' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssIsActive = (bool) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENCustomerEntityRecord Duplicate() {
			ENCustomerEntityRecord t;
			t._ssId = this._ssId;
			t._ssFullName = this._ssFullName;
			t._ssTaxNumber = this._ssTaxNumber;
			t._ssEmail = this._ssEmail;
			t._ssMobile = this._ssMobile;
			t._ssHomeBranch = this._ssHomeBranch;
			t._ssBirthDate = this._ssBirthDate;
			t._ssCreatedAt = this._ssCreatedAt;
			t._ssIsActive = this._ssIsActive;
			t.ChangedAttributes = new BitArray(9);
			t.OptimizedAttributes = new BitArray(9);
			for (int i = 0; i < 9; i++) {
				t.ChangedAttributes[i] = ChangedAttributes[i];
				t.OptimizedAttributes[i] = OptimizedAttributes[i];
			}
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Entity");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Id")) VarValue.AppendAttribute(recordElem, "Id", ssId, detailLevel, TypeKind.EntityReference); else VarValue.AppendOptimizedAttribute(recordElem, "Id");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".FullName")) VarValue.AppendAttribute(recordElem, "FullName", ssFullName, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "FullName");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".TaxNumber")) VarValue.AppendAttribute(recordElem, "TaxNumber", ssTaxNumber, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "TaxNumber");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Email")) VarValue.AppendAttribute(recordElem, "Email", ssEmail, detailLevel, TypeKind.Email); else VarValue.AppendOptimizedAttribute(recordElem, "Email");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Mobile")) VarValue.AppendAttribute(recordElem, "Mobile", ssMobile, detailLevel, TypeKind.PhoneNumber); else VarValue.AppendOptimizedAttribute(recordElem, "Mobile");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".HomeBranch")) VarValue.AppendAttribute(recordElem, "HomeBranch", ssHomeBranch, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "HomeBranch");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".BirthDate")) VarValue.AppendAttribute(recordElem, "BirthDate", ssBirthDate, detailLevel, TypeKind.Date); else VarValue.AppendOptimizedAttribute(recordElem, "BirthDate");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".CreatedAt")) VarValue.AppendAttribute(recordElem, "CreatedAt", ssCreatedAt, detailLevel, TypeKind.DateTime); else VarValue.AppendOptimizedAttribute(recordElem, "CreatedAt");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".IsActive")) VarValue.AppendAttribute(recordElem, "IsActive", ssIsActive, detailLevel, TypeKind.Boolean); else VarValue.AppendOptimizedAttribute(recordElem, "IsActive");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "id") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Id")) variable.Value = ssId; else variable.Optimized = true;
			} else if (head == "fullname") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".FullName")) variable.Value = ssFullName; else variable.Optimized = true;
			} else if (head == "taxnumber") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".TaxNumber")) variable.Value = ssTaxNumber; else variable.Optimized = true;
			} else if (head == "email") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Email")) variable.Value = ssEmail; else variable.Optimized = true;
			} else if (head == "mobile") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Mobile")) variable.Value = ssMobile; else variable.Optimized = true;
			} else if (head == "homebranch") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".HomeBranch")) variable.Value = ssHomeBranch; else variable.Optimized = true;
			} else if (head == "birthdate") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".BirthDate")) variable.Value = ssBirthDate; else variable.Optimized = true;
			} else if (head == "createdat") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".CreatedAt")) variable.Value = ssCreatedAt; else variable.Optimized = true;
			} else if (head == "isactive") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".IsActive")) variable.Value = ssIsActive; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdFullName)) {
				return ChangedAttributes[1];
			} else if (key.Equals(IdTaxNumber)) {
				return ChangedAttributes[2];
			} else if (key.Equals(IdEmail)) {
				return ChangedAttributes[3];
			} else if (key.Equals(IdMobile)) {
				return ChangedAttributes[4];
			} else if (key.Equals(IdHomeBranch)) {
				return ChangedAttributes[5];
			} else if (key.Equals(IdBirthDate)) {
				return ChangedAttributes[6];
			} else if (key.Equals(IdCreatedAt)) {
				return ChangedAttributes[7];
			} else if (key.Equals(IdIsActive)) {
				return ChangedAttributes[8];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdFullName)) {
				return OptimizedAttributes[1];
			} else if (key.Equals(IdTaxNumber)) {
				return OptimizedAttributes[2];
			} else if (key.Equals(IdEmail)) {
				return OptimizedAttributes[3];
			} else if (key.Equals(IdMobile)) {
				return OptimizedAttributes[4];
			} else if (key.Equals(IdHomeBranch)) {
				return OptimizedAttributes[5];
			} else if (key.Equals(IdBirthDate)) {
				return OptimizedAttributes[6];
			} else if (key.Equals(IdCreatedAt)) {
				return OptimizedAttributes[7];
			} else if (key.Equals(IdIsActive)) {
				return OptimizedAttributes[8];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdId) {
				return ssId;
			} else if (key == IdFullName) {
				return ssFullName;
			} else if (key == IdTaxNumber) {
				return ssTaxNumber;
			} else if (key == IdEmail) {
				return ssEmail;
			} else if (key == IdMobile) {
				return ssMobile;
			} else if (key == IdHomeBranch) {
				return ssHomeBranch;
			} else if (key == IdBirthDate) {
				return ssBirthDate;
			} else if (key == IdCreatedAt) {
				return ssCreatedAt;
			} else if (key == IdIsActive) {
				return ssIsActive;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(9);
			OptimizedAttributes = new BitArray(9);
			if (other == null) return;
			ssId = (int) other.AttributeGet(IdId);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdId);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdId);
			ssFullName = (string) other.AttributeGet(IdFullName);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdFullName);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdFullName);
			ssTaxNumber = (string) other.AttributeGet(IdTaxNumber);
			ChangedAttributes[2] = other.ChangedAttributeGet(IdTaxNumber);
			OptimizedAttributes[2] = other.OptimizedAttributeGet(IdTaxNumber);
			ssEmail = (string) other.AttributeGet(IdEmail);
			ChangedAttributes[3] = other.ChangedAttributeGet(IdEmail);
			OptimizedAttributes[3] = other.OptimizedAttributeGet(IdEmail);
			ssMobile = (string) other.AttributeGet(IdMobile);
			ChangedAttributes[4] = other.ChangedAttributeGet(IdMobile);
			OptimizedAttributes[4] = other.OptimizedAttributeGet(IdMobile);
			ssHomeBranch = (string) other.AttributeGet(IdHomeBranch);
			ChangedAttributes[5] = other.ChangedAttributeGet(IdHomeBranch);
			OptimizedAttributes[5] = other.OptimizedAttributeGet(IdHomeBranch);
			ssBirthDate = (DateTime) other.AttributeGet(IdBirthDate);
			ChangedAttributes[6] = other.ChangedAttributeGet(IdBirthDate);
			OptimizedAttributes[6] = other.OptimizedAttributeGet(IdBirthDate);
			ssCreatedAt = (DateTime) other.AttributeGet(IdCreatedAt);
			ChangedAttributes[7] = other.ChangedAttributeGet(IdCreatedAt);
			OptimizedAttributes[7] = other.OptimizedAttributeGet(IdCreatedAt);
			ssIsActive = (bool) other.AttributeGet(IdIsActive);
			ChangedAttributes[8] = other.ChangedAttributeGet(IdIsActive);
			OptimizedAttributes[8] = other.OptimizedAttributeGet(IdIsActive);
		}
		public bool IsDefault() {
			ENCustomerEntityRecord defaultStruct = new ENCustomerEntityRecord(null);
			if (this.ssId != defaultStruct.ssId) return false;
			if (this.ssFullName != defaultStruct.ssFullName) return false;
			if (this.ssTaxNumber != defaultStruct.ssTaxNumber) return false;
			if (this.ssEmail != defaultStruct.ssEmail) return false;
			if (this.ssMobile != defaultStruct.ssMobile) return false;
			if (this.ssHomeBranch != defaultStruct.ssHomeBranch) return false;
			if (this.ssBirthDate != defaultStruct.ssBirthDate) return false;
			if (this.ssCreatedAt != defaultStruct.ssCreatedAt) return false;
			if (this.ssIsActive != defaultStruct.ssIsActive) return false;
			return true;
		}
	} // ENCustomerEntityRecord

	public class ENAccountEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "40d29911-ace0-5e9b-abb1-bb155797cba9", "01d45386-d597-5304-a8c3-02c4475699f8", "Account", "[CORE].[dbo].[ACCOUNTS]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CORE].[dbo].[ACCOUNTS]";
					}
				} catch {
					return "[CORE].[dbo].[ACCOUNTS]";
				}
			}
		}
		public static string GetPhysicalTableName() {
			return PhysicalTableName;
		}
	}

	public sealed partial class ENAccountEntity {
		public static string LocalViewName(int? tenant, string locale) {
			return ViewName(null, locale);
		}
		public static string ViewName(int? tenant, string locale) {
			return ENAccountEntityConfiguration.GetPhysicalTableName();
		}
		public static System.Collections.Generic.Dictionary<string, string> AttributesToDatabaseNamesMap() {
			return new System.Collections.Generic.Dictionary<string, string>() {
				{ "id", "ACCOUNT_ID"
				}
				, { "iban", "IBAN"
				}
				, { "owner", "CUSTOMER_ID"
				}
				, { "branch", "BRANCH_CODE"
				}
				, { "kind", "ACCOUNT_KIND"
				}
				, { "balance", "BALANCE"
				}
				, { "overdraftlimit", "OVERDRAFT_LIMIT"
				}
				, { "openedon", "OPENED_ON"
				}
				, { "closedon", "CLOSED_ON"
				}
			};
		}
	} // ENAccountEntity

	/// <summary>
	/// Entity <code>ENAccountEntityRecord</code> that represents the Service Studio entity
	///  <code>Account</code> <p> Description: Current and savings accounts.</p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Account", "AdRThtWXUwSowwLER1aZ+A", "MIHAjgamWfyYqg9qQ7qj8g", 0, "[CORE].[dbo].[ACCOUNTS]", null)]
	[Serializable()]
	public partial struct ENAccountEntityRecord: ISerializable, ITypedRecord<ENAccountEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdId = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*zUAZdgwiVhGf0OpSgGaLmg");
		internal static readonly GlobalObjectKey IdIban = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*YSfDh2N4V1m9oAngc6hRBw");
		internal static readonly GlobalObjectKey IdOwner = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*n8DXePoXUMGqlVbIMBPuoQ");
		internal static readonly GlobalObjectKey IdBranch = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*5G4zRMlcVQajeKn0EbbvDg");
		internal static readonly GlobalObjectKey IdKind = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*3JV+rFebUXyxl1aDwkBnlw");
		internal static readonly GlobalObjectKey IdBalance = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*YJRGGQQZV4SC0iq1lNRlgg");
		internal static readonly GlobalObjectKey IdOverdraftLimit = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*eGsV7ahyUhWzQc8WECYg8A");
		internal static readonly GlobalObjectKey IdOpenedOn = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*x2L2ORzhVOefdmyGWr9WOA");
		internal static readonly GlobalObjectKey IdClosedOn = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*poKwoIP0W8Wj7iAUF0ryAg");

		public static void EnsureInitialized() {}
		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("ACCOUNT_ID", 0, false, false, true, true)]
		[System.Xml.Serialization.XmlElement("Id")]
		private int _ssId;
		public int ssId {
			get {
				return _ssId;
			}
			set {
				if ((_ssId!=value) || OptimizedAttributes[0]) {
					ChangedAttributes = new BitArray(9, true);
					_ssId = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("IBAN", 34, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Iban")]
		private string _ssIban;
		public string ssIban {
			get {
				return _ssIban;
			}
			set {
				if ((_ssIban!=value) || OptimizedAttributes[1]) {
					ChangedAttributes[1] = true;
					_ssIban = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("CUSTOMER_ID", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Owner")]
		private int _ssOwner;
		public int ssOwner {
			get {
				return _ssOwner;
			}
			set {
				if ((_ssOwner!=value) || OptimizedAttributes[2]) {
					ChangedAttributes[2] = true;
					_ssOwner = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("BRANCH_CODE", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Branch")]
		private string _ssBranch;
		public string ssBranch {
			get {
				return _ssBranch;
			}
			set {
				if ((_ssBranch!=value) || OptimizedAttributes[3]) {
					ChangedAttributes[3] = true;
					_ssBranch = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("ACCOUNT_KIND", 3, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Kind")]
		private string _ssKind;
		public string ssKind {
			get {
				return _ssKind;
			}
			set {
				if ((_ssKind!=value) || OptimizedAttributes[4]) {
					ChangedAttributes[4] = true;
					_ssKind = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("BALANCE", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Balance")]
		private decimal _ssBalance;
		public decimal ssBalance {
			get {
				return _ssBalance;
			}
			set {
				if ((_ssBalance!=value) || OptimizedAttributes[5]) {
					ChangedAttributes[5] = true;
					_ssBalance = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("OVERDRAFT_LIMIT", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("OverdraftLimit")]
		private decimal _ssOverdraftLimit;
		public decimal ssOverdraftLimit {
			get {
				return _ssOverdraftLimit;
			}
			set {
				if ((_ssOverdraftLimit!=value) || OptimizedAttributes[6]) {
					ChangedAttributes[6] = true;
					_ssOverdraftLimit = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("OPENED_ON", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("OpenedOn")]
		private DateTime _ssOpenedOn;
		public DateTime ssOpenedOn {
			get {
				return _ssOpenedOn;
			}
			set {
				if ((_ssOpenedOn!=value) || OptimizedAttributes[7]) {
					ChangedAttributes[7] = true;
					_ssOpenedOn = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("CLOSED_ON", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("ClosedOn")]
		private DateTime _ssClosedOn;
		public DateTime ssClosedOn {
			get {
				return _ssClosedOn;
			}
			set {
				if ((_ssClosedOn!=value) || OptimizedAttributes[8]) {
					ChangedAttributes[8] = true;
					_ssClosedOn = value;
				}
			}
		}


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENAccountEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(9, true);
			OptimizedAttributes = new BitArray(9, false);
			_ssId = 0;
			_ssIban = "";
			_ssOwner = 0;
			_ssBranch = "";
			_ssKind = "CUR";
			_ssBalance = 0.0M;
			_ssOverdraftLimit = 0M;
			_ssOpenedOn = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssClosedOn = new DateTime(1900, 1, 1, 0, 0, 0);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssId = r.ReadEntityReference(index++, "Account.Id", 0);
			ssIban = r.ReadText(index++, "Account.Iban", "");
			ssOwner = r.ReadEntityReference(index++, "Account.Owner", 0);
			ssBranch = r.ReadText(index++, "Account.Branch", "");
			ssKind = r.ReadText(index++, "Account.Kind", "");
			ssBalance = r.ReadDecimal(index++, "Account.Balance", 0.0M);
			ssOverdraftLimit = r.ReadDecimal(index++, "Account.OverdraftLimit", 0.0M);
			ssOpenedOn = r.ReadDate(index++, "Account.OpenedOn", new DateTime(1900, 1, 1, 0, 0, 0));
			ssClosedOn = r.ReadDate(index++, "Account.ClosedOn", new DateTime(1900, 1, 1, 0, 0, 0));
			ChangedAttributes = new BitArray(9, false);
			OptimizedAttributes = new BitArray(9, false);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(ENAccountEntityRecord r) {
			this = r;
		}


		public static bool operator == (ENAccountEntityRecord a, ENAccountEntityRecord b) {
			if (a.ssId != b.ssId) return false;
			if (a.ssIban != b.ssIban) return false;
			if (a.ssOwner != b.ssOwner) return false;
			if (a.ssBranch != b.ssBranch) return false;
			if (a.ssKind != b.ssKind) return false;
			if (a.ssBalance != b.ssBalance) return false;
			if (a.ssOverdraftLimit != b.ssOverdraftLimit) return false;
			if (a.ssOpenedOn != b.ssOpenedOn) return false;
			if (a.ssClosedOn != b.ssClosedOn) return false;
			return true;
		}

		public static bool operator != (ENAccountEntityRecord a, ENAccountEntityRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(ENAccountEntityRecord)) return false;
			return (this == (ENAccountEntityRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssId.GetHashCode()
				^ ssIban.GetHashCode()
				^ ssOwner.GetHashCode()
				^ ssBranch.GetHashCode()
				^ ssKind.GetHashCode()
				^ ssBalance.GetHashCode()
				^ ssOverdraftLimit.GetHashCode()
				^ ssOpenedOn.GetHashCode()
				^ ssClosedOn.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public ENAccountEntityRecord(SerializationInfo info, StreamingContext context) {
			ChangedAttributes = new BitArray(9, true);
			OptimizedAttributes = new BitArray(9, false);
			_ssId = 0;
			_ssIban = "";
			_ssOwner = 0;
			_ssBranch = "";
			_ssKind = "CUR";
			_ssBalance = 0.0M;
			_ssOverdraftLimit = 0M;
			_ssOpenedOn = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssClosedOn = new DateTime(1900, 1, 1, 0, 0, 0);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("_ssId", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssId' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssId = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssIban", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssIban' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssIban = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssOwner", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssOwner' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssOwner = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssBranch", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssBranch' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssBranch = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssKind", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssKind' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssKind = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssBalance", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssBalance' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssBalance = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssOverdraftLimit", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssOverdraftLimit' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssOverdraftLimit = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssOpenedOn", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssOpenedOn' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssOpenedOn = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssClosedOn", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssClosedOn' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssClosedOn = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENAccountEntityRecord Duplicate() {
			ENAccountEntityRecord t;
			t._ssId = this._ssId;
			t._ssIban = this._ssIban;
			t._ssOwner = this._ssOwner;
			t._ssBranch = this._ssBranch;
			t._ssKind = this._ssKind;
			t._ssBalance = this._ssBalance;
			t._ssOverdraftLimit = this._ssOverdraftLimit;
			t._ssOpenedOn = this._ssOpenedOn;
			t._ssClosedOn = this._ssClosedOn;
			t.ChangedAttributes = new BitArray(9);
			t.OptimizedAttributes = new BitArray(9);
			for (int i = 0; i < 9; i++) {
				t.ChangedAttributes[i] = ChangedAttributes[i];
				t.OptimizedAttributes[i] = OptimizedAttributes[i];
			}
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Entity");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Id")) VarValue.AppendAttribute(recordElem, "Id", ssId, detailLevel, TypeKind.EntityReference); else VarValue.AppendOptimizedAttribute(recordElem, "Id");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Iban")) VarValue.AppendAttribute(recordElem, "Iban", ssIban, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Iban");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Owner")) VarValue.AppendAttribute(recordElem, "Owner", ssOwner, detailLevel, TypeKind.EntityReference); else VarValue.AppendOptimizedAttribute(recordElem, "Owner");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Branch")) VarValue.AppendAttribute(recordElem, "Branch", ssBranch, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Branch");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Kind")) VarValue.AppendAttribute(recordElem, "Kind", ssKind, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Kind");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Balance")) VarValue.AppendAttribute(recordElem, "Balance", ssBalance, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "Balance");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".OverdraftLimit")) VarValue.AppendAttribute(recordElem, "OverdraftLimit", ssOverdraftLimit, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "OverdraftLimit");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".OpenedOn")) VarValue.AppendAttribute(recordElem, "OpenedOn", ssOpenedOn, detailLevel, TypeKind.Date); else VarValue.AppendOptimizedAttribute(recordElem, "OpenedOn");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".ClosedOn")) VarValue.AppendAttribute(recordElem, "ClosedOn", ssClosedOn, detailLevel, TypeKind.Date); else VarValue.AppendOptimizedAttribute(recordElem, "ClosedOn");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "id") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Id")) variable.Value = ssId; else variable.Optimized = true;
			} else if (head == "iban") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Iban")) variable.Value = ssIban; else variable.Optimized = true;
			} else if (head == "owner") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Owner")) variable.Value = ssOwner; else variable.Optimized = true;
			} else if (head == "branch") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Branch")) variable.Value = ssBranch; else variable.Optimized = true;
			} else if (head == "kind") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Kind")) variable.Value = ssKind; else variable.Optimized = true;
			} else if (head == "balance") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Balance")) variable.Value = ssBalance; else variable.Optimized = true;
			} else if (head == "overdraftlimit") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".OverdraftLimit")) variable.Value = ssOverdraftLimit; else variable.Optimized = true;
			} else if (head == "openedon") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".OpenedOn")) variable.Value = ssOpenedOn; else variable.Optimized = true;
			} else if (head == "closedon") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".ClosedOn")) variable.Value = ssClosedOn; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdIban)) {
				return ChangedAttributes[1];
			} else if (key.Equals(IdOwner)) {
				return ChangedAttributes[2];
			} else if (key.Equals(IdBranch)) {
				return ChangedAttributes[3];
			} else if (key.Equals(IdKind)) {
				return ChangedAttributes[4];
			} else if (key.Equals(IdBalance)) {
				return ChangedAttributes[5];
			} else if (key.Equals(IdOverdraftLimit)) {
				return ChangedAttributes[6];
			} else if (key.Equals(IdOpenedOn)) {
				return ChangedAttributes[7];
			} else if (key.Equals(IdClosedOn)) {
				return ChangedAttributes[8];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdIban)) {
				return OptimizedAttributes[1];
			} else if (key.Equals(IdOwner)) {
				return OptimizedAttributes[2];
			} else if (key.Equals(IdBranch)) {
				return OptimizedAttributes[3];
			} else if (key.Equals(IdKind)) {
				return OptimizedAttributes[4];
			} else if (key.Equals(IdBalance)) {
				return OptimizedAttributes[5];
			} else if (key.Equals(IdOverdraftLimit)) {
				return OptimizedAttributes[6];
			} else if (key.Equals(IdOpenedOn)) {
				return OptimizedAttributes[7];
			} else if (key.Equals(IdClosedOn)) {
				return OptimizedAttributes[8];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdId) {
				return ssId;
			} else if (key == IdIban) {
				return ssIban;
			} else if (key == IdOwner) {
				return ssOwner;
			} else if (key == IdBranch) {
				return ssBranch;
			} else if (key == IdKind) {
				return ssKind;
			} else if (key == IdBalance) {
				return ssBalance;
			} else if (key == IdOverdraftLimit) {
				return ssOverdraftLimit;
			} else if (key == IdOpenedOn) {
				return ssOpenedOn;
			} else if (key == IdClosedOn) {
				return ssClosedOn;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(9);
			OptimizedAttributes = new BitArray(9);
			if (other == null) return;
			ssId = (int) other.AttributeGet(IdId);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdId);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdId);
			ssIban = (string) other.AttributeGet(IdIban);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdIban);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdIban);
			ssOwner = (int) other.AttributeGet(IdOwner);
			ChangedAttributes[2] = other.ChangedAttributeGet(IdOwner);
			OptimizedAttributes[2] = other.OptimizedAttributeGet(IdOwner);
			ssBranch = (string) other.AttributeGet(IdBranch);
			ChangedAttributes[3] = other.ChangedAttributeGet(IdBranch);
			OptimizedAttributes[3] = other.OptimizedAttributeGet(IdBranch);
			ssKind = (string) other.AttributeGet(IdKind);
			ChangedAttributes[4] = other.ChangedAttributeGet(IdKind);
			OptimizedAttributes[4] = other.OptimizedAttributeGet(IdKind);
			ssBalance = (decimal) other.AttributeGet(IdBalance);
			ChangedAttributes[5] = other.ChangedAttributeGet(IdBalance);
			OptimizedAttributes[5] = other.OptimizedAttributeGet(IdBalance);
			ssOverdraftLimit = (decimal) other.AttributeGet(IdOverdraftLimit);
			ChangedAttributes[6] = other.ChangedAttributeGet(IdOverdraftLimit);
			OptimizedAttributes[6] = other.OptimizedAttributeGet(IdOverdraftLimit);
			ssOpenedOn = (DateTime) other.AttributeGet(IdOpenedOn);
			ChangedAttributes[7] = other.ChangedAttributeGet(IdOpenedOn);
			OptimizedAttributes[7] = other.OptimizedAttributeGet(IdOpenedOn);
			ssClosedOn = (DateTime) other.AttributeGet(IdClosedOn);
			ChangedAttributes[8] = other.ChangedAttributeGet(IdClosedOn);
			OptimizedAttributes[8] = other.OptimizedAttributeGet(IdClosedOn);
		}
		public bool IsDefault() {
			ENAccountEntityRecord defaultStruct = new ENAccountEntityRecord(null);
			if (this.ssId != defaultStruct.ssId) return false;
			if (this.ssIban != defaultStruct.ssIban) return false;
			if (this.ssOwner != defaultStruct.ssOwner) return false;
			if (this.ssBranch != defaultStruct.ssBranch) return false;
			if (this.ssKind != defaultStruct.ssKind) return false;
			if (this.ssBalance != defaultStruct.ssBalance) return false;
			if (this.ssOverdraftLimit != defaultStruct.ssOverdraftLimit) return false;
			if (this.ssOpenedOn != defaultStruct.ssOpenedOn) return false;
			if (this.ssClosedOn != defaultStruct.ssClosedOn) return false;
			return true;
		}
	} // ENAccountEntityRecord

	public class ENMovementEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "40d29911-ace0-5e9b-abb1-bb155797cba9", "cd7e4f66-64a6-5c8c-93b1-6c3397675185", "Movement", "[CORE].[dbo].[ACCOUNT_MOVEMENTS]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CORE].[dbo].[ACCOUNT_MOVEMENTS]";
					}
				} catch {
					return "[CORE].[dbo].[ACCOUNT_MOVEMENTS]";
				}
			}
		}
		public static string GetPhysicalTableName() {
			return PhysicalTableName;
		}
	}

	public sealed partial class ENMovementEntity {
		public static string LocalViewName(int? tenant, string locale) {
			return ViewName(null, locale);
		}
		public static string ViewName(int? tenant, string locale) {
			return ENMovementEntityConfiguration.GetPhysicalTableName();
		}
		public static System.Collections.Generic.Dictionary<string, string> AttributesToDatabaseNamesMap() {
			return new System.Collections.Generic.Dictionary<string, string>() {
				{ "id", "MOVEMENT_ID"
				}
				, { "account", "ACCOUNT_ID"
				}
				, { "journalsequence", "JOURNAL_SEQUENCE"
				}
				, { "bookedat", "BOOKED_AT"
				}
				, { "valuedate", "VALUE_DATE"
				}
				, { "amount", "Amount"
				}
				, { "description", "MOVEMENT_TEXT"
				}
				, { "receipt", "RECEIPT_IMAGE"
				}
			};
		}
	} // ENMovementEntity

	/// <summary>
	/// Entity <code>ENMovementEntityRecord</code> that represents the Service Studio entity
	///  <code>Movement</code> <p> Description: Movements on an account. Amounts are negative for debits.</p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Movement", "zX5PZmSmXIyTsWwzl2dRhQ", "MIHAjgamWfyYqg9qQ7qj8g", 0, "[CORE].[dbo].[ACCOUNT_MOVEMENTS]", null)]
	[Serializable()]
	public partial struct ENMovementEntityRecord: ISerializable, ITypedRecord<ENMovementEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdId = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*edZH1J+mX66gzRWZv8R+Og");
		internal static readonly GlobalObjectKey IdAccount = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*UDQkZgWJUIewzet2o0G8_Q");
		internal static readonly GlobalObjectKey IdJournalSequence = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*ZiK0npFkUwKb5U14m8X6IQ");
		internal static readonly GlobalObjectKey IdBookedAt = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*n6aJbnIsUkWqtTf_YCV5Tw");
		internal static readonly GlobalObjectKey IdValueDate = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*GcIUfirHVbK4p68KxlXQPQ");
		internal static readonly GlobalObjectKey IdAmount = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*QdidfPNnVe2akAJwXjt_CQ");
		internal static readonly GlobalObjectKey IdDescription = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*9tVX3EDaVoaO19PnRgOq2g");
		internal static readonly GlobalObjectKey IdReceipt = GlobalObjectKey.Parse("MIHAjgamWfyYqg9qQ7qj8g*Gkg2hvogWgqs+FO986lEdw");

		public static void EnsureInitialized() {}
		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("MOVEMENT_ID", 0, false, false, true, true)]
		[System.Xml.Serialization.XmlElement("Id")]
		private int _ssId;
		public int ssId {
			get {
				return _ssId;
			}
			set {
				if ((_ssId!=value) || OptimizedAttributes[0]) {
					ChangedAttributes = new BitArray(8, true);
					_ssId = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("ACCOUNT_ID", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Account")]
		private int _ssAccount;
		public int ssAccount {
			get {
				return _ssAccount;
			}
			set {
				if ((_ssAccount!=value) || OptimizedAttributes[1]) {
					ChangedAttributes[1] = true;
					_ssAccount = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("JOURNAL_SEQUENCE", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("JournalSequence")]
		private long _ssJournalSequence;
		public long ssJournalSequence {
			get {
				return _ssJournalSequence;
			}
			set {
				if ((_ssJournalSequence!=value) || OptimizedAttributes[2]) {
					ChangedAttributes[2] = true;
					_ssJournalSequence = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("BOOKED_AT", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("BookedAt")]
		private DateTime _ssBookedAt;
		public DateTime ssBookedAt {
			get {
				return _ssBookedAt;
			}
			set {
				if ((_ssBookedAt!=value) || OptimizedAttributes[3]) {
					ChangedAttributes[3] = true;
					_ssBookedAt = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("VALUE_DATE", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("ValueDate")]
		private DateTime _ssValueDate;
		public DateTime ssValueDate {
			get {
				return _ssValueDate;
			}
			set {
				if ((_ssValueDate!=value) || OptimizedAttributes[4]) {
					ChangedAttributes[4] = true;
					_ssValueDate = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Amount", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Amount")]
		private decimal _ssAmount;
		public decimal ssAmount {
			get {
				return _ssAmount;
			}
			set {
				if ((_ssAmount!=value) || OptimizedAttributes[5]) {
					ChangedAttributes[5] = true;
					_ssAmount = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("MOVEMENT_TEXT", 140, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Description")]
		private string _ssDescription;
		public string ssDescription {
			get {
				return _ssDescription;
			}
			set {
				if ((_ssDescription!=value) || OptimizedAttributes[6]) {
					ChangedAttributes[6] = true;
					_ssDescription = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("RECEIPT_IMAGE", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Receipt")]
		private byte[] _ssReceipt;
		public byte[] ssReceipt {
			get {
				return _ssReceipt;
			}
			set {
				if ((_ssReceipt!=value) || OptimizedAttributes[7]) {
					ChangedAttributes[7] = true;
					_ssReceipt = value;
				}
			}
		}


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENMovementEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(8, true);
			OptimizedAttributes = new BitArray(8, false);
			_ssId = 0;
			_ssAccount = 0;
			_ssJournalSequence = 0L;
			_ssBookedAt = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssValueDate = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssAmount = 0.0M;
			_ssDescription = "";
			_ssReceipt = new byte[] {};
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssId = r.ReadEntityReference(index++, "Movement.Id", 0);
			ssAccount = r.ReadEntityReference(index++, "Movement.Account", 0);
			ssJournalSequence = r.ReadLongInteger(index++, "Movement.JournalSequence", 0L);
			ssBookedAt = r.ReadDateTime(index++, "Movement.BookedAt", new DateTime(1900, 1, 1, 0, 0, 0));
			ssValueDate = r.ReadDate(index++, "Movement.ValueDate", new DateTime(1900, 1, 1, 0, 0, 0));
			ssAmount = r.ReadDecimal(index++, "Movement.Amount", 0.0M);
			ssDescription = r.ReadText(index++, "Movement.Description", "");
			ssReceipt = r.ReadBinaryData(index++, "Movement.Receipt", new byte[] {});
			ChangedAttributes = new BitArray(8, false);
			OptimizedAttributes = new BitArray(8, false);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(ENMovementEntityRecord r) {
			this = r;
		}


		public static bool operator == (ENMovementEntityRecord a, ENMovementEntityRecord b) {
			if (a.ssId != b.ssId) return false;
			if (a.ssAccount != b.ssAccount) return false;
			if (a.ssJournalSequence != b.ssJournalSequence) return false;
			if (a.ssBookedAt != b.ssBookedAt) return false;
			if (a.ssValueDate != b.ssValueDate) return false;
			if (a.ssAmount != b.ssAmount) return false;
			if (a.ssDescription != b.ssDescription) return false;
			if (!RuntimePlatformUtils.CompareByteArrays(a.ssReceipt, b.ssReceipt)) return false;
			return true;
		}

		public static bool operator != (ENMovementEntityRecord a, ENMovementEntityRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(ENMovementEntityRecord)) return false;
			return (this == (ENMovementEntityRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssId.GetHashCode()
				^ ssAccount.GetHashCode()
				^ ssJournalSequence.GetHashCode()
				^ ssBookedAt.GetHashCode()
				^ ssValueDate.GetHashCode()
				^ ssAmount.GetHashCode()
				^ ssDescription.GetHashCode()
				^ ssReceipt.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public ENMovementEntityRecord(SerializationInfo info, StreamingContext context) {
			ChangedAttributes = new BitArray(8, true);
			OptimizedAttributes = new BitArray(8, false);
			_ssId = 0;
			_ssAccount = 0;
			_ssJournalSequence = 0L;
			_ssBookedAt = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssValueDate = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssAmount = 0.0M;
			_ssDescription = "";
			_ssReceipt = new byte[] {};
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("_ssId", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssId' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssId = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssAccount", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssAccount' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssAccount = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssJournalSequence", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssJournalSequence' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssJournalSequence = (long) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssBookedAt", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssBookedAt' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssBookedAt = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssValueDate", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssValueDate' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssValueDate = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssAmount", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssAmount' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssAmount = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssDescription", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssDescription' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssDescription = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssReceipt", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssReceipt' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssReceipt = (byte[]) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENMovementEntityRecord Duplicate() {
			ENMovementEntityRecord t;
			t._ssId = this._ssId;
			t._ssAccount = this._ssAccount;
			t._ssJournalSequence = this._ssJournalSequence;
			t._ssBookedAt = this._ssBookedAt;
			t._ssValueDate = this._ssValueDate;
			t._ssAmount = this._ssAmount;
			t._ssDescription = this._ssDescription;
			t._ssReceipt = this._ssReceipt;
			t.ChangedAttributes = new BitArray(8);
			t.OptimizedAttributes = new BitArray(8);
			for (int i = 0; i < 8; i++) {
				t.ChangedAttributes[i] = ChangedAttributes[i];
				t.OptimizedAttributes[i] = OptimizedAttributes[i];
			}
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Entity");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Id")) VarValue.AppendAttribute(recordElem, "Id", ssId, detailLevel, TypeKind.EntityReference); else VarValue.AppendOptimizedAttribute(recordElem, "Id");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Account")) VarValue.AppendAttribute(recordElem, "Account", ssAccount, detailLevel, TypeKind.EntityReference); else VarValue.AppendOptimizedAttribute(recordElem, "Account");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".JournalSequence")) VarValue.AppendAttribute(recordElem, "JournalSequence", ssJournalSequence, detailLevel, TypeKind.LongInteger); else VarValue.AppendOptimizedAttribute(recordElem, "JournalSequence");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".BookedAt")) VarValue.AppendAttribute(recordElem, "BookedAt", ssBookedAt, detailLevel, TypeKind.DateTime); else VarValue.AppendOptimizedAttribute(recordElem, "BookedAt");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".ValueDate")) VarValue.AppendAttribute(recordElem, "ValueDate", ssValueDate, detailLevel, TypeKind.Date); else VarValue.AppendOptimizedAttribute(recordElem, "ValueDate");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Amount")) VarValue.AppendAttribute(recordElem, "Amount", ssAmount, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "Amount");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Description")) VarValue.AppendAttribute(recordElem, "Description", ssDescription, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Description");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Receipt")) VarValue.AppendAttribute(recordElem, "Receipt", ssReceipt, detailLevel, TypeKind.BinaryData); else VarValue.AppendOptimizedAttribute(recordElem, "Receipt");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "id") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Id")) variable.Value = ssId; else variable.Optimized = true;
			} else if (head == "account") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Account")) variable.Value = ssAccount; else variable.Optimized = true;
			} else if (head == "journalsequence") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".JournalSequence")) variable.Value = ssJournalSequence; else variable.Optimized = true;
			} else if (head == "bookedat") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".BookedAt")) variable.Value = ssBookedAt; else variable.Optimized = true;
			} else if (head == "valuedate") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".ValueDate")) variable.Value = ssValueDate; else variable.Optimized = true;
			} else if (head == "amount") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Amount")) variable.Value = ssAmount; else variable.Optimized = true;
			} else if (head == "description") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Description")) variable.Value = ssDescription; else variable.Optimized = true;
			} else if (head == "receipt") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Receipt")) variable.Value = ssReceipt; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdAccount)) {
				return ChangedAttributes[1];
			} else if (key.Equals(IdJournalSequence)) {
				return ChangedAttributes[2];
			} else if (key.Equals(IdBookedAt)) {
				return ChangedAttributes[3];
			} else if (key.Equals(IdValueDate)) {
				return ChangedAttributes[4];
			} else if (key.Equals(IdAmount)) {
				return ChangedAttributes[5];
			} else if (key.Equals(IdDescription)) {
				return ChangedAttributes[6];
			} else if (key.Equals(IdReceipt)) {
				return ChangedAttributes[7];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdAccount)) {
				return OptimizedAttributes[1];
			} else if (key.Equals(IdJournalSequence)) {
				return OptimizedAttributes[2];
			} else if (key.Equals(IdBookedAt)) {
				return OptimizedAttributes[3];
			} else if (key.Equals(IdValueDate)) {
				return OptimizedAttributes[4];
			} else if (key.Equals(IdAmount)) {
				return OptimizedAttributes[5];
			} else if (key.Equals(IdDescription)) {
				return OptimizedAttributes[6];
			} else if (key.Equals(IdReceipt)) {
				return OptimizedAttributes[7];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdId) {
				return ssId;
			} else if (key == IdAccount) {
				return ssAccount;
			} else if (key == IdJournalSequence) {
				return ssJournalSequence;
			} else if (key == IdBookedAt) {
				return ssBookedAt;
			} else if (key == IdValueDate) {
				return ssValueDate;
			} else if (key == IdAmount) {
				return ssAmount;
			} else if (key == IdDescription) {
				return ssDescription;
			} else if (key == IdReceipt) {
				return ssReceipt;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(8);
			OptimizedAttributes = new BitArray(8);
			if (other == null) return;
			ssId = (int) other.AttributeGet(IdId);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdId);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdId);
			ssAccount = (int) other.AttributeGet(IdAccount);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdAccount);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdAccount);
			ssJournalSequence = (long) other.AttributeGet(IdJournalSequence);
			ChangedAttributes[2] = other.ChangedAttributeGet(IdJournalSequence);
			OptimizedAttributes[2] = other.OptimizedAttributeGet(IdJournalSequence);
			ssBookedAt = (DateTime) other.AttributeGet(IdBookedAt);
			ChangedAttributes[3] = other.ChangedAttributeGet(IdBookedAt);
			OptimizedAttributes[3] = other.OptimizedAttributeGet(IdBookedAt);
			ssValueDate = (DateTime) other.AttributeGet(IdValueDate);
			ChangedAttributes[4] = other.ChangedAttributeGet(IdValueDate);
			OptimizedAttributes[4] = other.OptimizedAttributeGet(IdValueDate);
			ssAmount = (decimal) other.AttributeGet(IdAmount);
			ChangedAttributes[5] = other.ChangedAttributeGet(IdAmount);
			OptimizedAttributes[5] = other.OptimizedAttributeGet(IdAmount);
			ssDescription = (string) other.AttributeGet(IdDescription);
			ChangedAttributes[6] = other.ChangedAttributeGet(IdDescription);
			OptimizedAttributes[6] = other.OptimizedAttributeGet(IdDescription);
			ssReceipt = (byte[]) other.AttributeGet(IdReceipt);
			ChangedAttributes[7] = other.ChangedAttributeGet(IdReceipt);
			OptimizedAttributes[7] = other.OptimizedAttributeGet(IdReceipt);
		}
		public bool IsDefault() {
			ENMovementEntityRecord defaultStruct = new ENMovementEntityRecord(null);
			if (this.ssId != defaultStruct.ssId) return false;
			if (this.ssAccount != defaultStruct.ssAccount) return false;
			if (this.ssJournalSequence != defaultStruct.ssJournalSequence) return false;
			if (this.ssBookedAt != defaultStruct.ssBookedAt) return false;
			if (this.ssValueDate != defaultStruct.ssValueDate) return false;
			if (this.ssAmount != defaultStruct.ssAmount) return false;
			if (this.ssDescription != defaultStruct.ssDescription) return false;
			if (!RuntimePlatformUtils.CompareByteArrays(this.ssReceipt, defaultStruct.ssReceipt)) return false;
			return true;
		}
	} // ENMovementEntityRecord

} // OutSystems.NssCoreBankingDB
