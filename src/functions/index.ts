/**
 * The functions entry: importing each wrapper runs the CustomFunctions.associate calls
 * that custom-functions-metadata-plugin appends to it. taskpane.html loads this bundle
 * (shared runtime), so functions register whenever the pane's page loads.
 */
import "./_runtime";
import { detectDateSystem } from "./_datesystem";
import { startWorkbook } from "./_workbook";
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

// Read the workbook's date system (1900 or 1904) once Office is ready; date-cell arguments wait for it.
void detectDateSystem();
// Read the workbook's own Sources and Facts tables, and reload them whenever they change.
void startWorkbook();
