/** A1-address helpers for the Node-side stand-in hosts (e2e and bench); 0-based column → "A", "Z", "AA"… */
function colLetters(i) {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

module.exports = { colLetters };
