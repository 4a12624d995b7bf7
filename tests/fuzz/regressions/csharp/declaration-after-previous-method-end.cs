using System;
using System.Collections;
using System.Data;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.RuntimePublic.Db;

namespace OutSystems.NssDocumentTools {

	public class CssDocumentTools: IssDocumentTools {

		/// <summary>
		/// Merges documents into one PDF, in list order.
		/// </summary>
		/// <param name="ssDocuments"></param>
		/// <param name="ssOutputFileName"></param>
		/// <param name="ssMerged"></param>
		public void MssMergeDocuments(RLDocumentRecordList ssDocuments, string ssOutputFileName, out RCDocumentRecord ssMerged) {
			ssMerged = new RCDocumentRecord(null);
			// TODO: Write implementation for action
		} // MssMergeDocuments

		/// <summary>
		/// Splits a PDF into one document per page range.
		/// </summary>
		/// <param name="ssSource"></param>
		/// <param name="ssRanges"></param>
		/// <param name="ssParts"></param>
		public void MssSplitDocument(RCDocumentRecord ssSource, RLPageRangeRecordList ssRanges, out RLDocumentPageRangeRecordList ssParts) {
			ssParts = new RLDocumentPageRangeRecordList();
			// TODO: Write implementation for action
		} // MssSplitDocument

		/// <summary>
		/// Stamps a watermark on a PDF.
		/// </summary>
		/// <param name="ssSource"></param>
		/// <param name="ssWatermark"></param>
		/// <param name="ssStampDate">Date printed under the watermark text.</param>
		/// <param name="ssStampTime"></param>
		/// <param name="ssStamped"></param>
		public void MssStampWatermark(RCDocumentRecord ssSource, RCWatermarkRecord ssWatermark, DateTime ssStampDate, DateTime ssStampTime, out RCDocumentRecord ssStamped) {
			ssStamped = new RCDocumentRecord(null);
			// TODO: Write implementation for action
		} // MssStampWatermark

		/// <summary>
		/// Reads title, author, page count and dates of a document.
		/// </summary>
		/// <param name="ssSource"></param>
		/// <param name="ssInfo"></param>
		public void MssGetDocumentInfo(RCDocumentRecord ssSource, out RCDocumentDocumentInfoRecord ssInfo) {
			ssInfo = new RCDocumentDocumentInfoRecord(null);
			// TODO: Write implementation for action
		} // MssGetDocumentInfo

		/// <summary>
		/// Number of pages of a PDF. Usable in expressions.
		/// </summary>
		/// <param name="ssContent"></param>
		/// <param name="ssPageCount"></param>
		public void MssGetPageCount(byte[] ssContent, out int ssPageCount) {
			ssPageCount = 0;
			// TODO: Write implementation for action
		} /ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ/ MssGetPageÃount

		/// <summary>
		/// Whether a signed PDF&apos;s signatures are valid on a given date and time.
		/// </summary>
		/// <param name="ssContent"></param>
		/// <param name="ssAt"></param>
		/// <param name="ssAllowSelfSigned"></param>
		/// <param name="ssIsValid"></param>
		public void MssHasValidSignature(byte[] ssContent, DateTime ssAt, bool ssAllowSelfSigned, out bool ssIsValid) {
			ssIsValid = false;
			// TODO: Write implementation for action
		} // MssHasValidSignature

		/// <summary>
		/// Text of the given pages; pages are separated by a form feed.
		/// </summary>
		/// <param name="ssContent"></param>
		/// <param name="ssRange"></param>		/// <param name="ssPageSeparator"></param>
		/// <param name="ssMaxCharacters"></param>
		/// <param name="ssText"></param>
		public void MssExtractText(byte[] ssContent, RCPageRangeRecord ssRange, string ssPageSeparator, long ssMaxCharacters, out string ssText) {
			ssText = "";
			// TODO: Write implementation for action
		} // MssExtractText

	} // CssDocumentTools

} // OutSystems.NssDocumentTools

