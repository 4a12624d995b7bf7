using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.RuntimePublic.Db;

namespace OutSystems.NssCoreBankingDB {

	public class CssCoreBankingDB: IssCoreBankingDB {

		/// <summary>
		/// Current balance of an account, overdraft not included.
		/// </summary>
		/// <param name="ssAccountId"></param>
		/// <param name="ssBalance"></param>
		public void MssGetAccountBalance(int ssAccountId, out decimal ssBalance) {
			ssBalance = 0.0M;
			// TODO: Write implementation for action
		} // MssGetAccountBalance

		/// <summary>
		/// Movements of an account in a period, most recent first.
		/// </summary>
		/// <param name="ssAccountId"></param>
		/// <param name="ssFromDate"></param>
		/// <param name="ssToDate"></param>
		/// <param name="ssMaxRecords"></param>
		/// <param name="ssMovements"></param>
		public void MssListMovements(int ssAccountId, DateTime ssFromDate, DateTime ssToDate, int ssMaxRecords, out RLMovementRecordList ssMovements) {
			ssMovements = new RLMovementRecordList();
			// TODO: Write implementation for action
		} // MssListMovements

		/// <summary>
		/// Accounts of a customer, each with its branch.
		/// </summary>
		/// <param name="ssCustomerId"></param>
		/// <param name="ssIncludeClosed"></param>
		/// <param name="ssDetails"></param>
		/// <param name="ssAccounts"></param>
		public void MssGetCustomerAccounts(int ssCustomerId, bool ssIncludeClosed, out RCCustomerRecord ssDetails, out RLAccountBranchRecordList ssAccounts) {
			ssDetails = new RCCustomerRecord(null);
			ssAccounts = new RLAccountBranchRecordList();
			// TODO: Write implementation for action
		} // MssGetCustomerAccounts

		/// <summary>
		/// Moves money between two accounts of the bank in one database transaction.
		/// </summary>
		/// <param name="ssFromAccount"></param>
		/// <param name="ssToAccount"></param>
		/// <param name="ssAmount"></param>
		/// <param name="ssReference"></param>
		/// <param name="ssSuccess"></param>
		/// <param name="ssMovementId"></param>
		public void MssTransferFunds(int ssFromAccount, int ssToAccount, decimal ssAmount, string ssReference, out bool ssSuccess, out int ssMovementId) {
			ssSuccess = false;
			ssMovementId = 0;
			// TODO: Write implementation for action
		} // MssTransferFunds

	} // CssCoreBankingDB

} // OutSystems.NssCoreBankingDB

