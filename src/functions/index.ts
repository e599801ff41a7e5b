/**
 * The functions entry: importing each wrapper runs the CustomFunctions.associate calls
 * that custom-functions-metadata-plugin appends to it. taskpane.html loads this bundle
 * (shared runtime), so functions register whenever the pane's page loads.
 */
import "./_runtime";
import "./valuation";
import "./raised";
import "./totalraised";
import "./rounds";
import "./investors";
import "./metric";
import "./fxconvert";
import "./fxrate";
import "./source";
import "./roundcard";
