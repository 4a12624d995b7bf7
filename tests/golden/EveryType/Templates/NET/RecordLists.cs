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

namespace OutSystems.NssEveryType {

	/// <summary>
	/// RecordList type <code>RLCustomerRecordList</code> that represents a record list of
	///  <code>Customer</code>
	/// </summary>
	[Serializable()]
	public partial class RLCustomerRecordList: GenericRecordList<RCCustomerRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCCustomerRecord GetElementDefaultValue() {
			return new RCCustomerRecord("");
		}

		public T[] ToArray<T>(Func<RCCustomerRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLCustomerRecordList recordlist, Func<RCCustomerRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLCustomerRecordList(RCCustomerRecord[] array) {
			RLCustomerRecordList result = new RLCustomerRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLCustomerRecordList ToList<T>(T[] array, Func <T, RCCustomerRecord> converter) {
			RLCustomerRecordList result = new RLCustomerRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLCustomerRecordList FromRestList<T>(RestList<T> restList, Func <T, RCCustomerRecord> converter) {
			RLCustomerRecordList result = new RLCustomerRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLCustomerRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCustomerRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCustomerRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLCustomerRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(5, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCCustomerRecord> NewList() {
			return new RLCustomerRecordList();
		}


	} // RLCustomerRecordList

	/// <summary>
	/// RecordList type <code>RLCountryRecordList</code> that represents a record list of
	///  <code>Country</code>
	/// </summary>
	[Serializable()]
	public partial class RLCountryRecordList: GenericRecordList<RCCountryRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCCountryRecord GetElementDefaultValue() {
			return new RCCountryRecord("");
		}

		public T[] ToArray<T>(Func<RCCountryRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLCountryRecordList recordlist, Func<RCCountryRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLCountryRecordList(RCCountryRecord[] array) {
			RLCountryRecordList result = new RLCountryRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLCountryRecordList ToList<T>(T[] array, Func <T, RCCountryRecord> converter) {
			RLCountryRecordList result = new RLCountryRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLCountryRecordList FromRestList<T>(RestList<T> restList, Func <T, RCCountryRecord> converter) {
			RLCountryRecordList result = new RLCountryRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLCountryRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCountryRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCountryRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLCountryRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[1];
			def[0] = new BitArray(2, false);
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCCountryRecord> NewList() {
			return new RLCountryRecordList();
		}


	} // RLCountryRecordList

	/// <summary>
	/// RecordList type <code>RLAddressRecordList</code> that represents a record list of
	///  <code>Address</code>
	/// </summary>
	[Serializable()]
	public partial class RLAddressRecordList: GenericRecordList<RCAddressRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCAddressRecord GetElementDefaultValue() {
			return new RCAddressRecord("");
		}

		public T[] ToArray<T>(Func<RCAddressRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLAddressRecordList recordlist, Func<RCAddressRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLAddressRecordList(RCAddressRecord[] array) {
			RLAddressRecordList result = new RLAddressRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLAddressRecordList ToList<T>(T[] array, Func <T, RCAddressRecord> converter) {
			RLAddressRecordList result = new RLAddressRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLAddressRecordList FromRestList<T>(RestList<T> restList, Func <T, RCAddressRecord> converter) {
			RLAddressRecordList result = new RLAddressRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLAddressRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLAddressRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLAddressRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLAddressRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
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
		protected override OSList<RCAddressRecord> NewList() {
			return new RLAddressRecordList();
		}


	} // RLAddressRecordList

	/// <summary>
	/// RecordList type <code>RLCustomerAddressRecordList</code> that represents a record list of
	///  <code>CustomerAddress</code>
	/// </summary>
	[Serializable()]
	public partial class RLCustomerAddressRecordList: GenericRecordList<RCCustomerAddressRecord>, IEnumerable, IEnumerator, ISerializable {
		public static void EnsureInitialized() {}

		protected override RCCustomerAddressRecord GetElementDefaultValue() {
			return new RCCustomerAddressRecord("");
		}

		public T[] ToArray<T>(Func<RCCustomerAddressRecord, T> converter) {
			return ToArray(this, converter);
		}

		public static T[] ToArray<T>(RLCustomerAddressRecordList recordlist, Func<RCCustomerAddressRecord, T> converter) {
			return InnerToArray(recordlist, converter);
		}
		public static implicit operator RLCustomerAddressRecordList(RCCustomerAddressRecord[] array) {
			RLCustomerAddressRecordList result = new RLCustomerAddressRecordList();
			result.InnerFromArray(array);
			return result;
		}

		public static RLCustomerAddressRecordList ToList<T>(T[] array, Func <T, RCCustomerAddressRecord> converter) {
			RLCustomerAddressRecordList result = new RLCustomerAddressRecordList();
			result.InnerFromArray(array, converter);
			return result;
		}

		public static RLCustomerAddressRecordList FromRestList<T>(RestList<T> restList, Func <T, RCCustomerAddressRecord> converter) {
			RLCustomerAddressRecordList result = new RLCustomerAddressRecordList();
			result.InnerFromRestList(restList, converter);
			return result;
		}
		/// <summary>
		/// Default Constructor
		/// </summary>
		public RLCustomerAddressRecordList(): base() {
		}

		/// <summary>
		/// Constructor with transaction parameter
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCustomerAddressRecordList(IDbTransaction trans): base(trans) {
		}

		/// <summary>
		/// Constructor with transaction parameter and alternate read method
		/// </summary>
		/// <param name="trans"> IDbTransaction Parameter</param>
		/// <param name="alternateReadDBMethod"> Alternate Read Method</param>
		[Obsolete("Use the Default Constructor and set the Transaction afterwards.")]
		public RLCustomerAddressRecordList(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): this(trans) {
			this.alternateReadDBMethod = alternateReadDBMethod;
		}

		/// <summary>
		/// Constructor declaration for serialization
		/// </summary>
		/// <param name="info"> SerializationInfo</param>
		/// <param name="context"> StreamingContext</param>
		public RLCustomerAddressRecordList(SerializationInfo info, StreamingContext context): base(info, context) {
		}

		public override BitArray[] GetDefaultOptimizedValues() {
			BitArray[] def = new BitArray[2];
			def[0] = new BitArray(5, false);
			def[1] = null;
			return def;
		}
		/// <summary>
		/// Create as new list
		/// </summary>
		/// <returns>The new record list</returns>
		protected override OSList<RCCustomerAddressRecord> NewList() {
			return new RLCustomerAddressRecordList();
		}


	} // RLCustomerAddressRecordList

}
