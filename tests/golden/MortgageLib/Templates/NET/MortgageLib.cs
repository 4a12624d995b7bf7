using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.RuntimePublic.Db;

namespace OutSystems.NssMortgageLib {

	public class CssMortgageLib: IssMortgageLib {

		/// <summary>
		/// Monthly payment of a fixed-rate mortgage.
		/// </summary>
		/// <param name="ssPrincipal">Amount borrowed.</param>
		/// <param name="ssAnnualRate">Yearly interest rate, in percent.</param>
		/// <param name="ssYears">Term of the loan in years.</param>
		/// <param name="ssMonthlyPayment"></param>
		public void MssCalculateMortgage(decimal ssPrincipal, decimal ssAnnualRate, int ssYears, out decimal ssMonthlyPayment) {
			ssMonthlyPayment = 0.0M;
			// TODO: Write implementation for action
		} // MssCalculateMortgage

		/// <summary>
		/// Rounds a value to cents. Usable in expressions.
		/// </summary>
		/// <param name="ssValue"></param>
		/// <param name="ssRounded"></param>
		public void MssRoundToCents(decimal ssValue, out decimal ssRounded) {
			ssRounded = 0.0M;
			// TODO: Write implementation for action
		} // MssRoundToCents

		/// <summary>
		/// Interest paid over the whole term of a fixed-rate mortgage.
		/// </summary>
		/// <param name="ssPrincipal"></param>
		/// <param name="ssAnnualRate"></param>
		/// <param name="ssYears"></param>
		/// <param name="ssInterest"></param>
		public void MssTotalInterest(decimal ssPrincipal, decimal ssAnnualRate, int ssYears, out decimal ssInterest) {
			ssInterest = 0.0M;
			// TODO: Write implementation for action
		} // MssTotalInterest

		/// <summary>
		/// Month-by-month split of each payment into interest and principal.
		/// </summary>
		/// <param name="ssPrincipal"></param>
		/// <param name="ssAnnualRate"></param>
		/// <param name="ssYears"></param>
		/// <param name="ssSchedule"></param>
		public void MssAmortizationSchedule(decimal ssPrincipal, decimal ssAnnualRate, int ssYears, out RLInstallmentRecordList ssSchedule) {
			ssSchedule = new RLInstallmentRecordList();
			// TODO: Write implementation for action
		} // MssAmortizationSchedule

		/// <summary>
		/// Payment and schedule of a loan kept by the core banking system.
		/// </summary>
		/// <param name="ssLoanId"></param>
		/// <param name="ssLoanDetails"></param>
		/// <param name="ssSchedule"></param>
		public void MssLoanSchedule(int ssLoanId, out RCLoanBorrowerRecord ssLoanDetails, out RLInstallmentRecordList ssSchedule) {
			ssLoanDetails = new RCLoanBorrowerRecord(null);
			ssSchedule = new RLInstallmentRecordList();
			// TODO: Write implementation for action
		} // MssLoanSchedule

		/// <summary>
		/// Loans with their borrowers, optionally only the open ones.
		/// </summary>
		/// <param name="ssOnlyOpen"></param>
		/// <param name="ssStartedAfter"></param>
		/// <param name="ssLoans"></param>
		public void MssListLoans(bool ssOnlyOpen, DateTime ssStartedAfter, out RLLoanBorrowerRecordList ssLoans) {
			ssLoans = new RLLoanBorrowerRecordList();
			// TODO: Write implementation for action
		} // MssListLoans

	} // CssMortgageLib

} // OutSystems.NssMortgageLib

