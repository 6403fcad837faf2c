<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Bullpen::CodeEditor</name>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="87"/>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="92"/>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="100"/>
        <source>Could not open “%1”: it is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="118"/>
        <source>“%1” has no file name yet; use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="127"/>
        <source>Could not save: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="140"/>
        <location filename="../widgets/editor/codeeditor.cpp" line="144"/>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="171"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="313"/>
        <source>&amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="325"/>
        <source>Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="346"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/editor/codeeditor.cpp" line="350"/>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::EnvironmentModel</name>
    <message>
        <location filename="../widgets/project/environmentmodel.cpp" line="48"/>
        <source>row %1: the variable has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/environmentmodel.cpp" line="53"/>
        <source>environment variable %1 is set twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/environmentmodel.cpp" line="120"/>
        <source>From Globals; a value set here overrides it for this function only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/environmentmodel.cpp" line="121"/>
        <source>Overrides the value from Globals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/environmentmodel.cpp" line="183"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/environmentmodel.cpp" line="183"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::EventBuilder</name>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="63"/>
        <source>Some event templates could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="83"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="86"/>
        <source>Search events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="112"/>
        <source>Saved events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="113"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="113"/>
        <source>Rename the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="114"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="114"/>
        <source>Duplicate the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="115"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="115"/>
        <source>Delete the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="116"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="116"/>
        <source>Bring back the last deleted event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="118"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="118"/>
        <source>Import a JSON file as a saved event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="119"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="119"/>
        <source>Export the selected event to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="139"/>
        <location filename="../widgets/events/eventbuilder.cpp" line="256"/>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="157"/>
        <source>Pin timestamps and ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="159"/>
        <source>Keep the generated times and request ids while you edit, instead of fresh ones each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="161"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="166"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="186"/>
        <source>Save Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="198"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="211"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="211"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="211"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="257"/>
        <source>Choose an event source on the left, or open a saved event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="264"/>
        <source>AWS documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="302"/>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="347"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="347"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/events/eventbuilder.cpp" line="348"/>
        <source>%1 · %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="348"/>
        <source>%1 · valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="351"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="463"/>
        <source>Could not keep a draft of the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="506"/>
        <source>Event name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="509"/>
        <source>&quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="525"/>
        <source>Rename Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="556"/>
        <source>Bring back &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="577"/>
        <source>Import Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="577"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="593"/>
        <source>Export Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventbuilder.cpp" line="593"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::EventCatalogModel</name>
    <message>
        <location filename="../engine/events/eventcatalogmodel.cpp" line="117"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::EventForm</name>
    <message>
        <location filename="../widgets/events/eventform.cpp" line="21"/>
        <location filename="../widgets/events/eventform.cpp" line="38"/>
        <source>Pick an event template to fill in its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventform.cpp" line="44"/>
        <source>This event has no parameters: edit the JSON directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/events/eventform.cpp" line="54"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::FiguresBar</name>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="21"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="21"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="21"/>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="22"/>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="22"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="22"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="23"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="69"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="77"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="78"/>
        <location filename="../widgets/invoke/figuresbar.cpp" line="89"/>
        <location filename="../widgets/invoke/figuresbar.cpp" line="90"/>
        <location filename="../widgets/invoke/figuresbar.cpp" line="91"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="82"/>
        <source>Engine error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="86"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="93"/>
        <source>Init Duration: only a cold start runs the function&apos;s initialisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="95"/>
        <source>%1 / %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="96"/>
        <source>Max Memory Used of the function&apos;s Memory Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="97"/>
        <source>Max Memory Used of the function&apos;s Memory Size. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="98"/>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/figuresbar.cpp" line="98"/>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::FunctionSettingsPanel</name>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="71"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="71"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="76"/>
        <source>Select a function in the project to see its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="96"/>
        <source>file.function, e.g. app.lambda_handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="101"/>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="269"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="103"/>
        <source>Lambda allows %1 to %2 MB; CPU share grows with memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="107"/>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="270"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="108"/>
        <source>Lambda allows %1 to %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="116"/>
        <source>&amp;Handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="117"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="118"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="125"/>
        <source>&amp;Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="129"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="130"/>
        <source>Add an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="132"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="133"/>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="301"/>
        <source>Remove the selected variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="158"/>
        <source>Show the values in template.yaml again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="159"/>
        <source>Write the changes to template.yaml (comments and order are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="225"/>
        <source>template.yaml changed on disk. Apply writes your changes over it; Revert shows its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="243"/>
        <source>%1 · code in %2 · line %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="244"/>
        <source>the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="262"/>
        <source>from Globals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="263"/>
        <source>Set in Globals.Function for every function; a value set here applies to this function only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="265"/>
        <source>overrides Globals (%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="272"/>
        <source>Handler comes from Globals; a value set here applies to this function only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="289"/>
        <source>MemorySize must be a whole number of megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="292"/>
        <source>Timeout must be a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="300"/>
        <source>Variables from Globals can be overridden here but not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="333"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/functionsettingspanel.cpp" line="363"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::HistoryModel</name>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="29"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="31"/>
        <source>Engine error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="33"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="51"/>
        <source>(unsaved event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="53"/>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="53"/>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="55"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="98"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="100"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="102"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="104"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="106"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historymodel.cpp" line="108"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::HistoryView</name>
    <message>
        <location filename="../widgets/invoke/historyview.cpp" line="41"/>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historyview.cpp" line="42"/>
        <source>Run the selected invocation again: same function, same event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historyview.cpp" line="46"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/historyview.cpp" line="47"/>
        <source>Forget this session&apos;s invocations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::InvocationController</name>
    <message>
        <location filename="../widgets/invoke/invocationcontroller.cpp" line="111"/>
        <source>The %1 backend cannot run functions here: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::LogView</name>
    <message>
        <location filename="../widgets/invoke/logview.cpp" line="18"/>
        <source>The logs of the selected invocation appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="95"/>
        <source>An invocation is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="140"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="149"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="153"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="156"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="159"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="176"/>
        <source>Saved %1&apos;s settings to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="197"/>
        <source>%1[*] — %2 — Bullpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="199"/>
        <source>%1[*] — Bullpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="207"/>
        <source>New file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="219"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="248"/>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="264"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="286"/>
        <source>Saved all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="320"/>
        <source>the event in the event builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="322"/>
        <source>the settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="340"/>
        <source>%1 was removed from the disk; saving writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="351"/>
        <source>%1 changed on disk and was reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="363"/>
        <source>Could not open the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="376"/>
        <source>template.yaml has an error; the last good version stays in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="398"/>
        <source>Opened project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="407"/>
        <source>Could not create the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="479"/>
        <source>The handler file of %1 (%2) was not found in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="494"/>
        <source>Open a project and choose a function to invoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="539"/>
        <source>Saved; invoking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="547"/>
        <source>Stopping the invocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="557"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="567"/>
        <source>Last: engine error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindow.cpp" line="569"/>
        <source>Last: %1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="80"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="82"/>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="91"/>
        <source>New Pro&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="99"/>
        <source>&amp;Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="102"/>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="104"/>
        <source>&amp;New File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="107"/>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="114"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="117"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="125"/>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="128"/>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="137"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="149"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="150"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="152"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="153"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="154"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="156"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="161"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="162"/>
        <source>&amp;Invoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="165"/>
        <source>Run the selected function with the event (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="167"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="170"/>
        <source>Cancel the running invocation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="172"/>
        <source>Open &amp;Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="175"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="176"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="180"/>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="207"/>
        <source>&amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="217"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="221"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="222"/>
        <source>&amp;About Bullpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="225"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="227"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="235"/>
        <source>Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="242"/>
        <source>The function Invoke runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="270"/>
        <source>Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="272"/>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="285"/>
        <source>No invocation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="305"/>
        <source>containers (crun or runc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="307"/>
        <source>Engine: %1, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="308"/>
        <source>The engine starts with the first invocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="311"/>
        <source>Engine: %1 · %2 warm · %3 busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="315"/>
        <source>The process backend isolates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="316"/>
        <source>Each instance runs in its own container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="335"/>
        <source>Engine settings changed: the next invocation starts fresh instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="355"/>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="356"/>
        <source>These have unsaved changes:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;Save them all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="357"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="369"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="370"/>
        <source>“%1” was changed by another program, and you have unsaved edits in it.

Reload it from the disk and lose your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="382"/>
        <source>Bullpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="392"/>
        <source>Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="400"/>
        <source>Save File As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="406"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="407"/>
        <source>SAM templates (template.yaml template.yml template.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="423"/>
        <source>About Bullpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/mainwindowactions.cpp" line="424"/>
        <source>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;Develop AWS-Lambda-style functions on your own machine: open a SAM project, edit handlers, build events, and run them in a local warm pool of containers that speaks Lambda&apos;s Runtime API.&lt;/p&gt;&lt;p&gt;Engine: %2.&lt;/p&gt;&lt;p&gt;Syntax highlighting by KDE&apos;s KSyntaxHighlighting. Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::NewProjectDialog</name>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="29"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="40"/>
        <source>Create the Project In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="49"/>
        <source>&amp;Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="52"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="58"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="84"/>
        <source>Give the project a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="86"/>
        <source>The location is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow/newprojectdialog.cpp" line="88"/>
        <source>%1 already exists and is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="34"/>
        <source>Automatic (crun or runc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="35"/>
        <source>runc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="36"/>
        <source>crun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="37"/>
        <source>Plain process (no isolation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="44"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="45"/>
        <source>Stop after each invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="47"/>
        <source>How long an idle instance stays warm. Lambda keeps idle environments about 45 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="49"/>
        <source>Automatic (follows light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="58"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="61"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="63"/>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="65"/>
        <source>&amp;Keep idle instances warm for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="67"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="69"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="73"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="92"/>
        <source>Runs the handler as a plain process of your user: it isolates nothing, enforces no memory limit and sees your whole file system. Use it only where containers cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/preferences/preferencesdialog.cpp" line="96"/>
        <source>Each instance runs in its own container with the function&apos;s memory limit, like Lambda&apos;s execution environments. Changing it stops the running instances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectModel</name>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="129"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Runtime: %2&lt;br&gt;Handler: %3&lt;br&gt;Memory: %4 MB&lt;br&gt;Timeout: %5 s&lt;br&gt;Code: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="155"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="157"/>
        <source>Saved events (events/*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="225"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="227"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="270"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="272"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="274"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="276"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/projectmodel.cpp" line="278"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectSamples</name>
    <message>
        <location filename="../engine/project/projectsamples.cpp" line="47"/>
        <source>Python 3.12: hello world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/project/projectsamples.cpp" line="49"/>
        <source>Node.js 20: hello world</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectView</name>
    <message>
        <location filename="../widgets/project/projectview.cpp" line="90"/>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/project/projectview.cpp" line="95"/>
        <source>%1 — %n function(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/project/projectview.cpp" line="98"/>
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;template.yaml does not load: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Showing the functions as last loaded.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::RecentProjects</name>
    <message>
        <location filename="../widgets/project/recentprojects.cpp" line="83"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/recentprojects.cpp" line="102"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/project/recentprojects.cpp" line="106"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bullpen::ResultView</name>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="31"/>
        <source>Bullpen runs functions in containers with runc or crun. Install one of them (for example &lt;code&gt;apt install crun&lt;/code&gt;), make sure user namespaces are allowed, or choose another backend in &lt;b&gt;Settings › Preferences…&lt;/b&gt;. The Process backend runs the handler as a plain process: it works everywhere but isolates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="37"/>
        <source>Check that the function&apos;s runtime is installed on this machine (python3 for Python runtimes, node for Node.js) and that the template names a supported Runtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="39"/>
        <source>Check the function&apos;s settings in the Project panel, then invoke again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="84"/>
        <source>No invocation yet. Choose a function and an event, then press Invoke (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="92"/>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="157"/>
        <source>%1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="163"/>
        <source>Bullpen could not run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="164"/>
        <source>&lt;p&gt;&lt;b&gt;The engine reported:&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="178"/>
        <source>%1 returned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="179"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/invoke/resultview.cpp" line="179"/>
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="185"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/invoke/resultview.cpp" line="191"/>
        <source>Stack trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <location filename="../app/gui.cpp" line="63"/>
        <source>Develop AWS-Lambda-style functions locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui.cpp" line="67"/>
        <source>A project folder or template.yaml to open, or a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
