using System;
using System.Data;
using System.Collections;
using System.Runtime.Serialization;
using System.Reflection;
using System.Xml;
using OutSystems.ObjectKeys;
using OutSystems.RuntimeCommon;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.HubEdition.RuntimePlatform.Db;
using OutSystems.Internal.Db;
using OutSystems.HubEdition.RuntimePlatform.NewRuntime;

namespace OutSystems.NssMortgageLib {

	/// <summary>
	/// RecordList type <code>RLLoanRecordList</code> that represents a record list of
	///  <code>Loan</code>
	/// </summary>
	[Serializable()]
	public partial class RLLoanRecordList: GenericRecordList<RCLoanRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCLoanRecord GetElementDefaultValue() {
			return new RCLoanRecord("");
		}

		public T[] ToArray<T>(Func<RCLoanRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLLoanRecordList recordlist, Func<RCLoanRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLLoanRecordList(RCLoanRecord[] array) {
			RLLoanRecordList result = new RLLoanRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLLoanRecordList ToList<T>(T[] array, Func <T, RCLoanRecord> converter) {
			RLLoanRecordList result = new RLLoanRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLLoanRecordList FromRestList<T>(RestList<T> restList, Func <T, RCLoanRecord> converter) {
			RLLoanRecordList result = new RLLoanRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLLoanRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLLoanRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLLoanRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLLoanRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(7, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCLoanRecord> NewList() {
			return new RLLoanRecordList();
		}


	} // RLLoanRecordList

	/// <summary>
	/// RecordList type <code>RLBorrowerRecordList</code> that represents a record list of
	///  <code>Borrower</code>
	/// </summary>
	[Serializable()]
	public partial class RLBorrowerRecordList: GenericRecordList<RCBorrowerRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCBorrowerRecord GetElementDefaultValue() {
			return new RCBorrowerRecord("");
		}

		public T[] ToArray<T>(Func<RCBorrowerRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLBorrowerRecordList recordlist, Func<RCBorrowerRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLBorrowerRecordList(RCBorrowerRecord[] array) {
			RLBorrowerRecordList result = new RLBorrowerRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLBorrowerRecordList ToList<T>(T[] array, Func <T, RCBorrowerRecord> converter) {
			RLBorrowerRecordList result = new RLBorrowerRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLBorrowerRecordList FromRestList<T>(RestList<T> restList, Func <T, RCBorrowerRecord> converter) {
			RLBorrowerRecordList result = new RLBorrowerRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLBorrowerRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLBorrowerRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLBorrowerRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLBorrowerRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(4, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCBorrowerRecord> NewList() {
			return new RLBorrowerRecordList();
		}


	} // RLBorrowerRecordList

	/// <summary>
	/// RecordList type <code>RLInstallmentRecordList</code> that represents a record list of
	///  <code>Installment</code>
	/// </summary>
	[Serializable()]
	public partial class RLInstallmentRecordList: GenericRecordList<RCInstallmentRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCInstallmentRecord GetElementDefaultValue() {
			return new RCInstallmentRecord("");
		}

		public T[] ToArray<T>(Func<RCInstallmentRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLInstallmentRecordList recordlist, Func<RCInstallmentRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLInstallmentRecordList(RCInstallmentRecord[] array) {
			RLInstallmentRecordList result = new RLInstallmentRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLInstallmentRecordList ToList<T>(T[] array, Func <T, RCInstallmentRecord> converter) {
			RLInstallmentRecordList result = new RLInstallmentRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLInstallmentRecordList FromRestList<T>(RestList<T> restList, Func <T, RCInstallmentRecord> converter) {
			RLInstallmentRecordList result = new RLInstallmentRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLInstallmentRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLInstallmentRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLInstallmentRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLInstallmentRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCInstallmentRecord> NewList() {
			return new RLInstallmentRecordList();
		}


	} // RLInstallmentRecordList

	/// <summary>
	/// RecordList type <code>RLLoanBorrowerRecordList</code> that represents a record list of
	///  <code>LoanBorrower</code>
	/// </summary>
	[Serializable()]
	public partial class RLLoanBorrowerRecordList: GenericRecordList<RCLoanBorrowerRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCLoanBorrowerRecord GetElementDefaultValue() {
			return new RCLoanBorrowerRecord("");
		}

		public T[] ToArray<T>(Func<RCLoanBorrowerRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLLoanBorrowerRecordList recordlist, Func<RCLoanBorrowerRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLLoanBorrowerRecordList(RCLoanBorrowerRecord[] array) {
			RLLoanBorrowerRecordList result = new RLLoanBorrowerRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLLoanBorrowerRecordList ToList<T>(T[] array, Func <T, RCLoanBorrowerRecord> converter) {
			RLLoanBorrowerRecordList result = new RLLoanBorrowerRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLLoanBorrowerRecordList FromRestList<T>(RestList<T> restList, Func <T, RCLoanBorrowerRecord> converter) {
			RLLoanBorrowerRecordList result = new RLLoanBorrowerRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLLoanBorrowerRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLLoanBorrowerRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLLoanBorrowerRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLLoanBorrowerRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[2];
			def[0] = new BitArray(7, false);
			def[1] = new BitArray(4, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCLoanBorrowerRecord> NewList() {
			return new RLLoanBorrowerRecordList();
		}


	} // RLLoanBorrowerRecordList

}
