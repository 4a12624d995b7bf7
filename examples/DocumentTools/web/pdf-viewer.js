// Minimal viewer hook used by the screens that show a document returned by
// DocumentTools: opens the PDF bytes in a new browser tab.
function openPdf(base64Content) {
  var bytes = Uint8Array.from(atob(base64Content), function (c) { return c.charCodeAt(0); });
  var url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
  window.open(url, "_blank");
}
