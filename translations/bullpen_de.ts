<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AwsCredentialProvider</name>
    <message>
        <source>The AWS profile "%1" gets its credentials through %2, which Bullpen does not run; give it aws_access_key_id and aws_secret_access_key, or export them.</source>
        <translation>Das AWS-Profil „%1“ bezieht seine Zugangsdaten über %2, das Bullpen nicht ausführt; tragen Sie dort aws_access_key_id und aws_secret_access_key ein oder exportieren Sie sie.</translation>
    </message>
    <message>
        <source>No AWS profile "%1" in %2 or %3.</source>
        <translation>Kein AWS-Profil „%1“ in %2 oder %3.</translation>
    </message>
    <message>
        <source>The AWS profile "%1" has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>Das AWS-Profil „%1“ hat weder aws_access_key_id noch aws_secret_access_key.</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncEventsModel</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>waiting for its function</source>
        <translation>wartet auf seine Funktion</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt (pool time)</source>
        <translation>Nächster Versuch (Pool-Zeit)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncFeature</name>
    <message>
        <source>Asynchronous Invocations</source>
        <translation>Asynchrone Aufrufe</translation>
    </message>
    <message>
        <source>Invoke &amp;Asynchronously</source>
        <translation>As&amp;ynchron aufrufen</translation>
    </message>
    <message>
        <source>Queue the event for the selected function as an Event invocation: retried on errors, then sent to its destinations</source>
        <translation>Das Ereignis für die ausgewählte Funktion als Event-Aufruf einreihen: bei Fehlern wiederholt, dann an ihre Ziele gesendet</translation>
    </message>
    <message>
        <source>&amp;Asynchronous Queue…</source>
        <translation>&amp;Asynchrone Warteschlange …</translation>
    </message>
    <message>
        <source>Asynchronous invocations are off for this project: %1</source>
        <translation>Asynchrone Aufrufe sind für dieses Projekt aus: %1</translation>
    </message>
    <message>
        <source>%1 asynchronous events wait, but the engine cannot start: %2</source>
        <translation>%1 asynchrone Ereignisse warten, aber die Engine kann nicht starten: %2</translation>
    </message>
    <message>
        <source>Choose a function of the open project to invoke it asynchronously.</source>
        <translation>Wählen Sie eine Funktion des offenen Projekts, um sie asynchron aufzurufen.</translation>
    </message>
    <message>
        <source>The engine cannot start: %1</source>
        <translation>Die Engine kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The event was not queued: %1</source>
        <translation>Das Ereignis wurde nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>Queued %1 for %2 (Event invocation)</source>
        <translation>%1 für %2 eingereiht (Event-Aufruf)</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncRecordsModel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Eingereiht um</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncView</name>
    <message>
        <source>Choose a record to see it as Lambda sent it.</source>
        <translation>Wählen Sie einen Eintrag, um ihn so zu sehen, wie Lambda ihn gesendet hat.</translation>
    </message>
    <message>
        <source>Open a project: its asynchronous (Event) invocations are listed here.</source>
        <translation>Öffnen Sie ein Projekt: Seine asynchronen Aufrufe (Event) werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>%1 queued · %2 in flight · %3 retrying · %4 waiting for their function · %5 records in destination queues</source>
        <translation>%1 wartend · %2 laufend · %3 in Wiederholung · %4 warten auf ihre Funktion · %5 Einträge in Ziel-Warteschlangen</translation>
    </message>
</context>
<context>
    <name>Bullpen::BackendRegistry</name>
    <message>
        <source>Containers (automatic: crun or runc)</source>
        <translation>Container (automatisch: crun oder runc)</translation>
    </message>
    <message>
        <source>runc</source>
        <translation>runc</translation>
    </message>
    <message>
        <source>crun</source>
        <translation>crun</translation>
    </message>
    <message>
        <source>Docker Engine (Docker or Podman socket)</source>
        <translation>Docker Engine (Docker- oder Podman-Socket)</translation>
    </message>
    <message>
        <source>Plain processes (no isolation)</source>
        <translation>Einfache Prozesse (keine Isolation)</translation>
    </message>
</context>
<context>
    <name>Bullpen::BuildFeature</name>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
</context>
<context>
    <name>Bullpen::BuildPanel</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>Build the project's functions and layers into .aws-sam/build (Ctrl+B)</source>
        <translation>Die Funktionen und Layer des Projekts nach .aws-sam/build bauen (Strg+B)</translation>
    </message>
    <message>
        <source>Not built in this session</source>
        <translation>In dieser Sitzung nicht gebaut</translation>
    </message>
    <message numerus="yes">
        <source>Built %n function(s) or layer(s)</source>
        <translation><numerusform>%n Funktion oder Layer gebaut</numerusform><numerusform>%n Funktionen oder Layer gebaut</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n up to date</source>
        <translation><numerusform>, %n aktuell</numerusform><numerusform>, %n aktuell</numerusform></translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation>Bauen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot build: %1</source>
        <translation>Bauen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird gebaut …</translation>
    </message>
</context>
<context>
    <name>Bullpen::CodeEditor</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is not UTF-8 text.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Es ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>“%1” has no file name yet; use Save As.</source>
        <translation>„%1“ hat noch keinen Dateinamen; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>Could not save: no file name was given.</source>
        <translation>Speichern nicht möglich: Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Syntax</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation>&amp;Automatisch (den Systemfarben folgen)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Erse&amp;tzen …</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile …</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>K&amp;ommentar umschalten</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1 – %1):</source>
        <translation>Zeile (1 – %1):</translation>
    </message>
</context>
<context>
    <name>Bullpen::EditorPanel</name>
    <message>
        <source>Find in Project</source>
        <translation>Im Projekt suchen</translation>
    </message>
    <message>
        <source>&amp;New File</source>
        <translation>&amp;Neue Datei</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lle speichern</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Erse&amp;tzen …</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile …</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>K&amp;ommentar umschalten</translation>
    </message>
    <message>
        <source>Find in &amp;Project…</source>
        <translation>Im &amp;Projekt suchen …</translation>
    </message>
    <message>
        <source>Open &amp;Handler</source>
        <translation>&amp;Handler öffnen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation>&amp;Automatisch (den Systemfarben folgen)</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Syntax</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z %1, Sp %2</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 was removed from the disk; saving writes it again.</source>
        <translation>%1 wurde von der Festplatte entfernt; Speichern schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen</translation>
    </message>
    <message>
        <source>The handler file of %1 (%2) was not found in %3</source>
        <translation>Die Handler-Datei von %1 (%2) wurde in %3 nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits of %n document(s) from the last session can be recovered: see the bar above the text.</source>
        <translation><numerusform>Ungespeicherte Änderungen von %n Dokument aus der letzten Sitzung können wiederhergestellt werden: siehe die Leiste über dem Text.</numerusform><numerusform>Ungespeicherte Änderungen von %n Dokumenten aus der letzten Sitzung können wiederhergestellt werden: siehe die Leiste über dem Text.</numerusform></translation>
    </message>
</context>
<context>
    <name>Bullpen::EditorRecovery</name>
    <message>
        <source>Could not keep a copy of the unsaved edits for recovery: %1</source>
        <translation>Eine Kopie der ungespeicherten Änderungen für die Wiederherstellung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>An untitled document had text that was never saved when Bullpen last ended (kept %1). Recover puts it into this tab.</source>
        <translation>Ein unbenanntes Dokument hatte Text, der nie gespeichert wurde, als Bullpen zuletzt endete (gesichert %1). „Wiederherstellen“ übernimmt ihn in diesen Tab.</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It had edits that were never saved when Bullpen last ended (kept %2). Recover puts them into this tab; saving writes the file again.</source>
        <translation>„%1“ existiert nicht mehr. Die Datei hatte Änderungen, die nie gespeichert wurden, als Bullpen zuletzt endete (gesichert %2). „Wiederherstellen“ übernimmt sie in diesen Tab; Speichern schreibt die Datei wieder.</translation>
    </message>
    <message>
        <source>“%1” has edits that were never saved when Bullpen last ended (kept %2). The file has changed on disk since then: the recovered text does not have those changes (Show Differences compares them).</source>
        <translation>„%1“ hat Änderungen, die nie gespeichert wurden, als Bullpen zuletzt endete (gesichert %2). Die Datei wurde seitdem auf der Festplatte geändert: Dem wiederhergestellten Text fehlen diese Änderungen („Unterschiede anzeigen“ vergleicht beide).</translation>
    </message>
    <message>
        <source>“%1” has edits that were never saved when Bullpen last ended (kept %2). Recover puts them back into the editor, unsaved; Discard leaves the file as it is.</source>
        <translation>„%1“ hat Änderungen, die nie gespeichert wurden, als Bullpen zuletzt endete (gesichert %2). „Wiederherstellen“ bringt sie ungespeichert in den Editor zurück; „Verwerfen“ lässt die Datei, wie sie ist.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Every line is recovered text (+): there is no file on disk to compare with.</source>
        <translation>Jede Zeile ist wiederhergestellter Text (+): Es gibt keine Datei auf der Festplatte zum Vergleichen.</translation>
    </message>
    <message>
        <source>- only in the file on disk, + only in the recovered text</source>
        <translation>- nur in der Datei auf der Festplatte, + nur im wiederhergestellten Text</translation>
    </message>
    <message>
        <source>Differences — %1</source>
        <translation>Unterschiede — %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::EnvironmentModel</name>
    <message>
        <source>row %1: the variable has no name</source>
        <translation>Zeile %1: Die Variable hat keinen Namen</translation>
    </message>
    <message>
        <source>environment variable %1 is set twice</source>
        <translation>Umgebungsvariable %1 ist doppelt gesetzt</translation>
    </message>
    <message>
        <source>From Globals; a value set here overrides it for this function only</source>
        <translation>Aus Globals; ein hier gesetzter Wert überschreibt ihn nur für diese Funktion</translation>
    </message>
    <message>
        <source>Overrides the value from Globals (%1)</source>
        <translation>Überschreibt den Wert aus Globals (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventBuilder</name>
    <message>
        <source>Some event templates could not be loaded:
%1</source>
        <translation>Einige Ereignisvorlagen konnten nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Ereignisse suchen …</translation>
    </message>
    <message>
        <source>Double-click an event (or press Enter) to fill in its form</source>
        <translation>Doppelklicken Sie auf ein Ereignis (oder drücken Sie die Eingabetaste), um sein Formular auszufüllen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected event</source>
        <translation>Das ausgewählte Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected event</source>
        <translation>Das ausgewählte Ereignis duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Das ausgewählte Ereignis löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the last deleted event</source>
        <translation>Das zuletzt gelöschte Ereignis zurückholen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a JSON file as a saved event</source>
        <translation>Eine JSON-Datei als gespeichertes Ereignis importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the selected event to a file</source>
        <translation>Das ausgewählte Ereignis in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Pin timestamps and ids</source>
        <translation>Zeitstempel und IDs festhalten</translation>
    </message>
    <message>
        <source>Keep the generated times and request ids while you edit, instead of fresh ones each time</source>
        <translation>Die erzeugten Zeiten und Anfrage-IDs beim Bearbeiten beibehalten, statt jedes Mal neue zu erzeugen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Generate the payload again from the form, with fresh timestamps and ids</source>
        <translation>Die Nutzdaten neu aus dem Formular erzeugen, mit neuen Zeitstempeln und IDs</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save the payload as one of the project's events</source>
        <translation>Die Nutzdaten als eines der Ereignisse des Projekts speichern</translation>
    </message>
    <message>
        <source>Save Event</source>
        <translation>Ereignis speichern</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose an event source under Templates, or open one of the Saved events.</source>
        <translation>Wählen Sie unter „Vorlagen“ eine Ereignisquelle oder öffnen Sie eines der gespeicherten Ereignisse.</translation>
    </message>
    <message>
        <source>AWS documentation</source>
        <translation>AWS-Dokumentation</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formular: %1</translation>
    </message>
    <message>
        <source>%1 KB · checking…</source>
        <translation>%1 KB · wird geprüft …</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>empty: no event yet</source>
        <translation>leer: noch kein Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n error(s)</source>
        <translation><numerusform>%1 · %n Fehler</numerusform><numerusform>%1 · %n Fehler</numerusform></translation>
    </message>
    <message>
        <source>%1 · valid JSON</source>
        <translation>%1 · gültiges JSON</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Could not keep a draft of the event: %1</source>
        <translation>Entwurf des Ereignisses konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Name des Ereignisses:</translation>
    </message>
    <message>
        <source>"%1" cannot be used: %2.</source>
        <translation>„%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Bring back "%1"</source>
        <translation>„%1“ zurückholen</translation>
    </message>
    <message>
        <source>Import Event</source>
        <translation>Ereignis importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Event</source>
        <translation>Ereignis exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventCatalogModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventForm</name>
    <message>
        <source>Pick an event template to fill in its parameters.</source>
        <translation>Wählen Sie eine Ereignisvorlage, um ihre Parameter auszufüllen.</translation>
    </message>
    <message>
        <source>This event has no parameters: edit the JSON directly.</source>
        <translation>Dieses Ereignis hat keine Parameter: Bearbeiten Sie das JSON direkt.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>the event in the event builder</source>
        <translation>das Ereignis im Ereignis-Editor</translation>
    </message>
    <message>
        <source>The event builder has the unsaved event of the last session back (not saved).</source>
        <translation>Der Ereignis-Editor hat das ungespeicherte Ereignis der letzten Sitzung zurück (nicht gespeichert).</translation>
    </message>
</context>
<context>
    <name>Bullpen::FiguresBar</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Engine error</source>
        <translation>Fehler der Engine</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Init Duration: only a cold start runs the function's initialisation code.</source>
        <translation>Init Duration: Nur ein Kaltstart führt den Initialisierungscode der Funktion aus.</translation>
    </message>
    <message>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Max Memory Used of the function's Memory Size</source>
        <translation>Max Memory Used von der Memory Size der Funktion</translation>
    </message>
    <message>
        <source>Max Memory Used of the function's Memory Size. %1</source>
        <translation>Max Memory Used von der Memory Size der Funktion. %1</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>%1
Runtime image: %2</source>
        <translation>%1
Laufzeit-Image: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::FindBar</name>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation><numerusform>%n ersetzt</numerusform><numerusform>%n ersetzt</numerusform></translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Ungültiger Ausdruck</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n Treffer</numerusform><numerusform>%n Treffer</numerusform></translation>
    </message>
</context>
<context>
    <name>Bullpen::FindInProject</name>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in project</source>
        <translation>Im Projekt suchen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message numerus="yes">
        <source>First %n matches</source>
        <translation><numerusform>Erste %n Treffer</numerusform><numerusform>Erste %n Treffer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n Treffer</numerusform><numerusform>%n Treffer</numerusform></translation>
    </message>
</context>
<context>
    <name>Bullpen::FunctionSettingsPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Ping it</source>
        <translation>Anpingen</translation>
    </message>
    <message>
        <source>Sc&amp;hedules:</source>
        <translation>&amp;Zeitpläne:</translation>
    </message>
    <message>
        <source>Select a function in the project to see its settings.</source>
        <translation>Wählen Sie eine Funktion im Projekt, um ihre Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>● Modified: Invoke uses these values now. Save writes them to the template.</source>
        <translation>● Geändert: „Aufrufen“ verwendet jetzt diese Werte. „Speichern“ schreibt sie in die Vorlage.</translation>
    </message>
    <message>
        <source>file.function, e.g. app.lambda_handler</source>
        <translation>datei.funktion, z. B. app.lambda_handler</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Lambda allows %1 to %2 MB; CPU share grows with memory</source>
        <translation>Lambda erlaubt %1 bis %2 MB; der CPU-Anteil wächst mit dem Speicher</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lambda allows %1 to %2 seconds</source>
        <translation>Lambda erlaubt %1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Unreserved</source>
        <translation>Nicht reserviert</translation>
    </message>
    <message>
        <source>ReservedConcurrentExecutions: more concurrent calls than this are refused with TooManyRequestsException (429); 0 refuses every call</source>
        <translation>ReservedConcurrentExecutions: Mehr gleichzeitige Aufrufe werden mit TooManyRequestsException (429) abgelehnt; 0 lehnt jeden Aufruf ab</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: instances of the alias initialised ahead of any call and kept; their init is on no caller's path</source>
        <translation>ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: Instanzen des Alias, die vor jedem Aufruf initialisiert und gehalten werden; ihre Initialisierung liegt auf keinem Aufrufpfad</translation>
    </message>
    <message>
        <source>e.g. live (needed for provisioned concurrency)</source>
        <translation>z. B. live (für bereitgestellte Gleichzeitigkeit nötig)</translation>
    </message>
    <message>
        <source>AutoPublishAlias: Invoke runs this alias, which provisioned concurrency serves first</source>
        <translation>AutoPublishAlias: „Aufrufen“ führt diesen Alias aus, den die bereitgestellte Gleichzeitigkeit zuerst bedient</translation>
    </message>
    <message>
        <source>for &amp;alias</source>
        <translation>für &amp;Alias</translation>
    </message>
    <message>
        <source>&amp;Reserved concurrency:</source>
        <translation>&amp;Reservierte Gleichzeitigkeit:</translation>
    </message>
    <message>
        <source>&amp;Provisioned:</source>
        <translation>&amp;Bereitgestellt:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Stop after each invocation</source>
        <translation>Nach jedem Aufruf beenden</translation>
    </message>
    <message>
        <source>How long an idle instance of this function stays warm (bullpen-project.json). 45 minutes, Lambda's, follows the keep-alive in Preferences.</source>
        <translation>Wie lange eine untätige Instanz dieser Funktion warm bleibt (bullpen-project.json). 45 Minuten, der Wert von Lambda, folgt der Keep-Alive-Zeit in den Einstellungen.</translation>
    </message>
    <message>
        <source>The classic CloudWatch warmer: invoke the function on a schedule so that an instance stays warm (only while Bullpen runs)</source>
        <translation>Der klassische CloudWatch-Warmhalter: Die Funktion nach Zeitplan aufrufen, damit eine Instanz warm bleibt (nur solange Bullpen läuft)</translation>
    </message>
    <message>
        <source>An EventBridge rate expression: rate(1 minute), rate(5 minutes), rate(1 hour)</source>
        <translation>Ein EventBridge-Rate-Ausdruck: rate(1 minute), rate(5 minutes), rate(1 hour)</translation>
    </message>
    <message>
        <source>&amp;Keep-alive:</source>
        <translation>&amp;Keep-Alive:</translation>
    </message>
    <message>
        <source>Keep &amp;warm:</source>
        <translation>&amp;Warmhalten:</translation>
    </message>
    <message>
        <source>&amp;Environment variables</source>
        <translation>&amp;Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an environment variable</source>
        <translation>Eine Umgebungsvariable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Die ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <source>Show the values in template.yaml again</source>
        <translation>Die Werte aus template.yaml wieder anzeigen</translation>
    </message>
    <message>
        <source>Write the changes to template.yaml (comments and order are kept); Save All does too</source>
        <translation>Die Änderungen in template.yaml schreiben (Kommentare und Reihenfolge bleiben erhalten); „Alle speichern“ tut das auch</translation>
    </message>
    <message>
        <source>template.yaml changed on disk. Apply writes your changes over it; Revert shows its values.</source>
        <translation>template.yaml wurde auf der Festplatte geändert. „Übernehmen“ schreibt Ihre Änderungen darüber; „Zurücksetzen“ zeigt ihre Werte.</translation>
    </message>
    <message>
        <source>%1 · code in %2 · line %3 of %4</source>
        <translation>%1 · Code in %2 · Zeile %3 von %4</translation>
    </message>
    <message>
        <source>the project folder</source>
        <translation>der Projektordner</translation>
    </message>
    <message>
        <source>layers under /opt, in this order: %1</source>
        <translation>Layer unter /opt, in dieser Reihenfolge: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fire this Schedule event on the pool clock while Bullpen runs (bullpen-project.json); off until turned on</source>
        <translation>Dieses Schedule-Ereignis nach der Pool-Uhr auslösen, solange Bullpen läuft (bullpen-project.json); aus, bis es eingeschaltet wird</translation>
    </message>
    <message>
        <source>The template disables this schedule (Enabled: false or State: DISABLED)</source>
        <translation>Die Vorlage schaltet diesen Zeitplan ab (Enabled: false oder State: DISABLED)</translation>
    </message>
    <message>
        <source>Schedules:</source>
        <translation>Zeitpläne:</translation>
    </message>
    <message>
        <source>from Globals</source>
        <translation>aus Globals</translation>
    </message>
    <message>
        <source>Set in Globals.Function for every function; a value set here applies to this function only</source>
        <translation>In Globals.Function für jede Funktion gesetzt; ein hier gesetzter Wert gilt nur für diese Funktion</translation>
    </message>
    <message>
        <source>overrides Globals (%1%2)</source>
        <translation>überschreibt Globals (%1%2)</translation>
    </message>
    <message>
        <source>Handler comes from Globals; a value set here applies to this function only</source>
        <translation>Der Handler kommt aus Globals; ein hier gesetzter Wert gilt nur für diese Funktion</translation>
    </message>
    <message>
        <source>MemorySize must be a whole number of megabytes</source>
        <translation>MemorySize muss eine ganze Zahl von Megabytes sein</translation>
    </message>
    <message>
        <source>Timeout must be a whole number of seconds</source>
        <translation>Timeout muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>AutoPublishAlias "%1" is not an alias name (letters, digits, - and _)</source>
        <translation>AutoPublishAlias „%1“ ist kein Aliasname (Buchstaben, Ziffern, - und _)</translation>
    </message>
    <message>
        <source>Provisioned concurrency applies to an alias, never $LATEST: give the function an AutoPublishAlias</source>
        <translation>Bereitgestellte Gleichzeitigkeit gilt für einen Alias, nie für $LATEST: Geben Sie der Funktion einen AutoPublishAlias</translation>
    </message>
    <message>
        <source>Provisioned concurrency (%1) cannot exceed the reserved concurrency (%2)</source>
        <translation>Die bereitgestellte Gleichzeitigkeit (%1) kann die reservierte (%2) nicht übersteigen</translation>
    </message>
    <message>
        <source>keep-warm takes a rate, e.g. rate(5 minutes)</source>
        <translation>Warmhalten braucht eine Rate, z. B. rate(5 minutes)</translation>
    </message>
    <message>
        <source>Keep-warm rate: %1</source>
        <translation>Warmhalte-Rate: %1</translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation>Zeitplan %1: %2</translation>
    </message>
    <message>
        <source>Variables from Globals can be overridden here but not removed</source>
        <translation>Variablen aus Globals können hier überschrieben, aber nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved to %1 and %2.</source>
        <translation>In %1 und %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Bullpen::HistoryModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Engine error</source>
        <translation>Fehler der Engine</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>(unsaved event)</source>
        <translation>(ungespeichertes Ereignis)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The history of this project (%1) was %2. It is left as it is; this session's invocations are not kept.</source>
        <translation>Der Verlauf dieses Projekts (%1) war %2. Er bleibt, wie er ist; die Aufrufe dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history of this project could not be read (%1), and %2 could not be kept aside (%3). It is left as it is; this session's invocations are not kept.</source>
        <translation>Der Verlauf dieses Projekts konnte nicht gelesen werden (%1), und %2 konnte nicht beiseitegelegt werden (%3). Er bleibt, wie er ist; die Aufrufe dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history of this project could not be read (%1). The file was kept as %2; the history starts again.</source>
        <translation>Der Verlauf dieses Projekts konnte nicht gelesen werden (%1). Die Datei wurde als %2 aufbewahrt; der Verlauf beginnt neu.</translation>
    </message>
    <message>
        <source>Part of the history of this project could not be read: %1. The whole file was kept as %2.</source>
        <translation>Ein Teil des Verlaufs dieses Projekts konnte nicht gelesen werden: %1. Die ganze Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The history of this project could not be written to %1: %2</source>
        <translation>Der Verlauf dieses Projekts konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::HistoryView</name>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected invocation again: same function, same event</source>
        <translation>Den ausgewählten Aufruf wiederholen: gleiche Funktion, gleiches Ereignis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget this project's invocations</source>
        <translation>Die Aufrufe dieses Projekts vergessen</translation>
    </message>
</context>
<context>
    <name>Bullpen::ImagesFeature</name>
    <message>
        <source>Runtime Images</source>
        <translation>Laufzeit-Images</translation>
    </message>
    <message>
        <source>Runtime &amp;Images…</source>
        <translation>Laufzeit-&amp;Images …</translation>
    </message>
</context>
<context>
    <name>Bullpen::ImagesView</name>
    <message>
        <source>&amp;Import Root Tarball…</source>
        <translation>Root-Tarball &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>&amp;Prune Stale</source>
        <translation>&amp;Veraltete entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Remove the images of earlier inputs from the image cache and the daemon</source>
        <translation>Die Images früherer Eingaben aus dem Image-Cache und dem Daemon entfernen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No runtime images yet: import a root file system tarball, or run `bullpen images build`.</source>
        <translation>Noch keine Laufzeit-Images: Importieren Sie einen Tarball eines Root-Dateisystems oder führen Sie `bullpen images build` aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the daemon.</source>
        <translation><numerusform>%n Image im Daemon.</numerusform><numerusform>%n Images im Daemon.</numerusform></translation>
    </message>
    <message>
        <source>Importing %1 for %2…</source>
        <translation>%1 wird für %2 importiert …</translation>
    </message>
    <message>
        <source>Import Runtime Image</source>
        <translation>Laufzeit-Image importieren</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Root File System Tarball</source>
        <translation>Tarball eines Root-Dateisystems</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Tar-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Removing the %1 runtime images…</source>
        <translation>Die Laufzeit-Images für %1 werden entfernt …</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s).</source>
        <translation><numerusform>%n Image entfernt.</numerusform><numerusform>%n Images entfernt.</numerusform></translation>
    </message>
    <message>
        <source>Removing stale images…</source>
        <translation>Veraltete Images werden entfernt …</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale image(s).</source>
        <translation><numerusform>%n veraltetes Image entfernt.</numerusform><numerusform>%n veraltete Images entfernt.</numerusform></translation>
    </message>
</context>
<context>
    <name>Bullpen::InstanceDetails</name>
    <message>
        <source>The logs of this instance's invocations that the window ran appear here.</source>
        <translation>Hier erscheinen die Logs der Aufrufe dieser Instanz, die das Fenster ausgeführt hat.</translation>
    </message>
    <message>
        <source>Click an instance in the pool view.</source>
        <translation>Klicken Sie in der Pool-Ansicht auf eine Instanz.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instanz %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::InvocationController</name>
    <message>
        <source>The build failed: %1</source>
        <translation>Das Bauen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The %1 backend cannot run functions here: %2</source>
        <translation>Das Backend %1 kann hier keine Funktionen ausführen: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::InvokePanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Runtime image %1%: %2</source>
        <translation>Laufzeit-Image %1 %: %2</translation>
    </message>
    <message>
        <source>%1 is not a function of the open project.</source>
        <translation>%1 ist keine Funktion des offenen Projekts.</translation>
    </message>
    <message>
        <source>An invocation is still running.</source>
        <translation>Ein Aufruf läuft noch.</translation>
    </message>
    <message>
        <source>&amp;Invoke</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <source>Run the selected function with the event (Ctrl+Return)</source>
        <translation>Die ausgewählte Funktion mit dem Ereignis ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Cancel the running invocation (Esc)</source>
        <translation>Den laufenden Aufruf abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>The function Invoke runs</source>
        <translation>Die Funktion, die „Aufrufen“ ausführt</translation>
    </message>
    <message>
        <source>No invocation yet</source>
        <translation>Noch kein Aufruf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Engine settings changed: the next invocation starts fresh instances.</source>
        <translation>Einstellungen der Engine geändert: Der nächste Aufruf startet neue Instanzen.</translation>
    </message>
    <message>
        <source>Open a project and choose a function to invoke.</source>
        <translation>Öffnen Sie ein Projekt und wählen Sie eine Funktion zum Aufrufen.</translation>
    </message>
    <message>
        <source>The settings of %1 are not valid: %2</source>
        <translation>Die Einstellungen von %1 sind ungültig: %2</translation>
    </message>
    <message>
        <source>Stopping the invocation…</source>
        <translation>Der Aufruf wird angehalten …</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The invocation of %1 started before the project changed has ended; it is in its own project's history.</source>
        <translation>Der Aufruf von %1, der vor dem Projektwechsel begann, ist beendet; er steht im Verlauf seines eigenen Projekts.</translation>
    </message>
    <message>
        <source>Last: engine error</source>
        <translation>Zuletzt: Fehler der Engine</translation>
    </message>
    <message>
        <source>Last: %1, %2 ms</source>
        <translation>Zuletzt: %1, %2 ms</translation>
    </message>
    <message>
        <source>Engine: %1, not started</source>
        <translation>Engine: %1, nicht gestartet</translation>
    </message>
    <message>
        <source>The engine starts with the first invocation.</source>
        <translation>Die Engine startet mit dem ersten Aufruf.</translation>
    </message>
    <message>
        <source>Engine: %1 · %2 warm · %3 busy</source>
        <translation>Engine: %1 · %2 warm · %3 beschäftigt</translation>
    </message>
    <message>
        <source>The %1 backend isolates nothing.</source>
        <translation>Das Backend %1 isoliert nichts.</translation>
    </message>
    <message>
        <source>Each instance runs in its own container.</source>
        <translation>Jede Instanz läuft in einem eigenen Container.</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonRunner</name>
    <message>
        <source>invoke %1</source>
        <translation>%1 aufrufen</translation>
    </message>
    <message>
        <source>invoke %1 %2 times at once</source>
        <translation>%1 %2-mal gleichzeitig aufrufen</translation>
    </message>
    <message>
        <source>invoke %1 %2 times, one after another</source>
        <translation>%1 %2-mal nacheinander aufrufen</translation>
    </message>
    <message>
        <source>wait %1 of pool time</source>
        <translation>%1 Pool-Zeit warten</translation>
    </message>
    <message>
        <source>run the pool clock at ×%1</source>
        <translation>die Pool-Uhr mit ×%1 laufen lassen</translation>
    </message>
    <message>
        <source>set the keep-alive to %1 min</source>
        <translation>die Keep-Alive-Zeit auf %1 min setzen</translation>
    </message>
    <message>
        <source>ping the function on %1</source>
        <translation>die Funktion nach %1 anpingen</translation>
    </message>
    <message>
        <source>turn on the schedule %1</source>
        <translation>den Zeitplan %1 einschalten</translation>
    </message>
    <message>
        <source>reserve %1 concurrent executions</source>
        <translation>%1 gleichzeitige Ausführungen reservieren</translation>
    </message>
    <message>
        <source>provision %1 instances</source>
        <translation>%1 Instanzen bereitstellen</translation>
    </message>
    <message>
        <source>stop every instance of %1</source>
        <translation>jede Instanz von %1 beenden</translation>
    </message>
    <message>
        <source>expire the idle instances now</source>
        <translation>die untätigen Instanzen jetzt ablaufen lassen</translation>
    </message>
    <message>
        <source>load: %1 for %2 s of pool time</source>
        <translation>Last: %1 für %2 s Pool-Zeit</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonsFeature</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Lesson running: watch the Pool, Timeline and Pool Charts docks.</source>
        <translation>Lektion läuft: Beobachten Sie die Leisten „Pool“, „Zeitleiste“ und „Pool-Diagramme“.</translation>
    </message>
    <message>
        <source>This is your copy of the lesson's project: change the code, save, and replay the lesson.</source>
        <translation>Dies ist Ihre Kopie des Lektionsprojekts: Ändern Sie den Code, speichern Sie und spielen Sie die Lektion erneut ab.</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Lessons: cold and warm starts, state, scale-out, keep-alive, warm-up, provisioned concurrency, throttling, cost, played on real containers</source>
        <translation>Lektionen: Kalt- und Warmstarts, Zustand, Skalierung, Keep-Alive, Aufwärmen, bereitgestellte Gleichzeitigkeit, Drosselung, Kosten, abgespielt auf echten Containern</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonsWidget</name>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open the function</source>
        <translation>Funktion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The step's text and checks</source>
        <translation>Text und Prüfungen des Schritts</translation>
    </message>
    <message>
        <source>Play the lesson from here to its end</source>
        <translation>Die Lektion von hier bis zum Ende abspielen</translation>
    </message>
    <message>
        <source>Stop after the step in progress</source>
        <translation>Nach dem laufenden Schritt anhalten</translation>
    </message>
    <message>
        <source>Play the next step, then pause</source>
        <translation>Den nächsten Schritt abspielen, dann pausieren</translation>
    </message>
    <message>
        <source>Stop the lesson's instances and start again from the first step</source>
        <translation>Die Instanzen der Lektion beenden und beim ersten Schritt neu beginnen</translation>
    </message>
    <message>
        <source>Open the lesson's project (your copy, in the data folder) and its function's code: change it and play the lesson again</source>
        <translation>Das Projekt der Lektion (Ihre Kopie im Datenordner) und den Code ihrer Funktion öffnen: Ändern Sie ihn und spielen Sie die Lektion erneut ab</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Press Play to run the whole lesson, or Step to go one step at a time. Its function runs in real containers; the Pool, Timeline and Pool Charts docks narrate it.</source>
        <translation>Drücken Sie „Abspielen“ für die ganze Lektion oder „Schritt“, um Schritt für Schritt vorzugehen. Ihre Funktion läuft in echten Containern; die Leisten „Pool“, „Zeitleiste“ und „Pool-Diagramme“ zeigen, was geschieht.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>What to notice:</source>
        <translation>Worauf zu achten ist:</translation>
    </message>
    <message>
        <source>Running:</source>
        <translation>Läuft:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was geschah:</translation>
    </message>
    <message>
        <source>Could not run:</source>
        <translation>Konnte nicht laufen:</translation>
    </message>
    <message>
        <source>✔ holds:</source>
        <translation>✔ erfüllt:</translation>
    </message>
    <message>
        <source>✘ does not hold:</source>
        <translation>✘ nicht erfüllt:</translation>
    </message>
    <message>
        <source>Done (this step only prepares the next).</source>
        <translation>Fertig (dieser Schritt bereitet nur den nächsten vor).</translation>
    </message>
    <message>
        <source>The lesson cannot run: %1</source>
        <translation>Die Lektion kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Step %1 is running…</source>
        <translation>Schritt %1 läuft …</translation>
    </message>
    <message>
        <source>Step %1: every check holds.</source>
        <translation>Schritt %1: Jede Prüfung ist erfüllt.</translation>
    </message>
    <message>
        <source>Step %1: a check does not hold; see why above.</source>
        <translation>Schritt %1: Eine Prüfung ist nicht erfüllt; der Grund steht oben.</translation>
    </message>
    <message>
        <source>Lesson done: every check held. Change the function (Open the function) and replay it to see what your change does.</source>
        <translation>Lektion beendet: Jede Prüfung wurde erfüllt. Ändern Sie die Funktion („Funktion öffnen“) und spielen Sie die Lektion erneut ab, um zu sehen, was Ihre Änderung bewirkt.</translation>
    </message>
    <message>
        <source>Lesson done, with checks that did not hold (marked above).</source>
        <translation>Lektion beendet, mit Prüfungen, die nicht erfüllt wurden (oben markiert).</translation>
    </message>
    <message>
        <source>Pausing after the step in progress.</source>
        <translation>Pause nach dem laufenden Schritt.</translation>
    </message>
</context>
<context>
    <name>Bullpen::LoadLabPanel</name>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Keep-alive policies</source>
        <translation>Keep-Alive-Strategien</translation>
    </message>
    <message>
        <source>Load Lab</source>
        <translation>Lastlabor</translation>
    </message>
    <message>
        <source>Load running: the Pool, Timeline and Pool Charts docks show it live.</source>
        <translation>Last läuft: Die Leisten „Pool“, „Zeitleiste“ und „Pool-Diagramme“ zeigen sie live.</translation>
    </message>
    <message>
        <source>&amp;Load Lab</source>
        <translation>&amp;Lastlabor</translation>
    </message>
    <message>
        <source>Drive a function with an arrival process or a trace; compare keep-alive policies</source>
        <translation>Eine Funktion mit einem Ankunftsprozess oder einem Trace belasten; Keep-Alive-Strategien vergleichen</translation>
    </message>
</context>
<context>
    <name>Bullpen::LoadLabWidget</name>
    <message>
        <source>Poisson arrivals, seed</source>
        <translation>Poisson-Ankünfte, Startwert</translation>
    </message>
    <message>
        <source>Start load</source>
        <translation>Last starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Export calls (CSV)…</source>
        <translation>Aufrufe exportieren (CSV) …</translation>
    </message>
    <message>
        <source>Export summary (JSON)…</source>
        <translation>Zusammenfassung exportieren (JSON) …</translation>
    </message>
    <message>
        <source>Shapes…</source>
        <translation>Profile …</translation>
    </message>
    <message>
        <source>Constant 10/s</source>
        <translation>Konstant 10/s</translation>
    </message>
    <message>
        <source>Poisson 10/s</source>
        <translation>Poisson 10/s</translation>
    </message>
    <message>
        <source>Steps 1, 5, 20/s</source>
        <translation>Stufen 1, 5, 20/s</translation>
    </message>
    <message>
        <source>Ramp 0 → 50/s</source>
        <translation>Rampe 0 → 50/s</translation>
    </message>
    <message>
        <source>Burst of 100/s</source>
        <translation>Schub mit 100/s</translation>
    </message>
    <message>
        <source>Sine 10 ± 8/s, 1 min</source>
        <translation>Sinus 10 ± 8/s, 1 min</translation>
    </message>
    <message>
        <source>Diurnal 5 ± 4/s</source>
        <translation>Tagesgang 5 ± 4/s</translation>
    </message>
    <message>
        <source> pool s</source>
        <translation> Pool-s</translation>
    </message>
    <message>
        <source>The pool clock's speed for this load (arrivals and keep-alive); handlers still take real time</source>
        <translation>Die Geschwindigkeit der Pool-Uhr für diese Last (Ankünfte und Keep-Alive); Handler brauchen weiterhin Echtzeit</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Calls in flight at most; later ones wait and are counted as queued</source>
        <translation>Höchstens so viele laufende Aufrufe; weitere warten und zählen als eingereiht</translation>
    </message>
    <message>
        <source>none: use the shape</source>
        <translation>keiner: das Profil verwenden</translation>
    </message>
    <message>
        <source>A CSV of 'offset_ms,function' lines, or an Azure Functions 2019 per-minute count file</source>
        <translation>Eine CSV-Datei mit Zeilen „offset_ms,function“ oder eine Datei mit Minutenzählungen von Azure Functions 2019</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>reihum</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Trace:</translation>
    </message>
    <message>
        <source>Azure mapping:</source>
        <translation>Azure-Zuordnung:</translation>
    </message>
    <message>
        <source>Pool clock:</source>
        <translation>Pool-Uhr:</translation>
    </message>
    <message>
        <source>Concurrency cap:</source>
        <translation>Gleichzeitigkeitsgrenze:</translation>
    </message>
    <message>
        <source>The summary of the last load appears here.</source>
        <translation>Hier erscheint die Zusammenfassung der letzten Last.</translation>
    </message>
    <message>
        <source>Load lab</source>
        <translation>Lastlabor</translation>
    </message>
    <message>
        <source>The pool clock will run %1× faster than real time: arrivals and keep-alive follow it, handlers still take real time. This is not a real-time result: concurrency and cold starts will be higher than the same load in real time.</source>
        <translation>Die Pool-Uhr läuft %1× schneller als die Echtzeit: Ankünfte und Keep-Alive folgen ihr, Handler brauchen weiterhin Echtzeit. Das ist kein Echtzeit-Ergebnis: Gleichzeitigkeit und Kaltstarts fallen höher aus als bei derselben Last in Echtzeit.</translation>
    </message>
    <message>
        <source>Open a project with a function first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einer Funktion.</translation>
    </message>
    <message>
        <source>%1 for %2 s</source>
        <translation>%1 für %2 s</translation>
    </message>
    <message>
        <source>The trace calls '%1', which the project does not have; its functions are: %2</source>
        <translation>Der Trace ruft „%1“ auf, das das Projekt nicht hat; seine Funktionen sind: %2</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>The load has no arrivals (a rate of 0, or too short a duration).</source>
        <translation>Die Last hat keine Ankünfte (eine Rate von 0 oder eine zu kurze Dauer).</translation>
    </message>
    <message>
        <source>A load is running; stop it first.</source>
        <translation>Eine Last läuft; halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>Arrived %1 of %2 · in flight %3 · queued %4 · done %5 · cold %6 · warm %7 · throttled %8 · errors %9 · peak instances %10</source>
        <translation>Eingetroffen %1 von %2 · laufend %3 · eingereiht %4 · fertig %5 · kalt %6 · warm %7 · gedrosselt %8 · Fehler %9 · Instanzen in der Spitze %10</translation>
    </message>
    <message>
        <source>Trace to replay</source>
        <translation>Abzuspielender Trace</translation>
    </message>
    <message>
        <source>Traces (*.csv);;All files (*)</source>
        <translation>Traces (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No load has run yet.</source>
        <translation>Noch keine Last ist gelaufen.</translation>
    </message>
    <message>
        <source>No load has finished yet.</source>
        <translation>Noch keine Last ist beendet.</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Die Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Export the calls</source>
        <translation>Die Aufrufe exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Bullpen::LogView</name>
    <message>
        <source>The logs of the selected invocation appear here.</source>
        <translation>Hier erscheinen die Logs des ausgewählten Aufrufs.</translation>
    </message>
    <message>
        <source>Running: %1 s of %2 s timeout</source>
        <translation>Läuft: %1 s von %2 s Zeitlimit</translation>
    </message>
    <message>
        <source>Running: %1 s</source>
        <translation>Läuft: %1 s</translation>
    </message>
</context>
<context>
    <name>Bullpen::MainWindow</name>
    <message>
        <source>Saved all changes</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Das Projekt konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>template.yaml has an error; the last good version stays in use: %1</source>
        <translation>template.yaml enthält einen Fehler; die letzte gute Fassung bleibt in Gebrauch: %1</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Projekt %1 geöffnet</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>Das Projekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Bullpen</source>
        <translation>%1[*] — %2 — Bullpen</translation>
    </message>
    <message>
        <source>%1[*] — Bullpen</source>
        <translation>%1[*] — Bullpen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <source>New Pro&amp;ject…</source>
        <translation>Neues Pro&amp;jekt …</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Einstellu&amp;ngen …</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Leisten</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Bullpen</source>
        <translation>Über &amp;Bullpen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>The documentation (README.md) was not found beside Bullpen.</source>
        <translation>Die Dokumentation (README.md) wurde neben Bullpen nicht gefunden.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>These have unsaved changes:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;Save them all?</source>
        <translation>Diese haben ungespeicherte Änderungen:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;Alle speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved edits in it.

Reload it from the disk and lose your edits?</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, und Sie haben darin ungespeicherte Änderungen.

Von der Festplatte neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Bullpen</source>
        <translation>Bullpen</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>SAM templates (template.yaml template.yml template.json *.yaml *.yml);;All files (*)</source>
        <translation>SAM-Vorlagen (template.yaml template.yml template.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Bullpen</source>
        <translation>Über Bullpen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;Develop AWS-Lambda-style functions on your own machine: open a SAM project, edit handlers, build events, and run them in a local warm pool of containers that speaks Lambda's Runtime API.&lt;/p&gt;&lt;p&gt;Engine: %2.&lt;/p&gt;&lt;p&gt;Syntax highlighting by KDE's KSyntaxHighlighting. Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;AWS-Lambda-artige Funktionen auf dem eigenen Rechner entwickeln: ein SAM-Projekt öffnen, Handler bearbeiten, Ereignisse erstellen und sie in einem lokalen Warm-Pool aus Containern ausführen, der Lambdas Runtime API spricht.&lt;/p&gt;&lt;p&gt;Engine: %2.&lt;/p&gt;&lt;p&gt;Syntaxhervorhebung durch KSyntaxHighlighting von KDE. Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Bullpen::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Create the Project In</source>
        <translation>Projekt erstellen in</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Beispiel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Give the project a folder name.</source>
        <translation>Geben Sie dem Projekt einen Ordnernamen.</translation>
    </message>
    <message>
        <source>The location is not a folder.</source>
        <translation>Der Ort ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 existiert bereits und ist nicht leer.</translation>
    </message>
</context>
<context>
    <name>Bullpen::PolicyLabView</name>
    <message>
        <source>Run the synthetic day</source>
        <translation>Den synthetischen Tag ausführen</translation>
    </message>
    <message>
        <source>Run a trace…</source>
        <translation>Einen Trace ausführen …</translation>
    </message>
    <message>
        <source> functions</source>
        <translation> Funktionen</translation>
    </message>
    <message>
        <source>Functions in the synthetic day (the distributions of Shahrad et al., ATC 2020)</source>
        <translation>Funktionen im synthetischen Tag (die Verteilungen von Shahrad et al., ATC 2020)</translation>
    </message>
    <message>
        <source>One container per application (the paper's model)</source>
        <translation>Ein Container pro Anwendung (das Modell des Artikels)</translation>
    </message>
    <message>
        <source>One call per instance (Lambda's rule)</source>
        <translation>Ein Aufruf pro Instanz (Lambdas Regel)</translation>
    </message>
    <message>
        <source>The paper simulates one container per application that serves every call; Lambda and Bullpen's pool run one call per instance and scale out, each idle instance with its own keep-alive</source>
        <translation>Der Artikel simuliert einen Container pro Anwendung, der jeden Aufruf bedient; Lambda und Bullpens Pool führen einen Aufruf pro Instanz aus und skalieren hoch, jede untätige Instanz mit eigenem Keep-Alive</translation>
    </message>
    <message>
        <source>The pool's model (no containers) under keep-alive policies: none, fixed 1, 5, 10, 20, 45, 60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) with the histogram ranges of its Fig. 15: 2, 3 and 4 hours.</source>
        <translation>Das Modell des Pools (ohne Container) unter Keep-Alive-Strategien: keine, fest 1, 5, 10, 20, 45, 60 und 120 Minuten und die hybride Histogramm-Strategie von Shahrad et al. (USENIX ATC 2020) mit den Histogrammbereichen ihrer Abb. 15: 2, 3 und 4 Stunden.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <source>3rd quartile of functions' cold %</source>
        <translation>3. Quartil des Kalt-% der Funktionen</translation>
    </message>
    <message>
        <source>Wasted GB-s</source>
        <translation>Verschwendete GB-s</translation>
    </message>
    <message>
        <source>vs fixed 10 min</source>
        <translation>gegenüber fest 10 min</translation>
    </message>
    <message>
        <source>Cold starts per function (CDF)</source>
        <translation>Kaltstarts pro Funktion (Verteilungsfunktion)</translation>
    </message>
    <message>
        <source>Cold starts against wasted memory</source>
        <translation>Kaltstarts gegen verschwendeten Speicher</translation>
    </message>
    <message>
        <source>Trace for the policy lab</source>
        <translation>Trace für das Strategielabor</translation>
    </message>
    <message>
        <source>Traces (*.csv);;All files (*)</source>
        <translation>Traces (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Policy lab</source>
        <translation>Strategielabor</translation>
    </message>
    <message>
        <source>a synthetic day of %1 functions (seed %2)</source>
        <translation>ein synthetischer Tag mit %1 Funktionen (Startwert %2)</translation>
    </message>
    <message>
        <source>%1 (%2 ms per call, %3 MB)</source>
        <translation>%1 (%2 ms pro Aufruf, %3 MB)</translation>
    </message>
    <message>
        <source>Running %1 calls of %2 through the model…</source>
        <translation>%1 Aufrufe von %2 laufen durch das Modell …</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Cold-start % of a function's calls</source>
        <translation>Kaltstart-% der Aufrufe einer Funktion</translation>
    </message>
    <message>
        <source>% of functions</source>
        <translation>% der Funktionen</translation>
    </message>
    <message>
        <source>Wasted memory time, % of fixed 10 min</source>
        <translation>Verschwendete Speicherzeit, % von fest 10 min</translation>
    </message>
    <message>
        <source>3rd quartile of functions' cold-start %</source>
        <translation>3. Quartil der Kaltstart-% der Funktionen</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolCharts</name>
    <message>
        <source>Latency (real time; a cold start's init included)</source>
        <translation>Latenz (Echtzeit; mit der Initialisierung eines Kaltstarts)</translation>
    </message>
    <message>
        <source>Instances and concurrency (pool clock)</source>
        <translation>Instanzen und Gleichzeitigkeit (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Cold-start ratio (pool clock)</source>
        <translation>Kaltstartquote (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Concurrency (peak)</source>
        <translation>Gleichzeitigkeit (Spitze)</translation>
    </message>
    <message>
        <source>Pool time (s)</source>
        <translation>Pool-Zeit (s)</translation>
    </message>
    <message>
        <source>Cold starts / invocations (%)</source>
        <translation>Kaltstarts / Aufrufe (%)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolFeature</name>
    <message>
        <source>That invocation was not run from this window; it has no history entry.</source>
        <translation>Dieser Aufruf wurde nicht aus diesem Fenster ausgeführt; er hat keinen Verlaufseintrag.</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolPanel</name>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Pool Charts</source>
        <translation>Pool-Diagramme</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>&amp;Pool</source>
        <translation>&amp;Pool</translation>
    </message>
    <message>
        <source>&amp;Stop Instance</source>
        <translation>Instanz &amp;beenden</translation>
    </message>
    <message>
        <source>Choose an instance in the pool view first (click it, or move to it with the arrow keys).</source>
        <translation>Wählen Sie zuerst eine Instanz in der Pool-Ansicht (anklicken oder mit den Pfeiltasten hinbewegen).</translation>
    </message>
    <message>
        <source>Stop the pool view's current instance; the next call of its function is cold</source>
        <translation>Die aktuelle Instanz der Pool-Ansicht beenden; der nächste Aufruf ihrer Funktion ist kalt</translation>
    </message>
    <message>
        <source>&amp;Expire All Idle Instances Now</source>
        <translation>Alle untätigen Instanzen jetzt a&amp;blaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Pre-warm Instances…</source>
        <translation>Instanzen &amp;vorwärmen …</translation>
    </message>
    <message>
        <source>Initialise instances of the chosen function ahead of any call</source>
        <translation>Instanzen der gewählten Funktion vor jedem Aufruf initialisieren</translation>
    </message>
    <message>
        <source>Pool &amp;Clock</source>
        <translation>Pool-&amp;Uhr</translation>
    </message>
    <message>
        <source>Real Time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>×60</source>
        <translation>×60</translation>
    </message>
    <message>
        <source>×600</source>
        <translation>×600</translation>
    </message>
    <message>
        <source>Timeline &amp;Follows Live</source>
        <translation>Zeitleiste &amp;folgt live</translation>
    </message>
    <message>
        <source>&amp;Replay a Trace…</source>
        <translation>Trace &amp;abspielen …</translation>
    </message>
    <message>
        <source>Replay a Pool Trace</source>
        <translation>Einen Pool-Trace abspielen</translation>
    </message>
    <message>
        <source>Pool traces (*.jsonl *.json);;All files (*)</source>
        <translation>Pool-Traces (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Clear Timeline and Charts</source>
        <translation>Zeitleiste und Diagramme &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Pre-warm Instances of %1…</source>
        <translation>Instanzen von %1 &amp;vorwärmen …</translation>
    </message>
    <message>
        <source>&amp;Stop Instance %1</source>
        <translation>Instanz %1 &amp;beenden</translation>
    </message>
    <message>
        <source>Instance %1 is not running.</source>
        <translation>Instanz %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Stopped instance %1: the next call of its function starts a new one (cold) unless another is idle.</source>
        <translation>Instanz %1 beendet: Der nächste Aufruf ihrer Funktion startet eine neue (kalt), sofern keine andere untätig ist.</translation>
    </message>
    <message>
        <source>No idle on-demand instance to expire (provisioned ones never expire).</source>
        <translation>Keine untätige On-Demand-Instanz zum Ablaufen (bereitgestellte laufen nie ab).</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n idle instance(s) now.</source>
        <translation><numerusform>%n untätige Instanz jetzt abgelaufen.</numerusform><numerusform>%n untätige Instanzen jetzt abgelaufen.</numerusform></translation>
    </message>
    <message>
        <source>%1 is not a function of the open project.</source>
        <translation>%1 ist keine Funktion des offenen Projekts.</translation>
    </message>
    <message>
        <source>The engine cannot run here: %1</source>
        <translation>Die Engine kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>Cannot pre-warm %1: %2</source>
        <translation>%1 kann nicht vorgewärmt werden: %2</translation>
    </message>
    <message>
        <source>Pre-warming %1 of %2 instances of %3 (the instance cap allows no more).</source>
        <translation>%1 von %2 Instanzen von %3 werden vorgewärmt (die Instanzgrenze erlaubt nicht mehr).</translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %n instance(s) of %1: their init is on no caller's path.</source>
        <translation><numerusform>%n Instanz von %1 wird vorgewärmt: Ihre Initialisierung liegt auf keinem Aufrufpfad.</numerusform><numerusform>%n Instanzen von %1 werden vorgewärmt: Ihre Initialisierung liegt auf keinem Aufrufpfad.</numerusform></translation>
    </message>
    <message>
        <source>Choose a function to pre-warm first.</source>
        <translation>Wählen Sie zuerst eine Funktion zum Vorwärmen.</translation>
    </message>
    <message>
        <source>Pre-warm %1</source>
        <translation>%1 vorwärmen</translation>
    </message>
    <message>
        <source>Instances of %1 to initialise now, ahead of any call:</source>
        <translation>Instanzen von %1, die jetzt vor jedem Aufruf initialisiert werden:</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolStateModel</name>
    <message>
        <source>Starting (init done)</source>
        <translation>Startet (Init fertig)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>Init failed</source>
        <translation>Init fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 busy · %2 idle · %3 starting</source>
        <translation>%1 beschäftigt · %2 untätig · %3 startend</translation>
    </message>
    <message>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Function / instance</source>
        <translation>Funktion / Instanz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolSummaryBar</name>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>×60</source>
        <translation>×60</translation>
    </message>
    <message>
        <source>×600</source>
        <translation>×600</translation>
    </message>
    <message>
        <source>The pool clock: keep-alive, schedules and provisioned time run on it. A handler's timeout is always real time.</source>
        <translation>Die Pool-Uhr: Keep-Alive, Zeitpläne und bereitgestellte Zeit laufen nach ihr. Das Zeitlimit eines Handlers ist immer Echtzeit.</translation>
    </message>
    <message>
        <source>What these invocations would cost on AWS Lambda at the on-demand prices in Preferences: requests plus GB-seconds (billed duration × memory). An idle on-demand pool costs nothing.</source>
        <translation>Was diese Aufrufe bei AWS Lambda zu den On-Demand-Preisen aus den Einstellungen kosten würden: Anfragen plus GB-Sekunden (abgerechnete Dauer × Speicher). Ein untätiger On-Demand-Pool kostet nichts.</translation>
    </message>
    <message>
        <source>%1 instances · %2 busy · %3 idle · %4 starting</source>
        <translation>%1 Instanzen · %2 beschäftigt · %3 untätig · %4 startend</translation>
    </message>
    <message>
        <source> · cold %1 / warm %2 (%3 % cold)</source>
        <translation> · kalt %1 / warm %2 (%3 % kalt)</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · %1 gedrosselt</translation>
    </message>
    <message>
        <source> · memory %1 of %2 MB</source>
        <translation> · Speicher %1 von %2 MB</translation>
    </message>
    <message>
        <source>Pool clock %1:%2:%3</source>
        <translation>Pool-Uhr %1:%2:%3</translation>
    </message>
    <message>
        <source>%1 requests · %2 GB-s · $%3</source>
        <translation>%1 Anfragen · %2 GB-s · $%3</translation>
    </message>
    <message>
        <source> · idle: costs nothing</source>
        <translation> · untätig: kostet nichts</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolTraceReplay</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a pool event</source>
        <translation>%1, Zeile %2: kein Pool-Ereignis</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolView</name>
    <message>
        <source>Warm pool</source>
        <translation>Warm-Pool</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (provisioned)</source>
        <translation> (bereitgestellt)</translation>
    </message>
    <message>
        <source> (pre-warmed)</source>
        <translation> (vorgewärmt)</translation>
    </message>
    <message>
        <source>Process: pid %1</source>
        <translation>Prozess: PID %1</translation>
    </message>
    <message>
        <source>Process: not started yet (the sandbox is being made)</source>
        <translation>Prozess: noch nicht gestartet (die Sandbox wird erstellt)</translation>
    </message>
    <message>
        <source>Age: %1 (pool clock)</source>
        <translation>Alter: %1 (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Sandbox made in: %1 ms</source>
        <translation>Sandbox erstellt in: %1 ms</translation>
    </message>
    <message>
        <source>Init: %1 ms</source>
        <translation>Init: %1 ms</translation>
    </message>
    <message>
        <source>Invocations served: %1</source>
        <translation>Bediente Aufrufe: %1</translation>
    </message>
    <message>
        <source>Memory now: %1 MB of %2 MB</source>
        <translation>Speicher jetzt: %1 MB von %2 MB</translation>
    </message>
    <message>
        <source>Memory now: not sampled yet (%1 MB reserved)</source>
        <translation>Speicher jetzt: noch nicht gemessen (%1 MB reserviert)</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Last request: %1</source>
        <translation>Letzte Anfrage: %1</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Zeitlimit: %1</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>pre-warming</source>
        <translation>wird vorgewärmt</translation>
    </message>
    <message>
        <source>provisioning</source>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <source>cold start</source>
        <translation>Kaltstart</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>kept warm</source>
        <translation>warm gehalten</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>init failed</source>
        <translation>Init fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>The pool is empty. Invoke a function and its instances appear here.</source>
        <translation>Der Pool ist leer. Rufen Sie eine Funktion auf, dann erscheinen hier ihre Instanzen.</translation>
    </message>
    <message>
        <source>%1 instances · %2 busy · %3 idle · %4 starting</source>
        <translation>%1 Instanzen · %2 beschäftigt · %3 untätig · %4 startend</translation>
    </message>
    <message>
        <source> · %1 provisioned</source>
        <translation> · %1 bereitgestellt</translation>
    </message>
    <message>
        <source> · cold %1 / warm %2 (%3 % cold)</source>
        <translation> · kalt %1 / warm %2 (%3 % kalt)</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · %1 gedrosselt</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 wartend</translation>
    </message>
    <message>
        <source> · %1 / %2 MB</source>
        <translation> · %1 / %2 MB</translation>
    </message>
    <message>
        <source>Show Instance's Logs and Invocations</source>
        <translation>Logs und Aufrufe der Instanz zeigen</translation>
    </message>
    <message>
        <source>Stop Instance (the next call is cold)</source>
        <translation>Instanz beenden (der nächste Aufruf ist kalt)</translation>
    </message>
    <message>
        <source>Expire All Idle Instances Now</source>
        <translation>Alle untätigen Instanzen jetzt ablaufen lassen</translation>
    </message>
    <message>
        <source>Pre-warm %1…</source>
        <translation>%1 vorwärmen …</translation>
    </message>
</context>
<context>
    <name>Bullpen::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Stop after each invocation</source>
        <translation>Nach jedem Aufruf beenden</translation>
    </message>
    <message>
        <source>How long an idle instance stays warm. Lambda keeps idle environments about 45 minutes.</source>
        <translation>Wie lange eine untätige Instanz warm bleibt. Lambda hält untätige Umgebungen etwa 45 Minuten.</translation>
    </message>
    <message>
        <source>Concurrent invocations across all functions beyond this are refused with TooManyRequestsException (ConcurrentInvocationLimitExceeded). Lambda's default account limit is 1,000.</source>
        <translation>Gleichzeitige Aufrufe über alle Funktionen hinweg, die darüber hinausgehen, werden mit TooManyRequestsException (ConcurrentInvocationLimitExceeded) abgelehnt. Das Standardlimit eines Lambda-Kontos ist 1.000.</translation>
    </message>
    <message>
        <source>Automatic (follows light or dark)</source>
        <translation>Automatisch (folgt hell oder dunkel)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Keep idle instances warm for:</source>
        <translation>Untätige Instanzen &amp;warm halten für:</translation>
    </message>
    <message>
        <source>Account &amp;concurrency limit:</source>
        <translation>&amp;Gleichzeitigkeitslimit des Kontos:</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used when Bullpen starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Bullpen.</translation>
    </message>
    <message>
        <source>Runs the handler as a plain process of your user: it isolates nothing, enforces no memory limit and sees your whole file system. Use it only where containers cannot run.</source>
        <translation>Führt den Handler als einfachen Prozess Ihres Benutzers aus: Er isoliert nichts, setzt kein Speicherlimit durch und sieht Ihr ganzes Dateisystem. Nur verwenden, wo keine Container laufen können.</translation>
    </message>
    <message>
        <source>Each instance runs in its own container with the function's memory limit, like Lambda's execution environments. Changing it stops the running instances.</source>
        <translation>Jede Instanz läuft in einem eigenen Container mit dem Speicherlimit der Funktion, wie die Ausführungsumgebungen von Lambda. Eine Änderung beendet die laufenden Instanzen.</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Runtime: %2&lt;br&gt;Handler: %3&lt;br&gt;Memory: %4 MB&lt;br&gt;Timeout: %5 s&lt;br&gt;Code: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Laufzeit: %2&lt;br&gt;Handler: %3&lt;br&gt;Speicher: %4 MB&lt;br&gt;Zeitlimit: %5 s&lt;br&gt;Code: %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Layers (under /opt, in this order): %1</source>
        <translation>&lt;br&gt;Layer (unter /opt, in dieser Reihenfolge): %1</translation>
    </message>
    <message>
        <source>%1 (layer)</source>
        <translation>%1 (Layer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a layer of %2, extracted under /opt&lt;br&gt;Content: %3&lt;br&gt;Compatible runtimes: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ein Layer von %2, unter /opt entpackt&lt;br&gt;Inhalt: %3&lt;br&gt;Kompatible Laufzeiten: %4</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Saved events (events/*.json)</source>
        <translation>Gespeicherte Ereignisse (events/*.json)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectPanel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Saved %1's settings to %2</source>
        <translation>Einstellungen von %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>the settings of %1</source>
        <translation>die Einstellungen von %1</translation>
    </message>
    <message>
        <source>&amp;Invoke %1</source>
        <translation>%1 &amp;aufrufen</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Neue Datei …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Reveal in &amp;File Manager</source>
        <translation>Im &amp;Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Open &amp;Template at %1</source>
        <translation>&amp;Vorlage bei %1 öffnen</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>File name in %1:</source>
        <translation>Dateiname in %1:</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>es existiert bereits</translation>
    </message>
    <message>
        <source>%1 has unsaved changes: save or close it first.</source>
        <translation>%1 hat ungespeicherte Änderungen: erst speichern oder schließen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>a name has no slash</source>
        <translation>ein Name enthält keinen Schrägstrich</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash.</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>%1 in den Papierkorb verschoben</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectSamples</name>
    <message>
        <source>Python 3.12: hello world</source>
        <translation>Python 3.12: Hallo Welt</translation>
    </message>
    <message>
        <source>Node.js 20: hello world</source>
        <translation>Node.js 20: Hallo Welt</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectView</name>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>%1 — 1 function</source>
        <translation>%1 — 1 Funktion</translation>
    </message>
    <message>
        <source>%1 — %2 functions</source>
        <translation>%1 — %2 Funktionen</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c0392b"&gt;template.yaml does not load: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Showing the functions as last loaded.&lt;/small&gt;</source>
        <translation>&lt;span style="color:#c0392b"&gt;template.yaml lässt sich nicht laden: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Die Funktionen werden wie zuletzt geladen angezeigt.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Bullpen::RecentProjects</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Bullpen::RecoveryBar</name>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Put the recovered text into the editor as an unsaved change (nothing is saved)</source>
        <translation>Den wiederhergestellten Text als ungespeicherte Änderung in den Editor übernehmen (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>Compare the recovered text with the file on disk</source>
        <translation>Den wiederhergestellten Text mit der Datei auf der Festplatte vergleichen</translation>
    </message>
    <message>
        <source>Delete the recovered text and keep the file as it is</source>
        <translation>Den wiederhergestellten Text löschen und die Datei lassen, wie sie ist</translation>
    </message>
</context>
<context>
    <name>Bullpen::ResultView</name>
    <message>
        <source>Bullpen runs functions in containers with runc or crun. Install one of them (for example &lt;code&gt;apt install crun&lt;/code&gt;), make sure user namespaces are allowed, or choose another backend in &lt;b&gt;Settings › Preferences…&lt;/b&gt;. The Process backend runs the handler as a plain process: it works everywhere but isolates nothing.</source>
        <translation>Bullpen führt Funktionen in Containern mit runc oder crun aus. Installieren Sie eines davon (zum Beispiel &lt;code&gt;apt install crun&lt;/code&gt;), sorgen Sie dafür, dass User-Namespaces erlaubt sind, oder wählen Sie unter &lt;b&gt;Bearbeiten › Einstellungen …&lt;/b&gt; ein anderes Backend. Das Prozess-Backend führt den Handler als einfachen Prozess aus: Es funktioniert überall, isoliert aber nichts.</translation>
    </message>
    <message>
        <source>Check that the function's runtime is installed on this machine (python3 for Python runtimes, node for Node.js) and that the template names a supported Runtime.</source>
        <translation>Prüfen Sie, ob die Laufzeit der Funktion auf diesem Rechner installiert ist (python3 für Python-Laufzeiten, node für Node.js) und ob die Vorlage eine unterstützte Runtime nennt.</translation>
    </message>
    <message>
        <source>Bullpen could not open a local port for the function's Runtime API. Check that loopback networking works here, then invoke again.</source>
        <translation>Bullpen konnte keinen lokalen Port für die Runtime API der Funktion öffnen. Prüfen Sie, ob das Loopback-Netz hier funktioniert, und rufen Sie dann erneut auf.</translation>
    </message>
    <message>
        <source>The engine stopped the function's instance before it answered (the engine was stopped or its settings changed). Invoke again.</source>
        <translation>Die Engine hat die Instanz der Funktion beendet, bevor sie antwortete (die Engine wurde angehalten oder ihre Einstellungen geändert). Rufen Sie erneut auf.</translation>
    </message>
    <message>
        <source>The function's build failed; the Build panel has the tool's whole output. Fix the manifest or the code, then invoke again (the last good build is kept).</source>
        <translation>Das Bauen der Funktion ist fehlgeschlagen; die Leiste „Bauen“ zeigt die ganze Ausgabe des Werkzeugs. Korrigieren Sie das Manifest oder den Code und rufen Sie erneut auf (der letzte gute Build bleibt erhalten).</translation>
    </message>
    <message>
        <source>Check the function's settings in the Project panel, then invoke again.</source>
        <translation>Prüfen Sie die Einstellungen der Funktion in der Leiste „Projekt“ und rufen Sie dann erneut auf.</translation>
    </message>
    <message>
        <source>No invocation yet. Choose a function and an event, then press Invoke (Ctrl+Return).</source>
        <translation>Noch kein Aufruf. Wählen Sie eine Funktion und ein Ereignis und drücken Sie dann „Aufrufen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft …</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 refused the event: %2</source>
        <translation>%1 hat das Ereignis abgelehnt: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%2&lt;/p&gt;&lt;p&gt;Lambda refuses such a request before the function runs. Fix the event, then invoke again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%2&lt;/p&gt;&lt;p&gt;Lambda lehnt eine solche Anfrage ab, bevor die Funktion läuft. Korrigieren Sie das Ereignis und rufen Sie erneut auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bullpen could not run %1</source>
        <translation>Bullpen konnte %1 nicht ausführen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The engine reported:&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Engine meldete:&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was zu tun ist:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 hat %2 zurückgegeben</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n Byte</numerusform><numerusform>%n Bytes</numerusform></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerFeature</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Server …</translation>
    </message>
    <message>
        <source>Start &amp;Server</source>
        <translation>&amp;Server starten</translation>
    </message>
    <message>
        <source>The engine cannot run here: %1</source>
        <translation>Die Engine kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>The server did not start: %1</source>
        <translation>Der Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>SigV4 cannot be required: %1</source>
        <translation>SigV4 kann nicht verlangt werden: %1</translation>
    </message>
    <message>
        <source>Cannot serve on 127.0.0.1:%1: %2</source>
        <translation>Bereitstellen auf 127.0.0.1:%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Serving Lambda's Invoke API at %1</source>
        <translation>Lambdas Invoke API wird unter %1 bereitgestellt</translation>
    </message>
    <message>
        <source>(ListFunctions)</source>
        <translation>(ListFunctions)</translation>
    </message>
    <message>
        <source>Stop &amp;Server</source>
        <translation>&amp;Server anhalten</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerRequestModel</name>
    <message>
        <source>(refused)</source>
        <translation>(abgelehnt)</translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <source>The port of Lambda's Invoke API on 127.0.0.1 (0 picks a free one).</source>
        <translation>Der Port von Lambdas Invoke API auf 127.0.0.1 (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Off: any request is taken, signed or not, as SAM does. A profile from ~/.aws: requests must carry a valid SigV4 signature made with its keys.</source>
        <translation>Aus: Jede Anfrage wird angenommen, signiert oder nicht, wie bei SAM. Ein Profil aus ~/.aws: Anfragen müssen eine gültige SigV4-Signatur mit dessen Schlüsseln tragen.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Si&amp;gV4:</source>
        <translation>Si&amp;gV4:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Copy &amp;aws</source>
        <translation>&amp;aws kopieren</translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation>c&amp;url kopieren</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>AWS C&amp;LI:</source>
        <translation>AWS C&amp;LI:</translation>
    </message>
    <message>
        <source>&amp;curl:</source>
        <translation>&amp;curl:</translation>
    </message>
    <message>
        <source>Clea&amp;r Log</source>
        <translation>Log &amp;leeren</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>An&amp;fragen</translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation>R&amp;outen</translation>
    </message>
    <message>
        <source>aws command</source>
        <translation>aws-Befehl</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Off (any credentials, as SAM)</source>
        <translation>Aus (beliebige Zugangsdaten, wie SAM)</translation>
    </message>
    <message>
        <source>Required: profile %1</source>
        <translation>Erforderlich: Profil %1</translation>
    </message>
    <message>
        <source>Required: profile %1 (not found)</source>
        <translation>Erforderlich: Profil %1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Listening: Invoke API at %1</source>
        <translation>Empfangsbereit: Invoke API unter %1</translation>
    </message>
    <message>
        <source> (any credentials)</source>
        <translation> (beliebige Zugangsdaten)</translation>
    </message>
    <message>
        <source> (SigV4 with profile %1)</source>
        <translation> (SigV4 mit Profil %1)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
</context>
<context>
    <name>Bullpen::TimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms (sandbox %2 + init %3)</source>
        <translation>%1 ms (Sandbox %2 + Init %3)</translation>
    </message>
    <message>
        <source>%1 (throttled)</source>
        <translation>%1 (gedrosselt)</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Instance / request</source>
        <translation>Instanz / Anfrage</translation>
    </message>
    <message>
        <source>Arrived (pool clock)</source>
        <translation>Eingetroffen (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Bullpen::TimelineView</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>runtime init</source>
        <translation>Init der Laufzeit</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>cold (zoomed out)</source>
        <translation>kalt (herausgezoomt)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>Invocations appear here, one row per instance.</source>
        <translation>Hier erscheinen die Aufrufe, eine Zeile pro Instanz.</translation>
    </message>
    <message>
        <source>%1 throttled</source>
        <translation>%1 gedrosselt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Throttled (TooManyRequestsException)</source>
        <translation>Gedrosselt (TooManyRequestsException)</translation>
    </message>
    <message>
        <source>Cold start on %1</source>
        <translation>Kaltstart auf %1</translation>
    </message>
    <message>
        <source>Warm, on %1</source>
        <translation>Warm, auf %1</translation>
    </message>
    <message>
        <source>Queued: %1 ms</source>
        <translation>Eingereiht: %1 ms</translation>
    </message>
    <message>
        <source>Waited for its cold start: %1 ms (sandbox %2 ms, runtime init %3 ms)</source>
        <translation>Auf seinen Kaltstart gewartet: %1 ms (Sandbox %2 ms, Init der Laufzeit %3 ms)</translation>
    </message>
    <message>
        <source>Waited for init: %1 ms</source>
        <translation>Auf Init gewartet: %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the runtime's init</source>
        <translation>Wartet auf die Initialisierung der Laufzeit</translation>
    </message>
    <message>
        <source>Waiting for its sandbox</source>
        <translation>Wartet auf seine Sandbox</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>Click to open its result.</source>
        <translation>Klicken, um das Ergebnis zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Bullpen::WelcomePage</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Bullpen</source>
        <translation>Bullpen</translation>
    </message>
    <message>
        <source>Write AWS Lambda functions and run them on this machine, in a warm pool of containers that speaks Lambda's Runtime API.</source>
        <translation>Schreiben Sie AWS-Lambda-Funktionen und führen Sie sie auf diesem Rechner aus, in einem Warm-Pool aus Containern, der Lambdas Runtime API spricht.</translation>
    </message>
    <message>
        <source>Create a project from a sample (Ctrl+Shift+N)</source>
        <translation>Ein Projekt aus einem Beispiel erstellen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Open a SAM project: its folder or template.yaml (Ctrl+Shift+O)</source>
        <translation>Ein SAM-Projekt öffnen: seinen Ordner oder seine template.yaml (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: a new project starts from a sample.</source>
        <translation>Noch keine: Ein neues Projekt beginnt mit einem Beispiel.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: %2 calls, containers %5; the model ran the %3 policies in %4 s</source>
        <translation>%1: %2 Aufrufe, Container %5; das Modell hat die %3 Strategien in %4 s durchgerechnet</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Develop AWS-Lambda-style functions locally.</source>
        <translation>AWS-Lambda-artige Funktionen lokal entwickeln.</translation>
    </message>
    <message>
        <source>A project folder or template.yaml to open, or a file.</source>
        <translation>Ein Projektordner oder eine template.yaml zum Öffnen, oder eine Datei.</translation>
    </message>
</context>
</TS>
