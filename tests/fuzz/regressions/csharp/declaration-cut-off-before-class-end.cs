using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.RuntimePublic.Db;

namespace OutSystems.NssEveryType {

	public class CssEveryType: IssEveryType {

		/// <summary>
		/// Ends the summary early? &lt;/summary&gt;&lt;/member&gt; public void Injected() {}
		/// Second line with a tab:	and a comment start /* and end */.
		/// A \u000A escape, a line separator (
		/// ) and a next line (
		/// ) here.
		/// </summary>
		/// <param name="ssText">A text input. &lt;/param&gt;&lt;param name=&quot;x&quot;&gt;</param>
		/// <param name="ssNumber"></param>
		/// <param name="ssBig"></param>
		/// <param name="ssAmount"></param>
		/// <param name="ssMoney"></param>
		/// <param name="ssFlag"></param>
		/// <param name="ssWhen"></param>
		/// <param name="ssDay"></param>
		/// <param name="ssHour"></param>
		/// <param name="ssPhone"></param>
		/// <param name="ssMail"></param>
		/// <param name="ssBytes"></param>
		/// <param name="ssAnything"></param>
		/// <param name="ssTextOut"></param>
		/// <param name="ssNumberOut"></param>
		/// <param name="ssBigOut"></param>
		/// <param name="ssAmountOut"></param>
		/// <param name="ssMoneyOut"></param>
		/// <param name="ssFlagOut"></param>
		/// <param name="ssWhenOut"></param>
		/// <param name="ssDayOut"></param>
		/// <param name="ssHourOut"></param>
		/// <param name="ssPhoneOut"></param>
		/// <param name="ssMailOut"></param>
		/// <param name="ssBytesOut"></param>
		/// <param name="ssAnythingOut"></param>
		public void MssAllBasicTypes(string ssText, int ssNumber, long ssBig, decimal ssAmount, decimal ssMoney, bool ssFlag, DateTime ssWhen, DateTime ssDay, DateTime ssHour, string ssPhone, string ssMail, byte[] ssBytes, object ssAnything, out string ssTextOut, out int ssNumberOut, out long ssBigOut, out decimal ssAmountOut, out decimal ssMoneyOut, out bool ssFlagOut, out DateTime ssWhenOut, out DateTime ssDayOut, out DateTime ssHourOut, out string ssPhoneOut, out string ssMailOut, out byte[] ssBytesOut, out object ssAnythingOut) {
			ssTextOut = "";
			ssNumberOut = 0;
			ssBigOut = 0L;
			ssAmountOut = 0.0M;
			ssMoneyOut = 0.0M;
			ssFlagOut = false;
			ssWhenOut = new DateTime(1900, 1, 1, 0, 0, 0);
			ssDayOut = new DateTime(1900, 1, 1, 0, 0, 0);
			ssHourOut = new DateTime(1900, 1, 1, 0, 0, 0);
			ssPhoneOut = "";
			ssMailOut = "";
			ssBytesOut = new byte[] {};
			ssAnythingOut = null;
			// TODO: Write implementation for action
		} // MssAllBasicTypes

		/// <summary>
		/// 
		/// </summary>
		/// <param name="ssOne"></param>
		/// <param name="ssJoined"></param>
		/// <param name="ssMany"></param>
		/// <param name="ssManyJoined"></param>
		/// <param name="ssId"></param>
		/// <param name="ssCode"></param>
		public void MssRecords(RCCustomerRecord ssOne, RCCustomerAddressRecord ssJoined, out RLAddressRecordList ssMany, out RLCustomerAddressRecordList ssManyJoined, out int ssId, out / TODO: Write implementation for action
		} // MssAllBasicTypes

		/// <summary>
		/// 
		/// </summary>
		/// <param name="ssOne"></param>
		/// <param name="ssJoined"></param>
		/// <param name="ssMany"></param>
		/// <param name="ssManyJoined"></param>
		/// <param name="ssId"></param>
		/// <param name="ssCode"></param>
		public void MssRecords(RCCustomerRecord ssOne, RCCustomerAddressRecord ssJoined, out RLAddressRecordList ssMany, out RLCustomerAddressRecordList ssManyJoined, out int ssId, out string ssCode) {
			ssMany = new RLAddressRecordList();
			ssManyJoined = new RLCustomerAddressRecordList();
			ssId = 0;
			ssCode = "";
			// TODO: Write implementation for action
		} // MssRecords

		/// <summary>
		/// 
		/// </summary>
		public void MssNoParameters() {
	string ssCode) {
			ssMany = new RLAddressRecordList();
			ssManyJoined = new RLCustomerAddressRecordList();
			ssId = 0;
			ssCode = "";
			// TODO: Write implementation for action
		} // MssRecords

		/// <summary>
		/// 
		/// </summary>
		public void MssNoParameters() {
			// TODO: Write implementation for action
		} // MssNoParameters

	} // CssEveryType

} // OutSystems.NssEveryType

