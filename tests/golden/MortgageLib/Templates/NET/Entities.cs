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

namespace OutSystems.NssMortgageLib {

	public class ENLoanEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "eda2459d-99b9-5c96-8f04-42e969e0e917", "ff9c546a-fe7a-57fc-ad70-8365bb89e0b9", "Loan", "[CORE].[dbo].[LOANS]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CORE].[dbo].[LOANS]";
					}
				} catch {
					return "[CORE].[dbo].[LOANS]";
				}
			}
		}
		public static string GetPhysicalTableName() {
			return PhysicalTableName;
		}
	}

	public sealed partial class ENLoanEntity {
		public static string LocalViewName(int? tenant, string locale) {
			return ViewName(null, locale);
		}
		public static string ViewName(int? tenant, string locale) {
			return ENLoanEntityConfiguration.GetPhysicalTableName();
		}
		public static System.Collections.Generic.Dictionary<string, string> AttributesToDatabaseNamesMap() {
			return new System.Collections.Generic.Dictionary<string, string>() {
				{ "id", "Id"
				}
				, { "customer", "CUSTOMER_NO"
				}
				, { "amount", "Amount"
				}
				, { "annualrate", "RATE"
				}
				, { "years", "Years"
				}
				, { "start", "Start"
				}
				, { "isopen", "IsOpen"
				}
			};
		}
	} // ENLoanEntity

	/// <summary>
	/// Entity <code>ENLoanEntityRecord</code> that represents the Service Studio entity
	///  <code>Loan</code> <p> Description: Loans kept by the core banking system.</p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Loan", "_5xUav56V_ytcINlu4nguQ", "CIZgflGxUyO3z2Bb6G1raQ", 0, "[CORE].[dbo].[LOANS]", null)]
	[Serializable()]
	public partial struct ENLoanEntityRecord: ISerializable, ITypedRecord<ENLoanEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdId = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*l8lSBPCaU_KquCA7K+yOKw");
		internal static readonly GlobalObjectKey IdCustomer = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*_3+ZCi7RXkuTJJgJ+TQS_A");
		internal static readonly GlobalObjectKey IdAmount = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*lI91Y0BIWsmo7xwCyP26tQ");
		internal static readonly GlobalObjectKey IdAnnualRate = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*ZoLO_s6KXBe+nTtRXAdBPw");
		internal static readonly GlobalObjectKey IdYears = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*N5rXH0CsUsKmjmsxVaFqMw");
		internal static readonly GlobalObjectKey IdStart = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*VjCQ21OpXNqowiZ_Enh00g");
		internal static readonly GlobalObjectKey IdIsOpen = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*OA303jl6UeWnxyzSW1D9vQ");

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
					ChangedAttributes = new BitArray(7, true);
					_ssId = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("CUSTOMER_NO", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Customer")]
		private int _ssCustomer;
		public int ssCustomer {
			get {
				return _ssCustomer;
			}
			set {
				if ((_ssCustomer!=value) || OptimizedAttributes[1]) {
					ChangedAttributes[1] = true;
					_ssCustomer = value;
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
				if ((_ssAmount!=value) || OptimizedAttributes[2]) {
					ChangedAttributes[2] = true;
					_ssAmount = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("RATE", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("AnnualRate")]
		private decimal _ssAnnualRate;
		public decimal ssAnnualRate {
			get {
				return _ssAnnualRate;
			}
			set {
				if ((_ssAnnualRate!=value) || OptimizedAttributes[3]) {
					ChangedAttributes[3] = true;
					_ssAnnualRate = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Years", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("Years")]
		private int _ssYears;
		public int ssYears {
			get {
				return _ssYears;
			}
			set {
				if ((_ssYears!=value) || OptimizedAttributes[4]) {
					ChangedAttributes[4] = true;
					_ssYears = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Start", 0, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Start")]
		private DateTime _ssStart;
		public DateTime ssStart {
			get {
				return _ssStart;
			}
			set {
				if ((_ssStart!=value) || OptimizedAttributes[5]) {
					ChangedAttributes[5] = true;
					_ssStart = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("IsOpen", 0, false, false, false, true)]
		[System.Xml.Serialization.XmlElement("IsOpen")]
		private bool _ssIsOpen;
		public bool ssIsOpen {
			get {
				return _ssIsOpen;
			}
			set {
				if ((_ssIsOpen!=value) || OptimizedAttributes[6]) {
					ChangedAttributes[6] = true;
					_ssIsOpen = value;
				}
			}
		}


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENLoanEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(7, true);
			OptimizedAttributes = new BitArray(7, false);
			_ssId = 0;
			_ssCustomer = 0;
			_ssAmount = 0.0M;
			_ssAnnualRate = 0.0M;
			_ssYears = 30;
			_ssStart = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssIsOpen = true;
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
			ssId = r.ReadEntityReference(index++, "Loan.Id", 0);
			ssCustomer = r.ReadEntityReference(index++, "Loan.Customer", 0);
			ssAmount = r.ReadCurrency(index++, "Loan.Amount", 0.0M);
			ssAnnualRate = r.ReadDecimal(index++, "Loan.AnnualRate", 0.0M);
			ssYears = r.ReadInteger(index++, "Loan.Years", 0);
			ssStart = r.ReadDateTime(index++, "Loan.Start", new DateTime(1900, 1, 1, 0, 0, 0));
			ssIsOpen = r.ReadBoolean(index++, "Loan.IsOpen", false);
			ChangedAttributes = new BitArray(7, false);
			OptimizedAttributes = new BitArray(7, false);
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
		public void ReadIM(ENLoanEntityRecord r) {
			this = r;
		}


		public static bool operator == (ENLoanEntityRecord a, ENLoanEntityRecord b) {
			if (a.ssId != b.ssId) return false;
			if (a.ssCustomer != b.ssCustomer) return false;
			if (a.ssAmount != b.ssAmount) return false;
			if (a.ssAnnualRate != b.ssAnnualRate) return false;
			if (a.ssYears != b.ssYears) return false;
			if (a.ssStart != b.ssStart) return false;
			if (a.ssIsOpen != b.ssIsOpen) return false;
			return true;
		}

		public static bool operator != (ENLoanEntityRecord a, ENLoanEntityRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(ENLoanEntityRecord)) return false;
			return (this == (ENLoanEntityRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssId.GetHashCode()
				^ ssCustomer.GetHashCode()
				^ ssAmount.GetHashCode()
				^ ssAnnualRate.GetHashCode()
				^ ssYears.GetHashCode()
				^ ssStart.GetHashCode()
				^ ssIsOpen.GetHashCode()
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

		public ENLoanEntityRecord(SerializationInfo info, StreamingContext context) {
			ChangedAttributes = new BitArray(7, true);
			OptimizedAttributes = new BitArray(7, false);
			_ssId = 0;
			_ssCustomer = 0;
			_ssAmount = 0.0M;
			_ssAnnualRate = 0.0M;
			_ssYears = 30;
			_ssStart = new DateTime(1900, 1, 1, 0, 0, 0);
			_ssIsOpen = true;
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("_ssId", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssId' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssId = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssCustomer", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssCustomer' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssCustomer = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssAmount", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssAmount' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssAmount = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssAnnualRate", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssAnnualRate' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssAnnualRate = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssYears", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssYears' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssYears = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssStart", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssStart' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssStart = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssIsOpen", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssIsOpen' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssIsOpen = (bool) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENLoanEntityRecord Duplicate() {
			ENLoanEntityRecord t;
			t._ssId = this._ssId;
			t._ssCustomer = this._ssCustomer;
			t._ssAmount = this._ssAmount;
			t._ssAnnualRate = this._ssAnnualRate;
			t._ssYears = this._ssYears;
			t._ssStart = this._ssStart;
			t._ssIsOpen = this._ssIsOpen;
			t.ChangedAttributes = new BitArray(7);
			t.OptimizedAttributes = new BitArray(7);
			for (int i = 0; i < 7; i++) {
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
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Customer")) VarValue.AppendAttribute(recordElem, "Customer", ssCustomer, detailLevel, TypeKind.EntityReference); else VarValue.AppendOptimizedAttribute(recordElem, "Customer");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Amount")) VarValue.AppendAttribute(recordElem, "Amount", ssAmount, detailLevel, TypeKind.Currency); else VarValue.AppendOptimizedAttribute(recordElem, "Amount");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".AnnualRate")) VarValue.AppendAttribute(recordElem, "AnnualRate", ssAnnualRate, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "AnnualRate");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Years")) VarValue.AppendAttribute(recordElem, "Years", ssYears, detailLevel, TypeKind.Integer); else VarValue.AppendOptimizedAttribute(recordElem, "Years");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Start")) VarValue.AppendAttribute(recordElem, "Start", ssStart, detailLevel, TypeKind.DateTime); else VarValue.AppendOptimizedAttribute(recordElem, "Start");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".IsOpen")) VarValue.AppendAttribute(recordElem, "IsOpen", ssIsOpen, detailLevel, TypeKind.Boolean); else VarValue.AppendOptimizedAttribute(recordElem, "IsOpen");
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
			} else if (head == "customer") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Customer")) variable.Value = ssCustomer; else variable.Optimized = true;
			} else if (head == "amount") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Amount")) variable.Value = ssAmount; else variable.Optimized = true;
			} else if (head == "annualrate") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".AnnualRate")) variable.Value = ssAnnualRate; else variable.Optimized = true;
			} else if (head == "years") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Years")) variable.Value = ssYears; else variable.Optimized = true;
			} else if (head == "start") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Start")) variable.Value = ssStart; else variable.Optimized = true;
			} else if (head == "isopen") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".IsOpen")) variable.Value = ssIsOpen; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdCustomer)) {
				return ChangedAttributes[1];
			} else if (key.Equals(IdAmount)) {
				return ChangedAttributes[2];
			} else if (key.Equals(IdAnnualRate)) {
				return ChangedAttributes[3];
			} else if (key.Equals(IdYears)) {
				return ChangedAttributes[4];
			} else if (key.Equals(IdStart)) {
				return ChangedAttributes[5];
			} else if (key.Equals(IdIsOpen)) {
				return ChangedAttributes[6];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdCustomer)) {
				return OptimizedAttributes[1];
			} else if (key.Equals(IdAmount)) {
				return OptimizedAttributes[2];
			} else if (key.Equals(IdAnnualRate)) {
				return OptimizedAttributes[3];
			} else if (key.Equals(IdYears)) {
				return OptimizedAttributes[4];
			} else if (key.Equals(IdStart)) {
				return OptimizedAttributes[5];
			} else if (key.Equals(IdIsOpen)) {
				return OptimizedAttributes[6];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdId) {
				return ssId;
			} else if (key == IdCustomer) {
				return ssCustomer;
			} else if (key == IdAmount) {
				return ssAmount;
			} else if (key == IdAnnualRate) {
				return ssAnnualRate;
			} else if (key == IdYears) {
				return ssYears;
			} else if (key == IdStart) {
				return ssStart;
			} else if (key == IdIsOpen) {
				return ssIsOpen;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(7);
			OptimizedAttributes = new BitArray(7);
			if (other == null) return;
			ssId = (int) other.AttributeGet(IdId);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdId);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdId);
			ssCustomer = (int) other.AttributeGet(IdCustomer);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdCustomer);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdCustomer);
			ssAmount = (decimal) other.AttributeGet(IdAmount);
			ChangedAttributes[2] = other.ChangedAttributeGet(IdAmount);
			OptimizedAttributes[2] = other.OptimizedAttributeGet(IdAmount);
			ssAnnualRate = (decimal) other.AttributeGet(IdAnnualRate);
			ChangedAttributes[3] = other.ChangedAttributeGet(IdAnnualRate);
			OptimizedAttributes[3] = other.OptimizedAttributeGet(IdAnnualRate);
			ssYears = (int) other.AttributeGet(IdYears);
			ChangedAttributes[4] = other.ChangedAttributeGet(IdYears);
			OptimizedAttributes[4] = other.OptimizedAttributeGet(IdYears);
			ssStart = (DateTime) other.AttributeGet(IdStart);
			ChangedAttributes[5] = other.ChangedAttributeGet(IdStart);
			OptimizedAttributes[5] = other.OptimizedAttributeGet(IdStart);
			ssIsOpen = (bool) other.AttributeGet(IdIsOpen);
			ChangedAttributes[6] = other.ChangedAttributeGet(IdIsOpen);
			OptimizedAttributes[6] = other.OptimizedAttributeGet(IdIsOpen);
		}
		public bool IsDefault() {
			ENLoanEntityRecord defaultStruct = new ENLoanEntityRecord(null);
			if (this.ssId != defaultStruct.ssId) return false;
			if (this.ssCustomer != defaultStruct.ssCustomer) return false;
			if (this.ssAmount != defaultStruct.ssAmount) return false;
			if (this.ssAnnualRate != defaultStruct.ssAnnualRate) return false;
			if (this.ssYears != defaultStruct.ssYears) return false;
			if (this.ssStart != defaultStruct.ssStart) return false;
			if (this.ssIsOpen != defaultStruct.ssIsOpen) return false;
			return true;
		}
	} // ENLoanEntityRecord

	public class ENBorrowerEntityConfiguration {
		private static object config;
		private static string PhysicalTableName {
			get {
				try {
					Type EntityConfiguration = Type.GetType("OutSystems.HubEdition.RuntimePlatform.Db.EntityConfiguration,OutSystems.HubEdition.RuntimePlatform");
					if (EntityConfiguration != null) {
						if (config == null) {
							config = EntityConfiguration.GetMethod("GetEntityConfiguration", BindingFlags.Public | BindingFlags.Static).Invoke(null, new object[] { "eda2459d-99b9-5c96-8f04-42e969e0e917", "40e8f78c-1754-5224-a3f9-f0dec5854723", "Borrower", "[CORE].[dbo].[BORROWERS]"});
						}
						return EntityConfiguration.GetProperty("PhysicalTableName").GetValue(config).ToString();
					} else {
						return "[CORE].[dbo].[BORROWERS]";
					}
				} catch {
					return "[CORE].[dbo].[BORROWERS]";
				}
			}
		}
		public static string GetPhysicalTableName() {
			return PhysicalTableName;
		}
	}

	public sealed partial class ENBorrowerEntity {
		public static string LocalViewName(int? tenant, string locale) {
			return ViewName(null, locale);
		}
		public static string ViewName(int? tenant, string locale) {
			return ENBorrowerEntityConfiguration.GetPhysicalTableName();
		}
		public static System.Collections.Generic.Dictionary<string, string> AttributesToDatabaseNamesMap() {
			return new System.Collections.Generic.Dictionary<string, string>() {
				{ "id", "Id"
				}
				, { "name", "Name"
				}
				, { "email", "Email"
				}
				, { "phone", "Phone"
				}
			};
		}
	} // ENBorrowerEntity

	/// <summary>
	/// Entity <code>ENBorrowerEntityRecord</code> that represents the Service Studio entity
	///  <code>Borrower</code> <p> Description: People and companies that borrow money.</p>
	/// </summary>
	[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityRecordDetails("Borrower", "QOj3jBdUUiSj+fDexYVHIw", "CIZgflGxUyO3z2Bb6G1raQ", 0, "[CORE].[dbo].[BORROWERS]", null)]
	[Serializable()]
	public partial struct ENBorrowerEntityRecord: ISerializable, ITypedRecord<ENBorrowerEntityRecord>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdId = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*PL8KA5s1Vj6CtRG7OcIAcg");
		internal static readonly GlobalObjectKey IdName = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*BwVp+ZTLXq+dKgY4T5POTg");
		internal static readonly GlobalObjectKey IdEmail = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*wODfM1_RV8e+yzuwOFxQCw");
		internal static readonly GlobalObjectKey IdPhone = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*4iq9t2njW6eWBOQRtFsMZw");

		public static void EnsureInitialized() {}
		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Id", 0, false, true, false, true)]
		[System.Xml.Serialization.XmlElement("Id")]
		private int _ssId;
		public int ssId {
			get {
				return _ssId;
			}
			set {
				if ((_ssId!=value) || OptimizedAttributes[0]) {
					ChangedAttributes = new BitArray(4, true);
					_ssId = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Name", 100, false, false, false, true)]
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

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Email", 250, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Email")]
		private string _ssEmail;
		public string ssEmail {
			get {
				return _ssEmail;
			}
			set {
				if ((_ssEmail!=value) || OptimizedAttributes[2]) {
					ChangedAttributes[2] = true;
					_ssEmail = value;
				}
			}
		}

		[OutSystems.HubEdition.RuntimePlatform.MetaInformation.EntityAttributeDetails("Phone", 20, false, false, false, false)]
		[System.Xml.Serialization.XmlElement("Phone")]
		private string _ssPhone;
		public string ssPhone {
			get {
				return _ssPhone;
			}
			set {
				if ((_ssPhone!=value) || OptimizedAttributes[3]) {
					ChangedAttributes[3] = true;
					_ssPhone = value;
				}
			}
		}


		public BitArray ChangedAttributes;

		public BitArray OptimizedAttributes;

		public ENBorrowerEntityRecord(params string[] dummy) {
			ChangedAttributes = new BitArray(4, true);
			OptimizedAttributes = new BitArray(4, false);
			_ssId = 0;
			_ssName = "";
			_ssEmail = "";
			_ssPhone = "";
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
			ssId = r.ReadEntityReference(index++, "Borrower.Id", 0);
			ssName = r.ReadText(index++, "Borrower.Name", "");
			ssEmail = r.ReadText(index++, "Borrower.Email", "");
			ssPhone = r.ReadText(index++, "Borrower.Phone", "");
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
		public void ReadIM(ENBorrowerEntityRecord r) {
			this = r;
		}


		public static bool operator == (ENBorrowerEntityRecord a, ENBorrowerEntityRecord b) {
			if (a.ssId != b.ssId) return false;
			if (a.ssName != b.ssName) return false;
			if (a.ssEmail != b.ssEmail) return false;
			if (a.ssPhone != b.ssPhone) return false;
			return true;
		}

		public static bool operator != (ENBorrowerEntityRecord a, ENBorrowerEntityRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(ENBorrowerEntityRecord)) return false;
			return (this == (ENBorrowerEntityRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssId.GetHashCode()
				^ ssName.GetHashCode()
				^ ssEmail.GetHashCode()
				^ ssPhone.GetHashCode()
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

		public ENBorrowerEntityRecord(SerializationInfo info, StreamingContext context) {
			ChangedAttributes = new BitArray(4, true);
			OptimizedAttributes = new BitArray(4, false);
			_ssId = 0;
			_ssName = "";
			_ssEmail = "";
			_ssPhone = "";
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
			fieldInfo = objInfo.GetField("_ssEmail", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssEmail' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssEmail = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("_ssPhone", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named '_ssPhone' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				_ssPhone = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public ENBorrowerEntityRecord Duplicate() {
			ENBorrowerEntityRecord t;
			t._ssId = this._ssId;
			t._ssName = this._ssName;
			t._ssEmail = this._ssEmail;
			t._ssPhone = this._ssPhone;
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
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Id")) VarValue.AppendAttribute(recordElem, "Id", ssId, detailLevel, TypeKind.EntityReference); else VarValue.AppendOptimizedAttribute(recordElem, "Id");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Name")) VarValue.AppendAttribute(recordElem, "Name", ssName, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Name");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Email")) VarValue.AppendAttribute(recordElem, "Email", ssEmail, detailLevel, TypeKind.Email); else VarValue.AppendOptimizedAttribute(recordElem, "Email");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Phone")) VarValue.AppendAttribute(recordElem, "Phone", ssPhone, detailLevel, TypeKind.PhoneNumber); else VarValue.AppendOptimizedAttribute(recordElem, "Phone");
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
			} else if (head == "email") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Email")) variable.Value = ssEmail; else variable.Optimized = true;
			} else if (head == "phone") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Phone")) variable.Value = ssPhone; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return ChangedAttributes[0];
			} else if (key.Equals(IdName)) {
				return ChangedAttributes[1];
			} else if (key.Equals(IdEmail)) {
				return ChangedAttributes[2];
			} else if (key.Equals(IdPhone)) {
				return ChangedAttributes[3];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			if (key.Equals(IdId)) {
				return OptimizedAttributes[0];
			} else if (key.Equals(IdName)) {
				return OptimizedAttributes[1];
			} else if (key.Equals(IdEmail)) {
				return OptimizedAttributes[2];
			} else if (key.Equals(IdPhone)) {
				return OptimizedAttributes[3];
			} else {
				throw new Exception("Invalid key");
			}
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdId) {
				return ssId;
			} else if (key == IdName) {
				return ssName;
			} else if (key == IdEmail) {
				return ssEmail;
			} else if (key == IdPhone) {
				return ssPhone;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			ChangedAttributes = new BitArray(4);
			OptimizedAttributes = new BitArray(4);
			if (other == null) return;
			ssId = (int) other.AttributeGet(IdId);
			ChangedAttributes[0] = other.ChangedAttributeGet(IdId);
			OptimizedAttributes[0] = other.OptimizedAttributeGet(IdId);
			ssName = (string) other.AttributeGet(IdName);
			ChangedAttributes[1] = other.ChangedAttributeGet(IdName);
			OptimizedAttributes[1] = other.OptimizedAttributeGet(IdName);
			ssEmail = (string) other.AttributeGet(IdEmail);
			ChangedAttributes[2] = other.ChangedAttributeGet(IdEmail);
			OptimizedAttributes[2] = other.OptimizedAttributeGet(IdEmail);
			ssPhone = (string) other.AttributeGet(IdPhone);
			ChangedAttributes[3] = other.ChangedAttributeGet(IdPhone);
			OptimizedAttributes[3] = other.OptimizedAttributeGet(IdPhone);
		}
		public bool IsDefault() {
			ENBorrowerEntityRecord defaultStruct = new ENBorrowerEntityRecord(null);
			if (this.ssId != defaultStruct.ssId) return false;
			if (this.ssName != defaultStruct.ssName) return false;
			if (this.ssEmail != defaultStruct.ssEmail) return false;
			if (this.ssPhone != defaultStruct.ssPhone) return false;
			return true;
		}
	} // ENBorrowerEntityRecord

} // OutSystems.NssMortgageLib
