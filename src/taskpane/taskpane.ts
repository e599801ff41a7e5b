/** Task pane entry (placeholder until the pane lands): reports whether it runs inside Excel. */
Office.onReady((info) => {
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent = info.host
    ? "HF Funding is ready."
    : "This page is the HF Funding Excel add-in. Load manifest.xml in Excel (Insert > Add-ins > Upload My Add-in) to use it.";
});
