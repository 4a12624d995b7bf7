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

namespace OutSystems.NssEveryType {

	public class ENCustomerEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "b4f9d390-d883-52f2-8c51-afd7637fe2b1", "f8b2462b-7510-5179-ba63-fab73c19ab1e", "Customer", "[CRM].[dbo].[CUSTOMERS]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CRM].[dbo].[CUSTOMERS]";
					}
				} catch {
					return "[CRM].[dbo].[CUSTOMERS]";
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
				{ "id", "Id"
				}
				, { "name", "FULL_NAME"
				}
				, { "country", "Country"
				}
				, { "balance", "Balance"
				}
				, { "vip", "Vip"
				}
			};
		}
	} // ENCustomerEntity

	/// <summary>
	/// Entity <code>ENCustomerEntityRecord</code> that represents the Service Studio entity
	///  <code>Customer</code> <p> Description: </p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Customer", "+LJGK3UQUXm6Y_q3PBmrHg", "T9H7hsk2UrOmI3pbADHx1A", 0, "[CRM].[dbo].[CUSTOMERS]", null)]
	[Serializable()]
	public partial struct ENCustomerEntityRecord: ISerializable, ITypedRecord<ENCustomerEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdId = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*nHAqaEwcVqGUZA7xuJo+oA");
		internal static readonly GlobalObjectKey IdName = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*OQWc8DuRWiu3pFXPO94JZg");
		internal static readonly GlobalObjectKey IdCountry = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*gZic1uTwUHurrgws7i+U+g");
		internal static readonly GlobalObjectKey IdBalance = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*79ZctXJmWkqB_tM3X4uQyw");
		internal static readonly GlobalObjectKey IdVip = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*DG1YR4fiWW+wEZqWHMs_mA");

		public static void EnsureInitialized() {}
		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Id", 0, false, false, true, true)]
		[System.Xml.Serialization.XmlElement("Id")]
		private int _ssId;
		public int ssId {
			get {
				return _ssId;
			}
			set {
				if ((_ssId!=value) || OptimizedAttributes[0]) {
					ChangedAttributes = new BitArray(5, true);
					_ssId = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("FULL_NAME", 100, false, false, false, true)]
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

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Country", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Country")]
		private string _ssCountry;
		public string ssCountry {
			get {
				return _ssCountry;
			}
			set {
				if ((_ssCountry!=value) || OptimizedAttributes[2]) {
					ChangedAttributes[2] = true;
					_ssCountry = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Balance", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Balance")]
		private decimal _ssBalance;
		public decimal ssBalance {
			get {
				return _ssBalance;
			}
			set {
				if ((_ssBalance!=value) || OptimizedAttributes[3]) {
					ChangedAttributes[3] = true;
					_ssBalance = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Vip", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Vip")]
		private bool _ssVip;
		public bool ssVip {
			get {
				return _ssVip;
			}
			set {
				if ((_ssVip!=value) || OptimizedAttributes[4]) {
					ChangedAttributes[4] = true;
					_ssVip = value;
				}
			}
		}


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENCustomerEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(5, true);
			OptimizedAttributes = new BitArray(5, false);
			_ssId = 0;
			_ssName = "";
			_ssCountry = "";
			_ssBalance = 10M;
			_ssVip = false;
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
			ssName = r.ReadText(index++, "Customer.Name", "");
			ssCountry = r.ReadText(index++, "Customer.Country", "");
			ssBalance = r.ReadCurrency(index++, "Customer.Balance", 0.0M);
			ssVip = r.ReadBoolean(index++, "Customer.Vip", false);
			ChangedAttributes = new BitArray(5, false);
			OptimizedAttributes = new BitArray(5, false);
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
			if (a.ssName != b.ssName) return false;
			if (a.ssCountry != b.ssCountry) return false;
			if (a.ssBalance != b.ssBalance) return false;
			if (a.ssVip != b.ssVip) return false;
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
				^ ssName.GetHashCode()
				^ ssCountry.GetHashCode()
				^ ssBalance.GetHashCode()
				^ ssVip.GetHashCode()
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
			ChangedAttributes = new BitArray(5, true);
			OptimizedAttributes = new BitArray(5, false);
			_ssId = 0;
			_ssName = "";
			_ssCountry = "";
			_ssBalance = 10M;
			_ssVip = false;
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("_ssId", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssId' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssId = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssName", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssName' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssName = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssCountry", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssCountry' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssCountry = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssBalance", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssBalance' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssBalance = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssVip", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssVip' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssVip = (bool) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENCustomerEntityRecord Duplicate() {
			ENCustomerEntityRecord t;
			t._ssId = this._ssId;
			t._ssName = this._ssName;
			t._ssCountry = this._ssCountry;
			t._ssBalance = this._ssBalance;
			t._ssVip = this._ssVip;
			t.ChangedAttributes = new BitArray(5);
			t.OptimizedAttributes = new BitArray(5);
			for (int i = 0; i < 5; i++) {
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
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Name")) VarValue.AppendAttribute(recordElem, "Name", ssName, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Name");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Country")) VarValue.AppendAttribute(recordElem, "Country", ssCountry, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Country");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Balance")) VarValue.AppendAttribute(recordElem, "Balance", ssBalance, detailLevel, TypeKind.Currency); else VarValue.AppendOptimizedAttribute(recordElem, "Balance");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Vip")) VarValue.AppendAttribute(recordElem, "Vip", ssVip, detailLevel, TypeKind.Boolean); else VarValue.AppendOptimizedAttribute(recordElem, "Vip");
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
			} else if (head == "name") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Name")) variable.Value = ssName; else variable.Optimized = true;
			} else if (head == "country") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Country")) variable.Value = ssCountry; else variable.Optimized = true;
			} else if (head == "balance") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Balance")) variable.Value = ssBalance; else variable.Optimized = true;
			} else if (head == "vip") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Vip")) variable.Value = ssVip; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdName)) {
				return ChangedAttributes[1];
			} else if (key.Equals(IdCountry)) {
				return ChangedAttributes[2];
			} else if (key.Equals(IdBalance)) {
				return ChangedAttributes[3];
			} else if (key.Equals(IdVip)) {
				return ChangedAttributes[4];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdName)) {
				return OptimizedAttributes[1];
			} else if (key.Equals(IdCountry)) {
				return OptimizedAttributes[2];
			} else if (key.Equals(IdBalance)) {
				return OptimizedAttributes[3];
			} else if (key.Equals(IdVip)) {
				return OptimizedAttributes[4];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdId) {
				return ssId;
			} else if (key == IdName) {
				return ssName;
			} else if (key == IdCountry) {
				return ssCountry;
			} else if (key == IdBalance) {
				return ssBalance;
			} else if (key == IdVip) {
				return ssVip;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(5);
			OptimizedAttributes = new BitArray(5);
			if (other == null) return;
			ssId = (int) other.AttributeGet(IdId);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdId);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdId);
			ssName = (string) other.AttributeGet(IdName);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdName);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdName);
			ssCountry = (string) other.AttributeGet(IdCountry);
			ChangedAttributes[2] = other.ChangedAttributeGet(IdCountry);
			OptimizedAttributes[2] = other.OptimizedAttributeGet(IdCountry);
			ssBalance = (decimal) other.AttributeGet(IdBalance);
			ChangedAttributes[3] = other.ChangedAttributeGet(IdBalance);
			OptimizedAttributes[3] = other.OptimizedAttributeGet(IdBalance);
			ssVip = (bool) other.AttributeGet(IdVip);
			ChangedAttributes[4] = other.ChangedAttributeGet(IdVip);
			OptimizedAttributes[4] = other.OptimizedAttributeGet(IdVip);
		}
		public bool IsDefault() {
			ENCustomerEntityRecord defaultStruct = new ENCustomerEntityRecord(null);
			if (this.ssId != defaultStruct.ssId) return false;
			if (this.ssName != defaultStruct.ssName) return false;
			if (this.ssCountry != defaultStruct.ssCountry) return false;
			if (this.ssBalance != defaultStruct.ssBalance) return false;
			if (this.ssVip != defaultStruct.ssVip) return false;
			return true;
		}
	} // ENCustomerEntityRecord

	public class ENCountryEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "b4f9d390-d883-52f2-8c51-afd7637fe2b1", "9e07c016-b105-5ef0-aa4a-dfe7bff369a0", "Country", "[CRM].[dbo].[COUNTRIES]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CRM].[dbo].[COUNTRIES]";
					}
				} catch {
					return "[CRM].[dbo].[COUNTRIES]";
				}
			}
		}
		public static string GetPhysicalTableName() {
			return PhysicalTableName;
		}
	}

	public sealed partial class ENCountryEntity {
		public static string LocalViewName(int? tenant, string locale) {
			return ViewName(null, locale);
		}
		public static string ViewName(int? tenant, string locale) {
			return ENCountryEntityConfiguration.GetPhysicalTableName();
		}
		public static System.Collections.Generic.Dictionary<string, string> AttributesToDatabaseNamesMap() {
			return new System.Collections.Generic.Dictionary<string, string>() {
				{ "code", "Code"
				}
				, { "name", "Name"
				}
			};
		}
	} // ENCountryEntity

	/// <summary>
	/// Entity <code>ENCountryEntityRecord</code> that represents the Service Studio entity
	///  <code>Country</code> <p> Description: </p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Country", "ngfAFrEFXvCqSt_nv_NpoA", "T9H7hsk2UrOmI3pbADHx1A", 0, "[CRM].[dbo].[COUNTRIES]", null)]
	[Serializable()]
	public partial struct ENCountryEntityRecord: ISerializable, ITypedRecord<ENCountryEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdCode = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*nmEJ6N+_WSm5LvHDKl6aAg");
		internal static readonly GlobalObjectKey IdName = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*PR1_cQJfX7KP78O0A5LTRA");

		public static void EnsureInitialized() {}
		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Code", 3, false, true, false, true)]
		[System.Xml.Serialization.XmlElement("Code")]
		private string _ssCode;
		public string ssCode {
			get {
				return _ssCode;
			}
			set {
				if ((_ssCode!=value) || OptimizedAttributes[0]) {
					ChangedAttributes = new BitArray(2, true);
					_ssCode = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Name", 50, false, false, false, true)]
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


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENCountryEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(2, true);
			OptimizedAttributes = new BitArray(2, false);
			_ssCode = "";
			_ssName = "";
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
			ssCode = r.ReadText(index++, "Country.Code", "");
			ssName = r.ReadText(index++, "Country.Name", "");
			ChangedAttributes = new BitArray(2, false);
			OptimizedAttributes = new BitArray(2, false);
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
		public void ReadIM(ENCountryEntityRecord r) {
			this = r;
		}


		public static bool operator == (ENCountryEntityRecord a, ENCountryEntityRecord b) {
			if (a.ssCode != b.ssCode) return false;
			if (a.ssName != b.ssName) return false;
			return true;
		}

		public static bool operator != (ENCountryEntityRecord a, ENCountryEntityRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(ENCountryEntityRecord)) return false;
			return (this == (ENCountryEntityRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssCode.GetHashCode()
				^ ssName.GetHashCode()
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

		public ENCountryEntityRecord(SerializationInfo info, StreamingContext context) {
			ChangedAttributes = new BitArray(2, true);
			OptimizedAttributes = new BitArray(2, false);
			_ssCode = "";
			_ssName = "";
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
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENCountryEntityRecord Duplicate() {
			ENCountryEntityRecord t;
			t._ssCode = this._ssCode;
			t._ssName = this._ssName;
			t.ChangedAttributes = new BitArray(2);
			t.OptimizedAttributes = new BitArray(2);
			for (int i = 0; i < 2; i++) {
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
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdCode)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdName)) {
				return ChangedAttributes[1];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdCode)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdName)) {
				return OptimizedAttributes[1];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdCode) {
				return ssCode;
			} else if (key == IdName) {
				return ssName;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(2);
			OptimizedAttributes = new BitArray(2);
			if (other == null) return;
			ssCode = (string) other.AttributeGet(IdCode);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdCode);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdCode);
			ssName = (string) other.AttributeGet(IdName);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdName);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdName);
		}
		public bool IsDefault() {
			ENCountryEntityRecord defaultStruct = new ENCountryEntityRecord(null);
			if (this.ssCode != defaultStruct.ssCode) return false;
			if (this.ssName != defaultStruct.ssName) return false;
			return true;
		}
	} // ENCountryEntityRecord

} // OutSystems.NssEveryType
